"""Purchases and parents on phrasings the readers were not tuned on: a part of a company bought is no purchase of
the company, a purchase completed "by" its buyer names the buyer, a company "now owned by" another is its unit.
Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples as _relations


def _of(type_: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Systems acquired the assets of Quindle Robotics out of bankruptcy.",
        "Velmora Systems bought the drone business of Quindle Robotics.",
    ],
)
def test_a_part_of_a_company_bought_is_no_purchase_of_the_company(text: str) -> None:
    assert _of("ACQUIRED", text) == set()


def test_a_purchase_completed_by_a_named_buyer_is_that_buyers() -> None:
    text = "The acquisition of Quindle Robotics by Velmora Systems was completed on May 3."
    assert _of("ACQUIRED", text) == {("Velmora Systems", "Quindle Robotics")}


def test_a_company_now_owned_by_another_is_its_unit() -> None:
    text = "Quindle Robotics, now owned by Velmora Systems, makes drones."
    assert _of("SUBSIDIARY_OF", text) == {("Quindle Robotics", "Velmora Systems")}


@pytest.mark.parametrize(
    "text",
    [
        "Pellux Pay, a Velmora Systems spin-off, raised $50 million.",
        "Pellux Pay was carved out of Velmora Systems in 2021.",
    ],
)
def test_a_spin_off_named_before_its_noun_or_carved_out_is_spun_off_from_its_parent(text: str) -> None:
    assert _of("SPUN_OFF_FROM", text) == {("Pellux Pay", "Velmora Systems")}


def test_purchases_listed_after_the_noun_are_the_buyers() -> None:
    text = (
        "Velmora Systems has made several acquisitions, notably including Quindle in January 2020 and Dunmore "
        "Stores, a grocery app, in August 2022. Velmora Systems is eyeing potential acquisitions such as Orrin Labs."
    )
    assert _of("ACQUIRED", text) == {("Velmora Systems", "Quindle"), ("Velmora Systems", "Dunmore Stores")}


def test_a_person_named_in_a_phrase_opening_the_clause_is_no_buyer() -> None:
    text = (
        "Under the guidance of former gaming chief Dana Whitlow, Velmora Systems introduced the Orvin 5, expanded "
        "into live games, and acquired Quindle for $3.6 billion in 2022."
    )
    assert _of("ACQUIRED", text) == {("Velmora Systems", "Quindle")}


def test_companies_bought_described_by_a_plural_noun_are_each_bought() -> None:
    text = "Velmora Systems grew through acquisitions of chipmakers Quindle and Orrin Labs."
    assert _of("ACQUIRED", text) == {("Velmora Systems", "Quindle"), ("Velmora Systems", "Orrin Labs")}


def test_units_listed_after_a_plural_noun_are_each_the_owners() -> None:
    text = "Velmora Systems' subsidiaries Pellux and Quindle reported earnings."
    assert _of("SUBSIDIARY_OF", text) == {("Pellux", "Velmora Systems"), ("Quindle", "Velmora Systems")}
