"""Investors named by their title, by their relation to the company, or after the lead of a round (fictional
companies and people, sentences written here)."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from tests.loaders.articles.conftest import read_all, relation_triples

_TOPIC = "Volantrix, a Shenzhen chip start-up, said on Monday it had raised 800 million yuan. "


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chipmaker Volantrix has closed a Series C round led by Orvane Capital with the participation of Kesterly "
            "Ventures, Haldor Capital, and Brimwell Partners.",
            {"Orvane Capital", "Kesterly Ventures", "Haldor Capital", "Brimwell Partners"},
        ),
        (
            _TOPIC + "The round was led by Quorvis Capital, along with Pemberly Capital and Zenthar Capital, among "
            "others.",
            {"Quorvis Capital", "Pemberly Capital", "Zenthar Capital"},
        ),
        (
            _TOPIC + "Fund manager Brellow Gifford, already a major investor in Volantrix, bought $260 million in "
            "shares.",
            {"Brellow Gifford"},
        ),
        (_TOPIC + "Pallion Capital, an existing shareholder of Volantrix, announced the news.", {"Pallion Capital"}),
    ],
)
def test_participants_after_the_lead_and_holders_described_in_an_aside(text: str, expected: set[str]) -> None:
    assert {investor for investor, company in _investors(text) if company.startswith("Volantrix")} == expected


def test_people_named_by_their_title_are_the_investors_not_their_companies() -> None:
    text = (
        "Nimbalo has raised $9 million in a seed round and attracted investors like Kravex co-founder Poul Adderley "
        "and Zintel CEO Marta Quillon."
    )
    assert _investors(text) == {("Poul Adderley", "Nimbalo"), ("Marta Quillon", "Nimbalo")}


def test_an_investor_described_by_the_company_he_backed_invested_himself() -> None:
    text = "Nimbalo, a chip start-up, raised $9 million. Nimbalo investor Ravi Pentor has also invested in Zephyrant."
    assert _investors(text) == {("Ravi Pentor", "Zephyrant")}


def test_each_title_in_a_list_of_people_belongs_to_the_person_after_it() -> None:
    text = (
        "Kravex co-founder Poul Adderley, Zintel CEO Marta Quillon and Harrow Labs founder Tobin Greer spoke at "
        "the event."
    )
    assert relation_triples(text) == {
        ("Poul Adderley", "FOUNDED", "Kravex"),
        ("Marta Quillon", "WORKS_AT", "Zintel"),
        ("Tobin Greer", "FOUNDED", "Harrow Labs"),
    }


def test_the_outlet_a_report_came_from_is_no_investor() -> None:
    text = (
        "Velquor, a French startup, has raised €130 million from a group of investors including Taiwan's Cathay "
        "Ventures, according to a report from Harlow News."
    )
    assert _investors(text) == {("Cathay Ventures", "Velquor")}


def test_money_received_in_a_clause_opened_by_when_or_after_goes_to_that_clause_s_company() -> None:
    text = (
        "Strathmoor Group has bought more shares in Velquor. The purchase lifts Strathmoor's stake back to where it "
        "stood before April, when Velquor received a cash injection from investors Orvane Capital and Haldor Fund."
    )
    assert _investors(text) >= {("Orvane Capital", "Velquor"), ("Haldor Fund", "Velquor")}
    assert not {company for _, company in _investors(text)} & {"Strathmoor Group", "Strathmoor"}


def test_a_round_of_an_amount_closed_is_a_round_of_that_amount() -> None:
    draft = read_all(
        "AI startup Velquor closed a fundraising round of about $100 million that pushed its valuation to more "
        "than $1 billion."
    )
    rounds = [e for e in draft.events if e.kind == EventKind.FUNDING_ROUND]
    assert [(r.amount.amount if r.amount else None) for r in rounds] == [100_000_000]


def test_a_team_of_a_size_is_the_company_s_headcount() -> None:
    draft = read_all("Velquor raised money. Today, the company has a 200-person team spread across three countries.")
    assert [(a.attribute, a.value) for a in draft.attributes] == [("employees", 200)]
