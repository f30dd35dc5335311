"""Whose value, stake or round a sentence reports when the owner is not the clause's subject (sentences written
here, fictional names)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _valuations(text: str) -> set[tuple[str, float]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount)
        for e in draft.events
        if e.kind.value == "VALUATION" and e.amount is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Wire - On May 2, chip stocks rallied, led by Quorra, which surged over 19% to a record high, "
        "pushing its market capitalization beyond 500 billion yuan.",
        "Tellix said Quorra, which makes robots, rose 4%, lifting its market value to $12 billion.",
    ],
)
def test_its_market_value_after_a_relative_clause_is_the_antecedents(text: str) -> None:
    assert {name for name, _ in _valuations(text)} == {"Quorra"}
