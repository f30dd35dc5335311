"""Products listed after their makers' possessives in a rivals list ("competing products from rivals such as A's Y")
name A as the rival, never the product Y. Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

from tests.loaders.articles.conftest import relation_triples


def _compared(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "COMPARED_TO"}


def test_a_rivals_product_listed_after_its_possessive_names_the_rival() -> None:
    text = (
        "Although Velmont enjoyed early success with its assistant, competing products from rivals such as "
        "Brantor’s Orvane gradually won more users."
    )
    compared = _compared(text)
    assert ("Velmont", "Brantor") in compared
    assert ("Velmont", "Orvane") not in compared
