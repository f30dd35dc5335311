"""Targets told in other words: a broker's "call" raised to a price, and a participle describing targets ("driven by
increased price targets") that names no broker (fictional companies, sentences written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _actions(text: str) -> set[tuple[str | None, str | None, str | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), names.get(e.subject), e.action)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


def test_a_call_raised_from_one_price_to_another_is_a_target_raised() -> None:
    text = (
        "Frostmere Securities raised its price target on Velquor Holdings to $205 from $200, while Harlow Partners "
        "raised its call to $260 from $245."
    )
    assert ("Harlow Partners", "Velquor Holdings", "raise_target") in _actions(text)


def test_a_call_with_no_price_pair_is_no_target() -> None:
    assert _actions("Frostmere Securities lowered its call on interest rates to 3% from 4%.") == set()


def test_targets_a_move_was_driven_by_leave_the_stock_rateable() -> None:
    text = (
        "Analysts at Frostmere Securities raised their price target on Velquor Holdings to $240 from $190.\n"
        "Velquor Holdings' stock jumped another 11% on Monday, driven by increased price targets from Wall Street.\n"
        "Harlow Partners raised its target on the stock to $205 from $200."
    )
    assert ("Harlow Partners", "Velquor Holdings", "raise_target") in _actions(text)
