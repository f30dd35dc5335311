"""Who developed what: products named with their owner, their kind or their maker's name. Sentences written for
these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all
from tests.loaders.articles.conftest import relation_triples as _relations


def _developed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == "DEVELOPED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Invitation codes sold on Vantor's second-hand merchandise platform Kiwa.", ("Vantor", "Kiwa")),
        ("Vantor is working to put ChatQ into its Bingo search engine.", ("Vantor", "Bingo")),
        ("Vantor showcased a version of its Ernix LLM.", ("Vantor", "Ernix")),
        ("Its apps reach users through Vantor's Sirix voice assistant.", ("Vantor", "Sirix")),
    ],
)
def test_products_named_with_their_owner_and_a_longer_kind(text: str, expected: tuple[str, str]) -> None:
    assert expected in _developed(text)


def test_an_owned_product_is_a_fact_even_in_a_clause_about_the_future() -> None:
    assert ("Vantor", "Azula") in _developed("Kestrel will use Vantor's cloud computing platform Azula for its apps.")


def test_a_kind_closing_the_name_is_not_part_of_the_product() -> None:
    text = "Vantor's B300 GPU is faster than its H300 AI processor."
    assert _developed(text) == {("Vantor", "B300"), ("Vantor", "H300")}
    assert {e.name for e in read_all(text).entities if e.kind.value == "PRODUCT"} == {"B300", "H300"}


def test_a_known_maker_before_a_model_name_developed_it() -> None:
    text = "Vantor Corp reported results. The model was trained on 2,000 Vantor H900 chips."
    assert _developed(text) == {("Vantor", "H900")}


@pytest.mark.parametrize(
    "text",
    [
        "The model was trained on 2,000 Vantor H900 chips.",  # Vantor is not known as an organisation here
        "The S&P 500 rose 1%. Kestrel Corp rose too.",
        "Kestrel Corp beat the Kestrel Corp Q3 estimates.",
    ],
)
def test_no_maker_is_read_from_an_unknown_name_or_a_number(text: str) -> None:
    assert _developed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Vantor's R&D center in Seoul opened.",
        "Vantor's Generative AI push continues.",
        "Vantor's Rp147 share price fell.",
        "Vantor's Nasdaq-100 weighting rose.",
        "xAI trained Grok on Vantor's 100,000-GPU Memphis cluster.",
    ],
)
def test_a_possessive_before_a_term_money_or_an_index_names_no_product(text: str) -> None:
    assert _developed(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Motors said it is outselling Nemia's Model Y and Model 3 in some regions.",
            {("Nemia", "Model Y"), ("Nemia", "Model 3")},
        ),
        ("Tarvo already uses Azora, Nemia's cloud service, as its exclusive partner.", {("Nemia", "Azora")}),
        ("Velora's B100 GPU is more powerful than its H100 AI processor.", {("Velora", "B100"), ("Velora", "H100")}),
        ("Nemia's Ada Lind and Bo Tarvo said so.", set()),
    ],
)
def test_products_owned_in_lists_and_appositives(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o in _relations(text) if r == "DEVELOPED"} == expected


def test_another_maker_s_model_after_the_owner_s_is_not_the_owner_s() -> None:
    assert ("Nemia", "DEVELOPED", "Tarvo R1") not in _relations("It beat Nemia's Orca Flash and Tarvo R1 on the tests.")


def test_a_named_unit_of_a_company_is_not_its_product() -> None:
    text = "The deal follows Corvel's earlier moves to take public part of its Lumina self-driving car chip unit."
    assert ("Corvel", "Lumina") not in _developed(text)
    assert ("Corvel", "Lumina X2") in _developed("Corvel took public its Lumina X2 self-driving car chip.")


def test_a_product_said_to_come_from_its_maker() -> None:
    assert ("Velora", "RQ-4") in _developed("The RQ-4 is the second-generation product from Velora.")
    assert not _developed("The deal is a big win from Velora.")
