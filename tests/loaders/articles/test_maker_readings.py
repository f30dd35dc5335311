"""A product's maker, each reading under its own rule name so calibration can weigh the precise ones apart: a verb
of release naming the maker ("X launched its Y model"), a maker after the product ("Y, developed by X", also past a
description of the maker or in the passive), an owner ("X's Y chatbot"), "its Y" with no such verb, and a release
named in an opening phrase ("Having unveiled Y, X ..."). Sentences written for these tests (fictional companies and
products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _developed(text: str) -> dict[tuple[str, str], str]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): (r.span.rule or "").removesuffix(".inferred")
        for r in draft.relations
        if r.type.value == "DEVELOPED"
    }


@pytest.mark.parametrize(
    ("text", "pair", "rule"),
    [
        (
            "Quorvane Robotics on Tuesday launched its Pellar X2 humanoid robot.",
            ("Quorvane Robotics", "Pellar X2"),
            "makers.launched.DEVELOPED",
        ),
        (
            "Brindle Motors unveiled the Sable 7 electric SUV on Thursday.",
            ("Brindle Motors", "Sable 7"),
            "makers.launched.DEVELOPED",
        ),
        (
            "The Lumen-3 model, developed by Halcyra, scored well on coding tests.",
            ("Halcyra", "Lumen-3"),
            "makers.made_by.DEVELOPED",
        ),
        (
            "Sales of Pellux's Mira 2 phone doubled in May.",
            ("Pellux", "Mira 2"),
            "makers.possessive_products.DEVELOPED",
        ),
        (
            "Halcyra signed a contract to supply its Lumen platform to a hospital group.",
            ("Halcyra", "Lumen"),
            "makers.named_products.DEVELOPED",
        ),
        (
            "Pellux, the maker of the popular Mira app, said it would expand abroad.",
            ("Pellux", "Mira"),
            "makers.creator.DEVELOPED",
        ),
    ],
)
def test_each_reading_of_a_maker_has_its_own_rule(text: str, pair: tuple[str, str], rule: str) -> None:
    # a launch is read by the release reader too: the statement keeps whichever is calibrated surer
    readers = {rule, "products.released.DEVELOPED"} if rule == "makers.launched.DEVELOPED" else {rule}
    assert _developed(text).get(pair) in readers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Users flocked to Nimbo 2, the chatbot developed by US research firm Halcyra.", ("Halcyra", "Nimbo 2")),
        ("The Sable 7 was developed by the Swedish carmaker Brindle Motors.", ("Brindle Motors", "Sable 7")),
        ("The Vexo R2 robot was designed by Quorvane Robotics.", ("Quorvane Robotics", "Vexo R2")),
    ],
)
def test_a_maker_after_its_description_or_in_the_passive_made_the_product(text: str, pair: tuple[str, str]) -> None:
    assert _developed(text).get(pair) == "makers.made_by.DEVELOPED"


def test_a_maker_named_after_a_person_or_a_plan_made_nothing() -> None:
    assert _developed("The Vexo R2 was developed by a team led by Ann Lee.") == {}
    assert _developed("The Vexo R2 will be developed by Quorvane Robotics.") == {}


def test_a_release_in_an_opening_phrase_names_the_subject_after_it_as_maker() -> None:
    text = "Having unveiled the Corvel 5 in March, Dravix now plans a cheaper phone."
    assert _developed(text) == {("Dravix", "Corvel 5"): "products.launched_first.DEVELOPED"}


@pytest.mark.parametrize(
    "text",
    [
        "Since launching its IPO in Hong Kong, Halcyra has raised $2 billion.",
        "After launching Project Aurora in Vietnam, Kestrel Retail expanded to Thailand.",
        "After acquiring Nimbo 2 in 2022, Halcyra expanded into chatbots.",
        "Since launching the Corvel 5 in March, Ann Lee has run the phone unit.",
    ],
)
def test_an_opening_phrase_without_a_release_or_without_a_company_names_no_maker(text: str) -> None:
    assert _developed(text) == {}


def test_a_maker_named_by_its_product_is_given_whatever_the_clause_plans() -> None:
    text = "Mistra raised money as it looks to gain scale in a market dominated by Nimbo maker Halcyra."
    assert _developed(text) == {("Halcyra", "Nimbo"): "makers.creator.DEVELOPED"}


def test_a_product_still_to_come_named_by_its_owner_is_not_yet_made() -> None:
    text = "Halcyra's Lumen 6, due out next year, will rival Velmora's Orion 7."
    assert _developed(text) == {("Velmora", "Orion 7"): "makers.possessive_products.DEVELOPED"}
