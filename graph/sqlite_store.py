"""The embedded default store: one SQLite file.

Each article is loaded in one ``BEGIN IMMEDIATE`` transaction, so a crash
leaves either all of an article or none of it, and concurrent writers are
serialised by SQLite's lock (readers go on in WAL mode). Everything an
article contributes (mentions, aliases, evidence) is keyed by its id, so
re-loading an edited article deletes exactly its old contribution first.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from artistgraph.graph.model import RELATIONS, Evidence, Extraction, normalize_name
from artistgraph.graph.resolve import resolve_keys, vote_type
from artistgraph.graph.store import LoadResult, StoredEntity, StoredFact, StoreError

DEFAULT_DB = "artistgraph.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, published TEXT,
    source TEXT, loaded_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id), entity_key TEXT NOT NULL,
    name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (article_id, entity_key, name));
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_key);
CREATE TABLE IF NOT EXISTS aliases (
    norm TEXT NOT NULL, entity_key TEXT NOT NULL, alias TEXT NOT NULL,
    article_id TEXT NOT NULL, PRIMARY KEY (norm, entity_key, article_id));
CREATE INDEX IF NOT EXISTS aliases_entity ON aliases(entity_key);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY, relation TEXT NOT NULL, subject TEXT NOT NULL,
    object TEXT NOT NULL,  -- entity key, ISO date, or '' for an undated fact
    UNIQUE (relation, subject, object));
CREATE INDEX IF NOT EXISTS facts_object ON facts(object);
CREATE TABLE IF NOT EXISTS evidence (
    fact_id INTEGER NOT NULL REFERENCES facts(id), article_id TEXT NOT NULL,
    sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    confidence REAL NOT NULL, rule TEXT NOT NULL, flags TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (fact_id, article_id, start, "end", rule));
CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article_id);
"""
CORE_TABLES = frozenset({"articles", "entities", "mentions", "aliases", "facts", "evidence"})


# -- store format migrations ---------------------------------------------------
# The format is PRAGMA user_version. MIGRATIONS[n] turns format n into n + 1 and
# runs inside the opening transaction, so a failed migration leaves the file as
# it was. A new store is created at the latest format directly from SCHEMA.
def _migrate_0_to_1(db: sqlite3.Connection) -> None:
    """Format 0 (unversioned, before user_version was set): no meta table, no
    evidence.flags column, and not necessarily the indexes format 1 has."""
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # Without these a migrated store works but every replace and lookup scans a table.
    db.execute("CREATE INDEX IF NOT EXISTS aliases_entity ON aliases(entity_key)")
    db.execute("CREATE INDEX IF NOT EXISTS facts_object ON facts(object)")
    db.execute("CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article_id)")
    columns = {row[1] for row in db.execute("PRAGMA table_info(evidence)")}
    if "flags" not in columns:
        db.execute("ALTER TABLE evidence ADD COLUMN flags TEXT NOT NULL DEFAULT ''")


def _migrate_1_to_2(db: sqlite3.Connection) -> None:
    """Format 2 folds names made only of punctuation to themselves instead of
    '' (so "..." and "--" stop sharing one alias norm): re-fold every alias.
    It also indexes mentions by entity, without which each load re-scanned all
    mentions (loading grew quadratic)."""
    db.execute("CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_key)")
    rows = db.execute("SELECT rowid, norm, alias FROM aliases").fetchall()
    for rowid, norm, alias in rows:
        folded = normalize_name(alias)
        if folded != norm:
            # OR IGNORE: two aliases of one entity may now fold alike; one row is enough.
            db.execute("UPDATE OR IGNORE aliases SET norm = ? WHERE rowid = ?", (folded, rowid))
            db.execute("DELETE FROM aliases WHERE rowid = ? AND norm = ?", (rowid, norm))


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_0_to_1, _migrate_1_to_2]
SCHEMA_VERSION = len(MIGRATIONS)


def default_db_path() -> Path:
    return Path(os.environ.get("ARTISTGRAPH_DB") or DEFAULT_DB)


