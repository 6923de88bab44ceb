"""Confidence calibration: a fact's confidence as an estimate of its rule's precision.

Each relation rule (``Candidate.rule``) sets a hand-chosen confidence and
multiplies it by a modality factor when the statement is hedged or negated
(:func:`artistgraph.loaders.relations.context.statement_modality`). ``bench/calibrate.py`` runs
the extractor over the project's development gold files (the regression set
``tests/regression/articles.json`` and the full-length development articles of
``tests/heldout`` and ``tests/devset3``; never the evaluation or blind sets) and
writes ``rule_precision.json`` next to this module: for each rule, the confidence
it gives a plain (unhedged) statement (``reference``) and its precision on
plainly stated facts, smoothed with a Beta prior centred on that
reference, so a rule seen a few times stays near its hand-set value.

A fact's calibrated confidence is ``precision × min(1, confidence / reference)``:
the rule's measured precision, scaled down by whatever the rule took off for
hedging (or for a weaker variant of its pattern). Rules absent from the table
keep their hand-set confidence.

>>> table = RuleTable({"release-verb": RuleStats(reference=0.75, precision=0.9)})
>>> table.calibrate("release-verb", 0.75), table.calibrate("release-verb", 0.3375)
(0.9, 0.405)
>>> table.calibrate("some-new-rule", 0.6)
0.6
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("rule_precision.json")


class CalibrationError(ValueError):
    """The rule-precision table cannot be read."""


@dataclass(frozen=True)
class RuleStats:
    """What the development sets say about one rule."""

    reference: float  # the rule's confidence on a plain statement (its highest seen)
    precision: float  # smoothed precision of its plainly stated facts
    plain: tuple[int, int] = (0, 0)  # (facts, correct) stated plainly
    hedged: tuple[int, int] = (0, 0)  # (facts, correct) in hedged or negated sentences


class RuleTable:
    """Calibrated precision per rule name; :meth:`calibrate` maps a raw confidence."""

    def __init__(self, rules: dict[str, RuleStats], meta: dict | None = None):
        self.rules = rules
        self.meta = meta or {}

    def calibrate(self, rule: str, confidence: float) -> float:
        """The calibrated confidence of a fact the rule gave ``confidence``, in [0, 1].

        An unknown rule keeps ``confidence`` (clipped to [0, 1]).
        """
        confidence = min(max(confidence, 0.0), 1.0)
        stats = self.rules.get(rule)
        if stats is None or stats.reference <= 0:
            return confidence
        factor = min(1.0, confidence / stats.reference)
        return round(min(max(stats.precision * factor, 0.0), 1.0), 3)

    @classmethod
    def load(cls, path: Path = TABLE_PATH) -> RuleTable:
        """Read a table written by ``bench/calibrate.py``; :class:`CalibrationError` if malformed."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            rules = {
                name: RuleStats(float(r["reference"]), float(r["precision"]),
                                tuple(r.get("plain", (0, 0))), tuple(r.get("hedged", (0, 0))))
                for name, r in data["rules"].items()
            }
        except FileNotFoundError as exc:
            raise CalibrationError(f"{path}: no such file") from exc
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise CalibrationError(f"{path}: not a rule-precision table ({exc})") from exc
        bad = [n for n, s in rules.items() if not (0 <= s.precision <= 1 and 0 < s.reference <= 1)]
        if bad:
            raise CalibrationError(f"{path}: precision/reference outside [0, 1] for {bad[0]!r}")
        return cls(rules, {k: v for k, v in data.items() if k != "rules"})

    def to_json(self) -> str:
        """The table as the JSON text :meth:`load` reads (rules sorted by name)."""
        rules = {name: {"reference": s.reference, "precision": s.precision,
                        "plain": list(s.plain), "hedged": list(s.hedged)}
                 for name, s in sorted(self.rules.items())}
        head = json.dumps(self.meta, indent=1, ensure_ascii=False)[:-2]
        lines = [f" {json.dumps(name)}: {json.dumps(r)}" for name, r in rules.items()]
        return head + ',\n "rules": {\n' + ",\n".join(lines) + "\n }\n}\n"


def smoothed_precision(correct: int, facts: int, prior_mean: float, strength: float) -> float:
    """Posterior mean of a Beta prior with mean ``prior_mean`` worth ``strength`` facts.

    >>> smoothed_precision(10, 10, 0.8, 10)
    0.9
    >>> smoothed_precision(0, 0, 0.8, 10)
    0.8
    """
    return round((correct + strength * prior_mean) / (facts + strength), 3)


_active: RuleTable | None = None
_disabled = False


def active_table() -> RuleTable | None:
    """The table the extractor uses: the committed file, loaded once; None while disabled."""
    global _active
    if _disabled:
        return None
    if _active is None:
        _active = RuleTable.load()
    return _active


def calibrated(rule: str, confidence: float) -> float:
    """``confidence`` of a fact found by ``rule``, mapped through the active table."""
    table = active_table()
    return min(max(confidence, 0.0), 1.0) if table is None else table.calibrate(rule, confidence)


@contextmanager
def raw_confidences() -> Iterator[None]:
    """Within the block, the extractor keeps its rules' hand-set confidences (used to fit the table)."""
    global _disabled
    before, _disabled = _disabled, True
    try:
        yield
    finally:
        _disabled = before
