"""Entity resolution: which graph entity does each name in a document mean?

Rules, in order, for a draft of a given kind (kinds must always agree):
1. exact: a name, alias or legal name has the same normalised key as a known entity's name -> link;
2. core name (organisations): the same key once trailing descriptors ("AI", "Technology", "Labs")
   are dropped ("Moonshot" = "Moonshot AI") -> link;
3. acronym: "SMIC" = "Semiconductor Manufacturing International Corp." (either way round) -> link
   when exactly one entity fits and the initials are three letters or more;
4. fuzzy: rapidfuzz over a blocked candidate set. A clear match (>= LINK_SCORE) links; the grey zone
   (>= GREY_SCORE) creates a new entity and records a MergeCandidate. Names that differ in a number
   ("GLM-4.5V" / "GLM-4.6V"), names too short to judge, and a name that is another plus a
   distinguishing word ("Alibaba" / "Alibaba Cloud", "Google" / "Google China") never match.
Authoritative drafts (a profile's own subject) link on rules 1-3 only: a fuzzy look-alike gives a
new entity and a merge candidate, never a silent merge.

The rules read the store's name index (graph/nameindex.py) through NameIndex (loaders/name_index.py): a
document reads the few index terms its names need, never every name. Names added while a load resolves
are found by later mentions (in the same document or the next one) before the store has them. What a document's
drafts become once resolved (the records of the batch it writes) is loaders/batch.py's job.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from graph.model import EntityId, EntityKind
from graph.nameindex import (
    DESCRIPTORS,
    MAX_BLOCK,
    acronym_name_term,
    acronyms_of,
    block_pairs,
    block_term,
    block_terms,
    core_key,
    core_term,
    initials_term,
    key_term,
    looks_like_acronym,
)
from graph.names import normalize_key as _normalize_key
from graph.store import GraphStore, NameEntry
from loaders.name_index import TermIndex

__all__ = ["DESCRIPTORS", "MAX_BLOCK", "acronyms_of", "core_key", "looks_like_acronym"]

# The store's own key function, memoised: resolution asks for the same names' keys again and again.
normalize_key = functools.lru_cache(maxsize=1 << 18)(_normalize_key)

LINK_SCORE = 92.0
GREY_SCORE = 85.0
# Two letters are the initials of too many companies ("LT", "PN"): a two-letter short form links only where a text
# or a profile states it as the company's alias (the exact rule)
MIN_INITIALS = 3
MIN_FUZZY_KEY_LENGTH = 6  # shorter keys ("baidu", "xai") only ever match exactly

_DIGITS = re.compile(r"\d+")


def _distinct_numbers(a: str, b: str) -> bool:
    return _DIGITS.findall(a) != _DIGITS.findall(b)


def _distinct_parts(a: str, b: str) -> tuple[str, str]:
    """Both keys without the words they share at the start and the end ("jianyong bank" / "jianyang bank"
    -> "jianyong" / "jianyang"): a shared common word must not make two different names look alike."""
    x, y = a.split(), b.split()
    while len(x) > 1 and len(y) > 1 and x[-1] == y[-1]:
        x.pop()
        y.pop()
    while len(x) > 1 and len(y) > 1 and x[0] == y[0]:
        x.pop(0)
        y.pop(0)
    return " ".join(x), " ".join(y)


def _is_extension(short: str, long: str) -> bool:
    """True when `long` is `short` plus whole words ("alibaba" / "alibaba cloud")."""
    s, w = short.split(), long.split()
    if len(s) >= len(w):
        return False
    return w[: len(s)] == s or w[-len(s) :] == s or set(s) < set(w)


@dataclass(frozen=True)
class Match:
    entity_id: EntityId
    score: float
    rule: str  # exact, core, acronym, fuzzy


@dataclass
class Decision:
    """What resolution decided for one draft."""

    ref: str
    entity_id: EntityId
    linked: bool
    match: Match | None = None
    candidates: list[Match] = field(default_factory=list)  # grey-zone look-alikes of a new entity


def name_known(index: NameIndex, eid: EntityId) -> bool:
    """The entity is known to the index (not forgotten by a rollback)."""
    return eid in index.kind


class NameIndex(TermIndex):
    """The resolution rules over the name index's terms."""

    def __init__(self, entries: Iterable[NameEntry] = (), store: GraphStore | None = None) -> None:
        self._scored_memo: dict[tuple[EntityKind, str, int, int], dict[str, float]] = {}
        super().__init__(entries, store)

    def _best(self, ids: set[EntityId], key: str) -> EntityId:
        """Several entities share a key: prefer one whose primary name has it, then the smallest id."""
        primary = sorted(i for i in ids if normalize_key(self.primary_name(i)) == key)
        return primary[0] if primary else sorted(ids)[0]

    def exact(self, kind: EntityKind, name: str) -> Match | None:
        key = normalize_key(name)
        ids = self.live(key_term(kind, key)) if key else set()
        if ids:
            return Match(self._best(ids, key), 100.0, "exact")
        if kind is not EntityKind.ORGANIZATION or not key:
            return None
        # "Taihong Software Technology" is "Taihong Software" when that is known...
        shorter = core_key(key)
        ids = self.live(key_term(kind, shorter)) if shorter != key else set()
        if ids:
            return Match(self._best(ids, shorter), 97.0, "core")
        # ... and "Moonshot" is "Moonshot AI" when only one entity has that core.
        ids = self.live(core_term(core_key(key)))
        if ids and len(ids) == 1:
            return Match(next(iter(ids)), 97.0, "core")
        return None

    def warm(self) -> None:
        """Kept for callers that time a build: the tables need no warming."""

    def acronym(self, kind: EntityKind, name: str) -> Match | None:
        # Initials name organisations ("SMIC"); a product's short form ("K2") is a name of its own,
        # and "Kling 2.0" must not become "K2".
        if kind is not EntityKind.ORGANIZATION:
            return None
        letters = normalize_key(name).replace(" ", "")
        if looks_like_acronym(name) and len(letters) >= MIN_INITIALS:
            found = self.live(initials_term(letters))
            ids = {i for i in found if name_known(self, i)}
            if ids and len(ids) == 1:
                return Match(next(iter(ids)), 95.0, "acronym")
        for acronym in acronyms_of(name):
            if len(acronym) < MIN_INITIALS:
                continue
            owners = self.live(acronym_name_term(acronym))
            if owners and len(owners) == 1:
                return Match(next(iter(owners)), 95.0, "acronym")
        return None

    def prefetch(self, requests: Iterable[tuple[EntityKind, Sequence[str]]]) -> None:
        """Read in two goes the terms resolving these names looks at: their own terms, then the exact-key terms
        of the look-alikes the fuzzy rule scores for the names no exact rule resolves."""
        wanted = [(kind, list(names)) for kind, names in requests]
        super().prefetch(wanted)
        fuzzy = [(k, names) for k, names in wanted if not any(self.exact(k, n) or self.acronym(k, n) for n in names)]
        keyed = [(k, key) for k, names in fuzzy for n in names if (key := normalize_key(n))]
        self.load_sizes(sorted({b for k, key in keyed for b in block_terms(k, key)}))  # then only the blocks read
        self._load(sorted({block_term(k, b) for k, key in keyed for b in self._blocks(k, key)}))
        keys: list[str] = []
        for kind, names in fuzzy:
            for name in names:
                keys.extend(key_term(kind, other) for other in self._scored(kind, normalize_key(name), 5))
        self._load(keys)

    def _scored(self, kind: EntityKind, key: str, limit: int) -> dict[str, float]:
        """The keys of the key's blocks that score GREY_SCORE or more against it (memoised until names change)."""
        memo_key = (kind, key, limit, self.version)
        if memo_key in self._scored_memo:
            return self._scored_memo[memo_key]
        scorer = fuzz.token_sort_ratio if kind is EntityKind.PERSON else fuzz.ratio
        # ratio = 2 * common / (len(a) + len(b)) cannot reach GREY_SCORE beyond these lengths
        share = GREY_SCORE / 100
        shortest, longest = int(len(key) * share / (2 - share)), int(len(key) * (2 - share) / share) + 1
        scored: dict[str, float] = {}
        for block in self._blocks(kind, key):
            term = self._term(block_term(kind, block))
            by_length = term.by_length() if term else {}
            members = [k for n, keys in by_length.items() if shortest <= n <= longest for k in keys]
            if not members:
                continue
            for other, score, _ in process.extract(
                key, members, scorer=scorer, score_cutoff=GREY_SCORE, limit=limit + 1
            ):
                scored[other] = score
        scored.pop(key, None)
        if len(self._scored_memo) > 10_000:
            self._scored_memo.clear()
        self._scored_memo[memo_key] = scored
        return scored

    def _blocks(self, kind: EntityKind, key: str) -> list[str]:
        """The blocks the fuzzy rule reads for a key: of each pair the coarse one, or the fine one when the coarse
        one is too common to narrow anything (chosen by their sizes: the members of the others stay unread)."""
        chosen: set[str] = set()
        if len(key.replace(" ", "")) >= MIN_FUZZY_KEY_LENGTH:
            for coarse, fine in block_pairs(key):
                for block in (coarse, fine):
                    if 0 < self.size_of(block_term(kind, block)) <= MAX_BLOCK:
                        chosen.add(block)
                        break
        return sorted(chosen)

    def fuzzy(self, kind: EntityKind, name: str, limit: int = 5) -> list[Match]:
        """Look-alikes scoring at least GREY_SCORE, best first, after the never-match rules."""
        key = normalize_key(name)
        if len(key.replace(" ", "")) < MIN_FUZZY_KEY_LENGTH:
            return []
        scorer = fuzz.token_sort_ratio if kind is EntityKind.PERSON else fuzz.ratio
        scored = self._scored(kind, key, limit)
        self._load([key_term(kind, other) for other in scored])
        found: dict[EntityId, Match] = {}
        for other, score in scored.items():
            if len(other.replace(" ", "")) < MIN_FUZZY_KEY_LENGTH or _distinct_numbers(key, other):
                continue
            if _is_extension(key, other) or _is_extension(other, key):
                continue
            mine, theirs = _distinct_parts(key, other)
            if (mine, theirs) != (key, other):
                score = min(score, scorer(mine, theirs))
                if score < GREY_SCORE:
                    continue
            for eid in sorted(self.live(key_term(kind, other))):
                if eid not in found or found[eid].score < score:
                    found[eid] = Match(eid, float(score), "fuzzy")
        return sorted(found.values(), key=lambda m: (-m.score, m.entity_id))[:limit]

    def resolve(
        self, kind: EntityKind, names: Sequence[str], authoritative: bool = False
    ) -> tuple[Match | None, list[Match]]:
        """(the entity these names mean, or None; grey-zone look-alikes when None)."""
        for name in names:
            hit = self.exact(kind, name)
            if hit and hit.rule == "exact":
                return hit, []
        for name in names:
            hit = self.exact(kind, name) or self.acronym(kind, name)
            if hit:
                return hit, []
        looks: dict[EntityId, Match] = {}
        for name in names:
            for m in self.fuzzy(kind, name):
                if m.entity_id not in looks or looks[m.entity_id].score < m.score:
                    looks[m.entity_id] = m
        ranked = sorted(looks.values(), key=lambda m: (-m.score, m.entity_id))
        if ranked and not authoritative and ranked[0].score >= LINK_SCORE:
            return ranked[0], []
        return None, ranked


