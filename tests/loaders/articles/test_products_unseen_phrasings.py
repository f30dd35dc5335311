"""Products, rivals and purchases on phrasings the readers were not tuned on: a company named "X AI" ranked or
listed as a rival is no product of the subject's, a rank "behind" a company names no maker, models hosted by a
service are not the service's, companies compared by analysts are no products, a product named with its kind is no
chip customer, and a purchase the text says is still to close is no acquisition yet. Sentences written for these
tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples as _relations


def _of(type_: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs' rivals include Pellux AI, Quindle and Brantley Robotics.",
        "Tarsk Labs lags behind Pellux AI in cloud revenue.",
        "Tarsk Labs is the third-largest phone maker behind Pellux Mobile and Quindle Electronics.",
    ],
)
def test_a_company_ranked_or_related_to_the_subject_is_no_product_of_it(text: str) -> None:
    assert _of("DEVELOPED", text) == set()


def test_the_company_behind_a_product_made_it_the_one_it_lags_behind_made_nothing_of_its() -> None:
    text = "Tarsk Labs, the startup behind the Orvin chatbot, lags behind Pellux AI."
    assert _of("DEVELOPED", text) == {("Tarsk Labs", "Orvin")}


def test_models_a_service_hosts_are_not_the_services_makers() -> None:
    text = "Tarsk Labs' Orvin Cloud service hosts models from Pellux AI and Quindle."
    assert not any(product == "Orvin Cloud" for _, product in _of("DEVELOPED", text))


def test_companies_compared_by_analysts_are_no_products_models_benchmarked_are_compared() -> None:
    text = (
        "Analysts at Brantley Securities compared Tarsk Labs with Pellux AI. "
        "Tarsk Labs benchmarked Orvin 3 against Mira 2 and Zeta 5."
    )
    assert _of("COMPARED_TO", text) == {("Orvin 3", "Mira 2"), ("Orvin 3", "Zeta 5")}


def test_a_product_named_with_its_kind_is_no_chip_customer() -> None:
    text = "The Kestrel X sedan, powered by Tarsk Labs' Orvin chip, goes on sale in May."
    assert _of("SUPPLIES", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Systems has acquired Quindle Robotics for $5.9 billion. The deal is expected to close in the "
        "second half of 2024, pending approval from shareholders.",
        "Velmora Systems acquired Quindle Robotics for $40 million, subject to regulatory approval.",
        "Velmora Systems bought Quindle Robotics on Monday. The acquisition of Quindle Robotics remains subject to "
        "regulatory approvals.",
    ],
)
def test_a_purchase_still_to_close_is_no_acquisition(text: str) -> None:
    assert _of("ACQUIRED", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # an earlier purchase the text dates stays
        "Velmora Systems has acquired Dunmore Stores. The deal is expected to close in June. In 2016, Velmora "
        "Systems bought Quindle Robotics for $3.2 billion.",
        # a purchase called completed stays, whatever else the text says is pending
        "Velmora Systems completed its acquisition of Quindle Robotics on Monday. Velmora Systems bought Dunmore "
        "Stores on Tuesday. The purchase of Dunmore Stores is expected to close in June.",
    ],
)
def test_a_completed_or_earlier_purchase_stays_beside_a_pending_one(text: str) -> None:
    assert _of("ACQUIRED", text) == {("Velmora Systems", "Quindle Robotics")}


@pytest.mark.parametrize(
    "text",
    [
        "Pellux Cloud, a subsidiary of Singapore-based Velmora Systems, said profit rose.",
        "Pellux Cloud (a unit of Velmora Systems) cut prices.",
    ],
)
def test_a_unit_in_parentheses_or_of_a_parent_described_by_its_seat_is_the_parents(text: str) -> None:
    assert ("Pellux Cloud", "Velmora Systems") in _of("SUBSIDIARY_OF", text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs released its Annual ESG Report on Friday.",
        "Tarsk Labs introduced the Orvin Index, a gauge of chip prices.",
        "Tarsk Labs launched Orvin, its Hong Kong-based venture unit.",
        # a carrier launching a phone on its network sells it
        "Brantley Telecom launched the Orvin 3 smartphone on its network on Friday.",
    ],
)
def test_a_report_a_gauge_a_unit_or_a_phone_a_carrier_launched_is_no_product_it_developed(text: str) -> None:
    assert _of("DEVELOPED", text) == set()


def test_the_makers_own_phone_on_its_network_is_still_its_product() -> None:
    text = "Tarsk Labs launched its Orvin 3 smartphone on its network. Brantley Telecom launched the Orvin 3 too."
    assert _of("DEVELOPED", text) == {("Tarsk Labs", "Orvin 3")}


def test_its_in_a_relative_clause_with_its_own_subject_is_that_subjects() -> None:
    text = "Pellux AI's Mira 2, which Kestrel AI licensed for its Wren app, is free."
    assert ("Pellux AI", "Wren") not in _of("DEVELOPED", text)


def test_a_company_named_in_a_clause_after_a_possessive_is_no_product_of_the_owner() -> None:
    text = "Tarsk Labs' shares fell after Pellux AI released Mira 2."
    assert _of("DEVELOPED", text) == {("Pellux AI", "Mira 2")}


def test_a_product_released_by_a_company_is_its_product() -> None:
    text = "Orvin 3, released by Tarsk Labs last month, tops the chart."
    assert _of("DEVELOPED", text) == {("Tarsk Labs", "Orvin 3")}


def test_a_company_that_stopped_using_chips_is_no_customer_of_their_maker() -> None:
    text = "Velmora Systems stopped using Tarsk Labs chips last year. Dunmore Stores started using Quindle chips."
    assert _of("SUPPLIES", text) == {("Quindle", "Dunmore Stores")}


def test_a_maker_in_a_phrase_opening_the_sentence_made_the_product_the_clause_opens_with() -> None:
    text = "Developed by Tarsk Labs, the Orvin 3 chip uses a 3nm process. Backed by Dorsey Capital, Pellux grew."
    assert _of("DEVELOPED", text) == {("Tarsk Labs", "Orvin 3")}
