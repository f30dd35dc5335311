"""More agreement and supply frames, on sentences written for these tests (fictional companies): a quoted kind of
agreement, "entered into agreement" without an article, a collaboration entered into, a relative clause after the
agreement that plans something of its own; and a use named after "chips for" that is no customer."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _contracts(text: str) -> set[tuple[str, tuple[str, ...]]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], tuple(names[p] for p in e.participants))
        for e in draft.events
        if e.kind.value == "CONTRACT" and not e.properties.get("modality")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora makes robots. In May, the company signed a “cooperative agreement” with South Korean telecoms "
            "company Nemia Telecom.",
            {("Velora", ("Nemia Telecom",))},
        ),
        (
            "Birch Group also entered into a collaboration with Velora that it said will help grow its business.",
            {("Birch Group", ("Velora",))},
        ),
        (
            "Velora makes cameras. It also said it entered into agreement with Quorra to make its chips.",
            {("Velora", ("Quorra",))},
        ),
    ],
)
def test_agreements_read(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert _contracts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Birch Group announced a collaboration on robotics.",  # with nobody named
        "Birch Group plans to enter into a collaboration with Velora.",  # a plan
        "Birch Group entered into talks with Velora about a collaboration.",  # talks, no agreement
    ],
)
def test_no_agreement(text: str) -> None:
    assert _contracts(text) == set()


def test_a_use_after_chips_for_is_no_customer() -> None:
    text = "Velora also manufactures AI chips for Internet of Things (IoT) applications and for Quorra and Birch."
    supplies = {(s, o) for s, kind, o in relation_triples(text) if kind == "SUPPLIES"}
    assert ("Velora", "Internet of Things") not in supplies
    text = "Velora manufactures AI chips for Internet of Things (IoT) applications."
    assert not [t for t in relation_triples(text) if t[1] == "SUPPLIES"]
