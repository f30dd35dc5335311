"""A company that "got acquired by X" was bought by X; "It expanded into Kenya through the acquisition of Y" is a
purchase by the company the text is about, while a plan to expand that way is none. Sentences written for these tests
(fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _acquired(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "ACQUIRED"}


@pytest.mark.parametrize(
    "text",
    [
        "Tellix got acquired by Orvane in 2020.",
        "Most recently, Tellix — a lending startup out of Ghana — got acquired by Orvane for $90 million.",
    ],
)
def test_a_company_that_got_acquired_was_bought(text: str) -> None:
    assert _acquired(text) == {("Orvane", "Tellix")}


def test_its_expansion_through_an_acquisition_is_the_texts_companys_purchase() -> None:
    text = "Velmont sells insurance. It quietly expanded into Kenya through the acquisition of Tellix."
    assert _acquired(text) == {("Velmont", "Tellix")}


def test_a_plan_to_expand_through_an_acquisition_is_no_purchase() -> None:
    assert _acquired("Velmont makes loans. It wants to expand through the acquisition of Tellix.") == set()
