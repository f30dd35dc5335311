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


@pytest.mark.parametrize(
    "text",
    [
        "Tarnex sold Solvane, its battery brand, to Ferrin Labs last spring.",
        "Tarnex divested Solvane, its sensor subsidiary, in 2023.",
        "Tarnex completed the sale of Solvane, its mapping unit, on Monday.",
    ],
)
def test_a_unit_its_owner_sold_is_no_subsidiary(text: str) -> None:
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in relation_triples(text))


def test_a_unit_its_owner_only_agreed_to_sell_is_still_its_subsidiary() -> None:
    text = "Tarnex agreed to sell Solvane, its mapping unit, to Ferrin Labs."
    assert ("Solvane", "SUBSIDIARY_OF", "Tarnex") in relation_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Solvane Systems is owned by Tarnex Capital and Ferrin Partners.",
        "Solvane Systems, a fund manager owned by Tarnex Capital and Ferrin Partners, opened an office.",
        "Solvane Systems is majority-owned by Tarnex Capital, Ferrin Partners and Orlo Group.",
    ],
)
def test_a_company_owned_by_several_has_no_one_parent(text: str) -> None:
    assert not any(t == "SUBSIDIARY_OF" for _, t, _ in relation_triples(text))


def test_a_company_owned_by_one_owner_that_goes_on_is_its_subsidiary() -> None:
    text = "Solvane Systems is owned by Tarnex Capital and is based in Lisbon."
    assert ("Solvane Systems", "SUBSIDIARY_OF", "Tarnex Capital") in relation_triples(text)
