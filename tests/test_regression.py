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
from collections import defaultdict
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
from artistgraph.loaders.readers import iter_articles

REGRESSION_MIN_F1 = 0.80
REGRESSION_MIN_PRECISION = 0.85
MIN_ARTICLES = 48

GOLD_PATH = Path(__file__).parent / "regression" / "articles.json"
GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))

Triple = tuple[str, str, str]  # (relation, subject key, object key or ISO date)


# ---------------------------------------------------------------- scoring
# The same matching as shared/eval/score.py: names fold through the gold aliases
# (normalize_name folds exactly the characters score.py drops), dates compare on
# their ISO text, COLLABORATED_WITH is symmetric, and facts form one set per corpus.


def _norm_date(value: object) -> str:
    """The ISO prefix of a date value, '' for None.

    >>> _norm_date("2024-05-06T00:00:00"), _norm_date(None)
    ('2024-05-06', '')
    """
    if value is None:
        return ""
    text = str(value).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    return "-".join(p for p in m.groups() if p) if m else text


@dataclass
class Gold:
    """The gold annotation: a folded-name -> entity-key map and facts per article."""

    alias: dict[str, str]
    facts_by_article: dict[str, set[Triple]]

    @classmethod
    def from_json(cls, data: dict) -> Gold:
        alias: dict[str, str] = {}
        for key, ent in data["entities"].items():
            for name in {key, *ent.get("aliases", [])}:
                alias[normalize_name(name)] = key
        keys_only = {normalize_name(k): k for k in data["entities"]}
        facts = {
            art["id"]: {canon(rel, s, o, keys_only) for rel, s, o in art["facts"]}
            for art in data["articles"]
        }
        return cls(alias, facts)

    @property
    def facts(self) -> set[Triple]:
        return set().union(*self.facts_by_article.values())


def canon(relation: str, subject: str, obj: str | None, alias: dict[str, str]) -> Triple:
    """A fact in comparable form; unknown names keep a '?' prefix (false positives).

    >>> canon("COLLABORATED_WITH", "b", "a", {"a": "A", "b": "B"})
    ('COLLABORATED_WITH', 'A', 'B')
    """
    s_key = alias.get(normalize_name(subject or ""), f"?{subject}")
    if RELATIONS[relation].is_dated:
        o_key = _norm_date(obj)
    else:
        o_key = alias.get(normalize_name(obj or ""), f"?{obj}")
    if RELATIONS[relation].symmetric:
        s_key, o_key = sorted((s_key, o_key))
    return (relation, s_key, o_key)


def canon_facts(facts: Iterable[Fact], alias: dict[str, str]) -> set[Triple]:
    """Extracted facts as comparable triples; relations outside the schema are dropped."""
    return {canon(f.relation, f.subject, f.object, alias) for f in facts if f.relation in RELATIONS}


def show(fact: Triple) -> str:
    """A triple for a failure message; an empty date is a null object.

    >>> show(("ENLISTED", "Do Kyung-min", ""))
    'ENLISTED | Do Kyung-min | null'
    """
    rel, s, o = fact
    return f"{rel} | {s} | {o or 'null'}"


@dataclass
class Score:
    """Per-relation counts and the micro-averaged score of predicted vs gold facts."""

    gold: set[Triple]
    pred: set[Triple]

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def micro(self) -> tuple[float, float, float]:
        """(precision, recall, F1) over all relations."""
        tp = len(self.pred & self.gold)
        return self.prf(tp, len(self.pred) - tp, len(self.gold) - tp)

    def table(self) -> str:
        """The per-relation table score.py prints, then the misses and false facts."""
        rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for f in self.pred:
            rows[f[0]][0 if f in self.gold else 1] += 1
        for f in self.gold - self.pred:
            rows[f[0]][2] += 1
        lines = [f"{'relation':<18} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
        for rel in RELATIONS:
            tp, fp, fn = rows[rel]
            p, r, f1 = self.prf(tp, fp, fn)
            lines.append(f"{rel:<18} {tp:>4} {fp:>4} {fn:>4} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
        p, r, f1 = self.micro
        lines.append(f"micro F1 {f1:.3f} P {p:.3f} R {r:.3f} "
                     f"(gold {len(self.gold)}, predicted {len(self.pred)})")
        lines += [f"MISSED  {show(f)}" for f in sorted(self.gold - self.pred)]
        lines += [f"FALSE   {show(f)}" for f in sorted(self.pred - self.gold)]
        return "\n".join(lines)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def gold() -> Gold:
    return Gold.from_json(GOLD)


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
    """The scorer is sound: the gold facts, fed back under their aliases, score 1.0."""
    as_aliases = set()
    for triple in gold.facts:
        rel, s, o = triple
        s_alias = (GOLD["entities"][s]["aliases"] or [s])[0]
        as_aliases.add(canon(rel, s_alias.upper(), o, gold.alias))
    assert Score(gold.facts, as_aliases).micro == (1.0, 1.0, 1.0)
    # and a wrong name is a false positive, not silently dropped
    wrong = Score(gold.facts, {*gold.facts, canon("MEMBER_OF", "Nobody", "HALOGEN", gold.alias)})
    assert wrong.micro[0] < 1.0


# ---------------------------------------------------------------- the extractor


def test_regression_set_scores_above_threshold(
    gold: Gold, predicted: dict[str, set[Triple]]
) -> None:
    score = Score(gold.facts, set().union(*predicted.values()))
    p, _r, f1 = score.micro
    report = score.table()
    print(report)
    assert f1 >= REGRESSION_MIN_F1 and p >= REGRESSION_MIN_PRECISION, (
        f"regression set below threshold (F1 >= {REGRESSION_MIN_F1}, "
        f"P >= {REGRESSION_MIN_PRECISION}):\n{report}"
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
