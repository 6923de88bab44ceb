"""The Neo4j store: the same graph as :class:`SQLiteStore`, in Neo4j (or any Bolt + Cypher server).

Graph layout (what Neo4j Browser shows):

- ``(:Entity:Person|Group|Release|Organization {key, name, type, aliases, norms, articles})``
  ``key`` is unique (constraint); ``norms`` holds every name and alias folded with
  :func:`~artistgraph.graph.model.normalize_name`, so queries can match aliases.
- ``(:Article {id, hash, title, published, source, loaded_at})`` with
  ``(:Article)-[:MENTIONS {names, types, aliases, alias_norms}]->(:Entity)``: how the
  article named the entity. Entity names, types and aliases are re-elected from these.
- ``(:Date {iso, precision, year, month, day})``: the objects of RELEASED_ON and
  ENLISTED. ``iso`` is unique and keeps its precision ("2024", "2024-01",
  "2024-01-19"); an ENLISTED fact without a date points to ``(:Date {iso: "unknown"})``.
- One relationship per fact, typed by its relation name (symmetric relations are
  stored once, from the smaller key to the larger), carrying its provenance:
  ``articles`` (distinct supporting article ids), ``corroboration`` (their count),
  ``confidence`` (the best), and one entry per piece of evidence in the parallel
  lists ``ev_articles``, ``ev_sentences``, ``ev_starts``, ``ev_ends``,
  ``ev_confidences``, ``ev_rules``, ``ev_flags``.

Writes go through managed transactions (``execute_write``, which retries
transient errors) as batched ``UNWIND $rows`` statements, nodes before
relationships. Several articles share one transaction, but an article is
never split across two, and any article that replaces an older version
starts a new one (so entity resolution sees exactly what the embedded store
would). Cypher text only ever contains labels and relationship types taken
from :class:`EntityType` and :data:`RELATIONS`; every value is a parameter.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from artistgraph.graph.model import (
    RELATIONS,
    EntityType,
    Evidence,
    Extraction,
    date_precision,
    normalize_name,
)
from artistgraph.graph.resolve import resolve_keys, vote_type
from artistgraph.graph.store import LoadResult, StoredEntity, StoredFact, StoreError

UNKNOWN_DATE = "unknown"
"""``iso`` of the Date node an undated fact (ENLISTED without a date) points to."""

ENTITY_LABELS: tuple[str, ...] = tuple(t.value for t in EntityType)
FACT_TYPES: tuple[str, ...] = tuple(RELATIONS)

# Portable syntax (Neo4j 5 and the ArcadeDB test server); created before any write.
CONSTRAINTS = (
    "CREATE CONSTRAINT artistgraph_entity_key IF NOT EXISTS "
    "FOR (e:Entity) REQUIRE e.key IS UNIQUE",
    "CREATE CONSTRAINT artistgraph_article_id IF NOT EXISTS "
    "FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT artistgraph_date_iso IF NOT EXISTS "
    "FOR (d:Date) REQUIRE d.iso IS UNIQUE",
)

BATCH_ROWS = 1000  # rows per UNWIND statement
CHUNK_EVIDENCE = 2000  # evidence rows per transaction (articles are never split)
CHUNK_ARTICLES = 200

EV_FIELDS = ("ev_articles", "ev_sentences", "ev_starts", "ev_ends",
             "ev_confidences", "ev_rules", "ev_flags")

T = TypeVar("T")


def _label(entity_type: str) -> str:
    """The node label of an entity type, from the closed list of types."""
    if entity_type not in ENTITY_LABELS:
        raise StoreError(f"unknown entity type {entity_type!r}")
    return entity_type


def _rel_type(relation: str) -> str:
    """A relationship type, from the closed list of relations (never user input)."""
    if relation not in RELATIONS:
        raise StoreError(f"unknown relation {relation!r}")
    return relation


def date_node(iso: str | None) -> dict[str, Any]:
    """The properties of the Date node for an ISO date at its precision.

    >>> date_node("2024-01")
    {'iso': '2024-01', 'precision': 'month', 'year': 2024, 'month': 1, 'day': None}
    >>> date_node(None)["iso"]
    'unknown'
    """
    if iso is None:
        return {"iso": UNKNOWN_DATE, "precision": UNKNOWN_DATE, "year": None, "month": None,
                "day": None}
    precision = date_precision(iso)
    if precision is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", iso):
        raise StoreError(f"not an ISO date at year, month or day precision: {iso!r}")
    parts = [int(p) for p in iso.split("-")] + [None, None]
    return {"iso": iso, "precision": precision, "year": parts[0], "month": parts[1],
            "day": parts[2]}


def _public_uri(uri: str) -> str:
    """The URI without any user:password@ part, for messages."""
    return re.sub(r"//[^/@]*@", "//", uri)


def _batches(rows: list[T], size: int = BATCH_ROWS) -> Iterator[list[T]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


# -- what gets written ---------------------------------------------------------
@dataclass
class ResolvedArticle:
    """One article with its entities already mapped to keys: what the store writes.

    ``mentions`` are ``(key, name, type)``; ``aliases`` ``(key, norm, alias)``;
    ``evidence`` ``(relation, subject key, object key / ISO date / None, Evidence,
    flags)``. Built from an :class:`Extraction` by :meth:`Neo4jStore.load`, or from
    the embedded store by ``artistgraph push``.
    """

    id: str
    hash: str
    title: str = ""
    published: str | None = None
    source: str = ""
    loaded_at: str = ""
    mentions: list[tuple[str, str, str]] = field(default_factory=list)
    aliases: list[tuple[str, str, str]] = field(default_factory=list)
    evidence: list[tuple[str, str, str | None, Evidence, str]] = field(default_factory=list)

    @classmethod
    def from_dump(cls, record: dict) -> ResolvedArticle:
        """From one record of ``SQLiteStore.dump_articles()``."""
        return cls(
            id=record["id"], hash=record["hash"], title=record.get("title") or "",
            published=record.get("published"), source=record.get("source") or "",
            loaded_at=record.get("loaded_at") or "",
            mentions=[tuple(m) for m in record["mentions"]],
            aliases=[tuple(a) for a in record["aliases"]],
            evidence=[
                (e["relation"], e["subject"], e["object"],
                 Evidence(record["id"], e["sentence"], e["start"], e["end"],
                          e["confidence"], e["rule"]), e.get("flags", ""))
                for e in record["evidence"]
            ],
        )


def _resolve(extraction: Extraction, keys: dict[str, str]) -> ResolvedArticle:
    """An extraction with the given ``{name: key}`` applied, deduplicated the way
    the embedded store's primary keys deduplicate it."""
    article = extraction.article
    mentions: dict[tuple[str, str], str] = {}
    aliases: dict[tuple[str, str], str] = {}
    for entity in extraction.entities:
        key = keys[entity.name]
        mentions.setdefault((key, entity.name), entity.type.value)
        for name in entity.names:
            aliases.setdefault((key, normalize_name(name)), name)
    evidence: dict[tuple, tuple] = {}
    for fact in extraction.facts:
        relation = RELATIONS[fact.relation]
        subject = keys[fact.subject]
        obj = fact.object if relation.is_dated else keys[fact.object]
        if relation.symmetric and obj is not None and obj < subject:
            subject, obj = obj, subject
        ev = fact.evidence
        # One piece of evidence per (fact, start, end, rule): the last one wins.
        evidence[(fact.relation, subject, obj, ev.start, ev.end, ev.rule)] = (
            fact.relation, subject, obj,
            Evidence(article.id, ev.sentence, ev.start, ev.end, ev.confidence, ev.rule),
            ",".join(fact.flags))
    return ResolvedArticle(
        id=article.id, hash=article.content_hash, title=article.title,
        published=article.published.isoformat() if article.published else None,
        source=article.source, loaded_at=datetime.now(UTC).isoformat(timespec="seconds"),
        mentions=[(k, n, t) for (k, n), t in mentions.items()],
        aliases=[(k, norm, a) for (k, norm), a in aliases.items()],
        evidence=list(evidence.values()),
    )


