"""The graph's own names found in text: known surface forms -> (canonical name, kind), with one Aho-Corasick pass,
and merged with the capitalised runs the mention finder reads."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from graph.model import EntityKind
from graph.names import normalize_key
from loaders.articles.mentions import POSSESSIVE, Mention


class GazetteerIndex:
    """Known surface forms -> (canonical name, kind), found in text with one Aho-Corasick pass."""

    def __init__(self, forms: dict[str, tuple[str, EntityKind]]) -> None:
        self.by_key: dict[str, tuple[str, EntityKind]] = {}
        self._automaton = ahocorasick.Automaton()
        for surface, (canonical, kind) in forms.items():
            key = normalize_key(surface)
            if not key or len(surface) < 2:
                continue
            self.by_key.setdefault(key, (canonical, kind))
            folded = surface.casefold()
            # a short name in capitals (a ticker, an acronym: "ON", "IT") is that name only in capitals: "On
            # Monday" names no company
            shouted = surface.isupper() and len(surface) <= 5
            self._automaton.add_word(folded, (folded, canonical, kind, surface != folded, shouted))
        self._ready = len(self._automaton) > 0
        if self._ready:
            self._automaton.make_automaton()

    def lookup(self, surface: str) -> tuple[str, EntityKind] | None:
        return self.by_key.get(normalize_key(surface))

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """Known names in `text` at word boundaries, longest first where they overlap."""
        if not self._ready:
            return []
        hits: list[Mention] = []
        folded = text.casefold()
        if len(folded) != len(text):
            return []
        for end_index, (surface, _canonical, _kind, capitalised, shouted) in self._automaton.iter(folded):
            start = end_index - len(surface) + 1
            end = end_index + 1
            if (start > 0 and (text[start - 1].isalnum())) or (end < len(text) and text[end].isalnum()):
                continue
            if capitalised and text[start:end].islower():
                continue  # "the investment arm of X" is no mention of a company called Arm
            if shouted and not text[start:end].isupper():
                continue
            hits.append(Mention(text[start:end], start + offset, end + offset, bool(POSSESSIVE.match(text[end:]))))
        hits.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for hit in hits:
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept


def merge_mentions(found: Iterable[Mention], known: Iterable[Mention]) -> list[Mention]:
    """Where a known name and a capitalised run overlap, the longer wins ("DeepSeek-V3" over a known
    "DeepSeek", "Shenzhen Capital Group" over a known "Shenzhen"); on a tie the known name wins."""
    found_list = list(found)
    result: list[Mention] = []
    for k in known:
        overlapping = [m for m in found_list if m.start < k.end and k.start < m.end]
        if any(m.end - m.start > k.end - k.start for m in overlapping):
            continue
        found_list = [m for m in found_list if m not in overlapping]
        result.append(k)
    result.extend(found_list)
    return sorted(result, key=lambda m: m.start)
