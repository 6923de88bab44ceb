"""The end-to-end core: extraction on our own articles, the embedded store's
merging, idempotence and replacement, and the CLI commands' output and exits."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from artistgraph.graph.model import (
    Article,
    EntityType,
    Evidence,
    ExtractedEntity,
    Extraction,
    Fact,
)
from artistgraph.graph.sqlite_store import SQLiteStore
from artistgraph.queries import questions
from artistgraph.queries.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
runner = CliRunner()
P, G, R = EntityType.PERSON, EntityType.GROUP, EntityType.RELEASE


def _fact(article: str, s: str, rel: str, o: str | None, conf: float = 0.9) -> Fact:
    return Fact(s, rel, o, Evidence(article, f"{s} {rel} {o}.", 0, 10, conf, "test"))


def _extraction(aid: str, text: str, entities: list[ExtractedEntity], facts: list[Fact]) -> Extraction:
    return Extraction(Article(aid, text), entities, facts)


# -- extraction on articles we wrote, one relation at a time -------------------

CASES = [
    ("ARIA's Mina joined the stage.", ("Mina", "MEMBER_OF", "ARIA")),
    ("Korvel singer Dana Holt spoke to fans.", ("Dana Holt", "MEMBER_OF", "Korvel")),
    ("The band released the single “Paper Moons” (feat. Lio Park) last week.",
     ("Paper Moons", "FEATURES", "Lio Park")),
    ("Singer Tomas Reyes dropped “Cold Harbour,” his latest single, on March 3, 2023.",
     ("Cold Harbour", "BY_ARTIST", "Tomas Reyes")),
    ("Singer Tomas Reyes dropped “Cold Harbour,” his latest single, on March 3, 2023.",
     ("Cold Harbour", "RELEASED_ON", "2023-03-03")),
    ("The video for “Glass Rain” was directed by Ines Moreau.", ("Glass Rain", "DIRECTED_BY", "Ines Moreau")),
    ("Rapper Kato Vale teamed up with singer Ruby Lang for a new song.",
     ("Kato Vale", "COLLABORATED_WITH", "Ruby Lang")),
    ("LUMEN's Joon-ho will enlist on December 11, the agency said.", ("Joon-ho", "ENLISTED", "2024-12-11")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_relation_on_our_sentences(extractor, text, expected):
    extraction = extractor.extract(Article("case", text, published=date(2024, 11, 20)))
    triples = {(f.subject, f.relation, f.object) for f in extraction.facts}
    assert expected in triples, triples


def test_hedged_and_negated_statements_give_no_confident_fact(extractor):
    text = "Rapper Kato Vale denied rumours that he teamed up with singer Ruby Lang."
    facts = extractor.extract(Article("neg", text)).facts
    assert not [f for f in facts if f.relation == "COLLABORATED_WITH" and f.evidence.confidence >= 0.5]


def test_every_fact_carries_evidence_inside_the_article(extractor):
    article = Article("ev", CASES[3][0], published=date(2024, 11, 20))
    for fact in extractor.extract(article).facts:
        ev = fact.evidence
        assert ev.article == "ev" and 0 <= ev.start < ev.end <= len(article.text)
        assert ev.sentence and ev.sentence in article.text and 0 < ev.confidence <= 1 and ev.rule


def test_stated_alias_attaches_to_one_entity(extractor):
    text = "Kim Seo-jun, better known as JUNO, released “Blue Line” on Friday."
    extraction = extractor.extract(Article("al", text, published=date(2024, 11, 22)))
    juno = [e for e in extraction.entities if "JUNO" in e.names]
    assert len(juno) == 1 and "Kim Seo-jun" in juno[0].names


# -- the embedded store ------------------------------------------------------------

def test_alias_merging_across_two_articles(tmp_path):
    store = SQLiteStore(tmp_path / "g.db")
    store.load(_extraction("a1", "one", [ExtractedEntity("V", P, {"Kim Taehyung"}),
                                         ExtractedEntity("BTS", G)],
                           [_fact("a1", "V", "MEMBER_OF", "BTS")]))
    store.load(_extraction("a2", "two", [ExtractedEntity("Kim Taehyung", P),
                                         ExtractedEntity("Rainy Days", R)],
                           [_fact("a2", "Rainy Days", "BY_ARTIST", "Kim Taehyung")]))
    persons = [e for e in store.entities() if e.type == "Person"]
    assert len(persons) == 1
    shown = questions.show(store, "kim taehyung")
    assert {f["relation"] for f in shown["facts"]} == {"MEMBER_OF", "BY_ARTIST"}
    assert shown["articles"] == 2


def test_reload_is_idempotent_and_edit_replaces(tmp_path):
    store = SQLiteStore(tmp_path / "g.db")
    first = _extraction("a1", "text one", [ExtractedEntity("Ana", P), ExtractedEntity("Bo", P)],
                        [_fact("a1", "Ana", "COLLABORATED_WITH", "Bo")])
    assert store.load(first).status == "new"
    before = store.stats()
    assert store.load(first).status == "unchanged"
    assert store.stats() == before
    edited = _extraction("a1", "text two", [ExtractedEntity("Ana", P), ExtractedEntity("Cy", P)],
                         [_fact("a1", "Ana", "COLLABORATED_WITH", "Cy")])
    assert store.load(edited).status == "replaced"
    pairs = {(r["a"], r["b"]) for r in questions.collaborations(store)}
    assert pairs == {("Ana", "Cy")}
    assert "Bo" not in {e.name for e in store.entities()}


def test_symmetric_fact_is_stored_once(tmp_path):
    store = SQLiteStore(tmp_path / "g.db")
    store.load(_extraction("a1", "x", [ExtractedEntity("Ana", P), ExtractedEntity("Bo", P)],
                           [_fact("a1", "Ana", "COLLABORATED_WITH", "Bo")]))
    store.load(_extraction("a2", "y", [ExtractedEntity("Ana", P), ExtractedEntity("Bo", P)],
                           [_fact("a2", "Bo", "COLLABORATED_WITH", "Ana")]))
    rows = questions.collaborations(store)
    assert len(rows) == 1 and rows[0]["articles"] == 2


# -- the CLI on the examples -------------------------------------------------------

@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory, extractor) -> Path:
    db = tmp_path_factory.mktemp("cli") / "examples.db"
    result = runner.invoke(app, ["load", str(EXAMPLES), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return db


def test_load_summary_and_reload_changes_nothing(loaded_db):
    result = runner.invoke(app, ["load", str(EXAMPLES), "--db", str(loaded_db), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["unchanged"] == summary["articles"] >= 6
    assert summary["new_facts"] == 0


def test_collaborators_json_accepts_an_alias(loaded_db):
    result = runner.invoke(app, ["collaborators", "SEUNG", "--db", str(loaded_db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["collaborators"], data
    assert all(r["articles"] >= 1 and r["evidence"] >= 1 for r in data["collaborators"])
    by_alias = runner.invoke(app, ["collaborators", "Kim Seung-ho", "--db", str(loaded_db), "--json"])
    assert json.loads(by_alias.stdout)["key"] == data["key"]


def test_collaborations_and_stats_json(loaded_db):
    pairs = json.loads(runner.invoke(app, ["collaborations", "--db", str(loaded_db), "--json"]).stdout)
    assert pairs and all(p["a"] != p["b"] for p in pairs)
    every = json.loads(runner.invoke(app, ["collaborations", "--db", str(loaded_db), "--json",
                                           "--min-confidence", "0"]).stdout)
    assert len(every) >= len(pairs) and all(p["confidence"] >= 0.5 for p in pairs)
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(loaded_db), "--json"]).stdout)
    # stats counts every stored fact; the listing leaves out those below the default threshold
    assert stats["articles"] >= 6 and stats["facts_by_relation"]["COLLABORATED_WITH"] == len(every)


def test_show_lists_sources(loaded_db):
    data = json.loads(runner.invoke(app, ["show", "SEUNG", "--db", str(loaded_db), "--json"]).stdout)
    assert data["facts"] and all(f["sources"] for f in data["facts"])


def test_unknown_name_says_did_you_mean(loaded_db):
    result = runner.invoke(app, ["collaborators", "SEUNGG", "--db", str(loaded_db)])
    assert result.exit_code == 1
    assert "did you mean" in result.stderr and "SEUNG" in result.stderr


def test_extract_prints_one_fact_per_line(tmp_path):
    result = runner.invoke(app, ["extract", str(EXAMPLES / "corpus.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines
    for rec in lines:
        assert {"subject", "relation", "object", "article", "sentence", "start", "end", "confidence"} <= rec.keys()


def test_bad_input_one_line_error_and_nothing_written(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Fine text."}\n{not json\n', encoding="utf-8")
    db = tmp_path / "bad.db"
    result = runner.invoke(app, ["load", str(bad), "--db", str(db), "--strict"])
    assert result.exit_code == 1
    assert f"{bad}:2" in result.stderr
    if db.exists():
        assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    missing = runner.invoke(app, ["load", str(tmp_path / "nope.txt"), "--db", str(db)])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
