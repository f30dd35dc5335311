"""Fuzzy search over every name, alias and legal name (rapidfuzz), scores 0..1.

The index is built from store.name_entries() and rebuilt only when the store's generation changes
(a write happened), so a search costs one cheap generation check, not a full scan. A search scores only the
names holding one of the query's rarest word trigrams (NameSearch.candidates), not every name: it finds the
same best match as scoring them all, for whole names, names being typed, reordered words and one-letter
typos; weak matches (scores 0.7-0.9) that share few trigrams with the query may be left out.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from graph.model import EntityId, EntityKind
from graph.names import normalize_key
from graph.store import GraphStore, NameEntry


@dataclass(frozen=True)
class Match:
    entity_id: EntityId
    kind: EntityKind
    matched: str
    score: float


CUTOFF = 70.0


def _score(query: str, choice: str) -> float:
    """Whole-name similarity, or the start of the name or of one of its words (typing "minim" finds MiniMax);
    a long query never matches because some word of a name happens to occur inside it."""
    score = max(fuzz.ratio(query, choice), 0.95 * fuzz.token_sort_ratio(query, choice))
    if len(query) < len(choice):
        starts = [0, *(i + 1 for i, ch in enumerate(choice) if ch == " ")]
        score = max(score, 0.9 * max(fuzz.ratio(query, choice[s : s + len(query)]) for s in starts))
    return score


def store_generation(store: GraphStore) -> object:
    """Something that changes whenever the store's content does."""
    generation = getattr(store, "generation", None)
    if generation is not None:
        return generation() if callable(generation) else generation
    stats = store.stats()
    return (stats.entities, stats.relations, stats.events, stats.attribute_values, stats.sources)


GRAM = 3
SHORT_QUERY = 3  # shorter queries score every name: their matches are too many and too loose for grams
# A query of up to FEW letters can reach CUTOFF by overall similarity with a name of up to
# 2 * FEW / 0.7 - FEW = 9 letters without sharing a word trigram ("xai" for "ai"; "jnuan" for "junan": a one-word
# query of five letters has four grams, and one swap of two letters breaks all four): such names are candidates.
FEW = 5


def _longest_similar(query_length: int) -> int:
    """The longest name fuzz.ratio can rate CUTOFF or more against a query this long."""
    return int(query_length * 2 / (CUTOFF / 100) - query_length)


def name_grams(text: str) -> set[str]:
    """The trigrams of each word with a leading space (" min", "min", "ini", ...; a one-letter word gives " x").
    No trailing space: every gram of a prefix of a word is a gram of that word, so typing "minim" finds MiniMax."""
    grams: set[str] = set()
    for word in text.split():
        padded = " " + word
        if len(padded) <= GRAM:
            grams.add(padded)
        else:
            grams.update(padded[i : i + GRAM] for i in range(len(padded) - GRAM + 1))
    return grams


def misses_allowed(grams: int) -> int:
    """How many of a query's grams a match may lack: a typo breaks up to 4 (a swap of two letters), and a long
    query may carry a typo per dozen letters or so."""
    return max(4, grams // 3)


class NameSearch:
    """The searchable names and, to avoid scoring all of them, a two-level inverted index: word trigram -> the
    distinct words holding it -> the positions of the names holding each word (compact int arrays; names share
    few distinct words, so this is a fraction of a trigram -> names index in memory and build time)."""

    def __init__(self, entries: Sequence[NameEntry]) -> None:
        self.entries = list(entries)
        self.choices = [normalize_key(e.text) or utils.default_process(e.text) for e in self.entries]
        self.names_of: dict[EntityId, list[int]] = {}  # an entity's name positions: all are scored, or none
        for position, entry in enumerate(self.entries):
            self.names_of.setdefault(entry.entity_id, []).append(position)
        word_ids: dict[str, int] = {}
        self.word_names: list[array[int]] = []
        for position, choice in enumerate(self.choices):
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
        self.short = sorted((len(c), i) for i, c in enumerate(self.choices) if len(c) <= longest)

    def candidates(self, query: str) -> list[int] | None:
        """Positions of the names that can score CUTOFF or more against the query, ascending; None: all names.

        A name the scorer accepts shares all but a few of the query's grams (a prefix, a reordering or an alias
        shares all of them, a typo breaks up to four); so it holds at least one of the query's (allowed misses + 1)
        rarest grams, counting grams no name holds as the rarest. Only those grams' names are read, which
        keeps the common ones ("tec", " wa") out of the work. Very short queries, and names so short that a
        query can match them by overall similarity without sharing a gram ("ai" for "xai"), are handled apart."""
        if len(query) < SHORT_QUERY:
            return None
        grams = sorted(name_grams(query), key=lambda g: self.gram_names.get(g, 0))
        words: set[int] = set()
        for gram in grams[: misses_allowed(len(grams)) + 1]:
            words.update(self.gram_words.get(gram, ()))
        found: set[int] = set()
        for wid in words:
            found.update(self.word_names[wid])
        if len(query) <= FEW:
            longest = _longest_similar(len(query))
            found.update(i for length, i in self.short if length <= longest)
        # The best match per entity is over all its names: a candidate alias brings its primary name along.
        return sorted({i for position in found for i in self.names_of[self.entries[position].entity_id]})

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
        best: dict[EntityId, tuple[float, bool, NameEntry]] = {}
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


class SearchIndex:
    """One per app; thread-safe; rebuilt lazily after writes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: object = None
        self._index: NameSearch | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._index = None

    def _current(self, store: GraphStore) -> NameSearch:
        generation = store_generation(store)
        with self._lock:
            if self._index is None or generation != self._generation:
                self._index = NameSearch(store.name_entries())
                self._generation = generation
            return self._index

    def search(self, store: GraphStore, text: str, kinds: Sequence[EntityKind] = (), limit: int = 10) -> list[Match]:
        """Best match per entity, best first; ties broken by primary name, then id."""
        query = normalize_key(text) or utils.default_process(text)
        if not query or limit <= 0:
            return []
        return self._current(store).search(query, kinds, limit)
