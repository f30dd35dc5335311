"""Investor lists whose sentence names no company ("Its investors include A", "Cornerstone investors included A")
belong to the company an earlier sentence was about, not to the text's main company (fictional names, sentences
written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def test_its_investors_after_a_city_and_state_based_opening_are_that_companys() -> None:
    text = (
        "Velmont bought Quorra for an undisclosed sum. Velmont makes kitchen robots, and Velmont plans more deals. "
        "Austin, Texas-based Quorra was set up in 2016. Its investors include Brantor Ventures and Tellix Capital."
    )
    found = _investors(text)
    assert ("Brantor Ventures", "Quorra") in found
    assert ("Brantor Ventures", "Velmont") not in found


def test_cornerstone_investors_after_another_listings_raise_are_that_companys() -> None:
    text = (
        "Velmont and Quorra Labs began trading in Hong Kong on Friday. Velmont climbed 18% above its offer price. "
        "Quorra Labs raised HK$3.2 billion at HK$27 a share. It will spend most of the proceeds on hiring. "
        "Cornerstone investors included Tellix Fund and Orvane Capital. Velmont raised HK$1.1 billion."
    )
    found = _investors(text)
    assert ("Tellix Fund", "Quorra Labs") in found
    assert ("Tellix Fund", "Velmont") not in found


def test_a_sentence_about_someone_else_ends_the_carried_raiser() -> None:
    text = (
        "Velmont raised $12 million in a Series A round last year. Quorra Labs opened an office in Lisbon. "
        "Investors included Tellix Fund and Orvane Capital."
    )
    assert ("Tellix Fund", "Quorra Labs") not in _investors(text)


def test_money_that_funded_a_research_project_is_no_stake_in_the_company() -> None:
    text = (
        "Velmont bought Quorra last year. Quorra grew out of a research project funded by a $40 million investment "
        "from Tellix Capital."
    )
    assert ("Tellix Capital", "Quorra") not in _investors(text)
