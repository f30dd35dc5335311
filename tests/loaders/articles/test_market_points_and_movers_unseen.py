"""Moves a wrap states without a percentage, in phrasings the tuned corpus had not shown: an index or stock moved by
points or money to a level, the names a wrap lists as its top gainers or losers, and a stock at its daily limit; and
the look-alikes that are no moves (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _moves(text: str) -> set[tuple[str, float | None, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[e.subject], e.pct_change, str(e.direction)) for e in draft.events if e.kind.value == "PRICE_MOVE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Brenlow Composite was up 482.70 points to 71,555.19 at the closing bell, while the Vesk 50 rose "
            "127.20 points to 21,743.25.",
            {("Brenlow Composite", None, "up"), ("Vesk 50", None, "up")},
        ),
        (
            "Tavish Telecom fell back €2.10 to €89.50. Siemon shed €2.65 at €154.25 in sympathy.",
            {("Tavish Telecom", None, "down"), ("Siemon", None, "down")},
        ),
        (
            "The top five gainers on the Vesk 50 were Cobalt India, Urrel and Axley Bank.",
            {("Cobalt India", None, "up"), ("Urrel", None, "up"), ("Axley Bank", None, "up")},
        ),
        ("Meanwhile, Paynow shares hit its lower limit of 10 per cent on Tuesday.", {("Paynow", -10.0, "down")}),
    ],
)
def test_a_move_without_a_percentage_keeps_its_direction(
    text: str, expected: set[tuple[str, float | None, str]]
) -> None:
    assert _moves(text) == expected


def test_an_amount_or_a_rank_that_is_no_share_price_moves_nothing() -> None:
    assert _moves("Pellam Group climbed three places to 12th in the ranking.") == set()
    assert _moves("Kestrel Media lost $500 to $1,200 per customer.") == set()
    assert _moves("The biggest losers this year were investors in Pellam Group and Corran Ltd.") == set()


def test_a_relative_clause_saying_both_moves_each_name_of_the_list() -> None:
    text = "Amsterdam was led lower by steep falls at Philton and Kaypen, which both tumbled more than 8 per cent."
    assert _moves(text) == {("Philton", -8.0, "down"), ("Kaypen", -8.0, "down")}


def test_an_intraday_high_with_no_figure_is_no_move() -> None:
    assert _moves("Earlier this morning, Wexmoor shares rose as high as $104.89 on Tuesday.") == set()
