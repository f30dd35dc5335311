"""Parties that come from context ("it", "its", "the company"): the company the clause is about, not the text's
topic, on sentences written for these tests (fictional companies)."""

from __future__ import annotations

from tests.loaders.articles.conftest import contract_parties


def test_it_after_an_adverb_and_said_is_the_speaker() -> None:
    text = (
        "Orvane Foods reported higher sales in May. "
        "Its competitor Dorrance Steel Co earlier said it has formed a partnership with Harlow Co to secure "
        "supplies of nickel."
    )
    parties = {party for party, _ in contract_parties(text)}
    assert "Orvane Foods" not in parties
    assert "Dorrance Steel" in parties
