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

The rules read the store's name index (graph/nameindex.py) through NameIndex (loaders/name_index.py): a
document reads the few index terms its names need, never every name. Names added while a load resolves
are found by later mentions (in the same document or the next one) before the store has them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import threading
import weakref
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
from graph.names import short_hash
from graph.store import GraphStore, NameEntry
from loaders.drafts import DocumentDraft, EntityDraft, Span
from loaders.name_index import TermIndex

__all__ = ["DESCRIPTORS", "MAX_BLOCK", "acronyms_of", "core_key", "looks_like_acronym"]

# The store's own key function, memoised: resolution asks for the same names' keys again and again.
normalize_key = functools.lru_cache(maxsize=1 << 18)(_normalize_key)

LINK_SCORE = 92.0
GREY_SCORE = 85.0
MIN_FUZZY_KEY_LENGTH = 6  # shorter keys ("baidu", "xai") only ever match exactly

# A relation, event or attribute property whose value starts with this names an event of the same
# document by its qualifier; resolution replaces it with that event's graph id.
EVENT_REF = "@event:"
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
        if looks_like_acronym(name):
            found = self.live(initials_term(normalize_key(name).replace(" ", "")))
            ids = {i for i in found if name_known(self, i)}
            if ids and len(ids) == 1:
                return Match(next(iter(ids)), 95.0, "acronym")
        for acronym in acronyms_of(name):
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
        self._load(sorted({b for k, key in keyed for b in block_terms(k, key)}))
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
        chosen: set[str] = set()
        if len(key.replace(" ", "")) >= MIN_FUZZY_KEY_LENGTH:
            for coarse, fine in block_pairs(key):
                for block in (coarse, fine):
                    term = self._term(block_term(kind, block))
                    if term is not None and 0 < term.size <= MAX_BLOCK:
                        chosen.add(block)
                        break
        for block in sorted(chosen):
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
    index.prefetch((ent.kind, _draft_names(ent)) for ent in draft.entities)
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
