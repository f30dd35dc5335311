"""Founders who have left their firm, a post held most recently, a firm's two titles given with "its", and units
named in an appositive or a possessive inside a clause that plans; the seat of a part after "whose" is not the
firm's; a founding lead's date after its founders. Sentences written for these tests (fictional companies and
people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all
from tests.loaders.articles.conftest import relation_triples as _relations


@pytest.mark.parametrize(
    "text",
    [
        "Brennic Labs co-founder Piet Alder resigned last week.",
        "Piet Alder, co-founder of Brennic Labs, quit to focus on two new ventures.",
        "Piet Alder, Brennic Labs' co-founder, has resigned, the company said.",
    ],
)
def test_a_founder_who_has_left_held_a_post_at_the_firm(text: str) -> None:
    assert employment(text) == {("Piet Alder", "Brennic Labs"): True}
    assert ("Piet Alder", "FOUNDED", "Brennic Labs") in _relations(text)
    # still there, or leaving later: a founder, no former employee
    for still in ("said demand was strong.", "will step down in June, the company said."):
        text = f"Brennic Labs co-founder Piet Alder {still}"
        assert employment(text) == {}
        assert ("Piet Alder", "FOUNDED", "Brennic Labs") in _relations(text)


def test_a_post_held_most_recently_is_a_former_job() -> None:
    assert employment("Dara Vosk was most recently the head of research at Orvane, an image company.") == {
        ("Dara Vosk", "Orvane"): True
    }
    assert employment("Dara Vosk was previously chief financial officer of Orvane.") == {("Dara Vosk", "Orvane"): True}


def test_its_two_titles_set_off_by_commas_name_the_subjects_post() -> None:
    text = "Telmar makes drones. Telmar said its co-founder and executive chairman, Sam Oyelaran, had resigned."
    assert employment(text) == {("Sam Oyelaran", "Telmar"): True}
    text = "Telmar makes drones. Telmar said its co-founder and chief executive, Sam Oyelaran, would visit Oslo."
    assert employment(text) == {("Sam Oyelaran", "Telmar"): False}
    assert ("Sam Oyelaran", "FOUNDED", "Telmar") in _relations(text)


def test_its_after_a_speaking_firm_is_that_firms_not_another_subjects() -> None:
    text = (
        "On May 9, the day Velt announced the deal, Plexon said its co-founder and executive chairman, Sam Oyelaran, "
        "had resigned."
    )
    assert employment(text) == {("Sam Oyelaran", "Plexon"): True}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Several carmakers are planning to sell cars in Europe, including Halvard's Orlo brand.", "Orlo"),
        ("The fund may invest in Orlo, a Halvard subsidiary, the sources said.", "Orlo"),
    ],
)
def test_a_unit_named_in_an_appositive_or_a_possessive_is_given_whatever_the_clause_plans(text: str, unit: str) -> None:
    assert (unit, "SUBSIDIARY_OF", "Halvard") in _relations(text)
    # a tie only planned, or one that has ended, is no parent
    for refused in (
        "Orlen Nexa will become a unit of Halvard next year.",
        "Orlen Nexa, a former unit of Halvard, rose.",
    ):
        assert not any(r == "SUBSIDIARY_OF" for _, r, _ in _relations(refused))


def test_the_seat_of_a_part_named_after_whose_is_not_the_firms() -> None:
    assert not any(r == "HEADQUARTERED_IN" for _, r, _ in _relations("Orvane, whose US arm is based in Denver, rose."))
    assert ("Orvane", "HEADQUARTERED_IN", "Denver") in _relations(
        "Orvane, whose headquarters is based in Denver, rose."
    )


def test_a_founding_lead_dates_the_founding_after_its_founders() -> None:
    draft = read_all("Co-founded by Jason Threll and Maggie Orr in 2018, Semvara produces chips for cars.")
    assert {str(e.founded_on) for e in draft.entities if e.name == "Semvara"} == {"2018"}
    draft = read_all("Co-founded by Jason Threll and Maggie Orr, who joined in 2019, Semvara produces chips.")
    assert {e.founded_on for e in draft.entities if e.name == "Semvara"} == {None}
