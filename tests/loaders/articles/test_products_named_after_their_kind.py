"""A product named in an appositive after its kind ("launched a new phone, the Y", "released its first product, a
farm drone called Y") is the launching company's when the sentence names that company; a name another company built
is not the launcher's. Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _developed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "DEVELOPED"}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Velmont launched a new phone, the Kestrel X2, on Monday.", "Kestrel X2"),
        ("Velmont has launched its first electric car, the Kestrel, in 2021.", "Kestrel"),
        ("Velmont released its first product, a farm drone called Orvane, in 2019.", "Orvane"),
        ("Tellix’s first electric car, the Kestrel sedan, sold well.", "Kestrel"),
    ],
)
def test_a_product_named_after_its_kind_is_the_named_launchers(text: str, product: str) -> None:
    maker = "Tellix" if text.startswith("Tellix") else "Velmont"
    assert (maker, product) in _developed(text)


def test_a_company_only_referred_to_does_not_take_a_product_named_after_its_kind() -> None:
    text = (
        "Hal Brisk worked briefly for the drone company Brantor before founding Velmont in 2016. "
        "The firm released its first product, a farm drone called Orvane, in 2019."
    )
    assert ("Brantor", "Orvane") not in _developed(text)


def test_a_product_another_company_built_is_not_the_launchers() -> None:
    assert not any("Quorra" in p for _, p in _developed("Velmont released an AI model, the Quorra Labs-built Kestrel."))
