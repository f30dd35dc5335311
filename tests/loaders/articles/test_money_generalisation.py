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


@pytest.mark.parametrize(
    "text",
    [
        "PALO ALTO, CA — Quillon, a robotics startup, raised $30 million in Series B funding led by Onder Capital.",
        "DALLAS, TX -- Quillon raised $30 million in a Series A round led by Onder Capital.",
    ],
)
def test_a_datelines_state_is_not_the_company_raising(text: str) -> None:
    assert _investors(text) == {("Onder Capital", "Quillon")}


def test_a_datelines_state_after_a_city_in_lower_case_is_not_the_issuer() -> None:
    text = (
        "Knoxville, Tenn., Nov. 8 – Halvex Corp. offered further details about a $10 billion sale of senior notes "
        "that priced in five tranches on Tuesday."
    )
    assert _issues(text) == {("Halvex", 10e9)}


def test_the_rival_named_before_is_backed_by_is_the_one_backed() -> None:
    assert _investors("Quillon raised $20 million. Its rival Pellum Bio is backed by Tarnell Ventures.") == {
        ("Tarnell Ventures", "Pellum Bio")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quillon raised $20 million at a $200 million valuation, less than half the $500 million valuation of "
            "rival Pellum Bio.",
            {("Quillon", 200e6), ("Pellum Bio", 500e6)},
        ),
        (
            "Quillon, valued at $200 million, competes with Pellum Bio, valued at $500 million.",
            {("Quillon", 200e6), ("Pellum Bio", 500e6)},
        ),
    ],
)
def test_each_value_goes_to_the_company_it_is_written_beside(
    text: str, expected: set[tuple[str | None, float | None]]
) -> None:
    assert _valued(text) == expected


def test_a_fund_taking_part_in_other_companies_rounds_is_given_none_of_their_values_or_investors() -> None:
    text = (
        "Halvex Fund's AI bets grow\n"
        "Investment firm Halvex Fund has taken part in three of the largest fundraises by AI companies.\n"
        "- Halvex Fund took part in the largest round of 2024 — Quillon's $10 billion raise at a $62 billion "
        "valuation. Tarnell Ventures led Quillon's new funding.\n"
        "- In November, the firm took part in Pellum Bio's $6 billion funding round valuing it at $50 billion, the "
        "Morvell Courier reported. The new round includes investment from Onder Capital and Brisco Partners.\n"
        "- In October, Halvex Fund participated in the second-largest round of 2024, this time for Zembrix's $6.6 "
        "billion raise at a post-money valuation of $157 billion. That round also was led by Tarnell Ventures."
    )
    assert not any(name == "Halvex Fund" for name, _ in _valued(text))
    assert {("Quillon", 62e9), ("Pellum Bio", 50e9), ("Zembrix", 157e9)} <= _valued(text)
    investors = _investors(text)
    assert not any(company == "Halvex Fund" for _, company in investors)
    assert {
        ("Tarnell Ventures", "Quillon"),
        ("Onder Capital", "Pellum Bio"),
        ("Brisco Partners", "Pellum Bio"),
        ("Tarnell Ventures", "Zembrix"),
    } <= investors


@pytest.mark.parametrize(
    "text",
    [
        "With a combined market cap of 1,527 trillion won, roughly 36 percent of the Vantor Index's total valuation "
        "of 4,204 trillion won, the two shares wield influence.",
        "Quillon's initial public offering (IPO) was valued at $1.3 billion and was fully subscribed on the final day.",
    ],
)
def test_an_index_total_or_an_offerings_size_is_no_companys_valuation(text: str) -> None:
    assert _valued(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Halvex's cloud business raised $500 million from Tarnell Ventures.",
        "Halvex said its chip unit raised $500 million from Tarnell Ventures and Onder Capital.",
        "Halvex's autonomous driving unit has raised $1 billion from investors including Tarnell Ventures.",
        "Investors in Halvex's chip arm include Tarnell Ventures and Onder Capital.",
        "Halvex Group's payments affiliate closed a $700 million round led by Onder Capital.",
        "Halvex spun off its chip unit, which later raised money from Tarnell Ventures.",
    ],
)
def test_the_investors_of_an_unnamed_unit_are_not_given_to_its_parent(text: str) -> None:
    assert not any(company.startswith("Halvex") for _, company in _investors(text))


def test_a_unit_named_in_an_appositive_still_raises_its_own_round() -> None:
    text = "Quillon, Halvex's cloud unit, raised $500 million from Tarnell Ventures."
    assert ("Tarnell Ventures", "Quillon") in _investors(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarnell-backed bid for Quillon was rejected by the board.",
        "A Tarnell Ventures-backed consortium agreed to buy Quillon for $2 billion.",
        "The Tarnell-backed fund invested in Quillon.",
    ],
)
def test_a_backer_of_a_bid_a_consortium_or_a_fund_has_not_invested_in_the_company_after_it(text: str) -> None:
    assert not any(company == "Quillon" for _, company in _investors(text))


def test_the_round_of_a_rival_described_by_its_backer_is_the_rivals() -> None:
    draft = read_all("Quillon's Onder-backed rival Pellum Bio raised $30 million.")
    names = {e.ref: e.name for e in draft.entities}
    assert [names[e.subject] for e in draft.events if e.kind.value == "FUNDING_ROUND"] == ["Pellum Bio"]


