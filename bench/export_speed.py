"""How fast the RDF export streams a large graph.

Builds a synthetic store of 1 M facts (one evidence row each) directly in a
SQLite file with the store's own schema, then times, in this process:

* artistgraph's streaming N-Triples export, end to end (reading the store
  through the GraphStore protocol, minting IRIs, writing a file);
* a baseline: the same triples for a slice of the facts, already converted to
  rdflib terms, added to an rdflib ``Graph`` and serialised with
  ``serialize(format="nt")`` (term creation and store reading are not timed,
  which favours the baseline).

The last line is the ratio of triples per second (streaming / baseline).

    python bench/export_speed.py               # 1 M facts, a few minutes
    python bench/export_speed.py --facts 100000
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib.util import from_n3

from artistgraph.graph.export.rdf import Minter, RdfOptions, fact_blocks, write_rdf
from artistgraph.graph.sqlite_store import SQLiteStore

# Share of each relation in the synthetic graph (sums to 1).
MIX = {"BY_ARTIST": 0.2, "FEATURES": 0.2, "RELEASED_ON": 0.2, "COLLABORATED_WITH": 0.2,
       "DIRECTED_BY": 0.1, "MEMBER_OF": 0.05, "ENLISTED": 0.05}


def build(path: Path, n_facts: int) -> dict:
    """Write a synthetic graph of about n_facts facts; returns its sizes."""
    n_people, n_groups = max(n_facts // 20, 10), max(n_facts // 100, 5)
    n_releases, n_articles = max(n_facts // 5, 10), max(n_facts // 50, 2)
    store = SQLiteStore(path)
    db = store.db
    people = [f"agent:person{i}" for i in range(n_people)]
    groups = [f"agent:group{i}" for i in range(n_groups)]
    releases = [f"release:song{i}" for i in range(n_releases)]
    articles = [f"article-{i}" for i in range(n_articles)]
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
        [(a, f"h{i}", f"Title {i}", "2024-01-01", f"https://news.example.com/{i}",
          "2024-02-01T00:00:00+00:00") for i, a in enumerate(articles)])
    entities = ([(k, f"Person {i}", "Person") for i, k in enumerate(people)]
                + [(k, f"Group {i}", "Group") for i, k in enumerate(groups)]
                + [(k, f"Song {i}", "Release") for i, k in enumerate(releases)])
    db.executemany("INSERT INTO entities VALUES (?, ?, ?)", entities)
    db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)",
                   [(articles[i % n_articles], k, name, t)
                    for i, (k, name, t) in enumerate(entities)])
    db.executemany("INSERT INTO aliases VALUES (?, ?, ?, ?)",
                   [(name.lower().replace(" ", ""), k, name, articles[i % n_articles])
                    for i, (k, name, t) in enumerate(entities)])

    facts: list[tuple[int, str, str, str]] = []
    fid = itertools.count(1)
    for relation, share in MIX.items():
        count = int(n_facts * share)
        for i in range(count):
            # Each relation has at most one fact per release or person, so
            # (relation, subject, object) stays unique without checks.
            if relation in ("BY_ARTIST", "FEATURES", "DIRECTED_BY"):
                s, o = releases[i % n_releases], people[(i * 7919 + len(relation)) % n_people]
            elif relation == "RELEASED_ON":
                day = f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                s, o = releases[i % n_releases], day
            elif relation == "COLLABORATED_WITH":
                a = i % n_people
                s, o = sorted((people[a], people[(a + 1 + i // n_people) % n_people]))
            elif relation == "MEMBER_OF":
                s, o = people[i % n_people], groups[i % n_groups]
            else:  # ENLISTED
                s, o = people[i % n_people], f"{2010 + i % 15}-{1 + i % 12:02d}"
            facts.append((next(fid), relation, s, o))
    db.executemany("INSERT OR IGNORE INTO facts VALUES (?, ?, ?, ?)", facts)
    db.execute(
        "INSERT INTO evidence SELECT id, 'article-' || (id % ?), "
        "'Sentence number ' || id || ' says so.', 0, 30, 0.5 + (id % 50) / 100.0, 'bench', '' "
        "FROM facts", (n_articles,))
    db.execute("COMMIT")
    stats = store.stats()
    store.close()
    return {"facts": stats["facts"], "entities": stats["entities"],
            "articles": stats["articles"], "evidence": stats["evidence"]}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--baseline-facts", type=int, default=50_000,
                        help="facts in the rdflib baseline slice (rdflib holds it all in memory)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="artistgraph-bench-") as tmp:
        db_path, out_path = Path(tmp) / "bench.db", Path(tmp) / "out.nt"
        t0 = time.perf_counter()
        sizes = build(db_path, args.facts)
        print(f"synthetic store: {sizes['facts']:,} facts, {sizes['entities']:,} entities, "
              f"{sizes['articles']:,} articles, {sizes['evidence']:,} evidence rows "
              f"(built in {time.perf_counter() - t0:.1f} s)")

        with SQLiteStore(db_path) as store:
            t0 = time.perf_counter()
            with out_path.open("wb") as out:
                ours = write_rdf(store, "ntriples", out, RdfOptions())
            ours_s = time.perf_counter() - t0
            size_mb = os.path.getsize(out_path) / 1e6
            print(f"artistgraph streaming N-Triples, end to end: {ours:,} triples "
                  f"({size_mb:,.0f} MB) in {ours_s:.1f} s = {ours / ours_s:,.0f} triples/s "
                  f"(peak RSS {rss_mb():,.0f} MB)")

            facts = store.facts(with_evidence=True)[: args.baseline_facts]
        minter = Minter()
        triples = []
        for fact in facts:
            for block in fact_blocks(fact, minter):
                triples.extend(tuple(from_n3(t) for t in triple) for triple in block.triples)
        del facts
        t0 = time.perf_counter()
        graph = rdflib.Graph()
        for triple in triples:
            graph.add(triple)
        data = graph.serialize(format="nt", encoding="utf-8")
        base_s = time.perf_counter() - t0
        base_n = len(graph)
        print(f"baseline rdflib Graph.add + serialize(nt) of {args.baseline_facts:,} facts: "
              f"{base_n:,} triples ({len(data) / 1e6:,.0f} MB) in {base_s:.1f} s = "
              f"{base_n / base_s:,.0f} triples/s (peak RSS {rss_mb():,.0f} MB)")
        ratio = (ours / ours_s) / (base_n / base_s)
        print(f"ratio (streaming triples/s / rdflib baseline triples/s): {ratio:.2f}x")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
