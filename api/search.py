"""Fuzzy search over every name, alias and legal name (rapidfuzz), scores 0..1.

The index is built from store.name_entries() and rebuilt only when the store's generation changes
(a write happened), so a search costs one cheap generation check, not a full scan.
"""

from __future__ import annotations

import threading
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


class _Index:
    def __init__(self, entries: Sequence[NameEntry]) -> None:
        self.entries = list(entries)
        self.choices = [normalize_key(e.text) or utils.default_process(e.text) for e in self.entries]


class SearchIndex:
    """One per app; thread-safe; rebuilt lazily after writes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: object = None
        self._index: _Index | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._index = None

    def _current(self, store: GraphStore) -> _Index:
        generation = store_generation(store)
        with self._lock:
            if self._index is None or generation != self._generation:
                self._index = _Index(store.name_entries())
                self._generation = generation
            return self._index

    def search(self, store: GraphStore, text: str, kinds: Sequence[EntityKind] = (), limit: int = 10) -> list[Match]:
        """Best match per entity, best first; ties broken by primary name, then id."""
        query = normalize_key(text) or utils.default_process(text)
        if not query or limit <= 0:
            return []
        index = self._current(store)
        wanted = set(kinds)
        scored = process.extract(
            query,
            index.choices,
            scorer=fuzz.WRatio,
            processor=None,
            limit=None,
            score_cutoff=CUTOFF,
        )
        best: dict[EntityId, tuple[float, bool, NameEntry]] = {}
        for choice, _rough, position in scored:
            entry = index.entries[position]
            if wanted and entry.kind not in wanted:
                continue
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
