"""Analyst actions in phrasings the tuned corpus had not shown: a rating verb whose actor acted on a target first
("lowered X's target, while also downgrading Y"), targets cut on a list of stocks, and a quotation's opening word
that is no stock (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _actions(text: str) -> set[tuple[str, str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.actor], str(e.action), names[e.subject])
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION" and e.actor is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pellworth Securities lowered Tavish Steel's target price to 240 rupees, while also downgrading Brinley "
            "Soft and Quarto Systems to neutral.",
            {
                ("Pellworth Securities", "cut_target", "Tavish Steel"),
                ("Pellworth Securities", "downgrade", "Brinley Soft"),
                ("Pellworth Securities", "downgrade", "Quarto Systems"),
            },
        ),
        (
            "Pellworth Securities cut its price targets on Brinley Soft and Quarto Systems.",
            {
                ("Pellworth Securities", "cut_target", "Brinley Soft"),
                ("Pellworth Securities", "cut_target", "Quarto Systems"),
            },
        ),
    ],
)
def test_each_stock_a_brokers_clause_acts_on_is_rated(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _actions(text) == expected


def test_the_analyst_quoted_before_acting_rates_the_texts_stock() -> None:
    text = (
        'Harvick Motors stock fell after brokers turned cautious. "Margins will suffer," Kai Moss, senior equity '
        "analyst at Tremont Research, said in a note on Wednesday. He cut the price target by 30 per cent to $10 and "
        "downgraded the stock to hold from buy."
    )
    rated = {subject for _, _, subject in _actions(text)}
    assert rated == {"Harvick Motors"}
