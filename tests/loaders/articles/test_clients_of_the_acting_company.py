"""Customers introduced by "its" after a clause whose verb a company the text has named governs ("... after X
remitted the money to two of its customers, A and B") are that company's clients, not those of a name opening the
sentence; a report that "showed" something is no company. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

from tests.loaders.articles.conftest import contract_parties


def test_its_customers_are_the_acting_companys() -> None:
    text = (
        "Tellix said profit rose. About $9 million of Tellix’s funds stay frozen after the island’s Organised Fraud "
        "Bureau seized them when Tellix remitted the money to two of its customers, Quorra Trading and Brantor Foods."
    )
    parties = {party for party, _ in contract_parties(text)}
    assert "Tellix" in parties
    assert "Organised" not in parties and "Organised Fraud Bureau" not in parties


def test_a_report_that_showed_something_does_not_own_the_customers() -> None:
    text = "Velmont rose. Its Q2 FY24 Quarterly Activity Report showed growth, even apart from its top customer Quorra."
    assert not any("Report" in party for party, _ in contract_parties(text))
