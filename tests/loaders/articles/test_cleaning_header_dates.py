"""Cleaning (body vs chrome), header facts and dates in text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.dates import PartialDate
from loaders.articles import ArticleExtractor
from loaders.articles.cleaning import clean
from loaders.articles.header import read_header
from loaders.articles.textdates import find_dates

PAGE = """Newsgrid ← Back to feed
robotics · Hardware

Orchid Dynamics unveils a warehouse robot arm

Orchid Dynamics · Mar 3, 2026 · Fieldnote Weekly
O
robot-armswarehouse-automation

Orchid Dynamics, the Chengdu-based robotics maker, on Tuesday unveiled the Grip-7 arm for warehouses.

The company was founded in May 2019 by Helen Varga and Tomas Reyes, two former engineers at a logistics group.

Read at source ↗ | Follow Orchid Dynamics →

Newsgrid Digest
A daily recap of the stories and the names they touch.
"""


def test_body_keeps_prose_and_offsets_and_drops_chrome() -> None:
    body = clean(PAGE)
    texts = [b.text for b in body.blocks]
    assert len(texts) == 2
    assert texts[0].startswith("Orchid Dynamics, the Chengdu-based")
    for block in body.blocks:
        assert PAGE[block.start : block.end] == block.text
    dropped = " ".join(d.text for d in body.dropped)
    assert "Newsgrid Digest" in dropped and "Back to feed" in dropped and "A daily recap" in dropped


def test_foreign_promo_ads_and_author_boxes_are_not_body() -> None:
    text = (
        "Shares of Pellucid Labs rose 3% on Monday after the company reported strong orders for its sensors.\n"
        "Open a Brightpay account today and trade with zero platform fees\n"
        "限时优惠：立即注册即可获得免费交易佣金，更多详情请访问我们的网站。\n"
        "About the author\n"
        "Mira Lind covers technology for the Daily Lantern from Oslo. She joined in 2019.\n"
    )
    body = clean(text)
    assert [b.text[:20] for b in body.blocks] == ["Shares of Pellucid L"]


def test_an_outlets_description_of_itself_is_not_body() -> None:
    text = (
        "Shares of Pellucid Labs rose 3% on Monday after the company reported strong orders for its sensors.\n"
        "About us: Lanternwire, the news and media division of Halvard Media, ranks as a leading global news agency.\n"
    )
    assert [b.text[:20] for b in clean(text).blocks] == ["Shares of Pellucid L"]


def test_a_browser_notice_and_an_outlets_logo_line_are_chrome() -> None:
    text = (
        "You are using an older browser version. Please use a supported version for the best Harlow experience.\n\n"
        "Dorrance Evening Post logo Dorrance Evening Post 15/03/2026\n\n"
        "Shares of Tarn Micro fell 4% on Friday as investors sold after the results.\n"
    )
    assert [b.text[:20] for b in clean(text).blocks] == ["Shares of Tarn Micro"]


def test_header_byline_gives_publisher_and_date() -> None:
    header = read_header(clean(PAGE))
    assert header.title == "Orchid Dynamics unveils a warehouse robot arm"
    assert header.publisher == "Fieldnote Weekly"
    assert header.published_at == PartialDate(2026, 3, 3)


def test_a_short_date_line_before_the_body_dates_the_article() -> None:
    text = "Chip stocks wobble\nPublished 2026-04-02\n\nShares of Tarn Micro fell 4% on Friday as investors sold.\n"
    assert read_header(clean(text)).published_at == PartialDate(2026, 4, 2)


@pytest.mark.parametrize("cities", ["DORRANCE", "HARLOW/DORRANCE", "NEW FENWICK/HARLOW/DORRANCE"])
def test_a_dateline_of_one_or_several_cities_dates_the_article(cities: str) -> None:
    text = f"{cities}, April 2, 2026 - Shares of Tarn Micro fell 4% on Friday as investors sold.\n"
    assert read_header(clean(text)).published_at == PartialDate(2026, 4, 2)


def test_no_date_line_means_undated() -> None:
    text = (
        "Chip stocks wobble\n\nShares of Tarn Micro fell 4% on Friday as investors booked profits after a strong run.\n"
    )
    assert read_header(clean(text)).published_at is None


def test_dates_partial_and_relative() -> None:
    anchor = PartialDate(2026, 3, 3)  # a Tuesday
    found = find_dates("founded in May 2019, listed in 2021, released on Friday and again this year", anchor)
    assert [str(d.date) for d in found] == ["2019-05", "2021", "2026-02-27", "2026"]
    unanchored = find_dates("released on Friday", None)
    assert [d.date for d in unanchored] == [None]
    assert str(find_dates("on Jan 27, 2025 and 5 March 2024")[0].date) == "2025-01-27"
    assert str(find_dates("in the third quarter of 2027")[0].date) == "2027"
    assert str(find_dates("Updated 2026-04-02 09:00")[0].date) == "2026-04-02"
    assert find_dates("on 2026-02-31")[0].date is None


@given(st.text(max_size=300))
def test_dates_never_crash(text: str) -> None:
    for found in find_dates(text, PartialDate(2025, 7, 14)):
        assert 0 <= found.start <= found.end <= len(text)


def test_author_lines_contacts_and_read_more_links_are_chrome() -> None:
    text = (
        "Shares of Pellucid Labs rose 3% on Monday after the company reported strong orders for its sensors.\n"
        "Read more: Pellucid Labs plans a new plant in Suzhou as demand for sensors keeps growing fast.\n"
        "Mira Lind covers technology for the Daily Lantern from Oslo and writes a weekly column.\n"
        "Contact: newsroom desk at the Daily Lantern for corrections and any comments on this story.\n"
        "Send tips to tips@lantern.example and follow us on every platform for breaking stories daily.\n"
    )
    assert [b.text[:20] for b in clean(text).blocks] == ["Shares of Pellucid L"]


def test_a_long_sentence_that_lost_its_full_stop_is_still_body_and_a_headline_is_not() -> None:
    text = (
        "Velora Labs Unveils New Model In Beijing Amid Rising Competition From Rival Chip Makers And Cloud Giants\n\n"
        "vLabs' Orca v2 outpaces Corvel's Nimbus 4 in language tasks, math and coding, and is a close second to the "
        "rival system in several other areas, according to a state-affiliated outlet\n"
    )
    blocks = [block.text for block in clean(text).blocks]
    assert blocks == [text.split("\n\n")[1].rstrip("\n")]


def test_a_sentence_opening_a_quote_with_a_colon_is_body_and_a_capitalised_label_is_not() -> None:
    text = (
        "Related Stories From Our Partners And Sponsors:\n\n"
        "Velora CEO and Chairman Ada Moss provided this quote in the press release:\n\n"
        "“We will share our technology with each other.”\n"
    )
    blocks = [block.text for block in clean(text).blocks]
    assert blocks[0] == "Velora CEO and Chairman Ada Moss provided this quote in the press release:"
    assert not any("Sponsors" in block for block in blocks)


def test_news_that_says_back_to_or_subscribe_is_body_and_the_short_menu_line_is_not() -> None:
    text = (
        "Back to top\n\n"
        "The dispute traces back to April, when Corvel led a $75 million investment in Velora.\n\n"
        "Parts maker Nemia agreed to subscribe to 6.5 million of the shares, about 83% of the deal.\n\n"
        "Subscribe\n"
    )
    blocks = [block.text for block in clean(text).blocks]
    assert blocks == [text.split("\n\n")[1], text.split("\n\n")[2]]


def test_a_founding_date_in_a_relative_clause_does_not_date_the_round() -> None:
    text = "Earlier this year, Telvik led a $1bn funding round for Quorvane, which was founded in Lisbon in March 2023."
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    rounds = [e for e in draft.events if e.kind.value == "FUNDING_ROUND"]
    assert rounds and all(e.date is None for e in rounds)
    assert all(r.valid_from is None for r in draft.relations if r.type.value == "INVESTED_IN")
    assert {str(e.founded_on) for e in draft.entities if e.founded_on} == {"2023-03"}