class Neo4jStore:
    """A graph store in Neo4j 5 (or a Bolt + Cypher server such as ArcadeDB's).

    Raises :class:`StoreError` with one line (URI included, password never) when
    the server cannot be reached or refuses the credentials.

    >>> store = Neo4jStore("bolt://127.0.0.1:7687", "neo4j", "secret")  # doctest: +SKIP
    >>> store.stats()["facts"]  # doctest: +SKIP
    0
    """

    def __init__(
        self,
        uri: str = "bolt://127.0.0.1:7687",
        user: str | None = "neo4j",
        password: str | None = None,
        database: str | None = None,
    ):
        import neo4j
        from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

        self.uri = uri
        self.database = database or None
        self._where = f"Neo4j at {_public_uri(uri)}"
        auth = (user or "neo4j", password) if password is not None else None
        if not re.match(r"(bolt|neo4j)(\+s|\+ssc)?://", uri):
            raise StoreError(f"{self._where}: bad connection settings (the URI must start "
                             "with bolt:// or neo4j://, or their +s / +ssc variants)")
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10)
        except (ValueError, DriverError) as exc:
            raise StoreError(f"{self._where}: bad connection settings ({_first_line(exc)})") \
                from exc
        try:
            self.driver.verify_connectivity()
            with self.driver.session(database=self.database) as session:
                for statement in CONSTRAINTS:
                    session.run(statement).consume()
        except AuthError as exc:
            self.driver.close()
            hint = ("NEO4J_PASSWORD is not set" if password is None
                    else "check NEO4J_USER and NEO4J_PASSWORD")
            raise StoreError(
                f"{self._where}: authentication failed for user {user!r} ({hint})") from exc
        except ServiceUnavailable as exc:
            self.driver.close()
            reason = ("connection refused" if "refused" in str(exc).lower()
                      else _first_line(exc)[:160])
            raise StoreError(
                f"cannot connect to {self._where}: {reason} "
                "(is the server running? check NEO4J_URI)") from exc
        except (Neo4jError, DriverError, OSError) as exc:
            self.driver.close()
            raise StoreError(f"{self._where}: {_first_line(exc)}") from exc

    # -- plumbing --------------------------------------------------------------
    def _session(self):
        return self.driver.session(database=self.database)

    def _write(self, work: Callable[..., T], *args: Any) -> T:
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session() as session:
                return session.execute_write(work, *args)
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"{self._where}: {_first_line(exc)}") from exc

    def _read(self, query: str, **params: Any) -> list[dict]:
        from neo4j.exceptions import DriverError, Neo4jError

        def work(tx):
            return [record.data() for record in tx.run(query, params)]

        try:
            with self._session() as session:
                return session.execute_read(work)
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"{self._where}: {_first_line(exc)}") from exc

    def run_read(self, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list]:
        """Run a read-only query; return ``(column names, records)``.

        The query runs in a read transaction, and is rolled back and refused
        (StoreError) if it wrote anything anyway: Neo4j refuses writes in read
        transactions itself, some Bolt servers (ArcadeDB) do not.
        """
        from neo4j.exceptions import DriverError, Neo4jError

        def work(tx):
            result = tx.run(query, params or {})
            keys = list(result.keys())
            records = list(result)
            summary = result.consume()
            if summary.counters.contains_updates or summary.counters.contains_system_updates \
                    or summary.query_type not in (None, "r"):
                raise _WriteRefused
            return keys, records

        try:
            with self._session() as session:
                return session.execute_read(work)
        except _WriteRefused:
            raise StoreError("refused: this query writes to the graph; only reads are allowed "
                             "(nothing was changed)") from None
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"{self._where}: {_first_line(exc)}") from exc

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear(self) -> None:
        """Delete every node and relationship in the database (tests, benchmarks)."""
        def work(tx):
            tx.run("MATCH (n) DETACH DELETE n").consume()
        self._write(work)

    # -- writing ---------------------------------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        rows = self._read("MATCH (a:Article {id: $id}) RETURN a.hash AS hash", id=article_id)
        return rows[0]["hash"] if rows else None

    def load(self, extraction: Extraction) -> LoadResult:
        return self.load_many([extraction])[0]

    def load_many(self, extractions: Iterable[Extraction]) -> list[LoadResult]:
        """Load extractions in order, several articles per transaction."""
        return self._load_items(list(extractions))

    def load_resolved(self, articles: Iterable[ResolvedArticle]) -> list[LoadResult]:
        """Load articles whose entity keys are already resolved (``artistgraph push``)."""
        return self._load_items(list(articles))

    def _load_items(self, items: list[Extraction | ResolvedArticle]) -> list[LoadResult]:
        if not items:
            return []
        ids = [_item_id(i) for i in items]
        stored = self._hashes(sorted(set(ids)))
        results: list[LoadResult] = []
        for chunk in _chunks(items, stored):
            results += self._write(self._load_chunk, chunk)
            for item in chunk:
                stored[_item_id(item)] = _item_hash(item)
        return results

    def _hashes(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for batch in _batches(ids):
            for row in self._read("UNWIND $ids AS id MATCH (a:Article {id: id}) "
                                  "RETURN a.id AS id, a.hash AS hash", ids=batch):
                out[row["id"]] = row["hash"]
        return out

    def _load_chunk(self, tx, chunk: list[Extraction | ResolvedArticle]) -> list[LoadResult]:
        """One transaction: remove replaced articles, resolve, write nodes, then facts."""
        ids = [_item_id(i) for i in chunk]
        stored = {r["id"]: r["hash"] for r in _rows(
            tx, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.hash AS hash",
            ids=ids)}
        status = {}
        for item in chunk:
            old = stored.get(_item_id(item))
            status[_item_id(item)] = ("new" if old is None else
                                      "unchanged" if old == _item_hash(item) else "replaced")
        touched = self._remove_articles(tx, [i for i in ids if status[i] == "replaced"])
        todo = [i for i in chunk if status[_item_id(i)] != "unchanged"]
        resolved = self._resolve_chunk(tx, [i for i in todo if isinstance(i, Extraction)])
        articles = [resolved[id(i)] if isinstance(i, Extraction) else i for i in todo]

        # Nodes first: articles, new entities (all labels in the MERGE pattern), dates.
        all_keys = sorted({m[0] for a in articles for m in a.mentions})
        existing = {r["key"] for batch in _batches(all_keys) for r in _rows(
            tx, "UNWIND $keys AS k MATCH (e:Entity {key: k}) RETURN e.key AS key", keys=batch)}
        new_entities: dict[str, int] = defaultdict(int)
        created: set[str] = set()
        for art in articles:
            for key, _name, _type in art.mentions:
                if key not in existing and key not in created:
                    created.add(key)
                    new_entities[art.id] += 1
        mention_rows = _mention_rows(articles)
        # Every mention of a new entity is in this chunk: elect its properties here
        # and create it complete, under its final label (no re-read, no relabel).
        chunk_mentions: dict[str, list[dict]] = defaultdict(list)
        for row in mention_rows:
            if row["key"] in created:
                chunk_mentions[row["key"]].append(row)
        new_by_label: dict[str, list[dict]] = defaultdict(list)
        for key, rows in chunk_mentions.items():
            props = _elect(key, rows)
            new_by_label[_label(props["type"])].append(props)
        _run_batches(tx, "UNWIND $rows AS r MERGE (a:Article {id: r.id}) "
                         "SET a.hash = r.hash, a.title = r.title, a.published = r.published, "
                         "a.source = r.source, a.loaded_at = r.loaded_at",
                     [{"id": a.id, "hash": a.hash, "title": a.title, "published": a.published,
                       "source": a.source, "loaded_at": a.loaded_at} for a in articles])
        for label, rows in new_by_label.items():
            _run_batches(tx, f"UNWIND $rows AS r MERGE (e:Entity:{label} {{key: r.key}}) "
                             "ON CREATE SET e.name = r.name, e.type = r.type, e.norms = r.norms, "
                             "e.aliases = r.aliases, e.articles = r.articles", rows)
        dates = {ev[2] for a in articles for ev in a.evidence if RELATIONS[ev[0]].is_dated}
        _run_batches(tx, "UNWIND $rows AS r MERGE (d:Date {iso: r.iso}) "
                         "ON CREATE SET d.precision = r.precision, d.year = r.year, "
                         "d.month = r.month, d.day = r.day",
                     [date_node(iso) for iso in sorted(dates, key=lambda d: d or "")])
        # Then relationships: mentions, and one row per fact with all its new evidence.
        _run_batches(tx, "UNWIND $rows AS r MATCH (a:Article {id: r.article}) "
                         "MATCH (e:Entity {key: r.key}) CREATE (a)-[:MENTIONS {names: r.names, "
                         "types: r.types, aliases: r.aliases, alias_norms: r.norms}]->(e)",
                     mention_rows)
        facts: dict[tuple, dict] = {}
        first_article: dict[tuple, str] = {}
        for art in articles:
            for relation, subject, obj, ev, flags in art.evidence:
                key = (relation, subject, obj if obj is not None else UNKNOWN_DATE)
                first_article.setdefault(key, art.id)
                row = facts.setdefault(key, {"s": key[1], "o": key[2], "articles": [],
                                             "confidence": 0.0,
                                             **{f: [] for f in EV_FIELDS}})
                if art.id not in row["articles"]:
                    row["articles"].append(art.id)
                row["confidence"] = max(row["confidence"], ev.confidence)
                for name, value in zip(EV_FIELDS, (art.id, ev.sentence, ev.start, ev.end,
                                                   ev.confidence, ev.rule, flags), strict=True):
                    row[name].append(value)
        new_facts: dict[str, int] = defaultdict(int)
        by_relation: dict[str, list[dict]] = defaultdict(list)
        for key, row in facts.items():
            by_relation[key[0]].append(row)
        for relation, rows in by_relation.items():
            for batch in _batches(rows):
                for merged in _rows(tx, _fact_merge(relation), rows=batch):
                    if merged["created"]:
                        new_facts[first_article[(relation, merged["s"], merged["o"])]] += 1
        self._refresh_entities(tx, (touched | set(all_keys)) - created)
        return [LoadResult(_item_id(i), status[_item_id(i)],
                           new_entities[_item_id(i)] if status[_item_id(i)] != "unchanged" else 0,
                           new_facts[_item_id(i)] if status[_item_id(i)] != "unchanged" else 0)
                for i in chunk]

    def _resolve_chunk(self, tx, extractions: list[Extraction]) -> dict[int, ResolvedArticle]:
        """Resolve each extraction's names to keys, in order: an article sees the
        entities and aliases of the articles before it in the same transaction."""
        norms = sorted({normalize_name(n) for x in extractions for e in x.entities
                        for n in e.names})
        found = self._lookup_tx(tx, norms)
        added: dict[str, dict[str, StoredEntity]] = defaultdict(dict)

        def lookup(wanted: Iterable[str]) -> dict[str, list[StoredEntity]]:
            out = {}
            for norm in wanted:
                merged = {e.key: e for e in found.get(norm, [])} | added.get(norm, {})
                if merged:
                    out[norm] = list(merged.values())
            return out

        out: dict[int, ResolvedArticle] = {}
        for extraction in extractions:
            keys = resolve_keys(extraction.entities, lookup)
            art = _resolve(extraction, keys)
            types = {k: t for k, _, t in art.mentions}
            for key, norm, _alias in art.aliases:
                added[norm].setdefault(key, StoredEntity(key, "", types[key]))
            out[id(extraction)] = art
        return out

    def _remove_articles(self, tx, ids: list[str]) -> set[str]:
        """Delete articles and exactly what they contributed; return the entity keys
        they mentioned (whose names and types must be re-elected)."""
        if not ids:
            return set()
        touched = {r["key"] for r in _rows(
            tx, "UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity) "
                "RETURN DISTINCT e.key AS key", ids=ids)}
        # Every fact an article supports starts at an entity it mentions.
        match = ("UNWIND $keys AS k MATCH (:Entity {key: k})-[r]->() "
                 "WHERE type(r) IN $types AND any(a IN r.articles WHERE a IN $ids) "
                 "WITH DISTINCT r, [i IN range(0, size(r.ev_articles) - 1) "
                 "WHERE NOT r.ev_articles[i] IN $ids] AS keep ")
        params = {"keys": sorted(touched), "ids": ids, "types": list(FACT_TYPES)}
        tx.run(match + "WHERE size(keep) = 0 DELETE r", params).consume()
        tx.run(match + "SET " + ", ".join(f"r.{f} = [i IN keep | r.{f}[i]]" for f in EV_FIELDS)
               + ", r.articles = [a IN r.articles WHERE NOT a IN $ids]", params).consume()
        tx.run("UNWIND $keys AS k MATCH (:Entity {key: k})-[r]->() "
               "WHERE type(r) IN $types "
               "SET r.corroboration = size(r.articles), r.confidence = reduce(m = 0.0, "
               "c IN r.ev_confidences | CASE WHEN c > m THEN c ELSE m END)", params).consume()
        tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a",
               ids=ids).consume()
        tx.run("MATCH (d:Date) WHERE NOT EXISTS { (d)<--() } DELETE d").consume()
        return touched

    def _refresh_entities(self, tx, keys: set[str]) -> None:
        """Re-elect name, type (label), aliases and norms of entities from their
        mentions, as the embedded store does; delete entities nobody mentions."""
        if not keys:
            return
        mentions: dict[str, list[dict]] = defaultdict(list)
        labels: dict[str, str] = {}
        for batch in _batches(sorted(keys)):
            for r in _rows(tx, "UNWIND $keys AS k MATCH (e:Entity {key: k}) "
                               "OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e) "
                               "RETURN k AS key, e.type AS type, a.id AS article, "
                               "m.names AS names, m.types AS types, m.aliases AS aliases, "
                               "m.alias_norms AS norms", keys=batch):
                labels[r["key"]] = r["type"]
                if r["article"] is not None:
                    mentions[r["key"]].append(r)
        orphans = sorted(set(labels) - set(mentions))
        updates, relabel = [], defaultdict(list)
        for key, rows in mentions.items():
            update = _elect(key, rows)
            updates.append(update)
            if labels[key] != update["type"]:
                relabel[(_label(labels[key]), _label(update["type"]))].append(key)
        _run_batches(tx, "UNWIND $keys AS k MATCH (e:Entity {key: k}) DETACH DELETE e",
                     orphans, name="keys")
        _run_batches(tx, "UNWIND $rows AS r MATCH (e:Entity {key: r.key}) "
                         "SET e.name = r.name, e.type = r.type, e.aliases = r.aliases, "
                         "e.norms = r.norms, e.articles = r.articles", updates)
        # A label change is its own statement (see NOTES.md: not in the MERGE).
        for (old, new), batch in relabel.items():
            _run_batches(tx, f"UNWIND $keys AS k MATCH (e:Entity {{key: k}}) "
                             f"REMOVE e:{old} SET e:{new}", batch, name="keys")

    def remove_article(self, article_id: str) -> bool:
        """Delete one article and everything only it supported."""
        def work(tx):
            if not _rows(tx, "MATCH (a:Article {id: $id}) RETURN a.id AS id", id=article_id):
                return False
            self._refresh_entities(tx, self._remove_articles(tx, [article_id]))
            return True
        return self._write(work)

    # -- reading ---------------------------------------------------------------
    def _lookup_tx(self, tx, norms: list[str]) -> dict[str, list[StoredEntity]]:
        found: dict[str, list[StoredEntity]] = defaultdict(list)
        for batch in _batches(norms):
            # A map parameter makes the membership test a hash lookup, so this is
            # one pass over the entities per batch.
            wanted = dict.fromkeys(batch, True)
            for r in _rows(tx, "MATCH (e:Entity) WHERE any(n IN e.norms WHERE $wanted[n]) "
                               "RETURN e.key AS key, e.name AS name, e.type AS type, "
                               "[n IN e.norms WHERE $wanted[n]] AS hits", wanted=wanted):
                for norm in r["hits"]:
                    found[norm].append(StoredEntity(r["key"], r["name"], r["type"]))
        return dict(found)

    def lookup(self, norms: Iterable[str]) -> dict[str, list[StoredEntity]]:
        norms = list(dict.fromkeys(norms))

        def work(tx):
            return self._lookup_tx(tx, norms)

        from neo4j.exceptions import DriverError, Neo4jError
        try:
            with self._session() as session:
                return session.execute_read(work)
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"{self._where}: {_first_line(exc)}") from exc

    def entities(self) -> list[StoredEntity]:
        rows = self._read("MATCH (e:Entity) RETURN e.key AS key, e.name AS name, e.type AS type, "
                          "e.aliases AS aliases, e.articles AS articles")
        return sorted((StoredEntity(r["key"], r["name"], r["type"], tuple(r["aliases"] or ()),
                                    r["articles"] or 0) for r in rows), key=lambda e: e.key)

    def facts(
        self,
        relation: str | None = None,
        entity: str | None = None,
        min_confidence: float = 0.0,
        with_evidence: bool = True,
    ) -> list[StoredFact]:
        types = [_rel_type(relation)] if relation else list(FACT_TYPES)
        ret = ("RETURN type(r) AS rel, s.key AS s, s.name AS sname, o.key AS o, o.name AS oname, "
               "o.iso AS iso, r.confidence AS conf, r.corroboration AS n"
               + (", " + ", ".join(f"r.{f} AS {f}" for f in EV_FIELDS) if with_evidence else ""))
        if entity is None:
            query = ("MATCH (s:Entity)-[r]->(o) WHERE type(r) IN $types "
                     "AND r.confidence >= $min " + ret)
        else:
            query = ("MATCH (:Entity {key: $key})-[x]-() WHERE type(x) IN $types "
                     "AND x.confidence >= $min WITH DISTINCT x AS r "
                     "WITH r, startNode(r) AS s, endNode(r) AS o " + ret)
        out: list[StoredFact] = []
        for r in self._read(query, types=types, min=min_confidence, key=entity):
            dated = RELATIONS[r["rel"]].is_dated
            obj = (None if r["iso"] == UNKNOWN_DATE else r["iso"]) if dated else r["o"]
            fact = StoredFact(r["rel"], r["s"], r["sname"], obj, None if dated else r["oname"],
                              r["conf"], r["n"])
            if with_evidence:
                fact.evidence = sorted(
                    (Evidence(a, s, st, en, c, ru) for a, s, st, en, c, ru in zip(
                        r["ev_articles"], r["ev_sentences"], r["ev_starts"], r["ev_ends"],
                        r["ev_confidences"], r["ev_rules"], strict=True)),
                    key=lambda e: (e.article, e.start, e.end, e.rule))
            out.append(fact)
        out.sort(key=lambda f: (f.relation, f.subject_name, f.object or "", f.subject))
        return out

    def articles(self) -> list[dict]:
        return self._read("MATCH (a:Article) RETURN a.id AS id, a.title AS title, "
                          "a.published AS published, a.source AS source, "
                          "a.loaded_at AS loaded_at ORDER BY id")

    def article_facts(self, article_id: str) -> list[dict]:
        """The facts one article contributed, with their evidence (ordered by start)."""
        rows = self._read(
            "MATCH (:Article {id: $id})-[:MENTIONS]->(s:Entity)-[r]->(o) "
            "WHERE type(r) IN $types AND $id IN r.articles "
            "UNWIND [i IN range(0, size(r.ev_articles) - 1) WHERE r.ev_articles[i] = $id] AS i "
            "RETURN type(r) AS relation, s.name AS subject, "
            "CASE WHEN o.iso = $unknown THEN '' ELSE coalesce(o.name, o.iso) END AS object, "
            "r.ev_sentences[i] AS sentence, r.ev_starts[i] AS start, r.ev_ends[i] AS `end`, "
            "r.ev_confidences[i] AS confidence, r.ev_rules[i] AS rule",
            id=article_id, types=list(FACT_TYPES), unknown=UNKNOWN_DATE)
        cols = ("relation", "subject", "object", "sentence", "start", "end", "confidence", "rule")
        rows.sort(key=lambda r: r["start"])
        return [{c: r[c] for c in cols} for r in rows]

    def stats(self) -> dict:
        articles = self._read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]
        by_type = {r["type"]: r["n"] for r in self._read(
            "MATCH (e:Entity) RETURN e.type AS type, count(e) AS n")}
        by_rel: dict[str, int] = {}
        evidence = 0
        for r in self._read("MATCH (:Entity)-[r]->() WHERE type(r) IN $types "
                            "RETURN type(r) AS rel, count(r) AS n, "
                            "sum(size(r.ev_articles)) AS ev", types=list(FACT_TYPES)):
            by_rel[r["rel"]] = r["n"]
            evidence += r["ev"] or 0
        return {
            "articles": articles,
            "entities": sum(by_type.values()),
            "facts": sum(by_rel.values()),
            "evidence": evidence,
            "entities_by_type": by_type,
            "facts_by_relation": {r: by_rel.get(r, 0) for r in RELATIONS},
        }


