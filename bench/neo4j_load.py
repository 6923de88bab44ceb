"""Load speed of Neo4jStore against a bare ``UNWIND $rows MERGE`` baseline.

Both load the same synthetic facts (default 20 000 relationships, 1 000
articles) into the same server in the same run, on an emptied database, with
1 000 rows per UNWIND statement; each is run ``--repeat`` times, alternating,
and the medians are compared. The last line printed is the ratio store /
baseline in fact relationships per second.

Is the baseline a fair yardstick? It gets the same relationships, the same
server, the same statement size and the same warm-up, but it is the cheapest
way to write them, not the same work:

- volume (at the defaults): the baseline merges 13 277 bare nodes (one per distinct name or
  date, ``key`` only) and 20 000 relationships without properties. The store
  writes 9 903 entity nodes with 11 properties each (names, aliases, tallies),
  1 000 article nodes, the date nodes and the :Alias index, the 20 000 fact
  relationships each with 10 properties (provenance lists), and 34 376
  MENTIONS relationships with 4 list properties (printed, not counted);
- reads: the store first reads article hashes, the alias index and the state
  of every stored entity it may resolve to (write-locked), and resolves names
  in Python; the baseline reads nothing;
- transactions: the baseline commits every statement (35 commits); the store
  commits about 10 000 facts at a time (2 commits), which favours the store;
- statements: the baseline MERGEs every relationship; the store CREATEs the
  facts that touch an entity the same transaction created (they cannot exist)
  and MERGEs the rest.

Needs a Bolt server: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (e.g.
``eval "$(.ci/bolt-server start)"``). It empties that database.

    python bench/neo4j_load.py [--relationships 20000] [--per-article 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date

from artistgraph.graph.model import (
    RELATIONS,
    Article,
    EntityType,
    Evidence,
    ExtractedEntity,
    Extraction,
    Fact,
)
from artistgraph.graph.neo4j_store import Neo4jStore

PLAN = [  # (relation, subject type, object type or None for a date), by share of facts
    ("COLLABORATED_WITH", EntityType.PERSON, EntityType.PERSON),
    ("MEMBER_OF", EntityType.PERSON, EntityType.GROUP),
    ("BY_ARTIST", EntityType.RELEASE, EntityType.PERSON),
    ("FEATURES", EntityType.RELEASE, EntityType.PERSON),
    ("DIRECTED_BY", EntityType.RELEASE, EntityType.PERSON),
    ("RELEASED_ON", EntityType.RELEASE, None),
    ("ENLISTED", EntityType.PERSON, None),
]


def synthetic(relationships: int, per_article: int, seed: int = 7) -> list[Extraction]:
    """Articles whose facts are ``relationships`` distinct relationships."""
    rng = random.Random(seed)
    pools = {EntityType.PERSON: relationships // 4, EntityType.GROUP: relationships // 40,
             EntityType.RELEASE: relationships // 4}
    seen: set[tuple] = set()
    extractions = []
    while len(seen) < relationships:
        aid = f"bench-{len(extractions):06d}"
        entities: dict[str, ExtractedEntity] = {}
        facts = []
        while len(facts) < per_article and len(seen) < relationships:
            relation, stype, otype = rng.choice(PLAN)
            subject = f"{stype.value} {rng.randrange(pools[stype])}"
            if otype is None:
                obj = f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            else:
                obj = f"{otype.value} {rng.randrange(pools[otype])}"
                if obj == subject:
                    continue
            pair = tuple(sorted((subject, obj))) if RELATIONS[relation].symmetric else (subject, obj)
            if (relation, *pair) in seen:
                continue
            seen.add((relation, *pair))
            entities.setdefault(subject, ExtractedEntity(subject, stype))
            if otype is not None:
                entities.setdefault(obj, ExtractedEntity(obj, otype))
            sentence = f"{subject} {RELATIONS[relation].label} {obj}."
            facts.append(Fact(subject, relation, obj,
                              Evidence(aid, sentence, 0, len(sentence), 0.9, "bench")))
        extractions.append(Extraction(
            Article(aid, f"synthetic article {aid}", published=date(2024, 1, 1)),
            list(entities.values()), facts))
    return extractions


def baseline_rows(extractions: list[Extraction]) -> tuple[list[dict], dict[str, list[dict]]]:
    """The same nodes and relationships as bare rows: ``(nodes, {relation: rows})``."""
    nodes: dict[str, dict] = {}
    rels: dict[str, list[dict]] = {r: [] for r in RELATIONS}
    for extraction in extractions:
        for fact in extraction.facts:
            for name in (fact.subject, fact.object):
                nodes.setdefault(name, {"key": name})
            rels[fact.relation].append({"s": fact.subject, "o": fact.object})
    return list(nodes.values()), rels


def load_baseline(store: Neo4jStore, nodes: list[dict], rels: dict[str, list[dict]]) -> None:
    def write(tx, query: str, rows: list[dict]) -> None:
        tx.run(query, rows=rows).consume()

    with store.driver.session(database=store.database) as session:
        for start in range(0, len(nodes), 1000):
            session.execute_write(write, "UNWIND $rows AS r MERGE (:BenchNode {key: r.key})",
                                  nodes[start:start + 1000])
        for relation, rows in rels.items():
            query = ("UNWIND $rows AS r MATCH (a:BenchNode {key: r.s}) "
                     f"MATCH (b:BenchNode {{key: r.o}}) MERGE (a)-[:{relation}]->(b)")
            for start in range(0, len(rows), 1000):
                session.execute_write(write, query, rows[start:start + 1000])


def count_relationships(store: Neo4jStore) -> int:
    _, records = store.run_read("MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r) AS n",
                                {"types": list(RELATIONS)})
    return records[0]["n"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relationships", type=int, default=20_000)
    parser.add_argument("--per-article", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3,
                        help="measured runs of each (medians compared)")
    args = parser.parse_args()
    if not os.environ.get("NEO4J_URI"):
        sys.exit('error: NEO4J_URI is not set (start a server: eval "$(.ci/bolt-server start)")')
    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE"))
    with store.driver.session(database=store.database) as session:
        session.run("CREATE CONSTRAINT bench_node_key IF NOT EXISTS "
                    "FOR (n:BenchNode) REQUIRE n.key IS UNIQUE").consume()

    extractions = synthetic(args.relationships, args.per_article)
    nodes, rels = baseline_rows(extractions)
    print(f"{len(extractions)} articles, {args.relationships} relationships, "
          f"{len(nodes)} nodes; server {store.uri}")

    # Warm-up (JIT, caches) on a slice, then the measured runs on an empty
    # database, alternating baseline and store so drifting load on a shared
    # machine hits both alike; the medians are compared.
    store.clear()
    load_baseline(store, nodes[:2000], {r: v[:300] for r, v in rels.items()})
    store.load_many(extractions[:30])

    base_times, store_times = [], []
    for run in range(args.repeat):
        store.clear()
        start = time.perf_counter()
        load_baseline(store, nodes, rels)
        base_times.append(time.perf_counter() - start)
        base_n = count_relationships(store)

        store.clear()
        start = time.perf_counter()
        store.load_many(extractions)
        store_times.append(time.perf_counter() - start)
        stats = store.stats()
        store_n = stats["facts"]
        print(f"run {run + 1}: baseline {base_times[-1]:.2f} s, store {store_times[-1]:.2f} s")
    _, records = store.run_read("MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n")
    mentions = records[0]["n"]
    store.clear()
    store.close()

    base_s, store_s = statistics.median(base_times), statistics.median(store_times)
    base_rate, store_rate = base_n / base_s, store_n / store_s
    print(f"baseline UNWIND MERGE: {base_n} relationships in {base_s:.2f} s = "
          f"{base_rate:,.0f} rel/s")
    print(f"Neo4jStore.load_many:  {store_n} relationships in {store_s:.2f} s = "
          f"{store_rate:,.0f} rel/s (with provenance, mentions, resolution)")
    print(f"  the store also wrote {mentions} MENTIONS relationships, {stats['entities']} "
          f"entities with names/aliases/tallies, {stats['articles']} articles; the baseline "
          f"wrote {len(nodes)} bare nodes")
    print(f"ratio store/baseline: {store_rate / base_rate:.2f}")


if __name__ == "__main__":
    main()
