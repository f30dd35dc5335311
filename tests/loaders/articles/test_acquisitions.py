"""Acquisition frames, on sentences written for these tests (fictional companies): closed deals are stated, deals
only agreed, planned or under way are not."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _acquired(text: str) -> dict[tuple[str, str], dict[str, object]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): {**r.properties, "since": str(r.valid_from) if r.valid_from else None}
        for r in draft.relations
        if r.type.value == "ACQUIRED"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January 2019, Quorra acquired a majority stake in Swedish camera maker Velora.", {("Quorra", "Velora")}),
        (
            "Quorra has announced on October 24 the closing of the acquisition of Velora Systems Inc.",
            {("Quorra", "Velora Systems")},
        ),
        (
            "Quorra acquired a significant stake in Velora and Nemia in 2017.",
            {("Quorra", "Velora"), ("Quorra", "Nemia")},
        ),
        ("Quorra paid $230 million for a 10% stake in Velora back in 2008.", {("Quorra", "Velora")}),
        ("The deal is second only to its earlier acquisitions of Velora and Nemia.", set()),  # whose "its" is unsaid
        (
            "Quorra said the deal is second only to its earlier acquisitions of Velora and Nemia.",
            {("Quorra", "Velora"), ("Quorra", "Nemia")},
        ),
        ("They sold their chip company Velora for $370 million in 2011 to Quorra.", {("Quorra", "Velora")}),
        ("Velora was sold to a consortium led by Quorra in 2018 for $18 billion.", {("Quorra", "Velora")}),
        ("Birch sold its 20 per cent stake in Velora to Quorra as part of the deal.", {("Quorra", "Velora")}),
        # stakes listed after the first, and a participle's buyer is the clause's subject
        (
            "Quorra Group said profits rose. The group also took a 49 percent stake in automaker Velora, a "
            "controlling interest in sports car brand Nemia, as well as acquiring Tiko in 2017.",
            {("Quorra Group", "Velora"), ("Quorra Group", "Nemia"), ("Quorra Group", "Tiko")},
        ),
        (
            "Velora raised 1.7 billion euros in a round led by Quorra. The round gives Quorra an 11% stake.",
            {("Quorra", "Velora")},
        ),
    ],
)
def test_a_closed_deal_is_an_acquisition(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(_acquired(text)) == expected


def test_the_stake_and_the_year_are_kept() -> None:
    found = _acquired("Quorra paid $230 million for a 10% stake in Velora in 2008.")
    assert found[("Quorra", "Velora")]["stake_pct"] == 10.0
    assert found[("Quorra", "Velora")]["since"] == "2008"


@pytest.mark.parametrize(
    "text",
    [
        "Quorra is acquiring Velora for $2 billion, people familiar with the matter said.",  # under way
        "Quorra has agreed to acquire Velora for $6.5 billion.",  # signed, not closed
        "Quorra plans to buy Velora next year.",  # a plan
        "Quorra is in talks to buy a 10% stake in Velora.",  # talks
        "Quorra said its planned acquisition of Velora was blocked.",  # planned
        "Quorra sold shares to Birch in the offering.",  # shares sold are no company
        "Analysts recommend buying Velora after the results.",  # advice
    ],
)
def test_no_acquisition_is_read_where_no_deal_closed(text: str) -> None:
    assert _acquired(text) == {}
