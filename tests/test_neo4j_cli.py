"""The Neo4j commands (push, query, cypher) and --neo4j on the core commands,
through the real CLI app against the real Bolt server."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

pytest.register_assert_rewrite("neo4j_fixtures")
from neo4j_fixtures import closed_port, edited_art4, sample_extractions  # noqa: E402

from artistgraph.graph.neo4j_store import Neo4jStore  # noqa: E402
from artistgraph.graph.sqlite_store import SQLiteStore  # noqa: E402
from artistgraph.queries import questions  # noqa: E402
from artistgraph.queries.canned import list_queries  # noqa: E402
from artistgraph.queries.cli import app  # noqa: E402

pytest_plugins = ["neo4j_fixtures"]
bolt = pytest.mark.bolt


def cli(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "graph.db"
    with SQLiteStore(path) as store:
        store.load_many(sample_extractions())
    return path


@bolt
def test_push_copies_the_embedded_store(neo4j_store, bolt_env, db_file):
    first = cli("push", "--db", str(db_file), "--json")
    assert first.exit_code == 0, first.stderr
    assert json.loads(first.stdout)["new"] == 5
    with SQLiteStore(db_file) as lite:
        assert neo4j_store.stats() == lite.stats()
        assert neo4j_store.entities() == lite.entities()
        assert neo4j_store.facts() == lite.facts()
        assert questions.collaborations(neo4j_store) == questions.collaborations(lite)
        lite.load(edited_art4())
    again = cli("push", "--db", str(db_file), "--json")
    # SUGA is already known from art3; IU-SUGA is the one new fact.
    assert json.loads(again.stdout) == {"articles": 5, "new": 0, "replaced": 1, "unchanged": 4,
                                        "new_entities": 0, "new_facts": 1}
    with SQLiteStore(db_file) as lite:
        assert neo4j_store.facts() == lite.facts()
        assert neo4j_store.entities() == lite.entities()


def test_push_without_embedded_store_fails(tmp_path):
    result = cli("push", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and result.stderr.startswith("error: ")


@bolt
def test_core_commands_answer_the_same_with_neo4j(neo4j_store, bolt_env, db_file):
    assert cli("push", "--db", str(db_file)).exit_code == 0
    for args in (["collaborators", "Kim Taehyung"], ["collaborations"], ["show", "BTS"],
                 ["stats"]):
        embedded = cli(*args, "--db", str(db_file), "--json")
        graph = cli(*args, "--neo4j", "--json")
        assert embedded.exit_code == graph.exit_code == 0, graph.stderr
        assert json.loads(embedded.stdout) == json.loads(graph.stdout)


@bolt
def test_query_command(neo4j_store, bolt_env):
    neo4j_store.load_many(sample_extractions())
    result = cli("query", "collaborators", "--param", "name=Kim Taehyung", "--json")
    assert result.exit_code == 0, result.stderr
    assert [r["collaborator"] for r in json.loads(result.stdout)] == ["IU", "Jungkook"]
    table = cli("query", "group_members", "-p", "name=bts")
    assert table.exit_code == 0 and "Kim Taehyung" in table.stdout
    assert cli("query", "releases_in_period", "-p", "year=2023").stdout.count("Seven") == 1


def test_query_list_and_cypher_text_need_no_server(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{closed_port()}")
    listed = cli("query", "--list", "--json")
    assert listed.exit_code == 0
    assert {q["name"] for q in json.loads(listed.stdout)} == {q.name for q in list_queries()}
    text = cli("query", "collaborators", "--cypher")
    assert text.exit_code == 0 and text.stdout.startswith("// title: Collaborators")


def test_query_usage_errors_exit_2():
    for args in (["query", "nope"], ["query", "collaborators"],
                 ["query", "collaborators", "-p", "nam=V"], ["query", "collaborators", "-p", "V"],
                 ["query", "enlistment_timeline", "-p", "year=soon"]):
        result = cli(*args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


@bolt
def test_cypher_command_reads_and_refuses_writes(neo4j_store, bolt_env):
    neo4j_store.load_many(sample_extractions())
    result = cli("cypher", "MATCH (p:Person)-[:MEMBER_OF]->(g:Group {name: $g}) "
                 "RETURN p.name AS member ORDER BY member", "-p", "g=BTS", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"member": "RM"}, {"member": "V"}]
    node = cli("cypher", "MATCH (e:Entity {key: $k}) RETURN e", "-p", "k=agent:iu", "--json")
    assert json.loads(node.stdout)[0]["e"]["_labels"] == ["Entity", "Person"]
    before = neo4j_store.stats()
    for statement in ("MATCH (n) DETACH DELETE n", "CREATE (:Entity {key: 'x'})",
                      "MATCH (e:Entity) SET e.name = 'x'"):
        refused = cli("cypher", statement)
        assert refused.exit_code == 1 and "only reads are allowed" in refused.stderr
    assert neo4j_store.stats() == before
    bad = cli("cypher", "MATCH (n RETURN n")
    assert bad.exit_code == 1 and bad.stderr.count("\n") == 1


def test_server_down_gives_one_line_and_exit_1(monkeypatch):
    uri = f"bolt://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-that-must-not-show")
    for args in (["stats", "--neo4j"], ["query", "collaborations"], ["cypher", "RETURN 1"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
        assert uri in result.stderr and "pw-that-must-not-show" not in result.stderr


@bolt
def test_wrong_password_gives_one_line_and_exit_1(bolt_env, monkeypatch, db_file):
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-that-must-not-show")
    for args in (["collaborators", "V", "--neo4j"], ["push", "--db", str(db_file)],
                 ["query", "collaborations"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.stderr.count("\n") == 1 and "authentication failed" in result.stderr
        assert "pw-that-must-not-show" not in result.stderr


@bolt
def test_uri_option_overrides_the_environment(neo4j_store, bolt_env, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{closed_port()}")
    result = cli("cypher", "RETURN 1 AS one", "--neo4j-uri", bolt_env["NEO4J_URI"], "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"one": 1}]
    assert isinstance(neo4j_store, Neo4jStore)
