"""Neo4jStore against a real Bolt + Cypher server: same answers as SQLiteStore,
idempotent loads, edits, provenance, dates, odd names, connection errors."""

from __future__ import annotations

import pytest

pytest.register_assert_rewrite("neo4j_fixtures")
from neo4j_fixtures import (  # noqa: E402
    WEIRD_NAMES,
    article,
    closed_port,
    edited_art4,
    sample_extractions,
)

from artistgraph.graph.model import EntityType, ExtractedEntity  # noqa: E402
from artistgraph.graph.neo4j_store import Neo4jStore, date_node  # noqa: E402
from artistgraph.graph.sqlite_store import SQLiteStore  # noqa: E402
from artistgraph.graph.store import StoreError  # noqa: E402
from artistgraph.queries import questions  # noqa: E402

pytest_plugins = ["neo4j_fixtures"]
bolt = pytest.mark.bolt


def sqlite_with(extractions) -> SQLiteStore:
    store = SQLiteStore(":memory:")
    store.load_many(extractions)
    return store


def assert_same_graph(neo, lite) -> None:
    """Every read of the GraphStore protocol and every question agrees."""
    assert neo.stats() == lite.stats()
    assert neo.entities() == lite.entities()
    assert neo.facts() == lite.facts()
    assert [a["id"] for a in neo.articles()] == [a["id"] for a in lite.articles()]
    for art in lite.articles():
        assert neo.article_facts(art["id"]) == lite.article_facts(art["id"])
    assert questions.collaborations(neo) == questions.collaborations(lite)
    for entity in lite.entities():
        assert questions.show(neo, entity.name) == questions.show(lite, entity.name)
        if entity.type != "Release":
            assert questions.collaborators(neo, entity.name) == \
                questions.collaborators(lite, entity.name)


def test_date_node_keeps_precision():
    assert date_node("2023")["precision"] == "year"
    assert date_node("2024-01-24") == {"iso": "2024-01-24", "precision": "day", "year": 2024,
                                       "month": 1, "day": 24}
    with pytest.raises(StoreError):
        date_node("January 2024")


@bolt
def test_same_answers_as_sqlite(neo4j_store):
    extractions = sample_extractions()
    results = neo4j_store.load_many(extractions)
    lite = SQLiteStore(":memory:")
    assert results == lite.load_many(extractions)
    assert_same_graph(neo4j_store, lite)
    # Aliases carried across articles: "Kim Taehyung" (art2) resolved to V of art1.
    v = questions.find_entity(neo4j_store, "kim taehyung")
    assert v.key == "agent:v" and "Kim Taehyung" in (v.name, *v.aliases)
    assert questions.collaborators(neo4j_store, "Kim Taehyung")["collaborators"][0]["name"] == "IU"


@bolt
def test_one_article_at_a_time_matches_batched(neo4j_store):
    extractions = sample_extractions()
    lite = SQLiteStore(":memory:")
    for extraction in extractions:
        assert neo4j_store.load(extraction) == lite.load(extraction)
    assert_same_graph(neo4j_store, lite)


@bolt
def test_reload_is_idempotent(neo4j_store):
    extractions = sample_extractions()
    neo4j_store.load_many(extractions)
    before = (neo4j_store.stats(), neo4j_store.facts(), neo4j_store.entities())
    again = neo4j_store.load_many(extractions)
    assert {r.status for r in again} == {"unchanged"}
    assert all(r.new_entities == r.new_facts == 0 for r in again)
    assert (neo4j_store.stats(), neo4j_store.facts(), neo4j_store.entities()) == before
    assert neo4j_store.article_hash("art1") == extractions[0].article.content_hash


@bolt
def test_edited_article_replaces_exactly_its_facts(neo4j_store):
    extractions = sample_extractions()
    neo4j_store.load_many(extractions)
    result = neo4j_store.load(edited_art4())
    assert result.status == "replaced"
    lite = sqlite_with(extractions)
    lite.load(edited_art4())
    assert_same_graph(neo4j_store, lite)
    released = {f.object for f in neo4j_store.facts("RELEASED_ON")
                if f.subject == "release:lovewinsall"}
    assert released == {"2024-01-24", "2024-01"}  # art4's 2024-01-25 is gone
    assert neo4j_store.facts("DIRECTED_BY", "agent:bradleyandpablo") == []
    assert "agent:bradleyandpablo" not in {e.key for e in neo4j_store.entities()}
    iu_v = neo4j_store.facts("COLLABORATED_WITH", "agent:iu")
    by_pair = {(f.subject, f.object): f for f in iu_v}
    assert by_pair[("agent:iu", "agent:v")].articles == 2  # art1 and the new art4
    assert by_pair[("agent:iu", "agent:suga")].evidence[0].article == "art4"


