"""Former jobs in phrasings the other tests do not cover (fictional names, sentences written here): people named
after their company's possessive or title who "left the company", a description's relative clause listing past
employers, years spent somewhere, a company's description before its name; and what stays unread: a plan or a
denial of leaving, a board left, work "with" a partner, work "since" a year."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quillmere's co-founders Bert Amsel and Rolf Kine left the company early this year.",
            {("Bert Amsel", "Quillmere"): True, ("Rolf Kine", "Quillmere"): True},
        ),
        (
            "Brisvale's cofounders Ada Lenz and Mara Quist exited the company recently.",
            {("Ada Lenz", "Brisvale"): True, ("Mara Quist", "Brisvale"): True},
        ),
        ("Ferrowick co-founder Mara Quist quit the company in May.", {("Mara Quist", "Ferrowick"): True}),
        (
            "Ferrowick's Ada Lenz and Mara Quist have both left the firm.",
            {("Ada Lenz", "Ferrowick"): True, ("Mara Quist", "Ferrowick"): True},
        ),
    ],
)
def test_people_of_a_named_company_who_left_the_company(text: str, expected: dict[tuple[str, str], bool]) -> None:
    assert {k: v for k, v in employment(text).items() if k in expected} == expected


def test_the_company_left_is_the_one_named_before_the_people_not_the_texts() -> None:
    text = "Quillmere Software builds apps for banks. Torvik Labs' co-founder Bert Amsel left the company in March."
    jobs = employment(text)
    assert jobs.get(("Bert Amsel", "Torvik Labs")) is True
    assert ("Bert Amsel", "Quillmere Software") not in jobs


@pytest.mark.parametrize(
    "text",
    [
        "Korvane Motors' chief executive Ilan Fosse said he has no plans to leave the company.",
        "Korvane Motors' chief executive Ilan Fosse denied that he had left the company.",
        "Korvane Motors' Ilan Fosse left the company's board in May.",
    ],
)
def test_no_former_job_from_a_plan_a_denial_or_a_board_left(text: str) -> None:
    assert not any(employment(text).values())


def test_a_description_whose_relative_clause_lists_past_employers() -> None:
    text = (
        "Jim Kellard, a well-known chip architect who has worked at Halvex, Torlane Devices and most recently Quorvo, "
    )
    text += "joined the board."
    assert employment(text) == {
        ("Jim Kellard", "Halvex"): True,
        ("Jim Kellard", "Torlane Devices"): True,
        ("Jim Kellard", "Quorvo"): True,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ilan Fosse, an investor who has worked with Korvane Motors and Quellbrook Labs, joined the board.",
        "Ilan Fosse, a designer who has worked at Korvane Motors for a decade, leads the studio.",
        "Ilan Fosse, a designer who has worked at Korvane Motors since 2010 and Quellbrook Labs, leads the studio.",
    ],
)
def test_no_past_job_from_work_with_a_partner_or_one_job_held_still(text: str) -> None:
    assert not any(employment(text).values())


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Dana Pikett previously worked at chip designer Torlane Devices for six years.", "Torlane Devices"),
        (
            "Before joining Pellmoor Robotics, Ute Lammers spent a decade at Halvex Semiconductor.",
            "Halvex Semiconductor",
        ),
        ("Ute Lammers joined Pellmoor Robotics after eight years at Halvex Semiconductor.", "Halvex Semiconductor"),
        ("After two decades at Halvex Semiconductor, Ute Lammers joined Pellmoor Robotics.", "Halvex Semiconductor"),
        ("Ilan Fosse, who spent a decade at Korvane Motors, is the studio's new head.", "Korvane Motors"),
    ],
)
def test_years_spent_and_described_employers_are_past_jobs(text: str, org: str) -> None:
    person = next(p for p, o in employment(text) if o == org)
    assert employment(text)[(person, org)] is True


def test_years_at_a_loss_are_no_job() -> None:
    assert employment("Pellmoor Robotics returned to profit after three years at a loss.") == {}


def test_a_departure_announced_in_the_present_is_no_former_job_yet() -> None:
    text = "Mira Lenzing, who is stepping down as Quorvane chief executive, will be replaced by Bob Tallow."
    assert not any(employment(text).values())
    assert employment("Mira Lenzing stepped down as chief executive of Quorvane in 2021.") == {
        ("Mira Lenzing", "Quorvane"): True
    }
