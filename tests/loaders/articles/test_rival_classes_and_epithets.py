"""A class of companies competing ("Nordic startups compete with Y") names no one competitor; "X, China's equivalent
to Y" likens X to Y as "answer to" does, with a demonym ending in "-ic" ("the Nordic equivalent of Y") describing
the epithet rather than naming a rival; a thing named in quotes after "a segment called" is no rival. Sentences
written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _compared(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "COMPARED_TO"}


@pytest.mark.parametrize(
    "text",
    [
        "Many Nordic startups compete with Brantor.",
        "Velmont shares fell. Despite attempts by Baltic firms to compete with giants like Brantor, prospects are dim.",
    ],
)
def test_a_class_of_companies_competing_names_no_competitor(text: str) -> None:
    assert not any("Brantor" in pair for pair in _compared(text))


@pytest.mark.parametrize(
    "text",
    [
        "Velmont, often referred to as Norway’s equivalent to Brantor, is betting on AI.",
        "Velmont is often described as the Nordic equivalent of Brantor.",
    ],
)
def test_a_local_equivalent_of_a_company_is_set_against_it(text: str) -> None:
    assert _compared(text) == {("Velmont", "Brantor")}


def test_a_thing_named_in_quotes_after_its_noun_is_no_rival() -> None:
    text = "Velmont runs the Oslo bourse. This segment called “European Growth Leaders” brings together 100 companies."
    assert _compared(text) == set()
