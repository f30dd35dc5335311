"""Entity resolution: which graph entity does each name in a document mean?

Rules, in order, for a draft of a given kind (kinds must always agree):
1. exact: a name, alias or legal name has the same normalised key as a known entity's name -> link;
2. core name (organisations): the same key once trailing descriptors ("AI", "Technology", "Labs")
   are dropped ("Moonshot" = "Moonshot AI") -> link;
3. acronym: "SMIC" = "Semiconductor Manufacturing International Corp." (either way round) -> link
   when exactly one entity fits;
4. fuzzy: rapidfuzz over a blocked candidate set. A clear match (>= LINK_SCORE) links; the grey zone
   (>= GREY_SCORE) creates a new entity and records a MergeCandidate. Names that differ in a number
   ("GLM-4.5V" / "GLM-4.6V"), names too short to judge, and a name that is another plus a
   distinguishing word ("Alibaba" / "Alibaba Cloud", "Google" / "Google China") never match.
Authoritative drafts (a profile's own subject) link on rules 1-3 only: a fuzzy look-alike gives a
new entity and a merge candidate, never a silent merge.

The NameIndex is built once from the store's name entries and updated as documents of one load
are resolved, so later mentions (in the same document or the next one) find entities created earlier.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from graph.model import (
    ENTITY_TYPES,
    AttributeValue,
    Entity,
    EntityId,
    EntityKind,
    Event,
    Evidence,
    MergeCandidate,
    Relation,
    Source,
    StatementBatch,
    attribute_value_id,
    entity_id,
    event_id,
    relation_id,
)
from graph.names import normalize_key as _normalize_key
from graph.names import short_hash, tokens
from graph.store import GraphStore, NameEntry
from loaders.drafts import DocumentDraft, EntityDraft, Span

# The store's own key function, memoised: resolution asks for the same names' keys again and again.
normalize_key = functools.lru_cache(maxsize=1 << 18)(_normalize_key)

LINK_SCORE = 92.0
GREY_SCORE = 85.0
MIN_FUZZY_KEY_LENGTH = 6  # shorter keys ("baidu", "xai") only ever match exactly
MAX_BLOCK = 1000  # a blocking key shared by more names than this is too generic to narrow anything

# A relation, event or attribute property whose value starts with this names an event of the same
# document by its qualifier; resolution replaces it with that event's graph id.
EVENT_REF = "@event:"

# Trailing words that describe rather than name an organisation: "Moonshot AI" is "Moonshot".
# "Lab(s)" is not one: "Tencent AI Lab" is a unit of Tencent, as "Alibaba Cloud" is of Alibaba.
DESCRIPTORS = frozenset({"ai", "technology", "technologies", "tech", "intelligence", "intelligent", "software"})
_ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "de", "und", "&"})
_DIGITS = re.compile(r"\d+")


def core_key(key: str) -> str:
    """The key without one trailing descriptor word ("moonshot ai" -> "moonshot"); never empty."""
    words = key.split()
    if len(words) > 1 and words[-1] in DESCRIPTORS:
        words.pop()
    return " ".join(words)


def acronyms_of(name: str, key: str | None = None) -> set[str]:
    """Initials of a multi-word name, with and without its legal suffix ("smic" and "smi")."""
    if " " not in name.strip():
        return set()
    words = [w for w in tokens(name) if w and w not in _ACRONYM_STOPWORDS and not w[0].isdigit()]
    found: set[str] = set()
    if len(words) >= 2:
        found.add("".join(w[0] for w in words))
    key_words = (normalize_key(name) if key is None else key).split()
    if len(key_words) >= 2:
        found.add("".join(w[0] for w in key_words if w not in _ACRONYM_STOPWORDS and not w[0].isdigit()))
    return {a for a in found if len(a) >= 2}


def looks_like_acronym(name: str) -> bool:
    """ "SMIC", "HKEX", "T.S.M.C." - one short word written (mostly) in capitals."""
    compact = re.sub(r"[.\s&-]", "", name)
    return 2 <= len(compact) <= 6 and compact.isalnum() and sum(c.isupper() for c in compact) >= len(compact) - 1


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
    """The entity still has names in the index (not forgotten by a rollback)."""
    return bool(index.names.get(eid))


class NameIndex:
    """Every known surface form by kind and key, with blocking tables for fuzzy look-up."""

    def __init__(self, entries: Iterable[NameEntry] = ()) -> None:
        self.kind: dict[EntityId, EntityKind] = {}
        self.primary: dict[EntityId, str] = {}
        self.names: dict[EntityId, list[str]] = defaultdict(list)
        self.by_key: dict[tuple[EntityKind, str], set[EntityId]] = defaultdict(set)
        self.by_core: dict[tuple[EntityKind, str], set[EntityId]] = defaultdict(set)
        # initials -> entities; built on the first acronym look-up (a third of the build time otherwise)
        self.by_acronym: dict[tuple[EntityKind, str], set[EntityId]] = defaultdict(set)
        self._acronyms_ready = False
        self.acronym_names: dict[tuple[EntityKind, str], set[EntityId]] = defaultdict(set)
        # blocking key -> key length -> keys; a fuzzy look-up only reads lengths that could reach GREY_SCORE
        self.blocks: dict[tuple[EntityKind, str], dict[int, list[str]]] = defaultdict(dict)
        self.block_sizes: Counter[tuple[EntityKind, str]] = Counter()
        self._undo: list[tuple[Any, ...]] = []
        self._journal = False  # the initial bulk load needs no undo log
        self.version = 0  # changes whenever the set of names changes
        self.surface_cache: tuple[int, dict[str, tuple[str, EntityKind]]] | None = None
        for entry in entries:
            self.add(entry.entity_id, entry.kind, [entry.text], primary=entry.text if entry.is_primary else None)
        self._journal = True

    # --- building

    def _put(self, table: dict[Any, set[Any]], key: Any, value: Any) -> None:
        bucket = table[key]
        if value not in bucket:
            bucket.add(value)
            if self._journal:
                self._undo.append(("set", table, key, value))

    def add(self, eid: EntityId, kind: EntityKind, names: Iterable[str], primary: str | None = None) -> None:
        if eid not in self.kind:
            self.kind[eid] = kind
            if self._journal:
                self._undo.append(("dict", self.kind, eid))
        if primary and eid not in self.primary:
            self.primary[eid] = primary
            if self._journal:
                self._undo.append(("dict", self.primary, eid))
        known = self.names[eid]
        for name in names:
            if name in known:
                continue
            key = normalize_key(name)
            if not key:
                continue
            known.append(name)
            self.version += 1
            if self._journal:
                self._undo.append(("list", known, name))
            new_key = not self.by_key.get((kind, key))
            self._put(self.by_key, (kind, key), eid)
            if kind is EntityKind.ORGANIZATION:
                self._put(self.by_core, (kind, core_key(key)), eid)
            if self._acronyms_ready and kind is EntityKind.ORGANIZATION:
                for acronym in acronyms_of(name, key):
                    self._put(self.by_acronym, (kind, acronym), eid)
            if kind is EntityKind.ORGANIZATION and looks_like_acronym(name):
                self._put(self.acronym_names, (kind, key.replace(" ", "")), eid)
            if new_key:
                for block in self._block_keys(key):
                    bucket = self.blocks[(kind, block)].setdefault(len(key), [])
                    bucket.append(key)
                    self.block_sizes[(kind, block)] += 1
                    if self._journal:
                        self._undo.append(("list", bucket, key))
                        self._undo.append(("count", self.block_sizes, (kind, block)))

    @staticmethod
    def _block_pairs(key: str) -> list[tuple[str, str]]:
        """Blocking keys: a typo has to hit the first word's start, the last word's start and the end at once
        to escape all of them. Each comes coarse (4 letters) and fine (6 letters); the fine one is read when
        the coarse block is too common to narrow anything."""
        words = key.split()
        compact = key.replace(" ", "")
        # First and last words share one label so that "Junjie Yan" meets "Yan Junjie".
        return [
            ("w:" + words[0][:4], "W:" + words[0][:6]),
            ("w:" + words[-1][:4], "W:" + words[-1][:6]),
            ("s:" + compact[-4:], "S:" + compact[-6:]),
        ]

    @classmethod
    def _block_keys(cls, key: str) -> set[str]:
        return {block for pair in cls._block_pairs(key) for block in pair}

    def checkpoint(self) -> int:
        return len(self._undo)

    def rollback(self, checkpoint: int) -> None:
        """Forget everything added since the checkpoint (a document whose write failed)."""
        if len(self._undo) > checkpoint:
            self.version += 1
        while len(self._undo) > checkpoint:
            step = self._undo.pop()
            if step[0] == "set":
                step[1][step[2]].discard(step[3])
            elif step[0] == "dict":
                step[1].pop(step[2], None)
            elif step[0] == "count":
                step[1][step[2]] -= 1
            else:
                step[1].remove(step[2])

    def commit(self) -> None:
        self._undo.clear()

    # --- look-ups

    def primary_name(self, eid: EntityId) -> str:
        return self.primary.get(eid) or (self.names.get(eid) or [eid])[0]

    def _best(self, ids: set[EntityId], key: str) -> EntityId:
        """Several entities share a key: prefer one whose primary name has it, then the smallest id."""
        primary = sorted(i for i in ids if normalize_key(self.primary_name(i)) == key)
        return primary[0] if primary else sorted(ids)[0]

    def exact(self, kind: EntityKind, name: str) -> Match | None:
        key = normalize_key(name)
        ids = self.by_key.get((kind, key))
        if ids:
            return Match(self._best(ids, key), 100.0, "exact")
        if kind is not EntityKind.ORGANIZATION or not key:
            return None
        # "Taihong Software Technology" is "Taihong Software" when that is known...
        shorter = core_key(key)
        ids = self.by_key.get((kind, shorter)) if shorter != key else None
        if ids:
            return Match(self._best(ids, shorter), 97.0, "core")
        # ... and "Moonshot" is "Moonshot AI" when only one entity has that core.
        ids = self.by_core.get((kind, core_key(key)))
        if ids and len(ids) == 1:
            return Match(next(iter(ids)), 97.0, "core")
        return None

    def warm(self) -> None:
        """Build the tables that are otherwise built on first use (for timing, or before serving)."""
        if not self._acronyms_ready:
            self._build_acronyms()

    def _build_acronyms(self) -> None:
        for eid, names in self.names.items():
            kind = self.kind.get(eid)
            if kind is not EntityKind.ORGANIZATION:
                continue
            for name in names:
                for acronym in acronyms_of(name):
                    # not journaled: a rollback leaves these behind, and look-ups skip forgotten ids
                    self.by_acronym[(kind, acronym)].add(eid)
        self._acronyms_ready = True

    def acronym(self, kind: EntityKind, name: str) -> Match | None:
        # Initials name organisations ("SMIC"); a product's short form ("K2") is a name of its own,
        # and "Kling 2.0" must not become "K2".
        if kind is not EntityKind.ORGANIZATION:
            return None
        if looks_like_acronym(name):
            if not self._acronyms_ready:
                self._build_acronyms()
            found = self.by_acronym.get((kind, normalize_key(name).replace(" ", ""))) or set()
            ids = {i for i in found if i in self.kind and name_known(self, i)}
            if ids and len(ids) == 1:
                return Match(next(iter(ids)), 95.0, "acronym")
        for acronym in acronyms_of(name):
            owners = self.acronym_names.get((kind, acronym))
            if owners and len(owners) == 1:
                return Match(next(iter(owners)), 95.0, "acronym")
        return None

    def fuzzy(self, kind: EntityKind, name: str, limit: int = 5) -> list[Match]:
        """Look-alikes scoring at least GREY_SCORE, best first, after the never-match rules."""
        key = normalize_key(name)
        if len(key.replace(" ", "")) < MIN_FUZZY_KEY_LENGTH:
            return []
        scorer = fuzz.token_sort_ratio if kind is EntityKind.PERSON else fuzz.ratio
        # ratio = 2 * common / (len(a) + len(b)) cannot reach GREY_SCORE beyond these lengths
        share = GREY_SCORE / 100
        shortest, longest = int(len(key) * share / (2 - share)), int(len(key) * (2 - share) / share) + 1
        scored: dict[str, float] = {}
        chosen: set[str] = set()
        for coarse, fine in self._block_pairs(key):
            for block in (coarse, fine):
                if 0 < self.block_sizes[(kind, block)] <= MAX_BLOCK:
                    chosen.add(block)
                    break
        for block in sorted(chosen):
            by_length = self.blocks[(kind, block)]
            members = [k for n, keys in by_length.items() if shortest <= n <= longest for k in keys]
            if not members:
                continue
            for other, score, _ in process.extract(
                key, members, scorer=scorer, score_cutoff=GREY_SCORE, limit=limit + 1
            ):
                scored[other] = score
        scored.pop(key, None)
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
            for eid in self.by_key.get((kind, other), ()):
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
    """The graph's known names for an article extractor: surface text -> (canonical name, kind)."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    def surface_forms(self) -> dict[str, tuple[str, EntityKind]]:
        """Rebuilt only when the index's names changed since the last call (the same dict otherwise)."""
        cached = self._index.surface_cache
        if cached is not None and cached[0] == self._index.version:
            return cached[1]
        forms: dict[str, tuple[str, EntityKind]] = {}
        for eid, names in self._index.names.items():
            if not names or eid not in self._index.kind:
                continue  # forgotten by a rollback
            canonical = self._index.primary_name(eid)
            kind = self._index.kind[eid]
            for name in names:
                forms.setdefault(name, (canonical, kind))
        self._index.surface_cache = (self._index.version, forms)
        return forms


