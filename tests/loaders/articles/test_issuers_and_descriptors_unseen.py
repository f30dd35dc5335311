"""Who sold the bonds and who the investor is, on phrasings written for these tests with fictional names: a bank
named for its role in another's sale, a guarantor, pairs read "respectively", an offering by a company named after
the amount; a compound of common words opening a sentence and the acronym of an investor's kind are no names."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _issues(text: str) -> set[tuple[str | None, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == "SECURITY_ISSUE"
    }


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "Brackwell Bank was the lead manager of the $500 million bond sale, which was priced on Tuesday.",
        "Orbeck Holdings guaranteed $500 million of bonds sold by its unit.",
        "Daskin Systems and Orbeck Holdings sold $500 million and $300 million of bonds, respectively.",
    ],
)
def test_a_bank_a_guarantor_or_a_pair_read_respectively_is_no_issuer(text: str) -> None:
    assert _issues(text) == set()


def test_an_offering_by_a_named_company_is_that_companys() -> None:
    text = "Orbeck Holdings' bond sale follows a $500 million offering by Daskin Systems last month."
    assert _issues(text) == {("Daskin Systems", 5e8)}


def test_a_compound_of_common_words_opening_the_sentence_describes_the_company() -> None:
    text = "Silicon-wafer maker Venmoor Robotics raised $30 million from Quarlith Capital."
    assert _investors(text) == {("Quarlith Capital", "Venmoor Robotics")}


def test_the_acronym_of_an_investors_kind_is_no_investor() -> None:
    text = "PE firm Quarlith Capital invested $5 million in Venmoor Robotics."
    assert _investors(text) == {("Quarlith Capital", "Venmoor Robotics")}


def test_the_seller_of_a_relative_clause_is_the_name_it_is_about() -> None:
    text = "Daskin Systems followed Orbeck Holdings, which sold $1 billion of bonds on Monday."
    assert _issues(text) == {("Orbeck Holdings", 1e9)}


def test_one_of_the_issuers_that_sold_a_weeks_sum_sold_none_of_it_alone() -> None:
    assert _issues("Orbeck Holdings is among issuers that sold $12 billion of bonds this week.") == set()
