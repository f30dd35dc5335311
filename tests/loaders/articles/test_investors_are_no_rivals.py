"""A clause whose subject invests in a company ("A has committed to investing in B, ... to take on Y") sets B, not
the investor, against Y: the investor is nobody's competitor there. Sentences written for these tests (fictional
companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "Brantor Capital has committed to investing in Ivo Renn's drone maker Velix, lifting the Orlo founder's "
        "push to raise fresh cash and take on Dorrance and Tellix.",
        "Brantor Capital invested in Velix to help it take on Dorrance and Tellix.",
        "Brantor Capital backed Velix in a bid to take on Dorrance and Tellix.",
    ],
)
def test_an_investor_is_not_set_against_the_rivals_of_its_investee(text: str) -> None:
    compared = {(s, o) for s, r, o in relation_triples(text) if r == "COMPARED_TO"}
    assert not any(s == "Brantor Capital" for s, _ in compared)


def test_a_company_that_raised_money_still_takes_on_its_rivals() -> None:
    text = "Velix raised $50 million from Brantor Capital to take on Dorrance."
    assert ("Velix", "COMPARED_TO", "Dorrance") in relation_triples(text)


def test_an_investor_described_in_an_aside_is_not_set_against_its_investees_rivals() -> None:
    text = (
        "Harlow Ventures, the oldest fund in Orvane, has committed to investing in Velix, boosting its "
        "founder's drive to take on Dorrance and Tellix."
    )
    compared = {(s, o) for s, r, o in relation_triples(text) if r == "COMPARED_TO"}
    assert not any(s == "Harlow Ventures" for s, _ in compared)


def test_a_rivalry_inside_parentheses_belongs_to_the_subject_of_the_parentheses() -> None:
    text = (
        "Its year began with Brantor's purchase of a startup named Velix "
        "(read: Brantor buys startup Velix to take on Dorrance)."
    )
    compared = {(s, o) for s, r, o in relation_triples(text) if r == "COMPARED_TO"}
    assert ("Velix", "Dorrance") not in compared


def test_a_company_described_in_parentheses_as_a_rival_keeps_its_rival() -> None:
    assert ("Velix", "COMPARED_TO", "Dorrance") in relation_triples("Velix (a rival to Dorrance) raised $5 million.")
