"""Where an organisation is based, said other than with "-based". Sentences written for these tests (fictional
companies)."""

from __future__ import annotations

import pytest

from graph.model import EntityKind
from loaders.articles.mentions import find_mentions, guess_kind
from tests.loaders.articles.conftest import read_all, relation_triples


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velora, founded in 2008, is headquartered in Ottawa and has more than 200 employees.", ("Velora", "Ottawa")),
        ("Velora is a Canadian AI company founded in 2019, with headquarters in Toronto.", ("Velora", "Toronto")),
        ("Based in Ottawa, Canada, Velora brings a broad portfolio of power chips.", ("Velora", "Ottawa")),
        (
            "Headquartered in Wuhan, China, and with a presence in Singapore, Velora is a chip company.",
            ("Velora", "Wuhan"),
        ),
        (
            "Two drone makers, Velora Systems from Germany and Tekra from Portugal, became unicorns.",
            ("Tekra", "Portugal"),
        ),
        ("It has a second source deal with Velora of Japan, a direct competitor to Corvel.", ("Velora", "Japan")),
        ("Munich startup Velora raised a huge 600 million euros this week.", ("Velora", "Munich")),
        ("Corvel invested in Abu Dhabi artificial intelligence group Velora.", ("Velora", "Abu Dhabi")),
        ("Horizon, the rival to US-based Velora, makes chips.", ("Velora", "United States")),
    ],
)
def test_seats(text: str, expected: tuple[str, str]) -> None:
    assert expected in _seats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of China and the University of Tokyo joined the round.",
        "Velora plans to open an office in London next year.",
        "Velora's sales in Germany rose.",
        "Kestrel is often called China's Velora.",
    ],
)
def test_no_seat_from_a_name_with_a_place_an_office_or_a_market(text: str) -> None:
    assert _seats(text) == set()


def test_of_before_a_country_ends_a_company_name_but_not_a_bank_or_university_name() -> None:
    names = [m.text for m in find_mentions("Bank of China, the University of Tokyo and Velora of France met.")]
    assert names == ["Bank of China", "University of Tokyo", "Velora", "France"]


def test_a_fund_named_after_its_sponsor_is_not_seated_there() -> None:
    assert _seats("New investors include Santander venture capital fund Mouro Capital.") == set()


def test_of_ends_no_exchange_or_corporation_name() -> None:
    names = [m.text for m in find_mentions("The Stock Exchange of Hong Kong and Vantor Corporation of America met.")]
    assert names == ["Stock Exchange of Hong Kong", "Vantor Corporation of America"]


def test_a_rival_described_by_its_seat_is_seated_there_and_investors_are_not() -> None:
    assert _seats("Quorra's Tokyo-based rival Velora said it would open a plant.") == {("Velora", "Tokyo")}
    assert _seats("Hong Kong-based investors bought Velora shares on Friday.") == set()


def test_a_big_city_whose_name_is_frequent_in_english_is_still_a_place_and_a_common_word_is_not() -> None:
    assert _seats("Amsterdam-based Velora makes cars.") == {("Velora", "Amsterdam")}
    assert _seats("Seattle-based Velora sells software.") == {("Velora", "Seattle")}
    assert guess_kind("Amsterdam") == EntityKind.PLACE
    assert guess_kind("Mobile") != EntityKind.PLACE  # a town too, but first an English word


def test_a_unit_described_by_the_place_it_serves_is_not_based_there() -> None:
    text = "The deal between Zentra, the India business of Halvex, and Quorvane was announced on August 31, 2021."
    triples = relation_triples(text)
    assert ("Zentra", "SUBSIDIARY_OF", "Halvex") in triples
    assert not {t for t in triples if t[1] == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvane makes models. Funding for the Toronto-based AI startup was confirmed on Monday.",
            ("Quorvane", "Toronto"),
        ),
        ("During his tenure at the Atlanta-based IT firm Quorvane Corporation, he led sales.", ("Quorvane", "Atlanta")),
    ],
)
def test_an_acronym_among_the_words_describing_a_based_firm(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "HEADQUARTERED_IN", expected[1]) in relation_triples(text)


@pytest.mark.parametrize("region", ["Africa", "Latin America", "Middle East", "Southeast Asia"])
def test_a_continent_or_world_region_is_a_place_and_never_the_company_a_text_is_about(region: str) -> None:
    assert guess_kind(region) == EntityKind.PLACE
    text = (
        f"{region} now counts one more startup worth $1 billion. The payments company said it raised $80 million "
        "in new funding."
    )
    draft = read_all(text)
    region_refs = {e.ref for e in draft.entities if e.name == region}
    assert not [e for e in draft.events if e.subject in region_refs]
    assert not [r for r in draft.relations if r.subject in region_refs]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a function word in capitals leading a company's name
        (
            "It buys parts from Velt, ON Quorra Corporation and Brantor.",
            "ON Quorra Corporation",
        ),
        ("Shares of IT Holdings rose.", "IT Holdings"),
        # a nationality and one common word make one name; the common word alone is none
        ("Earlier, Korean Online signed with Brantor.", "Korean Online"),
        ("Japanese Express raised fares.", "Japanese Express"),
    ],
)
def test_a_name_is_not_cut_to_a_fragment(text: str, names: str) -> None:
    assert names in [m.text for m in find_mentions(text, 0, None)]


def test_an_epithet_names_no_seat() -> None:
    text = "Known as the Brantor of Latin America, Quorra Inc. runs a web shop across the region."
    assert _seats(text) == set()
