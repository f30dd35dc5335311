"""Which company a sentence is about when a text introduces several in turn (sentences written for these tests)."""

from __future__ import annotations

import pytest

from loaders.articles.mentions import looks_like_person
from tests.loaders.articles.conftest import read_all, relation_triples

_ROUNDUP = (
    "Robot makers to watch this year\n\n"
    "Quorra Robotics builds warehouse arms. The company was founded in 2018 by Lena Varga. It raised $40 million "
    "last year from Velmont Capital.\n\n"
    "Brantor Labs makes surgical robots. The company, founded in 2016 by Hal Brisk, raised $25 million.\n\n"
    "Tellix Dynamics sells delivery drones. Founded in 2020, the company is led by chief executive Mara Quill.\n"
)


def test_each_section_of_a_roundup_is_about_the_company_it_opens_with() -> None:
    triples = relation_triples(_ROUNDUP)
    assert ("Lena Varga", "FOUNDED", "Quorra Robotics") in triples
    assert ("Velmont Capital", "INVESTED_IN", "Quorra Robotics") in triples
    assert ("Hal Brisk", "FOUNDED", "Brantor Labs") in triples
    assert ("Mara Quill", "WORKS_AT", "Brantor Labs") not in triples
    founded = {e.name: e.founded_on for e in read_all(_ROUNDUP).entities if e.founded_on}
    assert {name: str(date) for name, date in founded.items()} == {
        "Quorra Robotics": "2018",
        "Brantor Labs": "2016",
        "Tellix Dynamics": "2020",
    }


@pytest.mark.parametrize(
    "name", ["Tellix Dynamics", "Velt Analytics", "Quorra Optics", "Harlow Payments", "Brantor Microsystems"]
)
def test_a_company_word_ends_no_persons_name(name: str) -> None:
    assert not looks_like_person(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb and its plural object after the name: the company itself, not an unnamed unit of it
        ("Quorra Labs makes robot arms for shops. It raised $40 million from Orvane Capital.", {"Orvane Capital"}),
        ("Quorra Labs sells index funds to savers. It raised $40 million from Orvane Capital.", {"Orvane Capital"}),
        # a unit the text does not name raised the money, not the company named before it
        ("The Quorra payments arm raised $40 million from Orvane Capital last year.", set()),
    ],
)
def test_a_name_before_a_unit_word_stands_for_an_unnamed_unit_only_as_its_modifier(
    text: str, expected: set[str]
) -> None:
    investors = {s for s, kind, _ in relation_triples(text) if kind == "INVESTED_IN"}
    assert investors == expected


def test_a_company_named_inside_a_fronted_participial_phrase_is_not_the_sentences_subject() -> None:
    draft = read_all("Founded by former Velmont engineers in 2019, Quorra now employs 400 people in Osaka.")
    names = {e.ref: e.name for e in draft.entities}
    assert {(names[a.entity], a.value) for a in draft.attributes if a.attribute == "employees"} == {("Quorra", 400)}


def test_the_startup_is_the_company_just_described_as_one_not_the_buyer_the_text_is_about() -> None:
    text = (
        "Velmont Group said it had bought a 30% stake in Quorra Robotics, a Dorrance-based maker of warehouse robots. "
        "The startup, founded in 2017 by Lena Varga, counts Orvane Capital among its backers. The group, which also "
        "owns chipmaker Brantor, said its shares rose 2.1% on Tuesday."
    )
    triples = relation_triples(text)
    assert ("Lena Varga", "FOUNDED", "Quorra Robotics") in triples
    assert ("Orvane Capital", "INVESTED_IN", "Quorra Robotics") in triples
    assert not {t for t in triples if t[2] == "Velmont Group" and t[1] in ("FOUNDED", "INVESTED_IN")}


def test_a_roundup_entry_taking_money_owns_the_backers_it_lists_not_the_entry_before() -> None:
    text = (
        "Snack maker Quorra Foods raised $2 million in its seed round led by Brantor Ventures. Of the three "
        "growth deals, Velmont grabbed $9.5 million, led by Orvane Partners with participation from existing "
        "investors Tellix and Harlow Capital."
    )
    investors = {(s, o) for s, kind, o in relation_triples(text) if kind == "INVESTED_IN"}
    assert ("Tellix", "Velmont") in investors and ("Harlow Capital", "Velmont") in investors
    assert not {s for s, o in investors if o == "Quorra Foods"} - {"Brantor Ventures"}


def test_its_backers_after_a_sentence_opening_with_another_company_are_that_companys() -> None:
    text = (
        "Orvane Inc has bought two small firms. Orvane said on Monday it bought chip firm Dorrance. Orvane has "
        "also bought Velmont, whose app books rides. The deal was confirmed by a Velmont spokesman. Velmont was "
        "set up in 2011. Its investors include Tellix Ventures and Harlow Capital. Orvane sold 9 million phones."
    )
    investors = {(s, o) for s, kind, o in relation_triples(text) if kind == "INVESTED_IN"}
    assert investors == {("Tellix Ventures", "Velmont"), ("Harlow Capital", "Velmont")}
