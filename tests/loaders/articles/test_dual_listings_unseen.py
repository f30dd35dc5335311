"""Dual listings (fictional names, sentences written here): shares traded on two named exchanges, a company listed
on both; a clause joined after the exchange names no second one."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _listed(text: str) -> set[str]:
    return {o for s, kind, o in relation_triples(text) if kind == "LISTED_ON" and s == "Taklow Energy"}


@pytest.mark.parametrize(
    ("text", "exchanges"),
    [
        (
            "Taklow Energy's shares are traded on the New York Stock Exchange and the Toronto Stock Exchange.",
            {"New York Stock Exchange", "Toronto Stock Exchange"},
        ),
        ("Taklow Energy is listed on both the Nasdaq and the NYSE.", {"Nasdaq", "New York Stock Exchange"}),
    ],
)
def test_both_exchanges_are_listings(text: str, exchanges: set[str]) -> None:
    assert _listed(text) == exchanges


def test_a_clause_after_the_exchange_names_no_second_listing() -> None:
    text = "Taklow Energy shares traded on the Toronto Stock Exchange and Brenmora said it would buy more."
    assert _listed(text) == {"Toronto Stock Exchange"}
