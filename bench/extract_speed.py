"""End-to-end extraction throughput against the bare spaCy pipeline.

Runs the same texts through (1) the bare spaCy pipeline (``nlp.pipe``) and
(2) artistgraph's extractor (the same parse plus mentions, entities, rules
and dates), in the same process, and prints articles/s and chars/s for both.
The last line is the ratio ours / bare (goal: >= 0.8).

    python bench/extract_speed.py [ARTICLES...]   # default: the eval sets and tests/devset3-6
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from artistgraph.loaders.dates import resolve_date
from artistgraph.loaders.extract import Extractor, load_pipeline
from artistgraph.loaders.readers import Article, iter_articles

ROOT = Path(__file__).resolve().parent.parent


def corpus(paths: list[str]) -> list[Article]:
    """Distinct articles only: a repeated text would find the extractor's caches warm."""
    if not paths:
        paths = [str(p) for p in (ROOT.parent / "shared" / "eval").glob("dev*.json")] + [
            str(p) for p in sorted((ROOT / "tests").glob("devset[3-6]/devset*.json"))]
    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    distinct = list({a.text: a for a in articles}.values())
    return distinct or [a for a in iter_articles([str(ROOT / "examples")]) if isinstance(a, Article)]


def main() -> None:
    articles = corpus(sys.argv[1:])
    chars = sum(len(a.text) for a in articles)
    nlp = load_pipeline()
    extractor = Extractor(nlp=nlp)
    list(extractor.extract_many(articles[:4]))  # warm up caches and dateparser
    rounds = []
    for _ in range(2):  # interleave so drift on a shared machine hits both
        t0 = time.perf_counter()
        for _doc in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
        bare = time.perf_counter() - t0
        resolve_date.cache_clear()  # every pass starts cold, as a new stream of articles would
        t0 = time.perf_counter()
        facts = sum(len(e.facts) for e in extractor.extract_many(articles))
        ours = time.perf_counter() - t0
        rounds.append((bare, ours, facts))
    bare = min(r[0] for r in rounds)
    ours = min(r[1] for r in rounds)
    n = len(articles)
    print(f"articles: {n}, chars: {chars}, facts per pass: {rounds[0][2]}")
    print(f"bare spaCy:   {n / bare:7.1f} articles/s  {chars / bare:10.0f} chars/s")
    print(f"artistgraph:  {n / ours:7.1f} articles/s  {chars / ours:10.0f} chars/s")
    print(f"ratio artistgraph/bare: {bare / ours:.2f}")


if __name__ == "__main__":
    main()
