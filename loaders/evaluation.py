"""Score extraction against gold facts in the evaluation-set format.

Matching follows the annotation rules: names fold case, spaces, hyphens,
quotes and dots and map through the gold aliases; COLLABORATED_WITH is
symmetric; dates compare on their ISO text; facts form one set per corpus.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from artistgraph.graph.model import RELATIONS, normalize_name
from artistgraph.loaders.readers import BadInput, iter_articles


class GoldError(ValueError):
    """The gold file cannot be read."""


def _canon(relation: str, subject: str, obj: str | None, alias: dict[str, str]) -> tuple:
    s = alias.get(normalize_name(subject or ""), "?" + str(subject))
    o = obj or "" if RELATIONS[relation].is_dated else alias.get(normalize_name(obj or ""), "?" + str(obj))
    if RELATIONS[relation].symmetric:
        s, o = sorted((s, o))
    return (relation, s, o)


def load_gold(path: Path) -> tuple[dict[str, str], set[tuple]]:
    """``(alias -> entity key, set of gold facts)``."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
        alias: dict[str, str] = {}
        for key, entity in gold["entities"].items():
            for name in {key, *entity.get("aliases", [])}:
                alias[normalize_name(name)] = key
        facts = {_canon(r, s, o, alias) for a in gold["articles"] for r, s, o in a["facts"]
                 if r in RELATIONS}
    except FileNotFoundError as exc:
        raise GoldError(f"{path}: no such file") from exc
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"{path}: not a gold file in the dev.json format ({exc})") from exc
    return alias, facts


def score(pred: set[tuple], gold: set[tuple]) -> dict:
    """Per-relation and micro precision/recall/F1 of predicted against gold facts.

    >>> score({("BY_ARTIST", "A", "B")}, {("BY_ARTIST", "A", "B"), ("FEATURES", "A", "C")})["micro"]["f1"]
    0.667
    """
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for f in pred:
        rows[f[0]][0 if f in gold else 1] += 1
    for f in gold - pred:
        rows[f[0]][2] += 1

    def prf(tp: int, fp: int, fn: int) -> dict:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
                "f1": round(f1, 3)}

    tp = len(pred & gold)
    micro = prf(tp, len(pred) - tp, len(gold) - tp) | {"gold": len(gold), "predicted": len(pred)}
    return {
        "relations": {r: prf(*rows[r]) for r in RELATIONS},
        "micro": micro,
        "missed": sorted(gold - pred),
        "false": sorted(pred - gold),
    }


def evaluate_gold(path: Path, extractor, min_confidence: float = 0.5) -> dict:
    """Run ``extractor`` over the gold file's articles and score its facts."""
    alias, gold = load_gold(path)
    articles = []
    for item in iter_articles([path]):
        if isinstance(item, BadInput):
            raise GoldError(str(item))
        articles.append(item)
    pred = set()
    for extraction in extractor.extract_many(articles):
        for fact in extraction.facts:
            if fact.evidence.confidence >= min_confidence:
                pred.add(_canon(fact.relation, fact.subject, fact.object, alias))
    return score(pred, gold)
