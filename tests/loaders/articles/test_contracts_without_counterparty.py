"""A contract whose other party goes unnamed is stated under a rule of its own, so calibration measures it apart
from the contracts that name both parties. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _contract_rules(text: str) -> set[tuple[int, str]]:
    """(number of other parties, rule) of each contract stated."""
    return {
        (len(e.participants), (e.span.rule or "").removesuffix(".inferred"))
        for e in read_all(text).events
        if e.kind.value == "CONTRACT"
    }


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Tarnex won a $2 billion contract last week.", "figures.no_counterparty.CONTRACT"),
        ("Brindle Motors signed a battery supply agreement on Monday.", "agreements.no_counterparty.CONTRACT"),
    ],
)
def test_a_contract_with_no_other_party_named_has_its_own_rule(text: str, rule: str) -> None:
    assert _contract_rules(text) == {(0, rule)}


def test_a_contract_naming_both_parties_keeps_its_rule() -> None:
    text = "Tarnex won a $2 billion contract from Velmora last week."
    assert _contract_rules(text) == {(1, "figures.contracts.CONTRACT")}