class _WriteRefused(Exception):
    """Raised inside a read transaction to roll back a query that wrote."""


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())


def _rows(tx, query: str, **params: Any) -> list[dict]:
    return [record.data() for record in tx.run(query, params)]


def _run_batches(tx, query: str, rows: list, name: str = "rows") -> None:
    for batch in _batches(rows):
        tx.run(query, {name: batch}).consume()


def _fact_merge(relation: str) -> str:
    """The statement that merges one relation's facts and appends their evidence."""
    rel = _rel_type(relation)
    obj = "MATCH (o:Date {iso: row.o})" if RELATIONS[rel].is_dated else \
        "MATCH (o:Entity {key: row.o})"
    append = ", ".join(f"r.{f} = r.{f} + row.{f}" for f in EV_FIELDS)
    return (
        f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}}) {obj} "
        f"MERGE (s)-[r:{rel}]->(o) "
        "ON CREATE SET " + ", ".join(f"r.{f} = []" for f in EV_FIELDS)
        + ", r.articles = [], r.confidence = 0.0 "
        # A stored fact always has evidence, so an empty list means MERGE created it.
        "WITH row, r, size(r.ev_articles) = 0 AS created "
        f"SET {append}, r.articles = r.articles + [a IN row.articles WHERE NOT a IN r.articles], "
        "r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence "
        "ELSE r.confidence END "
        "SET r.corroboration = size(r.articles) "
        "RETURN row.s AS s, row.o AS o, created"
    )