_INDEX_CACHE: weakref.WeakKeyDictionary[Any, tuple[object, NameIndex]] = weakref.WeakKeyDictionary()


def build_index(store: GraphStore) -> NameIndex:
    """Every live name, plus the names of merged entities pointing at the entity they were merged into."""
    index = NameIndex(store.name_entries())
    merges = [r for r in store.merge_records() if r.undone_at is None and r.keep_id in index.kind]
    if merges:
        merged = store.entities([r.merge_id for r in merges], include_retracted=True)
        for record in merges:
            gone = merged.get(record.merge_id)
            if gone is not None:
                index.add(record.keep_id, index.kind[record.keep_id], gone.names)
    index.commit()
    return index


def _fingerprint(store: GraphStore) -> object:
    """Changes whenever the graph does: the store's commit counter where it has one, else its counts."""
    generation = getattr(store, "generation", None)
    if callable(generation):
        return generation()
    stats = store.stats()
    return (stats.entities, stats.relations, stats.events, stats.sources, stats.attribute_values)


def index_for(store: GraphStore) -> NameIndex:
    """The store's name index, cached per store object and rebuilt when the graph changed since."""
    fingerprint = _fingerprint(store)
    try:
        cached = _INDEX_CACHE.get(store)
    except TypeError:  # a store that cannot be weakly referenced
        cached = None
    if cached and cached[0] == fingerprint:
        return cached[1]
    index = build_index(store)
    with contextlib.suppress(TypeError):
        _INDEX_CACHE[store] = (fingerprint, index)
    return index


