"""What a document tells about its own words: the words it writes in lower case somewhere and the capitalised words
it uses mid-sentence, so a common word opening a sentence is told from a name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from loaders.articles.geography import COMMON_WORD_ZIPF, place_names

_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")
# "(NASDAQ:INTC)", "(NYSE: X)", "(6758.T)": a listing code after the word
_TICKER_NEXT = re.compile(r"\s*\((?:[A-Za-z]{2,6}\s?:\s?[A-Z0-9]|\d{3,6}\.[A-Z]{1,3}\))")
_POSSESSIVE_NEXT = re.compile(r"['’]s\s")


@dataclass(frozen=True)
class Vocabulary:
    """What a document tells about its own words: those it writes in lower case somewhere, and capitalised words
    it uses mid-sentence (names: "shares of Apple")."""

    lowercase: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()

    def not_a_name_alone(self, token: str, following: str = "") -> bool:
        """A lone capitalised word opening a sentence is no name when it is a common English word the text never
        capitalises mid-sentence ("Founded in 2019, ...", "Quote", "Public"). A place's possessive still names the
        place ("Singapore's tech unicorn X"): `following` is the text after the token."""
        if _POSSESSIVE_NEXT.match(following) and token.lower() in place_names():
            return False
        if _TICKER_NEXT.match(following):
            return False  # "Intel (NASDAQ:INTC) rose": a ticker follows only a company's name
        return token not in self.named and zipf_frequency(token.lower(), "en") >= COMMON_WORD_ZIPF


def document_vocabulary(text: str) -> Vocabulary:
    return Vocabulary(
        lowercase=frozenset(m.group(0) for m in re.finditer(r"\b[a-z][a-z-]+\b", text)),
        named=frozenset(m.group(0) for m in _MID_SENTENCE_CAPITAL.finditer(text)),
    )
