"""Companies ranked against each other: "X overtook Y as the top seller", "X outsold Y", "X ranked first, ahead of
A and B" set X against each company named; a share price ahead of results or a market overtaking another is no
rivalry. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples as _relations


def _compared(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == "COMPARED_TO"}


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        ("Tarsk Labs ranked first in Brazil, ahead of Pellux Mobile and Quindle.", {"Pellux Mobile", "Quindle"}),
        ("Tarsk Labs overtook Pellux Mobile as the top seller last quarter.", {"Pellux Mobile"}),
        ("Tarsk Labs outsold Pellux Mobile in May.", {"Pellux Mobile"}),
    ],
)
def test_a_company_ranked_above_another_is_set_against_it(text: str, rivals: set[str]) -> None:
    assert _compared(text) == {("Tarsk Labs", rival) for rival in rivals}


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs shares rose ahead of Pellux Mobile's results. Tarsk Labs outsold Quindle in May.",
        "Brazil overtook Chile as Tarsk Labs' biggest market. Tarsk Labs outsold Quindle in May.",
    ],
)
def test_a_price_ahead_of_results_or_a_market_overtaking_another_is_no_rivalry(text: str) -> None:
    assert _compared(text) == {("Tarsk Labs", "Quindle")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broker's preference: the rivals are the rated company's, not the broker's
        (
            "Brantley Securities prefers Tarsk Labs to rivals Pellux Mobile and Quindle.",
            {("Tarsk Labs", "Pellux Mobile")},
        ),
        (
            "Brantley Securities named Tarsk Labs its top pick over peers Pellux Mobile and Quindle.",
            {("Tarsk Labs", "Pellux Mobile"), ("Tarsk Labs", "Quindle")},
        ),
        # a list of rivals ends before a verb of its own clause
        (
            "Analysts at Brantley Securities, which competes with Dorsey Capital, raised their target on Tarsk Labs.",
            {("Brantley Securities", "Dorsey Capital")},
        ),
        # a company's name right before "rival" says whose rival: not the backer's (a region only describes)
        (
            "Dorsey Capital, which backs Tarsk Labs rival Pellux Mobile, raised a fund. Velmora Systems acquired "
            "Mideast competitor Quindle.",
            {("Tarsk Labs", "Pellux Mobile"), ("Velmora Systems", "Quindle")},
        ),
    ],
)
def test_a_broker_or_a_backer_is_no_rival_of_the_companies_it_rates_or_backs(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _compared(text) == expected


def test_models_that_compete_are_compared_a_company_competing_leaves_the_earlier_model_alone() -> None:
    text = (
        "Tarsk Labs launched the Orvin 3. The company competes with Quindle and Dunmore. "
        "The Orvin 3 competes with the Mira 2 and Zeta 5."
    )
    products = {(s, o) for s, t, o in _relations(text) if t == "COMPARED_TO" and s == "Orvin 3"}
    assert products == {("Orvin 3", "Mira 2"), ("Orvin 3", "Zeta 5")}
