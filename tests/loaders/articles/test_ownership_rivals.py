"""Ownership and competitor frames, on sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _of_type(text: str, type_: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == type_}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden Labs, a unit of property developer Sela Holdings, fell 3%.", {("Halden Labs", "Sela Holdings")}),
        (
            "Nemia Capital, the investment arm of electric carmaker Birch, joined the round.",
            {("Nemia Capital", "Birch")},
        ),
        (
            "Nemia, a unit of Saudi Arabia's Quorra Investment Fund, bought the bonds.",
            {("Nemia", "Quorra Investment Fund")},
        ),
        (
            "Lotus Motors, the luxury car company majority-owned by Sela Holding, rose.",
            {("Lotus Motors", "Sela Holding")},
        ),
        (
            "Velora University, part of the State University of Quorra, said so.",
            {("Velora University", "State University of Quorra")},
        ),
        (
            "The round drew Quorra Capital subsidiary Nemia Innovation and Birch.",
            {("Nemia Innovation", "Quorra Capital")},
        ),
        ("Velora Corp said its subsidiary Nemia Chip filed for a listing.", {("Nemia Chip", "Velora")}),
        ("Shares of Velora owner Quorra Holdings rose.", {("Velora", "Quorra Holdings")}),
        ("Zeekra's parent company, Tiko Holding Group, said it agreed.", {("Zeekra", "Tiko Holding Group")}),
        (
            "Sela Group, parent company of Halden and Nemia, raised money.",
            {("Halden", "Sela Group"), ("Nemia", "Sela Group")},
        ),
        ("Investors include Birch-owned Velora and state-owned Nemia.", {("Velora", "Birch")}),
        (
            "Velora took part, according to Sela News, a local outlet owned by Quorra News Agency.",
            {("Sela News", "Quorra News Agency")},
        ),
        (
            "Investors include the strategic investment arm of Birch (a listed company), Puqa Capital (PQ Capital), "
            "and Tiko.",
            {("Puqa Capital", "Birch")},
        ),
        (
            "Halden Hynix and Velora Telecom share the same parent – Quorra Group.",
            {("Halden Hynix", "Quorra Group"), ("Velora Telecom", "Quorra Group")},
        ),
        ("The round drew Sela Securities' Road Fund and Tiko.", {("Road Fund", "Sela Securities")}),
        # "its" is the agent's that acts through the unit, and a lead-in label before a dash is nobody
        ("Velora Computing will be bought by Sela through its subsidiary Birch Bands Corp.", {("Birch Bands", "Sela")}),
        ("Core view - Velora announced a listing plan for its subsidiary Nemia Chip.", {("Nemia Chip", "Velora")}),
        (
            "Quorra, whose brands include Velora and Nemia, sells few cars here.",
            {("Velora", "Quorra"), ("Nemia", "Quorra")},
        ),
        (
            "Quorra credited growth from its subsidiaries, including e-commerce giant Velora, which is expanding.",
            {("Velora", "Quorra")},
        ),
        ("Liang established Velora in May 2023 as a subsidiary of Quorra, which funds it.", {("Velora", "Quorra")}),
        ("Quorra Group already owns Finnish truck maker Velora Cars.", {("Velora Cars", "Quorra Group")}),
    ],
)
def test_a_unit_or_an_owned_company_is_its_parents_subsidiary(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "SUBSIDIARY_OF") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velora, a company owned by Ann Lee, rose.",  # a person owns it: no parent company
        "Velora will become a wholly owned subsidiary of Sela Group.",  # a plan
        "Velora, part of a wave of start-ups backed by Quorra, rose.",  # a wave is no parent
        "Velora owns a 10% stake in Nemia.",  # a stake is no ownership of the company
        "Investors include Tom Lee's Birch Capital.",  # a person's fund is no subsidiary
        "Phase One Expansion will be funded by loans taken by its arm Nemia Cells.",  # whose arm is not said
    ],
)
def test_no_parent_is_read_where_the_text_names_none(text: str) -> None:
    assert _of_type(text, "SUBSIDIARY_OF") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halden faces competition from Chinese upstarts like Quorra and foreign rivals such as Fenwick and Birch.",
            {("Halden", "Quorra"), ("Halden", "Fenwick"), ("Halden", "Birch")},
        ),
        (
            "Velora raised the money to ward off competitors like Birch-owned Nemia, Quorra Express and Sela's Tiko.",
            {("Velora", "Nemia"), ("Velora", "Quorra Express"), ("Velora", "Tiko")},
        ),
        ("Analysts warned that Velora's rivals, such as Quorra Inc, could gain share.", {("Velora", "Quorra")}),
        (
            "Velora Labs ranks among the top ten makers, trailing only Quorra, Fenwick Materials and Birch.",
            {("Velora Labs", "Quorra"), ("Velora Labs", "Fenwick Materials"), ("Velora Labs", "Birch")},
        ),
        (
            "Velora Games bought Nemia, upping the race against local rivals – Quorra Corp., Sela Corp. and Birch Co.",
            {("Velora Games", "Quorra"), ("Velora Games", "Sela"), ("Velora Games", "Birch")},
        ),
        # an analyst's sentence: the company rated competes, not the broker
        ("Birch cut its rating on Velora shares on rising competition from Quorra Ltd.", {("Velora", "Quorra")}),
        ("Velora competes with Quorra in cloud services.", {("Velora", "Quorra")}),
        # the owner of a business named in the list competes, and the list goes on
        (
            "Velora is a retailer. It competes with Quorra's Indian operation and Birch Industries for market share.",
            {("Velora", "Quorra"), ("Velora", "Birch Industries")},
        ),
        # a noun phrase takes the rivalry as given, whatever the clause plans
        (
            "Velora raised money ahead of a potential IPO and to ward off competitors like Quorra Express.",
            {("Velora", "Quorra Express")},
        ),
        ("Velora, which has been described as China's answer to Quorra, declined to comment.", {("Velora", "Quorra")}),
        ("Velora AI, often referred to as the Indian Quorra equivalent, is in a dispute.", {("Velora AI", "Quorra")}),
        ("Velora is known as the Quorra of the drone industry.", {("Velora", "Quorra")}),
        # names in asides or after a person noun are not the clause's subject
        (
            "Founded by Tom Lee, alongside ex-Sela engineers Renée Duclos and Bo Li, Velora is a contender against "
            "rivals such as Birch.",
            {("Velora", "Birch")},
        ),
    ],
)
def test_each_rival_named_competes_with_the_company(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "COMPARED_TO") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee joined rival Quorra last year.",  # a person is no competitor
        "Chang Wei, who announced his departure last week, has landed at bigger rival Quorra.",
        "Renée Duclos, who announced her departure last week, has landed at bigger rival Quorra.",
        "Velora invited partners like Quorra and Birch to the event.",  # partners are no rivals
        "Velora may compete with Quorra next year.",  # a possibility
        "Velora is known as the Quorra Group founder's favourite.",  # an epithet needs its frame
        "Velora was described as a leader in chips.",
    ],
)
def test_no_rivalry_is_read_where_the_text_states_none(text: str) -> None:
    assert _of_type(text, "COMPARED_TO") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Founded in 2019, Velora was spun out of China's prestigious Quorra University and is led by Tom Lee.",
            {("Velora", "Quorra University")},
        ),
        ("Quorra's AI server spin-off Velora has hired Birch Securities.", {("Velora", "Quorra")}),
        ("Velora was spun off from Quorra's research unit eight years ago.", {("Velora", "Quorra")}),
        ("Velora was spun off from Quorra's Nemia in 2019.", set()),  # Nemia's spin-off, not Quorra's
    ],
)
def test_a_spin_off_names_its_parent(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "SPUN_OFF_FROM") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora released Nova-4o on Monday. Early users found it is better than GPT-4 and it is 60 Elo points "
            "better than GPT-4 Turbo.",
            {("Nova-4o", "GPT-4"), ("Nova-4o", "GPT-4 Turbo")},
        ),
        (
            "Nova-4o is faster than Gemini 1.5 Pro and Claude 3.",
            {("Nova-4o", "Gemini 1.5 Pro"), ("Nova-4o", "Claude 3")},
        ),
        ("Velora sales were better than expected.", set()),  # no model is compared
        ("Velora's results were better than Quorra's.", set()),
    ],
)
def test_a_model_better_than_others_is_compared_to_them(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "COMPARED_TO") == expected


def test_a_peer_named_after_a_company_is_its_rival() -> None:
    for text, pair in (
        ("Velmont's peer Tellix Corp slipped 2.4 per cent to 61.08 euros.", ("Velmont", "Tellix")),
        (
            "Oil and gas producer Brantor Energy advanced 2.2 per cent and peer Orvane Petroleum jumped 3.7 per cent.",
            ("Brantor Energy", "Orvane Petroleum"),
        ),
    ):
        assert (pair[0], "COMPARED_TO", pair[1]) in relation_triples(text)


def test_a_company_that_added_a_share_of_its_price_said_nothing_and_has_a_peer() -> None:
    text = "Brantor Energy added 3 per cent and peer Orvane Petroleum rose 1 per cent."
    assert ("Brantor Energy", "COMPARED_TO", "Orvane Petroleum") in relation_triples(text)


def test_companies_set_against_after_a_sentence_adverb_and_unlike_are_rivals() -> None:
    text = "Consequently, unlike Tellix, Brantor or Orvane Auto, Velmont quickly focused on expansion."
    assert {("Velmont", "COMPARED_TO", o) for o in ("Tellix", "Brantor", "Orvane Auto")} <= set(relation_triples(text))
