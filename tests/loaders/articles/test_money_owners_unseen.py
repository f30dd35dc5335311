"""Whose money, whose bond and whose valuation, on phrasings written for these tests with fictional names: a parent
speaking of its unit's round, a partner's firm, a fund a firm manages, a bank's analysts speaking of another's bonds,
the company an investment went into and a valuation several companies share are each read for the right company or
not at all."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from loaders.drafts import DocumentDraft


def _draft(text: str) -> tuple[DocumentDraft, dict[str, str]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    return draft, {e.ref: e.name for e in draft.entities}


def _investors(text: str) -> set[tuple[str | None, str | None]]:
    draft, names = _draft(text)
    return {(names.get(r.subject), names.get(r.object)) for r in draft.relations if r.type.value == "INVESTED_IN"}


def _events(text: str, kind: str) -> set[tuple[str | None, float | None]]:
    draft, names = _draft(text)
    return {(names.get(e.subject), e.amount.amount if e.amount else None) for e in draft.events if e.kind.value == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Brandmoor Holdings said its subsidiary Corvela Therapeutics had closed a $30 million round from Ostrava "
        "Ventures.",
        "Brandmoor Holdings said on Monday that its payments unit Corvela Therapeutics raised $30 million led by "
        "Ostrava Ventures.",
    ],
)
def test_a_parent_speaking_of_its_named_units_round_is_not_the_company_raising(text: str) -> None:
    found = _investors(text)
    assert ("Ostrava Ventures", "Corvela Therapeutics") in found
    assert ("Ostrava Ventures", "Brandmoor Holdings") not in found
    assert {company for company, _ in _events(text, "FUNDING_ROUND")} == {"Corvela Therapeutics"}


def test_a_partner_titled_by_her_firm_leads_for_the_firm() -> None:
    found = _investors("Ostrava Ventures partner Lina Osei led the $20 million round in Mertz Robotics.")
    assert found == {("Ostrava Ventures", "Mertz Robotics")}


@pytest.mark.parametrize(
    "text",
    [
        "Harwell Pension Plan has committed $100 million to Ostrava Ventures' new fund.",
        "Harwell Pension Plan invested $50 million in Ostrava Ventures' third fund, a filing showed.",
    ],
)
def test_money_for_a_fund_a_firm_manages_is_no_investment_in_the_firm(text: str) -> None:
    assert ("Harwell Pension Plan", "Ostrava Ventures") not in _investors(text)


def test_a_banks_analysts_speaking_of_another_companys_bonds_make_the_bank_no_issuer() -> None:
    text = "Kessing Bank analysts said Orvano Energy's bonds rallied after it sold $500 million of notes."
    assert ("Kessing Bank", 500_000_000.0) not in _events(text, "SECURITY_ISSUE")


def test_a_deal_from_a_named_issuer_is_that_issuers() -> None:
    text = "Velmar Grid's bond sale follows a $1 billion deal from Orvano Energy last month."
    assert _events(text, "SECURITY_ISSUE") == {("Orvano Energy", 1_000_000_000.0)}


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("Velmar Grid sold green bonds worth 600 million euros on Wednesday.", "green bond"),
        ("Kessing Bank said Orvano Energy's bonds were sold: Orvano Energy sold $500 million of bonds.", "bond"),
        ("Orvano Energy raised $300 million in a share sale and $1.2 billion from bonds.", "bond"),
    ],
)
def test_the_instrument_is_named_by_its_own_words_not_a_figure_a_verb_or_a_possessive(
    text: str, instrument: str
) -> None:
    draft, _ = _draft(text)
    assert {e.instrument for e in draft.events if e.kind.value == "SECURITY_ISSUE"} == {instrument}


def test_an_investment_made_at_a_valuation_values_the_company_invested_in() -> None:
    text = "Grendall Corp invested in Sorrel Labs at a $4 billion valuation last year."
    assert _events(text, "VALUATION") == {("Sorrel Labs", 4_000_000_000.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Tessmark and Sorrel Labs were valued at $2 billion and $4 billion respectively.",
        "Harlow Brothers values Grendall Corp's cloud business at $100 billion.",
        "Sorrel Labs raised $500 million, valuing Grendall Corp's portfolio company at $4 billion.",
        "Investors including Ostrava Ventures valued the company at $4 billion.",
    ],
)
def test_pairs_parts_and_valuers_are_given_no_valuation(text: str) -> None:
    valued = {company for company, _ in _events(text, "VALUATION")}
    assert valued <= {"Sorrel Labs"} if "raised" in text else not valued


def test_a_company_described_by_a_relative_clause_after_a_speaker_raised_its_own_round() -> None:
    text = "Tessmark said Nimbrel, in which it holds a 30% stake, raised $40 million from Orchard Lane."
    assert _investors(text) == {("Orchard Lane", "Nimbrel")}
    assert {company for company, _ in _events(text, "FUNDING_ROUND")} == {"Nimbrel"}


def test_a_lead_is_never_the_company_whose_round_it_led() -> None:
    assert not _events("Tessmark, the parent of Nimbrel, led the $40 million round.", "FUNDING_ROUND")


def test_the_company_an_investor_title_describes_is_not_the_investor() -> None:
    found = _investors("Palvex investor Balder Ventures has also backed Quorrin.")
    assert ("Balder Ventures", "Quorrin") in found
    assert ("Palvex", "Quorrin") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talmeric Group plans a listing for its chip unit. Talmeric Group raised its stake last year - Quorvane's "
            "latest funding round in July valued the company at about 21 billion yuan.",
            {("Quorvane", 21_000_000_000.0)},
        ),
    ],
)
def test_a_round_that_values_the_company_values_the_company_raising_it(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _events(text, "VALUATION") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nimbrel holds a 15% interest in the Kestrel oilfield.",
        "Nimbrel owns 20% of the Tarrow copper mine, the company said.",
    ],
)
def test_a_share_of_an_asset_the_name_describes_is_no_investment_in_a_company(text: str) -> None:
    assert not _investors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orvano Energy's board approved the issuance of up to 2 billion yuan of bonds.",
        "Orvano Energy won approval to issue 2 billion yuan of bonds.",
        "Orvano Energy postponed a $1 billion bond sale.",
        "Orvano Energy is marketing $1 billion of notes due 2030, initial price talk showed.",
    ],
)
def test_a_bond_sale_approved_put_off_or_still_marketed_is_no_issue(text: str) -> None:
    assert not _events(text, "SECURITY_ISSUE")


def test_a_chairman_titled_by_his_firm_leads_for_the_firm() -> None:
    assert _investors("Kestrel Capital Chairman Ho Wai led the $5 million round in Quorrin.") == {
        ("Kestrel Capital", "Quorrin")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Quorrin makes chips. Ostrava Ventures, TechLedger reported, invested $20 million in the startup.",
        "Quorrin makes chips. In an interview with TechLedger, Ostrava Ventures partner Ana Ruiz said the firm backed "
        "Quorrin in 2021.",
    ],
)
def test_an_outlet_named_as_the_source_is_no_investor(text: str) -> None:
    assert not {investor for investor, _ in _investors(text)} & {"TechLedger"}


def test_a_spread_in_basis_points_is_no_issuer() -> None:
    text = (
        "The deal comprises 1.5 billion euros of bonds in three tranches -- four-year notes at about 60 basis points "
        "over the benchmark, seven-year debt at around 75bps and a 12-year maturity in the 95bps area."
    )
    assert not {issuer for issuer, _ in _events(text, "SECURITY_ISSUE")} & {"75bps", "95bps"}


def test_an_amount_written_with_a_currency_letter_is_no_company_invested_in() -> None:
    text = "Kestrel Pay is investing up to R3.8 billion ($200 million) into Orvano's payments unit."
    assert not {target for _, target in _investors(text)} & {"R3.8"}


def test_the_round_after_a_valuation_it_fetched_is_the_rounds_size_not_a_value() -> None:
    text = (
        "Quorrin is targeting a market cap of up to $4.65bn, a step-up from the $3.5bn valuation it fetched on a $250m "
        "private round in March 2023."
    )
    assert ("Quorrin", 250_000_000.0) not in _events(text, "VALUATION")


def test_a_value_put_on_the_company_in_a_round_is_not_the_rounds_amount() -> None:
    text = "Quorrin was valued at $1 billion in a funding round led by Ostrava Ventures."
    assert ("Quorrin", 1_000_000_000.0) not in _events(text, "FUNDING_ROUND")


def test_among_the_investors_is_said_of_the_subject_not_of_a_name_its_first_verb_governs() -> None:
    text = (
        "Ostrava Ventures is a fund. It has poured money into Ana Ruiz's Palvex, and was among the investors in "
        "Tenzo Health."
    )
    assert not {investor for investor, target in _investors(text) if target == "Tenzo Health"} & {"Palvex", "Ana Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Partners backed the proposal by Quorrin to buy Palvex.",
        "Harlow Partners backed Quorrin's chief executive in the boardroom fight.",
    ],
)
def test_backing_a_proposal_or_a_person_of_a_company_is_no_investment_in_it(text: str) -> None:
    assert ("Harlow Partners", "Quorrin") not in _investors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow Partners is Quorrin's biggest investor.", {("Harlow Partners", "Quorrin")}),
        ("Harlow Partners remains Quorrin's largest shareholder, with 12%.", {("Harlow Partners", "Quorrin")}),
    ],
)
def test_a_company_named_as_a_companys_investor_invested_in_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_each_lead_of_two_coordinated_clauses_led_its_own_round() -> None:
    text = "Harlow Partners led Quorrin's $30 million round, and Kestrel Capital led Palvex's $12 million round."
    found = _investors(text)
    assert ("Harlow Partners", "Palvex") not in found
    assert ("Kestrel Capital", "Palvex") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In other deals, drone maker Quorrin raised $20 million led by Harlow Partners, payments firm Palvex "
            "secured $15 million from Sable Rock, and Tenzo Health closed a $7 million seed round.",
            {("Harlow Partners", "Quorrin"), ("Sable Rock", "Palvex")},
        ),
        (
            "Quorrin raised $20 million. Palvex, meanwhile, landed $15 million, and Tenzo Health got $7 million from "
            "Sable Rock.",
            {("Sable Rock", "Tenzo Health")},
        ),
    ],
)
def test_each_company_of_a_round_up_keeps_its_own_investors(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_followers_of_a_lead_invested_beside_it_not_in_it() -> None:
    text = (
        "Palvex Makes Major Move into Robotics with Strategic Investment\n-\nPalvex has taken new action in the "
        "robotics field.\nRecently, Tenzo Robotics Co., Ltd. completed a Series A+ funding round worth hundreds of "
        "millions. Among them, Palvex led the strategic investment, with follow-up investments from institutions "
        "such as Sable Rock Capital, Harlow Fund, and Orchard Capital."
    )
    assert not {investor for investor, target in _investors(text) if target == "Palvex"}
