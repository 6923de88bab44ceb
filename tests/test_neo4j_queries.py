"""The canned Cypher queries: headers parse, and every query returns the expected
rows for the hand-built article set on a real Bolt server."""

from __future__ import annotations

from collections import defaultdict

import pytest

pytest.register_assert_rewrite("neo4j_fixtures")
from neo4j_fixtures import edited_art4, sample_extractions  # noqa: E402

from artistgraph.graph.model import RELATIONS  # noqa: E402
from artistgraph.graph.sqlite_store import SQLiteStore  # noqa: E402
from artistgraph.queries import canned, questions  # noqa: E402

pytest_plugins = ["neo4j_fixtures"]
bolt = pytest.mark.bolt

REQUIRED = {"collaborators", "collaborations", "collaboration_path", "artist_releases",
            "director_videos", "group_members", "enlistment_timeline", "most_connected",
            "conflicting_release_dates", "article_facts"}


@pytest.fixture
def loaded(neo4j_store):
    neo4j_store.load_many(sample_extractions())
    return neo4j_store


def run(store, query: str, /, **params) -> list[dict]:
    return canned.run_query(store, query, params)


# -- headers (no server) ------------------------------------------------------------
def test_every_query_file_has_a_header():
    queries = canned.list_queries()
    assert {q.name for q in queries} >= REQUIRED
    for query in queries:
        assert query.text.startswith("// title: ")
        assert query.title and query.answers.endswith("?")
        for param in query.params:
            assert f"${param.name}" in query.text.split("\n", 1)[1]


def test_params_are_converted_and_checked():
    query = canned.get_query("releases_in_period")
    assert query.bind({"year": "2024"}) == {"year": 2024, "month": None}
    with pytest.raises(canned.QueryError, match="needs --param year"):
        query.bind({})
    with pytest.raises(canned.QueryError, match="must be int"):
        query.bind({"year": "twenty"})
    with pytest.raises(canned.QueryError, match="no parameter 'yaer'"):
        query.bind({"yaer": "2024"})
    assert canned.get_query("group_members").bind({"name": "Bangtan-Boys"}) == \
        {"name": "bangtanboys"}


def test_unknown_query_suggests_names():
    with pytest.raises(canned.QueryError, match="did you mean collaborators"):
        canned.get_query("collaborator")
    with pytest.raises(canned.QueryError):
        canned.get_query("../graph/model")


def test_header_errors_name_the_file():
    with pytest.raises(canned.QueryError, match=r"x\.cypher.*answers"):
        canned.parse_query("// title: T\nMATCH (n) RETURN n", "x")
    with pytest.raises(canned.QueryError, match="unknown kind"):
        canned.parse_query("// title: T\n// answers: A?\n// params: $a (list) x\nRETURN 1", "x")


# -- every query on the server --------------------------------------------------------
@bolt
def test_collaborators(loaded):
    rows = run(loaded, "collaborators", name="Kim Taehyung")  # an alias from art2
    assert [(r["collaborator"], r["releases"], r["articles"]) for r in rows] == [
        ("IU", ["Love Wins All"], 2), ("Jungkook", [], 1)]
    assert {r["artist"] for r in rows} == {"V"}
    assert run(loaded, "collaborators", name="Kim Taehyung", min_confidence=0.8)[0]["evidence"] == 2


@bolt
def test_collaborations(loaded):
    rows = run(loaded, "collaborations")
    assert [(r["a"], r["b"]) for r in rows] == [("IU", "V"), ("Jungkook", "Latto"),
                                                ("Jungkook", "V")]
    assert rows[0]["releases"] == ["Love Wins All"] and rows[0]["articles"] == 2


@bolt
def test_collaboration_path(loaded):
    rows = run(loaded, "collaboration_path", from_name="IU", to_name="latto")
    assert rows == [{"path": ["IU", "V", "Jungkook", "Latto"],
                     "via": ["COLLABORATED_WITH"] * 3, "hops": 3}]
    assert run(loaded, "collaboration_path", from_name="IU", to_name="Minji") == []


@bolt
def test_artist_releases(loaded):
    assert run(loaded, "artist_releases", name="V") == [{
        "artist": "V", "release": "Love Wins All", "role": "featured",
        "dates": ["2024-01", "2024-01-24", "2024-01-25"], "articles": 1}]
    rows = run(loaded, "artist_releases", name="jungkook")
    assert [(r["release"], r["role"], r["dates"]) for r in rows] == [
        ("Seven", "primary", ["2023-07-14"])]


@bolt
def test_director_videos(loaded):
    rows = run(loaded, "director_videos", name="um taehwa")
    assert [(r["director"], r["release"], r["artists"]) for r in rows] == [
        ("Um Tae-hwa", "Love Wins All", ["IU"])]
    assert sorted(rows[0]["dates"]) == ["2024-01", "2024-01-24", "2024-01-25"]


@bolt
def test_group_members(loaded):
    rows = run(loaded, "group_members", name="bts")
    assert [(r["group_name"], r["member"], r["aliases"]) for r in rows] == [
        ("BTS", "RM", []), ("BTS", "V", ["Kim Taehyung"])]


