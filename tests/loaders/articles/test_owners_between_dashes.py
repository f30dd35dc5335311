"""An owner named in an aside between dashes ("Y -- majority owned by X --", "Y — controlled by X —") as after a
comma. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "The move marks a change of heart by Dutch retailer Velmora -- majority owned by Halcyra -- which had said "
        "it would not sell.",
        "Velmora — controlled by Halcyra — reported a loss.",
    ],
)
def test_an_owner_between_dashes_is_the_parent(text: str) -> None:
    assert ("Velmora", "SUBSIDIARY_OF", "Halcyra") in relation_triples(text)
