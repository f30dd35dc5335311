"""Listings and bond issues the text does not state (fictional companies, sentences written here): a listing only
weighed, a city with two exchanges in a text that names Nasdaq, another company's listing; debt repaid, bought,
held or arranged for someone else."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _listings(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in relation_triples(text) if r == "LISTED_ON"}


def _issues(text: str) -> set[tuple[str, float]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount)
        for e in draft.events
        if e.kind.value == "SECURITY_ISSUE" and e.amount is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Pemberly Labs is weighing a listing in London or Frankfurt.",
        "Pemberly Labs filed confidentially for a Hong Kong IPO.",
        "Pemberly Labs debuted in New York on Thursday. Its Nasdaq ticker is PMBL.",
        "Pemberly Labs, the New York-listed chipmaker, said it would cut jobs. It moved from Nasdaq in 2019.",
    ],
)
def test_listings_weighed_or_in_new_york_beside_nasdaq_are_not_stated(text: str) -> None:
    assert _listings(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemberly Labs rival Ostrand Robotics listed in Hong Kong last year.", {("Ostrand Robotics", "Hong Kong")}),
        (
            "Pemberly Labs, whose backer Ostrand Capital is listed in Tokyo, raised $50 million.",
            {("Ostrand Capital", "Tokyo")},
        ),
    ],
)
def test_the_listed_company_is_the_one_named_right_before_the_verb(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o.replace(" Stock Exchange", "")) for s, o in _listings(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemberly Labs repaid $400 million of notes due 2027.", set()),
        ("Ostrand Bank underwrote the $500 million bond sale for Pemberly Labs.", set()),
        ("Ostrand Capital bought $200 million of Pemberly Labs bonds.", set()),
        ("Ostrand Capital invested $200 million in green bonds issued by Pemberly Labs.", set()),
        ("Pemberly Labs has $2 billion of bonds maturing next year.", set()),
        ("Pemberly Labs' $1 billion of bonds due 2028 fell to 60 cents on the dollar.", set()),
        ("Pemberly Labs missed a coupon payment on $500 million of notes.", set()),
        (
            "Pemberly Labs sold $750 million of five-year notes and will use the money to repay $300 million of loans.",
            {("Pemberly Labs", 7.5e8)},
        ),
    ],
)
def test_debt_repaid_bought_or_arranged_is_no_issue(text: str, expected: set[tuple[str, float]]) -> None:
    assert _issues(text) == expected


def test_a_tranche_listed_under_its_sale_is_an_issue_while_debt_held_is_not() -> None:
    text = (
        "Pemberly Labs has sold debt in three maturities:\n"
        "- $1.5bn in five-year bonds with a yield of 2.6%\n"
        "- $2bn in seven-year bonds with a yield of 2.9%\n"
        "Pemberly Labs has $3 billion of bonds maturing next year."
    )
    assert _issues(text) == {("Pemberly Labs", 1.5e9), ("Pemberly Labs", 2e9)}
