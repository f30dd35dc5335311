"""A firm's part named by its noun ("the X Division", "Cloud Services Business") is no employer of its own and no
person: its head works for the firm. Sentences written for these tests (fictional companies and people)."""

from __future__ import annotations

from tests.loaders.articles.conftest import employment, read_all


def test_a_business_unit_named_after_a_title_is_no_employer() -> None:
    text = (
        "The team includes Lena Varga, Vice President of Cloud Services Business, and Hal Brisk, President of Velmont."
    )
    assert employment(text) == {("Hal Brisk", "Velmont"): False}


def test_the_head_of_a_division_works_for_no_division() -> None:
    assert employment("Lena Varga, the existing head of the QX Division, will move to planning.") == {}


def test_a_person_appointed_head_of_a_division_works_for_the_firm_that_appointed_them() -> None:
    text = "Velmont appointed Hal Brisk as head of the Tellix Division on Monday."
    assert employment(text) == {("Hal Brisk", "Velmont"): False}
    assert "Tellix Division" not in {e.name for e in read_all(text).entities if e.kind.value == "PERSON"}


def test_a_prefixed_time_word_opening_a_text_is_no_employer() -> None:
    text = (
        "Post-Covid, many engineers quit Quorra for better pay. Quorra said on Monday its CFO Lena Varga will stay. "
        "Deputy CFO Hal Brisk will lead the audit in March."
    )
    jobs = employment(text)
    assert jobs.get(("Hal Brisk", "Quorra")) is False
    assert not any(org == "Post-Covid" for _, org in jobs)


def test_a_firm_name_cut_short_before_a_business_line_is_no_employer() -> None:
    for unit in ("Velmont Cloud and Network Services", "Velmont Cloud and NetworkServices"):
        text = f'"We are proud of the deal," said Hal Brisk, President of {unit}, in a statement.'
        assert employment(text) == {}
    assert employment("Hal Brisk, chief executive of Velmont and Tellix, said sales rose.") == {
        ("Hal Brisk", "Velmont"): False
    }
