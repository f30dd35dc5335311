"""Words around a title that name no firm: praise for the title holder ("Top Analyst A") and a managing director
written as "MD" ("A, MD and CEO, X"). Sentences written for these tests (fictional companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all


@pytest.mark.parametrize("praise", ["Top", "Veteran", "Star", "Longtime", "Renowned"])
def test_praise_before_a_title_is_no_employer(praise: str) -> None:
    text = f"Harlow Securities is upbeat on chips. {praise} Analyst Hal Brisk started coverage of Tellix on Monday."
    assert all(employer != praise for _, employer in employment(text))
    assert praise not in {e.name for e in read_all(text).entities}


def test_a_firm_whose_name_opens_with_a_praise_word_keeps_its_staff() -> None:
    assert employment("Top Orvane CEO Lena Varga said sales rose.") == {("Lena Varga", "Top Orvane"): False}


def test_md_after_a_speaker_is_a_title_not_a_firm() -> None:
    text = "“We are pleased with the deal,” said Lena Varga, MD and CEO, Quorra."
    assert "MD" not in {e.name for e in read_all(text).entities}
    assert all(employer != "MD" for _, employer in employment(text))
