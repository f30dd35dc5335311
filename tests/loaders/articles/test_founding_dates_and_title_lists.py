"""Founding dates told in an appositive description and titles listed after a possessive (sentences written here,
fictional names): "X, a start-up founded in 2019, ..." dates X (not a company named inside the description), and "A,
X's founder, CEO and CTO" founded X and works there."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all, relation_triples


def _founded_on(text: str) -> dict[str, str]:
    return {e.name: str(e.founded_on) for e in read_all(text).entities if e.founded_on}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brellow Networks – an AI chip startup founded in 2020 – received an investment.", "2020"),
        ("Quillon Brellow, a start-up founded in 2019 that is seen as a local champion, raised money.", "2019"),
        ("Brellow Networks, an AI conglomerate founded in 2018 that has grown fast, raised money.", "2018"),
        ("Brellow Networks, a Munich-based startup founded in 2021, builds chips.", "2021"),
    ],
)
def test_a_founding_date_in_the_description_set_off_after_the_name(text: str, expected: str) -> None:
    assert list(_founded_on(text).values()) == [expected]


def test_a_date_of_something_else_in_the_description_is_not_the_companys() -> None:
    assert "Brellow Networks" not in _founded_on(
        "Brellow Networks, a partner of the fund founded in 2010, makes chips."
    )
    assert "Brellow Networks" not in _founded_on(
        "Brellow Networks, the company whose parent was founded in 1990, makes chips."
    )
    assert _founded_on("Brellow Networks, a chip designer founded in 2010, makes chips.") == {
        "Brellow Networks": "2010"
    }


def test_titles_listed_after_a_possessive_name_a_founding_and_a_job() -> None:
    text = "Lena Hartwell, Brellow Networks' founder, CEO and CTO, holds a degree in engineering."
    assert ("Lena Hartwell", "FOUNDED", "Brellow Networks") in relation_triples(text)
    assert employment(text) == {("Lena Hartwell", "Brellow Networks"): False}


def test_the_days_news_after_a_founders_name_dates_no_founding() -> None:
    assert "Brellow Networks" not in _founded_on(
        "Brellow Networks, the fintech firm founded by billionaire Dorian Pike, on Saturday announced a buyback."
    )
    dated = "Brellow Networks, the fintech firm founded by Dorian Pike in 2014, on Saturday announced a buyback."
    assert _founded_on(dated) == {"Brellow Networks": "2014"}
