"""Who issued a bond, on phrasings written for these tests with fictional names: the banks running a sale, the
buyers' orders, many sellers summed, a noun opening the sentence and a company's unnamed unit are no issuer; a
bond sold "for" a company is that company's."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import security_issues


@pytest.mark.parametrize(
    "text",
    [
        "Orsk Energy is a utility. Bramwell Securities and Tolland Bank managed the sale of $500 million of 10-year "
        "bonds.",
        "Orsk Energy is a utility. Bramwell Securities arranged the offering of $300 million of senior notes.",
        "Orsk Energy is a utility. Tolland Bank and Bramwell Securities were mandated to run the $500 million bond "
        "sale.",
        "Orsk Energy is a utility. Investors placed orders for more than $3 billion of the notes, a banker said.",
        "Orsk Energy is a utility. Global companies sold $90 billion of bonds last week.",
        "Orsk Energy is a utility. Asian issuers including Pentrel Steel and Dovecote Power sold $12 billion of dollar "
        "bonds in January.",
        "Orsk Energy is a utility. Pentrel Steel's Indian unit sold 5 billion rupees of bonds on Thursday.",
        "Orsk Energy is a utility. Dovecote Power and Orsk Energy sold a combined $3 billion of bonds.",
        "Orsk Energy is a utility. Orsk Energy, Dovecote Power and Pentrel Steel together issued $5 billion of bonds.",
        "Orsk Energy is a utility. Issuance by Orsk Energy totalled $2 billion of bonds last year.",
    ],
)
def test_banks_orders_many_sellers_and_unnamed_units_issue_nothing(text: str) -> None:
    assert security_issues(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bramwell Securities priced a $400 million bond for Orsk Energy on Monday.", {("Orsk Energy", 400e6)}),
        (
            "Tolland Bank sold a $250 million notes offering on behalf of Pentrel Steel.",
            {("Pentrel Steel", 250e6)},
        ),
        (
            "Global companies sold $90 billion of bonds last week, led by Pentrel Steel's $5 billion deal.",
            {("Pentrel Steel", 5e9)},
        ),
        # the plain sale stays its seller's, also with an aside naming a place
        (
            "MELVANE, Norvain's biggest delivery platform, has raised US$2.5 billion in a two-tranche dollar bond "
            "deal, according to its filings.",
            {("MELVANE", 2.5e9)},
        ),
        ("Pentrel Steel sold $750 million of green bonds in May.", {("Pentrel Steel", 750e6)}),
    ],
)
def test_a_bond_sold_for_a_company_is_that_companys_issue(text: str, expected: set[tuple[str, float]]) -> None:
    assert security_issues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Foods makes snacks. The snack giant hired Dorrance Securities and Tellix Bank to sell $900 million "
        "of 30-year bonds, people familiar with the sale said.",
        "Harlow Foods retained Dorrance Securities and Tellix Bank to sell $900 million of 30-year bonds.",
    ],
)
def test_banks_hired_to_sell_bonds_sell_the_hiring_companys_bonds(text: str) -> None:
    assert security_issues(text) == {("Harlow Foods", 9e8)}
