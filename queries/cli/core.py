"""Core commands: extract, load, collaborators, collaborations, show, stats, evaluate."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE, Article
from artistgraph.loaders.readers import BadInput, iter_articles
from artistgraph.queries import questions
from artistgraph.queries.cli import app
from artistgraph.queries.cli.common import (
    EXIT_FAILURE,
    EXIT_USAGE,
    DbOption,
    JsonFlag,
    MinConfidence,
    Neo4jFlag,
    StoreQuery,
    emit,
    fail,
    is_interactive,
    open_store,
    print_json,
    print_table,
    store_options,
)

Paths = Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.", show_default=False)]
Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that carry none."),
]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first bad record; write nothing.")]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", envvar="ARTISTGRAPH_MODEL",
                 help="spaCy pipeline name or path [default: the bundled en_core_web_md]."),
]


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--published must be YYYY-MM-DD, got {value!r}", EXIT_USAGE)


class _EchoWarnings(logging.Handler):
    """Reader warnings (an article cut to size) as 'warning: ...' lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"warning: {record.getMessage()}", err=True)


_readers_log = logging.getLogger("artistgraph.loaders.readers")
if not any(isinstance(h, _EchoWarnings) for h in _readers_log.handlers):
    _readers_log.addHandler(_EchoWarnings(logging.WARNING))


def read_inputs(paths: list[str], published: date | None, strict: bool) -> tuple[list[Article], int]:
    """Read every input first, so --strict can refuse before anything is written."""
    articles: list[Article] = []
    skipped = 0
    for item in iter_articles(paths, published=published):
        if isinstance(item, BadInput):
            typer.echo(f"error: {item}", err=True)
            skipped += 1
            if strict:
                fail("stopped at the first bad record (--strict); nothing was written")
            continue
        articles.append(item)
    return articles, skipped


def _extractor(model: str | None, store=None):
    from artistgraph.loaders.extract import Extractor

    try:
        extractor = Extractor(model=model)
    except OSError as exc:
        fail(f"cannot load the spaCy pipeline {model or '(bundled)'}: {exc}")
    if store is not None:
        extractor.gazetteer.add_store(store)
    return extractor


@app.command()
def extract(
    paths: Paths,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    published: Published = None,
    strict: Strict = False,
    model: ModelOption = None,
) -> None:
    """Print the facts found in articles; no store is touched.

    Example: artistgraph extract examples/ --format table
    """
    if fmt not in {"jsonl", "table", "json"}:
        fail(f"--format must be jsonl or table, got {fmt!r}", EXIT_USAGE)
    articles, skipped = read_inputs(paths, _published(published), strict)
    extractor = _extractor(model)
    rows = []
    for extraction in extractor.extract_many(articles):
        for fact in extraction.facts:
            if fact.evidence.confidence < min_confidence:
                continue
            record = fact.as_record()
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                rows.append(record)
    if fmt == "json":
        print_json(rows)
    elif fmt == "table":
        print_table([(r["subject"], r["relation"], r["object"], r["confidence"], r["article"])
                     for r in rows], ["subject", "relation", "object", "conf", "article"])
    if skipped:
        typer.echo(f"{skipped} bad record(s) skipped", err=True)
        raise typer.Exit(EXIT_FAILURE)


