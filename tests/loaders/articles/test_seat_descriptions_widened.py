"""Seats in descriptions news writes with more words (fictional names, sentences written here): an adjective before
the place of an appositive, an acronym in brackets among the describing words, a city named through its
description ("based in the eastern port city of Y")."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Orvane sold its stake in Brantor Systems, the struggling Seoul-based payments lender, last year.",
            ("Brantor Systems", "Seoul"),
        ),
        (
            "Hal Brisk invested in the Lisbon-based machine learning (ML) developer Tellix Systems last week.",
            ("Tellix Systems", "Lisbon"),
        ),
        (
            "Dorrance Robotics, based in the eastern Chinese manufacturing hub of Ningbo, makes welding arms.",
            ("Dorrance Robotics", "Ningbo"),
        ),
        ("Velmont Foods, based in the northern city of Porto, sells canned fish.", ("Velmont Foods", "Porto")),
    ],
)
def test_a_longer_description_still_seats_the_company(text: str, seat: tuple[str, str]) -> None:
    assert seat in _seats(text)


def test_a_phrase_after_the_article_is_no_adjective_of_the_place() -> None:
    text = "Quorra Bank, the lender to Oslo-based Tellix Marine, cut its rates."
    assert ("Quorra Bank", "Oslo") not in _seats(text)
