"""Moves told as what an event did to a stock ("..., sending X shares up 9%", "lifting the X Composite 0.9%"), a
stock named by its role to another ("Shares in X's parent company, Y, rose"), a with-clause's own mover and a
company's depositary receipts (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves as _moves

_OPENING = "Stocks were mixed on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Holdings bought a 12% stake in Nimbatek Systems, sending Nimbatek Systems shares up 9%.",
            {("Nimbatek Systems", 9.0)},
        ),
        (
            "Velquor Holdings rose 2.5% to a record, lifting the Kelmont Composite 0.9%.",
            {("Velquor Holdings", 2.5), ("Kelmont Composite", 0.9)},
        ),
        ("The results pushed Velquor Holdings' stock 7% higher.", {("Velquor Holdings", 7.0)}),
    ],
)
def test_a_stock_named_as_what_an_event_moved(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(_OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The news sent Velquor Holdings' revenue forecast up 5%.",
        "The deal lifted Velquor Holdings' stake in Nimbatek Systems to 20%.",
        "The rally lifted Velquor Holdings' market value by 5% to $20 billion.",
        "The strike lifted Velquor Holdings' costs 5%.",
    ],
)
def test_what_an_event_did_to_a_companys_other_figures_is_no_move(text: str) -> None:
    moves = _moves(_OPENING + text + " The results pushed Nimbatek Systems' stock 7% higher.")
    assert moves == {("Nimbatek Systems", 7.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in Velquor Holdings' parent company, Nimbatek Systems, rose 3%.", {("Nimbatek Systems", 3.0)}),
        (
            "The Kelmont Composite rose 0.9%, with Velquor Holdings contributing most of the gain after rising 2.5%.",
            {("Kelmont Composite", 0.9), ("Velquor Holdings", 2.5)},
        ),
        ("The Velquor Holdings ADRs rose 2.5% in New York.", {("Velquor Holdings", 2.5)}),
    ],
)
def test_whose_shares_a_clause_names(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(_OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elsewhere, Daxter Labs rose 2.5%, Zantrix Motors 1.9% and Kelvane Foods 0.4%.",
            {("Daxter Labs", 2.5), ("Zantrix Motors", 1.9), ("Kelvane Foods", 0.4)},
        ),
        (
            "The Halvex 200 fell 1%, the Kelmont Composite 0.5% and the Orvane 225 0.2%.",
            {("Halvex 200", -1.0), ("Kelmont Composite", -0.5), ("Orvane 225", -0.2)},
        ),
        (
            "Daxter Labs rose 2.5%, Zantrix Motors 1.9%, and Brisco Tech, 40% owned by Kelvane Foods, 1.2%.",
            {("Daxter Labs", 2.5), ("Zantrix Motors", 1.9)},
        ),
    ],
)
def test_a_wrap_saying_the_verb_once_moves_each_listed_name_by_its_own_figure(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(_OPENING + text) == expected


def test_an_index_an_event_lifted_is_named_after_its_describing_word() -> None:
    text = "The bank sector rose 1.69%, lifting the broader Kelmont Composite 0.18% to end at 2,678.46."
    assert _moves(_OPENING + text) == {("Kelmont Composite", 0.18)}
