"""The Neo4j store: the same graph as :class:`SQLiteStore`, in Neo4j (or any Bolt + Cypher server).

Graph layout (what Neo4j Browser shows):

- ``(:Entity:Person|Group|Release|Organization {key, name, type, aliases, norms, articles})``
  ``key`` is unique (constraint); ``norms`` holds every name and alias folded with
  :func:`~artistgraph.graph.model.normalize_name`, so queries can match aliases.
  Bookkeeping on the same node (so adding mentions never re-reads old ones):
  ``all_aliases`` and the tallies ``tally_names``/``tally_name_counts`` and
  ``tally_types``/``tally_type_counts`` that ``name`` and ``type`` are elected from.
- ``(:Article {id, hash, title, published, source, loaded_at})`` with
  ``(:Article)-[:MENTIONS {names, types, aliases, alias_norms}]->(:Entity)``: how the
  article named the entity (what entities are re-elected from when an article goes).
- ``(:Date {iso, precision, year, month, day})``: the objects of RELEASED_ON and
  ENLISTED. ``iso`` is unique and keeps its precision ("2024", "2024-01",
  "2024-01-19"); an ENLISTED fact without a date points to ``(:Date {iso: "unknown"})``.
- One relationship per fact, typed by its relation name (symmetric relations are
  stored once, from the smaller key to the larger), carrying its provenance:
  ``articles`` (distinct supporting article ids), ``corroboration`` (their count),
  ``confidence`` (the best), and one entry per piece of evidence in the parallel
  lists ``ev_articles``, ``ev_sentences``, ``ev_starts``, ``ev_ends``,
  ``ev_confidences``, ``ev_rules``, ``ev_flags``.
- ``(:Alias {norm, keys})``: an index for entity resolution. Lists cannot be
  indexed, so each normalized name an entity carries other than its key's own
  (``agent:v`` is found by key for "v", through ``(:Alias {norm: "kimtaehyung"})``
  for "Kim Taehyung") names the entity keys here. ``(:ArtistgraphMeta)`` holds
  the layout version.

Writes go through managed transactions (``execute_write``, which retries
transient errors) as batched ``UNWIND $rows`` statements, nodes before
relationships. Several articles share one transaction, but an article is
never split across two, and any article that replaces an older version
starts a new one (so entity resolution sees exactly what the embedded store
would). A transaction reads every entity it may resolve to in two bulk
index reads, resolves its articles in order in Python, then writes. Cypher
text only ever contains labels and relationship types taken from
:class:`EntityType` and :data:`RELATIONS`; every value is a parameter.
"""

from __future__ import annotations

import gc
import logging
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from artistgraph.graph.model import (
    RELATIONS,
    EntityType,
    Evidence,
    Extraction,
    date_precision,
    entity_family,
    entity_key,
    normalize_name,
)
from artistgraph.graph.resolve import resolve_keys, vote_type
from artistgraph.graph.store import LoadResult, StoredEntity, StoredFact, StoreError

# The driver logs every retry and dropped connection; with no handler at all,
# Python would print those records to stderr around the CLI's one-line errors.
# Applications that configure logging still receive them (propagation stays).
logging.getLogger("neo4j").addHandler(logging.NullHandler())

RETRY_SECONDS = 15
"""How long a managed transaction keeps retrying transient errors and lost
connections (the driver backs off 1, 2, 4, 8, 16 s): a load whose server went
away gives up 15-30 s later (measured: 30 s)."""

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
    "CREATE CONSTRAINT artistgraph_alias_norm IF NOT EXISTS "
    "FOR (a:Alias) REQUIRE a.norm IS UNIQUE",
    "CREATE CONSTRAINT artistgraph_meta_id IF NOT EXISTS "
    "FOR (m:ArtistgraphMeta) REQUIRE m.id IS UNIQUE",
)

FORMAT = 2
"""Graph layout version, in ``(:ArtistgraphMeta {id: 'artistgraph', format})``.
1: without name tallies and the :Alias index (migrated when opened)."""

STATE_PROPS = ("key", "name", "type", "aliases", "norms", "articles", "all_aliases",
               "tally_names", "tally_name_counts", "tally_types", "tally_type_counts")
"""The properties of an entity node."""