@bolt
def test_provenance_on_relationships(neo4j_store):
    neo4j_store.load_many(sample_extractions())
    _, records = neo4j_store.run_read(
        "MATCH (:Entity {key: 'agent:iu'})-[r:COLLABORATED_WITH]-(:Entity {key: 'agent:v'}) "
        "RETURN r.articles AS articles, r.corroboration AS n, r.ev_sentences AS sentences, "
        "r.ev_starts AS starts, r.ev_confidences AS confs, r.ev_rules AS rules, "
        "r.confidence AS best")
    row = records[0]
    assert sorted(row["articles"]) == ["art1", "art4"] and row["n"] == 2
    assert len(row["sentences"]) == len(row["starts"]) == len(row["confs"]) == 2
    assert sorted(row["confs"]) == [0.7, 0.8] and row["best"] == 0.8
    assert set(row["rules"]) == {"test"}


@bolt
def test_dates_are_queryable_nodes(neo4j_store):
    neo4j_store.load_many(sample_extractions())
    _, enlisted_2023 = neo4j_store.run_read(
        "MATCH (p:Person)-[:ENLISTED]->(d:Date) WHERE d.year = $y RETURN p.name AS name "
        "ORDER BY name", {"y": 2023})
    assert [r["name"] for r in enlisted_2023] == ["Jimin", "Jungkook", "RM", "V"]
    _, january = neo4j_store.run_read(
        "MATCH (r:Release)-[:RELEASED_ON]->(d:Date {year: 2024, month: 1}) "
        "RETURN d.iso AS iso, d.precision AS precision ORDER BY iso")
    assert [(r["iso"], r["precision"]) for r in january] == [
        ("2024-01", "month"), ("2024-01-24", "day"), ("2024-01-25", "day")]
    undated = neo4j_store.facts("ENLISTED", "agent:suga")
    assert len(undated) == 1 and undated[0].object is None


@bolt
def test_odd_names_are_stored_verbatim(neo4j_store):
    text = " | ".join(WEIRD_NAMES)
    entities = [ExtractedEntity(WEIRD_NAMES[0], EntityType.GROUP),
                ExtractedEntity(WEIRD_NAMES[1], EntityType.PERSON, {WEIRD_NAMES[3]}),
                ExtractedEntity(WEIRD_NAMES[2], EntityType.RELEASE)]
    extraction = article("odd\"'{}\\", text, entities, [
        (WEIRD_NAMES[1], "MEMBER_OF", WEIRD_NAMES[0], WEIRD_NAMES[1]),
        (WEIRD_NAMES[2], "BY_ARTIST", WEIRD_NAMES[0], WEIRD_NAMES[2]),
    ])
    neo4j_store.load(extraction)
    lite = sqlite_with([extraction])
    assert_same_graph(neo4j_store, lite)
    names = {e.name for e in neo4j_store.entities()}
    assert names == set(WEIRD_NAMES[:3])
    person = questions.find_entity(neo4j_store, WEIRD_NAMES[3])
    assert person.name == WEIRD_NAMES[1] and person.aliases == (WEIRD_NAMES[3],)
    assert neo4j_store.article_facts("odd\"'{}\\")[0]["sentence"] == text
    # Nothing was executed from the names: the graph still holds its nodes.
    assert neo4j_store.stats()["entities"] == 3


@bolt
def test_uniqueness_constraint_is_enforced(neo4j_store):
    from neo4j.exceptions import ClientError

    neo4j_store.load_many(sample_extractions())
    with neo4j_store.driver.session(database=neo4j_store.database) as session, \
            pytest.raises(ClientError):
        session.run("CREATE (:Entity {key: 'agent:iu'})").consume()
    assert len([e for e in neo4j_store.entities() if e.key == "agent:iu"]) == 1


@bolt
def test_neo4j_scheme_uri_works(bolt_settings):
    settings = {**bolt_settings, "uri": bolt_settings["uri"].replace("bolt://", "neo4j://")}
    with Neo4jStore(**settings) as store:
        assert set(store.stats()) >= {"articles", "entities", "facts"}


@bolt
def test_read_query_that_writes_is_refused(neo4j_store):
    neo4j_store.load_many(sample_extractions())
    before = neo4j_store.stats()
    with pytest.raises(StoreError, match="writes"):
        neo4j_store.run_read("MATCH (e:Entity) DETACH DELETE e")
    with pytest.raises(StoreError, match="writes"):
        neo4j_store.run_read("CREATE (:Entity {key: 'x'}) RETURN 1 AS one")
    assert neo4j_store.stats() == before


@bolt
def test_wrong_password_is_one_clear_line(bolt_settings):
    with pytest.raises(StoreError) as caught:
        Neo4jStore(**{**bolt_settings, "password": "not-the-password-0"})
    message = str(caught.value)
    assert "\n" not in message and "authentication failed" in message
    assert bolt_settings["uri"] in message and "not-the-password-0" not in message


