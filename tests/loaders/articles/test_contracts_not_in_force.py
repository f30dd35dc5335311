"""Agreements that bind no two companies in business now: a legal settlement, a merger agreement (the
acquisition's), an agreement to buy, one ended or expired, one with creditors or a union. Sentences written for
these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties, relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs signed an agreement with Brantley Motors to acquire its battery unit.",
        "Tarsk Labs signed a settlement agreement with the Justice Department.",
        "Tarsk Labs and Brantley Motors announced a merger agreement.",
        "Tarsk Labs struck a deal with its creditors to restructure $2 billion of debt.",
        "Tarsk Labs signed a deal with the union to end the strike.",
        "Tarsk Labs has ended its partnership with Brantley Motors.",
        "Tarsk Labs formed a partnership with Brantley Motors in 2015, which ended in 2021.",
        "Tarsk Labs inked a deal with Brantley Motors in 2019 that expired last year.",
    ],
)
def test_an_agreement_not_binding_two_companies_now_is_no_contract(text: str) -> None:
    assert contract_parties(text) == set()


def test_a_supply_deal_beside_an_ended_one_is_still_a_contract() -> None:
    text = (
        "Tarsk Labs has ended its partnership with Quindle. "
        "Tarsk Labs signed a $500 million deal with Brantley Motors to supply batteries."
    )
    assert contract_parties(text) == {("Tarsk Labs", ("Brantley Motors",))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other party of a deal to supply goods named after "to"; an acronym in parentheses after the party
        (
            "Tarsk Labs (TL) has signed a six-year deal to supply 8 gigawatt-hours of batteries to Brantley Motors.",
            {("Tarsk Labs", ("Brantley Motors",))},
        ),
        # a priced contract and its party after "to supply ... to"
        (
            "Tarsk Labs won a $200 million contract to supply batteries to Brantley Motors.",
            {("Tarsk Labs", ("Brantley Motors",))},
        ),
        # clients described before their names
        (
            "Tarsk Labs' customers include electric-vehicle makers Brantley Motors and Quindle.",
            {("Tarsk Labs", ("Brantley Motors",)), ("Tarsk Labs", ("Quindle",))},
        ),
    ],
)
def test_a_supply_deal_names_its_parties(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert contract_parties(text) == expected


def test_its_clients_listing_the_company_its_stands_for_are_not_read() -> None:
    text = "Brantley Motors reported record sales. Its customers include Brantley Motors and Quindle."
    assert contract_parties(text) == set()


def test_a_supplier_of_goods_other_than_chips_has_a_supply_contract_not_a_chip_customer() -> None:
    text = "Tarsk Labs supplies batteries to Brantley Motors. Quindle supplies memory chips to Orrin Labs."
    assert contract_parties(text) == {("Tarsk Labs", ("Brantley Motors",))}
    assert ("Quindle", "SUPPLIES", "Orrin Labs") in relation_triples(text)
    assert ("Tarsk Labs", "SUPPLIES", "Brantley Motors") not in relation_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brantley Motors, a major customer of Tarsk Labs, cut orders.",
        "Brantley Motors, one of Tarsk Labs' biggest clients, cut orders.",
        "Brantley Motors is Tarsk Labs' largest customer, accounting for 20% of revenue.",
        "Tarsk Labs, a Brantley Motors supplier, cut its forecast.",
    ],
)
def test_a_customer_named_by_its_suppliers_noun_has_a_contract_with_it(text: str) -> None:
    assert contract_parties(text) == {("Tarsk Labs", ("Brantley Motors",))}


def test_a_former_or_hoped_for_customer_has_no_contract() -> None:
    text = (
        "Brantley Motors, a former customer of Tarsk Labs, cut orders. Quindle, one of Tarsk Labs' potential "
        "clients, grew. Orrin Labs, a key customer of Tarsk Labs, grew."
    )
    assert contract_parties(text) == {("Tarsk Labs", ("Orrin Labs",))}


def test_batteries_supplied_are_a_supply_contract() -> None:
    text = "Quorra supplies LFP batteries to Fenwick in Europe."
    assert contract_parties(text) == {("Quorra", ("Fenwick",))}
