"""Words that look like names only because they are capitalised: a kind of company opening a sentence
("Startups raised ..."), a unit of money written "Mn" or "Bn", a business model ("B2B") before the noun that
describes the company named next. Sentences written for these tests, fictional names."""

from __future__ import annotations

import pytest

from loaders.articles.mentions import find_mentions
from tests.loaders.articles.conftest import read_all, relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "Startups raised $310 Mn across 21 deals this month, a 12% increase from last month.",
        "Young firms have raised a total of over $310 Mn across 21 deals this month, a 12% increase from last month",
        "Chipmakers slid 3% on Tuesday while Velmont held steady.",
        "Lenders gained 1.4% after the rate decision.",
    ],
)
def test_kinds_of_company_and_money_units_are_no_entities(text: str) -> None:
    names = {e.name for e in read_all(text).entities}
    assert not names & {"Startups", "Mn", "Chipmakers", "Lenders"}
    assert not read_all(text).events or all(e.kind.value != "PRICE_MOVE" for e in read_all(text).events)


def test_a_business_model_before_the_describing_noun_leaves_the_seat_to_the_name() -> None:
    triples = relation_triples("Rounds went to Pune-based B2B marketplace Quorra and Delhi-based D2C brand Tellix.")
    assert ("Quorra", "HEADQUARTERED_IN", "Pune") in triples
    assert not any(s in ("B2B", "D2C") for s, _, _ in triples)


def test_a_wire_code_after_each_listed_name_is_not_part_of_it() -> None:
    text = "Shares of Velmont Holding Ltd VHL, QX.Com QX and Tellix Dorrance TLDRF fell."
    assert [m.text for m in find_mentions(text)] == ["Velmont Holding Ltd", "QX.Com", "Tellix Dorrance"]


@pytest.mark.parametrize(
    ("full", "short"),
    [("Quorra Computing", "Quorra"), ("Velmont Automobile", "Velmont"), ("Tellix Precision Industry", "Tellix")],
)
def test_a_short_form_dropping_a_business_word_is_the_same_company(full: str, short: str) -> None:
    text = f"Harlow Group bought {full} for $2 billion. {short} makes parts for data centres, Harlow Group said."
    companies = {e.name: e.aliases for e in read_all(text).entities}
    assert short in companies.get(full, ())


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("Retinal therapy provider Velmont Bio gained the most, rising 14%.", "Velmont Bio"),
        ("Tier III supplier Orvane Parts rose 3% on Friday.", "Orvane Parts"),
        ("6G equipment maker Brantor Labs rose 2% on Friday.", "Brantor Labs"),
    ],
)
def test_opening_descriptions_before_the_noun_leave_the_move_to_the_name(text: str, mover: str) -> None:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    assert {names[e.subject] for e in draft.events if e.kind.value == "PRICE_MOVE"} == {mover}


@pytest.mark.parametrize(
    "text",
    [
        "Yields on Brantor's notes rose after the company sold $600 million of bonds.",
        "Deliveries rose 9% in June while Orvane shares slipped 1%.",
    ],
)
def test_a_measure_opening_a_sentence_is_no_party(text: str) -> None:
    assert not {e.name for e in read_all(text).entities} & {"Yields", "Deliveries"}


def test_a_firm_named_with_two_lines_of_business_is_one_name() -> None:
    names = [m.text for m in find_mentions("Velmont Management and Research Co. led the round in Quorra.")]
    assert names[0].startswith("Velmont Management and Research")
    assert [m.text for m in find_mentions("Orvane Ventures and Matrix Partners invested.")] == [
        "Orvane Ventures",
        "Matrix Partners",
    ]
