"""Titles written before the person they name: "A X spokeswoman, B,", "X's board chairman, B,", "The chief executive
of X, B,", "X's CEO and co-founder B", and "B, who has led X since 2012". Sentences written for these tests
(fictional companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment
from tests.loaders.articles.conftest import relation_triples as _relations


@pytest.mark.parametrize(
    "text",
    [
        "A Halbrook Energy spokeswoman, Mara Quist, declined to comment.",
        "Halbrook Energy's board chairman, Mara Quist, said the deal was fair.",
        "The chief executive of Halbrook Energy, Mara Quist, said margins improved.",
        "Mara Quist, who has led Halbrook Energy since 2012, will retire next year.",
    ],
)
def test_a_title_before_the_name_gives_the_job(text: str) -> None:
    assert employment(text) == {("Mara Quist", "Halbrook Energy"): False}
    # no job without a date it runs from, nor for a firm where a person's name should stand
    assert employment("Mara Quist, who has led Halbrook Energy and Velt Motors, praised Plexon.") == {}
    assert employment("The chief executive of Halbrook Energy, Velt Motors, said margins improved.") == {}


def test_a_chief_and_cofounder_before_the_name_founded_the_firm_too() -> None:
    text = "Halbrook Energy's CEO and co-founder Mara Quist said margins improved."
    assert employment(text) == {("Mara Quist", "Halbrook Energy"): False}
    assert ("Mara Quist", "FOUNDED", "Halbrook Energy") in _relations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former chief executive of Halbrook Energy, Mara Quist, joined Velt.", True),
        ("The chief executive of Halbrook Energy, Mara Quist, resigned on Friday.", True),
    ],
)
def test_a_title_before_the_name_left_behind_is_a_former_job(text: str, expected: bool) -> None:
    assert employment(text)[("Mara Quist", "Halbrook Energy")] is expected


@pytest.mark.parametrize(
    ("text", "jobs", "founded"),
    [
        (
            "Dara Vosk is chief executive of Brennic Labs and chairman of Velt Group.",
            {("Dara Vosk", "Brennic Labs"): False, ("Dara Vosk", "Velt Group"): False},
            False,
        ),
        (
            "Dara Vosk is an associate professor at Marlow University and a co-founder of Brennic Labs.",
            {("Dara Vosk", "Marlow University"): False},
            True,
        ),
        (
            "Dara Vosk was chief executive of Brennic Labs and chairman of Velt Group.",
            {("Dara Vosk", "Brennic Labs"): True, ("Dara Vosk", "Velt Group"): True},
            False,
        ),
    ],
)
def test_a_second_post_joined_by_and_after_the_first(
    text: str, jobs: dict[tuple[str, str], bool], founded: bool
) -> None:
    assert employment(text) == jobs
    assert (("Dara Vosk", "FOUNDED", "Brennic Labs") in _relations(text)) is founded
    text = "Dara Vosk is chief executive of Brennic Labs and an investor in Velt Group."  # an investor holds no post
    assert employment(text) == {("Dara Vosk", "Brennic Labs"): False}


def test_a_former_title_at_the_company_is_a_former_job() -> None:
    text = "Halbrook Energy shares fell 4% on Monday. Ivo Tamm, a former chief executive of the company, spoke."
    assert employment(text) == {("Ivo Tamm", "Halbrook Energy"): True}


def test_the_chief_of_a_firms_customer_is_not_the_firms_chief() -> None:
    text = "Halbrook Energy shares fell 4% on Monday. Ivo Tamm, chief executive of Halbrook's largest customer, spoke."
    assert employment(text) == {}


def test_a_founder_and_chief_named_after_the_news_founded_the_firm_too() -> None:
    text = "Quillon AI has raised $600 million at a $3 billion valuation, co-founder and CEO Dara Vosk told us."
    assert employment(text) == {("Dara Vosk", "Quillon AI"): False}
    assert ("Dara Vosk", "FOUNDED", "Quillon AI") in _relations(text)
    text = "Quillon AI has raised $600 million, chief executive Dara Vosk told us."  # no founder named
    assert ("Dara Vosk", "FOUNDED", "Quillon AI") not in _relations(text)


@pytest.mark.parametrize(
    ("text", "job"),
    [
        # the title's field in brackets, a department with a region's hyphenated name
        ("“Demand held up,” Mira Dal, senior VP (research) at Orlo Equities Ltd, said.", ("Mira Dal", "Orlo Equities")),
        (
            "“Books were covered,” said Ivo Renn, co-head of Asia-Pacific equity syndicate at Brantor Stanley.",
            ("Ivo Renn", "Brantor Stanley"),
        ),
        # an analyst and the firm after "of", named with an organisation word
        (
            "The target was cut by Ivo Renn of Orlo Securities last Friday, to $88 from $97.",
            ("Ivo Renn", "Orlo Securities"),
        ),
        ("Analyst Ivo Renn of Orlo Bank cut his target on Velmar to $40.", ("Ivo Renn", "Orlo Bank")),
    ],
)
def test_a_title_with_its_field_or_an_analyst_of_a_firm_gives_the_job(text: str, job: tuple[str, str]) -> None:
    assert employment(text).get(job) is False


def test_a_person_of_a_place_named_after_by_has_no_job_there() -> None:
    assert employment("The song was written by Ivo Renn of Orlo in 1990.") == {}


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Orlo CEO and co-founder Mira Dal said on Monday she had resigned to join the cabinet.", True),
        ("Orlo CEO Mira Dal said she had stepped down.", True),
        ("Orlo CEO Mira Dal said on Monday the company would grow.", False),
    ],
)
def test_a_title_holder_who_says_she_has_resigned_holds_a_former_post(text: str, former: bool) -> None:
    assert employment(text)[("Mira Dal", "Orlo")] is former