def test_money_from_perpetual_securities_is_no_funding_round() -> None:
    draft = read_all("Halvex raised S$500 million from perpetual securities, according to a filing.")
    assert not [e for e in draft.events if e.kind.value == "FUNDING_ROUND"]


def test_bonds_named_after_their_issuer_are_the_issuers_not_the_sellers() -> None:
    assert _issues("Maple Bank, which sold $1 billion of Halvex bonds to investors, earned fees.") == {("Halvex", 1e9)}


def test_a_yen_sign_in_a_text_about_yen_bonds_is_yen() -> None:
    draft = read_all("Halvex sold ¥50 billion of samurai bonds, its first yen-denominated issue.")
    (issue,) = [e for e in draft.events if e.kind.value == "SECURITY_ISSUE"]
    assert issue.amount is not None and issue.amount.currency == "JPY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarnell-backed Chinese AI startup Quillon raised $100 million.", {("Tarnell", "Quillon")}),
        ("Onder Capital-backed robotics company Pellum Bio is hiring.", {("Onder Capital", "Pellum Bio")}),
    ],
)
def test_a_backed_adjective_reaches_the_company_past_its_description(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_a_family_named_by_its_surname_is_no_holder_of_the_stake() -> None:
    assert _investors("The Halvex family holds about 40% of Quillon.") == set()


def test_the_bank_that_helped_sell_the_notes_is_not_their_issuer() -> None:
    text = "Gorvin Securities helped Halvex Corp sell $2 billion of convertible notes."
    assert _issues(text) == {("Halvex", 2e9)}


def test_stock_sold_in_a_sentence_about_bonds_is_no_bond_issue() -> None:
    assert _issues("Halvex Corp's bonds rose after it sold $1 billion of stock.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quillon raised $25 million with backing from Onder Capital and Tarnell Ventures.",
            {("Onder Capital", "Quillon"), ("Tarnell Ventures", "Quillon")},
        ),
        (
            "Quillon's Series B was led by Onder Capital, joined by existing investors Tarnell Ventures and Brisco "
            "Partners.",
            {("Onder Capital", "Quillon"), ("Tarnell Ventures", "Quillon"), ("Brisco Partners", "Quillon")},
        ),
    ],
)
def test_backers_named_with_backing_from_or_joined_by_invested(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_a_takeover_offer_values_no_company() -> None:
    assert _valued("Halvex's offer values Quillon at $3 billion, a 40% premium.") == set()


def test_an_investor_in_an_outlets_unnamed_parent_has_not_invested_in_the_outlet() -> None:
    text = (
        "Tarnell Ventures, an early investor in Quillon, Zembrix and the Morvell Courier's parent company, declined "
        "to comment."
    )
    assert _investors(text) == {("Tarnell Ventures", "Quillon"), ("Tarnell Ventures", "Zembrix")}


def test_a_data_provider_closing_the_list_is_the_source_not_an_investee() -> None:
    text = "Tarnell Ventures has invested $5 million each in Quillon and Pellum Bio, PitchVault data show."
    assert _investors(text) == {("Tarnell Ventures", "Quillon"), ("Tarnell Ventures", "Pellum Bio")}


def test_a_fund_named_only_by_generic_words_is_listed_as_its_owner() -> None:
    text = "Quillon raised $10 million from Tarnell Ventures' Asia Fund II and Onder Capital's Growth Fund."
    assert _investors(text) == {("Tarnell Ventures", "Quillon"), ("Onder Capital", "Quillon")}


@pytest.mark.parametrize(
    "text",
    [
        "Quillon investor Tarnell Ventures said the startup would raise more money.",
        "Tarnell Ventures, a Quillon investor, said the startup would raise more money.",
        "Tarnell Ventures, a Quillon shareholder since 2019, voted for the merger.",
        "Early Quillon backer Tarnell Ventures has tripled its money.",
    ],
)
def test_a_holder_named_by_its_role_before_or_after_the_company(text: str) -> None:
    assert _investors(text) == {("Tarnell Ventures", "Quillon")}


def test_an_investor_aside_holds_while_the_clause_reports_a_fund_being_raised() -> None:
    text = "Tarnell Ventures, an early backer of Quillon, Pellum Bio and Zembrix, is raising a new fund."
    assert _investors(text) == {
        ("Tarnell Ventures", "Quillon"),
        ("Tarnell Ventures", "Pellum Bio"),
        ("Tarnell Ventures", "Zembrix"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tarnell Ventures' portfolio includes Quillon and Pellum Bio.",
        "Tarnell Ventures, whose portfolio includes Quillon and Pellum Bio, is raising a new fund.",
        "Tarnell Ventures counts Quillon and Pellum Bio among its portfolio companies.",
    ],
)
def test_an_investors_portfolio_names_the_companies_it_invested_in(text: str) -> None:
    assert _investors(text) == {("Tarnell Ventures", "Quillon"), ("Tarnell Ventures", "Pellum Bio")}


def test_a_companys_product_portfolio_names_no_investee() -> None:
    assert _investors("Quillon's product portfolio includes the Zeta X1 and the Zeta X2.") == set()


def test_an_exchange_quoting_a_price_is_not_the_company_whose_market_value_follows() -> None:
    text = (
        "Quillon moves its listing\n"
        "In a statement, the Vantor stock exchange gave an indicative price of 58.70 euros per share for Quillon, "
        "implying a market value of 95.3 billion euros."
    )
    assert not any(name == "Vantor" for name, _ in _valued(text))