def remember_index(store: GraphStore, index: NameIndex) -> None:
    """After a write of ours, keep the (already updated) index for the store's new state."""
    index.commit()
    with contextlib.suppress(TypeError):
        _INDEX_CACHE[store] = (_fingerprint(store), index)


def forget_index(store: GraphStore) -> None:
    """Drop the cached index (after a merge or anything else that re-points names)."""
    with contextlib.suppress(TypeError):
        _INDEX_CACHE.pop(store, None)


# --------------------------------------------------------------------------- draft -> batch


@dataclass
class ResolvedDocument:
    batch: StatementBatch
    decisions: dict[str, Decision]
    created: int
    linked: int
    warnings: list[str]


def _evidence(span: Span, source_id: str, recorded_at: dt.datetime) -> Evidence:
    return Evidence(
        source_id=source_id,
        quote=span.quote,
        start=span.start,
        end=span.end,
        confidence=span.confidence,
        rule=span.rule,
        recorded_at=recorded_at,
    )


def _draft_names(draft: EntityDraft) -> list[str]:
    names = [draft.name, *draft.aliases]
    if draft.legal_name:
        names.append(draft.legal_name)
    return list(dict.fromkeys(names))


def _new_id(
    index: NameIndex, draft: EntityDraft, taken: set[EntityId], id_exists: Callable[[EntityId], bool] | None
) -> EntityId:
    base = entity_id(draft.kind, draft.name)
    candidate, n = base, 1
    while candidate in index.kind or candidate in taken or (id_exists is not None and id_exists(candidate)):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _entity_record(
    draft: EntityDraft,
    eid: EntityId,
    name: str,
    surface: Sequence[str],
    source_id: str | None,
    recorded_at: dt.datetime,
) -> Entity:
    model = ENTITY_TYPES[draft.kind]
    values: dict[str, Any] = {
        "id": eid,
        "name": name,
        "aliases": tuple(a for a in surface if a != name and a != draft.legal_name),
        "source_ids": (source_id,) if source_id else (),
        "recorded_at": recorded_at,
        "legal_name": draft.legal_name,
        "categories": draft.categories,
        "founded_on": draft.founded_on,
        "dissolved_on": draft.dissolved_on,
        "product_kind": draft.product_kind,
        "released_on": draft.released_on,
        "discontinued_on": draft.discontinued_on,
        "attributes": draft.attributes,
        "description": draft.description,
    }
    fields = {k: v for k, v in values.items() if k in model.model_fields and v is not None}
    return model.model_validate(fields)  # type: ignore[return-value]


