"""Affiliations and agreements, on sentences written for these tests (fictional companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties, relation_triples


def _affiliated(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "AFFILIATED_WITH"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora was founded in 2014 by Ann Lee and Tom Wu, both alumni of the Quorra Institute of Technology.",
            {("Ann Lee", "Quorra Institute of Technology"), ("Tom Wu", "Quorra Institute of Technology")},
        ),
        (
            "The company was founded by Chen Yu and Chen Bo, two young professors at the Quorra Academy of Sciences.",
            {("Chen Yu", "Quorra Academy of Sciences"), ("Chen Bo", "Quorra Academy of Sciences")},
        ),
        ("Velora is led by Wang Bo, a post-90s professor from Quorra University.", {("Wang Bo", "Quorra University")}),
        ("Jean Dupont, an adviser to Velora AI, said the plan was sound.", {("Jean Dupont", "Velora AI")}),
        (
            "The lead investor is Sela Capital, an investment platform linked to battery giant Birch.",
            {("Sela Capital", "Birch")},
        ),
        (
            "Velora has partnered with Bosch, Tiko and Sela Motor.",
            {("Velora", "Bosch"), ("Velora", "Tiko"), ("Velora", "Sela Motor")},
        ),
        ("Velora is teaming up with a French AI company called Nemia.", {("Velora", "Nemia")}),
        ("Velora collaborated with Quorra to co-design its chips.", {("Velora", "Quorra")}),
        (
            "Tom Wu worked as an engineer in 2004 after graduating with a master's degree in computer science from "
            "the University of Quorra.",
            {("Tom Wu", "University of Quorra")},
        ),
        (
            "Ann Lee earned a PhD in computer science from Quorra University around 2005.",
            {("Ann Lee", "Quorra University")},
        ),
        (
            "Founded by former Quorra researcher Ann Lee, and ex Birch researchers Tom Wu, and Timothée Lacrou – the "
            "three all studied at Sela Polytechnique in Paris – Velora has a mission.",
            {
                ("Ann Lee", "Sela Polytechnique"),
                ("Tom Wu", "Sela Polytechnique"),
                ("Timothée Lacrou", "Sela Polytechnique"),
            },
        ),
    ],
)
def test_ties_of_people_and_companies(text: str, expected: set[tuple[str, str]]) -> None:
    assert _affiliated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velora plans to partner with Quorra next year.",  # a plan
        "Velora is in talks to team up with Quorra.",  # talks
        "Ann Lee and Tom Wu, both alumni of the firm, left.",  # no school named
        "Velora and Birch, both partners of Quorra University, grew.",  # companies are no alumni
        "Velora's founder earned a degree from Quorra University.",  # the graduate is not named
        # "the three" must be the three people named
        "Founded by Ann Lee and Tom Wu – the three all studied at Sela Polytechnique – Velora grew.",
    ],
)
def test_no_tie_is_read_where_none_is_stated(text: str) -> None:
    assert _affiliated(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora said on Monday it has signed a battery supply agreement with Fenwick.",
            {("Velora", ("Fenwick",))},
        ),
        (
            "On December 24, 2025, Velora and Quorra announced a licensing agreement worth about $20 billion.",
            {("Velora", ("Quorra",))},
        ),
        ("Velora struck a deal with Nemia to bring in its chief executive.", {("Velora", ("Nemia",))}),
        # "it" in reported speech is the speaker
        (
            "Fenwick shares rose on Monday. Battery maker Velora <3007.SZ> said on Monday it has signed a supply "
            "agreement with Fenwick <FNW.O>.",
            {("Velora", ("Fenwick",))},
        ),
        # the verb's own subject, not a name earlier in the sentence
        ("Sela did it with Tiko's team, and Velora struck a deal with Nemia.", {("Velora", ("Nemia",))}),
        (
            "Birch Robotics makes chips. Backed by Quorra and Sela, the Tokyo-based venture signed a partnership "
            "with Fenwick.",
            {("Birch Robotics", ("Fenwick",))},
        ),
        ("Analysts focused on Velora's AI partnership with Quorra.", {("Velora", ("Quorra",))}),
        (
            "Fenwick, which has a battery supply agreement with Japan's Birch Corp, grew.",
            {("Fenwick", ("Birch",))},
        ),
        (
            "Velora listed in May. Quorra Capital, Birch Securities and Sela Financial are the book running lead "
            "managers of the IPO.",
            {("Quorra Capital", ("Velora",)), ("Birch Securities", ("Velora",)), ("Sela Financial", ("Velora",))},
        ),
        (
            "Velora hired Quorra Capital and Birch as joint sponsors for the IPO.",
            {("Velora", ("Quorra Capital",)), ("Velora", ("Birch",))},
        ),
        # clients of a supplier, customers of a maker
        (
            "Listing there brings Velora closer to its Taiwanese clients – panel makers such as Quorra Optronics and "
            "Birch Innolux.",
            {("Velora", ("Quorra Optronics",)), ("Velora", ("Birch Innolux",))},
        ),
        (
            "Numerous fabless companies, including Quorra, Birch and Sela, rely on Velora for their production needs.",
            {("Quorra", ("Velora",)), ("Birch", ("Velora",)), ("Sela", ("Velora",))},
        ),
        ("Companies such as Quorra also utilize Velora's foundry services.", {("Quorra", ("Velora",))}),
    ],
)
def test_an_agreement_is_a_contract_of_its_party(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert contract_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velora signed an agreement to acquire Nemia for $1 billion.",  # the acquisition's, not closed
        "Velora is in talks to sign a supply deal with Nemia.",  # talks
        "Velora expects to announce a partnership with Nemia next month.",  # expected
        "Ann Lee signed a deal with Nemia.",  # a person signs: no company is the party
        "Velora Labs makes phones. The iPhone maker has a partnership with Quorra.",  # the maker is not named
        "Quorra Capital and Birch are the lead managers of the bond sale.",  # banks of a debt sale: no listing
        "Velora relies on Quorra for advice.",  # no manufacturing
    ],
)
def test_no_contract_is_stated_where_none_was_made(text: str) -> None:
    assert contract_parties(text) == set()
