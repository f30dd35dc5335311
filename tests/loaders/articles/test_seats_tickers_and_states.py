"""Seats and places written around other material: a ticker in brackets between a name and its "-based"
description, a founding lead joined to the seat ("Founded in 2009 and headquartered in Austin, Texas, X"), a state
or province after a city, a city written without its accents, a share class between a name and "shares".
Sentences written for these tests, fictional names."""

from __future__ import annotations

import pytest

from loaders.articles.geography import place_names
from tests.loaders.articles.conftest import read_all, relation_triples


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in relation_triples(text) if r == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Brantor (NASDAQ: BRNT), a Denver-based maker of pumps, reported a loss.", ("Brantor", "Denver")),
        ("Tellix (4821.T), a Kyoto-based sensor maker, slipped 2%.", ("Tellix", "Kyoto")),
        ("Quorra Inc. (NYSE: QRR), the Atlanta-based payments group, said sales rose.", ("Quorra", "Atlanta")),
    ],
)
def test_a_ticker_in_brackets_does_not_part_a_name_from_its_description(text: str, seat: tuple[str, str]) -> None:
    assert seat in _seats(text)


def test_a_founding_lead_joined_to_the_seat_dates_and_seats_the_company_not_the_state() -> None:
    text = "Founded in 2011 and headquartered in Denver, Colorado, Orvane Logistics sells routing software."
    draft = read_all(text)
    founded = {e.name: e.founded_on for e in draft.entities if e.founded_on is not None}
    assert set(founded) == {"Orvane Logistics"}
    assert founded["Orvane Logistics"].year == 2011
    assert ("Orvane Logistics", "Denver") in _seats(text)


@pytest.mark.parametrize("name", ["texas", "ontario", "queensland", "maharashtra", "zurich", "sao paulo", "zürich"])
def test_states_provinces_and_cities_without_accents_are_places(name: str) -> None:
    assert name in place_names()


@pytest.mark.parametrize("word", ["sale", "chu", "hue", "leon"])
def test_a_folded_city_name_that_is_a_common_word_or_a_surname_is_no_place(word: str) -> None:
    assert word not in place_names()


def test_a_share_class_letter_after_a_name_is_not_part_of_it() -> None:
    draft = read_all("Tellix H shares rose 3.2% in Hong Kong on Friday.")
    assert {e.name for e in draft.entities} >= {"Tellix"}
    assert "Tellix H" not in {e.name for e in draft.entities}


def test_a_site_someone_owns_is_not_seated_as_a_company() -> None:
    text = "Velmont said Brantor will make cells at its Nevada-based Megaworks from May."
    assert _seats(text) == set()
    assert ("Quorra", "Ohio") in _seats("Tellix invested in Ohio-based Quorra last year.")


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "The fund put $40 million into Quorra Labs Ltd., a Leeds-based games studio, last year.",
            ("Quorra Labs", "Leeds"),
        ),
        ("Velmont lost the bid to Brantor Corp., a Norwegian-based investment fund.", ("Brantor", "Norway")),
        ("Finland's largest insurer, Tellix Insurance, raised its dividend.", ("Tellix Insurance", "Finland")),
        ("Peru's top mobile carrier Orvane cut prices.", ("Orvane", "Peru")),
    ],
)
def test_seats_after_a_legal_suffix_a_nationality_based_or_a_country_possessive(
    text: str, seat: tuple[str, str]
) -> None:
    assert seat in _seats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Europe's most valuable software firm, Velmont, fell 9%.",
        "Chile's biggest lender, Velmont Bank said on Monday, cut rates.",
        "Analysts at Harlow said the Chinese company would gain share.",
    ],
)
def test_no_seat_from_a_region_an_unclosed_aside_or_a_bare_nationality(text: str) -> None:
    assert _seats(text) == set()


def test_a_company_s_shares_in_two_markets_list_it_on_both() -> None:
    triples = relation_triples("Harlow lifted its targets for Velmont's Hong Kong and Shanghai shares on Monday.")
    listed = {o for s, r, o in triples if s == "Velmont" and r == "LISTED_ON"}
    assert listed == {"Hong Kong Stock Exchange", "Shanghai Stock Exchange"}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Headquartered in Leeds, Dorrance Freight runs 40 depots.", ("Dorrance Freight", "Leeds")),
        ("Harlow Mutual, which is based in Cork, raised premiums.", ("Harlow Mutual", "Cork")),
    ],
)
def test_a_business_word_ending_a_name_makes_it_a_company_not_a_person(text: str, seat: tuple[str, str]) -> None:
    assert seat in _seats(text)


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("US chip company Quorra fell 2% on Monday.", ("Quorra", "United States")),
        ("Brantor, the UK payments group, borrowed $2bn.", ("Brantor", "United Kingdom")),
        ("Tellix Co., Peru's second-biggest cement maker, said Monday it would expand.", ("Tellix", "Peru")),
        ("Orvane Power Ltd. (OPL), Chile's top power producer, said it signed a deal.", ("Orvane Power", "Chile")),
    ],
)
def test_country_codes_as_adjectives_and_a_country_s_possessive_set_apart(text: str, seat: tuple[str, str]) -> None:
    assert seat in _seats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hal Brisk ran the plant after the US company bought local casing maker Velmont Works in 2009.",
        "Dorrance, China's Harlow rival, rose 3%.",
    ],
)
def test_no_seat_for_a_company_another_clause_names_or_the_rival_in_a_nickname(text: str) -> None:
    assert not {s for s, _ in _seats(text)} & {"Velmont Works", "Harlow"}


def test_the_lender_based_somewhere_is_the_text_s_company() -> None:
    text = "Velmont Bank reported record profit on Monday. The lender, based in Doha, has 2,000 staff."
    assert ("Velmont Bank", "Doha") in _seats(text)


def test_a_hire_named_with_arabic_particles_is_read_whole() -> None:
    triples = relation_triples("Velmont Bank hired Faisal al-Mansouri as chief financial officer on Monday.")
    assert ("Faisal al-Mansouri", "WORKS_AT", "Velmont Bank") in triples
