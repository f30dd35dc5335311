"""How market wraps state an index's move (fictional indices, sentences written here): points first and the
percentage after "or", the direction after the figure, "went down by"."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _moves(text: str) -> set[tuple[str, float | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[e.subject], e.pct_change) for e in draft.events if e.kind.value == "PRICE_MOVE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The benchmark Corvel Index opened 350 points, or 1.32 percent, up at 26,958.", {("Corvel Index", 1.32)}),
        (
            "The Corvel Composite Index was up four points, or 0.11 percent, at 4,169.",
            {("Corvel Composite Index", 0.11)},
        ),
        (
            "The Corvel Component Index was 30 points, or 0.21 percent, down at 14,397.",
            {("Corvel Component Index", -0.21)},
        ),
        ("The Corvel Tech Index went down by 0.61 percent to 4,946 points.", {("Corvel Tech Index", -0.61)}),
    ],
)
def test_an_index_move_in_points_then_percent_or_with_its_direction_after(text: str, expected: set) -> None:
    assert _moves(text) == expected


def test_a_lower_case_index_after_and_is_not_the_first_index_moving_again() -> None:
    text = (
        "The Corvel Index gained 115 points, or 1.2 percent, at 9,335 and the tech index was 113 points, "
        "or 1.9 percent, up at 5,976."
    )
    assert _moves(text) == {("Corvel Index", 1.2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corvel closed at 890,000 won the previous day, up 8.80%.", {("Corvel", 8.8)}),
        (
            "Corvel Holdings (NASDAQ: CRV) closed at $3.11 in the last session, down -0.96% from the day before.",
            {("Corvel Holdings", -0.96)},
        ),
        (
            "Velora was the top gainer in the Corvel Tech Index and Corvel Auto Index, which are up 0.2% and 0.5%, "
            "respectively.",
            {("Corvel Tech Index", 0.2), ("Corvel Auto Index", 0.5)},
        ),
        (
            "It was the top gainer in the Corvel Tech Index CTECH and Corvel Auto Index CAUTO, which are up 0.2% and "
            "0.5%, respectively.",
            {("Corvel Tech Index", 0.2), ("Corvel Auto Index", 0.5)},
        ),
    ],
)
def test_a_close_at_a_price_then_the_move_and_moves_given_respectively_after_which(text: str, expected: set) -> None:
    assert _moves(text) == expected
