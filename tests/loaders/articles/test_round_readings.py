"""Rounds as press releases and wires write them, and money that is no round (fictional names, sentences written
here): each once went unread or was read as someone's round."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def _events(text: str, kind: str) -> set[tuple[str, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == kind and not e.properties.get("modality")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvane Labs, a maker of lab robots, today announced a $40 million Series B financing. The round was led "
            "by Talmeric Capital, with participation from Brisken Ventures and Oldfarrow Partners.",
            {
                ("Talmeric Capital", "Quorvane Labs"),
                ("Brisken Ventures", "Quorvane Labs"),
                ("Oldfarrow Partners", "Quorvane Labs"),
            },
        ),
        (
            "Quorvane Labs announced a $40 million Series B financing led by Talmeric Capital.",
            {("Talmeric Capital", "Quorvane Labs")},
        ),
        (
            "Quorvane Labs completed a new round of financing. This round was jointly led by Talmeric Capital and "
            "Brisken Capital, followed by Oldfarrow Fund.",
            {
                ("Talmeric Capital", "Quorvane Labs"),
                ("Brisken Capital", "Quorvane Labs"),
                ("Oldfarrow Fund", "Quorvane Labs"),
            },
        ),
        (
            "The Series A round, which closed in March, was led by Talmeric Capital with participation from Brisken "
            "Ventures, Quorvane Labs said.",
            {("Talmeric Capital", "Quorvane Labs"), ("Brisken Ventures", "Quorvane Labs")},
        ),
    ],
)
def test_a_press_release_round_names_its_company_and_investors(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvane Biotech raised $20 million in a round led by Talmeric Capital, the venture unit of Pelorin Group, "
            "and Brisken Ventures.",
            {("Talmeric Capital", "Halvane Biotech"), ("Brisken Ventures", "Halvane Biotech")},
        ),
        (
            "Unlike Talmeric Robotics, which raised $100 million from Brisken Ventures, Quorvane has never taken "
            "outside money.",
            {("Brisken Ventures", "Talmeric Robotics")},
        ),
    ],
)
def test_a_list_skips_an_appositive_and_ends_where_the_main_clause_resumes(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talmeric Capital raised $2 billion for its second growth fund.",
        "Halvane Robotics said it had raised $120 million since its founding in 2018.",
        "Quorvane Labs, Halvane Robotics and Pendro Systems together raised $300 million last quarter.",
    ],
)
def test_a_funds_money_a_running_total_or_a_sum_of_several_is_no_round(text: str) -> None:
    assert _events(text, "FUNDING_ROUND") == set()


def test_money_lent_is_no_investment() -> None:
    assert _investors("Quorvane Labs raised $40 million in debt financing from Halvane Bank.") == set()


def test_a_value_after_a_comma_is_not_the_one_the_valuation_names() -> None:
    text = (
        "Quorvane Labs raised $40 million at a $400 million valuation, less than half the $1 billion its rival "
        "Halvane Robotics fetched last year."
    )
    assert _events(text, "VALUATION") == {("Quorvane Labs", 400_000_000)}


def test_money_got_from_a_firm_is_invested_but_money_for_orders_is_not() -> None:
    assert _investors("Halvane Robotics got $50 million from Brisken Ventures.") == {
        ("Brisken Ventures", "Halvane Robotics")
    }
    assert _investors("Halvane Robotics got $50 million in orders from Brisken Ventures.") == set()


def test_a_round_told_in_a_where_clause_is_the_company_named_there() -> None:
    text = (
        "Quorvane will expand into Europe, where rival Halvane Robotics recently raised $50 million from Brisken "
        "Ventures."
    )
    assert _investors(text) == {("Brisken Ventures", "Halvane Robotics")}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane Labs raised $30 million despite opposition from Talmeric Capital.",
        "Quorvane Labs raised $30 million with help from Brisken Securities, which advised on the deal.",
        "Quorvane Labs raised $30 million on Monday as competition from Halvane Robotics intensified.",
        "Quorvane Labs raised $30 million in a round that drew interest from Talmeric Capital and Brisken Ventures.",
    ],
)
def test_only_money_stands_between_raised_and_the_firms_it_came_from(text: str) -> None:
    assert _investors(text) == set()


def test_a_speaker_after_a_bare_comma_is_no_investor() -> None:
    text = "Quorvane Labs raised $30 million from Talmeric Capital, Brisken Ventures told reporters."
    assert _investors(text) == {("Talmeric Capital", "Quorvane Labs")}


def test_a_series_led_in_a_company_is_that_companys_round_without_the_word_round() -> None:
    text = "Orvane Partners has led an $18 million Series B in Velmont Health, the clinic software maker."
    assert _events(text, "FUNDING_ROUND") == {("Velmont Health", 18e6)}
