"""Calibrated confidences: the committed rule-precision table and its use by the extractor.

The table (``loaders/rule_precision.json``) is fitted by ``bench/calibrate.py`` on
the regression set; the extraction tests use invented artists in short texts.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artistgraph.graph.model import DEFAULT_MIN_CONFIDENCE, Article
from artistgraph.loaders.calibration import (
    TABLE_PATH,
    CalibrationError,
    RuleStats,
    RuleTable,
    raw_confidences,
    smoothed_precision,
)

TABLE = RuleTable.load()


def test_committed_table_loads_and_is_fitted_on_development_sets_only() -> None:
    assert len(TABLE.rules) >= 10
    fitted_on = TABLE.meta["fitted_on"]
    assert "tests/regression/articles.json" in fitted_on
    # never the evaluation sets or the blind held-out sets
    assert not any("eval/" in path or "heldout2" in path or "heldout3" in path for path in fitted_on)
    for name, stats in TABLE.rules.items():
        assert 0 < stats.reference <= 1 and 0 <= stats.precision <= 1, name
        n, correct = stats.plain
        assert 0 <= correct <= n and n >= 1, name  # a rule in the table was seen stated plainly
        # the smoothed value lies between what was measured and the hand-set prior
        measured = correct / n
        assert min(measured, stats.reference) - 1e-3 <= stats.precision <= max(measured, stats.reference) + 1e-3


@given(rule=st.sampled_from([*sorted(TABLE.rules), "no-such-rule"]),
       confidence=st.floats(min_value=-0.5, max_value=1.5, allow_nan=False))
def test_calibrated_confidence_stays_in_unit_interval(rule: str, confidence: float) -> None:
    assert 0.0 <= TABLE.calibrate(rule, confidence) <= 1.0


@given(confidence=st.floats(min_value=0.0, max_value=1.0, allow_nan=False))
def test_unknown_rule_keeps_its_hand_set_value(confidence: float) -> None:
    assert "rule-nobody-wrote" not in TABLE.rules
    assert TABLE.calibrate("rule-nobody-wrote", confidence) == confidence


def test_hedging_factor_survives_calibration() -> None:
    table = RuleTable({"r": RuleStats(reference=0.8, precision=0.95)})
    assert table.calibrate("r", 0.8) == 0.95
    assert table.calibrate("r", 0.8 * 0.45) == pytest.approx(0.95 * 0.45, abs=1e-3)
    assert table.calibrate("r", 0.0) == 0.0
    assert table.calibrate("r", 0.9) == 0.95  # above the reference: never above the measured precision


def test_smoothing_pulls_few_observations_towards_the_prior() -> None:
    few, many = smoothed_precision(1, 1, 0.6, 10), smoothed_precision(40, 40, 0.6, 10)
    assert 0.6 < few < many < 1.0


def test_table_round_trips_and_bad_tables_fail_with_the_path(tmp_path) -> None:
    path = tmp_path / "t.json"
    path.write_text(TABLE.to_json(), encoding="utf-8")
    again = RuleTable.load(path)
    assert again.rules == TABLE.rules and again.meta == TABLE.meta
    path.write_text(json.dumps({"rules": {"r": {"reference": 0.8, "precision": 1.7}}}), encoding="utf-8")
    with pytest.raises(CalibrationError, match=r"t\.json"):
        RuleTable.load(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CalibrationError, match=r"t\.json"):
        RuleTable.load(path)
    with pytest.raises(CalibrationError, match="no such file"):
        RuleTable.load(tmp_path / "missing.json")
    assert TABLE_PATH.name == "rule_precision.json"


# ---------------------------------------------------------------- through the extractor


def facts(extractor, text: str) -> dict[tuple, tuple[float, str]]:
    """(relation, subject, object) -> (confidence, rule) of one short article."""
    extraction = extractor.extract(Article(id="t", text=text, published=date(2024, 3, 4)))
    return {(f.relation, f.subject, f.object): (f.evidence.confidence, f.evidence.rule) for f in extraction.facts}


@pytest.mark.parametrize(("plain", "hedged", "fact"), [
    ("Singer Mara Quill released her new album Salt Lanterns on Friday.",
     "Singer Mara Quill is rumoured to release her new album Salt Lanterns on Friday.",
     ("RELEASED_ON", "Salt Lanterns", "2024-03-01")),
    ("Rapper Dex Olund features on Mara Quill's new single Paper Moons.",
     "Rapper Dex Olund may feature on Mara Quill's new single Paper Moons.",
     ("FEATURES", "Paper Moons", "Dex Olund")),
])
def test_hedged_fact_scores_below_the_same_fact_stated_plainly(extractor, plain, hedged, fact) -> None:
    stated, rumoured = facts(extractor, plain), facts(extractor, hedged)
    assert fact in stated and fact in rumoured
    assert stated[fact][0] >= DEFAULT_MIN_CONFIDENCE > rumoured[fact][0]


def test_extractor_reports_the_calibrated_confidence_of_each_rule(extractor) -> None:
    text = "Singer Mara Quill released her new album Salt Lanterns on Friday."
    with raw_confidences():
        raw = facts(extractor, text)
    calibrated = facts(extractor, text)
    assert raw.keys() == calibrated.keys() and raw
    changed = 0
    for key, (conf, rule) in calibrated.items():
        raw_conf, raw_rule = raw[key]
        assert rule == raw_rule
        assert conf == pytest.approx(TABLE.calibrate(rule, raw_conf), abs=1e-3)
        changed += rule in TABLE.rules and conf != raw_conf
    assert changed, "no fact's confidence went through the table"
