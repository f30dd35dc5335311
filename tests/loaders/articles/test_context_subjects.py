"""Parties that come from context ("it", "its", "the company"): the company the clause is about, not the text's
topic, on sentences written for these tests (fictional companies)."""

from __future__ import annotations

from tests.loaders.articles.conftest import contract_parties, relation_triples


def test_it_after_an_adverb_and_said_is_the_speaker() -> None:
    text = (
        "Orvane Foods reported higher sales in May. "
        "Its rival Dorrance Steel Co earlier said it has struck a partnership with Harlow Co to lock in "
        "nickel deliveries."
    )
    parties = {party for party, _ in contract_parties(text)}
    assert "Orvane Foods" not in parties
    assert "Dorrance Steel" in parties


def _acquisitions(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "ACQUIRED"}


def test_it_opening_a_sentence_is_the_company_the_sentence_before_opened_with() -> None:
    text = (
        "Brantor Labs designs sensors for trucks, and Brantor Labs ships them across Asia. "
        "Harlow Dynamics posted a wider loss for the quarter. "
        "It closed its purchase of Orvane Robotics in June."
    )
    assert _acquisitions(text) == {("Harlow Dynamics", "Orvane Robotics")}


def test_it_after_a_backer_opens_a_sentence_is_still_the_company_backed() -> None:
    text = (
        "Brantor Labs raised $12 million in a round for its sensors. "
        "Harlow Ventures led the round. "
        "It closed its purchase of Orvane Robotics in June."
    )
    assert ("Harlow Ventures", "Orvane Robotics") not in _acquisitions(text)


def test_it_after_several_companies_open_a_sentence_is_none_of_them() -> None:
    text = (
        "Brantor Labs designs sensors for trucks, and Brantor Labs ships them across Asia. "
        "Harlow Dynamics and Tellix Systems posted wider losses for the quarter. "
        "It closed its purchase of Orvane Robotics in June."
    )
    assert not {buyer for buyer, _ in _acquisitions(text)} & {"Harlow Dynamics", "Tellix Systems"}


def test_it_after_a_company_described_in_an_aside_is_that_company() -> None:
    text = (
        "Brantor Labs designs sensors for trucks, and Brantor Labs ships them across Asia. "
        "Harlow Dynamics, the region's largest maker of drones, posted a wider loss for the quarter. "
        "It closed its purchase of Orvane Robotics in June."
    )
    assert _acquisitions(text) == {("Harlow Dynamics", "Orvane Robotics")}
