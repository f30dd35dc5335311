"""Type rules for who made what: a maker is an organisation (not a model, a fragment or a product named as its
maker's descriptor), a product is no date, rule, standard, index, fund or project, and a kind alone names no maker.
Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from loaders.articles.patterns.product_checks import not_a_product_name
from tests.loaders.articles.conftest import relation_triples as _relations


def _developed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == "DEVELOPED"}


@pytest.mark.parametrize(
    "text",
    [
        # a kind in an appositive says what the name is, not that the clause's subject made it
        "Orvane was built by tuning Zelkar 2, an open-weight model made abroad.",
        # a verb between a name and a kind noun: "Marlow" is no model of Quenby's
        "Other startups including Quenby and Marlow have unveiled new models.",
        # "the Pixo maker": a product named as its maker's descriptor is no maker
        "The Pixo maker said its Sirro voice assistant will improve.",
        # a project named after a product line is no product
        "It is poised to gain from its role in Vantor's Stellar AI infrastructure project.",
        # "its" after "a system Y, which": the product's own, Y is no maker of the car
        "Ji Wen built the firm's parking assistant system PARKR, which ships first on its newest van Halden K7.",
        # a person described by the owner's title is no product ("robot" is a kind noun)
        "Emil Varga, Brantor Corp.'s head of the robot division in Poland, spoke in Warsaw.",
        # a name an appositive calls a firm is no product
        "Velkin AI is run by Wen Hao. In 2015 Wen and a friend launched Corvex, a quantitative hedge fund.",
        # a product still to come is no product developed
        "Tellan writes code for Halvorsen's upcoming Wingbird drone.",
        # a technology and a generic category are no products
        "Chinese TV maker Harlow Group has started using Vantor's 3D TV chips.",
        # the first word of a firm the sentence names is that firm's brand, no product of another
        "Lintel signed a deal with Brisk Mobile to put its apps on Brisk phones.",
    ],
)
def test_no_maker_or_product_of_the_wrong_type(text: str) -> None:
    assert _developed(text) == set()


def test_a_descriptor_before_maker_is_no_chip_user() -> None:
    text = "Chinese TV maker Harlow Group has started using Vantor's 3D TV chips."
    assert all(o != "TV" for s, t, o in _relations(text) if t == "SUPPLIES")


def test_the_organisation_opening_a_product_name_made_it() -> None:
    text = (
        "Quorra and Bramwell Corp signed a deal. Bramwell Corp released the Quorra-V4 model to customers. "
        "The deal lifted Quorra 1.7% in Frankfurt."
    )
    assert _developed(text) == {("Quorra", "Quorra-V4")}  # not Bramwell's, and "Quorra 1.7" is a share move


def test_the_company_of_a_product_named_after_its_maker_is_that_maker() -> None:
    text = "Harlow Capital invested in Velto. The company makes the Velto 001 model."
    assert _developed(text) == {("Velto", "Velto 001")}


def test_the_startup_behind_a_product_made_it() -> None:
    text = "Quenby Capital led a round for Harlow, the Seoul startup behind the open-weight Tarsk family of models."
    assert _developed(text) == {("Harlow", "Tarsk")}


@pytest.mark.parametrize(
    "name", ["Dec-2012", "Q3-2024", "VELT 0.17", "Chapter 18C", "Wi-Fi", "3D TV", "IC", "NSE Nifty50", "Velt 2031s"]
)
def test_names_shaped_like_models_that_are_no_products(name: str) -> None:
    assert not_a_product_name(name)


@pytest.mark.parametrize("name", ["Quill 4.0", "K100", "Zelkar 2", "Tarn X1", "Velto-V4-Pro"])
def test_model_names_stay_products(name: str) -> None:
    assert not not_a_product_name(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velto introduced Tarsk Bot, its answer to ChatQ.", ("Velto", "Tarsk Bot")),
        (
            "Velto Labs merged with a rival last year. The group began mass production of its AI chip Kestra in May.",
            ("Velto Labs", "Kestra"),
        ),
    ],
)
def test_a_product_introduced_or_named_after_its_kind(text: str, expected: tuple[str, str]) -> None:
    assert _developed(text) == {expected}


def test_its_platform_is_no_product_of_its_own() -> None:
    # a platform or an app named after "its" is often a business typed a company elsewhere: not read
    assert _developed("Velto Group grew thanks to its e-commerce platform Kestra and mobile game Lumo.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" in a relative clause stands for the clause's head, not the sentence's subject
        (
            "Velto Telecom owned Sapro Labs, which was slugging it out with Quorra in the domestic market with its "
            "X330 chip.",
            {("Sapro Labs", "X330")},
        ),
        # a description as its own clause's subject ("the chip giant") is not the company named before it
        (
            "Velto signed a deal with Quorra, and at its fair in May the chip giant unveiled its Tarn platform.",
            set(),
        ),
        # a market segment capitalised is no product
        ("The startup was going to tackle Velto's Data Center GPUs.", set()),
    ],
)
def test_whose_product_its_stands_for(text: str, expected: set[tuple[str, str]]) -> None:
    assert _developed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "These are graphics processing units built by Velto, including the K100, which was used to train ChatQ, "
            "as well as the K200 and K300 chips.",
            {("Velto", "K100"), ("Velto", "K200"), ("Velto", "K300")},  # K100 no maker of K300 (model-shaped)
        ),
        ("Quorra has cooperated with Velto on Tarsk, a chip developed by Velto's design team.", {("Velto", "Tarsk")}),
        ("Zelkar 7, a reasoning model built by Quorra Labs, tops the chart.", {("Quorra Labs", "Zelkar 7")}),
        ("Tarsk, an open-weight model created in California, was tuned.", set()),
    ],
)
def test_products_named_before_their_maker(text: str, expected: set[tuple[str, str]]) -> None:
    assert _developed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra AI Research’s newly developed artificial intelligence (AI) model, K-Tarsk, has shown results.",
            {("Quorra AI Research", "K-Tarsk")},
        ),
        # "G1" resolves to Zelkar's Galbot G1: not read as Quorra's (H1 is)
        (
            "Zelkar's Galbot G1 is a wheeled robot. Quorra's flagship humanoid robots, G1 and H1, walk on two legs.",
            {("Zelkar", "Galbot G1"), ("Quorra", "H1")},
        ),
    ],
)
def test_names_after_an_owners_kind(text: str, expected: set[tuple[str, str]]) -> None:
    assert _developed(text) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Corvane sells many tools, among them its best-known photo generator, Pixlo.", ("Corvane", "Pixlo")),
        ("Belmont Robotics shipped its second farm drone, Scout, to growers.", ("Belmont Robotics", "Scout")),
        ("Quillon Mobile sells its cheapest handset, Breeze, in Europe.", ("Quillon Mobile", "Breeze")),
    ],
)
def test_a_name_after_its_kind_is_the_owners_product(text: str, pair: tuple[str, str]) -> None:
    assert pair in _developed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore Technologies Corp. gained. The chip designer rose after news that Brantor Corp. had stopped "
        "selling its Q30 chips abroad.",
        "Dunmore Technologies Corp. gained. The chip designer rose after Brantor unveiled its Q30 chip.",
    ],
)
def test_its_in_a_clause_opened_by_its_own_subject_is_that_subjects(text: str) -> None:
    assert _developed(text) == {("Brantor", "Q30")}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Halvex Robotics builds kitchen machines. Its best-selling products like TrayBot, GreetBot and MopBot are "
            "sold to canteens.",
            {("Halvex Robotics", "TrayBot"), ("Halvex Robotics", "GreetBot"), ("Halvex Robotics", "MopBot")},
        ),
        (
            "Brantor Corp.'s handheld game console StarBox sold well in Brazil.",
            {("Brantor", "StarBox")},
        ),
    ],
)
def test_names_listed_after_their_kind_are_the_owners_products(text: str, pairs: set[tuple[str, str]]) -> None:
    assert _developed(text) == pairs


def test_a_phrase_fronted_before_the_subject_names_no_maker() -> None:
    text = (
        "Against slow demand and the Brantor tariff fight, Halvex went ahead, unveiling its spring flagship "
        "Orbit X40 series."
    )
    assert _developed(text) == {("Halvex", "Orbit X40")}


@pytest.mark.parametrize(("name", "refused"), [("Novix 40", False), ("Marcus 3", False), ("March 2024", True)])
def test_a_month_is_no_product_but_a_name_that_starts_like_one_may_be(name: str, refused: bool) -> None:
    assert not_a_product_name(name) is refused


def test_its_after_a_name_and_and_is_that_names() -> None:
    text = (
        "Dunmore Robotics was set up in 2016. Its founder cites Kestrel Dynamics and its six-legged robot Pace "
        "as a model."
    )
    assert _developed(text) == {("Kestrel Dynamics", "Pace")}


def test_a_device_type_in_capitals_is_no_product() -> None:
    text = "Dunmore Robotics makes chips. The company expanded output of its IGBT and MOSFET products."
    assert _developed(text) == set()
