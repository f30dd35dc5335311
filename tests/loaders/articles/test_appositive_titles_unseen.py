"""Appositive titles in more of the shapes news gives them: an age before the title, an acronym in the firm's
description, a hire described by trade, and a job held "since" a date. Sentences written for these tests
(fictional companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        ("Renee Vu, 28, an analyst at Corvane Securities, remains sceptical.", {("Renee Vu", "Corvane Securities")}),
        ("Pia Lorne, vice president for Search and Maps at Orvane, told reporters.", {("Pia Lorne", "Orvane")}),
        (
            '"Demand is back," said Matt Kerrow, senior strategist at IPO research firm Delmont Capital.',
            {("Matt Kerrow", "Delmont Capital")},
        ),
        (
            "Halbrook appointed veteran programmer Ivo Tamm as the new head of the company's AI unit.",
            {("Ivo Tamm", "Halbrook")},
        ),
        (
            "Lee Yoon-woo joined the group in 1968 and has worked for Velt Motors since 1977.",
            {("Lee Yoon-woo", "Velt Motors")},
        ),
        (
            "Ivo Tamm, who has been with Halbrook Energy since 2019, said demand was weak.",
            {("Ivo Tamm", "Halbrook Energy")},
        ),
    ],
)
def test_the_title_names_a_current_job(text: str, jobs: set[tuple[str, str]]) -> None:
    found = employment(text)
    assert {pair for pair, former in found.items() if not former} == jobs
    # no current job without a date it runs from, nor for a head the sentence does not place at the hirer
    for refused in (
        "Ivo Tamm has worked at Halbrook Energy and Velt Motors.",
        "Halbrook named Ivo Tamm as head of Velt.",
    ):
        assert not any(not former for former in employment(refused).values())


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Tamm, named Halbrook Energy's chief executive last week, visited Oslo.",
        "Ivo Tamm, who was named Halbrook Energy's chief executive last week, visited Oslo.",
    ],
)
def test_a_person_named_to_a_post_in_an_appositive_holds_it(text: str) -> None:
    assert employment(text) == {("Ivo Tamm", "Halbrook Energy"): False}
    assert employment("Velt Motors, named Halbrook Energy's top supplier last year, rose.") == {}
