"""A person described as a former employee ("A, a former X researcher,", "B, another ex-X employee", "A is a
former X executive"): read by the same frame as "former X researcher A", so answered as surely; what stays unread:
a company described as a former unit, a description that names no staff noun."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import employment

ANSWERED = 0.85


def _answered_jobs(text: str) -> dict[tuple[str, str], bool]:
    draft = ArticleExtractor().extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): bool(r.properties.get("former"))
        for r in draft.relations
        if r.type.value == "WORKS_AT" and r.span.confidence >= ANSWERED
    }


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Tellix was set up by Hal Brisk, a former Velmont executive, and Lena Varga.", "Hal Brisk", "Velmont"),
        ("Quorra Labs was started in 2019 by Lena Varga, a former Orvane researcher.", "Lena Varga", "Orvane"),
        ("Hal Brisk, a former Dorrance product manager, joined Tellix in May.", "Hal Brisk", "Dorrance"),
        (
            "Tellix counts Hal Brisk and Ivo Marten, another ex-Velmont engineer, among its staff.",
            "Ivo Marten",
            "Velmont",
        ),
    ],
)
def test_a_former_employee_in_apposition_is_answered(text: str, person: str, org: str) -> None:
    assert _answered_jobs(text).get((person, org)) is True


@pytest.mark.parametrize(
    "text",
    [
        "Hal Brisk is a Brantorian former Velmont executive who often spoke for the company.",
        "Before Tellix, Hal Brisk was a former Velmont engineer.",
    ],
)
def test_a_former_employee_said_with_is_or_was_is_answered(text: str) -> None:
    assert _answered_jobs(text).get(("Hal Brisk", "Velmont")) is True


def test_the_appositive_describes_only_the_person_right_before_it() -> None:
    jobs = employment("Tellix counts Hal Brisk and Ivo Marten, another ex-Velmont engineer, among its staff.")
    assert ("Hal Brisk", "Velmont") not in jobs


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Labs, a former Velmont subsidiary, raised $5 million on Monday.",
        "The fund is run by Hal Brisk, a former Velmont rival.",
    ],
)
def test_no_former_job_without_a_person_and_a_staff_noun(text: str) -> None:
    assert not any(former for former in _answered_jobs(text).values())
