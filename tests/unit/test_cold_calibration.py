"""benchmarks/cold_calibration.py: how dev counts and counts on unread batches become the confidence table."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import extraction_quality as quality
from benchmarks.cold_calibration import blended, cold_counts, rule_counts

TABLE = """| rule | correct | stated | confidence |
|---|---:|---:|---:|
| deals.invested.INVESTED_IN | 39 | 53 | 0.73 |
| market.price_move.PRICE_MOVE | 171 | 201 | 0.85 |
"""


def test_the_calibration_table_of_an_old_commit_reads_as_counts() -> None:
    assert rule_counts(TABLE) == {"deals.invested.INVESTED_IN": [39, 53], "market.price_move.PRICE_MOVE": [171, 201]}


BLENDED_TABLE = """| rule | dev correct/stated | unseen correct/stated | confidence |
|---|---:|---:|---:|
| deals.invested.INVESTED_IN | 39/53 | 12/20 | 0.66 |
"""


def test_the_table_of_a_commit_that_already_blends_reads_as_the_counts_of_the_corpus_it_scored() -> None:
    assert rule_counts(BLENDED_TABLE) == {"deals.invested.INVESTED_IN": [39, 53]}


def test_batches_add_up_per_rule() -> None:
    results = {"w1": {"rules": {"a.b.X": [1, 2]}}, "w2": {"rules": {"a.b.X": [3, 4], "c.d.Y": [0, 1]}}}
    assert cold_counts(results) == {"a.b.X": [4, 6], "c.d.Y": [0, 1]}


def test_a_rule_that_flatters_on_dev_is_pulled_toward_what_it_did_on_unread_text() -> None:
    hot = {"deals.invested.INVESTED_IN": [97, 100], "funding.apply.INVESTED_IN": [98, 100]}
    cold = {"deals.invested.INVESTED_IN": [30, 50], "funding.apply.INVESTED_IN": [19, 20]}
    rules, types = blended(hot, cold)
    assert rules["deals.invested.INVESTED_IN"] < 0.7  # 30/50 on unread text: far under its 0.97 on dev
    assert rules["funding.apply.INVESTED_IN"] > 0.85
    assert types["INVESTED_IN"] == pytest.approx((49 + 10 * 50 / 72) / 80)


def test_a_rule_without_cold_statements_is_its_dev_precision_scaled_by_its_type() -> None:
    hot = {"a.new.DEVELOPED": [18, 20], "a.old.DEVELOPED": [80, 100]}
    cold = {"a.old.DEVELOPED": [40, 80]}
    rules, types = blended(hot, cold)
    dev_type = (98 + 1) / (120 + 2)
    assert rules["a.new.DEVELOPED"] == pytest.approx((19 / 22) * types["DEVELOPED"] / dev_type)
    assert rules["a.new.DEVELOPED"] < 19 / 22


def test_a_rule_that_no_longer_fires_does_not_weigh_on_its_type() -> None:
    hot = {"ratings.upgrade.ANALYST_ACTION": [23, 24]}
    with_gone = {"ratings.upgrade.ANALYST_ACTION": [2, 2], "ratings.old_reader.ANALYST_ACTION": [1, 20]}
    assert blended(hot, with_gone) == blended(hot, {"ratings.upgrade.ANALYST_ACTION": [2, 2]})


def test_a_table_recalibrated_from_its_own_dev_counts_is_the_same_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quality, "CALIBRATION", tmp_path / "calibration.py")
    monkeypatch.setattr(quality, "COLD_RULES", tmp_path / "cold_rules.json")
    (tmp_path / "cold_rules.json").write_text(
        '{"wave1": {"rules": {"deals.invested.INVESTED_IN": [12, 20]}}}', encoding="utf-8"
    )
    hot = {"deals.invested.INVESTED_IN": [39, 53], "market.price_move.PRICE_MOVE": [171, 201]}
    first = quality.write_calibration(
        hot, {"inferred": [5, 6], "named": [205, 248]}, "--calibrate` from 7 dev documents"
    )
    written = (tmp_path / "calibration.py").read_text(encoding="utf-8")
    assert quality.recalibrate_cold() == first
    again = (tmp_path / "calibration.py").read_text(encoding="utf-8")
    assert again.split('"""', 2)[2] == written.split('"""', 2)[2]  # the same table; only its docstring tells how
    assert "--recalibrate-cold` from 7 dev documents (as counted before)" in again