@bolt
def test_enlistment_timeline(loaded):
    rows = run(loaded, "enlistment_timeline")
    assert [(r["person"], r["date"]) for r in rows] == [
        ("RM", "2023-12-11"), ("V", "2023-12-11"), ("Jimin", "2023-12-12"),
        ("Jungkook", "2023-12-12"), ("SUGA", None)]
    assert [r["person"] for r in run(loaded, "enlistment_timeline", year=2023)] == [
        "RM", "V", "Jimin", "Jungkook"]
    assert run(loaded, "enlistment_timeline", year=2022) == []


@bolt
def test_releases_in_period(loaded):
    january = run(loaded, "releases_in_period", year="2024", month="1")
    assert [(r["release"], r["date"], r["precision"]) for r in january] == [
        ("Love Wins All", "2024-01", "month"), ("Love Wins All", "2024-01-24", "day"),
        ("Love Wins All", "2024-01-25", "day")]
    assert [(r["release"], r["artists"]) for r in run(loaded, "releases_in_period", year=2023)] \
        == [("Seven", ["Jungkook"])]


@bolt
def test_most_connected(loaded):
    """Agrees with an independent count over the store protocol."""
    # Independent count over the protocol: distinct entity neighbours of each artist.
    neighbours: dict[str, set[str]] = defaultdict(set)
    for fact in loaded.facts():
        if not RELATIONS[fact.relation].is_dated:
            neighbours[fact.subject].add(fact.object)
            neighbours[fact.object].add(fact.subject)
    artists = {e.key: e for e in loaded.entities() if e.type in ("Person", "Group")}
    expected = sorted(((artists[k].name, len(v)) for k, v in neighbours.items() if k in artists),
                      key=lambda x: (-x[1], x[0]))
    rows = run(loaded, "most_connected", limit=3)
    assert len(rows) == 3
    assert [r["neighbours"] for r in rows] == [n for _, n in expected[:3]]
    cutoff = rows[-1]["neighbours"]
    assert {r["artist"] for r in rows} <= {name for name, n in expected if n >= cutoff}
    assert rows[0]["artist"] == "V"  # BTS, IU, Jungkook and Love Wins All


@bolt
def test_conflicting_release_dates(loaded):
    rows = run(loaded, "conflicting_release_dates")
    assert [(r["release"], r["date"], r["articles"]) for r in rows] == [
        ("Love Wins All", "2024-01", ["art2"]), ("Love Wins All", "2024-01-24", ["art1"]),
        ("Love Wins All", "2024-01-25", ["art4"])]
    loaded.load(edited_art4())  # drops 2024-01-25; "2024-01" agrees with "2024-01-24"
    assert run(loaded, "conflicting_release_dates") == []


@bolt
def test_article_facts(loaded):
    """Agrees with article_facts() of both stores."""
    lite = SQLiteStore(":memory:")
    lite.load_many(sample_extractions())
    for aid in ("art1", "art2", "art3", "art4", "art5"):
        rows = run(loaded, "article_facts", article=aid)
        assert rows == loaded.article_facts(aid) == lite.article_facts(aid)
        assert rows and all(r["sentence"][r["start"]:r["end"]] for r in rows)


@bolt
def test_canned_collaborators_agree_with_the_cli_question(loaded):
    lite = SQLiteStore(":memory:")
    lite.load_many(sample_extractions())
    for name in ("V", "IU", "Jungkook", "Latto", "RM"):
        for minimum in (0.0, 0.75):
            canned_rows = [
                {"name": r["collaborator"], "key": r["key"], "releases": r["releases"],
                 "articles": r["articles"], "evidence": r["evidence"],
                 "confidence": round(r["confidence"], 3)}
                for r in run(loaded, "collaborators", name=name, min_confidence=minimum)]
            for store in (loaded, lite):
                assert canned_rows == questions.collaborators(store, name, minimum)["collaborators"]


@bolt
def test_canned_collaborations_agree_with_the_cli_question(loaded):
    lite = SQLiteStore(":memory:")
    lite.load_many(sample_extractions())
    for minimum in (0.0, 0.75):
        canned_rows = [{**r, "confidence": round(r["confidence"], 3)}
                       for r in run(loaded, "collaborations", min_confidence=minimum)]
        assert canned_rows == questions.collaborations(loaded, minimum) \
            == questions.collaborations(lite, minimum)


@bolt
def test_browser_style_exact_names_match_too(loaded):
    """Pasted into Browser with the name as written (not normalized), the
    queries still find the entity through e.name / e.aliases."""
    query = canned.get_query("group_members")
    _, records = loaded.run_read(query.text, {"name": "BTS"})
    assert [r["member"] for r in records] == ["RM", "V"]
    _, records = loaded.run_read(canned.get_query("artist_releases").text,
                                 {"name": "Kim Taehyung"})
    assert [r["release"] for r in records] == ["Love Wins All"]


def test_every_canned_query_has_its_test_here():
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    assert {q.name for q in canned.list_queries()} <= tested
