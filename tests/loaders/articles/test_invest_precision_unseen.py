"""Investors on phrasings written for these tests with fictional names: an investor in a company's rival, money
committed to a firm's own fund, a list after a semicolon, grant-giving schemes and bodies, and aid that is no stake."""

from __future__ import annotations

from loaders.articles.mentions import find_mentions
from tests.loaders.articles.conftest import read_all, relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def test_an_investor_in_a_companys_rival_named_after_a_comma_invested_in_the_rival() -> None:
    text = "Ostrane Ventures is also an investor in Drossel Motors' rival, Tannery Motors."
    assert _investors(text) == {("Ostrane Ventures", "Tannery Motors")}


def test_an_investor_in_a_companys_unnamed_unit_invested_in_no_company_named() -> None:
    assert _investors("Ostrane Ventures is also an investor in Drossel Motors' chip unit.") == set()


def test_pension_funds_committing_to_a_firms_new_fund_did_not_invest_in_the_firm() -> None:
    text = (
        "Harbury Partners raised a $400 million fund last month, with commitments from pension funds including "
        "Kelvane Pension Trust."
    )
    assert _investors(text) == set()


def test_backers_of_a_firms_closed_fund_did_not_invest_in_the_firm() -> None:
    text = (
        "Harbury Partners closed its third fund at $1 billion, backed by investors including Kelvane Pension Trust "
        "and Tessaro Capital."
    )
    assert _investors(text) == set()
    raised_from_a_fund = "Velmora AI raised $20 million from Harbury Growth Fund and Kelvane Capital."
    assert _investors(raised_from_a_fund) == {("Harbury Growth Fund", "Velmora AI"), ("Kelvane Capital", "Velmora AI")}


def test_investors_listed_after_a_semicolon_backed_the_company_that_raised_in_the_clause_before() -> None:
    text = (
        "Nuvora Systems closed a $9 million seed round from Ostrane Ventures and Kelvane Capital. Quillon Labs "
        "secured $4 million; investors include Tessaro Capital."
    )
    investors = _investors(text)
    assert ("Tessaro Capital", "Quillon Labs") in investors
    assert ("Tessaro Capital", "Nuvora Systems") not in investors


def test_a_company_backed_by_a_union_of_states_names_no_investor_in_it() -> None:
    text = "European Union-backed Velmora AI has raised 20 million euros from investors including Harbury Partners."
    assert _investors(text) == {("Harbury Partners", "Velmora AI")}


def test_a_programme_that_funded_a_company_is_no_investor_in_it() -> None:
    text = (
        "Velmora AI, which received funding from the Oranmore Innovation Programme, raised $10 million from "
        "Harbury Partners."
    )
    assert _investors(text) == {("Harbury Partners", "Velmora AI")}


def test_backing_a_company_with_a_grant_or_a_loan_is_no_stake_in_it() -> None:
    assert _investors("The Tarvik Development Board backed Velmora AI with a grant of $2 million.") == set()
    assert _investors("Kelvane Bank funded Velmora AI through a $40 million loan.") == set()
    assert _investors("Harbury Partners backed Velmora AI in 2021.") == {("Harbury Partners", "Velmora AI")}


def _rules(text: str) -> set[tuple[str, str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object], r.span.rule or "") for r in draft.relations if r.type.value == "INVESTED_IN"
    }


def test_each_investor_frame_states_under_a_rule_of_its_own_so_each_is_calibrated_apart() -> None:
    # the round's reader reads it too: the statement keeps the surer of the two (test_relation_read_twice.py)
    assert _rules("Velmora AI raised $20 million from Harbury Partners.") & {
        ("Harbury Partners", "Velmora AI", "deals.raised_from.INVESTED_IN"),
        ("Harbury Partners", "Velmora AI", "funding.apply.INVESTED_IN"),
    }
    assert _rules("Velmora AI closed its Series A. Investors in Velmora AI include Harbury Partners.") == {
        ("Harbury Partners", "Velmora AI", "deals.listed.INVESTED_IN")
    }
    assert _rules("Velmora AI closed a $20 million Series A round. Other investors include Harbury Partners.") == {
        ("Harbury Partners", "Velmora AI", "deals.invested.INVESTED_IN.inferred")
    }
    assert _rules("Harbury Partners backed Velmora AI in 2021.") == {
        ("Harbury Partners", "Velmora AI", "deals.backed.INVESTED_IN")
    }
    assert _rules("Harbury Partners invested $5 million in Velmora AI.") == {
        ("Harbury Partners", "Velmora AI", "deals.invested_in.INVESTED_IN")
    }


def test_the_unit_raising_money_is_a_part_the_text_does_not_name_not_its_parent() -> None:
    first = "Drossel Group spun off its chip unit last year. "
    assert _investors(first + "The unit raised $300 million from Harbury Partners in March.") == set()
    aside = "The subsidiary, which makes sensors, has raised $300 million from Harbury Partners."
    assert _investors(first + aside) == set()


def test_money_invested_in_a_company_whose_name_looks_like_a_persons_went_to_the_company() -> None:
    assert _investors("Ostrane Ventures invested $8 million in Quillon Health.") == {
        ("Ostrane Ventures", "Quillon Health")
    }
    assert _investors("Harbury Partners has invested in Ada Moss's new startup.") == set()


def test_a_headlines_verb_of_investing_or_raising_is_no_part_of_the_name_before_it() -> None:
    assert find_mentions("Tessaro Invests in Lisbon Robot Maker")[0].text == "Tessaro"
    assert find_mentions("Velmora Robotics Raises $5M From Harbury Partners")[0].text == "Velmora Robotics"


def test_the_company_of_the_context_raising_money_from_itself_states_no_round() -> None:
    text = (
        "Tessaro Capital Backs Lisbon Robot Maker\n"
        "Tessaro Capital is leading a $50 million investment in Velmora Robotics, a Lisbon-based startup. "
        "The company said it has raised $50 million from Tessaro Capital."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    rounds = {names[e.subject] for e in draft.events if e.kind.value == "FUNDING_ROUND"}
    assert "Tessaro Capital" not in rounds


def test_a_firm_a_title_and_a_person_read_as_one_name_is_no_company_money_went_to() -> None:
    text = (
        "Harbury India MD Ada Moss confirmed the news after Velmora announced the $225 million Series C round. "
        "The startup, founded by former Quorra executives, had raised about $50 million from Harbury and Ostrane "
        "Asia in February this year."
    )
    assert not {pair for pair in _investors(text) if "MD" in pair[1]}


def test_a_news_outlet_the_text_shows_reporting_raises_no_round_and_takes_no_investment() -> None:
    text = (
        "TechWire Daily Brief\n"
        "Startups raised $900 Mn across 38 deals this week. TechWire tracks the deals every week. Mumbai-based B2B "
        "healthtech Velmorabazaar announced $75 Mn Series C round from Harbury Group and OSTRANE, along with other "
        "investors, after TechWire had exclusively reported that UK-based Harbury Group along with OSTRANE is "
        "infusing INR 433 Cr in the startup."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    assert "TechWire" not in {names[e.subject] for e in draft.events if e.kind.value == "FUNDING_ROUND"}
    assert "TechWire" not in {obj for _, obj in _investors(text)}
