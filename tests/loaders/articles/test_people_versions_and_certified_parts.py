"""Names that are no company's rival and no company's product: people described by their post ("A and B,
founders of X, ... their rival Y"), a person named after a post over a kind of product ("X's head of cars, A"), a
product's successor named after "its" (the earlier product's, no maker named), a product a supplier's parts were
certified for, the author of a report (who supplies nothing it reports) and a kind of software named before its
provider (not the company bought). Sentences written for these tests (fictional companies, people and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in relation_triples(text) if r == relation}


def test_founders_described_by_their_post_are_no_rival_of_their_rival() -> None:
    text = (
        "Last spring, Lena Varga and Hal Brisk, cofounders of the invoicing start-up Tellix, met the board of "
        "their bigger rival Orvane in Munich."
    )
    assert not any(s in ("Lena Varga", "Hal Brisk") for s, _ in _of(text, "COMPARED_TO"))


def test_a_company_named_with_its_own_rival_still_competes() -> None:
    text = "Tellix, a payments start-up, met the board of its bigger rival Orvane in Munich."
    assert ("Tellix", "Orvane") in _of(text, "COMPARED_TO")


@pytest.mark.parametrize(
    "text",
    [
        "Dorrance's head of trucks, Lena Varga, resigned in April to start a company.",
        "Velmont's chief of robots, Hal Brisk, will retire next year.",
    ],
)
def test_a_person_named_after_a_post_over_products_is_no_product(text: str) -> None:
    assert _of(text, "DEVELOPED") == set()


def test_a_products_successor_after_its_is_no_product_of_the_earlier_one() -> None:
    text = "The Kestrel chip and its successor, the Kestrel2 chip, were built to train large models."
    assert not any(s == "Kestrel" for s, _ in _of(text, "DEVELOPED"))


def test_a_company_launching_its_successor_model_still_made_it() -> None:
    text = "Quorra launched its successor model, Kestrel2, in May."
    assert ("Quorra", "Kestrel2") in _of(text, "DEVELOPED")


@pytest.mark.parametrize(
    "text",
    [
        "Quorra sells chips. Brantor's memory stacks gained Quorra QX300 series certification, lifting its orders.",
        "Quorra sells chips. Brantor said its modules won Quorra QX300 certification in March.",
    ],
)
def test_a_supplier_whose_parts_were_certified_for_a_product_did_not_make_it(text: str) -> None:
    assert not any(s == "Brantor" for s, _ in _of(text, "DEVELOPED"))


def test_a_predecessor_after_its_is_still_the_makers_of_the_product_its_stands_for() -> None:
    text = "Quorra released Kestrel 5, a large model that surpasses its predecessor, Kestrel 4, in coding."
    assert ("Quorra", "Kestrel 4") in _of(text, "DEVELOPED")


def test_the_author_of_a_report_is_no_supplier_of_what_it_reports() -> None:
    text = (
        "A note from Harlow Research says: \"Brantor's run went on as its memory stacks won approval, lifting its "
        'standing as a key supplier to Quorra."'
    )
    assert not any(s == "Harlow Research" for s, _ in _of(text, "SUPPLIES"))


def test_a_kind_of_software_before_its_provider_is_not_the_company_bought() -> None:
    text = "Velmont completed its acquisition of Cloud Billing Software provider, Tellix Systems for $20 million."
    assert {o for s, o in _of(text, "ACQUIRED")} == {"Tellix Systems"}
