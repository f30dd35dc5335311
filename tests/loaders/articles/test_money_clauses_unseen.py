"""Whose round, whose investors and whose value when the sentence names another company first (fictional names,
sentences written for these tests): a raise in a clause opened by "as" or "and", a relative clause with "later", an
aside between a name and its verb, an unnamed parent, two companies raising together, a founder raising for a
venture, a data provider that values another company, a fund's size, a deal's price for the company bought; and
frames of holders and leads that had been missed."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def _events(text: str, kind: str) -> set[tuple[str | None, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names.get(e.subject), e.amount.amount if e.amount else None) for e in draft.events if e.kind.value == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Daskin Systems rose 3% as Venmoor Robotics raised $30 million from Quarlith Capital.",
        "The Brevik Robotics Index rose 3% as Venmoor Robotics raised $30 million from Quarlith Capital.",
        "Daskin Systems was founded in 2015 and Venmoor Robotics raised $30 million from Quarlith Capital in 2016.",
        "Orbeck Holdings spun off Venmoor Robotics, which later raised $30 million from Quarlith Capital.",
    ],
)
def test_the_company_opening_the_clause_of_the_raise_is_the_one_that_raised(text: str) -> None:
    assert _investors(text) == {("Quarlith Capital", "Venmoor Robotics")}
    assert {company for company, _ in _events(text, "FUNDING_ROUND")} <= {"Venmoor Robotics"}


def test_an_aside_between_a_reported_company_and_its_raise_keeps_the_company() -> None:
    text = "Orbeck Holdings said Venmoor Logistics, its delivery arm, raised $40 million from Quarlith Capital."
    assert ("Quarlith Capital", "Orbeck Holdings") not in _investors(text)
    assert ("Quarlith Capital", "Venmoor Logistics") in _investors(text)


def test_an_unnamed_parent_company_raising_money_gives_no_investor_to_its_unit() -> None:
    text = "Venmoor Robotics' parent company raised $40 million from Quarlith Capital."
    assert _investors(text) == set()
    assert _events(text, "FUNDING_ROUND") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Venmoor Robotics and Daskin Systems raised $50 million.",
        "The two startups, Venmoor Robotics and Daskin Systems, raised $50 million between them.",
        "Venmoor Robotics co-founder Adela Brisk raised $5 million for her new venture, Pellom Bio.",
    ],
)
def test_money_raised_by_two_companies_or_by_a_founder_is_no_round_of_the_first_name(text: str) -> None:
    assert _events(text, "FUNDING_ROUND") == set()


def test_a_data_provider_that_values_a_company_is_not_valued_itself() -> None:
    text = (
        "The round doubles Venmoor Robotics' valuation to $2 billion, according to Kestrow Analytics, which valued "
        "Daskin Systems at $3 billion."
    )
    found = _events(text, "VALUATION")
    assert ("Daskin Systems", 3e9) in found
    assert all(company != "Kestrow Analytics" for company, _ in found)


def test_a_funds_size_is_not_its_managers_valuation() -> None:
    text = "Quarlith Capital's latest fund, valued at $1 billion, invested in Venmoor Robotics."
    assert _events(text, "VALUATION") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Orbeck Holdings acquired Venmoor Robotics in a deal that valued the startup at $400 million.",
        "Orbeck Holdings agreed to buy Venmoor Robotics in a deal valuing the company at $400 million.",
        "Quarlith Capital bought a stake in Venmoor Robotics at a valuation of $400 million.",
    ],
)
def test_the_value_a_purchase_puts_on_a_company_is_the_bought_companys(text: str) -> None:
    assert _events(text, "VALUATION") == {("Venmoor Robotics", 4e8)}


@pytest.mark.parametrize(
    "text",
    [
        "Quarlith Capital led a $30 million Series A in Venmoor Robotics.",
        "Quarlith Capital is a backer of Venmoor Robotics.",
        "Quarlith Capital is among the largest shareholders of Venmoor Robotics.",
    ],
)
def test_a_lead_of_a_series_and_a_named_backer_invested(text: str) -> None:
    assert _investors(text) == {("Quarlith Capital", "Venmoor Robotics")}


def test_backers_listed_after_whose_belong_to_the_name_before_it() -> None:
    text = (
        "Venmoor Robotics, whose backers include Quarlith Capital, is not related to Daskin Systems, which raised "
        "$20 million from Orbeck Holdings."
    )
    found = _investors(text)
    assert ("Quarlith Capital", "Venmoor Robotics") in found
    assert ("Quarlith Capital", "Daskin Systems") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Venmoor Robotics had hoped for a valuation of $3 billion.",
        "Venmoor Robotics is pushing for a $3 billion valuation.",
    ],
)
def test_a_valuation_hoped_for_is_none_agreed(text: str) -> None:
    assert _events(text, "VALUATION") == set()


def test_a_stake_in_a_relative_clause_is_held_by_the_name_it_is_about() -> None:
    text = "Quarlith Capital owns 12% of Orbeck Holdings, which owns 40% of Venmoor Robotics."
    assert _investors(text) == {("Quarlith Capital", "Orbeck Holdings"), ("Orbeck Holdings", "Venmoor Robotics")}


def test_money_only_reports_say_was_raised_is_no_fact() -> None:
    text = "Reports that Venmoor Robotics raised $30 million from Quarlith Capital are false, the company said."
    assert _investors(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Venmoor Robotics soared after a court suspended a ban on Norlanders investing in Daskin Systems.",
        "Orbeck Holdings has worked closely with Venmoor Robotics, investing roughly $13 billion in the company.",
    ],
)
def test_a_ban_on_investing_or_a_participle_with_no_named_company_states_no_investor(text: str) -> None:
    assert _investors(text) == set()
