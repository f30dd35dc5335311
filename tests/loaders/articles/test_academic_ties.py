"""Academic ties of people, on sentences written for these tests (fictional schools and people): several schools
listed, a school's whole name, people "from" an institute, a degree named after a company, a student "while" at
a school."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _affiliated(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "AFFILIATED_WITH"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shuo Tan, a graduate of the Velora University of Science and Technology and Tilde Mellon University, "
            "is part of a wave of engineers.",
            {("Shuo Tan", "Velora University of Science and Technology"), ("Shuo Tan", "Tilde Mellon University")},
        ),
        (
            "Quorra, co-founded by brothers Chen Yu and Chen Bo from the Institute of Computing Technology of the "
            "Velora Academy of Sciences, raised money.",
            {
                ("Chen Yu", "Institute of Computing Technology of the Velora Academy of Sciences"),
                ("Chen Bo", "Institute of Computing Technology of the Velora Academy of Sciences"),
            },
        ),
        (
            "Ann Lee worked as an engineer in Birch's office in 2004 after graduating with a master's degree in "
            "physics from the University of Velora.",
            {("Ann Lee", "University of Velora")},
        ),
        (
            "Wang Bo founded his first company while still a student at China's prestigious Velora University.",
            {("Wang Bo", "Velora University")},
        ),
    ],
)
def test_academic_ties(text: str, expected: set[tuple[str, str]]) -> None:
    assert _affiliated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frank Wu was born in Hangzhou in 1980. He went to Velora Normal University in Shanghai to study.",
            {("Frank Wu", "Velora Normal University")},
        ),
        (
            "Liang Hu was born in 1985. Because of his early success, he was accepted to Velora University.",
            {("Liang Hu", "Velora University")},
        ),
        ("Ann Lee and Tom Wu founded Quorra. He attended Velora University.", set()),  # which of the two: unsaid
        ("Frank Wu was born in 1980. He went to Shanghai to work.", set()),  # no school
        (
            "Founded in 2019, Velora was spun out of China's prestigious Quorra University and is led by Tang Jun, a "
            "professor in the university's Department of Computer Science.",
            {("Tang Jun", "Quorra University")},
        ),
        ("Velora is led by Tang Jun, a professor in the university's department.", set()),  # which university: unsaid
    ],
)
def test_the_student_he_stands_for(text: str, expected: set[tuple[str, str]]) -> None:
    assert _affiliated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a field of study is no person
        "Holt holds an MBA and a B.S. in Electrical Engineering from the University of Tilde.",
        "Quorra hired engineers from Velora University.",  # nobody named
        "Ann Lee and Birch Capital from Velora University met.",  # a company is no graduate
    ],
)
def test_no_academic_tie(text: str) -> None:
    assert _affiliated(text) == set()
