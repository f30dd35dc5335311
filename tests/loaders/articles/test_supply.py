"""Supply frames, on sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _supplies(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "SUPPLIES"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts praised Quorra Hynix, a major supplier of memory chips to Fenwick Corp.",
            {("Quorra Hynix", "Fenwick")},
        ),
        (
            "Shares of Quorra Hynix, a memory supplier for AI chip giant Fenwick, hit a record.",
            {("Quorra Hynix", "Fenwick")},
        ),
        ("Quorra is a leading supplier to Fenwick and Birch.", {("Quorra", "Fenwick"), ("Quorra", "Birch")}),
        (
            "Halden, the largest producer of processors, manufactures chips for companies such as Fenwick and Birch.",
            {("Halden", "Fenwick"), ("Halden", "Birch")},
        ),
        ("Established in 2004, Quorra develops chips mostly for Fenwick.", {("Quorra", "Fenwick")}),
        # tickers after the customers' names do not end the list
        (
            "Quorra already supplies HBM3E to Fenwick (NASDAQ:FNW) and Birch Inc (NASDAQ:BRC), but had not met "
            "Halden's requirements until recently.",
            {("Quorra", "Fenwick"), ("Quorra", "Birch")},
        ),
        # the relative clause's name makes the chips, not the sentence's subject
        (
            "Tiko is the third purchase for Halden, which manufactures chips for carmakers such as Fenwick.",
            {("Halden", "Fenwick")},
        ),
        # the maker of a company's chips supplies it, whatever the plan for the chips
        (
            "Fenwick's AI5 chips—produced by Quorra Semiconductor—are expected to enter production next year.",
            {("Quorra Semiconductor", "Fenwick")},
        ),
    ],
)
def test_the_supplier_supplies_each_customer_named(text: str, expected: set[tuple[str, str]]) -> None:
    assert _supplies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorra will supply batteries to Fenwick from 2026.",  # a plan
        "Quorra and Halden make chips for Fenwick.",  # two makers: which one supplies is not said
    ],
)
def test_no_supply_is_read_where_the_text_does_not_state_one(text: str) -> None:
    assert _supplies(text) == set()