def _elect(key: str, mentions: list[dict]) -> dict[str, Any]:
    """An entity's properties from its mention rows (as :func:`_mention_rows`
    makes them): the name and type most mentions use, as the embedded store elects
    them, every alias and normalized name, and the number of articles."""
    type_counts: dict[str, int] = defaultdict(int)
    name_counts: dict[str, int] = defaultdict(int)
    aliases: set[str] = set()
    norms: set[str] = set()
    for r in mentions:
        for name, etype in zip(r["names"], r["types"], strict=True):
            type_counts[etype] += 1
            name_counts[name] += 1
        aliases.update(r["aliases"])
        norms.update(r["norms"])
    name = max(name_counts, key=lambda n: (name_counts[n], len(n), n))
    return {"key": key, "name": name, "type": vote_type(type_counts),
            "aliases": sorted(aliases - {name}), "norms": sorted(norms),
            "articles": len({r["article"] for r in mentions})}


def _mention_rows(articles: list[ResolvedArticle]) -> list[dict]:
    rows = []
    for art in articles:
        per_key: dict[str, dict] = {}
        for key, name, etype in art.mentions:
            row = per_key.setdefault(key, {"article": art.id, "key": key, "names": [],
                                           "types": [], "aliases": [], "norms": []})
            row["names"].append(name)
            row["types"].append(etype)
        for key, norm, alias in art.aliases:
            row = per_key[key]
            row["norms"].append(norm)
            row["aliases"].append(alias)
        rows += per_key.values()
    return rows


