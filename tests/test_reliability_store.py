"""The embedded store never loses a committed fact and never keeps half an article.

Real SQLite files and real processes: a loader is SIGKILLed mid-load and run
again; two loaders and a reader share one file; odd names go in and come out
verbatim; old, newer and foreign files are opened. Extractions are built by hand
(:func:`corpus_extraction`) so these tests do not depend on spaCy.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from artistgraph.graph import sqlite_store
from artistgraph.graph.model import (
    Article,
    EntityType,
    Evidence,
    ExtractedEntity,
    Extraction,
    Fact,
    normalize_name,
)
from artistgraph.graph.sqlite_store import SCHEMA_VERSION, SQLiteStore
from artistgraph.graph.store import StoreError
from artistgraph.queries.cli import app

TESTS = Path(__file__).parent
WALL = 120  # seconds; a deadlock shows up as a timeout, not a hang


# -- a deterministic corpus -----------------------------------------------------
def corpus_extraction(i: int, version: int = 1) -> Extraction:
    """Article ``i`` of a generated corpus. Every entity always carries the same
    name and aliases, so entity resolution gives the same graph whatever order
    the articles are loaded in. Version 2 edits every third article."""
    edited = version == 2 and i % 3 == 0
    person, featured = f"Singer {i % 50}", f"Singer {(i + 7) % 50}"
    group, release, director = f"Group {i % 10}", f"Release {i}", f"Director {i % 20}"
    day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" if not edited else f"2025-{1 + i % 12:02d}"
    text = (f"{person} of {group} released {release} on {day} with {featured}; "
            f"the video was directed by {director}." + (" Edited." if edited else ""))
    article = Article(f"art-{i:05d}", text, title=f"News {i}", published=date(2024, 1, 1),
                      source=f"https://example.org/{i}")
    entities = [
        ExtractedEntity(person, EntityType.PERSON, {f"S{i % 50}"}),
        ExtractedEntity(featured, EntityType.PERSON, {f"S{(i + 7) % 50}"}),
        ExtractedEntity(group, EntityType.GROUP),
        ExtractedEntity(release, EntityType.RELEASE),
        ExtractedEntity(director, EntityType.PERSON),
    ]
    triples = [(person, "MEMBER_OF", group), (release, "BY_ARTIST", group),
               (release, "FEATURES", featured), (featured, "COLLABORATED_WITH", group),
               (release, "DIRECTED_BY", director), (release, "RELEASED_ON", day)]
    if edited:
        triples.append((person, "ENLISTED", None))
    facts = [Fact(s, r, o, Evidence(article.id, text, k, k + 10, 0.5 + k / 100, f"rule{k}"))
             for k, (s, r, o) in enumerate(triples)]
    return Extraction(article, entities, facts)


LOADER = """
import sys
sys.path.insert(0, {tests!r})
from test_reliability_store import corpus_extraction
from artistgraph.graph.sqlite_store import SQLiteStore

db, start, stop, version = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with SQLiteStore(db) as store:
    for i in range(start, stop):
        store.load(corpus_extraction(i, version))
"""


def loader(tmp_path: Path, db: Path, start: int, stop: int, version: int = 1) -> subprocess.Popen:
    script = tmp_path / "loader.py"
    script.write_text(LOADER.format(tests=str(TESTS)))
    return subprocess.Popen([sys.executable, str(script), str(db), str(start), str(stop),
                             str(version)], stderr=subprocess.PIPE, text=True)


def clean_load(db: Path, indices, version: int = 1) -> None:
    with SQLiteStore(db) as store:
        for i in indices:
            store.load(corpus_extraction(i, version))


def dump(db: Path) -> tuple[dict, list, list]:
    """Everything a store holds, minus load times: stats, entities, and each
    article's full contribution."""
    with SQLiteStore(db, create=False) as store:
        articles = [{k: v for k, v in a.items() if k != "loaded_at"}
                    for a in store.dump_articles()]
        for a in articles:
            for key in ("mentions", "aliases", "evidence"):
                a[key] = sorted(a[key], key=lambda x: json.dumps(x, sort_keys=True))
        return store.stats(), store.entities(), articles


def article_count(db: Path) -> int:
    """Committed articles, read on a separate connection (0 before the schema exists)."""
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=WALL)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # table not created yet
        return 0
    finally:
        con.close()


