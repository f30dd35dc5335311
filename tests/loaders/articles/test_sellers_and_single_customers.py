"""A store or a seller that offers, sells or hosts a product made none of it ("X's app store now offers Y"), and a
customer named in apposition closes before the clause's verb ("X's biggest customer, A, deployed the Y 4 model": the
model is no customer). Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties, relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "Velmora's app store now offers Nimbo Chat, the popular messaging app.",
        "Velmora's online shop sells the Zephyr X headset, a device made for gamers.",
    ],
)
def test_a_seller_named_by_its_possessive_made_nothing_it_offers(text: str) -> None:
    assert not any(t == "DEVELOPED" and s == "Velmora" for s, t, _ in relation_triples(text))


def test_a_customer_in_apposition_closes_before_the_verb() -> None:
    text = "Halcyra's biggest customer, Dunmore Bank, deployed the Lumen 4 model across its branches."
    assert contract_parties(text) == {("Halcyra", ("Dunmore Bank",))}
