"""Whose value, stake or round a sentence reports when the owner is not the clause's subject (sentences written
here, fictional names)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all
from tests.loaders.articles.conftest import valuations as _valuations


def relation_triples_of(text: str, type_: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Wire - Battery shares climbed on a Thursday in June, led by Quorra, which jumped 11% to a new "
        "peak, pushing its market capitalization beyond 86 billion yuan.",
        "Tellix said Quorra, which makes robots, rose 4%, lifting its market value to $12 billion.",
    ],
)
def test_its_market_value_after_a_relative_clause_is_the_antecedents(text: str) -> None:
    assert {name for name, _ in _valuations(text)} == {"Quorra"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmont Capital increased its stake in scooter maker Quorra Motors to 41.7% after putting in fresh "
            "cash, Quorra told its bondholders on Thursday.",
            {("Velmont Capital", "Quorra Motors")},
        ),
        ("Brantor said Velmont has cut its holding in Quorra to 4%.", {("Velmont", "Quorra")}),
        ("Velmont Capital plans to raise its stake in Quorra to 30%.", set()),
    ],
)
def test_a_stake_raised_or_cut_to_a_share_is_held(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected


def test_a_stake_reported_by_another_is_the_named_holders() -> None:
    assert relation_triples_of("Brantor said Velmont holds a 4% stake in Quorra.", "INVESTED_IN") == {
        ("Velmont", "Quorra")
    }


def test_an_investor_with_no_company_named_backs_what_the_texts_investor_holds() -> None:
    text = (
        "Velmont Capital held a 60% stake in Quorra Motors before the latest round. The transaction was completed "
        "on October 3, with Brantor investing approximately $90 million."
    )
    assert ("Brantor", "Quorra Motors") in relation_triples_of(text, "INVESTED_IN")
    assert ("Brantor", "Velmont Capital") not in relation_triples_of(text, "INVESTED_IN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmont has invested $300 million in robot maker Quorra.", {("Velmont", "Quorra")}),
        (
            "Velmont announced a $260 million investment in Korean drone maker Quorra on Friday.",
            {("Velmont", "Quorra")},
        ),
        ("Velmont holds a 12% stake in the chip startup Quorra.", {("Velmont", "Quorra")}),
        ("Velmont has invested $300 million in the startup Brantor founded in 2019.", set()),
    ],
)
def test_money_put_in_a_company_named_after_what_it_is_goes_to_that_company(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected


def _rounds(text: str) -> set[tuple[str, float]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount)
        for e in draft.events
        if e.kind.value == "FUNDING_ROUND" and e.amount is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra, a Shanghai chip designer, unveiled a GPU on Monday. The startup secured more than 5 billion "
            "yuan in financing for its latest GPU.",
            {("Quorra", 5e9)},
        ),
        ("Quorra secured 5 billion yuan in bank loans last year.", set()),
        ("Quorra secured more than 300 million euros in orders.", set()),
    ],
)
def test_an_amount_secured_in_a_currency_word_is_a_round_unless_it_is_debt_or_orders(text: str, expected: set) -> None:
    assert _rounds(text) == expected


def _headcounts(text: str) -> set[tuple[str, object]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[a.entity], a.value) for a in draft.attributes if a.attribute == "employees"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra, a bicycle maker, shipped 5,200 bikes in May. The firm has cut jobs twice since spring, "
            "reducing the workforce by 9% to 2,730 as of August.",
            {("Quorra", 2730)},
        ),
        ("Quorra trimmed its staff by 300 to 1,200.", {("Quorra", 1200)}),
        ("Quorra wants to reduce its workforce to 900.", set()),
    ],
)
def test_the_headcount_left_after_a_cut_is_the_companys_staff(text: str, expected: set) -> None:
    assert _headcounts(text) == expected


def test_a_capitalised_startup_is_the_company_described_not_one_called_startup() -> None:
    text = "Quorra makes chips. The Startup secured $50 million in funding."
    assert _rounds(text) == {("Quorra", 50e6)}


def test_a_headlines_post_taken_for_the_texts_company_raises_no_round() -> None:
    text = (
        "Co-Founder & GM of Quorra Labs, The Lisbon Robot Startup, Leaves For Velmont\n\n"
        "The Co-Founder & GM of Quorra Labs, a robot startup founded in Lisbon, left for Velmont last week.\n\n"
        "The company secured $900 million in financing last year."
    )
    assert not any(name.startswith("GM of") for name, _ in _rounds(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A month ago, Lisbon app Quorra locked down investments from Velmont and Brantor.",
            {("Velmont", "Quorra"), ("Brantor", "Quorra")},
        ),
        ("Quorra locked in $30 million from Velmont Capital.", {("Velmont Capital", "Quorra")}),
        ("Quorra locked in a supply deal from Velmont.", set()),
        (
            "Quorra, a payments startup, raised $170 million in a Series C round on Monday. Led by Velmont Capital "
            "and Tellix Partners, the funding gives the payments company room to grow.",
            {("Velmont Capital", "Quorra"), ("Tellix Partners", "Quorra")},
        ),
        ("Quorra, a payments startup, won a licence. Led by chief executive Lena Varga, the firm grew fast.", set()),
    ],
)
def test_money_locked_in_from_backers_and_a_round_fronted_by_its_leads(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmont Holdings, a 35 per cent owner of Quorra, said it would add to that holding.",
            {("Velmont Holdings", "Quorra")},
        ),
        ("Aerospace group Velmont, the majority owner of Quorra, gave a forecast.", {("Velmont", "Quorra")}),
        ("Velmont, a co-owner of Quorra, said sales rose.", {("Velmont", "Quorra")}),
        ("Tellix, the owner of Quorra Brands, said sales rose.", set()),
    ],
)
def test_an_aside_naming_a_share_owned_makes_its_owner_an_investor(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmont says its 15% stake in Quorra is worth $900 million.", {("Velmont", "Quorra")}),
        (
            "Velmont Group gained 6 per cent after the value of its stake in Korean grocery app Quorra went up.",
            {("Velmont Group", "Quorra")},
        ),
        ("Velmont plans to sell its 20% stake in Quorra.", set()),
        ("Velmont sold its 20% stake in Quorra last year.", set()),
    ],
)
def test_its_stake_in_a_company_is_the_clause_subjects_unless_sold(text: str, expected: set) -> None:
    assert relation_triples_of(text, "INVESTED_IN") == expected


def _bond_amounts(text: str) -> set[float]:
    return {e.amount.amount for e in read_all(text).events if e.kind.value == "SECURITY_ISSUE" and e.amount is not None}


def test_tranches_listed_by_maturity_and_money_borrowed_in_a_bond_sale_are_issues() -> None:
    text = (
        "Quorra, the Danish shipping line, has borrowed $6bn in a four-part corporate bond issue. Two of the "
        "tranches were:\n\n"
        "- $1.5bn in three-year bonds with a yield of 4.1%\n- $2.25bn in 7-year bonds with a yield of 4.8%"
    )
    assert _bond_amounts(text) == {6e9, 1.5e9, 2.25e9}


def test_money_borrowed_from_banks_is_no_bond_issue() -> None:
    assert _bond_amounts("Quorra borrowed $3bn from banks, a day after a bond sale by Velmont.") == set()


def test_an_amount_hyphened_to_its_currency_sizes_the_round() -> None:
    assert _rounds("Quorra closed a 500 million-yuan round led by Velmont.") == {("Quorra", 500e6)}


def _users(text: str) -> set[tuple[str, object]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[a.entity], a.value) for a in draft.attributes if a.attribute == "users"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra's subscriber base stood at 23.6 million by the end of June, its filing showed.",
            {("Quorra", 23_600_000)},
        ),
        ("Quorra said its user base reached 12 million last year.", {("Quorra", 12_000_000)}),
        ("Lena Varga's user base of 3 million fans grew.", set()),
    ],
)
def test_the_size_of_a_companys_subscriber_base_is_its_user_count(text: str, expected: set) -> None:
    assert _users(text) == expected


def test_a_round_an_investor_is_reported_to_be_leading_is_not_yet_a_round() -> None:
    text = (
        "Another raise could follow: Velmont was reported on Tuesday to be leading a Series B round of at least "
        "$140 million in Porto-based drone startup Quorra."
    )
    assert _rounds(text) == set()


def test_a_figure_of_several_companies_in_a_relative_clause_is_no_ones_valuation() -> None:
    text = "After the round, Quorra overtakes rivals Tellix and Orvane, which have lately been valued at $2.2 billion."
    assert _valuations(text) == set()
    assert _valuations("Quorra, which was valued at $2 billion last year, raised $50 million.") == {("Quorra", 2e9)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvane opened a works in Chennai in 2021. Papers said the Orvane factory employed 6,400 people.", set()),
        ("Tellix Motors said its Brno plant now employs 1,900 workers.", set()),
        ("Tellix Motors employs 14,000 people worldwide.", {("Tellix Motors", 14000)}),
    ],
)
def test_a_sites_headcount_is_not_the_companys(text: str, expected: set) -> None:
    assert _headcounts(text) == expected
