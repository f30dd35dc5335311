"""Whose price moved, and when: relative clauses, reported speech, appositives after a possessive, moves named as a
noun that belong to no name, pairings "respectively" cannot settle (fictional companies, sentences written here)."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from tests.loaders.articles.conftest import price_moves as _moves
from tests.loaders.articles.conftest import read_all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvane Motors gained 3%, outperforming Corbel Foods, which lost 2%.",
            {("Halvane Motors", 3.0), ("Corbel Foods", -2.0)},
        ),
        (
            "The worst performer was Halvane Power Co., Inc. (TYO:9999), which fell 4.75% to 481 at the close.",
            {("Halvane Power", -4.75)},
        ),
        ("Corbel Foods has a 15% stake in Halvane Motors, whose shares rose 4%.", {("Halvane Motors", 4.0)}),
        ("Halvane Motors underperformed the index, which rose 1%.", set()),
        ("Halvane Motors lagged its sector, which has climbed 6.5% this month.", set()),
        (
            "Halvane Motors' biggest customer, Corbel Foods, fell 1% on Tuesday.",
            {("Corbel Foods", -1.0)},
        ),
        # the one who speaks did not move; "Foods" names a company, whose move it is
        ("Halvane Motors said Corbel Foods fell 1% after the recall.", {("Corbel Foods", -1.0)}),
    ],
)
def test_the_move_belongs_to_the_name_its_clause_is_about(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvane Motors fell 1% against a 2% gain for the broader market.", {("Halvane Motors", -1.0)}),
        ("Halvane Motors erased a 5% gain and closed flat.", set()),
        (
            "The Halvane Composite gained 1.1% in the morning session before paring gains to close up 0.3%.",
            {("Halvane Composite", 0.3)},
        ),
        ("Halvane Motors and Corbel Foods rose 3% and fell 2%, respectively.", set()),
        (
            "Halvane Motors and Corbel Foods each lost more than 8%, closing at NT$91.6 and NT$45.3, respectively.",
            {("Halvane Motors", -8.0), ("Corbel Foods", -8.0)},
        ),
        ("Halvane Motors' valuation has fallen 50% since its last funding round.", set()),
        ("Halvane Motors headcount fell 5% last year.", set()),
        ("Exports by Halvane Motors rose 12% in May.", set()),
    ],
)
def test_moves_taken_back_compared_or_paired_unclearly_are_not_stated(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Halvane Motors' shares have fallen 40% since their debut in 2021.",
        "Halvane Motors' shares are down 40% from their 2021 high.",
    ],
)
def test_a_date_that_starts_the_period_is_not_the_moves(text: str) -> None:
    moves = [e for e in read_all(text).events if e.kind == EventKind.PRICE_MOVE]
    assert [m.pct_change for m in moves] == [-40.0]
    assert moves[0].date is None or moves[0].date.year != 2021


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvane Motors, the region's largest carmaker by sales, fell 2.1 percent.", {("Halvane Motors", -2.1)}),
        ("Halvane Motors shares settled 1.8 per cent lower at Rs 456.70.", {("Halvane Motors", -1.8)}),
    ],
)
def test_a_description_between_name_and_verb_and_a_settling_price_still_state_the_move(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvane Motors, Corbel Foods and Ostrand Mining fell 3%, 2% and 1%.",
            {("Halvane Motors", -3.0), ("Corbel Foods", -2.0), ("Ostrand Mining", -1.0)},
        ),
        ("Halvane Motors jumped 8% at the open and ended 2% higher.", {("Halvane Motors", 2.0)}),
        ("Halvane Motors shares, having surged 12% in the morning, closed up 4%.", {("Halvane Motors", 4.0)}),
    ],
)
def test_figures_listed_pair_with_names_and_a_sessions_early_figure_gives_way_to_its_close(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected
