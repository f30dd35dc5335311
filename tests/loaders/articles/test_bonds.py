"""Bond and convertible issues on sentences written for these tests: the issuer, the amount, never a maturity."""

from __future__ import annotations

import pytest

from graph.dates import PartialDate
from loaders.articles import ArticleExtractor


def _issues(text: str) -> set[tuple[str | None, float, str]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount, e.amount.currency)
        for e in draft.events
        if e.kind.value == "SECURITY_ISSUE" and e.amount is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lisbon, Pa., April 11 – Quorra Labs Inc. sold $1.7 billion 1.75% convertible bonds due April 11, 2030.",
            {("Quorra Labs", 1.7e9, "USD")},
        ),
        (
            "Tessel Micro set the ball rolling in May with a $2 billion convertible bond offering, and chipmaker "
            "Quorra Labs also sold $3 billion zero-coupon convertible bonds to a sovereign fund.",
            {("Tessel Micro", 2e9, "USD"), ("Quorra Labs", 3e9, "USD")},
        ),
        (
            "Quorra Labs said it completed its private offering of US$5 billion aggregate principal amount of 0.50% "
            "Convertible Senior Notes due 2031.",
            {("Quorra Labs", 5e9, "USD")},
        ),
        (
            "Halden Law represented Quorra Labs (Quorra) in its offering of $675 million 2.5% convertible bonds due "
            "2029.",
            {("Quorra Labs", 675e6, "USD")},
        ),
        ("Quorra Labs issued convertible bonds worth $430 million due 2030.", {("Quorra Labs", 430e6, "USD")}),
        (
            "Quorra Labs placed corporate bonds with a volume of €2.9 billion under its EMTN programme.",
            {("Quorra Labs", 2.9e9, "EUR")},
        ),
        (
            "Quorra Labs stock slipped after it moved to raise $15 billion in the U.S. investment-grade bond market.",
            {("Quorra Labs", 15e9, "USD")},
        ),
    ],
)
def test_the_issuer_is_the_one_selling(text: str, expected: set) -> None:
    assert _issues(text) == expected


def test_a_denomination_or_an_option_is_no_issue() -> None:
    text = (
        "Quorra Labs completed an offering of $800 million of convertible senior notes. The buyers hold an option "
        "to purchase up to an additional $112.5 million principal amount of notes. Each holder may exchange "
        "1,107 shares per $100,000 of bonds."
    )
    assert _issues(text) == {("Quorra Labs", 800e6, "USD")}


def test_the_company_raising_again_is_the_issuer_named_before() -> None:
    text = (
        "LISBON (Wire) - Drone maker Quorra Labs said on Wednesday it had raised $1 billion in a two-tranche "
        "convertible bond. The company raised $500 million in a six-year convertible bond."
    )
    assert ("Quorra Labs", 500e6, "USD") in _issues(text)


def test_a_maturity_is_not_the_day_of_the_issue() -> None:
    draft = ArticleExtractor(min_confidence=0.0).extract(
        "Quorra Labs Inc. sold $1.7 billion of convertible bonds due April 11, 2030, on March 2, 2025."
    )
    (issue,) = [e for e in draft.events if e.kind.value == "SECURITY_ISSUE"]
    assert issue.date == PartialDate(2025, 3, 2)
