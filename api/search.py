"""Fuzzy search over every name, alias and legal name (rapidfuzz), scores 0..1.

The store finds the candidates (GraphStore.search_candidates: the embedded store's trigram and word terms, Neo4j's
full-text index), a few hundred entities at most, and NameSearch scores their names here, so no process holds
every name. Answers are kept in a small LRU per process, valid while the store's version (one read) stays.

NameSearch is also the reference: over a set of entries it scores every name, or only those holding one of the
query's rarest word trigrams (NameSearch.candidates, the rule the embedded store applies to its own terms); it
finds the same best match as scoring them all, for whole names, names being typed, reordered words and one-letter
typos; weak matches (scores 0.7-0.9) that share few trigrams with the query may be left out.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process

from graph.model import EntityId, EntityKind
from graph.nameindex import misses_allowed, name_grams, search_choice
from graph.store import GraphStore, NameEntry, NameOwner

__all__ = ["CUTOFF", "Match", "NameSearch", "SearchIndex", "misses_allowed", "name_grams"]


@dataclass(frozen=True)
class Match:
    entity_id: EntityId
    kind: EntityKind
    matched: str
    score: float


class Name(NamedTuple):
    """A candidate's name as search scores it (NameEntry's fields; built for a few hundred names per search,
    where validating each as a pydantic model cost more than scoring it)."""

    entity_id: EntityId
    kind: EntityKind
    text: str
    is_primary: bool


Entry = NameEntry | Name
CUTOFF = 70.0


def _score(query: str, choice: str) -> float:
    """Whole-name similarity, or the start of the name or of one of its words (typing "minim" finds MiniMax);
    a long query never matches because some word of a name happens to occur inside it."""
    score = max(fuzz.ratio(query, choice), 0.95 * fuzz.token_sort_ratio(query, choice))
    if len(query) < len(choice):
        starts = [0, *(i + 1 for i, ch in enumerate(choice) if ch == " ")]
        score = max(score, 0.9 * max(fuzz.ratio(query, choice[s : s + len(query)]) for s in starts))
    return score


SHORT_QUERY = 3  # shorter queries score every name: their matches are too many and too loose for grams
# A query of up to FEW letters can reach CUTOFF by overall similarity with a name of up to
# 2 * FEW / 0.7 - FEW = 9 letters without sharing a word trigram ("xai" for "ai"; "jnuan" for "junan": a one-word
# query of five letters has four grams, and one swap of two letters breaks all four): such names are candidates.
FEW = 5


def _longest_similar(query_length: int) -> int:
    """The longest name fuzz.ratio can rate CUTOFF or more against a query this long."""
    return int(query_length * 2 / (CUTOFF / 100) - query_length)


class _GramIndex:
    """NameSearch's two-level inverted index: word trigram -> the distinct words holding it -> the positions of the
    names holding each word (compact int arrays; names share few distinct words, so this is a fraction of a
    trigram -> names index in memory and build time)."""

    def __init__(self, entries: Sequence[Entry], choices: Sequence[str]) -> None:
        self.names_of: dict[EntityId, list[int]] = {}  # an entity's name positions: all are scored, or none
        for position, entry in enumerate(entries):
            self.names_of.setdefault(entry.entity_id, []).append(position)
        word_ids: dict[str, int] = {}
        self.word_names: list[array[int]] = []
        for position, choice in enumerate(choices):
            for word in set(choice.split()):
                wid = word_ids.get(word)
                if wid is None:
                    wid = word_ids[word] = len(self.word_names)
                    self.word_names.append(array("i"))
                self.word_names[wid].append(position)
        self.gram_words: dict[str, array[int]] = {}
        self.gram_names: dict[str, int] = {}  # how many names hold the gram (about: a name may count twice)
        for word, wid in word_ids.items():
            for gram in name_grams(word):
                words = self.gram_words.get(gram)
                if words is None:
                    self.gram_words[gram] = words = array("i")
                words.append(wid)
                self.gram_names[gram] = self.gram_names.get(gram, 0) + len(self.word_names[wid])
        longest = _longest_similar(FEW)
        self.short = sorted((len(c), i) for i, c in enumerate(choices) if len(c) <= longest)


class NameSearch:
    """The searchable names and, to avoid scoring all of them, a two-level inverted index (_GramIndex), built when
    `candidates` is first asked for."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        self.choices = [search_choice(e.text) for e in self.entries]
        self._index: _GramIndex | None = None  # built by the first `candidates` (an exhaustive search needs none)

    def _grams(self) -> _GramIndex:
        if self._index is None:
            self._index = _GramIndex(self.entries, self.choices)
        return self._index

    def candidates(self, query: str) -> list[int] | None:
        """Positions of the names that can score CUTOFF or more against the query, ascending; None: all names.

        A name the scorer accepts shares all but a few of the query's grams (a prefix, a reordering or an alias
        shares all of them, a typo breaks up to four); so it holds at least one of the query's (allowed misses + 1)
        rarest grams, counting grams no name holds as the rarest. Only those grams' names are read, which
        keeps the common ones ("tec", " wa") out of the work. Very short queries, and names so short that a
        query can match them by overall similarity without sharing a gram ("ai" for "xai"), are handled apart."""
        if len(query) < SHORT_QUERY:
            return None
        index = self._grams()
        grams = sorted(name_grams(query), key=lambda g: index.gram_names.get(g, 0))
        words: set[int] = set()
        for gram in grams[: misses_allowed(len(grams)) + 1]:
            words.update(index.gram_words.get(gram, ()))
        found: set[int] = set()
        for wid in words:
            found.update(index.word_names[wid])
        if len(query) <= FEW:
            longest = _longest_similar(len(query))
            found.update(i for length, i in index.short if length <= longest)
        # The best match per entity is over all its names: a candidate alias brings its primary name along.
        return sorted({i for position in found for i in index.names_of[self.entries[position].entity_id]})

    def search(self, query: str, kinds: Sequence[EntityKind], limit: int, exhaustive: bool = False) -> list[Match]:
        """Best match per entity for a normalised query (see SearchIndex.search); `exhaustive` scores every name
        (the reference the candidate filter must agree with)."""
        wanted = set(kinds)
        positions = None if exhaustive else self.candidates(query)
        if positions is None:
            positions = list(range(len(self.choices)))
        if wanted:
            positions = [p for p in positions if self.entries[p].kind in wanted]
        scored = process.extract(
            query,
            [self.choices[p] for p in positions],
            scorer=fuzz.WRatio,
            processor=None,
            limit=None,
            score_cutoff=CUTOFF,
        )
        best: dict[EntityId, tuple[float, bool, Entry]] = {}
        for choice, _rough, found in scored:
            entry = self.entries[positions[found]]
            exact = choice == query
            fine = 100.0 if exact else min(_score(query, choice), 99.0)
            if fine < CUTOFF:
                continue
            value = round(fine / 100.0, 4)
            current = best.get(entry.entity_id)
            candidate = (value, entry.is_primary, entry)
            if current is None or (candidate[0], candidate[1]) > (current[0], current[1]):
                best[entry.entity_id] = candidate
        ranked = sorted(best.values(), key=lambda item: (-item[0], not item[1], item[2].entity_id))
        return [Match(e.entity_id, e.kind, e.text, score) for score, _primary, e in ranked[:limit]]