@app.command()
def load(
    paths: Paths,
    db: DbOption = None,
    neo4j: Neo4jFlag = False,
    published: Published = None,
    strict: Strict = False,
    model: ModelOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Extract facts from articles and load them into the graph store.

    Loading is one transaction per article: re-loading the same article changes
    nothing, and an edited article replaces the facts it gave before.

    Example: artistgraph load examples/
    """
    articles, skipped = read_inputs(paths, _published(published), strict)
    summary = {"articles": 0, "new": 0, "replaced": 0, "unchanged": 0,
               "new_entities": 0, "new_facts": 0, "skipped": skipped}
    with open_store(db, neo4j, create=True) as store:
        pending = [a for a in articles if store.article_hash(a.id) != a.content_hash]
        summary["unchanged"] = len(articles) - len(pending)
        summary["articles"] = len(articles)
        extractor = _extractor(model, store) if pending else None
        stream = extractor.extract_many(pending) if extractor else iter(())
        show_bar = is_interactive() and len(pending) > 1
        with typer.progressbar(length=len(pending), label="loading", file=sys.stderr,
                               hidden=not show_bar) as bar:
            for extraction in stream:
                result = store.load(extraction)
                if extractor is not None:
                    extractor.gazetteer.add_extraction(extraction)
                summary[result.status] += 1
                summary["new_entities"] += result.new_entities
                summary["new_facts"] += result.new_facts
                bar.update(1)
    if as_json:
        print_json(summary)
    else:
        typer.echo(
            f"{summary['articles']} articles ({summary['new']} new, {summary['replaced']} replaced, "
            f"{summary['unchanged']} unchanged), {summary['new_entities']} new entities, "
            f"{summary['new_facts']} new facts"
            + (f", {skipped} bad records skipped" if skipped else ""))
    if skipped:
        raise typer.Exit(EXIT_FAILURE)


@app.command()
@store_options()
def collaborators(
    name: Annotated[str, typer.Argument(help="An artist's name or any alias.")],
    opts: StoreQuery,
) -> None:
    """Who NAME collaborated with, on which releases, with evidence counts.

    Example: artistgraph collaborators "Kim Taehyung"
    """
    answer = opts.run(lambda store: questions.collaborators(store, name, opts.min_confidence))

    def render(data: dict) -> None:
        if not data["collaborators"]:
            typer.echo(f"{data['artist']}: no collaborations recorded")
            return
        typer.echo(f"{data['artist']} collaborated with:")
        print_table([(r["name"], r["releases"], r["articles"], r["evidence"])
                     for r in data["collaborators"]],
                    ["collaborator", "releases", "articles", "evidence"])

    opts.emit(answer, render)


@app.command()
@store_options()
def collaborations(opts: StoreQuery) -> None:
    """Every collaborating pair: who collaborated with whom.

    Example: artistgraph collaborations --json
    """
    rows = opts.run(lambda store: questions.collaborations(store, opts.min_confidence))
    opts.emit(rows, lambda data: print_table(
        [(r["a"], r["b"], r["releases"], r["articles"]) for r in data],
        ["artist", "collaborator", "releases", "articles"]))


@app.command()
@store_options(min_confidence=0.0)
def show(
    name: Annotated[str, typer.Argument(help="Any entity name or alias.")],
    opts: StoreQuery,
) -> None:
    """Everything known about one entity, with the sources of each fact.

    Example: artistgraph show VORS
    """
    answer = opts.run(lambda store: questions.show(store, name, opts.min_confidence))

    def render(data: dict) -> None:
        aliases = f" (also: {', '.join(data['aliases'])})" if data["aliases"] else ""
        typer.echo(f"{data['name']} [{data['type']}]{aliases}, in {data['articles']} article(s)")
        for f in data["facts"]:
            arrow = "->" if f["direction"] == "out" else "<-"
            typer.echo(f"  {arrow} {f['relation']} {f['other']}  "
                       f"(confidence {f['confidence']}, {f['articles']} article(s))")
            for s in f["sources"][:3]:
                typer.echo(f"       [{s['article']}] {s['sentence'][:110]}")

    opts.emit(answer, render)


@app.command()
@store_options(min_confidence=None)
def stats(opts: StoreQuery) -> None:
    """Counts of articles, entities and facts in the store.

    Example: artistgraph stats --json
    """
    answer = opts.run(questions.stats)

    def render(data: dict) -> None:
        typer.echo(f"articles  {data['articles']}\nentities  {data['entities']}\n"
                   f"facts     {data['facts']}\nevidence  {data['evidence']}")
        for t, n in sorted(data["entities_by_type"].items()):
            typer.echo(f"  {t:<18}{n}")
        for r, n in data["facts_by_relation"].items():
            typer.echo(f"  {r:<18}{n}")

    opts.emit(answer, render)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file in the dev.json format.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and false facts.")] = False,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    model: ModelOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Score extraction against gold facts: P, R and F1 per relation.

    Example: artistgraph evaluate --gold ../shared/eval/dev.json --verbose
    """
    from artistgraph.loaders.evaluation import GoldError, evaluate_gold

    try:
        report = evaluate_gold(gold, _extractor(model), min_confidence)
    except GoldError as exc:
        fail(str(exc))

    def render(data: dict) -> None:
        print_table([(r, v["tp"], v["fp"], v["fn"], v["precision"], v["recall"], v["f1"])
                     for r, v in data["relations"].items()],
                    ["relation", "tp", "fp", "fn", "P", "R", "F1"])
        if verbose:
            for m in data["missed"]:
                typer.echo("MISSED  " + "  ".join(str(x) for x in m))
            for m in data["false"]:
                typer.echo("FALSE   " + "  ".join(str(x) for x in m))
        mi = data["micro"]
        typer.echo(f"micro F1 {mi['f1']:.3f} P {mi['precision']:.3f} R {mi['recall']:.3f} "
                   f"(gold {mi['gold']}, predicted {mi['predicted']})")

    emit(report, as_json, render)