class IndexGazetteer:
    """The graph's known names for an article extractor: surface text -> (canonical name, kind).

    Without a store: every name the index holds. With one: the names a given text may hold (TermIndex.forms_in),
    read per document, never all of them."""

    def __init__(self, index: NameIndex, text: str | None = None) -> None:
        self._index = index
        self._text = text

    def surface_forms(self) -> dict[str, tuple[str, EntityKind]]:
        """Rebuilt only when the index's names changed since the last call (the same dict otherwise)."""
        if self._index.store is not None:
            return self._index.forms_in(self._text or "")
        cached = self._index.surface_cache
        if cached is not None and cached[0] == self._index.version:
            return cached[1]
        forms: dict[str, tuple[str, EntityKind]] = {}
        for eid, names in self._index.names.items():
            owner = self._index.redirect.get(eid)
            if not names or owner is None or owner not in self._index.kind:
                continue  # forgotten by a rollback
            canonical = self._index.primary_name(owner)
            kind = self._index.kind[owner]
            for name in names:
                forms.setdefault(name, (canonical, kind))
        self._index.surface_cache = (self._index.version, forms)
        return forms


# One NameIndex per store object and thread-safe use by one load at a time (loaders.pipeline holds a lock).
_INDEX_CACHE: weakref.WeakKeyDictionary[Any, NameIndex] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def index_for(store: GraphStore) -> NameIndex:
    """The store's name index view, cached per store object; its cache is dropped when the store's version
    moved since (another process, or a write that did not go through the index)."""
    version = store.version()
    with _CACHE_LOCK:
        try:
            index = _INDEX_CACHE.get(store)
        except TypeError:  # a store that cannot be weakly referenced
            index = None
        if index is None:
            index = NameIndex(store=store)
            with contextlib.suppress(TypeError):
                _INDEX_CACHE[store] = index
    if index.seen_version != version:
        index.clear()
        index.seen_version = version
    return index


def build_index(store: GraphStore) -> NameIndex:
    """A fresh, uncached index view of the store (a dry run adds names it never writes)."""
    index = NameIndex(store=store)
    index.seen_version = store.version()
    return index


def remember_index(store: GraphStore, index: NameIndex, written: int | None = None) -> None:
    """After a write of ours (`written`: the version it produced), keep the index's names: the store now holds
    the same terms. When another write came in between, the cache is dropped instead."""
    index.commit()
    if written is None:
        return
    if index.seen_version is not None and written == index.seen_version + 1:
        index.seen_version = written
    else:
        index.clear()
        index.seen_version = written


def forget_index(store: GraphStore) -> None:
    """Drop the cached index view (after a merge or anything else that re-points names)."""
    with _CACHE_LOCK, contextlib.suppress(TypeError):
        _INDEX_CACHE.pop(store, None)
