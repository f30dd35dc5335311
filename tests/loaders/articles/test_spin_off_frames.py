"""Spin-offs named by a noun, on sentences written for these tests (fictional companies): a child whose name opens
in lowercase, an appositive "a spin-off of", "is a spinout from"; a spin-off only expected is none."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _spun_off(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "SPUN_OFF_FROM"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quorra's AI server spin-off vFusion has hired Birch Securities for a listing.", {("vFusion", "Quorra")}),
        ("Nemia Corp, a spin-off of Quorra Ltd, listed in 2019.", {("Nemia", "Quorra")}),
        (
            "Nemia is a spinout from the Velora Institute of Technology.",
            {("Nemia", "Velora Institute of Technology")},
        ),
    ],
)
def test_spin_offs_read(text: str, expected: set[tuple[str, str]]) -> None:
    assert _spun_off(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nemia could become a spin-off of Quorra Ltd next year.",  # hedged
        "Nemia is expected to be a spin-off of Quorra Ltd.",  # expected
        "Ann Lee, a spin-off of the lab's work, spoke.",  # nonsense about a person
    ],
)
def test_no_spin_off(text: str) -> None:
    assert _spun_off(text) == set()
