"""Whose value, stake or round a sentence reports when the owner is not the clause's subject (sentences written
here, fictional names)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def relation_triples_of(text: str, type_: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == type_}


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmont Capital increased its stake in electric vehicle maker Quorra Motors to 64.31% following the "
            "latest investment round, a filing showed on Monday.",
            {("Velmont Capital", "Quorra Motors")},
        ),
        ("Brantor said Velmont has cut its holding in Quorra to 4%.", {("Velmont", "Quorra")}),
        ("Velmont Capital plans to raise its stake in Quorra to 30%.", set()),
    ],
)
def test_a_stake_raised_or_cut_to_a_share_is_held(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected


def test_a_stake_reported_by_another_is_the_named_holders() -> None:
    assert relation_triples_of("Brantor said Velmont holds a 4% stake in Quorra.", "INVESTED_IN") == {
        ("Velmont", "Quorra")
    }


def test_an_investor_with_no_company_named_backs_what_the_texts_investor_holds() -> None:
    text = (
        "Velmont Capital held a 60% stake in Quorra Motors before the latest round. The transaction was completed "
        "on October 3, with Brantor investing approximately $90 million."
    )
    assert ("Brantor", "Quorra Motors") in relation_triples_of(text, "INVESTED_IN")
    assert ("Brantor", "Velmont Capital") not in relation_triples_of(text, "INVESTED_IN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmont has invested $300 million in robot maker Quorra.", {("Velmont", "Quorra")}),
        ("Velmont announced a $700 million investment in Chinese EV maker Quorra today.", {("Velmont", "Quorra")}),
        ("Velmont holds a 12% stake in the chip startup Quorra.", {("Velmont", "Quorra")}),
        ("Velmont has invested $300 million in the startup Brantor founded in 2019.", set()),
    ],
)
def test_money_put_in_a_company_named_after_what_it_is_goes_to_that_company(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected
