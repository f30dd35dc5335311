"""Founders and founding dates in phrasings the other tests do not cover (fictional names, sentences written here):
a year opening the sentence dates the founding its subject states ("In 2010, A co-founded X"), a maker or a
developer described before the founded name; a year opening a sentence about something else dates nothing."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _founded_on(text: str) -> dict[str, str]:
    return {e.name: str(e.founded_on) for e in read_all(text).entities if e.founded_on}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2010, Ada Lenzing co-founded AI technology company Torvane Labs, which Halvex bought later.", "2010"),
        ("In March 2015, Ada Lenzing and Bert Amsler founded Torvane Labs.", "2015-03"),
        ("Ada Lenzing co-founded sensor maker Torvane Labs in 2010.", "2010"),
    ],
)
def test_the_founding_and_its_year(text: str, year: str) -> None:
    assert ("Ada Lenzing", "FOUNDED", "Torvane Labs") in relation_triples(text)
    assert _founded_on(text) == {"Torvane Labs": year}


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Ada Lenzing, who co-founded Torvane Labs, left the company.",
        "In 2019, Ada Lenzing launched Torvane Labs' new sensor.",
    ],
)
def test_a_year_opening_a_sentence_about_something_else_dates_no_founding(text: str) -> None:
    assert _founded_on(text) == {}
