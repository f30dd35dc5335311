"""A word list as a trie pattern matches exactly what the plain alternation matched, in the same order."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from loaders.articles.alternation import trie_alternation

_WORDS = st.lists(st.text(alphabet="ab .", min_size=1, max_size=4), min_size=1, max_size=8, unique=True)
_TEXT = st.text(alphabet="ab .", max_size=24)


def _matches(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@given(words=_WORDS, text=_TEXT)
def test_whole_words_match_as_the_alternation_did(words: list[str], text: str) -> None:
    try:
        trie = trie_alternation(words)
    except ValueError:
        assume(False)
    plain = "|".join(map(re.escape, words))
    assert _matches(rf"\b(?:{trie})\b", text) == _matches(rf"\b(?:{plain})\b", text)


@given(words=_WORDS, text=_TEXT)
def test_parts_of_words_match_as_the_alternation_did(words: list[str], text: str) -> None:
    try:
        trie = trie_alternation(words, whole_words=False)
    except ValueError:
        assume(False)
    plain = "|".join(map(re.escape, words))
    assert _matches(f"(?:{trie})", text) == _matches(f"(?:{plain})", text)


def test_the_word_listed_first_wins_among_words_that_fit() -> None:
    assert re.match(trie_alternation(["rose", "rose sharply"]), "rose sharply").group(0) == "rose"
    assert re.match(trie_alternation(["rose sharply", "rose"]), "rose sharply").group(0) == "rose sharply"


def test_a_word_between_two_of_its_extensions_is_refused() -> None:
    with pytest.raises(ValueError, match="between two of its own extensions"):
        trie_alternation(["fell sharply", "fell", "fell back"])
    trie_alternation(["fell sharply", "fell", "fellow"])  # "fellow" never competes with a whole word "fell"
