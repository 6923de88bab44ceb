"""The analyst's questions on a small hand-made graph in a real SQLite store.

The graph (all facts at confidence 0.9 unless said):

    cluster A: Hub Star - Ann One (two articles), Ann Two, Ann Three, Ann Four;
               Ann One - Ann Two; Ann Two - Ann Three
    cluster B: QA (a group with a hostile name) - Bee Two - Bee Three, a triangle
    bridge:    Ann Three - QA  (release "Bridge Song")
    weak:      Ann Four - Bee Three at confidence 0.3
    releases:  First Light (Hub Star feat. Ann One) released 2024-01-24 in one
               article and 2024-01-25 in another (a conflict);
               Bridge Song (Ann Three feat. QA) released 2024 and 2024-03-15
               (a precision difference, not a conflict);
               Orbit (QA, Bee Three) released 2023-11
    people:    Member One, member of QA, enlisted 2023-12-11; First Light was
               directed by Dee Rector.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from artistgraph.graph.model import Article, EntityType, Evidence, ExtractedEntity, Extraction, Fact
from artistgraph.graph.sqlite_store import SQLiteStore
from artistgraph.graph.views import collaboration_graph, neighbourhood, to_networkx
from artistgraph.queries import analysis, view
from artistgraph.queries.cli import app
from artistgraph.queries.questions import UnknownEntity

P, G, R = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE
QA = '"Q&A" <Crew> 방탄 🎤'
TYPES = {
    "Hub Star": P, "Ann One": P, "Ann Two": P, "Ann Three": P, "Ann Four": P,
    QA: G, "Bee Two": G, "Bee Three": G, "Member One": P, "Dee Rector": P,
    "First Light": R, "Bridge Song": R, "Orbit": R,
}
ALIASES = {"Hub Star": {"HS"}}

# article id -> [(subject, relation, object, confidence)]
ARTICLES: dict[str, list[tuple[str, str, str | None, float]]] = {
    "a1": [("Hub Star", "COLLABORATED_WITH", "Ann One", 0.9),
           ("First Light", "BY_ARTIST", "Hub Star", 0.9),
           ("First Light", "FEATURES", "Ann One", 0.9),
           ("First Light", "RELEASED_ON", "2024-01-24", 0.9),
           ("First Light", "DIRECTED_BY", "Dee Rector", 0.8)],
    "a2": [("First Light", "RELEASED_ON", "2024-01-25", 0.8),
           ("Hub Star", "COLLABORATED_WITH", "Ann One", 0.9),
           ("Hub Star", "COLLABORATED_WITH", "Ann Two", 0.9),
           ("Hub Star", "COLLABORATED_WITH", "Ann Three", 0.9),
           ("Hub Star", "COLLABORATED_WITH", "Ann Four", 0.9),
           ("Ann One", "COLLABORATED_WITH", "Ann Two", 0.9),
           ("Ann Two", "COLLABORATED_WITH", "Ann Three", 0.9)],
    "a3": [("Ann Three", "COLLABORATED_WITH", QA, 0.9),
           ("Bridge Song", "BY_ARTIST", "Ann Three", 0.9),
           ("Bridge Song", "FEATURES", QA, 0.9),
           ("Bridge Song", "RELEASED_ON", "2024", 0.7)],
    "a4": [("Bridge Song", "RELEASED_ON", "2024-03-15", 0.9),
           (QA, "COLLABORATED_WITH", "Bee Two", 0.9),
           ("Bee Two", "COLLABORATED_WITH", "Bee Three", 0.9),
           (QA, "COLLABORATED_WITH", "Bee Three", 0.9),
           ("Orbit", "BY_ARTIST", QA, 0.9),
           ("Orbit", "BY_ARTIST", "Bee Three", 0.9),
           ("Orbit", "RELEASED_ON", "2023-11", 0.9)],
    "a5": [("Member One", "MEMBER_OF", QA, 0.9),
           ("Member One", "ENLISTED", "2023-12-11", 0.9)],
    "a6": [("Ann Four", "COLLABORATED_WITH", "Bee Three", 0.3)],
}


def make_extraction(article_id: str, facts: list[tuple[str, str, str | None, float]]) -> Extraction:
    """A real Extraction for one article: one sentence per fact, entities from TYPES."""
    text_parts, out_facts, names = [], [], []
    offset = 0
    for subject, relation, obj, confidence in facts:
        sentence = f"{subject} {relation.lower().replace('_', ' ')} {obj}."
        ev = Evidence(article_id, sentence, offset, offset + len(sentence), confidence, "test")
        out_facts.append(Fact(subject, relation, obj, ev))
        text_parts.append(sentence)
        offset += len(sentence) + 1
        names += [subject] + ([obj] if obj in TYPES else [])
    entities = [ExtractedEntity(n, TYPES[n], set(ALIASES.get(n, ())))
                for n in dict.fromkeys(names)]
    article = Article(article_id, " ".join(text_parts), title=f"Story {article_id}",
                      published=date(2024, 2, 1), source=f"https://news.example/{article_id}")
    return Extraction(article, entities, out_facts)


def build_store(path: Path) -> SQLiteStore:
    store = SQLiteStore(path)
    for article_id, facts in ARTICLES.items():
        store.load(make_extraction(article_id, facts))
    return store


@pytest.fixture
def store(tmp_path: Path):
    s = build_store(tmp_path / "graph.db")
    yield s
    s.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    build_store(path).close()
    return path


# -- views -------------------------------------------------------------------
def test_to_networkx_carries_names_types_and_evidence(store):
    graph = to_networkx(store)
    hub = graph.nodes["agent:hubstar"]
    assert (hub["name"], hub["type"], hub["aliases"]) == ("Hub Star", "Person", ["HS"])
    edge = graph.edges["release:firstlight", "agent:hubstar", "BY_ARTIST"]
    assert edge["relation"] == "BY_ARTIST" and edge["articles"] == 1
    assert edge["evidence"][0]["article"] == "a1"
    assert edge["evidence"][0]["sentence"] == "First Light by artist Hub Star."
    dates = sorted(d["date"] for d in graph.nodes["release:firstlight"]["dates"])
    assert dates == ["2024-01-24", "2024-01-25"]
    # the confidence filter drops the weak link
    assert not to_networkx(store, 0.5).has_edge("agent:annfour", "agent:beethree")


def test_collaboration_graph_links_artists_with_releases(store):
    collab = collaboration_graph(store)
    assert "release:orbit" not in collab
    assert collab.edges["agent:hubstar", "agent:annone"]["releases"] == ["First Light"]
    assert collab.edges["agent:beethree", collab_key(store, QA)]["releases"] == ["Orbit"]
    assert collab.degree("agent:hubstar") == 4
    assert "agent:memberone" in collab and collab.degree("agent:memberone") == 0


def collab_key(store, name: str) -> str:
    return analysis.find_entity(store, name).key


def test_neighbourhood_depth(store):
    one = neighbourhood(store, "agent:hubstar", depth=1)
    names = {d["name"] for _, d in one.nodes(data=True)}
    assert names == {"Hub Star", "Ann One", "Ann Two", "Ann Three", "Ann Four", "First Light"}
    # the links among the ring are kept (Ann One - Ann Two), outside ones are not
    assert one.has_edge("agent:annone", "agent:anntwo")
    two = {d["name"] for _, d in neighbourhood(store, "agent:hubstar", depth=2).nodes(data=True)}
    assert {"Dee Rector", QA, "Bridge Song"} <= two and "Orbit" not in two


# -- path --------------------------------------------------------------------
def test_path_finds_chain_with_releases(store):
    answer = analysis.path(store, "Ann One", "Bee Two", min_confidence=0.5)
    assert answer["artists"] == ["Ann One", "Hub Star", "Ann Three", QA, "Bee Two"]
    assert answer["length"] == 4
    # Ann One - Ann Two - Ann Three is as short, but Ann One - Hub Star has two articles
    assert answer["steps"][0] == {"a": "Ann One", "b": "Hub Star", "releases": ["First Light"],
                                  "articles": 2, "confidence": 0.9}
    assert answer["steps"][2] == {"a": "Ann Three", "b": QA, "releases": ["Bridge Song"],
                                  "articles": 1, "confidence": 0.9}


def test_path_uses_aliases_and_confidence(store):
    # below 0.5 the weak Ann Four - Bee Three link shortens the chain
    weak = analysis.path(store, "HS", "Bee Three", min_confidence=0.0)
    assert weak["artists"] == ["Hub Star", "Ann Four", "Bee Three"]
    strong = analysis.path(store, "HS", "Bee Three", min_confidence=0.5)
    assert strong["artists"] == ["Hub Star", "Ann Three", QA, "Bee Three"]


def test_path_errors(store):
    with pytest.raises(UnknownEntity) as exc:
        analysis.path(store, "Hub Stra", "Ann One")
    assert exc.value.suggestions[0] == "Hub Star"
    with pytest.raises(analysis.NoPath):
        analysis.path(store, "Member One", "Ann One")
    with pytest.raises(analysis.NotAnArtist):
        analysis.path(store, "Orbit", "Ann One")


# -- central and communities ---------------------------------------------------
def test_central_ranks_hub_first(store):
    rows = analysis.central(store, top=3, min_confidence=0.5)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert rows[0]["name"] == "Hub Star" and rows[0]["degree"] == 4
    assert all(r["name"] != "Member One" for r in analysis.central(store, top=50))
    # the bridge artists carry the most shortest chains
    by_between = analysis.central(store, top=2, min_confidence=0.5, by="betweenness")
    assert [r["name"] for r in by_between] == ["Ann Three", QA]
    assert by_between[1]["betweenness"] > rows[0]["betweenness"] > 0


def test_communities_separate_clusters(store):
    answer = analysis.communities(store, min_confidence=0.5)
    clusters = [set(c["members"]) for c in answer["communities"]]
    assert {"Hub Star", "Ann One", "Ann Two", "Ann Four"} <= clusters[0]
    assert {QA, "Bee Two", "Bee Three"} in clusters
    assert answer["communities"][0]["hub"] == "Hub Star"
    assert answer["isolated"] == 2  # Member One and Dee Rector
    assert analysis.communities(store, min_confidence=0.5) == answer  # seeded: stable


# -- timeline ------------------------------------------------------------------
def test_timeline_of_group_in_date_order(store):
    answer = analysis.timeline(store, QA)
    got = [(e["date"], e["event"], e["subject"], e["role"]) for e in answer["events"]]
    assert got == [
        ("2023-11", "released", "Orbit", "primary"),
        ("2023-12-11", "enlisted", "Member One", f"member of {QA}"),
        ("2024", "released", "Bridge Song", "featured"),
        ("2024-03-15", "released", "Bridge Song", "featured"),
    ]
    assert answer["events"][0]["sources"] == ["a4"]


def test_timeline_of_everything_and_of_a_person(store):
    dates = [e["date"] for e in analysis.timeline(store)["events"]]
    assert dates == sorted(dates) and len(dates) == 6
    hub = analysis.timeline(store, "Hub Star")["events"]
    assert [(e["date"], e["subject"]) for e in hub] == [
        ("2024-01-24", "First Light"), ("2024-01-25", "First Light")]
    assert [e["date"] for e in analysis.timeline(store, "Hub Star", 0.85)["events"]] == [
        "2024-01-24"]


# -- conflicts -----------------------------------------------------------------
def test_conflicts_finds_planted_and_not_precision(store):
    found = analysis.conflicts(store)
    assert [(c["relation"], c["subject"]) for c in found] == [("RELEASED_ON", "First Light")]
    dates = found[0]["dates"]
    assert [(d["date"], [s["article"] for s in d["sources"]]) for d in dates] == [
        ("2024-01-24", ["a1"]), ("2024-01-25", ["a2"])]
    assert dates[0]["sources"][0]["sentence"] == "First Light released on 2024-01-24."
    # above the weaker article's confidence the disagreement disappears
    assert analysis.conflicts(store, min_confidence=0.85) == []


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2024-01-24", "2024-01-25", True), ("2024", "2024-01-24", False),
    ("2023", "2024-01-24", True), ("2024-01", "2024-01-31", False),
    ("2024-02", "2024-01-31", True), ("2024-01-24", "2024-01-24", False),
])
def test_dates_conflict(a, b, expected):
    assert analysis.dates_conflict(a, b) is expected
    assert analysis.dates_conflict(b, a) is expected


# -- CLI -----------------------------------------------------------------------
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_cli_path_json_and_table(db):
    result = run("path", "Ann One", "Bee Two", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["artists"][-1] == "Bee Two"
    table = run("path", "Ann One", "Bee Two", "--db", str(db))
    assert table.exit_code == 0
    assert "Ann Three" in table.stdout and "Bridge Song" in table.stdout


def test_cli_unknown_name_did_you_mean(db):
    result = run("path", "Hub Stra", "Ann One", "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: no entity named 'Hub Stra'; did you mean")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_no_path_is_failure(db):
    result = run("path", "Member One", "Ann One", "--db", str(db), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["length"] is None
    assert "no chain" in result.stderr


def test_cli_central_communities_timeline_conflicts(db):
    central = run("central", "--top", "1", "--db", str(db), "--json")
    assert central.exit_code == 0 and json.loads(central.stdout)[0]["name"] == "Hub Star"
    table = run("central", "--db", str(db))
    assert table.stdout.splitlines()[2].split()[:3] == ["1", "Hub", "Star"]
    comm = json.loads(run("communities", "--db", str(db), "--json").stdout)
    assert len(comm["communities"]) == 2
    assert "Hub Star" in run("communities", "--db", str(db)).stdout
    tl = json.loads(run("timeline", QA, "--db", str(db), "--json").stdout)
    assert tl["events"][0]["subject"] == "Orbit"
    assert "2023-12-11" in run("timeline", "--db", str(db)).stdout
    conf = json.loads(run("conflicts", "--db", str(db), "--json").stdout)
    assert conf[0]["subject"] == "First Light"
    text = run("conflicts", "--db", str(db)).stdout
    assert "2024-01-24" in text and "a2" in text and "Bridge Song" not in text


def test_cli_usage_errors(db):
    assert run("central", "--top", "0", "--db", str(db)).exit_code == 2
    assert run("central", "--by", "fame", "--db", str(db)).exit_code == 2
    assert run("path", "Ann One", "--db", str(db)).exit_code == 2
    missing = run("central", "--db", str(db.parent / "nope.db"))
    assert missing.exit_code == 1 and "no such store" in missing.stderr


@pytest.mark.parametrize("command", ["path", "central", "communities", "timeline", "conflicts",
                                     "view"])
def test_cli_help_has_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"artistgraph {command}" in result.stdout and "Example" in result.stdout


# -- the same answers from Neo4j -------------------------------------------------
def answers(store) -> dict:
    return {
        "path": analysis.path(store, "Ann One", "Bee Two", 0.5),
        "central": analysis.central(store, 10, 0.5),
        "communities": analysis.communities(store, 0.5),
        "timeline": analysis.timeline(store, QA),
        "all": analysis.timeline(store),
        "conflicts": analysis.conflicts(store),
        "view": view.view_data(store, "Hub Star", 2, 0.5),
    }


@pytest.mark.bolt
@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set")
def test_same_answers_on_neo4j(store):
    neo4j_store = pytest.importorskip("artistgraph.graph.neo4j_store")
    from artistgraph.queries.cli.common import neo4j_settings

    neo = neo4j_store.Neo4jStore(**neo4j_settings())
    try:
        if hasattr(neo, "clear"):
            neo.clear()
        for article_id, facts in ARTICLES.items():
            neo.load(make_extraction(article_id, facts))
        assert answers(neo) == answers(store)
    finally:
        neo.close()
