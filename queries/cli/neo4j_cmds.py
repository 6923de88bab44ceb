"""Neo4j commands: push (copy the embedded store into Neo4j), query (canned Cypher), cypher.

Connection settings come from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
NEO4J_DATABASE; the URI, user and database can also be given as options. The
password is only read from the environment, so it never shows in a process list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Annotated, Any

import typer

from artistgraph.graph.store import StoreError
from artistgraph.queries.cli import app
from artistgraph.queries.cli.common import (
    EXIT_USAGE,
    DbOption,
    JsonFlag,
    emit,
    fail,
    open_store,
    print_json,
    print_table,
)

UriOption = Annotated[str | None, typer.Option(
    "--neo4j-uri", envvar="NEO4J_URI", show_envvar=False,
    help="bolt:// or neo4j:// URI [env NEO4J_URI; default bolt://127.0.0.1:7687].")]
UserOption = Annotated[str | None, typer.Option(
    "--neo4j-user", envvar="NEO4J_USER", show_envvar=False,
    help="User [env NEO4J_USER; default neo4j]. The password is read from NEO4J_PASSWORD.")]
DatabaseOption = Annotated[str | None, typer.Option(
    "--neo4j-database", envvar="NEO4J_DATABASE", show_envvar=False,
    help="Database [env NEO4J_DATABASE; default: the server's].")]
ParamOption = Annotated[list[str] | None, typer.Option(
    "--param", "-p", help="A query parameter as key=value (repeatable).")]

PUSH_BATCH = 500  # articles read from the embedded store per write call


@contextmanager
def neo4j_store(uri: str | None, user: str | None, database: str | None) -> Iterator[Any]:
    """Open the Neo4j store from options/environment; errors become one line."""
    with open_store(None, neo4j=True, neo4j_overrides={"uri": uri, "user": user, "database": database}) as store:
        yield store


def parse_params(items: list[str] | None) -> dict[str, str]:
    """``["name=VORS", "year=2023"]`` -> ``{"name": "VORS", "year": "2023"}``."""
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isidentifier():
            fail(f"--param must be key=value, got {item!r}", EXIT_USAGE)
        out[key.strip()] = value
    return out


def _json_value(text: str) -> Any:
    """A --param value of an ad-hoc query: JSON when it parses (numbers, true,
    null, lists), else the text itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _render_rows(rows: list[dict]) -> None:
    if not rows:
        typer.echo("(no rows)")
        return
    headers = list(rows[0])
    print_table([[r.get(h) for h in headers] for r in rows], headers)


@app.command()
def push(
    db: DbOption = None,
    uri: UriOption = None,
    user: UserOption = None,
    database: DatabaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Copy the embedded store into Neo4j (articles, entities, facts, evidence).

    Articles already in Neo4j with the same content are skipped; edited ones
    replace the facts they gave before. Run it again after each 'load'.

    Example: NEO4J_PASSWORD=... artistgraph push --db artistgraph.db
    """
    from artistgraph.graph.neo4j_store import ResolvedArticle
    from artistgraph.graph.sqlite_store import SQLiteStore, default_db_path

    summary = {"articles": 0, "new": 0, "replaced": 0, "unchanged": 0,
               "new_entities": 0, "new_facts": 0}
    try:
        source = SQLiteStore(db or default_db_path(), create=False)
    except StoreError as exc:
        fail(str(exc))
    try:
        with neo4j_store(uri, user, database) as target:
            records = source.dump_articles()
            while batch := [ResolvedArticle.from_dump(r) for r in islice(records, PUSH_BATCH)]:
                for result in target.load_resolved(batch):
                    summary["articles"] += 1
                    summary[result.status] += 1
                    summary["new_entities"] += result.new_entities
                    summary["new_facts"] += result.new_facts
    finally:
        source.close()
    if as_json:
        print_json(summary)
    else:
        typer.echo(f"pushed {summary['articles']} articles ({summary['new']} new, "
                   f"{summary['replaced']} replaced, {summary['unchanged']} unchanged), "
                   f"{summary['new_entities']} new entities, {summary['new_facts']} new facts")


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Canned query name (see --list).")] = None,
    param: ParamOption = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the canned queries.")] = False,
    show_cypher: Annotated[bool, typer.Option(
        "--cypher", help="Print the query's Cypher (to paste into Neo4j Browser); run nothing.")
    ] = False,
    uri: UriOption = None,
    user: UserOption = None,
    database: DatabaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Run a canned Cypher query (queries/*.cypher) on Neo4j.

    Names given as parameters match any alias or spelling.

    Example: artistgraph query collaborators --param name="Kim Taehyung"
    """
    from artistgraph.queries import canned

    try:
        if list_queries:
            found = canned.list_queries()
            emit([{"name": q.name, "title": q.title, "answers": q.answers,
                   "params": [{"name": p.name, "kind": p.kind, "required": p.required,
                               "default": p.default, "help": p.help} for p in q.params]}
                  for q in found], as_json,
                 lambda _: print_table([(q.name, q.signature(), q.title) for q in found],
                                       ["query", "params", "title"]))
            return
        if not name:
            fail("give a query name, or --list to see them", EXIT_USAGE)
        chosen = canned.get_query(name)
        if show_cypher:
            typer.echo(chosen.text.rstrip())
            return
        params = parse_params(param)
        chosen.bind(params)  # refuse bad parameters before connecting
    except canned.QueryError as exc:
        fail(str(exc), EXIT_USAGE)
    with neo4j_store(uri, user, database) as store:
        rows = canned.run_query(store, chosen, params)
    emit(rows, as_json, _render_rows)


@app.command()
def cypher(
    statement: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: ParamOption = None,
    uri: UriOption = None,
    user: UserOption = None,
    database: DatabaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Run an ad-hoc read-only Cypher query on Neo4j; queries that write are refused.

    Parameter values are read as JSON when they parse (2023, true, null, [1, 2]),
    as text otherwise.

    Example: artistgraph cypher "MATCH (p)-[:MEMBER_OF]->(g {name: $g}) RETURN p.name" -p g=VORS
    """
    from artistgraph.queries.canned import to_plain

    params = {k: _json_value(v) for k, v in parse_params(param).items()}
    with neo4j_store(uri, user, database) as store:
        keys, records = store.run_read(statement, params)
    emit([{k: to_plain(r[k]) for k in keys} for r in records], as_json, _render_rows)
