"""A post named after a departure verb is one left, not held ("The former CEO of X, A, resigned as head of Y"),
and an acronym title set before the name and its firm ("The former CEO of X, A,") reads like a spelt-out one."""

from __future__ import annotations

from tests.loaders.articles.conftest import employment


def test_a_post_resigned_after_the_name_is_no_current_job() -> None:
    jobs = employment("The former CEO of Velmont, Hal Brisk, resigned as head of Quorra Labs yesterday.")
    assert jobs.get(("Hal Brisk", "Quorra Labs")) is not False


def test_an_acronym_title_before_the_name_reads_a_former_job() -> None:
    jobs = employment("The former CEO of Velmont, Hal Brisk, resigned as head of Quorra Labs yesterday.")
    assert jobs.get(("Hal Brisk", "Velmont")) is True


def test_a_departure_verb_after_the_comma_opens_no_appositive() -> None:
    jobs = employment("Orvane said that Lena Varga, stepped down as chief executive of Tellix on Monday.")
    assert jobs.get(("Lena Varga", "Tellix")) is not False