def test_server_down_is_one_clear_line():
    uri = f"bolt://127.0.0.1:{closed_port()}"
    with pytest.raises(StoreError) as caught:
        Neo4jStore(uri, "neo4j", "secret-password")
    message = str(caught.value)
    assert "\n" not in message and uri in message and "secret-password" not in message


def test_bad_uri_scheme_is_a_store_error():
    with pytest.raises(StoreError, match="bad connection settings"):
        Neo4jStore("http://127.0.0.1:7474", "neo4j", "secret-password")


@pytest.mark.neo4j_only
@bolt
def test_neo4j_itself_refuses_writes_in_read_transactions(neo4j_store):
    """ArcadeDB runs writes in read transactions; run_read's own check covers it."""
    from neo4j.exceptions import ClientError

    with neo4j_store.driver.session(database=neo4j_store.database) as session, \
            pytest.raises(ClientError):
        session.execute_read(lambda tx: tx.run("CREATE (:Scratch)").consume())


@bolt
def test_layout_1_graph_is_migrated_when_opened(neo4j_store, bolt_settings):
    """A graph written before the name tallies and the :Alias index existed is
    brought up to date on open, and then loads exactly like the embedded store."""
    extractions = sample_extractions()
    neo4j_store.load_many(extractions)
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        session.run("MATCH (e:Entity) REMOVE e.tally_names, e.tally_name_counts, "
                    "e.tally_types, e.tally_type_counts, e.all_aliases").consume()
        session.run("MATCH (n) WHERE n:Alias OR n:ArtistgraphMeta DELETE n").consume()
    assert neo4j_store.lookup(["kimtaehyung"]) == {}  # resolution would miss the alias
    with Neo4jStore(**bolt_settings) as reopened:
        assert [e.key for e in reopened.lookup(["kimtaehyung"])["kimtaehyung"]] == ["agent:v"]
        assert reopened.load(edited_art4()).status == "replaced"
        lite = sqlite_with(extractions)
        lite.load(edited_art4())
        assert_same_graph(reopened, lite)
        _, rows = reopened.run_read("MATCH (m:ArtistgraphMeta) RETURN m.format AS f")
        assert [r["f"] for r in rows] == [2]


@bolt
def test_alias_index_follows_edits(neo4j_store):
    """An alias an edited article no longer gives is no longer resolved."""
    extractions = sample_extractions()
    neo4j_store.load_many(extractions)
    assert "kimtaehyung" in neo4j_store.lookup(["kimtaehyung"])
    neo4j_store.remove_article("art2")
    assert neo4j_store.lookup(["kimtaehyung"]) == {}
    _, rows = neo4j_store.run_read("MATCH (a:Alias) RETURN a.norm AS norm, a.keys AS keys")
    assert all(r["keys"] for r in rows) and "kimtaehyung" not in {r["norm"] for r in rows}
    lite = sqlite_with(extractions)
    lite.remove_article("art2")
    assert_same_graph(neo4j_store, lite)


def overlapping_articles(n: int) -> list:
    """``n`` articles naming the same few dozen artists and releases, so two
    loaders running at once keep creating the same entities and facts."""
    out = []
    for i in range(n):
        text = f"article {i}"
        people = [f"Singer {(i * 7 + k) % 40}" for k in range(4)]
        release = f"Album {i % 25}"
        entities = [ExtractedEntity(p, EntityType.PERSON) for p in people]
        entities.append(ExtractedEntity(release, EntityType.RELEASE))
        facts = [(release, "BY_ARTIST", people[0], text),
                 (release, "FEATURES", people[1], text),
                 (people[2], "COLLABORATED_WITH", people[3], text),
                 (release, "RELEASED_ON", f"2024-{1 + i % 12:02d}", text)]
        out.append(article(f"ov{i:04d}", text, entities, facts))
    return out


@bolt
def test_two_loaders_at_once_give_the_serial_graph(neo4j_store, bolt_settings):
    """Both loaders CREATE the entities they think new; the constraint refuses
    the second creation, and that loader's transaction runs again."""
    import threading

    extractions = overlapping_articles(240)
    neo4j_store.load_many(extractions)
    serial = (neo4j_store.stats(), neo4j_store.entities(), neo4j_store.facts())
    neo4j_store.clear()
    errors: list[BaseException] = []

    def loader(part) -> None:
        try:
            with Neo4jStore(**bolt_settings) as store:
                for start in range(0, len(part), 8):
                    store.load_many(part[start:start + 8])
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=loader, args=(extractions[k::2],)) for k in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a loader hung"
    assert errors == []
    assert (neo4j_store.stats(), neo4j_store.entities(), neo4j_store.facts()) == serial
