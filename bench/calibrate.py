"""Fit the per-rule precision table the extractor calibrates confidences with.

Runs the real extractor, with its hand-set confidences, over the project's own
development gold files (the regression set ``tests/regression/articles.json`` and the
full-length development articles ``tests/heldout/heldout.json`` and ``tests/devset3`` to
``tests/devset8``; never the evaluation sets and never the blind sets ``tests/heldout2``,
``tests/heldout3`` and ``tests/devset9``), scores every fact it emits the way
``artistgraph evaluate`` does (each file against its own gold), and counts per
rule how many facts are correct, separately for plainly stated facts and facts
in hedged or negated sentences. The precision of plain facts, smoothed with a
Beta prior centred on the rule's hand-set confidence (worth ``--strength``
facts), goes to ``loaders/rule_precision.json``. Prints the table.

    .venv/bin/python bench/calibrate.py                # refit and write the table
    .venv/bin/python bench/calibrate.py --dry-run      # print only
    .venv/bin/python bench/calibrate.py --curve ../shared/eval/dev.json
        # P/R/F1 at thresholds 0.3..0.9, hand-set ("raw") vs calibrated confidences
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import spacy

from artistgraph.graph.model import Article
from artistgraph.loaders.calibration import (
    TABLE_PATH,
    RuleStats,
    RuleTable,
    raw_confidences,
    smoothed_precision,
)
from artistgraph.loaders.evaluation import _canon, evaluate_gold, load_gold
from artistgraph.loaders.extract import Extractor, load_pipeline
from artistgraph.loaders.readers import iter_articles
from artistgraph.loaders.relations.context import statement_modality

ROOT = Path(__file__).resolve().parent.parent
# Short one-phrasing articles alone made rules look better than they do in whole
# articles, so the full-length development sets are pooled in.
DEVELOPMENT = [ROOT / "tests" / "regression" / "articles.json", ROOT / "tests" / "heldout" / "heldout.json",
               ROOT / "tests" / "devset3" / "devset3.json", ROOT / "tests" / "devset4" / "devset4.json",
               ROOT / "tests" / "devset5" / "devset5.json", ROOT / "tests" / "devset6" / "devset6.json",
               ROOT / "tests" / "devset7" / "devset7.json", ROOT / "tests" / "devset8" / "devset8.json"]
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# The hand-set confidence counts as this many observed facts: a rule seen once or
# twice moves little, one seen thirty times is mostly what it measured.
PRIOR_STRENGTH = 10.0


def fit(gold_paths: list[Path], nlp, strength: float) -> RuleTable:
    """Per-rule counts and smoothed precision from one raw-confidence extraction run
    over each gold file, every fact scored against its own file's gold."""
    tokenizer = spacy.blank("en")
    counts: dict[str, dict[str, list]] = defaultdict(lambda: {"plain": [0, 0], "hedged": [0, 0], "conf": []})
    for gold_path in gold_paths:
        alias, gold = load_gold(gold_path)
        articles = [a for a in iter_articles([gold_path]) if isinstance(a, Article)]
        with raw_confidences():
            for extraction in Extractor(nlp=nlp).extract_many(articles):
                for fact in extraction.facts:
                    ev = fact.evidence
                    correct = _canon(fact.relation, fact.subject, fact.object, alias) in gold
                    # the sentence-level modality test the rules apply: any hedge or negation
                    hedged = statement_modality(tokenizer(ev.sentence)[:]) < 1.0
                    row = counts[ev.rule]
                    row["hedged" if hedged else "plain"][0] += 1
                    row["hedged" if hedged else "plain"][1] += correct
                    if not hedged:
                        row["conf"].append(ev.confidence)
    rules = {}
    for rule, row in counts.items():
        if not row["conf"]:
            continue  # only ever seen hedged: nothing to anchor the scale, keep hand-set values
        reference = max(row["conf"])
        n, ok = row["plain"]
        rules[rule] = RuleStats(reference, smoothed_precision(ok, n, reference, strength),
                                tuple(row["plain"]), tuple(row["hedged"]))
    meta = {
        "about": "Smoothed precision per extraction rule; read by artistgraph.loaders.calibration.",
        "fitted_on": [str(p.relative_to(ROOT)) for p in gold_paths],
        "prior_strength": strength,
        "regenerate": ".venv/bin/python bench/calibrate.py",
    }
    return RuleTable(rules, meta)