def _item_id(item: Extraction | ResolvedArticle) -> str:
    return item.article.id if isinstance(item, Extraction) else item.id


def _item_hash(item: Extraction | ResolvedArticle) -> str:
    return item.article.content_hash if isinstance(item, Extraction) else item.hash


def _evidence_count(item: Extraction | ResolvedArticle) -> int:
    return len(item.facts) if isinstance(item, Extraction) else len(item.evidence)


def _chunks(items: list[Extraction | ResolvedArticle],
            stored: dict[str, str]) -> Iterator[list[Extraction | ResolvedArticle]]:
    """Group items into transactions: bounded size, an article id at most once
    per group, and an article replacing a stored version always first in its
    group (so the articles before it resolve against its old version, as they
    would when loaded one by one)."""
    chunk: list[Extraction | ResolvedArticle] = []
    seen: dict[str, str] = {}
    size = 0
    for item in items:
        aid, digest = _item_id(item), _item_hash(item)
        known = seen.get(aid, stored.get(aid))
        replaces = known is not None and known != digest
        if chunk and (aid in seen or replaces or len(chunk) >= CHUNK_ARTICLES
                      or size + _evidence_count(item) > CHUNK_EVIDENCE):
            yield chunk
            chunk, seen, size = [], {}, 0
        chunk.append(item)
        seen[aid] = digest
        size += _evidence_count(item)
    if chunk:
        yield chunk
