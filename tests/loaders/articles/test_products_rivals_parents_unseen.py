"""Makers, rivals, parents and buyers on phrasings the readers were not tuned on: two clauses each launching a
product keep their own makers, a product set against another maker's product compares the makers (never a product
with a company), a scheme or a person's holdings are no parent, an investor that also backs a rival is no rival, a
former rival is none now, a buyer named in what a company reports is that buyer, and earnings or a fund are no
product. Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties
from tests.loaders.articles.conftest import relation_triples as _relations


def _of(type_: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems launched Pembrix 2 and Vistrow Labs unveiled the Tozzaro 4.",
        "Ondrel Systems released Pembrix 2 last week, while Vistrow Labs released Tozzaro 4 and Quenby AI released "
        "Arvel 1.",
    ],
)
def test_each_clause_launching_a_product_keeps_its_own_maker(text: str) -> None:
    developed = _of("DEVELOPED", text)
    assert ("Vistrow Labs", "Tozzaro 4") in developed
    assert ("Ondrel Systems", "Tozzaro 4") not in developed
    assert not any(product == "Arvel 1" and maker != "Quenby AI" for maker, product in developed)


def test_a_product_set_against_another_makers_product_is_no_rival_of_that_maker() -> None:
    text = "Ondrel Systems' Pembrix Pay, a rival to Vistrow Labs' Tozzaro Wallet, launched in March."
    assert ("Pembrix Pay", "Vistrow Labs") not in _of("COMPARED_TO", text)


def test_a_launched_product_that_rivals_another_makers_product_compares_the_makers() -> None:
    text = "Ondrel Systems launched Kavrel, a rival to Vistrow Labs' Tozzaro, in March."
    assert _of("COMPARED_TO", text) == {("Ondrel Systems", "Vistrow Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems is part of the Kestley Sustainability Programme, launched by the state in 2020.",
        "Ondrel Systems, part of Drenhaldt's empire, makes warehouse robots.",
    ],
)
def test_a_scheme_or_a_persons_holdings_is_no_parent(text: str) -> None:
    assert _of("SUBSIDIARY_OF", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems' biggest shareholders, Fennick Capital and Harvik Partners, also back rival Quimby Robotics.",
        "Investors in Ondrel Systems include Fennick Capital, whose portfolio also includes rival Quimby Robotics.",
    ],
)
def test_an_investor_that_also_backs_a_rival_is_no_rival(text: str) -> None:
    assert not any("Fennick Capital" in pair for pair in _of("COMPARED_TO", text))


def test_a_former_rival_is_no_rival_now() -> None:
    text = "Ondrel Systems' former rival Quimby Robotics was acquired by Tazlo Logistics."
    assert _of("COMPARED_TO", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Harvik Group said its rival Brantwick Labs had bought Quimby Robotics.",
        "Harvik Group said rival Brantwick Labs bought Quimby Robotics last year.",
        "Harvik Group, which acquired Ondrel Systems in 2019, said its rival Brantwick Labs had bought Quimby "
        "Robotics.",
    ],
)
def test_the_buyer_a_company_reports_is_the_buyer(text: str) -> None:
    acquired = _of("ACQUIRED", text)
    assert ("Brantwick Labs", "Quimby Robotics") in acquired
    assert ("Harvik Group", "Quimby Robotics") not in acquired


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems released its Q3 Earnings on Friday.",
        "Ondrel Systems launched the Pembrix ETF, which tracks robot stocks.",
    ],
)
def test_earnings_or_a_fund_are_no_product(text: str) -> None:
    assert _of("DEVELOPED", text) == set()


def test_a_parents_subsidiaries_listed_after_its_possessive_are_its_units() -> None:
    text = "Harvik Group's subsidiaries include Ondrel Systems, Quimby Robotics and Tazlo Logistics."
    assert _of("SUBSIDIARY_OF", text) == {
        ("Ondrel Systems", "Harvik Group"),
        ("Quimby Robotics", "Harvik Group"),
        ("Tazlo Logistics", "Harvik Group"),
    }


def test_the_company_said_to_be_the_parent_of_another_owns_it_but_not_a_named_owner_of_it() -> None:
    assert _of("SUBSIDIARY_OF", "Harvik Group is the parent company of Ondrel Systems, which it bought in 2019.") == {
        ("Ondrel Systems", "Harvik Group")
    }
    text = "Harvik Group is the parent of Fennick Capital's portfolio firm Quimby Robotics."
    assert not any("Fennick Capital" in pair for pair in _of("SUBSIDIARY_OF", text))


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems buys the Kavrel robot's motors from Quimby Robotics and its batteries from Tazlo Energy.",
        "Ondrel Systems was said to have acquired Quimby Robotics, according to a report Ondrel declined to confirm.",
    ],
)
def test_parts_of_a_product_or_a_purchase_only_reported_is_no_acquisition(text: str) -> None:
    assert _of("ACQUIRED", text) == set()


def test_a_company_joined_by_and_to_a_part_made_by_another_is_no_product() -> None:
    text = "Ondrel Systems' Kavrel car uses a battery pack supplied by Tazlo Energy and a chip designed by Quimby Labs."
    assert ("Quimby Labs", "Tazlo Energy") not in _of("DEVELOPED", text)


def test_chips_once_bought_are_no_supply_now() -> None:
    text = "Ondrel Systems, which once bought chips from Quimby Semiconductor, now designs its own."
    assert _of("SUPPLIES", text) == set()


def test_a_customer_ranked_after_another_is_no_rival_of_its_supplier() -> None:
    text = "Ondrel Systems is Quimby Foundry's second-biggest client after Vistrow Labs."
    assert _of("COMPARED_TO", text) == set()


def test_an_index_named_with_a_rival_is_no_rival_and_a_holding_ranked_is_no_rivalry() -> None:
    text = "Ondrel Systems shares rose 4%, outpacing the Stoxx 600 and rival Quimby Robotics."
    assert _of("COMPARED_TO", text) == {("Ondrel Systems", "Quimby Robotics")}
    text = "Ondrel Systems is the second-largest holding in the fund, behind Quimby Robotics."
    assert _of("COMPARED_TO", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems launched Kavrel, based on the open-source Pembrix model.",
        "Tazlo Mobile launched the Kavrel 5 phone on Friday, in partnership with Ondrel Systems.",
    ],
)
def test_a_model_built_upon_or_a_phone_launched_with_a_partner_is_not_the_launchers(text: str) -> None:
    developed = _of("DEVELOPED", text)
    assert ("Ondrel Systems", "Pembrix") not in developed
    assert ("Tazlo Mobile", "Kavrel 5") not in developed


def test_a_trade_named_before_a_giant_is_no_parent_and_a_region_is_no_company_bought() -> None:
    text = "Ondrel Systems, the subsidiary of Dutch Internet and media giant Harvik Group, plans to sell shares."
    assert _of("SUBSIDIARY_OF", text) == {("Ondrel Systems", "Harvik Group")}
    text = "Ondrel Systems has acquired Middle Eastern ride-hailing rival Quimby."
    assert _of("ACQUIRED", text) == {("Ondrel Systems", "Quimby")}


def test_a_contract_the_clause_says_was_cancelled_is_no_contract() -> None:
    text = "Ondrel Systems' contract with Quimby Motors was cancelled last month."
    assert contract_parties(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems owns a stake in Quimby Motors, whose competitors include Vistrow Cars and Tazlo Auto.",
        "Ondrel Systems sells to Quimby Motors as well as competitors Vistrow Cars and Tazlo Auto.",
    ],
)
def test_the_rivals_of_a_company_held_or_served_are_its_own_not_the_holders(text: str) -> None:
    assert _of("COMPARED_TO", text) == {("Quimby Motors", "Vistrow Cars"), ("Quimby Motors", "Tazlo Auto")}


@pytest.mark.parametrize(
    "text",
    [
        "Ondrel Systems unveiled Project Kavrel, its effort to build a humanoid robot.",
        "Ondrel Systems' Gen 3 robot is faster than its predecessor.",
    ],
)
def test_a_project_or_a_generation_is_no_product(text: str) -> None:
    assert _of("DEVELOPED", text) == set()


def test_the_company_reporting_its_models_lead_is_not_made_a_product_compared() -> None:
    text = "Quimby AI said its Pembrix 5 model outperformed Vistrow Labs' Tozzaro 4 on math benchmarks."
    assert not any("Quimby" in pair for pair in _of("COMPARED_TO", text))


def test_its_after_a_company_sued_or_named_as_an_object_makes_no_maker() -> None:
    text = "Ondrel Systems sued Quimby Robotics, alleging its Kavrel robot copied the Pembrix design."
    assert ("Ondrel Systems", "Kavrel") not in _of("DEVELOPED", text)


def test_a_segment_with_a_plain_name_is_no_unit() -> None:
    assert _of("SUBSIDIARY_OF", "Ondrel Systems' Smart Home business grew 12% in the quarter.") == set()
