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