_STATED_FIELDS = (
    "legal_name",
    "founded_on",
    "dissolved_on",
    "product_kind",
    "released_on",
    "discontinued_on",
    "description",
)


def _update_record(
    base: Entity,
    draft: EntityDraft,
    surface: Sequence[str],
    source_id: str | None,
    *,
    curated: bool,
) -> Entity:
    """The stored entity plus what the draft states about it. A curated draft (a profile) replaces the
    fields it states; an article mention only fills fields the graph does not know yet. Fields the draft
    does not state are never touched (a bare mention of a MODEL does not make it OTHER)."""
    updates: dict[str, Any] = {}
    for field_name in _STATED_FIELDS:
        if field_name not in type(base).model_fields:
            continue
        value = getattr(draft, field_name)
        if value is None:
            continue
        current = getattr(base, field_name)
        unknown = current is None or (field_name == "product_kind" and current == "OTHER")
        if curated or unknown:
            updates[field_name] = value
    if "categories" in type(base).model_fields and draft.categories:
        updates["categories"] = tuple(dict.fromkeys([*getattr(base, "categories", ()), *draft.categories]))
    if "attributes" in type(base).model_fields and draft.attributes:
        stored = getattr(base, "attributes", {})
        extra = draft.attributes if curated else {k: v for k, v in draft.attributes.items() if k not in stored}
        updates["attributes"] = {**stored, **extra}
    known = set(base.names)
    updates["aliases"] = tuple(dict.fromkeys([*base.aliases, *(n for n in surface if n not in known)]))
    if source_id and source_id not in base.source_ids:
        updates["source_ids"] = (*base.source_ids, source_id)
    return base.model_copy(update=updates)


