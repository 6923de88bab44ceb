"""The exports: RDF formats parse back to the same statements (in rdflib and in
pyoxigraph), IRIs are stable, provenance and confidence are there, SHACL
validation catches broken data, and GraphML / neo4j-admin CSV carry awkward
names intact.

Every test reads a real SQLiteStore built in tmp_path from hand-made
extractions, so nothing here depends on the spaCy extractor.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD
from typer.testing import CliRunner

from artistgraph.graph.export import RDF_FORMATS
from artistgraph.graph.export.links import read_links, resolve_links
from artistgraph.graph.export.property_graph import (
    ARRAY_DELIMITER,
    NODE_HEADER,
    RELATIONSHIP_HEADER,
)
from artistgraph.graph.export.rdf import (
    DEFAULT_BASE,
    PROV,
    RDFLIB_FORMATS,
    SCHEMA,
    TERMS,
    VOCAB,
    Minter,
    RdfOptions,
    encode_segment,
    write_rdf,
)
from artistgraph.graph.export.shapes import build_shapes, load_shapes, read_export, validate
from artistgraph.graph.model import (
    DEFAULT_MIN_CONFIDENCE,
    RELATIONS,
    Article,
    EntityType,
    Evidence,
    ExtractedEntity,
    Extraction,
    Fact,
)
from artistgraph.graph.sqlite_store import SQLiteStore
from artistgraph.queries.cli import app

pytest.register_assert_rewrite("neo4j_fixtures")
pytest_plugins = ["neo4j_fixtures"]  # the Bolt server, for the any-store test

P, G, R, ORG = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE, EntityType.ORGANIZATION
AG = rdflib.Namespace(VOCAB)
SDO = rdflib.Namespace(SCHEMA)
PROVNS = rdflib.Namespace(PROV)

# Names that break naive exporters: quotes, backslashes, newlines, Hangul,
# emoji, slashes, dots only, Cypher and SQL.
AWKWARD = [
    'Quote "Q" Star',
    "Back\\slash \\n not a newline",
    "New\nLine",
    "방탄소년단",
    "Emoji 🎤✨ Crew",
    "AC/DC",
    "...",
    "Robert'); DROP TABLE entities;--",
    "MATCH (n) DETACH DELETE n // `x`",
    "Tab\there, comma, semi;colon",
]


def _ev(article: str, sentence: str, confidence: float, start: int = 0) -> Evidence:
    return Evidence(article, sentence, start, start + len(sentence), confidence, "hand")


def extractions() -> list[Extraction]:
    """Three articles; a fact corroborated by two; every relation; awkward names."""
    out = []
    a1 = Article("news/2024/iu-love-wins-all", "IU released Love wins all.",
                 title='IU\'s "Love Wins All"', published=date(2024, 1, 24),
                 source="https://news.example.com/iu?id=1&lang=en")
    s1 = 'IU released "Love Wins All" featuring V on January 24, directed by Um Tae-hwa.'
    out.append(Extraction(a1, [
        ExtractedEntity("IU", P, {"이지은", "Lee Ji-eun"}),
        ExtractedEntity("V", P, {"Kim Taehyung"}),
        ExtractedEntity("BTS", G, {"방탄소년단 (BTS)"}),
        ExtractedEntity("Love Wins All", R),
        ExtractedEntity("Um Tae-hwa", P),
        ExtractedEntity("EDAM Entertainment", ORG),
    ], [
        Fact("Love Wins All", "BY_ARTIST", "IU", _ev(a1.id, s1, 0.9)),
        Fact("Love Wins All", "FEATURES", "V", _ev(a1.id, s1, 0.8)),
        Fact("Love Wins All", "DIRECTED_BY", "Um Tae-hwa", _ev(a1.id, s1, 0.75)),
        Fact("Love Wins All", "RELEASED_ON", "2024-01-24", _ev(a1.id, s1, 0.7)),
        Fact("IU", "COLLABORATED_WITH", "V", _ev(a1.id, s1, 0.6)),
        Fact("V", "MEMBER_OF", "BTS", _ev(a1.id, "V of BTS joined.", 0.95, 90)),
        Fact("V", "ENLISTED", "2023-12", _ev(a1.id, "V enlisted in December 2023.", 0.85, 120)),
        Fact("V", "ENLISTED", None, _ev(a1.id, "V enlisted.", 0.3, 160)),
    ]))
    a2 = Article("soompi:42", "BTS' V ...", title="V & BTS", published=None, source="Soompi")
    s2 = "V, a member of BTS, sang on IU's 2024 single."
    out.append(Extraction(a2, [
        ExtractedEntity("V", P, {"Kim Taehyung"}),
        ExtractedEntity("BTS", G),
        ExtractedEntity("IU", P),
        ExtractedEntity("Love Wins All", R),
        ExtractedEntity("Layover", R),
    ], [
        Fact("V", "MEMBER_OF", "BTS", _ev(a2.id, s2, 0.8)),
        Fact("Love Wins All", "FEATURES", "V", _ev(a2.id, s2, 0.65)),
        Fact("Layover", "RELEASED_ON", "2023", _ev(a2.id, "Layover came out in 2023.", 0.9, 60)),
        Fact("Layover", "BY_ARTIST", "V", _ev(a2.id, "Layover came out in 2023.", 0.2, 60)),
    ]))
    a3 = Article("odd/names.txt", "awkward names", title="Odd\nnames", published=date(2023, 9, 1))
    people = [ExtractedEntity(name, G if i % 2 else P, {name + " alias"})
              for i, name in enumerate(AWKWARD)]
    facts = [Fact(AWKWARD[i], "COLLABORATED_WITH", AWKWARD[i + 1],
                  _ev(a3.id, f"{AWKWARD[i]} worked with {AWKWARD[i + 1]}", 0.55, i))
             for i in range(len(AWKWARD) - 1)]
    release = ExtractedEntity("Odd / Single \"2\"", R)
    facts.append(Fact(release.name, "RELEASED_ON", "2023-09", _ev(a3.id, "Out in September.", 0.6)))
    facts.append(Fact(release.name, "BY_ARTIST", AWKWARD[0], _ev(a3.id, "By Q.", 0.6)))
    out.append(Extraction(a3, [*people, release], facts))
    return out


def build_store(path: Path, *, extra: list[Extraction] = ()) -> SQLiteStore:
    store = SQLiteStore(path)
    store.load_many([*extractions(), *extra])
    return store


@pytest.fixture
def store(tmp_path):
    s = build_store(tmp_path / "graph.db")
    yield s
    s.close()


def export_bytes(store, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    write_rdf(store, fmt, out, RdfOptions(**options))
    return out.getvalue()


def parse_rdflib(data: bytes, fmt: str) -> Graph | Dataset:
    if fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB_FORMATS[fmt])
        return ds
    return Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


def ox_quads(data: bytes, fmt: str) -> set[str]:
    ox_format = {"ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
                 "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE,
                 "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    return {str(q) for q in ox.parse(data, format=ox_format)}


# -- every RDF format says the same thing -----------------------------------------
def test_triple_formats_parse_back_to_the_same_graph(store):
    reference = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    assert len(reference) > 200
    for fmt in ("turtle", "jsonld"):
        graph = parse_rdflib(export_bytes(store, fmt), fmt)
        assert isomorphic(graph, reference), fmt
    for fmt in ("trig", "nquads"):
        assert isomorphic(union(parse_rdflib(export_bytes(store, fmt), fmt)), reference), fmt


def test_trig_and_nquads_hold_the_same_quads(store):
    trig = parse_rdflib(export_bytes(store, "trig"), "trig")
    nquads = parse_rdflib(export_bytes(store, "nquads"), "nquads")

    def quads(ds):
        return {(s, p, o, c.identifier if hasattr(c, "identifier") else c)
                for s, p, o, c in ds.quads()}

    assert quads(trig) == quads(nquads)
    graphs = {c for *_, c in quads(trig)}
    # one named graph per article, plus the default graph
    assert {str(g) for g in graphs if str(g).startswith(DEFAULT_BASE)} == {
        Minter().graph(a) for a in ("news/2024/iu-love-wins-all", "soompi:42", "odd/names.txt")}


def test_a_second_independent_parser_reads_the_same_statements(store):
    nt = export_bytes(store, "ntriples")
    from_oxigraph = ox_quads(nt, "ntriples")
    # rdflib's reading, written back by rdflib, read by oxigraph: the two
    # parsers must agree on every term, escapes and language tags included.
    via_rdflib = parse_rdflib(nt, "ntriples").serialize(format="nt", encoding="utf-8")
    assert from_oxigraph == ox_quads(via_rdflib, "ntriples")
    assert len(from_oxigraph) == len(nt.splitlines())
    for fmt in ("turtle", "jsonld"):
        assert ox_quads(export_bytes(store, fmt), fmt) == from_oxigraph, fmt
    assert ox_quads(export_bytes(store, "trig"), "trig") == ox_quads(
        export_bytes(store, "nquads"), "nquads")


def test_no_blank_nodes_anywhere(store):
    ds = parse_rdflib(export_bytes(store, "nquads"), "nquads")
    for s, _, o, _ in ds.quads():
        assert not isinstance(s, rdflib.BNode) and not isinstance(o, rdflib.BNode)


# -- stable IRIs and bytes -----------------------------------------------------------
def test_same_store_exports_identical_bytes(tmp_path):
    path = tmp_path / "graph.db"
    build_store(path).close()
    runs = []
    for _ in range(2):
        with SQLiteStore(path) as s:
            runs.append((export_bytes(s, "ntriples"), export_bytes(s, "nquads")))
    assert runs[0] == runs[1]
    assert sorted(runs[0][0].splitlines()) == sorted(runs[1][0].splitlines())


def test_entity_iris_do_not_depend_on_the_store_or_run(tmp_path):
    def entity_iris(path):
        with build_store(path) as s:
            g = parse_rdflib(export_bytes(s, "ntriples"), "ntriples")
        return {(str(o), str(s_)) for s_, o in g.subject_objects(AG.key)}

    (tmp_path / "elsewhere").mkdir()
    first, second = entity_iris(tmp_path / "a.db"), entity_iris(tmp_path / "elsewhere" / "b.db")
    assert first == second
    # The IRI is a pure function of the key and the base.
    assert Minter().entity("agent:iu") == "https://artistgraph.example/id/agent/iu"
    assert Minter("http://kb.example.org/").entity("release:lovewinsall") == \
        "http://kb.example.org/release/lovewinsall"


@pytest.mark.parametrize("text", [*AWKWARD, "", "_", "%41", "a.b", "x~y"])
def test_iri_segments_are_safe_and_distinct(text):
    seg = encode_segment(text)
    assert re.fullmatch(r"[A-Za-z0-9\-%_]+", seg)
    assert seg not in (".", "..")
    others = {encode_segment(t) for t in [*AWKWARD, "", "_", "%41", "a.b", "x~y"] if t != text}
    assert seg not in others


def test_base_option_moves_every_minted_iri(store):
    g = parse_rdflib(export_bytes(store, "ntriples", base="urn:x-test:kb/"), "ntriples")
    minted = {str(t) for triple in g for t in triple
              if isinstance(t, URIRef) and "artistgraph.example/id/" in str(t)}
    assert minted == set()
    assert (URIRef("urn:x-test:kb/agent/iu"), AG.key, Literal("agent:iu")) in g


# -- content ---------------------------------------------------------------------
def test_awkward_names_round_trip_exactly(tmp_path):
    extra_name = "Carriage\rReturn \u0001 control"
    a = Article("cr", "x", title="cr")
    s = build_store(tmp_path / "g.db", extra=[Extraction(a, [ExtractedEntity(extra_name, P)], [])])
    for fmt in RDF_FORMATS:
        data = export_bytes(s, fmt)
        g = parse_rdflib(data, fmt)
        g = union(g) if isinstance(g, Dataset) else g
        names = {str(o) for o in g.objects(None, SDO.name)}
        alt = {str(o) for o in g.objects(None, rdflib.namespace.SKOS.altLabel)}
        for name in [*AWKWARD, extra_name]:
            assert name in names, (fmt, name)
        for name in AWKWARD:
            assert name + " alias" in alt, (fmt, name)
        titles = {str(o) for o in g.objects(None, rdflib.namespace.DCTERMS.title)}
        assert "Odd\nnames" in titles and 'IU\'s "Love Wins All"' in titles
        oxi = ox_quads(data, fmt)
        assert any('"방탄소년단"@ko' in q for q in oxi), fmt
    s.close()


def test_names_and_aliases_with_language_only_when_hangul(store):
    g = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    iu = URIRef(Minter().entity("agent:iu"))
    alts = set(g.objects(iu, rdflib.namespace.SKOS.altLabel))
    assert Literal("이지은", lang="ko") in alts
    assert Literal("Lee Ji-eun") in alts  # romanised: no guess at a language
    bts = URIRef(Minter().entity("agent:bts"))
    assert Literal("방탄소년단 (BTS)") in set(g.objects(bts, rdflib.namespace.SKOS.altLabel))
    assert (iu, RDF.type, SDO.Person) in g
    assert (bts, RDF.type, SDO.MusicGroup) in g
    release = URIRef(Minter().entity("release:lovewinsall"))
    assert {SDO.MusicRecording, SDO.CreativeWork} <= set(g.objects(release, RDF.type))
    label = Literal("EDAM Entertainment")
    org = next(g.subjects(SDO.name, label))
    assert (org, RDF.type, SDO.Organization) in g


def test_facts_use_schema_org_and_the_ag_vocabulary(store):
    g = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    m = Minter()
    iu, v, bts = (URIRef(m.entity(k)) for k in ("agent:iu", "agent:v", "agent:bts"))
    law, layover = URIRef(m.entity("release:lovewinsall")), URIRef(m.entity("release:layover"))
    director = URIRef(m.entity("agent:umtaehwa"))
    assert (law, SDO.byArtist, iu) in g
    assert (law, AG.features, v) in g
    assert (law, SDO.director, director) in g
    assert (v, SDO.memberOf, bts) in g
    # symmetric: both directions, and declared symmetric
    assert (iu, AG.collaboratedWith, v) in g and (v, AG.collaboratedWith, iu) in g
    assert (AG.collaboratedWith, RDF.type, rdflib.OWL.SymmetricProperty) in g
    # dates keep their precision
    assert (law, SDO.datePublished, Literal("2024-01-24", datatype=XSD.date)) in g
    assert (layover, SDO.datePublished, Literal("2023", datatype=XSD.gYear)) in g
    assert (v, AG.enlistmentDate, Literal("2023-12", datatype=XSD.gYearMonth)) in g
    assert (v, AG.enlisted, Literal(True)) in g  # the undated ENLISTED fact


def test_ontology_is_derived_from_relations(store):
    g = parse_rdflib(export_bytes(store, "turtle"), "turtle")
    skos = rdflib.namespace.SKOS
    wd = rdflib.Namespace("http://www.wikidata.org/entity/")
    for name, rel in RELATIONS.items():
        terms = TERMS[name]
        for predicate in terms.predicates:
            p = URIRef(predicate)
            assert (p, AG.relation, Literal(name)) in g
            ids = [x for x in rel.wikidata.split("+") if x]
            for pid in ids:
                assert (p, skos.closeMatch if len(ids) == 1 else skos.relatedMatch, wd[pid]) in g
            if predicate.startswith(VOCAB):
                labels = {str(x) for x in g.objects(p, rdflib.RDFS.label)}
                assert any(rel.label in x for x in labels)
                comments = [str(c) for c in g.objects(p, rdflib.RDFS.comment)]
                assert any(c.startswith(rel.comment) for c in comments)
    assert (SDO.byArtist, skos.closeMatch, wd.P175) in g
    assert (AG.features, skos.relatedMatch, wd.P3831) in g


def test_assertions_carry_confidence_and_corroboration(store):
    g = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    m = Minter()
    v, bts = URIRef(m.entity("agent:v")), URIRef(m.entity("agent:bts"))
    (fact,) = [a for a in g.subjects(RDF.subject, v)
               if (a, RDF.predicate, SDO.memberOf) in g and (a, RDF.object, bts) in g]
    assert (fact, RDF.type, AG.Assertion) in g
    assert g.value(fact, AG.confidence) == Literal("0.95", datatype=XSD.decimal)
    assert g.value(fact, AG.articles).toPython() == 2
    evidence = set(g.objects(fact, AG.evidence))
    assert len(evidence) == 2
    sentences = {str(g.value(e, AG.sentence)) for e in evidence}
    assert sentences == {"V of BTS joined.", "V, a member of BTS, sang on IU's 2024 single."}
    first = next(e for e in evidence if str(g.value(e, AG.sentence)) == "V of BTS joined.")
    assert (g.value(first, AG.start).toPython(), g.value(first, AG.end).toPython()) == (90, 106)
    assert g.value(first, PROVNS.wasDerivedFrom) == URIRef(m.article("news/2024/iu-love-wins-all"))


def test_each_article_graph_holds_its_facts_with_provenance(store):
    ds = parse_rdflib(export_bytes(store, "trig"), "trig")
    m = Minter()
    loaded = {a["id"]: a["loaded_at"] for a in store.articles()}
    member = (URIRef(m.entity("agent:v")), SDO.memberOf, URIRef(m.entity("agent:bts")))
    layover = URIRef(m.entity("release:layover"))
    default = union(ds)
    for article_id in loaded:
        name = URIRef(m.graph(article_id))
        graph = ds.graph(name)
        assert (name, PROVNS.wasDerivedFrom, URIRef(m.article(article_id))) in default
        generated = default.value(name, PROVNS.generatedAtTime)
        assert generated.datatype == XSD.dateTime
        assert generated.toPython() == rdflib.Literal(loaded[article_id],
                                                      datatype=XSD.dateTime).toPython()
        agent = default.value(name, PROVNS.wasAttributedTo)
        assert (agent, RDF.type, PROVNS.SoftwareAgent) in default
        in_graph = member in graph
        assert in_graph == (article_id in ("news/2024/iu-love-wins-all", "soompi:42"))
        assert ((layover, SDO.datePublished, None) in graph) == (article_id == "soompi:42")
    article = URIRef(m.article("news/2024/iu-love-wins-all"))
    assert default.value(article, SDO.url) == URIRef("https://news.example.com/iu?id=1&lang=en")
    assert default.value(article, rdflib.namespace.DCTERMS.issued) == Literal(
        "2024-01-24", datatype=XSD.date)
    assert default.value(URIRef(m.article("soompi:42")),
                         rdflib.namespace.DCTERMS.source) == Literal("Soompi")


def test_min_confidence_drops_weak_facts(store):
    everything = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    strong = parse_rdflib(export_bytes(store, "ntriples", min_confidence=0.5), "ntriples")
    m = Minter()
    weak = (URIRef(m.entity("release:layover")), SDO.byArtist, URIRef(m.entity("agent:v")))
    assert weak in everything and weak not in strong
    assert (URIRef(m.entity("agent:v")), AG.enlisted, Literal(True)) not in strong
    confidences = [o.toPython() for o in strong.objects(None, AG.confidence)]
    assert confidences and all(c >= 0.5 for c in confidences if c is not None)
    assert len(set(strong.subjects(RDF.type, AG.Assertion))) == \
        len(store.facts(min_confidence=0.5, with_evidence=False))


# -- SHACL ---------------------------------------------------------------------------
def test_shipped_shapes_file_matches_the_generator():
    assert isomorphic(load_shapes(), build_shapes()), \
        "regenerate: python -m artistgraph.graph.export.shapes > graph/shapes.ttl"


def test_real_export_conforms(store):
    for fmt in ("turtle", "trig"):
        g = parse_rdflib(export_bytes(store, fmt), fmt)
        conforms, findings = validate(union(g) if isinstance(g, Dataset) else g)
        assert conforms, [str(f) for f in findings]


def test_broken_export_fails_with_the_reasons(store):
    g = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    m = Minter()
    iu = URIRef(m.entity("agent:iu"))
    g.remove((iu, SDO.name, None))
    fact = next(g.subjects(RDF.type, AG.Assertion))
    g.set((fact, AG.confidence, Literal("1.5", datatype=XSD.decimal)))
    layover = URIRef(m.entity("release:layover"))
    g.set((layover, SDO.datePublished, Literal("sometime in 2023")))
    conforms, findings = validate(g)
    assert not conforms
    violations = {(f.focus, f.path) for f in findings if f.severity == "Violation"}
    assert (str(iu), SCHEMA + "name") in violations
    assert (str(fact), VOCAB + "confidence") in violations
    assert (str(layover), SCHEMA + "datePublished") in violations


def test_entity_type_mismatch_is_a_warning_not_a_failure(store):
    g = parse_rdflib(export_bytes(store, "ntriples"), "ntriples")
    bts = URIRef(Minter().entity("agent:bts"))
    g.remove((bts, RDF.type, SDO.MusicGroup))
    g.add((bts, RDF.type, SDO.Organization))  # MEMBER_OF now points at an Organization
    conforms, findings = validate(g)
    assert conforms
    assert any(f.severity == "Warning" and f.path == SCHEMA + "memberOf" for f in findings)


# -- links ---------------------------------------------------------------------------
MBID = "b9545342-1e6d-4dae-84ac-013374ad8d7c"


def test_links_add_owl_same_as(store, tmp_path):
    links = tmp_path / "links.csv"
    links.write_text(
        "name,wikidata,musicbrainz\n"
        f"IU,Q5905,https://musicbrainz.org/artist/{MBID.upper()}\n"
        "kim taehyung,https://www.wikidata.org/wiki/Q20145,\n"
        f"Love Wins All,,{MBID}\n"
        "Nobody Known,Q1,\n", encoding="utf-8")
    same_as, warnings = resolve_links(read_links(links), store.entities(), links)
    assert warnings == [f"{links}:5: no entity named 'Nobody Known'; row skipped"]
    g = parse_rdflib(export_bytes(store, "ntriples", links=same_as), "ntriples")
    m = Minter()
    same = rdflib.OWL.sameAs
    assert set(g.objects(URIRef(m.entity("agent:iu")), same)) == {
        URIRef("http://www.wikidata.org/entity/Q5905"),
        URIRef(f"https://musicbrainz.org/artist/{MBID}")}
    assert set(g.objects(URIRef(m.entity("agent:v")), same)) == {
        URIRef("http://www.wikidata.org/entity/Q20145")}
    assert set(g.objects(URIRef(m.entity("release:lovewinsall")), same)) == {
        URIRef(f"https://musicbrainz.org/release-group/{MBID}")}
    assert validate(g)[0]


@pytest.mark.parametrize(("body", "message"), [
    ("name,wikidata,musicbrainz\nIU,Q5905,\nV,5905,\n", "links.csv:3: '5905' is not a Wikidata"),
    ("name,wikidata,musicbrainz\nIU,,not-a-uuid\n",
     "links.csv:2: 'not-a-uuid' is not a MusicBrainz"),
    ("name,wikidata,musicbrainz\nIU,Q1\n", "links.csv:2: expected 3 fields, found 2"),
    ("name,wikidata,musicbrainz\n,Q1,\n", "links.csv:2: the name is empty"),
    ("artist,qid\nIU,Q1\n", "links.csv:1: header must name the columns"),
])
def test_malformed_links_give_one_line_naming_file_and_line(store, tmp_path, body, message):
    links = tmp_path / "links.csv"
    links.write_text(body, encoding="utf-8")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(app, ["export", "--db", str(store.path), "--links", str(links),
                                      "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert message in result.stderr
    assert not out.exists()


# -- CLI -----------------------------------------------------------------------------
def test_cli_writes_every_rdf_format_to_stdout_and_files(store, tmp_path):
    runner = CliRunner()
    # the CLI exports at the default threshold: facts below it stay in the store
    reference = parse_rdflib(export_bytes(store, "ntriples", min_confidence=DEFAULT_MIN_CONFIDENCE), "ntriples")
    assert len(reference) < len(parse_rdflib(export_bytes(store, "ntriples"), "ntriples"))
    for fmt in RDF_FORMATS:
        result = runner.invoke(app, ["export", "--db", str(store.path), "--format", fmt])
        assert result.exit_code == 0, result.stderr
        g = parse_rdflib(result.stdout_bytes, fmt)
        assert isomorphic(union(g) if isinstance(g, Dataset) else g, reference), fmt
        out = tmp_path / f"out.{fmt}"
        result = runner.invoke(app, ["export", "--db", str(store.path), "-f", fmt,
                                     "-o", str(out), "--validate"])
        assert result.exit_code == 0, result.stderr
        assert "conforms to shapes.ttl" in result.stderr
        assert isomorphic(read_export(out, fmt), reference), fmt
    assert not list(tmp_path.glob(".artistgraph-export-*"))


def test_cli_validate_refuses_a_store_with_bad_data(tmp_path):
    bad = Article("bad", "x", title="bad")
    extraction = Extraction(bad, [ExtractedEntity("Bad Single", R)], [
        Fact("Bad Single", "RELEASED_ON", "sometime", _ev("bad", "Out sometime.", 0.9)),
        Fact("Bad Single", "RELEASED_ON", "2024-02-30", _ev("bad", "Out Feb 30.", 0.9, 20)),
    ])
    s = build_store(tmp_path / "g.db", extra=[extraction])
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(app, ["export", "--db", s.path, "-o", str(out), "--validate"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("error: the export does not conform to shapes.ttl (2 violation")
    assert sum("Violation:" in line and "datePublished" in line for line in lines) == 2
    assert not out.exists()
    # without --validate the same data is exported
    assert CliRunner().invoke(app, ["export", "--db", s.path, "-o", str(out)]).exit_code == 0
    s.close()


def test_cli_usage_errors(store, tmp_path):
    runner = CliRunner()
    db = ["--db", str(store.path)]
    cases = [
        (["-f", "xml"], "--format must be one of"),
        (["-f", "neo4j-csv"], "give it with -o DIR"),
        (["-f", "graphml", "--validate"], "--validate checks RDF exports only"),
        (["--base", "no scheme here"], "--base must be an absolute IRI"),
    ]
    for args, message in cases:
        result = runner.invoke(app, ["export", *db, *args])
        assert result.exit_code == 2, args
        assert message in result.stderr and result.stderr.count("\n") == 1


def test_cli_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and result.stderr.startswith("error: ")


# -- GraphML -----------------------------------------------------------------------------
def test_graphml_reads_back_with_plain_attribute_values(store, tmp_path):
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(app, ["export", "--db", str(store.path), "--min-confidence", "0", "-f", "graphml",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    g = nx.read_graphml(out, force_multigraph=True)
    entities = store.entities()
    assert g.number_of_nodes() == len(entities)
    entity_facts = [f for f in store.facts(with_evidence=False)
                    if not RELATIONS[f.relation].is_dated]
    assert g.number_of_edges() == len(entity_facts)
    for _, data in g.nodes(data=True):
        assert all(isinstance(v, str | int | float) for v in data.values())
    for *_, data in g.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
    labels = {data["label"] for _, data in g.nodes(data=True)}
    for name in AWKWARD:
        assert name in labels
    v = g.nodes["agent:v"]
    assert v["type"] == "Person" and v["enlisted"] == '["2023-12", "unknown"]'
    assert g.nodes["release:layover"]["released_on"] == '["2023"]'
    member = [d for a, b, d in g.edges(data=True) if (a, b) == ("agent:v", "agent:bts")]
    assert member[0]["type"] == "MEMBER_OF" and member[0]["articles"] == 2


# -- neo4j-admin CSV ------------------------------------------------------------------------
# The header grammar neo4j-admin documents ("Import header format"): a
# property is name[:type] with one of these types, optionally an array (type[]).
NEO4J_TYPES = ("int", "long", "float", "double", "boolean", "byte", "short", "char",
               "string", "point", "date", "localtime", "time", "localdatetime",
               "datetime", "duration")
NEO4J_FIELD = re.compile(
    r"(?:[A-Za-z_][A-Za-z0-9_]*)?:(ID|START_ID|END_ID)(\([A-Za-z]+\))?"
    r"|:(LABEL|TYPE)"
    rf"|[A-Za-z_][A-Za-z0-9_]*(:({'|'.join(NEO4J_TYPES)})(\[\])?)?")


def read_neo4j_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_neo4j_csv_headers_and_rows(store, tmp_path):
    folder = tmp_path / "neo4j"
    result = CliRunner().invoke(app, ["export", "--db", str(store.path), "--min-confidence", "0", "-f", "neo4j-csv",
                                      "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    nodes_file, rels_file = folder / "entities.csv", folder / "relationships.csv"
    nodes_header = nodes_file.read_text(encoding="utf-8").splitlines()[0].split(",")
    rels_header = rels_file.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert nodes_header == NODE_HEADER and rels_header == RELATIONSHIP_HEADER
    for column in nodes_header + rels_header:
        assert NEO4J_FIELD.fullmatch(column), column
    assert nodes_header[0] == "key:ID(Entity)" and ":LABEL" in nodes_header
    assert rels_header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert "confidence:float" in rels_header

    nodes = read_neo4j_csv(nodes_file)
    rels = read_neo4j_csv(rels_file)
    by_key = {row["key:ID(Entity)"]: row for row in nodes}
    assert {row["name"] for row in nodes} >= set(AWKWARD)
    assert all(r[":START_ID(Entity)"] in by_key and r[":END_ID(Entity)"] in by_key for r in rels)
    assert by_key["agent:iu"]["aliases:string[]"].split(ARRAY_DELIMITER) == ["Lee Ji-eun", "이지은"]
    assert by_key["agent:v"]["enlisted:string[]"].split(ARRAY_DELIMITER) == ["2023-12", "unknown"]
    assert {row[":LABEL"] for row in nodes} == {"Person", "Group", "Release", "Organization"}
    assert {r[":TYPE"] for r in rels} <= set(RELATIONS)
    member = next(r for r in rels if r[":TYPE"] == "MEMBER_OF")
    assert float(member["confidence:float"]) == 0.95 and member["articles:int"] == "2"
    assert member["sources:string[]"].split(ARRAY_DELIMITER) == ["news/2024/iu-love-wins-all",
                                                                 "soompi:42"]

    command = result.stdout.strip()
    folder_abs = folder.resolve()
    assert command.startswith("neo4j-admin database import full ")
    assert f"--nodes=Entity={folder_abs / 'entities.csv'}" in command
    assert f"--relationships={folder_abs / 'relationships.csv'}" in command
    assert "--array-delimiter=U+001F" in command
    assert "--multiline-fields=true" in command  # "New\nLine" spans lines
    assert command.endswith(" neo4j")


def test_neo4j_csv_without_multiline_values_needs_no_multiline_flag(tmp_path):
    s = SQLiteStore(tmp_path / "g.db")
    a = Article("a", "x")
    s.load(Extraction(a, [ExtractedEntity("IU", P), ExtractedEntity("V", P)], [
        Fact("IU", "COLLABORATED_WITH", "V", _ev("a", "IU and V", 0.9))]))
    result = CliRunner().invoke(app, ["export", "--db", s.path, "-f", "neo4j-csv",
                                      "-o", str(tmp_path / "n")])
    assert result.exit_code == 0
    assert "--multiline-fields" not in result.stdout
    s.close()


def test_docstring_examples_hold():
    import doctest

    from artistgraph.graph.export import links, property_graph, rdf, shapes

    for module in (rdf, links, property_graph, shapes):
        assert doctest.testmod(module).failed == 0, module.__name__


# -- any GraphStore --------------------------------------------------------------------
@pytest.mark.bolt
def test_neo4j_store_exports_the_same_graph(tmp_path, request):
    """The exporters use only the GraphStore protocol: the Neo4j store, loaded
    with the same extractions, gives the same N-Triples but for load times."""
    pytest.importorskip("neo4j")
    neo4j_store = request.getfixturevalue("neo4j_store")
    neo4j_store.load_many(extractions())
    with build_store(tmp_path / "g.db") as sqlite_store:
        expected = export_bytes(sqlite_store, "ntriples").decode().splitlines()
    got = export_bytes(neo4j_store, "ntriples").decode().splitlines()

    def without_load_times(lines):
        return sorted(line for line in lines if "generatedAtTime" not in line)

    assert without_load_times(got) == without_load_times(expected)
    assert sum("generatedAtTime" in line for line in got) == 3