class SQLiteStore:
    """A graph store in one SQLite file.

    >>> store = SQLiteStore(":memory:")
    >>> store.stats()["entities"]
    0
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, create: bool = True):
        self.path = str(path)
        if self.path != ":memory:" and not create and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run 'artistgraph load' first)")
        try:
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 60000")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._init_schema()
        except (sqlite3.DatabaseError, StoreError) as exc:
            if getattr(self, "db", None) is not None:
                self.db.close()  # or the refused file stays open (and locked on Windows)
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{self.path}: not an artistgraph store ({exc})") from exc

    # -- schema --------------------------------------------------------------
    def _init_schema(self) -> None:
        """Create a new store, or bring an older one up to SCHEMA_VERSION.

        ``self.migrated_from`` is the format the file had when it was migrated
        on opening, else None."""
        self.migrated_from: int | None = None
        with self._transaction():
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if version == 0 and not tables:
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written by a newer artistgraph (store format {version}, "
                    f"this version reads up to {SCHEMA_VERSION}); upgrade artistgraph")
            elif not CORE_TABLES.issubset(tables):
                raise StoreError(
                    f"{self.path}: an SQLite file but not an artistgraph store (it lacks the "
                    f"tables {', '.join(sorted(CORE_TABLES - tables))}); give another --db")
            elif version < SCHEMA_VERSION:
                try:
                    for step in range(version, SCHEMA_VERSION):
                        MIGRATIONS[step](self.db)
                except sqlite3.Error as exc:
                    raise StoreError(
                        f"{self.path}: cannot migrate store format {version} to "
                        f"{SCHEMA_VERSION} ({exc}); the file is unchanged: re-load your "
                        "articles into a new store") from exc
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self.migrated_from = version

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- writing -------------------------------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def load_many(self, extractions: Iterable[Extraction]) -> list[LoadResult]:
        return [self.load(e) for e in extractions]

    def load(self, extraction: Extraction) -> LoadResult:
        article = extraction.article
        with self._transaction() as db:
            row = db.execute("SELECT hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row and row[0] == article.content_hash:
                return LoadResult(article.id, "unchanged")
            status = "replaced" if row else "new"
            if row:
                self._remove_article(article.id)
            db.execute(
                "INSERT INTO articles(id, hash, title, published, source, loaded_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (article.id, article.content_hash, article.title,
                 article.published.isoformat() if article.published else None,
                 article.source, datetime.now(UTC).isoformat(timespec="seconds")))
            self._check(extraction)
            keys = resolve_keys(extraction.entities, self._lookup_in_tx)
            new_entities = 0
            touched: set[str] = set()
            for entity in extraction.entities:
                key = keys[entity.name]
                touched.add(key)
                if db.execute("SELECT 1 FROM entities WHERE key = ?", (key,)).fetchone() is None:
                    db.execute("INSERT INTO entities(key, name, type) VALUES (?, ?, ?)",
                               (key, entity.name, entity.type.value))
                    new_entities += 1
                db.execute("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?)",
                           (article.id, key, entity.name, entity.type.value))
                for name in entity.names:
                    db.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?)",
                               (normalize_name(name), key, name, article.id))
            new_facts = 0
            for fact in extraction.facts:
                relation = RELATIONS[fact.relation]
                subject = keys[fact.subject]
                obj = (fact.object or "") if relation.is_dated else keys[fact.object]
                if relation.symmetric and obj < subject:
                    subject, obj = obj, subject
                cur = db.execute(
                    "INSERT INTO facts(relation, subject, object) VALUES (?, ?, ?) "
                    "ON CONFLICT DO NOTHING RETURNING id", (fact.relation, subject, obj))
                got = cur.fetchone()
                if got:
                    new_facts += 1
                    fact_id = got[0]
                else:
                    fact_id = db.execute(
                        "SELECT id FROM facts WHERE relation=? AND subject=? AND object=?",
                        (fact.relation, subject, obj)).fetchone()[0]
                ev = fact.evidence
                db.execute(
                    "INSERT OR REPLACE INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (fact_id, article.id, ev.sentence, ev.start, ev.end, ev.confidence,
                     ev.rule, ",".join(fact.flags)))
            self._refresh_entities(touched)
        return LoadResult(article.id, status, new_entities, new_facts)

    @staticmethod
    def _check(extraction: Extraction) -> None:
        """Refuse (and so roll back) an extraction whose facts name an unknown
        relation or an entity the extraction does not carry."""
        names = {e.name for e in extraction.entities}
        for fact in extraction.facts:
            relation = RELATIONS.get(fact.relation)
            unknown = (
                f"relation {fact.relation!r}" if relation is None
                else f"subject {fact.subject!r}" if fact.subject not in names
                else None if relation.is_dated or fact.object in names
                else f"object {fact.object!r}")
            if unknown:
                raise StoreError(
                    f"article {extraction.article.id}: a fact names an unknown {unknown}; "
                    "nothing of the article was stored")

    def _lookup_in_tx(self, norms: Iterable[str]) -> dict[str, list[StoredEntity]]:
        return self.lookup(norms)

    def _remove_article(self, article_id: str) -> None:
        db = self.db
        touched = {r[0] for r in db.execute(
            "SELECT entity_key FROM mentions WHERE article_id = ?", (article_id,))}
        db.execute("DELETE FROM evidence WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM facts WHERE id NOT IN (SELECT fact_id FROM evidence)")
        db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM aliases WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        db.execute("DELETE FROM entities WHERE key NOT IN (SELECT entity_key FROM mentions)")
        self._refresh_entities(touched)

    def remove_article(self, article_id: str) -> bool:
        """Delete one article and everything only it supported."""
        with self._transaction():
            if self.article_hash(article_id) is None:
                return False
            self._remove_article(article_id)
            return True

    def _refresh_entities(self, keys: Iterable[str]) -> None:
        """Re-elect each entity's type and display name from its mentions."""
        for key in keys:
            # Counted in SQL: a famous artist has thousands of mentions.
            rows = self.db.execute(
                "SELECT name, type, count(*) FROM mentions WHERE entity_key = ? "
                "GROUP BY name, type", (key,)).fetchall()
            if not rows:
                continue
            type_counts: dict[str, int] = defaultdict(int)
            name_counts: dict[str, int] = defaultdict(int)
            for name, etype, count in rows:
                type_counts[etype] += count
                name_counts[name] += count
            name = max(name_counts, key=lambda n: (name_counts[n], len(n), n))
            self.db.execute("UPDATE entities SET name = ?, type = ? WHERE key = ?",
                            (name, vote_type(type_counts), key))

    # -- reading -------------------------------------------------------------
    def lookup(self, norms: Iterable[str]) -> dict[str, list[StoredEntity]]:
        found: dict[str, list[StoredEntity]] = defaultdict(list)
        norms = list(dict.fromkeys(norms))
        for start in range(0, len(norms), 500):
            chunk = norms[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT DISTINCT a.norm, e.key, e.name, e.type FROM aliases a "
                f"JOIN entities e ON e.key = a.entity_key WHERE a.norm IN ({marks})", chunk)
            for norm, key, name, etype in rows:
                found[norm].append(StoredEntity(key, name, etype))
        return dict(found)

    def entities(self) -> list[StoredEntity]:
        aliases: dict[str, set[str]] = defaultdict(set)
        for key, alias in self.db.execute("SELECT entity_key, alias FROM aliases"):
            aliases[key].add(alias)
        counts = dict(self.db.execute(
            "SELECT entity_key, count(DISTINCT article_id) FROM mentions GROUP BY entity_key"))
        return [
            StoredEntity(key, name, etype, tuple(sorted(aliases[key] - {name})), counts.get(key, 0))
            for key, name, etype in self.db.execute(
                "SELECT key, name, type FROM entities ORDER BY key")
        ]

    def facts(
        self,
        relation: str | None = None,
        entity: str | None = None,
        min_confidence: float = 0.0,
        with_evidence: bool = True,
    ) -> list[StoredFact]:
        where, params = [], []
        if relation:
            where.append("f.relation = ?")
            params.append(relation)
        if entity:
            where.append("(f.subject = ? OR f.object = ?)")
            params += [entity, entity]
        sql = (
            "SELECT f.id, f.relation, f.subject, s.name, f.object, o.name, "
            "max(v.confidence), count(DISTINCT v.article_id) "
            "FROM facts f JOIN evidence v ON v.fact_id = f.id "
            "JOIN entities s ON s.key = f.subject LEFT JOIN entities o ON o.key = f.object "
            + ("WHERE " + " AND ".join(where) if where else "")
            + " GROUP BY f.id HAVING max(v.confidence) >= ? ORDER BY f.relation, s.name, f.object"
        )
        params.append(min_confidence)
        out: list[StoredFact] = []
        for fid, rel, subj, sname, obj, oname, conf, n in self.db.execute(sql, params):
            dated = RELATIONS[rel].is_dated
            fact = StoredFact(rel, subj, sname, (obj or None) if dated else obj,
                              None if dated else oname, conf, n)
            if with_evidence:
                fact.evidence = [
                    Evidence(a, s, st, en, c, r) for a, s, st, en, c, r in self.db.execute(
                        'SELECT article_id, sentence, start, "end", confidence, rule '
                        "FROM evidence WHERE fact_id = ? ORDER BY article_id, start", (fid,))
                ]
            out.append(fact)
        return out

    def articles(self) -> list[dict]:
        cols = ("id", "title", "published", "source", "loaded_at")
        return [dict(zip(cols, row, strict=True)) for row in self.db.execute(
            "SELECT id, title, published, source, loaded_at FROM articles ORDER BY id")]

    def article_facts(self, article_id: str) -> list[dict]:
        """The facts one article contributed, with their evidence."""
        rows = self.db.execute(
            'SELECT f.relation, s.name, coalesce(o.name, f.object), v.sentence, v.start, v."end", '
            "v.confidence, v.rule FROM evidence v JOIN facts f ON f.id = v.fact_id "
            "JOIN entities s ON s.key = f.subject LEFT JOIN entities o ON o.key = f.object "
            "WHERE v.article_id = ? ORDER BY v.start", (article_id,))
        cols = ("relation", "subject", "object", "sentence", "start", "end", "confidence", "rule")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def stats(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        by_type = dict(self.db.execute("SELECT type, count(*) FROM entities GROUP BY type"))
        by_rel = dict(self.db.execute("SELECT relation, count(*) FROM facts GROUP BY relation"))
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "entities": one("SELECT count(*) FROM entities"),
            "facts": one("SELECT count(*) FROM facts"),
            "evidence": one("SELECT count(*) FROM evidence"),
            "entities_by_type": by_type,
            "facts_by_relation": {r: by_rel.get(r, 0) for r in RELATIONS},
        }

    def dump_articles(self) -> Iterator[dict]:
        """Every article with exactly what it contributed, entity keys resolved
        (what ``artistgraph push`` copies into Neo4j), ordered by id:
        ``{"id", "hash", "title", "published", "source", "loaded_at",
        "mentions": [[key, name, type]], "aliases": [[key, norm, alias]],
        "evidence": [{"relation", "subject", "object", "sentence", "start", "end",
        "confidence", "rule", "flags"}]}``; ``object`` is None for an undated fact.
        """
        articles = self.db.execute(
            "SELECT id, hash, title, published, source, loaded_at FROM articles ORDER BY id"
        ).fetchall()
        for aid, digest, title, published, source, loaded_at in articles:
            evidence = []
            for rel, subj, obj, sent, start, end, conf, rule, flags in self.db.execute(
                    'SELECT f.relation, f.subject, f.object, v.sentence, v.start, v."end", '
                    "v.confidence, v.rule, v.flags FROM evidence v "
                    "JOIN facts f ON f.id = v.fact_id WHERE v.article_id = ? "
                    "ORDER BY v.start", (aid,)):
                evidence.append({
                    "relation": rel, "subject": subj,
                    "object": (obj or None) if RELATIONS[rel].is_dated else obj,
                    "sentence": sent, "start": start, "end": end, "confidence": conf,
                    "rule": rule, "flags": flags})
            yield {
                "id": aid, "hash": digest, "title": title, "published": published,
                "source": source, "loaded_at": loaded_at,
                "mentions": [list(r) for r in self.db.execute(
                    "SELECT entity_key, name, type FROM mentions WHERE article_id = ?",
                    (aid,))],
                "aliases": [list(r) for r in self.db.execute(
                    "SELECT entity_key, norm, alias FROM aliases WHERE article_id = ?", (aid,))],
                "evidence": evidence,
            }

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


