"""A page's styled first letter ("[dropcap]Q[/dropcap]uorra") belongs to the word it opens."""

from __future__ import annotations

from loaders.articles.cleaning import markup_start, mask_credits
from tests.loaders.articles.conftest import relation_triples

TEXT = (
    "[dropcap]T[/dropcap]ellix Pay, the Nairobi-based lender to market traders, "
    "raised $25 million from Orvane Partners this week."
)


def test_the_styled_letter_joins_its_word_and_keeps_its_offsets() -> None:
    masked = mask_credits(TEXT)
    assert len(masked) == len(TEXT)
    assert masked.lstrip().startswith("Tellix Pay,")
    assert masked.index("ellix") == TEXT.index("ellix")


def test_the_company_is_named_whole_and_quoted_from_its_markup() -> None:
    triples = relation_triples(TEXT)
    assert ("Tellix Pay", "HEADQUARTERED_IN", "Nairobi") in triples
    assert not any(subject == "T" for subject, _, _ in triples)
    moved_letter = TEXT.index("ellix") - 1
    assert markup_start(TEXT, moved_letter) == 0  # a quote from the name shows the markup, not "]ellix"
    assert markup_start(TEXT, TEXT.index("Nairobi")) == TEXT.index("Nairobi")


def test_a_bracketed_word_that_is_no_shortcode_is_left_alone() -> None:
    text = "Brantor said [sic] its plant in Harlow was ready."
    assert mask_credits(text) == text
