"""A stock's move on a named exchange (fictional names, sentences written here): "A rose 4% on the Taipei Exchange"
lists A there; the last move before the exchange is the one it trades on; an index, a bond or a business figure
that moved is no listing."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _listings(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "LISTED_ON"}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Tellix shares jumped 9% on the Taipei Exchange on Monday.", ("Tellix", "Taipei Exchange")),
        ("Dorrance Mining's share price slid 7 per cent on the BSE in early trade.", ("Dorrance Mining", "BSE")),
        (
            "Quorra Robotics' stock climbed 6% in the Oslo Stock Exchange (OSE) on Tuesday.",
            ("Quorra Robotics", "Oslo Stock Exchange"),
        ),
    ],
)
def test_a_move_on_a_named_exchange_lists_the_stock_there(text: str, listed: tuple[str, str]) -> None:
    assert listed in _listings(text)


def test_the_listing_of_a_move_has_a_rule_of_its_own() -> None:
    draft = read_all("Tellix shares jumped 9% on the Taipei Exchange on Monday.")
    assert {r.span.rule for r in draft.relations if r.type.value == "LISTED_ON"} == {
        "places.traded_in.moved_on.LISTED_ON"
    }


def test_the_last_move_before_the_exchange_names_the_stock() -> None:
    text = "Velmont Labs said its revenue rose 5%, and Brantor shares fell 3% on the Nasdaq."
    assert _listings(text) == {("Brantor", "Nasdaq")}


@pytest.mark.parametrize(
    "text",
    [
        "The Orvane Composite index fell 1% on the Korea Exchange.",
        "Harlow Group's bonds rose 2% on the Singapore Exchange after the rating change.",
    ],
)
def test_an_index_or_a_bond_that_moved_is_no_listing(text: str) -> None:
    assert _listings(text) == set()
