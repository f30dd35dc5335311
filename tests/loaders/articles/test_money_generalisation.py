"""Money read on news the extractor was not tuned on (fictional names, sentences written here): a part of a company
is not the company, the one who puts a value on a company is not the company valued, a definition is nobody's
value, a title is no investor, and a loan is no bond."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def _valued(text: str) -> set[tuple[str | None, float | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == "VALUATION"
    }


def _issues(text: str) -> set[tuple[str | None, float | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == "SECURITY_ISSUE"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Onder Capital led a $45 million investment in the robotics division of Falkrest Industries.",
        "Onder Capital backed the autonomous driving unit of Falkrest Industries in 2021.",
        "Onder Capital led a $45 million round in Falkrest Industries' robotics spin-off.",
        "Media group Orvane Teknologi is investing $375 million in Falkrest Industries' overseas unit.",
    ],
)
def test_money_put_into_an_unnamed_part_of_a_company_is_not_an_investment_in_the_company(text: str) -> None:
    assert not any(company == "Falkrest Industries" for _, company in _investors(text))


def test_a_named_unit_still_receives_the_money() -> None:
    text = "Brisco Partners has invested in Yarrowby's cloud unit, Yarrowby Cloud, the company said."
    assert _investors(text) == {("Brisco Partners", "Yarrowby Cloud")}


@pytest.mark.parametrize(
    "text",
    [
        "Unicorns refer to privately held start-ups that have a valuation of more than $1 billion.",
        "Quillon became a unicorn, a term for startups with a valuation of at least $1 billion.",
        "Gorvin Corp completed a zero-coupon convertible senior notes issue valued at $3.2 billion on 16 September.",
        "Quillon was chosen for the national computing project, a public-private partnership valued at 250 billion "
        "won.",
        "The flotation earned Gorvin Corp €4.2 billion, and values the whole of the newly-listed company at €28 "
        "billion.",
    ],
)
def test_a_definition_an_issue_a_project_or_a_flotation_values_no_named_company(text: str) -> None:
    assert _valued(text) == set()


def test_the_lead_described_before_its_name_is_not_the_company_whose_valuation_rose() -> None:
    text = (
        "Pellum Bio raises $40 million in round led by Tarnell Ventures\n"
        "Pellum Bio, a drug developer, said on Monday it had raised $40 million. In March, the company completed a "
        "$40 million funding round, led by the Japanese conglomerate Tarnell Ventures, raising its valuation to $300 "
        "million."
    )
    assert ("Tarnell Ventures", 300e6) not in _valued(text)


def test_who_put_a_value_on_the_company_is_not_the_company_valued() -> None:
    text = "Pellum Bio raises $40 million\nIn July 2024, Delmar Data valued the company at 20 billion yuan."
    assert not any(name == "Delmar Data" for name, _ in _valued(text))


def test_the_company_said_to_be_valued_is_the_one_valued_not_the_speaker() -> None:
    text = "Pellum Bio, the Onder-backed startup, said Quillon was valued at $3 billion."
    assert _valued(text) == {("Quillon", 3e9)}


def test_an_outlet_reporting_a_debut_is_not_the_company_its_shares_value() -> None:
    text = (
        "Quillon soars in its market debut\n"
        "Quillon priced its shares at $21 each. The Morvell Courier reported that its shares rose 30 percent in "
        "afternoon trading on Wednesday, valuing the firm at $21.8 billion."
    )
    assert not any(name is not None and "Morvell" in name for name, _ in _valued(text))


def test_a_brokerage_quoted_on_a_target_is_not_the_company_whose_market_value_is_given() -> None:
    text = (
        "Brisco Securities raises Mervan Tech price target\n"
        "Brisco Securities raised its price target on Mervan Tech to $30 from $25 and kept a buy rating on Tuesday. "
        "The firm has a market capitalization of $10.06 billion, a PE ratio of 12 and a beta of 1.1."
    )
    assert not any(name == "Brisco Securities" for name, _ in _valued(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brisco Partners Managing Director Alvo Trenk said the firm backed Quillon because of its team.",
            {("Brisco Partners", "Quillon")},
        ),
        ("Senior Partner Alvo Trenk of Brisco Partners invested in Quillon in 2022.", {("Alvo Trenk", "Quillon")}),
    ],
)
def test_a_title_is_no_part_of_an_investors_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_the_outlet_told_after_an_investor_aside_is_not_invested_in() -> None:
    text = "Tarnell Ventures, an investor in Quillon, told the Morvell Courier it had no plans to sell."
    assert _investors(text) == {("Tarnell Ventures", "Quillon")}


def test_a_loan_beside_a_bond_is_no_bond_and_bonds_of_an_amount_are() -> None:
    assert _issues("Gorvin's new term loans of $3 billion and a bond issue will pay for the deal.") == set()
    text = (
        "Gorvin uses cash on hand, new term loans of $3 billion and newly issued guaranteed bonds of $2 billion to "
        "finance the deal."
    )
    assert _issues(text) == {("Gorvin", 2e9)}
