"""Listings read from more exchange codes and market spellings, chips a company bought or uses from their maker, and
purchases of goods or shares that buy no company (fictional names, sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _of_type(text: str, type_: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == type_}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares of Velmora AG (OTC: VLMAY) rose 2% after rival Kessler Motoren AG (OTCQX: KSMRY) cut its outlook.",
            {("Velmora", "OTC"), ("Kessler Motoren", "OTCQX")},
        ),
        (
            "Velmora Holdings (TSX: VLM) and Daxon Corp (FRA: DXN) said they would merge.",
            {("Velmora Holdings", "Toronto Stock Exchange"), ("Daxon", "Frankfurt Stock Exchange")},
        ),
        # a word that opens a sentence is a name when a ticker follows it
        (
            "Ocean (NASDAQ:OCEN), Daxon (NASDAQ:DXN), and Pryce Devices (NYSE:PRY) have average targets of $62.",
            {("Ocean", "Nasdaq"), ("Daxon", "Nasdaq"), ("Pryce Devices", "New York Stock Exchange")},
        ),
        (
            "Velmora Semiconductor made a stellar debut on mainland China's Star Market on Tuesday.",
            {("Velmora Semiconductor", "STAR Market")},
        ),
        (
            "Velmora Semiconductor's American depositary shares trade on the New York Stock Exchange.",
            {("Velmora Semiconductor", "New York Stock Exchange")},
        ),
    ],
)
def test_listings_from_codes_and_market_spellings(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "LISTED_ON") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hexon Cloud bought 10,000 Arvelo GPUs last year.", {("Arvelo", "Hexon Cloud")}),
        (
            "Hexon Cloud has deployed tens of thousands of Arvelo's accelerators in its data centres.",
            {("Arvelo", "Hexon Cloud")},
        ),
        (
            "Merrow Phones uses chips from Plexa Semiconductor in its handsets.",
            {("Plexa Semiconductor", "Merrow Phones")},
        ),
        ("Velto Motors relies on chip supply from Plexa Semiconductor.", {("Plexa Semiconductor", "Velto Motors")}),
        ("Hexon Cloud bought a large number of Arvelo GPU chips to build its cluster.", {("Arvelo", "Hexon Cloud")}),
        # plans, denials and another's purchase state nothing
        ("Hexon Cloud plans to buy 50,000 Arvelo chips next year.", set()),
        ("Hexon Cloud denied it had used Arvelo chips.", set()),
        ("Analysts said Hexon Cloud's rivals bought Arvelo GPUs.", set()),
    ],
)
def test_chips_bought_or_used_are_supplied_by_their_maker(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "SUPPLIES") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hexon Cloud bought shares of Arvelo on Monday.",
        "Hexon Cloud bought a large number of Arvelo GPU chips to build its cluster.",
        "Hexon Cloud bought 2,000 Arvelo servers in March.",
    ],
)
def test_shares_or_goods_bought_buy_no_company(text: str) -> None:
    assert _of_type(text, "ACQUIRED") == set()
