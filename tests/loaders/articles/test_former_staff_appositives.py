"""A person described as a former employee ("A, a former X researcher,", "B, another ex-X employee", "A is a
former X executive"): read by the same frame as "former X researcher A" (so calibrated with it, not left to the
broader readers); what stays unread: a company described as a former unit, a description that names no staff noun."""

from __future__ import annotations

import pytest

from loaders.articles.confidence import rule_confidence
from tests.loaders.articles.conftest import employment, read_all

FRAME = "roles.former_employer.WORKS_AT"


def _framed_jobs(text: str) -> dict[tuple[str, str], bool]:
    """(person, employer) -> former, for the jobs read at least as surely as the former-employee frame reads them
    (the frame, or a surer reader of the same job: the statement keeps the surer)."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): bool(r.properties.get("former"))
        for r in draft.relations
        if r.type.value == "WORKS_AT" and r.span.confidence >= rule_confidence(FRAME)
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
def test_a_former_employee_in_apposition_is_read_by_the_frame(text: str, person: str, org: str) -> None:
    assert _framed_jobs(text).get((person, org)) is True


@pytest.mark.parametrize(
    "text",
    [
        "Hal Brisk is a Brantorian former Velmont executive who often spoke for the company.",
        "Before Tellix, Hal Brisk was a former Velmont engineer.",
    ],
)
def test_a_former_employee_said_with_is_or_was_is_read_by_the_frame(text: str) -> None:
    assert _framed_jobs(text).get(("Hal Brisk", "Velmont")) is True


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
    assert not any(former for former in _framed_jobs(text).values())
