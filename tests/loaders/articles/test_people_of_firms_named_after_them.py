"""A person and the firm named right after them: "A of X, co-sponsor of the deal, sees ...", "analyst A from X
raised ...", and "A, X's head of the camera business, told". Sentences written for these tests (fictional companies
and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Hal Brisk of Orvane Securities, co-sponsor of the deal alongside Tellix, sees this move as a sign.",
            "Orvane Securities",
        ),
        (
            "On Tuesday, analyst Hal Brisk from Orvane Capital raised his target price to $64 from $58.",
            "Orvane Capital",
        ),
        (
            "Hal Brisk, Quorra's head of the camera business in Brazil, told reporters the device ships in October.",
            "Quorra",
        ),
    ],
)
def test_a_person_works_at_the_firm_named_right_after_them(text: str, firm: str) -> None:
    assert employment(text) == {("Hal Brisk", firm): False}


def test_a_person_moved_from_a_firm_is_not_said_to_work_there() -> None:
    assert employment("Velmont moved Hal Brisk from Orvane Capital to its Oslo office in May.") == {}