def resolve_draft(
    index: NameIndex,
    draft: DocumentDraft,
    *,
    source: Source | None,
    recorded_at: dt.datetime,
    id_exists: Callable[[EntityId], bool] | None = None,
    stored: Callable[[Sequence[EntityId]], dict[EntityId, Entity]] | None = None,
) -> ResolvedDocument:
    """Resolve a document's references against (and into) the index; return the batch to write.

    `id_exists` tells whether the store holds an id the index does not know (a retracted or merged
    entity): a new entity never reuses one. `stored` fetches entities that mentions link to, so that
    their update states only what the document says (without it, the draft alone is written).
    """
    taken: set[EntityId] = set()
    source_id = source.id if source else None
    warnings = list(draft.warnings)
    decisions: dict[str, Decision] = {}
    entities: list[Entity] = []
    candidates: list[MergeCandidate] = []
    created = linked = 0

    links: list[tuple[EntityDraft, EntityId, list[str], str]] = []
    built: dict[EntityId, Entity] = {}
    for ent in draft.entities:
        names = _draft_names(ent)
        match, looks = index.resolve(ent.kind, names, authoritative=ent.authoritative)
        if match is not None:
            eid = match.entity_id
            decisions[ent.ref] = Decision(ent.ref, eid, linked=True, match=match)
            display = ent.name if ent.authoritative else index.primary_name(eid)
            # A fuzzy link does not make the (possibly misspelt) mention an alias of the entity.
            surface = names if ent.authoritative or match.rule != "fuzzy" else names[1:]
            links.append((ent, eid, surface, display))
            index.add(eid, ent.kind, surface)
            linked += 1
            continue
        eid = _new_id(index, ent, taken, id_exists)
        taken.add(eid)
        decisions[ent.ref] = Decision(ent.ref, eid, linked=False, candidates=looks)
        built[eid] = _entity_record(ent, eid, ent.name, names, source_id, recorded_at)
        index.add(eid, ent.kind, names, primary=ent.name)
        created += 1
        for look in looks:
            candidates.append(
                MergeCandidate(
                    id=f"candidate:{short_hash(eid, look.entity_id)}",
                    new_id=eid,
                    existing_id=look.entity_id,
                    score=round(look.score, 1),
                    mention=ent.name,
                    recorded_at=recorded_at,
                )
            )

    curated = draft.source.format == "profile"
    outside = sorted({eid for _, eid, _, _ in links if eid not in built})
    known_entities = stored(outside) if stored is not None and outside else {}
    for ent, eid, surface, display in links:
        base = built.get(eid) or known_entities.get(eid)
        if base is None:  # not in the store (a dry run's earlier document): the draft alone
            built[eid] = _entity_record(ent, eid, display, surface, source_id, recorded_at)
            continue
        if ent.authoritative and ent.name not in base.names:
            surface = [ent.name, *surface]
        built[eid] = _update_record(base, ent, surface, source_id, curated=curated or ent.authoritative)
    entities.extend(built.values())

    def ref(name: str) -> EntityId:
        if name not in decisions:
            raise ValueError(f"the document refers to an entity it does not describe: {name!r}")
        return decisions[name].entity_id

    events: list[Event] = []
    event_ids: dict[str, str] = {}
    for ev in draft.events:
        subject = ref(ev.subject)
        eid = event_id(ev.kind, subject, ev.date, ev.qualifier)
        if ev.qualifier is not None:
            event_ids[ev.qualifier] = eid
        events.append(
            Event(
                id=eid,
                kind=ev.kind,
                date=ev.date,
                subject_id=subject,
                actor_id=ref(ev.actor) if ev.actor else None,
                summary=ev.summary,
                pct_change=ev.pct_change,
                direction=ev.direction,
                amount=ev.amount,
                from_rating=ev.from_rating,
                to_rating=ev.to_rating,
                action=ev.action,
                instrument=ev.instrument,
                stage=ev.stage,
                pre_money=ev.pre_money,
                post_money=ev.post_money,
                leads=tuple(dict.fromkeys(ref(r) for r in ev.leads)),
                participants=tuple(dict.fromkeys(ref(r) for r in ev.participants)),
                properties=dict(ev.properties),
                evidence=(_evidence(ev.span, source_id, recorded_at),) if source_id else (),
                recorded_at=recorded_at,
            )
        )

    def props(properties: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in properties.items():
            if isinstance(value, str) and value.startswith(EVENT_REF):
                qualifier = value.removeprefix(EVENT_REF)
                if qualifier not in event_ids:
                    warnings.append(f"property {key} names an event the document does not state: {qualifier}")
                    continue
                value = event_ids[qualifier]
            out[key] = value
        return out

    relations: list[Relation] = []
    for rel in draft.relations:
        subject, obj = ref(rel.subject), ref(rel.object)
        if subject == obj:
            warnings.append(f"skipped a {rel.type.value} relation of {subject} with itself ({rel.span.quote})")
            continue
        relations.append(
            Relation(
                id=relation_id(rel.type, subject, obj, rel.qualifier),
                type=rel.type,
                subject_id=subject,
                object_id=obj,
                valid_from=rel.valid_from,
                valid_to=rel.valid_to,
                properties=props(rel.properties),
                evidence=(_evidence(rel.span, source_id, recorded_at),) if source_id else (),
                recorded_at=recorded_at,
            )
        )

    values: list[AttributeValue] = []
    for attr in draft.attributes:
        owner = ref(attr.entity)
        values.append(
            AttributeValue(
                id=attribute_value_id(owner, attr.attribute, attr.value, attr.valid_from),
                entity_id=owner,
                attribute=attr.attribute,
                value=attr.value,
                valid_from=attr.valid_from,
                valid_to=attr.valid_to,
                properties=props(attr.properties),
                evidence=(_evidence(attr.span, source_id, recorded_at),) if source_id else (),
                recorded_at=recorded_at,
            )
        )

    batch = StatementBatch(
        source=source,
        entities=tuple(entities),
        relations=tuple(relations),
        events=tuple(events),
        attribute_values=tuple(values),
        merge_candidates=tuple(candidates),
    )
    return ResolvedDocument(batch, decisions, created, linked, warnings)
