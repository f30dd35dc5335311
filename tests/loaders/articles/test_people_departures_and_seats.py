"""Jobs left, firms shaped like people, and seats named before a name. Sentences written for these tests (fictional
companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all
from tests.loaders.articles.conftest import relation_triples as _relations


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane Systems chief marketing officer Dana Whitfield has also resigned, the company said.",
        "Quorvane Systems CEO Dana Whitfield stepped down on Friday after a board dispute.",
        "Quorvane Systems CEO Dana Whitfield announced her resignation on Tuesday.",
        "Dana Whitfield, Quorvane Systems' chief executive, quit on Monday.",
        "Quorvane Systems said its chief executive, Dana Whitfield, had resigned.",
    ],
)
def test_a_titled_person_who_has_left_held_the_job_before(text: str) -> None:
    assert employment(text) == {("Dana Whitfield", "Quorvane Systems"): True}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane Systems CEO Dana Whitfield will step down in June, the company said.",
        "Quorvane Systems CEO Dana Whitfield stepped down as chairman but remains chief executive.",
    ],
)
def test_a_departure_announced_for_later_or_from_another_post_keeps_the_job(text: str) -> None:
    assert employment(text) == {("Dana Whitfield", "Quorvane Systems"): False}


def test_the_firm_after_head_of_a_department_at_is_no_titled_person() -> None:
    text = (
        "Quorvane Systems has hired Dana Whitfield, previously head of sales at Petrel Dynamics, as chief revenue "
        "officer."
    )
    jobs = employment(text)
    assert jobs[("Dana Whitfield", "Petrel Dynamics")] is True
    assert not any(person == "Petrel Dynamics" for person, _ in jobs)
    assert employment("Dana Whitfield, head of research at Petrel Dynamics, said the stock was cheap.") == {
        ("Dana Whitfield", "Petrel Dynamics"): False
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hollis Granger analyst Pria Natarajan downgraded Brightmoor Labs to neutral.",
            {("Pria Natarajan", "Hollis Granger")},
        ),
        (
            "The stock could rise further, said Whitby Lorne analysts Carla Tamsin and Dana Yost.",
            {("Carla Tamsin", "Whitby Lorne"), ("Dana Yost", "Whitby Lorne")},
        ),
        (
            "Taipei-based Kestrel Securities analyst Daniel Chong wrote in a report dated Thursday.",
            {("Daniel Chong", "Kestrel Securities")},
        ),
    ],
)
def test_an_analyst_s_firm_named_before_the_title(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(employment(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Liang Tao analyst Wei Huang said the stock was cheap.",  # two people's names, no firm
        "Chief executive Dana Whitfield analyst Tomas Arlo said the stock was cheap.",
    ],
)
def test_a_person_s_name_before_an_analyst_s_title_is_no_firm(text: str) -> None:
    assert not employment(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hong Kong-headquartered Quorvane said the two deals would help it grow.", ("Quorvane", "Hong Kong")),
        ("The Foshan-based Quorvane priced its shares at the top of the range.", ("Quorvane", "Foshan")),
        ("For Singapore-based Tellwick, the venture debt deal extends its Series A round.", ("Tellwick", "Singapore")),
        ("Quorvane is a GPU cloud provider headquartered in Austin.", ("Quorvane", "Austin")),
    ],
)
def test_seats_named_before_the_company_or_after_an_acronym_description(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "HEADQUARTERED_IN", expected[1]) in _relations(text)


def test_a_non_breaking_hyphen_reads_as_a_hyphen() -> None:
    found = _relations("The filing also notes that Tomas Reinholt, co\u2011founder of Zentrix, joined four rounds.")
    assert ("Tomas Reinholt", "FOUNDED", "Zentrix") in found
    assert ("Quorvane", "HEADQUARTERED_IN", "Seoul") in _relations("Seoul\u2011based Quorvane said demand rose.")


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        ("Quorvane (NASDAQ:) fell more than 2% on Monday after a downgrade by a broker.", "Nasdaq"),
        ("The chip beat the one in Quorvane's (QRVN:NASDAQ) phones by far.", "Nasdaq"),
        ("Quorvane (QRVN:HKG) said revenue rose in the quarter.", "Hong Kong Stock Exchange"),
    ],
)
def test_a_ticker_whose_code_was_linked_away_or_comes_first_still_names_the_exchange(text: str, exchange: str) -> None:
    assert ("Quorvane", "LISTED_ON", exchange) in _relations(text)


def test_a_ticker_s_code_first_names_no_exchange_that_is_not_one() -> None:
    assert not [t for t in _relations("Quorvane (4768:JP) rose 3% on Tuesday after results.") if t[1] == "LISTED_ON"]


def test_a_currency_compound_is_no_name() -> None:
    found = read_all(
        "Corlan Partners and Bexley Law have advised Quorvane on its dual-currency offshore bond issuance worth USD3 "
        "billion.\nThe issuance comprises RMB7.08 billion and USD2 billion of senior notes. The US-dollar tranche "
        "consists of a 5.5-year USD600 million note at 4.5%, a seven-year USD600 million note at 4.7%.\n"
        "Bexley Law acted as the underwriters' legal counsel, led by partner Dana Whitfield."
    )
    assert not [e for e in found.entities if "dollar" in e.name]


@pytest.mark.parametrize(
    ("text", "founders"),
    [
        ("Quorvane was set up by Dana Whitfield, a former Petrel Dynamics executive, in 2018.", {"Dana Whitfield"}),
        (
            "Quorvane was founded by Dana Whitfield, a former Petrel Dynamics executive, Tomas Arlo, a former Kestrel "
            "Labs engineer, and Mara Quint.",
            {"Dana Whitfield", "Tomas Arlo", "Mara Quint"},
        ),
        (
            "Dana Whitfield, the former Petrel Dynamics chief technology officer who founded Quorvane, said demand "
            "was strong.",
            {"Dana Whitfield"},
        ),
    ],
)
def test_the_employer_in_a_founder_s_description_founded_nothing(text: str, founders: set[str]) -> None:
    found = _relations(text)
    assert {s for s, r, o in found if r == "FOUNDED" and o == "Quorvane"} == founders
    assert ("Tomas Arlo", "WORKS_AT", "Petrel Dynamics") not in found  # Dana's former employer, not Tomas's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tellwick Semiconductor, a Quorvane subsidiary, has offered to buy all shares of Brenna Micro.",
            {("Tellwick Semiconductor", "Quorvane")},
        ),
        (
            "Tellwick, a wholly owned Quorvane subsidiary tasked with developing processors, was set up in 2014.",
            {("Tellwick", "Quorvane")},
        ),
        ("Tellwick, Quorvane's Austin-based subsidiary, raised prices.", {("Tellwick", "Quorvane")}),
        ("Tellwick, Quorvane's former subsidiary, raised prices.", set()),
        ("Tellwick, Quorvane's planned subsidiary, will make chips.", set()),
        ("Tellwick, a former Quorvane subsidiary, raised prices.", set()),
        ("Tellwick, a Quorvane affiliate, raised prices.", set()),
    ],
)
def test_a_parent_named_inside_its_unit_s_appositive(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o in _relations(text) if r == "SUBSIDIARY_OF"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Tomas Arlo of Kestrel Securities said margins would improve.",
        "Tomas Arlo of Kestrel Securities told reporters that margins would improve.",
    ],
)
def test_a_person_of_a_firm_who_then_speaks_works_there(text: str) -> None:
    assert employment(text) == {("Tomas Arlo", "Kestrel Securities"): False}


def test_a_person_of_a_place_who_then_speaks_works_nowhere() -> None:
    assert not employment("Dana Whitfield of Austin said she liked the product.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dana Whitfield worked at Petrel Dynamics for a decade before founding Quorvane.",
            {("Dana Whitfield", "Petrel Dynamics"): True},
        ),
        (
            "Dana Whitfield previously worked for Petrel Dynamics and Kestrel Labs before starting Quorvane.",
            {("Dana Whitfield", "Petrel Dynamics"): True, ("Dana Whitfield", "Kestrel Labs"): True},
        ),
        (
            "Ex-Petrel Dynamics executive Dana Whitfield founded Quorvane.",
            {("Dana Whitfield", "Petrel Dynamics"): True},
        ),
        # a job held since a date is held now (leaders.worked_since), never a past one
        ("Dana Whitfield has worked at Petrel Dynamics since 2019.", {("Dana Whitfield", "Petrel Dynamics"): False}),
        (
            "Dana Whitfield was named Quorvane's new chief financial officer on Tuesday.",
            {("Dana Whitfield", "Quorvane"): False},
        ),
    ],
)
def test_past_jobs_named_after_the_person_and_appointments_in_the_past_tense(
    text: str, expected: dict[tuple[str, str], bool]
) -> None:
    assert employment(text) == expected


def test_a_seat_and_a_listing_named_in_one_phrase_stay_apart() -> None:
    found = _relations(
        "Quorvane, headquartered in the United States and listed in Australia, reported sales of $263 million."
    )
    assert {o for s, r, o in found if r == "HEADQUARTERED_IN"} == {"United States"}


def test_a_consultancy_described_by_its_seat() -> None:
    found = _relations("Beijing-based consultancy Tellwick, covering over 100 firms, said sales rose.")
    assert ("Tellwick", "HEADQUARTERED_IN", "Beijing") in found


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane CEO Mr Tomas Arlo said the results were strong.",
        "Sir Tomas Arlo, chairman of Quorvane, said the results were strong.",
        "Quorvane's chairman Mr. Tomas Arlo said the results were strong.",
    ],
)
def test_an_honorific_is_no_part_of_a_person_s_name(text: str) -> None:
    assert employment(text) == {("Tomas Arlo", "Quorvane"): False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Arlo spent years building ties with Quorvane's head of venture capital, Dana Whitfield, before "
            "the deal.",
            {("Dana Whitfield", "Quorvane"): False},
        ),
        ("Quorvane head of research Dana Whitfield said the stock was cheap.", {("Dana Whitfield", "Quorvane"): False}),
        ("Kestrel's head of state Dana Whitfield visited the plant.", {}),
    ],
)
def test_a_head_of_a_department_named_before_the_person(text: str, expected: dict[tuple[str, str], bool]) -> None:
    assert employment(text) == expected


def test_a_participial_founding_by_the_surname_of_a_person_named_before() -> None:
    found = _relations(
        "Quorvane chief executive Dana Whitfield said sales rose. Founded by Whitfield in 2003, Quorvane is "
        "headquartered in Zhuhai."
    )
    assert ("Dana Whitfield", "FOUNDED", "Quorvane") in found


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane CEO Dana Whitfield quit Twitter last year, she said.",
        "Quorvane CEO Dana Whitfield retired the old product line in March.",
        "Quorvane CEO Dana Whitfield has resigned from the board of Petrel Dynamics.",
    ],
)
def test_leaving_something_else_keeps_the_title(text: str) -> None:
    assert employment(text).get(("Dana Whitfield", "Quorvane")) is False


def test_a_departure_dated_in_the_past_is_a_former_job() -> None:
    text = "Quorvane chairman Tomas Arlo retired two decades ago, but his successor Dana Whitfield remains."
    assert employment(text)[("Tomas Arlo", "Quorvane")] is True
