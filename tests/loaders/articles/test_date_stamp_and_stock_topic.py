"""A stored page's date stamp glued before its first sentence, and a possessive "X's stock" opening a text."""

from __future__ import annotations

from loaders.articles.cleaning import clean
from loaders.articles.sentences import split_sentences
from tests.loaders.articles.conftest import price_moves, read_all

STAMPED = (
    " date 2024-05-06 Copper is the new oil these days, or so the funds hope.\n\n"
    "Today there is another entrant, a Harlow-based startup called Tellix.\n\n"
    "The company said it has raised a $12 million seed round co-led by Velmont Capital and Brantor Ventures.\n"
)


def test_a_date_stamp_is_no_part_of_the_first_sentence() -> None:
    first = split_sentences(clean(STAMPED).blocks)[0]
    assert first.text.startswith("Copper is the new oil")
    assert STAMPED[first.start : first.end] == first.text  # offsets still point at the source


def test_a_common_word_opening_a_stamped_page_is_no_company_and_gets_no_round() -> None:
    assert "Copper" not in {e.name for e in read_all(STAMPED).entities}


def test_the_stamp_still_dates_the_page() -> None:
    draft = read_all(" date 2024-05-06 Orvane shares fell 4% on Monday after its results.\n")
    assert str(draft.source.published_at) == "2024-05-06"


def test_a_possessive_stock_opening_the_text_makes_its_company_the_topic() -> None:
    text = (
        "Orvane's stock sank as much as 18 per cent in its first session to a low of Rs. 880.\n\n"
        "The stock’s first trade was weaker than hoped. It opened at Rs. 950, down 7.5 per cent from the issue "
        "price of Rs. 1,027, and touched Rs. 880 on the Harlow Stock Exchange (HSE).\n"
    )
    assert ("Orvane", -7.5) in price_moves(text)
