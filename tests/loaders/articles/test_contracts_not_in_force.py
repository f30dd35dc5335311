"""Agreements that bind no two companies in business now: a legal settlement, a merger agreement (the
acquisition's), an agreement to buy, one ended or expired, one with creditors or a union. Sentences written for
these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties


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
