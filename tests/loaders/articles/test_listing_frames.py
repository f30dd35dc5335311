"""Listings and seats: exchanges named by short forms, what is no listing yet, descriptions that could name two
companies. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _listed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "LISTED_ON"}


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvex Robotics received regulatory approval for a Hong Kong IPO on Tuesday.",
        "Quorvex Robotics said it had considered listing on Nasdaq before it chose Hong Kong.",
        "Quorvex Robotics decided to pursue a Hong Kong listing, the firm said.",
        "Quorvex Robotics passed its listing hearing on the Hong Kong stock exchange on Friday.",
        "Quorvex Robotics asked shareholders to sell shares to meet listing requirements on the Tokyo Stock Exchange.",
        "Shares of Quorvex Robotics were among the most traded shares on the NSE.",
    ],
)
def test_a_listing_approved_weighed_or_prepared_is_none_yet(text: str) -> None:
    assert _listed(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvex Robotics shares closed at Rs 256.55 on the NSE, down 3.4 per cent.",
            {("Quorvex Robotics", "National Stock Exchange of India")},
        ),
        (
            "On the BSE, Quorvex Robotics closed at Rs 404, up 0.6% from its issue price.",
            {("Quorvex Robotics", "BSE")},
        ),
        ("Kosdaq-listed startup Quorvex Robotics fell 4% on Thursday.", {("Quorvex Robotics", "KOSDAQ")}),
        (
            "Quorvex Robotics declined 10 percent to close at HK$6.71 on the Hong Kong exchange.",
            {("Quorvex Robotics", "Hong Kong Stock Exchange")},
        ),
        (
            "Quorvex Robotics, the Shanghai\u2011listed chip designer, rose 14%.",
            {("Quorvex Robotics", "Shanghai Stock Exchange")},
        ),
        (
            "Quorvex Robotics, already listed on Shanghai\u2019s STAR Market, sold shares in Hong Kong on Monday.",
            {("Quorvex Robotics", "STAR Market")},
        ),
        (
            "Quorvex Robotics said its common shares are listed on The Stock Exchange of Hong Kong.",
            {("Quorvex Robotics", "Stock Exchange of Hong Kong")},
        ),
        (
            "Quorvex Robotics is listed on the main board of the Hong Kong Stock Exchange, the filing said.",
            {("Quorvex Robotics", "Hong Kong Stock Exchange")},
        ),
        (
            "Quorvex Robotics listed on the SZSE in 2010 and has grown since.",
            {("Quorvex Robotics", "Shenzhen Stock Exchange")},
        ),
        (
            "In 2016, Quorvex listed on the National Equities Exchange and Quotation (NEEQ), a trading system.",
            {("Quorvex", "National Equities Exchange and Quotation")},
        ),
        (
            "Markets fell. The Hong Kong-listed shares of Quorvex Co Ltd fell 3%.",
            {("Quorvex", "Hong Kong Stock Exchange")},
        ),
        (
            "Markets fell. Quorvex said its Hong Kong-listed H shares fell 3%.",
            {("Quorvex", "Hong Kong Stock Exchange")},
        ),
        # one exchange, however the text names it
        (
            "Quorvex Robotics went public on the NYSE in 2019 and has grown since.",
            {("Quorvex Robotics", "New York Stock Exchange")},
        ),
    ],
)
def test_listings_named_by_short_forms_and_full_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert _listed(text) == expected


def test_an_exchange_keeps_the_short_form_the_text_wrote() -> None:
    draft = ArticleExtractor(min_confidence=0.0).extract("Quorvex Robotics shares closed at Rs 256.55 on the NSE.")
    (exchange,) = [e for e in draft.entities if e.name == "National Stock Exchange of India"]
    assert "NSE" in exchange.aliases


@pytest.mark.parametrize(
    "text",
    [
        # the description could name either company
        "Halvern Corp will invest $1.5 billion in Vostrana, bolstering the Lisbon-based company's plans.",
        # the words between the place and the noun are a phrase of their own
        "Halvern Corp raised $5 million. Critics say that Brazil identity of the company is complex.",
    ],
)
def test_a_description_that_names_no_one_company_is_no_seat(text: str) -> None:
    assert _seats(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvex Robotics was born in 2015 and is headquartered in the eastern Chinese city of Hangzhou.",
            {("Quorvex Robotics", "Hangzhou")},
        ),
        ("Quorvex, a translation company located in Porto, hired 20 people.", {("Quorvex", "Porto")}),
        ("Quorvex, headquartered in Bristol, sells chips.", {("Quorvex", "Bristol")}),
        ("Quorvex Robotics is a Seongnam-based maker of AI chips.", {("Quorvex Robotics", "Seongnam")}),
    ],
)
def test_seats_named_by_a_city_description_an_appositive_or_a_korean_city(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _seats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvex Group sold $430 million of convertible notes. The notes will mature in 2030, the "
            "Nasdaq-listed Chinese data centre provider said.",
            {("Quorvex Group", "Nasdaq")},
        ),
        (
            "Quorvex Group cut its forecast. Halvern Corp said the Kosdaq-listed company would miss its target.",
            set(),  # Halvern Corp or Quorvex Group: the sentence names both
        ),
    ],
)
def test_a_listed_description_stands_for_the_text_s_company(text: str, expected: set[tuple[str, str]]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Quorvex Robotics rose 12% on its Hong Kong debut on Thursday after raising HK$6.7 billion in its IPO.",
            {"proceeds": 6.7e9, "currency": "HKD"},
        ),
        (
            "Quorvex Robotics fell 11% from its offer price of HK$139 on its trading debut in Hong Kong.",
            {"offer_price": 139.0, "currency": "HKD"},
        ),
        (
            # the amount another company raised is not the company's
            "Quorvex Robotics made the largest IPO in Hong Kong since Halvern Group raised $740 million.",
            {},
        ),
    ],
)
def test_a_listing_keeps_the_terms_of_its_offering(text: str, terms: dict[str, object]) -> None:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    (listing,) = [r for r in draft.relations if r.type.value == "LISTED_ON"]
    assert listing.properties == terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit is listed, not its owner
        (
            "Markets rose. Halvern Mobile, the Hong Kong-listed unit of Tessel Group, rose 3%.",
            {("Halvern Mobile", "Hong Kong Stock Exchange")},
        ),
        # a description holds whatever the clause plans
        (
            "The IPO could give an exit to shareholders including Halvern Mobile, the Hong Kong-listed unit of "
            "Tessel Group.",
            {("Halvern Mobile", "Hong Kong Stock Exchange")},
        ),
    ],
)
def test_a_listed_unit_is_listed_and_its_owner_not(text: str, expected: set[tuple[str, str]]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a filing to the Hong Kong stock exchange, Quorvex Group said its chief executive will step down.",
            {("Quorvex Group", "Hong Kong Stock Exchange")},
        ),
        (
            "Quorvex Group will buy 5% of Halvern, according to a Hong Kong bourse filing on Wednesday.",
            {("Quorvex Group", "Hong Kong Stock Exchange")},
        ),
        (
            "Markets fell. Shares in Quorvex Group slid 4 percent before trade was suspended by the Tokyo Stock "
            "Exchange.",
            {("Quorvex Group", "Tokyo Stock Exchange")},
        ),
        # a filing for an offering or a listing is no listing yet
        ("Quorvex Group filed a listing application with the Hong Kong stock exchange on Monday.", set()),
    ],
)
def test_a_company_files_with_and_is_suspended_by_its_exchange(text: str, expected: set[tuple[str, str]]) -> None:
    assert _listed(text) == expected


def test_an_exchange_keeps_the_fuller_form_the_text_wrote() -> None:
    text = "Markets fell. Quorvex Robotics had a disappointing debut on the Shanghai STAR market on Monday."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    (exchange,) = [e for e in draft.entities if e.name == "STAR Market"]
    assert "Shanghai STAR market" in exchange.aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Markets fell. Quorvex, whose shares are listed in Hong Kong and Shanghai, fell 3%.",
            {("Quorvex", "Hong Kong Stock Exchange"), ("Quorvex", "Shanghai Stock Exchange")},
        ),
        (
            "Markets fell. Quorvex debuted in Hong Kong and Shanghai on Monday.",
            {("Quorvex", "Hong Kong Stock Exchange"), ("Quorvex", "Shanghai Stock Exchange")},
        ),
        # bonds or notes listed on an exchange list no shares of their issuer
        ("Markets fell. Quorvex sold bonds listed on the Singapore Exchange, it said.", set()),
        ("Markets fell. Quorvex said the notes are listed in Singapore.", set()),
    ],
)
def test_listings_in_two_markets_and_no_listing_of_debt(text: str, expected: set[tuple[str, str]]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Markets fell. Quorvex's Hong Kong shares fell 3% on Monday.", {("Quorvex", "Hong Kong Stock Exchange")}),
        ("Markets fell. Quorvex said its Shanghai stock rose 2%.", {("Quorvex", "Shanghai Stock Exchange")}),
        ("Markets fell. Hong Kong shares of Quorvex rose 2% on Monday.", {("Quorvex", "Hong Kong Stock Exchange")}),
        ("Markets fell. Hong Kong shares of Chinese carmakers rose 2% on Monday.", set()),
        ("Markets fell. Quorvex's New York shares rose 2% on Monday.", set()),  # the NYSE or Nasdaq
    ],
)
def test_a_company_s_shares_in_a_market(text: str, expected: set[tuple[str, str]]) -> None:
    assert _listed(text) == expected


def test_a_ticker_after_a_possessive_lists_its_owner() -> None:
    text = "The price war started by Velmar's (NASDAQ:VLMR) price cuts is likely to hurt margins."
    assert ("Velmar", "LISTED_ON", "Nasdaq") in relation_triples(text)
