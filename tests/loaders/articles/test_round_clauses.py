"""Sentences that report more than one company's money (round-ups, contrasts, research firms' tallies): each round
keeps its own company and backers, and companies given as examples are nobody's investors (fictional names,
sentences written here)."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def _rounds(text: str) -> set[tuple[str, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == "FUNDING_ROUND" and not e.properties.get("modality")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Local software startups took in $610 million over the spring as investors poured money into older "
        "platforms like Dravenko and Pellumio, Ostergard Analytics said in a report.",
        "Backers poured cash into larger firms such as Dravenko and Pellumio this year, Ostergard Analytics found.",
        "Startups including Dravenko, Pellumio and Sarkisse have raised over $2 billion from investors such as "
        "Ostergard Capital.",
    ],
)
def test_companies_given_as_examples_are_not_investors_of_the_source(text: str) -> None:
    found = _investors(text)
    assert not any(obj == "Ostergard Analytics" for _, obj in found)
    assert not any(subject in {"Dravenko", "Pellumio", "Sarkisse"} for subject, _ in found)
    assert not {name for name, _ in _rounds(text)} - {"Dravenko", "Pellumio", "Sarkisse"} - {"Ostergard Capital"}
    assert not any(obj.lower() == "startups" for _, obj in found)


def test_a_contrasting_clause_reports_its_own_speakers_round() -> None:
    text = (
        "Marrowind, a freight software firm, said it raised $14 million led by Quellbrook Ventures, while the "
        "dental imaging startup Tesvaro Dental said the growth fund Halbrecht led a $9 million round."
    )
    assert _investors(text) == {("Quellbrook Ventures", "Marrowind"), ("Halbrecht", "Tesvaro Dental")}
    assert _rounds(text) == {("Marrowind", 14e6), ("Tesvaro Dental", 9e6)}


def test_a_round_up_separated_by_semicolons_keeps_each_lead_with_its_company() -> None:
    text = (
        "The week's largest deals: Corvessa raised $200 million from Ashwell Capital; Ninthorpe raised $90 million "
        "led by Pyrelane Ventures; and Talvisto raised $40 million."
    )
    assert _investors(text) == {("Ashwell Capital", "Corvessa"), ("Pyrelane Ventures", "Ninthorpe")}
    assert _rounds(text) == {("Corvessa", 200e6), ("Ninthorpe", 90e6), ("Talvisto", 40e6)}


def test_a_company_that_follows_in_a_ranking_is_no_investor_of_the_one_before() -> None:
    text = (
        "Brennomar topped the ranking with an $85 million round led by Ulsgrave Partners, followed by the payments "
        "app Korrindo that raised $40 million from investors led by the retail group Fessaline."
    )
    assert _investors(text) == {("Ulsgrave Partners", "Brennomar"), ("Fessaline", "Korrindo")}
    assert _rounds(text) == {("Brennomar", 85e6), ("Korrindo", 40e6)}


def test_a_round_jointly_led_and_followed_by_a_third_backer_keeps_all_three() -> None:
    text = (
        "Quorvane Labs closed a $30 million round jointly led by Talmeric Capital and Brisken Capital, followed by "
        "Oldfarrow Fund."
    )
    assert _investors(text) == {
        ("Talmeric Capital", "Quorvane Labs"),
        ("Brisken Capital", "Quorvane Labs"),
        ("Oldfarrow Fund", "Quorvane Labs"),
    }


def test_every_name_of_a_subject_list_co_led_the_round() -> None:
    text = "Ferrowick raised a $12 million seed round. Lantern Hill Ventures and Gorseway Capital co-led the round."
    assert _investors(text) == {("Lantern Hill Ventures", "Ferrowick"), ("Gorseway Capital", "Ferrowick")}


def test_money_put_into_a_companys_rival_goes_to_the_rival() -> None:
    text = "Palbrook Growth led a $60 million investment in Hesketh's biggest rival, Ostravane."
    assert _investors(text) == {("Palbrook Growth", "Ostravane")}
    assert _rounds(text) == {("Ostravane", 60e6)}


def test_a_round_is_not_the_lead_s_own_when_the_lead_is_taken_for_the_company() -> None:
    text = (
        "Earlier this year the developer closed a $2 billion funding round, led by the holding company Tessaly Group."
    )
    assert _rounds(text) == set()


def test_an_analyst_raising_a_price_target_reports_no_round() -> None:
    text = "In June, Hallorin Securities lowered its target on Brisketta to $190 but has since raised it back to $260."
    assert _rounds(text) == set()


def _valuations(text: str) -> set[tuple[str, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount if e.amount else None) for e in draft.events if e.kind.value == "VALUATION"
    }


@pytest.mark.parametrize(
    ("text", "valued"),
    [
        ("Corlissa, whose investors include Vantmoor Capital, is valued at about $700 million.", {"Corlissa"}),
        (
            "Earlier this year the developer closed a $2 billion funding round, led by the conglomerate Tessaly "
            "Group, lifting its valuation to $45 billion.",
            set(),
        ),
        ("Mirevo has overtaken its closest rival Quentaro which was recently valued at $3 billion.", {"Quentaro"}),
    ],
)
def test_a_valuation_belongs_to_the_company_valued_not_to_a_backer_named_nearby(text: str, valued: set[str]) -> None:
    assert {name for name, _ in _valuations(text)} == valued


def test_a_venture_firm_raising_a_fund_of_its_own_is_no_round() -> None:
    text = "Haskett Capital, an early backer of Pendrowe Labs, raised a new $400 million fund on Tuesday."
    assert _rounds(text) == set()
    assert _investors(text) == {("Haskett Capital", "Pendrowe Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Welford raised its price target on the shares to $180 from $150, while Omberley raised its call to $240 "
        "from $215.",
        "Tarrowind raised $90 million last month, while the likes of Quillmere and Ostrade raised $25 million and "
        "$6 million respectively.",
        "Parvella closed a $140 million Series B led by Ketterby Capital; Solvane raised nearly $600 million in just "
        "four months.",
    ],
)
def test_a_second_clause_with_a_target_several_companies_or_a_total_states_no_round_of_its_own(text: str) -> None:
    names = {name for name, _ in _rounds(text)}
    assert not names & {"Omberley", "Quillmere", "Ostrade", "Solvane"}


@pytest.mark.parametrize(
    "text",
    [
        "Dunmarrow is reportedly raising a new round at a valuation of $6 billion, led by Farrowdale Partners.",
        "Before the takeover, Mavistra was conducting a new round of financing at a valuation of $1 billion.",
    ],
)
def test_a_round_still_being_raised_is_no_round_nor_valuation_yet(text: str) -> None:
    assert _rounds(text) == set()
    assert _valuations(text) == set() or all(
        e.properties.get("modality")
        for e in ArticleExtractor(min_confidence=0.0).extract(text).events
        if e.kind.value == "VALUATION"
    )
    assert _investors(text) == set()


def test_money_put_into_each_of_several_companies_backs_each_of_them() -> None:
    text = "Hollinger Capital invested $5 million each in Sarnello and Quintrave."
    assert _investors(text) == {("Hollinger Capital", "Sarnello"), ("Hollinger Capital", "Quintrave")}


@pytest.mark.parametrize(
    "text",
    [
        "That is a fair return on the $12 billion Garrowen paid for the unit, but far below the $40 billion valuation "
        "Garrowen hoped for when it first planned the listing.",
        "Last week Garrowen was said to be eyeing a valuation under $15 billion for the unit.",
        "That is well below the expected $40 billion valuation when Garrowen first announced the plan.",
        "At 11:40 am, the scrip was valued at ₹142.",
    ],
)
def test_a_hoped_for_valuation_or_a_share_price_is_no_companys_valuation(text: str) -> None:
    assert _valuations(text) == set()


def test_a_valuation_and_the_round_that_set_it_keep_their_own_amounts() -> None:
    text = (
        "Lisbon-based Pexarovo, a fintech startup, garnered a US $3 billion valuation last year with a US $150 "
        "million investment."
    )
    assert _valuations(text) == {("Pexarovo", 3e9)}
    assert _rounds(text) == {("Pexarovo", 150e6)}


def test_a_round_up_joined_by_commas_keeps_each_companys_backers_apart() -> None:
    text = (
        "Among this week's deals, Marvello raised $30 million from Quenby Capital, Tessaract raised $12 million "
        "from Holloway Ventures, and Dovecote AI secured $8 million in seed funding."
    )
    assert _investors(text) == {("Quenby Capital", "Marvello"), ("Holloway Ventures", "Tessaract")}
    assert _rounds(text) == {("Marvello", 30e6), ("Tessaract", 12e6), ("Dovecote AI", 8e6)}


def test_a_phrase_opening_the_sentence_stays_with_the_clause_that_raised() -> None:
    from loaders.articles.clause_views import clause_bounds

    text = "After launching the startup in 2019, Kwon raised $90 million over four rounds."
    assert clause_bounds(text) == [(0, len(text))]
    two = "Marvello raised $30 million, and Tessaract raised $12 million."
    assert [two[a:b] for a, b in clause_bounds(two)] == [
        "Marvello raised $30 million, and ",
        "Tessaract raised $12 million.",
    ]


def test_a_list_of_backers_ends_where_a_clause_opens_with_as() -> None:
    text = (
        "The sale comes weeks after Harlowe raised $100 million from Oxbury Partners, and as Veritane Robotics "
        "looks for new funding."
    )
    assert _investors(text) == {("Oxbury Partners", "Harlowe")}


def test_the_firm_a_speaker_says_led_the_round_is_its_lead() -> None:
    text = "Talverne Capital said Briskow Ventures led a $40 million round in Quorrant Labs."
    assert _investors(text) == {("Briskow Ventures", "Quorrant Labs")}
