"""Titles given in lists and appositives: a departure the sentence tells makes the post a past one, and the employer
is never a company the sentence names as bought or only inside a quotation. Sentences written for these tests
(fictional companies and people)."""

from __future__ import annotations

from tests.loaders.articles.conftest import employment


def test_a_titled_person_said_to_have_resigned_held_the_post_before() -> None:
    text = "In a filing, Quorra told investors on Monday that its CFO Lena Varga has resigned."
    assert employment(text) == {("Lena Varga", "Quorra"): True}


def test_everyone_in_a_subject_closed_by_a_departure_has_left() -> None:
    text = (
        "Lena Varga, chief technology officer at Quorra, the Boston-based drone maker, along with the company's "
        "chief research officer Hal Brisk, resigned on Tuesday."
    )
    assert employment(text) == {("Lena Varga", "Quorra"): True, ("Hal Brisk", "Quorra"): True}


def test_a_departure_told_in_a_reported_clause_is_not_the_speakers() -> None:
    jobs = employment("Lena Varga, chief executive of Quorra, told staff that CFO Hal Brisk had left.")
    assert jobs == {("Lena Varga", "Quorra"): False, ("Hal Brisk", "Quorra"): True}


def test_a_company_bought_is_not_the_employer_of_the_title_after_it() -> None:
    text = (
        "Hal Brisk helped with Velmont's acquisitions of Brantor and Tellix, working closely with CEO Lena Varga "
        "on the deals."
    )
    assert employment(text) == {("Lena Varga", "Velmont"): False}


def test_a_company_named_inside_a_quotation_is_not_the_speakers_employer() -> None:
    for quote in ("“We will use Tellix to reach new markets,”", '"We will use Tellix to reach new markets,"'):
        text = f"Velmont Group reported a higher quarterly profit on Monday. {quote} CEO Lena Varga said."
        assert employment(text) == {("Lena Varga", "Velmont Group"): False}


def test_everyone_in_a_listed_subject_that_exited_has_left() -> None:
    text = (
        "Velmont has seen many executive exits this year. Similarly, COO Hal Brisk and CFO Lena Varga also "
        "exited the company."
    )
    assert employment(text) == {("Hal Brisk", "Velmont"): True, ("Lena Varga", "Velmont"): True}


def test_a_team_of_former_staff_beside_a_founder_is_not_the_founders_past() -> None:
    text = "Quorra was set up in 1999 by Hal Brisk and a team of former Tellix engineers who built a search tool."
    assert ("Hal Brisk", "Tellix") not in employment(text)
    assert employment("Hal Brisk, a former Tellix engineer, set up Quorra in 1999.")[("Hal Brisk", "Tellix")] is True


def test_he_is_the_person_the_last_sentence_opened_with_not_the_last_founder_read() -> None:
    text = (
        "Quorra was founded by Lena Varga and Tom Orr, along with Hal Brisk and former Tellix CTO Mark Ross.\n\n"
        "Mark Ross joined Quorra as head of design in March. He brings long experience working for companies like "
        "Velmont, Brantor Systems and Orvane."
    )
    jobs = employment(text)
    assert not any(person == "Hal Brisk" for person, _ in jobs)
    assert jobs[("Mark Ross", "Velmont")] is True


def test_an_appointment_the_sentence_then_undoes_is_a_former_post() -> None:
    for text in (
        "Quorra named Hal Brisk as CEO in May, only to see him quit the post in June.",
        "Quorra appointed Hal Brisk as its CEO in 2019, but he later resigned over a pay dispute.",
    ):
        assert employment(text) == {("Hal Brisk", "Quorra"): True}