def print_table(table: RuleTable) -> None:
    print(f"{'rule':<38} {'ref':>5} {'plain':>7} {'hedged':>7} {'P(plain)':>9} {'calibrated':>10}")
    for rule, s in sorted(table.rules.items(), key=lambda kv: (-kv[1].plain[0], kv[0])):
        print(f"{rule:<38} {s.reference:>5.3f} {s.plain[1]:>3}/{s.plain[0]:<3} {s.hedged[1]:>3}/{s.hedged[0]:<3} "
              f"{s.plain[1] / s.plain[0]:>9.3f} {s.precision:>10.3f}")
    plain = [sum(s.plain[i] for s in table.rules.values()) for i in (0, 1)]
    hedged = [sum(s.hedged[i] for s in table.rules.values()) for i in (0, 1)]
    print(f"all plain facts: {plain[1]}/{plain[0]} correct; hedged/negated: {hedged[1]}/{hedged[0]}")


def curve(gold_path: Path, nlp) -> None:
    """P, R, F1 per threshold before (hand-set) and after (calibrated), then the
    precision of the facts within each confidence band; numbers only."""
    points = sorted({0.0, *THRESHOLDS})
    runs = {}
    for name in ("raw", "cal"):
        runs[name] = {}
        for t in points:
            if name == "raw":
                with raw_confidences():
                    runs[name][t] = evaluate_gold(gold_path, Extractor(nlp=nlp), t)["micro"]
            else:
                runs[name][t] = evaluate_gold(gold_path, Extractor(nlp=nlp), t)["micro"]
    print(f"{gold_path}")
    print(f"{'T':>4}  {'raw P':>6} {'R':>6} {'F1':>6} {'n':>4}   {'cal P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for t in THRESHOLDS:
        print(f"{t:>4.1f}  " + "   ".join(
            f"{m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} {m['predicted']:>4}"
            for m in (runs["raw"][t], runs["cal"][t])))
    # A fact's confidence is its highest over the corpus, so the kept set only shrinks
    # as T rises and a band's facts are the difference of two kept sets.
    bands = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, None)]
    print(f"{'band':>10}  {'raw n':>5} {'P':>6}   {'cal n':>5} {'P':>6}")
    for lo, hi in bands:
        cells = []
        for name in ("raw", "cal"):
            a, b = runs[name][lo], runs[name][hi] if hi is not None else {"predicted": 0, "tp": 0}
            n, tp = a["predicted"] - b["predicted"], a["tp"] - b["tp"]
            cells.append(f"{n:>5} {tp / n if n else float('nan'):>6.3f}")
        print(f"{f'[{lo},{hi})' if hi else f'[{lo},1.0]':>10}  " + "   ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the fitted table, do not write it")
    parser.add_argument("--strength", type=float, default=PRIOR_STRENGTH, help="prior strength in facts")
    parser.add_argument("--curve", nargs="+", type=Path, metavar="GOLD",
                        help="print the threshold curve on these gold files instead of fitting")
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    if args.curve:
        for path in args.curve:
            curve(path, nlp)
        return 0
    table = fit([p for p in DEVELOPMENT if p.exists()], nlp, args.strength)
    print_table(table)
    if not args.dry_run:
        TABLE_PATH.write_text(table.to_json(), encoding="utf-8")
        print(f"wrote {TABLE_PATH.relative_to(ROOT)} ({len(table.rules)} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
