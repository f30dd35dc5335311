"""The confidence fit: a rule's dev precision is discounted by what unread batches showed, never flattered."""

from __future__ import annotations

from benchmarks.cold_calibration import Fit, fit

DEV = {"a.reliable.X": (95, 100), "b.flattered.X": (95, 100), "c.rare.X": (2, 2)}
# every batch, read cold, agrees on it: the first rule holds up, the second does not
COLD = {f"wave{i}": {"a.reliable.X": (10, 10), "b.flattered.X": (6, 10), "c.rare.X": (1, 2)} for i in range(1, 5)}


def test_cold_counts_pull_a_flattered_rule_down_and_leave_a_reliable_one_high() -> None:
    fitted = fit(DEV, COLD)
    reliable = fitted.confidence("a.reliable.X", DEV, COLD)
    flattered = fitted.confidence("b.flattered.X", DEV, COLD)
    assert reliable > 0.9
    assert 0.55 < flattered < 0.75, flattered


def test_when_every_rule_did_worse_unread_the_dev_figure_is_discounted() -> None:
    dev = {f"r{i}.x.X": (90, 100) for i in range(10)}
    cold = {f"wave{b}": {rule: (3, 4) for rule in dev} for b in range(5)}
    fitted = fit(dev, cold)
    assert fitted.delta >= 0.75
    assert 0.7 < fitted.confidence("r0.x.X", dev, cold) < 0.8


def test_a_rule_measured_nowhere_starts_at_the_cold_precision_of_all_rules() -> None:
    fitted = fit(DEV, COLD)
    assert fitted.unmeasured == round((4 * 17 + 1) / (4 * 22 + 2), 3)
    assert fitted.confidence("d.new.X", DEV, COLD) < fitted.confidence("a.reliable.X", DEV, COLD)


def test_leaving_a_batch_out_ignores_its_counts() -> None:
    fitted = Fit(delta=0.0, strength=2.0, unmeasured=0.7, dev_mean=0.9)
    cold = {"w1": {"r.x.X": (0, 10)}, "w2": {"r.x.X": (10, 10)}}
    assert fitted.confidence("r.x.X", {}, cold, leave_out="w1") > 0.9
    assert fitted.confidence("r.x.X", {}, cold, leave_out="w2") < 0.15


def test_without_two_cold_batches_the_dev_table_stands() -> None:
    fitted = fit(DEV, {"wave1": COLD["wave1"]})
    assert fitted.delta == 0.0
    assert abs(fitted.confidence("a.reliable.X", DEV, {}) - (95 + 2 * fitted.dev_mean) / 102) < 1e-6
