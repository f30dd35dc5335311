"""Products, parents, contracts and purchases on phrasings the readers were not tuned on: goods, shares or an app
of a company's that someone bought are no purchase of the company; a seller launching a product its appositive
credits to a maker did not make it; "Y's parent company, X" names Y's parent; a contract awarded names both
parties; a deal to buy goods is a contract, one to buy a company is none. Sentences written for these tests
(fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties
from tests.loaders.articles.conftest import relation_triples as _relations


def _of(type_: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Dalby Telecom buys Vega chips from Tarsk Labs.",
        "Dalby Telecom bought Kelso phones for its staff.",
        "Harlow Motors acquired Fenwick batteries worth $5 million.",
        "Marrow Capital bought Tarsk Labs shares last week.",
        "Harlow Motors purchased Quindle AI servers for its plant.",
    ],
)
def test_goods_or_shares_of_a_company_bought_are_no_purchase_of_the_company(text: str) -> None:
    assert _of("ACQUIRED", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Motors acquired Kelso Robotics, a robot maker, last year.",
        "Harlow Motors bought Kelso Robotics in an all-stock deal.",
        "Harlow Motors acquired Kelso Robotics for $40 million in cash and shares.",
    ],
)
def test_a_company_bought_outright_stays_bought(text: str) -> None:
    assert _of("ACQUIRED", text) == {("Harlow Motors", "Kelso Robotics")}


def test_an_app_of_a_company_bought_is_no_purchase_of_the_company() -> None:
    assert _of("ACQUIRED", "Tarsk Labs bought the Orvin app from Pellux AI in 2021.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Quindle Retail launched the Zentro 5, a headset made by Haskor Devices, in its stores.",
        "Quindle Retail unveiled the Zentro 5, a headset from Haskor Devices, on Monday.",
    ],
)
def test_a_seller_launching_a_product_its_appositive_credits_to_another_maker_did_not_make_it(text: str) -> None:
    assert ("Quindle Retail", "Zentro 5") not in _of("DEVELOPED", text)


@pytest.mark.parametrize(
    "text",
    [
        "Kelso Sensors' parent company, Ostrel Aerospace, reported earnings.",
        "Kelso Sensors' parent Ostrel Aerospace said sales rose.",
        "Shares of Kelso Sensors' parent, Ostrel Aerospace, fell 3%.",
    ],
)
def test_the_parent_named_after_a_companys_possessive_is_its_parent(text: str) -> None:
    assert _of("SUBSIDIARY_OF", text) == {("Kelso Sensors", "Ostrel Aerospace")}


def test_a_former_parent_named_after_the_possessive_is_no_parent_now() -> None:
    assert _of("SUBSIDIARY_OF", "Kelso Sensors' former parent company, Ostrel Aerospace, reported earnings.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Dalby Telecom awarded Corvane Networks a $300 million contract to build its core network.",
        "Dalby Telecom gave Corvane Networks a contract worth $40 million in 2022.",
        "Dalby Telecom awarded the contract to Corvane Networks on Monday.",
        "Corvane Networks won an order from Dalby Telecom worth $20 million.",
    ],
)
def test_a_contract_awarded_or_an_order_won_binds_both_companies(text: str) -> None:
    assert contract_parties(text) == {("Corvane Networks", ("Dalby Telecom",))}


@pytest.mark.parametrize(
    "text",
    [
        "Dalby Telecom is expected to award Corvane Networks a $300 million contract next month.",
        "The jury awarded Corvane Networks $5 million in damages.",
        "Corvane Networks won a court order against Dalby Telecom.",
        "Dalby Telecom awarded Corvane Networks's unit a contract.",
    ],
)
def test_a_contract_only_expected_damages_or_a_court_order_are_no_contract(text: str) -> None:
    assert contract_parties(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Motors signed a five-year deal with Fenwick Energy to buy batteries.",
        "Harlow Motors signed an agreement with Fenwick Energy to buy 20,000 battery packs.",
        "Harlow Motors signed a deal with Fenwick Energy to purchase lithium.",
    ],
)
def test_a_deal_to_buy_goods_is_a_contract(text: str) -> None:
    assert contract_parties(text) == {("Harlow Motors", ("Fenwick Energy",))}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Motors signed an agreement with Fenwick Energy to buy its battery unit.",
        "Harlow Motors signed a deal with Marrow Holdings to buy a 20% stake in Fenwick Energy.",
    ],
)
def test_a_deal_to_buy_a_company_or_a_part_of_it_is_no_contract(text: str) -> None:
    assert contract_parties(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs' Orvin chatbot competes with Pellux AI's Mira and with Zeta, made by Quindle.",
        "Tarsk Labs competes against Pellux AI, whose Mira chatbot is backed by Nvelon Systems.",
        "Tarsk Labs competes with Pellux AI's Mira chatbot in schools.",
    ],
)
def test_a_product_competing_or_competed_with_is_no_company_rival(text: str) -> None:
    assert not any(obj == "Mira" or (subj == "Tarsk Labs" and obj == "Zeta") for subj, obj in _of("COMPARED_TO", text))


def test_a_company_competing_with_a_rival_named_with_a_relative_clause_still_competes_with_it() -> None:
    text = "Tarsk Labs competes against Pellux AI, whose Mira chatbot is backed by Nvelon Systems."
    assert ("Tarsk Labs", "Pellux AI") in _of("COMPARED_TO", text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs unveiled its Vision 2030 strategy.",
        "Tarsk Labs launched its Orvin Growth initiative in May.",
        "Tarsk Labs released the Orvin 2025 roadmap on Friday.",
    ],
)
def test_a_strategy_an_initiative_or_a_roadmap_launched_is_no_product(text: str) -> None:
    assert _of("DEVELOPED", text) == set()


def test_a_company_rated_after_a_rival_is_named_is_no_party_to_that_rivalry() -> None:
    text = "Tarsk Labs rose 3% while rival Pellux AI fell, and Corbel Securities upgraded Quindle Systems."
    assert ("Quindle Systems", "Pellux AI") not in _of("COMPARED_TO", text)


def test_the_company_rated_before_its_rival_is_named_competes_with_it() -> None:
    text = "Corbel Securities downgraded Tarsk Labs and its rival Pellux AI."
    assert _of("COMPARED_TO", text) == {("Tarsk Labs", "Pellux AI")}


def test_a_company_whose_clients_are_competed_for_is_no_rival() -> None:
    assert _of("COMPARED_TO", "Tarsk Labs competes with Corbel Securities' clients for staff.") == set()


def test_a_purchase_whose_deal_is_still_to_close_past_an_aside_is_no_acquisition_yet() -> None:
    text = "The deal, under which Ostrel Aerospace acquires Minsk Avionics, is expected to close in March."
    assert _of("ACQUIRED", text) == set()


def test_a_rival_described_by_its_nationality_is_the_rival_of_the_company_named_with_it() -> None:
    text = "Regulators turned the market into a contest between Tarsk Labs and its Swedish rival Pellux AI."
    assert _of("COMPARED_TO", text) == {("Tarsk Labs", "Pellux AI")}


def test_a_company_read_as_bound_to_itself_states_no_contract() -> None:
    text = (
        "Marrow Bank is investing $200 million in Quindle Holdings. Quindle Holdings announced today that it has "
        "signed a definitive agreement with Marrow Bank."
    )
    assert not any(party in others for party, others in contract_parties(text))


def test_a_programme_or_an_event_makes_no_product() -> None:
    text = "The Norland AI Model Project was launched by the science ministry. Its Orvin 3 model learns text and video."
    assert not any(maker.endswith("Project") for maker, _ in _of("DEVELOPED", text))


def test_a_product_that_a_companys_chips_power_is_not_that_companys() -> None:
    assert _of("DEVELOPED", "Tarsk Labs' chips power the Quell X9.") == set()


def test_a_product_using_chips_is_no_chip_customer() -> None:
    text = "The Quell X9, launched by Velmora Systems last year, uses chips from Tarsk Labs."
    assert not any(customer == "Quell X9" for _, customer in _of("SUPPLIES", text))


def test_a_companys_version_of_its_product_is_still_its_own() -> None:
    assert _of("DEVELOPED", "Demand fell for Tarsk Labs' newest version of the Quell X9.") == {
        ("Tarsk Labs", "Quell X9")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Labs, the second-largest holder behind Marrow Capital, sold shares.",
        "Marrow Capital is the second-largest shareholder in Tarsk Labs after Corbel Holdings.",
        "Tarsk Labs is the third-largest employer in the city after Pellux AI.",
    ],
)
def test_holders_or_employers_ranked_are_no_rivals(text: str) -> None:
    assert _of("COMPARED_TO", text) == set()


def test_a_maker_ranked_behind_another_maker_is_its_rival() -> None:
    text = "Tarsk Labs is the second-largest chipmaker behind Pellux AI."
    assert _of("COMPARED_TO", text) == {("Tarsk Labs", "Pellux AI")}


def test_a_carrier_offering_its_customers_a_phone_did_not_make_it() -> None:
    assert _of("DEVELOPED", "Dalby Telecom began offering its customers the Quell X9 phone.") == set()


def test_its_product_named_in_an_appositive_is_still_its_own() -> None:
    text = "Harlow Motors has launched its first vehicle, the Strider 9 SUV, in Norland."
    assert ("Harlow Motors", "Strider 9") in _of("DEVELOPED", text)


def test_platforms_named_before_versions_of_an_app_are_no_products() -> None:
    assert _of("DEVELOPED", "Tarsk Labs released Android and iOS versions of its app.") == set()