CACHED_ANSWERS = 1024


def entries_of(candidates: Sequence[NameOwner]) -> list[Name]:
    """The candidates' names as search entries (the first name is the primary one)."""
    return [Name(c.id, c.kind, text, i == 0) for c in candidates for i, text in enumerate(dict.fromkeys(c.names))]


class SearchIndex:
    """One per app; thread-safe; holds the answers to recent searches, never the names."""

    def __init__(self, capacity: int = CACHED_ANSWERS) -> None:
        self._lock = threading.Lock()
        self._version: int | None = None
        self._answers: OrderedDict[tuple[str, tuple[EntityKind, ...], int], list[Match]] = OrderedDict()
        self._capacity = capacity

    def invalidate(self) -> None:
        with self._lock:
            self._answers.clear()

    def search(self, store: GraphStore, text: str, kinds: Sequence[EntityKind] = (), limit: int = 10) -> list[Match]:
        """Best match per entity, best first; ties broken by primary name, then id."""
        query = search_choice(text)
        if not query or limit <= 0:
            return []
        version = store.version()
        wanted = (query, tuple(sorted(set(kinds))), limit)
        with self._lock:
            if version != self._version:
                self._answers.clear()
                self._version = version
            if wanted in self._answers:
                self._answers.move_to_end(wanted)
                return self._answers[wanted]
        candidates = store.search_candidates(query, kinds, limit)
        found = NameSearch(entries_of(candidates)).search(query, kinds, limit, exhaustive=True)
        with self._lock:
            if version == self._version:
                self._answers[wanted] = found
                while len(self._answers) > self._capacity:
                    self._answers.popitem(last=False)
        return found