def assert_whole_articles(db: Path, version_of) -> None:
    """Each stored article has exactly the mentions and evidence its extraction
    carries (no half article), and the file passes integrity_check."""
    con = sqlite3.connect(db, timeout=WALL)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute(
            "SELECT a.id, a.hash, (SELECT count(*) FROM evidence v WHERE v.article_id = a.id), "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a")
        for aid, digest, n_evidence, n_mentions in rows:
            i = int(aid.split("-")[1])
            extraction = corpus_extraction(i, version_of(i, digest))
            assert digest == extraction.article.content_hash
            assert (n_evidence, n_mentions) == (len(extraction.facts), len(extraction.entities))
        orphans = con.execute(
            "SELECT count(*) FROM evidence WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        con.close()


def wait_for(proc: subprocess.Popen, condition, what: str) -> None:
    """Poll ``condition()`` until true; fail (not hang) if the process ends first."""
    deadline = time.monotonic() + WALL
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"loader ended before {what} (exit {proc.returncode}): "
                        f"{proc.stderr.read()}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=WALL)
    assert proc.returncode == -signal.SIGKILL


# -- 3. crash safety -------------------------------------------------------------
N = 800


def test_sigkill_mid_load_then_reload_equals_one_clean_load(tmp_path):
    db, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    kills, seen = 0, 0
    for round_ in range(1, 4):
        proc = loader(tmp_path, db, 0, N)
        target = max(seen + 1, round_ * N // 4)  # kill at about 1/4, 1/2 and 3/4 of the corpus
        wait_for(proc, lambda target=target: article_count(db) >= target,
                 "more articles were committed")
        kill(proc)
        kills += 1
        after = article_count(db)
        assert seen < after < N, "the kill must land mid-load"
        seen = after  # committed before the kill: never lost afterwards
        assert_whole_articles(db, lambda i, h: 1)
        print(f"kill {kills}: {after} of {N} articles committed, all whole")
    proc = loader(tmp_path, db, 0, N)
    assert proc.wait(timeout=WALL) == 0, proc.stderr.read()
    clean_load(clean, range(N))
    assert kills == 3
    killed_dump, clean_dump = dump(db), dump(clean)
    assert killed_dump[0]["articles"] == N and killed_dump[0]["evidence"] == 6 * N
    assert killed_dump == clean_dump
    print(f"after the reload: {killed_dump[0]['articles']} articles, {killed_dump[0]['entities']} "
          f"entities, {killed_dump[0]['facts']} facts, {killed_dump[0]['evidence']} evidence "
          "(= one clean load)")


def test_sigkill_while_replacing_edited_articles(tmp_path):
    """An edited article is replaced in one transaction: after a kill each
    article is wholly the old or wholly the new version."""
    db, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    m = 450
    clean_load(db, range(m))
    v1 = {i: corpus_extraction(i, 1).article.content_hash for i in range(m)}
    proc = loader(tmp_path, db, 0, m, version=2)
    replaced = lambda: _count(db, "SELECT count(*) FROM articles WHERE title LIKE 'News %' "  # noqa: E731
                              "AND id IN (SELECT article_id FROM evidence WHERE rule='rule6')")
    wait_for(proc, lambda: replaced() > 0, "an edited article was replaced")
    kill(proc)
    assert 0 < replaced() < m // 3
    assert_whole_articles(db, lambda i, h: 1 if h == v1[i] else 2)
    proc = loader(tmp_path, db, 0, m, version=2)
    assert proc.wait(timeout=WALL) == 0, proc.stderr.read()
    clean_load(clean, range(m), version=2)
    assert dump(db) == dump(clean)


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db, timeout=WALL)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# -- 4. concurrency --------------------------------------------------------------
READER = """
import sqlite3, sys, time
sys.path.insert(0, {tests!r})
from test_reliability_store import corpus_extraction
from artistgraph.graph.sqlite_store import SQLiteStore
from artistgraph.queries import questions

db, total = sys.argv[1], int(sys.argv[2])
partial = reads = 0
deadline = time.monotonic() + 110
while time.monotonic() < deadline:
    try:
        con = sqlite3.connect(db, timeout=60)
        con.execute("BEGIN")  # one snapshot for the whole check
        rows = con.execute(
            "SELECT a.id, (SELECT count(*) FROM evidence v WHERE v.article_id = a.id) "
            "FROM articles a").fetchall()
        con.execute("COMMIT")
        con.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            continue  # the schema is not created yet
        raise
    for aid, n in rows:
        assert n == len(corpus_extraction(int(aid.split("-")[1])).facts), (aid, n)
    reads += 1
    partial += 0 < len(rows) < total
    if rows:
        with SQLiteStore(db, create=False) as store:  # the store API reads too
            store.stats()
            questions.show(store, "Group 1")
    if len(rows) == total:
        break
print(reads, partial, len(rows))
"""


def test_two_loaders_and_a_reader_on_one_new_file(tmp_path):
    """Both loaders start on a file that does not exist yet (racing to create the
    schema and switch to WAL); their ranges overlap; a reader checks each
    snapshot while they run."""
    db, clean = tmp_path / "shared.db", tmp_path / "clean.db"
    reader_script = tmp_path / "reader.py"
    reader_script.write_text(READER.format(tests=str(TESTS)))
    started = time.monotonic()
    reader = subprocess.Popen([sys.executable, str(reader_script), str(db), "1050"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    a = loader(tmp_path, db, 0, 700)
    b = loader(tmp_path, db, 350, 1050)
    assert a.wait(timeout=WALL) == 0, a.stderr.read()
    assert b.wait(timeout=WALL) == 0, b.stderr.read()
    out, err = reader.communicate(timeout=WALL)
    assert reader.returncode == 0, err
    assert time.monotonic() - started < WALL
    reads, partial, final = map(int, out.split())
    assert final == 1050 and reads >= 1 and partial >= 1, out
    print(f"{reads} consistent reads ({partial} mid-load) in {time.monotonic() - started:.1f} s")
    assert _count(db, "PRAGMA integrity_check") == "ok"
    clean_load(clean, range(1050))
    shared, single = dump(db), dump(clean)
    assert shared[0]["articles"] == 1050 and shared == single


def test_connection_settings_serialise_writers(tmp_path):
    """WAL lets readers go on during a write; BEGIN IMMEDIATE plus a busy
    timeout make a second writer wait for the lock instead of failing."""
    db = tmp_path / "s.db"
    with SQLiteStore(db) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
        store.db.execute("BEGIN IMMEDIATE")  # hold the write lock, as a loader does
        other = sqlite3.connect(db, timeout=0.1)
        assert other.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # reads go on
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        store.db.execute("ROLLBACK")


# -- 5. injection and odd names ------------------------------------------------------
ODD = [
    "Robert'); DROP TABLE entities;--",
    "MATCH (n) DETACH DELETE n",
    "x\" OR \"1\"=\"1",
    "back\\slash \\n not a newline",
    "two\nlines",
    "$param {name: 'x'}",
    "💜 emoji ✨",
    "...",
    "?!",
]


def odd_extraction() -> Extraction:
    release = "Love'); DELETE FROM facts;--"
    text = "\n".join(f"{name} recorded {release}." for name in ODD) + " `} RETURN 1 //"
    article = Article("id'\"; --", text, title="Title\n'); DROP TABLE articles;--")
    entities = [ExtractedEntity(n, EntityType.PERSON) for n in ODD]
    entities.append(ExtractedEntity(release, EntityType.RELEASE, {"MERGE (r:Release)"}))
    facts = [Fact(release, "BY_ARTIST", n, Evidence(article.id, f"{n}\n'\"\\", k, k + 1, 0.9,
                                                     "rule'--")) for k, n in enumerate(ODD)]
    facts += [Fact(ODD[0], "COLLABORATED_WITH", n, Evidence(article.id, n, 100 + k, 101 + k,
                                                            0.9, "collab")) for k, n in
              enumerate(ODD[1:])]
    return Extraction(article, entities, facts)


def test_odd_names_are_stored_and_returned_verbatim(tmp_path):
    db = tmp_path / "odd.db"
    extraction = odd_extraction()
    with SQLiteStore(db) as store:
        store.load(extraction)
        names = {e.name for e in store.entities()}
        assert names == {e.name for e in extraction.entities}
        assert len({normalize_name(n) for n in ODD}) == len(ODD)  # none merged
        (article,) = store.articles()
        assert (article["id"], article["title"]) == (extraction.article.id,
                                                      extraction.article.title)
        sentences = {e.sentence for f in store.facts() for e in f.evidence}
        assert sentences == {f.evidence.sentence for f in extraction.facts}
        assert {e.rule for f in store.facts() for e in f.evidence} == {"rule'--", "collab"}
        assert store.stats()["facts"] == len(extraction.facts)
    tables = {r[0] for r in sqlite3.connect(db).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"entities", "facts", "articles"} <= tables


@pytest.mark.parametrize("name", ODD)
def test_cli_show_and_collaborators_json_return_names_verbatim(tmp_path, name):
    db = tmp_path / "odd.db"
    with SQLiteStore(db) as store:
        store.load(odd_extraction())
    runner = CliRunner()
    shown = runner.invoke(app, ["show", name, "--db", str(db), "--json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["name"] == name
    assert {f["other"] for f in data["facts"] if f["relation"] == "BY_ARTIST"} == {
        "Love'); DELETE FROM facts;--"}
    assert any(s["sentence"].startswith(f"{name}\n'\"\\") for f in data["facts"]
               for s in f["sources"])
    collab = runner.invoke(app, ["collaborators", name, "--db", str(db), "--json"])
    assert collab.exit_code == 0, collab.output
    got = {c["name"] for c in json.loads(collab.stdout)["collaborators"]}
    assert got == (set(ODD[1:]) if name == ODD[0] else {ODD[0]})


def test_real_cli_prints_odd_names_verbatim(tmp_path):
    db = tmp_path / "odd.db"
    with SQLiteStore(db) as store:
        store.load(odd_extraction())
    cli = Path(sys.executable).parent / "artistgraph"
    out = subprocess.run([str(cli), "collaborators", ODD[0], "--db", str(db), "--json"],
                         capture_output=True, text=True, timeout=WALL)
    assert out.returncode == 0, out.stderr
    assert {c["name"] for c in json.loads(out.stdout)["collaborators"]} == set(ODD[1:])


# -- 6. store format versions -------------------------------------------------------
V0_SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, published TEXT,
    source TEXT, loaded_at TEXT NOT NULL);
CREATE TABLE entities (key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE TABLE mentions (article_id TEXT NOT NULL REFERENCES articles(id),
    entity_key TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_key, name));
CREATE TABLE aliases (norm TEXT NOT NULL, entity_key TEXT NOT NULL, alias TEXT NOT NULL,
    article_id TEXT NOT NULL, PRIMARY KEY (norm, entity_key, article_id));
CREATE TABLE facts (id INTEGER PRIMARY KEY, relation TEXT NOT NULL, subject TEXT NOT NULL,
    object TEXT NOT NULL, UNIQUE (relation, subject, object));
CREATE TABLE evidence (fact_id INTEGER NOT NULL REFERENCES facts(id), article_id TEXT NOT NULL,
    sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    confidence REAL NOT NULL, rule TEXT NOT NULL,
    PRIMARY KEY (fact_id, article_id, start, "end", rule));
"""


def make_v0_store(path: Path) -> None:
    """A store as written before the format was versioned: user_version 0, no
    meta table, no evidence.flags, and '...' folded to the norm ''."""
    con = sqlite3.connect(path)
    con.executescript(V0_SCHEMA)
    con.executescript("""
        INSERT INTO articles VALUES ('old-1', 'h1', 'Old news', '2023-05-01', 'x', '2023-05-02');
        INSERT INTO entities VALUES ('agent:...', '...', 'Group'),
                                    ('release:echo', 'Echo', 'Release');
        INSERT INTO mentions VALUES ('old-1', 'agent:...', '...', 'Group'),
                                    ('old-1', 'release:echo', 'Echo', 'Release');
        INSERT INTO aliases VALUES ('', 'agent:...', '...', 'old-1'),
                                   ('echo', 'release:echo', 'Echo', 'old-1');
        INSERT INTO facts VALUES (1, 'BY_ARTIST', 'release:echo', 'agent:...');
        INSERT INTO evidence VALUES (1, 'old-1', '... released Echo.', 0, 18, 0.8, 'credit');
    """)
    con.commit()
    con.close()


def test_version_0_store_is_migrated_in_place(tmp_path):
    db = tmp_path / "v0.db"
    make_v0_store(db)
    with SQLiteStore(db, create=False) as store:
        assert store.migrated_from == 0
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        stats = store.stats()
        assert (stats["articles"], stats["entities"], stats["facts"], stats["evidence"]) == (
            1, 2, 1, 1)
        (fact,) = store.facts()
        assert (fact.subject_name, fact.object_name, fact.evidence[0].sentence) == (
            "Echo", "...", "... released Echo.")
        assert store.lookup(["..."])["..."][0].key == "agent:..."  # the norm was re-folded
        assert store.lookup([""]) == {}
        # The migrated store takes new articles, and '--' no longer merges with '...'.
        new = Extraction(Article("new-1", "-- released Dusk."),
                         [ExtractedEntity("--", EntityType.GROUP),
                          ExtractedEntity("Dusk", EntityType.RELEASE)],
                         [Fact("Dusk", "BY_ARTIST", "--", Evidence("new-1", "s", 0, 2, 0.9, "r"),
                               ("flagged",))])
        store.load(new)
        assert store.stats()["entities"] == 4
        assert store.db.execute("SELECT flags FROM evidence WHERE article_id='new-1'"
                                ).fetchone()[0] == "flagged"
    with SQLiteStore(db, create=False) as again:
        assert again.migrated_from is None  # migrated once only
    result = CliRunner().invoke(app, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 2


def test_failed_migration_leaves_the_file_unchanged(tmp_path, monkeypatch):
    db = tmp_path / "v0.db"
    make_v0_store(db)
    before = db.read_bytes()

    def broken(con: sqlite3.Connection) -> None:
        con.execute("ALTER TABLE no_such_table ADD COLUMN x")

    monkeypatch.setattr(sqlite_store, "MIGRATIONS", [*sqlite_store.MIGRATIONS, broken])
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match=r"cannot migrate store format 0 .*file is unchanged"):
        SQLiteStore(db, create=False)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 0
    assert "flags" not in {r[1] for r in con.execute("PRAGMA table_info(evidence)")}
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='meta'").fetchone()[0] == 0
    con.close()
    assert len(before) > 0


def test_newer_store_format_is_refused_with_a_clear_error(tmp_path):
    db = tmp_path / "future.db"
    SQLiteStore(db).close()
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    with pytest.raises(StoreError, match=r"newer artistgraph .* upgrade artistgraph"):
        SQLiteStore(db)
    result = CliRunner().invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "store format" in result.stderr
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


@pytest.mark.parametrize("content", [b"artist,release\nIU,Love wins all\n", b"\x00" * 4096,
                                     b"SQLite format 3\x00" + b"\xff" * 100])
def test_non_sqlite_file_as_db_is_a_one_line_error(tmp_path, content):
    db = tmp_path / "notes.db"
    db.write_bytes(content)
    cli = Path(sys.executable).parent / "artistgraph"
    out = subprocess.run([str(cli), "stats", "--db", str(db)], capture_output=True, text=True,
                         timeout=WALL, env={**os.environ, "ARTISTGRAPH_DB": ""})
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.startswith(f"error: {db}: not an artistgraph store")
    assert out.stderr.count("\n") == 1
    (tmp_path / "a.txt").write_text("Some article.")
    for args in (["show", "IU"], ["load", str(tmp_path / "a.txt")]):
        result = CliRunner().invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith(f"error: {db}: not an artistgraph store"), args
    assert db.read_bytes() == content  # left as it was


def test_foreign_sqlite_database_is_not_taken_over(tmp_path):
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match=r"not an artistgraph store .*lacks the tables"):
        SQLiteStore(db)
    tables = {r[0] for r in sqlite3.connect(db).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_inconsistent_extraction_is_refused_whole(tmp_path):
    db = tmp_path / "s.db"
    bad = corpus_extraction(1)
    bad.facts.append(Fact("Nobody", "MEMBER_OF", "Group 1", bad.facts[0].evidence))
    with SQLiteStore(db) as store:
        with pytest.raises(StoreError, match="unknown subject 'Nobody'"):
            store.load(bad)
        assert store.stats()["articles"] == 0 and store.stats()["entities"] == 0


# -- 5b. odd names through every export ----------------------------------------------
# Beyond ODD: what CSV, XML and the RDF syntaxes each treat specially.
EXPORT_ODD = [*ODD, "cr\rname", "ends in a backslash\\", "tab\there", 'say ""hi""',
              "a,b;c|d", "<b>&amp;</b>", "line\u2028sep", "null"]


def export_odd_extraction() -> Extraction:
    """Every EXPORT_ODD name as a group with an odd alias, each linked to the
    first; sentences, article id and title odd too."""
    article = Article("id'\"; --\\n", "text", title="Title\r\n'); DROP TABLE articles;-- \\")
    entities = [ExtractedEntity(n, EntityType.GROUP, {f"{n} \\alias\n'"}) for n in EXPORT_ODD]
    facts = [Fact(EXPORT_ODD[0], "COLLABORATED_WITH", n,
                  Evidence(article.id, f"{n}\r\n'\"\\ MERGE (x) //", k, k + 1, 0.9, "r"))
             for k, n in enumerate(EXPORT_ODD[1:])]
    return Extraction(article, entities, facts)


def test_odd_names_are_verbatim_in_every_export(tmp_path):
    """Each export format, written by the real command and read back by a real
    parser (rdflib, networkx, csv), returns every name, alias and article id as
    stored; RDF also the sentences and the title."""
    import csv

    import networkx as nx
    import rdflib

    from artistgraph.graph.export import FORMATS, RDF_FORMATS
    from artistgraph.graph.export.property_graph import ARRAY_DELIMITER
    from artistgraph.graph.export.rdf import RDFLIB_FORMATS

    db = tmp_path / "odd.db"
    extraction = export_odd_extraction()
    with SQLiteStore(db) as store:
        store.load(extraction)
        stored = {e.name for e in store.entities()}
    names = set(EXPORT_ODD)
    assert stored == names  # none merged, none altered on the way in
    aliases = {a for e in extraction.entities for a in e.names} - names
    sentences = {f.evidence.sentence for f in extraction.facts}
    article = extraction.article
    runner = CliRunner()
    checked = set()
    for fmt in RDF_FORMATS:
        result = runner.invoke(app, ["export", "--db", str(db), "-f", fmt])
        assert result.exit_code == 0, (fmt, result.output)
        graph = rdflib.Dataset() if fmt in ("trig", "nquads") else rdflib.Graph()
        graph.parse(data=result.stdout_bytes, format=RDFLIB_FORMATS[fmt])
        literals = {str(o) for o in graph.objects() if isinstance(o, rdflib.Literal)}
        if isinstance(graph, rdflib.Dataset):  # objects() of a dataset: the default graph only
            literals = {str(q[2]) for q in graph.quads() if isinstance(q[2], rdflib.Literal)}
        for wanted in (names, aliases, sentences, {article.id, article.title}):
            assert wanted <= literals, (fmt, wanted - literals)
        checked.add(fmt)

    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(out, force_multigraph=True)
    assert {d["label"] for _, d in g.nodes(data=True)} == names
    assert set().union(*(json.loads(d["aliases"]) for _, d in g.nodes(data=True))) == aliases
    assert {s for *_, d in g.edges(data=True) for s in json.loads(d["sources"])} == {article.id}
    checked.add("graphml")

    folder = tmp_path / "csv"
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "neo4j-csv", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    assert "--multiline-fields=true" in result.stdout
    with (folder / "entities.csv").open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as handle:
        rels = list(csv.DictReader(handle))
    assert {r["name"] for r in nodes} == names
    assert {a for r in nodes for a in r["aliases:string[]"].split(ARRAY_DELIMITER)} == aliases
    assert {r["sources:string[]"] for r in rels} == {article.id}
    assert len(rels) == len(extraction.facts)
    checked.add("neo4j-csv")
    assert checked == set(FORMATS)  # a new format must join this test


# -- 6b. every migration path ends at the schema of a new store ------------------------
def schema_of(db: Path) -> dict:
    """Tables with their columns (name, type, not-null, default, key) and
    indexes with their columns: what a store's queries rely on."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {
            "version": con.execute("PRAGMA user_version").fetchone()[0],
            "tables": {t: [r[1:] for r in con.execute(f"PRAGMA table_info({t})")]
                       for t in tables},
            "indexes": {(r[1], t): [c[2] for c in con.execute(f"PRAGMA index_info('{r[1]}')")]
                        for t in tables for r in con.execute(f"PRAGMA index_list({t})")},
        }
    finally:
        con.close()


def make_v1_store(path: Path) -> None:
    """A store as format 1 wrote it: meta and evidence.flags, but punctuation
    names still folded to '' and no mentions_entity index."""
    make_v0_store(path)
    con = sqlite3.connect(path, isolation_level=None)
    sqlite_store.MIGRATIONS[0](con)
    con.execute("PRAGMA user_version = 1")
    con.close()


@pytest.mark.parametrize("make_old", [make_v0_store, make_v1_store], ids=["v0", "v1"])
def test_every_old_format_migrates_to_the_schema_of_a_new_store(tmp_path, make_old):
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    make_old(old)
    before = schema_of(old)["version"]
    with SQLiteStore(old, create=False) as store:
        assert store.migrated_from == before
        assert store.lookup(["..."])["..."][0].name == "..."  # re-folded by format 2
        assert store.stats()["evidence"] == 1
    SQLiteStore(new).close()
    assert schema_of(old) == schema_of(new)
    assert schema_of(new)["version"] == SCHEMA_VERSION
