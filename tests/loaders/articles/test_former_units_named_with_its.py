"""A unit named "its former subsidiary" or "its former unit Y" is no longer its parent's. Sentences written for
these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "Tarnex sold its stake in Solvane, its former subsidiary.",
        "Tarnex merged its former unit Solvane into Ferrin Labs.",
    ],
)
def test_a_former_unit_named_with_its_is_no_subsidiary(text: str) -> None:
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in relation_triples(text))


def test_a_current_unit_named_with_its_stays_a_subsidiary() -> None:
    assert ("Solvane", "SUBSIDIARY_OF", "Tarnex") in relation_triples("Tarnex listed its chip unit Solvane in Seoul.")
