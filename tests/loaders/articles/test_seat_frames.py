"""More ways a text says where a company is based, and what is no seat. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This comes after Halden signed a letter of intent for a potential $500 million investment in "
            "London-based Velora, as investors pour money into start-ups.",
            {("Velora", "London")},
        ),
        (
            "Tessel approved a round for Velora Systems, the Seoul startup behind the Solar models.",
            {("Velora Systems", "Seoul")},
        ),
        ("The round was led by Singapore's sovereign wealth fund Corvel.", {("Corvel", "Singapore")}),
        ("Velora CEO Ada Moss spoke at Velora's headquarters in Shenzhen on Monday.", {("Velora", "Shenzhen")}),
    ],
)
def test_more_ways_to_say_where_a_company_is_based(text: str, expected: set[tuple[str, str]]) -> None:
    assert _seats(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Halden will develop products for South Korea with chat app operator Velora.",
        "Tessel bought a stake in the China stock listed company Velora Systems.",
        "Ada Moss is now head of Velora Corp of America.",
        "Meanwhile, Hong Kong-based investors bought Velora shares.",
    ],
)
def test_what_is_no_seat(text: str) -> None:
    assert _seats(text) == set()


def test_a_country_s_code_stays_one_of_its_names() -> None:
    draft = ArticleExtractor(min_confidence=0.0).extract("Velora, a US-based maker of drones, raised $20 million.")
    (place,) = [e for e in draft.entities if e.kind.value == "PLACE"]
    assert place.name == "United States" and "US" in place.aliases


def test_the_company_based_in_a_city_is_the_text_s_company() -> None:
    text = "Velora Systems raised $1 billion. The company, based in Palo Alto, will develop safe AI."
    assert ("Velora Systems", "Palo Alto") in _seats(text)
