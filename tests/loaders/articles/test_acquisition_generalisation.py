"""Acquisitions, chip purchases and contracts on phrasings the readers were not tuned on: the company a relative
clause is about was sold, not the sentence's subject; what belongs to a company ("X's customers", "X's chip unit")
is no company bought and no chips supplied; a memorandum, a framework or a preliminary agreement binds no one yet.
Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties
from tests.loaders.articles.conftest import relation_triples as _relations


def test_a_passive_sale_in_a_relative_clause_is_about_the_name_before_which() -> None:
    text = (
        '"The Morning Ledger" even mentions that the four founders previously founded Pavlo, which was sold to '
        "Corvane in 2015 for $320 million."
    )
    triples = _relations(text)
    assert ("Corvane", "ACQUIRED", "Pavlo") in triples
    assert not any(t == "ACQUIRED" and o != "Pavlo" for _, t, o in triples)


def test_a_companys_customers_bought_are_not_the_company() -> None:
    text = "Corvane acquired Pavlo's customers after it went bankrupt."
    assert not any(t == "ACQUIRED" for _, t, _ in _relations(text))


def test_a_chip_unit_bought_is_no_chip_supply() -> None:
    text = "Corvane bought Pavlo's chip unit for $200 million."
    assert not any(t == "SUPPLIES" for _, t, _ in _relations(text))


def test_chips_bought_from_a_maker_are_still_supplied_by_it() -> None:
    text = "Corvane Corp bought 5,000 Pavlo Inc chips last year."
    assert ("Pavlo", "SUPPLIES", "Corvane") in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvane and Lintel signed a framework agreement on cooperation in robotics.",
        "Corvane and Lintel signed a non-binding agreement to jointly develop batteries.",
        "Corvane signed a preliminary agreement with Lintel to supply batteries.",
        "Corvane signed a memorandum of cooperation with Lintel Science Park.",
    ],
)
def test_an_agreement_that_binds_no_one_yet_is_no_contract(text: str) -> None:
    assert contract_parties(text) == set()


def test_a_signed_supply_agreement_is_still_a_contract() -> None:
    text = "Corvane inked a $500 million supply agreement with Lintel to deliver batteries through 2030."
    assert ("Corvane", ("Lintel",)) in contract_parties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pavlo Energy, Corvane's former battery unit, was spun off in 2020.",
        "Corvane's Pavlo Energy unit, which it spun off last year, is now worth $2 billion.",
        "Pavlo Energy, Corvane's battery unit, was sold to Lintel in 2020.",
    ],
)
def test_a_unit_let_go_is_no_subsidiary_now(text: str) -> None:
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in _relations(text))


def test_a_unit_named_in_apposition_is_still_a_subsidiary() -> None:
    assert ("Pavlo Energy", "SUBSIDIARY_OF", "Corvane") in _relations("Pavlo Energy, Corvane's battery unit, grew.")


def test_a_chip_model_glued_to_its_makers_name_is_no_supplier() -> None:
    text = "Lintel Inc trained its model on 2,000 Corvane Corp T9 chips."
    assert not any(s.endswith("T9") for s, t, _ in _relations(text) if t == "SUPPLIES")


def test_each_buyer_in_a_run_of_purchases_keeps_its_own_target() -> None:
    text = "Among the week's deals, Corvane acquired Pavlo, Drummel acquired Lisk, and Tellix bought a stake in Harlow."
    acquired = {(s, o) for s, t, o in _relations(text) if t == "ACQUIRED"}
    assert ("Tellix", "Harlow") in acquired
    assert ("Corvane", "Harlow") not in acquired


def test_two_buyers_named_together_still_share_the_subject() -> None:
    acquired = {(s, o) for s, t, o in _relations("Corvane and Tellix acquired Harlow.") if t == "ACQUIRED"}
    assert ("Corvane", "Harlow") in acquired


def test_a_purchase_cited_in_parentheses_has_its_own_buyer() -> None:
    text = (
        "Corvane had a busy year. It closed its $9 billion acquisition of Pavlo Systems in June "
        "(see Corvane closes acquisition of Pavlo Sys)."
    )
    acquired = {(s, o) for s, t, o in _relations(text) if t == "ACQUIRED"}
    assert ("Pavlo Systems", "Pavlo Sys") not in acquired


def test_a_relative_clause_in_parentheses_still_names_its_buyer() -> None:
    acquired = {
        (s, o) for s, t, o in _relations("Corvane (which acquired Pavlo in 2019) raised $5 million.") if t == "ACQUIRED"
    }
    assert ("Corvane", "Pavlo") in acquired
