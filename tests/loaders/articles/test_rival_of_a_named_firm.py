"""A rival named with another firm's name glued before the noun ("bought Velt rival Y") is that firm's rival, not the
buyer's; when the name before the noun is not known as a firm, no rivalry is stated rather than the buyer's. A region
glued before the noun only describes the rival ("acquired Mideast competitor Y": the buyer's). Sentences written for
these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _rivals(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "COMPARED_TO"}


def test_a_rival_of_a_name_glued_before_the_noun_is_not_the_buyers_rival() -> None:
    assert ("Quellon", "Tarnex") not in _rivals("Quellon bought Velmora rival Tarnex.")


def test_a_rival_of_a_firm_shaped_name_is_that_firms_rival() -> None:
    assert _rivals("Quellon bought Velmora Labs rival Tarnex.") == {("Velmora Labs", "Tarnex")}


def test_a_region_before_the_noun_describes_the_rival_of_the_buyer() -> None:
    assert _rivals("Quellon acquired Latam competitor Tarnex.") == {("Quellon", "Tarnex")}


def test_a_rival_of_a_firm_the_text_named_before_is_that_firms_rival() -> None:
    assert _rivals("Velmora makes chips. Quellon bought Velmora rival Tarnex.") == {("Velmora", "Tarnex")}


def test_a_compound_nationality_before_the_noun_describes_the_rival() -> None:
    assert _rivals("Quellon acquired French-American competitor Tarnex.") == {("Quellon", "Tarnex")}


def test_a_firm_ranked_by_another_is_the_rival_not_the_one_ranking() -> None:
    text = "Dunmore Research ranked Tarnex ahead of Solvane and Vantor."
    assert _rivals(text) == {("Tarnex", "Solvane"), ("Tarnex", "Vantor")}


@pytest.mark.parametrize(
    "text",
    [
        "Ferrin Labs is Halcyra's biggest competitor in the region.",
        "Ferrin Labs, Halcyra's main rival, raised $40 million.",
        "Ferrin Labs is a competitor of Halcyra.",
    ],
)
def test_a_rival_named_by_the_others_possessive_or_after_of_is_set_against_it(text: str) -> None:
    assert _rivals(text) == {("Ferrin Labs", "Halcyra")}


@pytest.mark.parametrize(
    "text",
    [
        "Ferrin Labs, Halcyra's former rival, raised money.",
        "Ferrin Labs is not a rival of Halcyra.",
        "Ann Lee, Halcyra's rival in the election, spoke.",
    ],
)
def test_a_former_rival_a_denied_one_or_a_person_is_no_rivalry(text: str) -> None:
    assert _rivals(text) == set()
