"""Regression set for the extractor: short fictional articles, one phrasing each.

``tests/regression/articles.json`` holds short articles written for the project
(invented artists and releases), each aimed at one phrasing pattern named in its
``source`` field (``pattern:possessive-member``, ``pattern:last-month``, ...),
with gold facts annotated by the rules of ``shared/eval/README.md``.

The real extractor runs over the whole set once per module. The corpus-level
test scores the kept facts (confidence >= ``DEFAULT_MIN_CONFIDENCE``) the way
``shared/eval/score.py`` does and fails below the thresholds; the per-article
tests are ``xfail(strict=False)`` so they report which patterns work without
failing the build (``pytest tests/test_regression.py --runxfail -k r13`` shows
the misses and false facts of one article).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from artistgraph.graph.model import (
    DEFAULT_MIN_CONFIDENCE,
    RELATIONS,
    Article,
    EntityType,
    Fact,
    normalize_name,
)
from artistgraph.loaders.evaluation import _canon, load_gold, score
from artistgraph.loaders.readers import iter_articles

# A ratchet a little under the measured level (F1 0.929, P 0.974 on 217 articles, 2026-11-26):
# raise it as rules improve, never lower it to let a change through.
REGRESSION_MIN_F1 = 0.90
REGRESSION_MIN_PRECISION = 0.95
MIN_ARTICLES = 320

GOLD_PATH = Path(__file__).parent / "regression" / "articles.json"
GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))

Triple = tuple[str, str, str]  # (relation, subject key, object key or ISO date)


# ---------------------------------------------------------------- scoring
# Matching and scoring are the project's own (artistgraph.loaders.evaluation, the
# same rules as shared/eval/score.py); this module only groups facts per article
# and formats the report.


def canon_facts(facts: Iterable[Fact], alias: dict[str, str]) -> set[Triple]:
    """Facts as comparable triples; relations outside the schema are dropped."""
    return {
        _canon(f.relation, f.subject, f.object, alias) for f in facts if f.relation in RELATIONS
    }


def show(fact: Triple) -> str:
    """A triple for a failure message; an empty date is a null object.

    >>> show(("ENLISTED", "Do Kyung-min", ""))
    'ENLISTED | Do Kyung-min | null'
    """
    rel, s, o = fact
    return f"{rel} | {s} | {o or 'null'}"


def report(result: dict) -> str:
    """The per-relation table score.py prints, then the missed and false facts."""
    lines = [f"{'relation':<18} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for rel, row in result["relations"].items():
        lines.append(f"{rel:<18} {row['tp']:>4} {row['fp']:>4} {row['fn']:>4} "
                     f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
    mi = result["micro"]
    lines.append(f"micro F1 {mi['f1']:.3f} P {mi['precision']:.3f} R {mi['recall']:.3f} "
                 f"(gold {mi['gold']}, predicted {mi['predicted']})")
    lines += [f"MISSED  {show(f)}" for f in result["missed"]]
    lines += [f"FALSE   {show(f)}" for f in result["false"]]
    return "\n".join(lines)


@dataclass
class Gold:
    """The gold annotation: folded name -> entity key, and the facts of each article."""

    alias: dict[str, str]
    facts: set[Triple]
    facts_by_article: dict[str, set[Triple]]

    @classmethod
    def load(cls, path: Path) -> Gold:
        alias, facts = load_gold(path)
        by_article = {
            art["id"]: {_canon(rel, s, o, alias) for rel, s, o in art["facts"]}
            for art in GOLD["articles"]
        }
        return cls(alias, facts, by_article)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def gold() -> Gold:
    return Gold.load(GOLD_PATH)


@pytest.fixture(scope="module")
def predicted(gold: Gold) -> dict[str, set[Triple]]:
    """Kept facts per article id, from ONE extractor (one spaCy load) for the module."""
    try:
        from artistgraph.loaders.extract import Extractor
    except ModuleNotFoundError as exc:  # only while the extractor is being written
        if exc.name == "artistgraph.loaders.extract":
            pytest.skip("artistgraph.loaders.extract does not exist yet")
        raise
    articles = list(iter_articles([GOLD_PATH]))
    bad = [str(a) for a in articles if not isinstance(a, Article)]
    assert not bad, f"unreadable regression records: {bad}"
    out: dict[str, set[Triple]] = {a.id: set() for a in articles}
    for extraction in Extractor().extract_many(articles):
        kept = [f for f in extraction.facts if f.evidence.confidence >= DEFAULT_MIN_CONFIDENCE]
        out[extraction.article.id] |= canon_facts(kept, gold.alias)
    return out


# ---------------------------------------------------------------- the gold file itself


def test_gold_file_is_well_formed() -> None:
    """Every fact uses listed entities of the right types, dates are ISO, names are
    unambiguous and each article names its pattern."""
    entities = GOLD["entities"]
    seen: dict[str, str] = {}
    for key, ent in entities.items():
        assert EntityType(ent["type"])
        for name in {key, *ent["aliases"]}:
            other = seen.setdefault(normalize_name(name), key)
            assert other == key, f"{name!r} folds to the same name as entity {other!r}"
    assert len(GOLD["articles"]) >= MIN_ARTICLES
    assert len({a["id"] for a in GOLD["articles"]}) == len(GOLD["articles"])
    used = set()
    for art in GOLD["articles"]:
        assert art["source"].startswith("pattern:"), art["id"]
        for rel, s, o in art["facts"]:
            relation = RELATIONS[rel]
            assert EntityType(entities[s]["type"]) in relation.subject_types, (art["id"], rel, s)
            used.add(s)
            if relation.is_dated:
                assert o is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", o), (art["id"], o)
            else:
                assert EntityType(entities[o]["type"]) in relation.object_types, (art["id"], rel, o)
                used.add(o)
    assert used == set(entities), f"entities in no fact: {sorted(set(entities) - used)}"


def test_gold_scores_perfectly_against_itself(gold: Gold) -> None:
    """The gold facts, written under their aliases, score 1.0; an unknown name is a
    false positive, not silently dropped."""
    as_aliases = set()
    for rel, s, o in gold.facts:
        s_alias = (GOLD["entities"][s]["aliases"] or [s])[0]
        as_aliases.add(_canon(rel, s_alias.upper(), o or None, gold.alias))
    assert score(as_aliases, gold.facts)["micro"]["f1"] == 1.0
    stranger = _canon("MEMBER_OF", "Nobody", "HALOGEN", gold.alias)
    assert score({*gold.facts, stranger}, gold.facts)["micro"]["precision"] < 1.0


# ---------------------------------------------------------------- the extractor


def test_regression_set_scores_above_threshold(
    gold: Gold, predicted: dict[str, set[Triple]]
) -> None:
    result = score(set().union(*predicted.values()), gold.facts)
    text = report(result)
    print(text)
    micro = result["micro"]
    assert micro["f1"] >= REGRESSION_MIN_F1 and micro["precision"] >= REGRESSION_MIN_PRECISION, (
        f"regression set below threshold (F1 >= {REGRESSION_MIN_F1}, "
        f"P >= {REGRESSION_MIN_PRECISION}):\n{text}"
    )


@pytest.mark.xfail(strict=False, reason="per-pattern status report; does not fail the build")
@pytest.mark.parametrize(
    "article_id",
    [a["id"] for a in GOLD["articles"]],
    ids=[f"{a['id']}-{a['source'].removeprefix('pattern:')}" for a in GOLD["articles"]],
)
def test_pattern(article_id: str, gold: Gold, predicted: dict[str, set[Triple]]) -> None:
    """One article, one phrasing: the kept facts equal the gold facts exactly."""
    want, got = gold.facts_by_article[article_id], predicted.get(article_id, set())
    text = next(a["text"] for a in GOLD["articles"] if a["id"] == article_id)
    assert got == want, "\n".join(
        [text]
        + [f"MISSED  {show(f)}" for f in sorted(want - got)]
        + [f"FALSE   {show(f)}" for f in sorted(got - want)]
    )
