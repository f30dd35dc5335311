"""Whose round, whose investors and whose value, on phrasings written for these tests with fictional names: a
rival named after "its", a company a source reports on, a firm's partner leading a round, a unit or spin-off named
after its parent, a stake's worth, a valuer, lists paired "respectively" and a heading word taken for a name."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def _events(text: str, kind: str) -> set[tuple[str | None, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == kind and not e.properties.get("modality")
    }


def test_a_rival_named_after_its_raises_its_own_round_not_the_text_company() -> None:
    text = "Velmora AI has raised $60 million. Its rival Quintrel Labs raised $20 million last year."
    assert _events(text, "FUNDING_ROUND") == {("Velmora AI", 60e6), ("Quintrel Labs", 20e6)}


def test_the_company_a_data_provider_reports_on_raised_the_round_not_the_provider() -> None:
    text = (
        "Ostrane Data, which tracks venture deals, said Quintrel Labs raised $25 million in a round led by Harbury "
        "Partners."
    )
    assert _investors(text) == {("Harbury Partners", "Quintrel Labs")}
    assert {company for company, _ in _events(text, "FUNDING_ROUND")} == {"Quintrel Labs"}


def test_a_firms_partner_leading_a_round_makes_the_firm_the_lead() -> None:
    text = "Velmora AI raised $60 million in a new round. Harbury Partners' Ada Moss led the round, the company said."
    assert _investors(text) == {("Harbury Partners", "Velmora AI")}


def test_a_series_round_in_a_named_company_is_that_companys() -> None:
    text = "Fenlow Capital led a $30 million Series B in Nuvora AI, the lab's first outside funding."
    assert _investors(text) == {("Fenlow Capital", "Nuvora AI")}


def test_money_into_a_spin_off_named_after_its_parent_goes_to_the_spin_off() -> None:
    text = "Quintrel Labs is a startup. Harbury Partners invested in Quintrel Labs's spin-off, Velvane Therapeutics."
    assert _investors(text) == {("Harbury Partners", "Velvane Therapeutics")}


def test_a_stake_in_a_companys_unnamed_subsidiary_is_no_stake_in_the_company() -> None:
    text = "Quintrel Labs is a startup. Harbury Partners holds 9% of Quintrel Labs' Korean subsidiary."
    assert _investors(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Quintrel Labs is a startup. Harbury Partners led the round, valuing the startup at $1 billion.",
        "Quintrel Labs is a startup. The round was led by Harbury Partners, which values the company at $1 billion.",
    ],
)
def test_the_lead_valuing_the_company_is_not_the_company_valued(text: str) -> None:
    assert _events(text, "VALUATION") == {("Quintrel Labs", 1e9)}


def test_a_stakes_worth_is_no_company_valuation() -> None:
    assert (
        _events("Quintrel Labs is a startup. The fund's stake in Quintrel Labs is valued at $200 million.", "VALUATION")
        == set()
    )


def test_a_company_whose_backers_a_clause_names_keeps_them_when_a_second_clause_raises() -> None:
    text = (
        "Quintrel Labs, whose backers include Harbury Partners, raised $40 million; Velvane Labs, backed by Tamrow "
        "Ventures, raised $12 million."
    )
    assert _investors(text) == {("Harbury Partners", "Quintrel Labs"), ("Tamrow Ventures", "Velvane Labs")}


def test_investors_and_companies_listed_respectively_are_paired_in_order() -> None:
    text = "Harbury Partners and Tamrow Ventures invested $20 million in Quintrel Labs and Velvane Labs respectively."
    assert _investors(text) == {("Harbury Partners", "Quintrel Labs"), ("Tamrow Ventures", "Velvane Labs")}


def test_one_investor_with_examples_of_its_portfolio_invested_in_each() -> None:
    text = (
        "Tech group Dornley Dynamics has invested in more than 30 AI startups, including Quintrel Labs and Velvane "
        "Labs."
    )
    assert _investors(text) == {("Dornley Dynamics", "Quintrel Labs"), ("Dornley Dynamics", "Velvane Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Partners, Tamrow Ventures and others have invested a combined $2 billion in robotics startups "
        "such as Quintrel Labs.",
        "Investors such as Harbury Partners have invested in robotics startups including Quintrel Labs.",
    ],
)
def test_several_investors_or_examples_of_a_class_invested_in_no_one_example(text: str) -> None:
    assert _investors(text) == set()


def test_a_heading_word_opening_a_sentence_is_no_company_backed() -> None:
    text = "Quintrel Labs is a startup. Backers include the investment arms of Dornley Dynamics and Orvane Group."
    assert all(obj != "Backers" for _, obj in _investors(text))


def test_the_investor_is_the_one_a_ministry_reports_on_not_the_ministry() -> None:
    text = (
        "Quintrel Labs is a startup. The Ministry of Industry said state fund Varlo Capital invested $50 million in "
        "Quintrel Labs."
    )
    assert _investors(text) == {("Varlo Capital", "Quintrel Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Quintrel Labs is a startup. Investors valued the round at $100 million.",
        "Quintrel Labs is a startup. The Norvik stock index, valued at $2 trillion, fell 1%.",
    ],
)
def test_a_rounds_or_an_indexs_worth_is_no_company_valuation(text: str) -> None:
    assert _events(text, "VALUATION") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Quintrel Labs is a startup. The research, backed by Tamrow Ventures, was published on Monday.",
        "Quintrel Labs is a startup. Quintrel Labs' new fund, backed by Dornley Dynamics, will invest in robotics.",
    ],
)
def test_a_thing_backed_by_an_investor_is_no_company_it_backs(text: str) -> None:
    assert _investors(text) == set()


def test_an_investor_described_by_an_earlier_stake_leads_the_texts_round_and_the_aside_ends_at_its_comma() -> None:
    text = (
        "Quintrel Labs is a startup. Tamrow Ventures, an early investor in Velvane Labs, led the round alongside "
        "Harbury Partners."
    )
    found = _investors(text)
    assert ("Tamrow Ventures", "Velvane Labs") in found
    assert not {("Tamrow Ventures", "Harbury Partners"), ("Harbury Partners", "Tamrow Ventures")} & found


def test_a_company_described_by_several_words_keeps_its_backer() -> None:
    text = (
        "Meltrix is a retailer. The fast-growing e-commerce platform is backed by Japanese investment holding company "
        "Sorvane Holdings."
    )
    assert _investors(text) == {("Sorvane Holdings", "Meltrix")}


@pytest.mark.parametrize(
    "text",
    [
        "Quintrel Labs is a startup. VC firm Tamrow Ventures invested in Quintrel Labs.",
        "Quintrel Labs is a startup. Meanwhile, VC firm Tamrow Ventures said it had invested in Quintrel Labs.",
        "Quintrel Labs is a startup. State investor Tamrow Ventures invested $50 million in Quintrel Labs.",
    ],
)
def test_an_investor_named_after_a_generic_word_describing_it_invested(text: str) -> None:
    assert _investors(text) == {("Tamrow Ventures", "Quintrel Labs")}


def test_investors_listed_after_a_generic_word_invested_and_the_word_is_no_company() -> None:
    named = "Sovereign fund Varlo Capital and Harbury Partners invested $50 million each in Quintrel Labs."
    assert _investors(named) == {("Varlo Capital", "Quintrel Labs"), ("Harbury Partners", "Quintrel Labs")}
    unnamed = (
        "Quintrel Labs is a startup. Sovereign fund Varlo Capital and Harbury Partners invested $50 million each in "
        "the startup."
    )
    assert all(obj != "Sovereign" for _, obj in _investors(unnamed))
