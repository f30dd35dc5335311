"""Market values: a listed company's valuation whose basis is its share price (sentences written here)."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from tests.loaders.articles.conftest import read_all


def _market_values(text: str) -> set[tuple[str, float, str | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount, e.properties.get("basis"))
        for e in draft.events
        if e.kind.value == "VALUATION" and e.amount is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese EV maker Velora (ticker: VLR) has a market capitalization of about $36 billion.",
            {("Velora", 36e9, "market capitalization")},
        ),
        (
            "Corvel Motor's (ticker: F) capitalization stands at about $46 billion.",
            {("Corvel Motor", 46e9, "market capitalization")},
        ),
        (
            "Velora shares closed at HK$89.4, giving it a market capitalization of about HK$170.4 billion.",
            {("Velora", 170.4e9, "market capitalization")},
        ),
    ],
)
def test_a_market_value_is_a_valuation_on_the_share_price(text: str, expected: set) -> None:
    assert _market_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The market caps of Nemia (NEM) and Tarvo (TRV) stand at $27 billion and $32 billion, respectively.",
        "The Corvel Index has a market value of $2 trillion.",
        "The combined market capitalization of the two groups is $90 billion.",
        "Turnover was nearly 40% of Velora's free-float market capitalisation of 5,391 crore rupees.",
    ],
)
def test_no_market_value_for_several_companies_or_an_index(text: str) -> None:
    assert _market_values(text) == set()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Velquor debuted on the STAR Market on Friday. The firm's shares closed up 64% at 224.1 yuan, valuing "
            "Velquor at about 23.9 billion yuan.",
            23.9e9,
        ),
        ("Velquor listed on Thursday. At the open, Velquor was valued at almost $60 billion.", 60e9),
        ("Velquor shares opened at HK$338 against the IPO price and valuing the company at $179 billion.", 179e9),
    ],
)
def test_what_listed_shares_value_the_company_at_is_a_market_value(text: str, amount: float) -> None:
    draft = read_all(text)
    values = [e for e in draft.events if e.kind == EventKind.VALUATION]
    assert [(v.amount.amount if v.amount else None, v.properties.get("basis")) for v in values] == [
        (amount, "market capitalization")
    ]


def test_the_firm_given_a_market_value_is_the_company_the_sentence_before_opened_with() -> None:
    text = (
        "Orvane Systems won a contract from Velmont Rail on Monday, the software firm said.\n"
        "Harlow Mining stock climbed 9% on Thursday after the miner raised its forecast.\n"
        "The jump gave the firm a market value of $6 billion."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    values = {(names[e.subject], e.amount.amount) for e in draft.events if e.kind.value == "VALUATION" and e.amount}
    caps = {(names[a.entity], a.value["amount"]) for a in draft.attributes if a.attribute == "market_cap"}
    assert values == {("Harlow Mining", 6e9)}
    assert caps == {("Harlow Mining", 6e9)}
