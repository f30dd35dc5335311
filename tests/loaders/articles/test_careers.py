"""Former jobs read from departures, successions and past roles, on sentences written for these tests (fictional
companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _former(text: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object])
        for r in draft.relations
        if r.type.value == "WORKS_AT" and r.properties.get("former")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeffrey Lo has resigned as Quorra's co-COO, according to local reports.", {("Jeffrey Lo", "Quorra")}),
        ("Sam Kettle, 66, stepped down as Nemia Telecom chairman in December.", {("Sam Kettle", "Nemia Telecom")}),
        (
            "Maria Ostrova stepped down as chief executive of Tilde Motors last year.",
            {("Maria Ostrova", "Tilde Motors")},
        ),
        ("Paul Brandt resigned from Velora Systems in March.", {("Paul Brandt", "Velora Systems")}),
        (
            "Birch Mobile has appointed Justin Holt as its new CEO, succeeding Peter Lund.",
            {("Peter Lund", "Birch Mobile")},
        ),
        (
            "Birch Mobile has named Justin Holt as its chief executive to replace Peter Lund, who is stepping down.",
            {("Peter Lund", "Birch Mobile")},
        ),
        ("Ana Ruiz succeeded Tom Hale as CTO of Velora Systems.", {("Tom Hale", "Velora Systems")}),
        (
            "Andrew Karp, who worked at Nemia Labs and has credibility across camps, rated the model highly.",
            {("Andrew Karp", "Nemia Labs")},
        ),
        (
            "Shuo Lin, who was a robotics and machine learning engineer at Tilde Motors, started a company.",
            {("Shuo Lin", "Tilde Motors")},
        ),
        (
            "Velora hired Michael Evers, a former top Quorra Capital executive, in May.",
            {("Michael Evers", "Quorra Capital")},
        ),
        (
            "Velora was co-founded by Dan Gray, formerly a leader in Nemia's search efforts, and Ann Lee.",
            {("Dan Gray", "Nemia")},
        ),
        ("Carl Lode was previously CEO of Velora Systems, a Swedish chip designer.", {("Carl Lode", "Velora Systems")}),
    ],
)
def test_former_jobs(text: str, expected: set[tuple[str, str]]) -> None:
    assert _former(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lund will step down as Birch Mobile chairman next year.",  # announced for later
        "Peter Lund plans to resign from Birch Mobile.",  # a plan
        "Peter Lund denied he had resigned as Birch Mobile's chairman.",  # denied
        "Birch Mobile stepped down from the index committee.",  # a company, not a person
        "Justin Holt, who is an engineer at Velora Systems, spoke.",  # a present job
        "Peter Lund succeeded in convincing Birch Mobile to invest.",  # "succeeded in", not a succession
    ],
)
def test_no_former_job(text: str) -> None:
    assert _former(text) == set()
