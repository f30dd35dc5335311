"""A nationality adjective describing the company named right after it gives the company's seat in that country
(the gold convention since wave27): "Israeli cyber firm X", "Chinese tech giants A and B"; not a name that opens with
a nationality ("Korean Air"), a compound ("Sino-Japanese"), a unit left unnamed, or a person after a title.
Sentences written for these tests, fictional names."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in relation_triples(text) if r == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("French AI startup Quorra raised $100 million.", {("Quorra", "France")}),
        ("Shares of Swedish telecom group Velmont fell 3%.", {("Velmont", "Sweden")}),
        ("Latin American retailer Velmont grew.", set()),
        ("Israeli cyber firm Brantor agreed to be bought.", {("Brantor", "Israel")}),
        ("Chinese tech giants Velmont and Brantor gained.", {("Velmont", "China"), ("Brantor", "China")}),
        ("US-listed Chinese EV maker Orvane fell 2%.", {("Orvane", "China")}),
        ("British chip designer Tellix licensed its cores.", {("Tellix", "United Kingdom")}),
    ],
)
def test_a_nationality_describing_the_next_name_is_its_seat(text: str, seats: set[tuple[str, str]]) -> None:
    assert _seats(text) == seats


@pytest.mark.parametrize(
    "text",
    [
        "Korean Air rose 2% on Monday.",
        "Sino-Japanese ventures grew last year.",
        "The German unit of Quorra grew last year.",
        "French President Hal Brisk visited the plant.",
        "Quorra sold a stake to Chinese investors.",
        "Velmont, a Latin American retailer, grew.",
        "Quorra grew its Israeli footprint through acquisitions of startups Brantor and Tellix.",
    ],
)
def test_no_seat_without_a_company_described_by_a_nationality(text: str) -> None:
    assert _seats(text) == set()


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("China's Quorra raised $20 million in a round led by Harlow.", {("Quorra", "China")}),
        ("Japan's Velmont Group said it would buy a stake in Brantor.", {("Velmont Group", "Japan")}),
        ("Shares of Japan's Tellix and Korea's Orvane fell.", {("Tellix", "Japan"), ("Orvane", "South Korea")}),
    ],
)
def test_a_country_s_possessive_names_its_company(text: str, seats: set[tuple[str, str]]) -> None:
    assert _seats(text) == seats


@pytest.mark.parametrize(
    "text",
    [
        "Velmont, often called “China's Brantor,” raised $1 billion.",
        "The startup is dubbed China's Dorrance by investors.",
        "China's Brantor challenger Velmont raised $50 million.",
        "China's Velmont unit Brantor grew last year.",
        "On Monday, Japan's Nikkei index fell 1%.",
        "China's STAR Market rose 1%.",
    ],
)
def test_no_seat_from_a_nickname_an_index_or_a_unit(text: str) -> None:
    assert _seats(text) == set()


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("Quorra, a Swedish chip designer, was bought by Velmont.", {("Quorra", "Sweden")}),
        ("Brantor, the Israeli cybersecurity company, said revenue rose.", {("Brantor", "Israel")}),
        ("Tellix, the South Korean internet giant, rose 3%.", {("Tellix", "South Korea")}),
        ("Orvane sold shares to Dorrance, the Chinese company's rival.", set()),
        ("Brantor Holdings, the Israeli unit of Velmont, said it grew.", set()),
    ],
)
def test_a_nationality_in_an_aside_after_the_name(text: str, seats: set[tuple[str, str]]) -> None:
    assert _seats(text) == seats


@pytest.mark.parametrize(
    "text",
    [
        "Quorra rose while Taiwan's TAIEX fell 1%.",
        "He won China's National High School Maths Competition in 1995.",
        "Hal Brisk, GM of Velmont Tech, the Chinese GPU startup, quit.",
    ],
)
def test_no_seat_for_an_index_an_event_or_a_title(text: str) -> None:
    assert _seats(text) == set()


def test_a_province_is_no_company_but_still_a_seat() -> None:
    assert _seats("China's Anhui province is home to Quorra Motors.") == set()
    assert _seats("Guangdong-based Orvane raised $20 million.") == {("Orvane", "Guangdong")}
