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
