"""Targets told in other words: a broker's "call" raised to a price, and a participle describing targets ("driven by
increased price targets") that names no broker (fictional companies, sentences written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import analyst_actions as _actions


def test_a_call_raised_from_one_price_to_another_is_a_target_raised() -> None:
    text = (
        "Frostmere Securities lifted its price target on Velquor Holdings to $88 from $81, while Harlow Partners "
        "raised its call to $97 from $90."
    )
    assert ("Harlow Partners", "Velquor Holdings", "raise_target") in _actions(text)


def test_a_call_with_no_price_pair_is_no_target() -> None:
    assert _actions("Frostmere Securities lowered its call on interest rates to 3% from 4%.") == set()


def test_targets_a_move_was_driven_by_leave_the_stock_rateable() -> None:
    text = (
        "Analysts at Frostmere Securities lifted their price target on Velquor Holdings to $64 from $52.\n"
        "Velquor Holdings' stock climbed a further 7% on Thursday, driven by increased price targets from brokers.\n"
        "Harlow Partners then raised its target on the stock to $71 from $66."
    )
    assert ("Harlow Partners", "Velquor Holdings", "raise_target") in _actions(text)