BATCH_ROWS = 1000  # rows per UNWIND statement
CHUNK_EVIDENCE = 10000  # evidence rows per transaction (articles are never split)
CHUNK_ARTICLES = 1000

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
            self.driver = neo4j.GraphDatabase.driver(
                uri, auth=auth, connection_timeout=10, max_transaction_retry_time=RETRY_SECONDS)
        except (ValueError, DriverError) as exc:
            raise StoreError(f"{self._where}: bad connection settings ({_first_line(exc)})") \
                from exc
        try:
            self.driver.verify_connectivity()
            with self.driver.session(database=self.database) as session:
                for statement in CONSTRAINTS:
                    session.run(statement).consume()
            self._ensure_format()
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
        except StoreError:
            self.driver.close()
            raise

    def _ensure_format(self) -> None:
        """Check the graph's layout version; bring a format-1 graph up to date
        (re-elect every entity from its mentions, which also fills the tallies
        and the :Alias index)."""
        rows = self._read("MATCH (m:ArtistgraphMeta {id: 'artistgraph'}) RETURN m.format AS f")
        found = rows[0]["f"] if rows else None
        if found == FORMAT:
            return
        if found is not None and found > FORMAT:
            raise StoreError(f"{self._where}: the graph was written by a newer artistgraph "
                             f"(layout {found}, this one knows {FORMAT}); upgrade artistgraph")
        keys = [r["key"] for r in self._read("MATCH (e:Entity) RETURN e.key AS key")]
        for batch in _batches(keys):
            self._write(_pipelined(lambda tx, b=batch: self._refresh_entities(tx, set(b), True)))
        try:
            self._write(_set_format)
        except StoreError:
            # Another process opening the same new graph set it first: a MERGE
            # racing on a unique key fails on some servers (ArcadeDB) instead of
            # matching.
            rows = self._read("MATCH (m:ArtistgraphMeta {id: 'artistgraph'}) "
                              "RETURN m.format AS f")
            if not rows or rows[0]["f"] != FORMAT:
                raise

    # -- plumbing --------------------------------------------------------------
    def _session(self):
        return self.driver.session(database=self.database)

    def _write(self, work: Callable[..., T], *args: Any) -> T:
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session() as session:
                return session.execute_write(work, *args)
        except (Neo4jError, DriverError) as exc:
            raise _store_error(self._where, exc) from exc

    def _read(self, query: str, **params: Any) -> list[dict]:
        from neo4j.exceptions import DriverError, Neo4jError

        def work(tx):
            return [record.data() for record in tx.run(query, params)]

        try:
            with self._session() as session:
                return session.execute_read(work)
        except (Neo4jError, DriverError) as exc:
            raise _store_error(self._where, exc) from exc

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
            raise _store_error(self._where, exc) from exc

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
            _set_format(tx)
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
        for item in items:
            if isinstance(item, Extraction):
                _check(item)
        ids = [_item_id(i) for i in items]
        stored = self._hashes(sorted(set(ids)))
        results: list[LoadResult] = []
        with _gc_paused():
            for chunk in _chunks(items, stored):
                results += self._write_chunk(chunk)
                for item in chunk:
                    stored[_item_id(item)] = _item_hash(item)
        return results

    def _write_chunk(self, chunk: list[Extraction | ResolvedArticle]) -> list[LoadResult]:
        """One managed write transaction for ``chunk``. New entities are CREATEd
        (a multi-label MERGE does not use the key index on some servers), so a
        concurrent loader creating the same entity first makes the uniqueness
        constraint refuse ours (on ArcadeDB at commit, and a racing MERGE fails
        the same way): the chunk is then rolled back and written again after a
        random back-off, resolving against what the other loader committed, for
        up to :data:`RETRY_SECONDS`."""
        from neo4j.exceptions import ClientError, DriverError, Neo4jError

        give_up = time.monotonic() + RETRY_SECONDS
        delay = 0.05
        while True:
            try:
                with self._session() as session:
                    return session.execute_write(_pipelined(self._load_chunk), chunk)
            except ClientError as exc:
                if "ConstraintValidationFailed" not in (exc.code or "") \
                        or time.monotonic() > give_up:
                    raise _store_error(self._where, exc) from exc
            except (Neo4jError, DriverError) as exc:
                raise _store_error(self._where, exc) from exc
            # Random, growing waits so two loaders stop colliding in step.
            time.sleep(delay * random.uniform(0.5, 1.5))
            delay = min(delay * 2, 2.0)

    def _hashes(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for batch in _batches(ids):
            for row in self._read("UNWIND $ids AS id MATCH (a:Article {id: id}) "
                                  "RETURN a.id AS id, a.hash AS hash", ids=batch):
                out[row["id"]] = row["hash"]
        return out

    def _load_chunk(self, tx: _Pipeline, chunk: list[Extraction | ResolvedArticle]) -> list[LoadResult]:
        """One transaction: remove replaced articles, read every entity the chunk
        may resolve to in two bulk reads, resolve in order, then write nodes and
        relationships in a few large UNWIND statements."""
        ids = [_item_id(i) for i in chunk]
        stored = {r["id"]: r["hash"] for batch in _batches(ids) for r in tx.rows(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.hash AS hash",
            ids=batch)}
        status = {}
        for item in chunk:
            old = stored.get(_item_id(item))
            status[_item_id(item)] = ("new" if old is None else
                                      "unchanged" if old == _item_hash(item) else "replaced")
        replaced = [i for i in ids if status[i] == "replaced"]
        if replaced:
            # As in the embedded store, the old version is gone (entities re-elected,
            # orphans deleted) before the new version resolves its names.
            self._refresh_entities(tx, self._remove_articles(tx, replaced))
        todo = [i for i in chunk if status[_item_id(i)] != "unchanged"]
        keys, norms = _wanted(todo)
        states = self._entity_states(tx, keys, norms, lock=True)
        articles, new_entities = _resolve_in_order(todo, states)
        new_facts = self._write_articles(tx, articles, states)
        return [LoadResult(_item_id(i), status[_item_id(i)],
                           new_entities[_item_id(i)] if status[_item_id(i)] != "unchanged" else 0,
                           new_facts[_item_id(i)] if status[_item_id(i)] != "unchanged" else 0)
                for i in chunk]

    def _entity_states(self, tx: _Pipeline, keys: set[str], norms: set[str],
                       lock: bool = False) -> dict[str, _EntityState]:
        """The stored entities with one of ``keys``, or carrying one of ``norms`` as
        a name that is not their key's own (found through the :Alias index).

        ``lock``: write-lock them before reading, because the transaction will
        write back values computed from what it read (tallies, article counts).
        Neo4j then makes a concurrent loader wait for our commit; ArcadeDB (which
        does not lock) fails whichever of two transactions commits second, and
        the driver retries it. Without this, two loaders counting articles for
        the same entity could both write their own count, losing one."""
        wanted = set(keys)
        for batch in _batches(sorted(norms)):
            for r in tx.rows("UNWIND $norms AS n MATCH (a:Alias {norm: n}) "
                             "RETURN a.keys AS keys", norms=batch):
                wanted.update(r["keys"])
        states: dict[str, _EntityState] = {}
        for batch in _batches(sorted(wanted)):
            for r in tx.rows("UNWIND $keys AS k MATCH (e:Entity {key: k}) "
                             # Neo4j's documented way to take a node's write lock.
                             + ("SET e._lock = true REMOVE e._lock " if lock else "")
                             + "RETURN " + ", ".join(f"e.{p} AS {p}" for p in STATE_PROPS),
                             keys=batch):
                states[r["key"]] = _EntityState.from_node(r)
        return states

    def _write_articles(self, tx: _Pipeline, articles: list[ResolvedArticle],
                        states: dict[str, _EntityState]) -> dict[str, int]:
        """Write resolved articles and the entity states they changed, nodes
        before relationships; return the number of new facts per article (a fact
        counts for the first article of the chunk that states it)."""
        self._write_entities(tx, [s for s in states.values() if s.touched])
        dates = {ev[2] for a in articles for ev in a.evidence if RELATIONS[ev[0]].is_dated}
        _run_batches(tx, "UNWIND $rows AS r MERGE (d:Date {iso: r.iso}) "
                         "ON CREATE SET d.precision = r.precision, d.year = r.year, "
                         "d.month = r.month, d.day = r.day",
                     [date_node(iso) for iso in sorted(dates, key=lambda d: d or "")])
        # Each article with its mentions in one row: the article node is found once,
        # and a mention is a short list [key, names, types, aliases, norms].
        rows, size = [], 0
        for art in articles:
            mentions = [[m["key"], m["names"], m["types"], m["aliases"], m["norms"]]
                        for m in _mention_rows([art])]
            rows.append({"id": art.id, "hash": art.hash, "title": art.title,
                         "published": art.published, "source": art.source,
                         "loaded_at": art.loaded_at, "mentions": mentions})
            size += len(mentions) + 1
            if size >= BATCH_ROWS or art is articles[-1]:
                tx.write("UNWIND $rows AS r MERGE (a:Article {id: r.id}) "
                         "SET a.hash = r.hash, a.title = r.title, a.published = r.published, "
                         "a.source = r.source, a.loaded_at = r.loaded_at "
                         "WITH a, r UNWIND r.mentions AS m MATCH (e:Entity {key: m[0]}) "
                         "CREATE (a)-[:MENTIONS {names: m[1], types: m[2], aliases: m[3], "
                         "alias_norms: m[4]}]->(e)", {"rows": rows})
                rows, size = [], 0
        # One row per fact with all of the chunk's evidence for it.
        facts: dict[tuple, dict] = {}
        for index, art in enumerate(articles):
            for relation, subject, obj, ev, flags in art.evidence:
                key = (relation, subject, obj if obj is not None else UNKNOWN_DATE)
                row = facts.get(key)
                if row is None:
                    row = facts[key] = {"s": key[1], "o": key[2], "first": index,
                                        "articles": [], "confidence": 0.0,
                                        **{f: [] for f in EV_FIELDS}}
                if not row["articles"] or row["articles"][-1] != art.id:
                    row["articles"].append(art.id)
                row["confidence"] = max(row["confidence"], ev.confidence)
                for name, value in zip(EV_FIELDS, (art.id, ev.sentence, ev.start, ev.end,
                                                   ev.confidence, ev.rule, flags), strict=True):
                    row[name].append(value)
        # A fact touching an entity this transaction created cannot exist yet: it
        # is CREATEd, skipping MERGE's search of the entities' relationships.
        created = {s.key for s in states.values() if s.stored_label is None}
        by_relation: dict[tuple[str, bool], list[dict]] = defaultdict(list)
        new_facts: dict[str, int] = defaultdict(int)
        for key, row in facts.items():
            fresh = key[1] in created or key[2] in created
            by_relation[(key[0], fresh)].append(row)
            if fresh:
                new_facts[articles[row["first"]].id] += 1
        merged: list[Future] = []
        for (relation, fresh), rows in by_relation.items():
            for batch in _batches([[row[c] for c in FACT_COLUMNS] for row in rows]):
                if fresh:
                    tx.write(_fact_create(relation), {"rows": batch})
                else:
                    merged.append(tx.write(_fact_merge(relation), {"rows": batch}, fetch=True))
        tx.wait()
        for future in merged:
            for r in future.result():
                new_facts[articles[r["first"]].id] += r["n"]
        return new_facts

    def _write_entities(self, tx: _Pipeline, states: list[_EntityState]) -> None:
        """Create new entities complete under their final label, update the
        others (relabelled when their elected type changed), keep the :Alias
        index in step with their names."""
        created: dict[str, list[dict]] = defaultdict(list)
        # Only the properties that changed, grouped by which (one statement shape
        # each): most updates just count another article and its names.
        updated: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        relabel: dict[tuple[str, str], list[str]] = defaultdict(list)
        for state in states:
            props = state.props()
            if state.stored_label is None:
                created[_label(props["type"])].append([props[p] for p in STATE_PROPS])
            else:
                changed = tuple(p for p in STATE_PROPS if p != "key" and (
                    state.stored is None or state.stored.get(p) != props[p]))
                if changed:
                    updated[changed].append([state.key, *(props[p] for p in changed)])
                if state.stored_label != props["type"]:
                    relabel[(_label(state.stored_label), _label(props["type"]))].append(state.key)
        assign = _positional(", ".join(f"{p}: r.{p}" for p in STATE_PROPS), STATE_PROPS, "r")
        for label, rows in created.items():
            # All labels in the CREATE pattern: see NOTES.md on SET of a label next
            # to a MERGE under the constraint.
            _run_batches(tx, f"UNWIND $rows AS r CREATE (:Entity:{label} {{{assign}}})", rows)
        for changed, rows in updated.items():
            _run_batches(tx, _positional("UNWIND $rows AS r MATCH (e:Entity {key: r.key}) SET "
                                         + ", ".join(f"e.{p} = r.{p}" for p in changed),
                                         ("key", *changed), "r"), rows)
        for (old, new), batch in relabel.items():
            _run_batches(tx, f"UNWIND $keys AS k MATCH (e:Entity {{key: k}}) "
                             f"REMOVE e:{old} SET e:{new}", batch, name="keys")
        self._write_aliases(tx, states)

    def _write_aliases(self, tx: _Pipeline, states: list[_EntityState], deleted: bool = False) -> None:
        """Bring the :Alias index up to date with ``states`` (or drop ``states``
        from it when ``deleted``): ``(:Alias {norm, keys})`` lists the entities
        carrying ``norm`` as a name other than their key's own."""
        add: dict[str, list[str]] = defaultdict(list)
        drop: dict[str, list[str]] = defaultdict(list)
        for state in states:
            own = _key_norm(state.key)
            before = state.indexed_norms - {own}
            after = set() if deleted else state.norms - {own}
            for norm in after - before:
                add[norm].append(state.key)
            for norm in before - after:
                drop[norm].append(state.key)
        _run_batches(tx, "UNWIND $rows AS r MERGE (a:Alias {norm: r.norm}) "
                         "ON CREATE SET a.keys = r.keys "
                         "ON MATCH SET a.keys = a.keys + [k IN r.keys WHERE NOT k IN a.keys]",
                     [{"norm": n, "keys": k} for n, k in sorted(add.items())])
        _run_batches(tx, "UNWIND $rows AS r MATCH (a:Alias {norm: r.norm}) "
                         "SET a.keys = [k IN a.keys WHERE NOT k IN r.keys] "
                         "WITH a WHERE size(a.keys) = 0 DELETE a",
                     [{"norm": n, "keys": k} for n, k in sorted(drop.items())])

    def _remove_articles(self, tx: _Pipeline, ids: list[str]) -> set[str]:
        """Delete articles and exactly what they contributed; return the entity keys
        they mentioned (whose names and types must be re-elected)."""
        if not ids:
            return set()
        touched = {r["key"] for r in tx.rows(
            "UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity) "
            "RETURN DISTINCT e.key AS key", ids=ids)}
        # Every fact an article supports starts at an entity it mentions.
        match = ("UNWIND $keys AS k MATCH (:Entity {key: k})-[r]->() "
                 "WHERE type(r) IN $types AND any(a IN r.articles WHERE a IN $ids) "
                 "WITH DISTINCT r, [i IN range(0, size(r.ev_articles) - 1) "
                 "WHERE NOT r.ev_articles[i] IN $ids] AS keep ")
        params = {"keys": sorted(touched), "ids": ids, "types": list(FACT_TYPES)}
        tx.write(match + "WHERE size(keep) = 0 DELETE r", params)
        tx.write(match + "SET " + ", ".join(f"r.{f} = [i IN keep | r.{f}[i]]" for f in EV_FIELDS)
                 + ", r.articles = [a IN r.articles WHERE NOT a IN $ids]", params)
        tx.write("UNWIND $keys AS k MATCH (:Entity {key: k})-[r]->() "
                 "WHERE type(r) IN $types "
                 "SET r.corroboration = size(r.articles), r.confidence = reduce(m = 0.0, "
                 "c IN r.ev_confidences | CASE WHEN c > m THEN c ELSE m END)", params)
        tx.write("UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a", {"ids": ids})
        tx.write("MATCH (d:Date) WHERE NOT EXISTS { (d)<--() } DELETE d")
        return touched

    def _refresh_entities(self, tx: _Pipeline, keys: set[str], rebuild_aliases: bool = False) -> None:
        """Re-elect everything of the entities ``keys`` from their mentions, as the
        embedded store does, and delete the entities nobody mentions any more.
        ``rebuild_aliases``: index every name, as if the :Alias index were empty."""
        if not keys:
            return
        states: dict[str, _EntityState] = {}
        for batch in _batches(sorted(keys)):
            # Locked before reading, as in _entity_states: the states are written back.
            for r in tx.rows("UNWIND $keys AS k MATCH (e:Entity {key: k}) "
                             "SET e._lock = true REMOVE e._lock WITH k, e "
                             "OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e) "
                             "RETURN k AS key, e.type AS type, e.norms AS norms, "
                             "a.id AS article, m.names AS names, m.types AS types, "
                             "m.aliases AS aliases, m.alias_norms AS mnorms", keys=batch):
                state = states.get(r["key"])
                if state is None:
                    state = states[r["key"]] = _EntityState(
                        r["key"], r["type"],
                        indexed_norms=frozenset() if rebuild_aliases else
                        frozenset(r["norms"] or ()))
                if r["article"] is not None:
                    state.add({"names": r["names"], "types": r["types"],
                               "aliases": r["aliases"], "norms": r["mnorms"]})
        orphans = [s for s in states.values() if not s.touched]
        _run_batches(tx, "UNWIND $keys AS k MATCH (e:Entity {key: k}) DETACH DELETE e",
                     [s.key for s in orphans], name="keys")
        self._write_aliases(tx, orphans, deleted=True)
        self._write_entities(tx, [s for s in states.values() if s.touched])

    def remove_article(self, article_id: str) -> bool:
        """Delete one article and everything only it supported."""
        def work(tx):
            if not tx.rows("MATCH (a:Article {id: $id}) RETURN a.id AS id", id=article_id):
                return False
            self._refresh_entities(tx, self._remove_articles(tx, [article_id]))
            return True
        return self._write(_pipelined(work))

    # -- reading ---------------------------------------------------------------
    def lookup(self, norms: Iterable[str]) -> dict[str, list[StoredEntity]]:
        """``{norm: stored entities carrying that name}``, through the key index
        and the :Alias index (no scan of the entities)."""
        norms = list(dict.fromkeys(norms))

        def work(tx):
            families = {entity_family(t) for t in EntityType}
            keys = {f"{family}:{n}" for n in norms for family in families}
            states = self._entity_states(tx, keys, set(norms))
            found: dict[str, list[StoredEntity]] = defaultdict(list)
            for state in sorted(states.values(), key=lambda s: s.key):
                for norm in state.norms.intersection(norms):
                    found[norm].append(StoredEntity(state.key, state.stored_name,
                                                    state.stored_label or ""))
            return dict(found)

        from neo4j.exceptions import DriverError, Neo4jError
        try:
            with self._session() as session:
                return session.execute_read(_pipelined(work))
        except (Neo4jError, DriverError) as exc:
            raise _store_error(self._where, exc) from exc

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


def _store_error(where: str, exc: BaseException) -> StoreError:
    """One line for a driver or server error; a lost connection says what
    became of the work (committed transactions stay, so running the command
    again finishes it: loads skip the articles already stored).

    Managed transactions have already retried by then (:data:`RETRY_SECONDS`)."""
    from neo4j.exceptions import IncompleteCommit, ServiceUnavailable, SessionExpired

    if isinstance(exc, IncompleteCommit):
        return StoreError(f"lost the connection to {where} while a transaction committed "
                          "(it may or may not be stored); run the command again once the "
                          "server is back")
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        reason = ("connection refused" if "refused" in str(exc).lower()
                  else _first_line(exc)[:160])
        return StoreError(f"lost the connection to {where} ({reason}); what was committed "
                          "is kept: run the command again once the server is back")
    return StoreError(f"{where}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())


class _Pipeline:
    """A managed write transaction whose statements run on a second thread, in
    order, so Python builds the next statement's rows while the server runs the
    previous one (a load spends about as long in Python as the server spends
    writing). ``write`` queues a statement; ``rows`` waits for everything queued
    and returns a read's rows. The first failing statement's error is raised by
    the next ``rows``, ``wait`` or the end of the ``with`` block, and what was
    queued after it is skipped (the driver then rolls back or retries the whole
    transaction function, as without the thread)."""

    def __init__(self, tx):
        from concurrent.futures import ThreadPoolExecutor

        self._tx = tx
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="artistgraph-tx")
        self._pending: list[Future] = []
        self._stop = False

    def __enter__(self) -> _Pipeline:
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is not None:
            self._stop = True
        # The transaction is only ever used by one thread: the driver commits it
        # after this returns.
        self._pool.shutdown(wait=True)
        if exc_type is None:
            self.wait()

    def _run(self, query: str, params: dict[str, Any], fetch: bool) -> list[dict]:
        if self._stop:
            return []
        try:
            result = self._tx.run(query, params)
            if not fetch:
                result.consume()
                return []
            keys = result.keys()
            # Records are tuples of plain values here: no record.data() conversion.
            return [dict(zip(keys, record, strict=True)) for record in result]
        except BaseException:
            self._stop = True
            raise

    def write(self, query: str, params: dict[str, Any] | None = None,
              fetch: bool = False) -> Future:
        """Queue a statement; the future holds its rows when ``fetch``."""
        future = self._pool.submit(self._run, query, params or {}, fetch)
        self._pending.append(future)
        return future

    def rows(self, query: str, **params: Any) -> list[dict]:
        """Run a statement after everything queued; return its rows as dicts."""
        future = self.write(query, params, fetch=True)
        self.wait()
        return future.result()

    def wait(self) -> None:
        """Wait for every queued statement; raise the first one's error."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Cyclic garbage collection off for a load (reference counting still frees
    its rows). Otherwise every full collection re-scans the articles being
    loaded and the rows built from them: ~10-20% of a 20k-fact load measured
    here. Of threads loading at once, the one that turned it off turns it back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _pipelined(work: Callable[..., T]) -> Callable[..., T]:
    """``work(pipeline, *args)`` as a transaction function ``f(tx, *args)``."""
    def run(tx, *args: Any) -> T:
        with _Pipeline(tx) as pipeline:
            return work(pipeline, *args)
    return run


def _run_batches(tx: _Pipeline, query: str, rows: list, name: str = "rows") -> None:
    for batch in _batches(rows):
        tx.write(query, {name: batch})


FACT_COLUMNS = ("s", "o", "first", "articles", "confidence", *EV_FIELDS)
"""A fact row as sent: a list in this order (no key strings to pack per row)."""


def _positional(query: str, columns: tuple[str, ...], var: str) -> str:
    """``query`` with ``var.name`` turned into ``var[i]``, the column's index, for
    rows sent as lists: ``_positional("r.b", ("a", "b"), "r")`` -> ``'r[1]'``."""
    return re.sub(rf"\b{var}\.([a-z_]+)\b",
                  lambda m: f"{var}[{columns.index(m.group(1))}]", query)


def _fact_match(relation: str) -> str:
    """``UNWIND $rows AS row`` and the MATCH of a fact row's two nodes."""
    obj = "MATCH (o:Date {iso: row.o})" if RELATIONS[_rel_type(relation)].is_dated else \
        "MATCH (o:Entity {key: row.o})"
    return f"UNWIND $rows AS row MATCH (s:Entity {{key: row.s}}) {obj} "


def _fact_create(relation: str) -> str:
    """The statement that creates facts known to be new, with their evidence."""
    # Properties in the CREATE pattern: a SET after it costs a second write per
    # relationship on the test server.
    return _positional(
        _fact_match(relation) + f"CREATE (s)-[:{_rel_type(relation)} {{"
        + ", ".join(f"{f}: row.{f}" for f in EV_FIELDS)
        + ", articles: row.articles, corroboration: size(row.articles), "
        "confidence: row.confidence}]->(o)", FACT_COLUMNS, "row")


def _fact_merge(relation: str) -> str:
    """The statement that merges one relation's facts and appends their evidence;
    it returns, per first article of the chunk, how many facts it created."""
    fresh = "row.articles WHERE NOT a IN r.articles"
    return _positional(
        _fact_match(relation) + f"MERGE (s)-[r:{_rel_type(relation)}]->(o) "
        "ON CREATE SET " + ", ".join(f"r.{f} = row.{f}" for f in EV_FIELDS)
        + ", r.articles = row.articles, r.corroboration = size(row.articles), "
        "r.confidence = row.confidence "
        # corroboration first: it must read the articles list before it grows.
        f"ON MATCH SET r.corroboration = size(r.articles) + size([a IN {fresh}]), "
        "r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence "
        f"ELSE r.confidence END, r.articles = r.articles + [a IN {fresh}], "
        + ", ".join(f"r.{f} = r.{f} + row.{f}" for f in EV_FIELDS) + " "
        # A stored fact already has evidence, so only a created one has exactly the row's.
        "WITH row WHERE size(r.ev_articles) = size(row.ev_articles) "
        "RETURN row.first AS first, count(*) AS n", FACT_COLUMNS, "row")


def _set_format(tx) -> None:
    tx.run("MERGE (m:ArtistgraphMeta {id: 'artistgraph'}) SET m.format = $format",
           format=FORMAT).consume()


def _check(extraction: Extraction) -> None:
    """Refuse an extraction whose facts name an unknown relation or entity,
    before anything is written (the embedded store's own check)."""
    from artistgraph.graph.sqlite_store import SQLiteStore

    SQLiteStore._check(extraction)


def _key_norm(key: str) -> str:
    """The normalized name an entity key was made from: ``agent:iu`` -> ``iu``."""
    return key.split(":", 1)[1]


@dataclass
class _EntityState:
    """One entity while a transaction writes it: the tallies its name and type
    are elected from (so adding mentions never re-reads the old ones), every
    alias and normalized name, and what the database holds (``stored_label``
    is None for an entity this transaction creates)."""

    key: str
    stored_label: str | None = None
    stored_name: str = ""
    name_counts: dict[str, int] = field(default_factory=dict)
    type_counts: dict[str, int] = field(default_factory=dict)
    all_aliases: set[str] = field(default_factory=set)
    norms: set[str] = field(default_factory=set)
    articles: int = 0
    indexed_norms: frozenset[str] = frozenset()
    touched: bool = False
    stored: dict[str, Any] | None = None  # the node's properties as read

    @classmethod
    def from_node(cls, r: dict) -> _EntityState:
        """From the :data:`STATE_PROPS` of a stored entity node."""
        norms = r["norms"] or ()
        return cls(r["key"], r["type"], r["name"] or "",
                   dict(zip(r["tally_names"] or (), r["tally_name_counts"] or (), strict=True)),
                   dict(zip(r["tally_types"] or (), r["tally_type_counts"] or (), strict=True)),
                   set(r["all_aliases"] or ()), set(norms), r["articles"] or 0,
                   frozenset(norms), stored={p: r[p] for p in STATE_PROPS})

    def add(self, mention: dict) -> None:
        """Count one article's mention (a row of :func:`_mention_rows`)."""
        for name, etype in zip(mention["names"], mention["types"], strict=True):
            self.name_counts[name] = self.name_counts.get(name, 0) + 1
            self.type_counts[etype] = self.type_counts.get(etype, 0) + 1
        self.all_aliases.update(mention["aliases"])
        self.norms.update(mention["norms"])
        self.articles += 1
        self.touched = True

    @property
    def type(self) -> str:
        return vote_type(self.type_counts) if self.type_counts else self.stored_label or ""

    def props(self) -> dict[str, Any]:
        """The node's properties: the name most mentions use (then the longest),
        the type most mentions agree on, as the embedded store elects them."""
        name = max(self.name_counts, key=lambda n: (self.name_counts[n], len(n), n))
        names, types = sorted(self.name_counts), sorted(self.type_counts)
        return {"key": self.key, "name": name, "type": vote_type(self.type_counts),
                "aliases": sorted(self.all_aliases - {name}), "norms": sorted(self.norms),
                "articles": self.articles, "all_aliases": sorted(self.all_aliases),
                "tally_names": names, "tally_name_counts": [self.name_counts[n] for n in names],
                "tally_types": types, "tally_type_counts": [self.type_counts[t] for t in types]}


def _wanted(items: list[Extraction | ResolvedArticle]) -> tuple[set[str], set[str]]:
    """``(keys, norms)`` whose stored entities resolving ``items`` may need: every
    name's key in its own family (resolution never crosses families), and the
    names themselves for the :Alias index."""
    keys: set[str] = set()
    norms: set[str] = set()
    for item in items:
        if isinstance(item, ResolvedArticle):
            keys.update(key for key, _, _ in item.mentions)
            continue
        for entity in item.entities:
            family = entity_family(entity.type)
            keys.add(entity_key(entity.type, entity.name))
            for name in entity.names:
                norm = normalize_name(name)
                norms.add(norm)
                keys.add(f"{family}:{norm}")
    return keys, norms


def _resolve_in_order(items: list[Extraction | ResolvedArticle],
                      states: dict[str, _EntityState]
                      ) -> tuple[list[ResolvedArticle], dict[str, int]]:
    """Resolve ``items`` one after the other against ``states`` (which each
    article updates, so the next sees its entities and names, as the embedded
    store would); return the resolved articles and new entities per article."""
    index: dict[str, set[str]] = defaultdict(set)
    for state in states.values():
        for norm in state.norms:
            index[norm].add(state.key)

    def lookup(wanted: Iterable[str]) -> dict[str, list[StoredEntity]]:
        return {norm: [StoredEntity(k, "", states[k].type) for k in sorted(index[norm])]
                for norm in wanted if index.get(norm)}

    articles: list[ResolvedArticle] = []
    new_entities: dict[str, int] = defaultdict(int)
    for item in items:
        art = (_resolve(item, resolve_keys(item.entities, lookup))
               if isinstance(item, Extraction) else item)
        for row in _mention_rows([art]):
            state = states.get(row["key"])
            if state is None:
                state = states[row["key"]] = _EntityState(row["key"])
                new_entities[art.id] += 1
            state.add(row)
            for norm in row["norms"]:
                index[norm].add(row["key"])
        articles.append(art)
    return articles, new_entities


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
