"""A wire's letter code after a company's name (fictional names, sentences written here): "Brantor Oy (BRNT.HE)"
lists Brantor on the exchange its suffix names, under a rule of its own; a legal form in brackets is no code."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _listings(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "LISTED_ON"}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Velmont Labs moved quickly to overtake Brantor Oy (BRNT.HE) last year.", ("Brantor Oy", "Nasdaq Helsinki")),
        ("Shares of Quorra Systems (QRSY.O) rose after the results.", ("Quorra Systems", "Nasdaq")),
        ("Dorrance Energy (DRNE.L) said profit fell.", ("Dorrance Energy", "London Stock Exchange")),
        ("Tellix Mining (TLXM.TO) opened a mine.", ("Tellix Mining", "Toronto Stock Exchange")),
    ],
)
def test_a_letter_code_lists_the_company_on_its_suffix_exchange(text: str, listed: tuple[str, str]) -> None:
    assert listed in _listings(text)


def test_a_letter_code_has_a_rule_of_its_own() -> None:
    draft = read_all("Orvane Motors (ORVM.N) cut its outlook.")
    assert {r.span.rule.removesuffix(".inferred") for r in draft.relations if r.type.value == "LISTED_ON"} == {
        "listings.ric_tickers.LISTED_ON"
    }


def test_a_legal_form_in_brackets_is_no_code() -> None:
    assert _listings("Harlow Textiles (S.A.) opened a plant.") == set()
