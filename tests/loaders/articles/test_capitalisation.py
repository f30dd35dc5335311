"""Market values: a listed company's valuation whose basis is its share price (sentences written here)."""

from __future__ import annotations

import pytest

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
