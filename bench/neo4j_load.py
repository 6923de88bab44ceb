"""Load speed of Neo4jStore against a bare ``UNWIND $rows MERGE`` baseline.

Both load the same synthetic facts (default 20 000 relationships) into the same
server in the same run, on an emptied database, in batches of 1 000 rows in
managed write transactions. The store also resolves entities, keeps
provenance lists on every relationship, mentions, article hashes and dates;
the baseline merges bare nodes and relationships. The last line printed is
the ratio store / baseline (fact relationships per second; the MENTIONS
relationships the store writes as well are printed, not counted).

Needs a Bolt server: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (e.g.
``eval "$(.ci/bolt-server start)"``). It empties that database.

    python bench/neo4j_load.py [--relationships 20000] [--per-article 20]
"""

from __future__ import annotations

import argparse
import os
import random
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

    # Warm-up (JIT, caches) on a slice, then the measured runs on an empty database.
    store.clear()
    load_baseline(store, nodes[:2000], {r: v[:300] for r, v in rels.items()})
    store.load_many(extractions[:30])

    store.clear()
    start = time.perf_counter()
    load_baseline(store, nodes, rels)
    base_s = time.perf_counter() - start
    base_n = count_relationships(store)

    store.clear()
    start = time.perf_counter()
    store.load_many(extractions)
    store_s = time.perf_counter() - start
    stats = store.stats()
    store_n = stats["facts"]
    _, records = store.run_read("MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n")
    mentions = records[0]["n"]
    store.clear()
    store.close()

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
