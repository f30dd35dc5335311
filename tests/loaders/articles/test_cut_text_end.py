"""A text cut off mid-word (fictional names, sentences written here): the name the cut truncated makes no entity;
a text that ends on a whole word, or on punctuation, keeps its last name."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all

_OPENING = "Deal news\n\nVelmont Labs bought Tellix Systems in 2021. "


def _names(text: str) -> set[str]:
    return {e.name for e in read_all(text).entities}


def test_a_name_cut_mid_word_at_the_end_of_the_text_is_dropped() -> None:
    names = _names(_OPENING + "Lena Varga works for the US-based Quorra Analyti")
    assert "Quorra Analyti" not in names and "Velmont Labs" in names


def test_a_whole_last_word_keeps_its_name() -> None:
    assert "Quorra Analytics" in _names(_OPENING + "Lena Varga works for the US-based Quorra Analytics")


def test_a_text_ending_on_punctuation_keeps_its_last_name() -> None:
    assert "Quorra Analyti" in _names(_OPENING + "Lena Varga works for the US-based Quorra Analyti.")
