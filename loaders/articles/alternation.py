"""Long word lists as regular expressions that read one letter at a time (a trie) instead of trying every word in
turn at every position: the price-move verbs alone are 220 words, tried at each word boundary of every sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_WORD = re.compile(r"\w")


@dataclass
class _Node:
    end: int | None = None  # the word's place in the list, when a word ends here
    children: dict[str, _Node] = field(default_factory=dict)

    def places(self) -> list[int]:
        below = [place for child in self.children.values() for place in child.places()]
        return below if self.end is None else [self.end, *below]


def trie_alternation(words: Sequence[str], *, whole_words: bool = True) -> str:
    """A pattern matching what "w1|w2|..." matches, in the same order: of two words that both fit the text (one
    is the other's prefix, "closed" and "closed up"), the one listed first is tried first, so a pattern built on
    it behaves as the plain alternation did. With `whole_words` the caller ends the pattern with a word boundary,
    so "rise" never competes with "risen". Raises ValueError for a word listed between two of its competing
    extensions, an order no trie keeps."""
    root = _Node()
    for place, word in enumerate(words):
        node = root
        for char in word:
            node = node.children.setdefault(char, _Node())
        if node.end is None:
            node.end = place
    return _pattern(root, "", whole_words)


def _pattern(node: _Node, last: str, whole_words: bool) -> str:
    branches = [re.escape(char) + _pattern(child, char, whole_words) for char, child in node.children.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if node.end is None:
        return body
    # with a word boundary after the word, an extension competes only across a boundary ("rose" and "rose by")
    competing = [child for char, child in node.children.items() if not whole_words or _boundary(last, char)]
    longer = [place for child in competing for place in child.places()]
    if not longer or node.end > max(longer):
        return f"(?:{body})?"
    if node.end < min(longer):
        return f"(?:{body})??"  # the shorter word was listed first: it is tried first
    raise ValueError("a word is listed between two of its own extensions; no trie keeps that order")


def _boundary(before: str, after: str) -> bool:
    return bool(_WORD.match(before)) != bool(_WORD.match(after))
