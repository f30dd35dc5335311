"""A title with its field ("Senior Director of Packaging") or a department's initials ("PR", "HR", "IR") is no
employer: nobody works at a job title or a team's initials. Sentences written for these tests (fictional companies and
people)."""

from __future__ import annotations

from tests.loaders.articles.conftest import employment


def test_a_title_and_its_field_are_no_employer() -> None:
    text = "Tellix hired Hal Brisk, who had been Senior Director of Packaging for the phone range, in March."
    assert not any(org == "Director of Packaging" for _, org in employment(text))


def test_a_department_s_initials_before_a_title_are_no_employer() -> None:
    for text in (
        "Orvane lost several people to Tellix this year, among them longtime PR manager Lena Varga.",
        "Staff at Quorra include HR manager Hal Brisk and the IR head Lena Varga.",
    ):
        assert not any(org in ("PR", "HR", "IR") for _, org in employment(text))
