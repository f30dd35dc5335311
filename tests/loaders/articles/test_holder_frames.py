"""Holders and investors in more of the ways news names them (fictional companies, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples

_RAISED = "Volantrix raised money this week. "


def _investors(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "INVESTED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _RAISED + "Leading the Volantrix's first round are Orvane Partners, Kesterly Games, Haldor Games and "
            "Brimwell AI.",
            {"Orvane Partners", "Kesterly Games", "Haldor Games", "Brimwell AI"},
        ),
        (_RAISED + "Orvane Capital leads the Series C round, valuing the AI leader at €5 billion.", {"Orvane Capital"}),
        (
            "Volantrix has raised $675 million in Series B funding with investments from Orvane, Kesterly Fund and "
            "Haldor Capital.",
            {"Orvane", "Kesterly Fund", "Haldor Capital"},
        ),
        (
            _RAISED + "It counts among its investors Orvane Capital, the investment arm of carmaker Kesterly.",
            {"Orvane Capital"},
        ),
        (
            "Volantrix raised $500 million from investors including Singapore state investor Orvane Holdings, "
            "Kesterly Holdings and Haldor Capital.",
            {"Orvane Holdings", "Kesterly Holdings", "Haldor Capital"},
        ),
        (
            "Volantrix's largest shareholder Orvane Capital, which holds a 13.6% stake in the company, will sell "
            "shares.",
            {"Orvane Capital"},
        ),
        ("The company Volantrix, with Seoul-listed Orvane as its biggest shareholder, sold shares.", {"Orvane"}),
        (
            "Volantrix's shareholders include South Korea's largest telecom company Orvane Telecom and the world's "
            "second-largest memory chipmaker Kesterly Hynix.",
            {"Orvane Telecom", "Kesterly Hynix"},
        ),
    ],
)
def test_investors_named_in_more_ways(text: str, expected: set[str]) -> None:
    assert _investors(text) == {(investor, "Volantrix") for investor in expected}


def test_founded_then_backed_names_backers_not_founders() -> None:
    triples = relation_triples("Volantrix makes drones. The company, founded in 2019, is backed by Orvane and Haldor.")
    assert {(s, kind) for s, kind, _ in triples} == {("Orvane", "INVESTED_IN"), ("Haldor", "INVESTED_IN")}


def test_a_short_capitalised_name_before_and_stays_a_name() -> None:
    text = "Volantrix raised money. Investors included chip company Orvane Capital, battery maker KSTL and Haldor."
    assert _investors(text) == {(name, "Volantrix") for name in ("Orvane Capital", "KSTL", "Haldor")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volantrix raised money. Sources said the funding values Volantrix at 240 million euros, creating "
            "competition against the US-based company Orvane, backed by Kesterly, in Europe.",
            {("Kesterly", "Orvane")},
        ),
        (
            "Volantrix, which is backed by China's Orvane Group and Japan's Kesterly, grew quickly after Haldor listed "
            "it as a payment option.",
            {("Orvane Group", "Volantrix"), ("Kesterly", "Volantrix")},
        ),
        (
            "Volantrix raised $9 million and attracted investors like Orvane Co-Founder Bill Gatt and Haldor CEO Dara "
            "Khosro.",
            {("Bill Gatt", "Volantrix"), ("Dara Khosro", "Volantrix")},
        ),
        (  # the thing the sentence opens with is backed, not the article's company
            "Volantrix bought a stake in a blank-check firm, Orvane Pioneer. The SPAC, also known as a shell company, "
            "is backed by Latin American retail giant Kesterly and venture firm Haldor.",
            set(),
        ),
        (
            "Volantrix makes drones. The company, founded in 2019, is backed by Latin American retail giant Kesterly.",
            {("Kesterly", "Volantrix")},
        ),
    ],
)
def test_who_a_backer_backs_and_where_a_list_of_backers_ends(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected
