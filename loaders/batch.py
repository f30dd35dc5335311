"""Draft -> batch: a document's draft, resolved against the name index, as the graph records to write.

Each entity draft is linked to the entity it names or becomes a new one (loaders/resolve.py decides which); the
statements then point at those ids. A draft and its record share their stated fields by name (an EventDraft's
`amount` is the Event's `amount`): those pass through as stated, and only the references (a draft's local
`subject`, the record's `subject_id`), ids, evidence and record times are mapped here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from graph.model import (
    ENTITY_TYPES,
    AttributeValue,
    Entity,
    EntityId,
    EntityPatch,
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
from graph.names import short_hash
from graph.upsert import apply_patch
from loaders.drafts import (
    AttributeDraft,
    DocumentDraft,
    EntityDraft,
    EventDraft,
    RelationDraft,
    Span,
)
from loaders.resolve import Decision, Match, NameIndex

Record = TypeVar("Record", bound=BaseModel)


@dataclass
class ResolvedDocument:
    batch: StatementBatch
    decisions: dict[str, Decision]
    created: int
    linked: int
    warnings: list[str]


@functools.cache
def _shared_fields(draft_type: type[BaseModel], record_type: type[BaseModel]) -> tuple[str, ...]:
    """The fields a draft type and its record type share by name."""
    return tuple(name for name in draft_type.model_fields if name in record_type.model_fields)


def _record(record_type: type[Record], draft: BaseModel, *, skip_none: bool = False, **mapped: Any) -> Record:
    """The record of a draft: the fields they share as the draft states them, then the mapped ones (ids,
    references, evidence). `skip_none` leaves unstated fields to the record's defaults."""
    carried = {name: getattr(draft, name) for name in _shared_fields(type(draft), record_type)}
    if skip_none:
        carried = {name: value for name, value in carried.items() if value is not None}
    return record_type.model_validate({**carried, **mapped})


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
    return _record(  # type: ignore[return-value]
        ENTITY_TYPES[draft.kind],
        draft,
        skip_none=True,
        id=eid,
        name=name,
        aliases=tuple(a for a in surface if a != name and a != draft.legal_name),
        source_ids=(source_id,) if source_id else (),
        recorded_at=recorded_at,
    )


@dataclass
class _Link:
    """An entity draft resolved to an entity the graph (or this document) already has."""

    draft: EntityDraft
    entity_id: EntityId
    surface: list[str]  # the draft's names the entity takes as aliases
    display: str  # its name, when the store does not hold it yet


@dataclass
class _Entities:
    """Resolution's outcome for a document's entity drafts."""

    decisions: dict[str, Decision] = field(default_factory=dict)
    built: dict[EntityId, Entity] = field(default_factory=dict)  # new entities (with what later drafts add)
    patches: list[EntityPatch] = field(default_factory=list)  # what the document states about stored ones
    links: list[_Link] = field(default_factory=list)
    candidates: list[MergeCandidate] = field(default_factory=list)
    created: int = 0
    linked: int = 0


def _resolve_entities(
    index: NameIndex,
    drafts: Sequence[EntityDraft],
    source_id: str | None,
    recorded_at: dt.datetime,
    id_exists: Callable[[EntityId], bool] | None,
) -> _Entities:
    """Link each draft or create its entity (with merge candidates for its grey-zone look-alikes), adding
    its names to the index so that later drafts find it."""
    out = _Entities()
    taken: set[EntityId] = set()
    index.prefetch((ent.kind, _draft_names(ent)) for ent in drafts)
    for ent in drafts:
        names = _draft_names(ent)
        match, looks = index.resolve(ent.kind, names, authoritative=ent.authoritative)
        if match is not None:
            eid = match.entity_id
            out.decisions[ent.ref] = Decision(ent.ref, eid, linked=True, match=match)
            display = ent.name if ent.authoritative else index.primary_name(eid)
            # A fuzzy link does not make the (possibly misspelt) mention an alias of the entity.
            surface = names if ent.authoritative or match.rule != "fuzzy" else names[1:]
            out.links.append(_Link(ent, eid, surface, display))
            index.add(eid, ent.kind, surface)
            out.linked += 1
            continue
        eid = _new_id(index, ent, taken, id_exists)
        taken.add(eid)
        out.decisions[ent.ref] = Decision(ent.ref, eid, linked=False, candidates=looks)
        out.built[eid] = _entity_record(ent, eid, ent.name, names, source_id, recorded_at)
        index.add(eid, ent.kind, names, primary=ent.name)
        out.created += 1
        out.candidates.extend(_merge_candidate(eid, look, ent.name, recorded_at) for look in looks)
    return out


def _merge_candidate(new_id: EntityId, look: Match, mention: str, recorded_at: dt.datetime) -> MergeCandidate:
    return MergeCandidate(
        id=f"candidate:{short_hash(new_id, look.entity_id)}",
        new_id=new_id,
        existing_id=look.entity_id,
        score=round(look.score, 1),
        mention=mention,
        recorded_at=recorded_at,
    )


def _update_linked(found: _Entities, source_id: str | None, recorded_at: dt.datetime, *, curated: bool) -> None:
    """What the document states about each entity it links to, as a patch (graph/model.EntityPatch) the store
    applies to its stored record inside the write's transaction; an entity this document creates takes the
    patch at once."""
    for link in found.links:
        ent, eid = link.draft, link.entity_id
        patch = _record(
            EntityPatch,
            ent,
            id=eid,
            name=link.display,
            names=tuple(dict.fromkeys([ent.name, *link.surface] if ent.authoritative else link.surface)),
            curated=curated or ent.authoritative,
            source_id=source_id,
            recorded_at=recorded_at,
        )
        if eid in found.built:
            found.built[eid] = apply_patch(found.built[eid], patch)
        else:
            found.patches.append(patch)


class _Statements:
    """The document's statements with its references resolved to graph ids."""

    def __init__(
        self, ids: Mapping[str, EntityId], source_id: str | None, recorded_at: dt.datetime, warnings: list[str]
    ) -> None:
        self._ids = ids
        self._source_id = source_id
        self._recorded_at = recorded_at
        self._warnings = warnings
        self._event_ids: dict[str, str] = {}  # event qualifier -> event id, for round references

    def ref(self, name: str) -> EntityId:
        if name not in self._ids:
            raise ValueError(f"the document refers to an entity it does not describe: {name!r}")
        return self._ids[name]

    def _refs(self, names: Sequence[str]) -> tuple[EntityId, ...]:
        return tuple(dict.fromkeys(self.ref(n) for n in names))

    def _evidence(self, span: Span) -> tuple[Evidence, ...]:
        if not self._source_id:
            return ()
        return (
            Evidence(
                source_id=self._source_id,
                quote=span.quote,
                start=span.start,
                end=span.end,
                confidence=span.confidence,
                rule=span.rule,
                recorded_at=self._recorded_at,
            ),
        )

    def _round(self, qualifier: str | None, what: str) -> str | None:
        """The id of the document's funding round a statement names by its qualifier (None: it names none)."""
        if qualifier is None:
            return None
        if qualifier not in self._event_ids:
            self._warnings.append(f"{what} names a round the document does not state: {qualifier}")
        return self._event_ids.get(qualifier)

    def event(self, ev: EventDraft) -> Event:
        subject = self.ref(ev.subject)
        eid = event_id(ev.kind, subject, ev.date, ev.qualifier)
        if ev.qualifier is not None:
            self._event_ids[ev.qualifier] = eid
        return _record(
            Event,
            ev,
            id=eid,
            subject_id=subject,
            actor_id=self.ref(ev.actor) if ev.actor else None,
            leads=self._refs(ev.leads),
            participants=self._refs(ev.participants),
            evidence=self._evidence(ev.span),
            recorded_at=self._recorded_at,
        )

    def relation(self, rel: RelationDraft) -> Relation | None:
        subject, obj = self.ref(rel.subject), self.ref(rel.object)
        if subject == obj:
            self._warnings.append(f"skipped a {rel.type.value} relation of {subject} with itself ({rel.span.quote})")
            return None
        return _record(
            Relation,
            rel,
            id=relation_id(rel.type, subject, obj, rel.qualifier),
            subject_id=subject,
            object_id=obj,
            round_id=self._round(rel.round, f"a {rel.type.value} relation"),
            evidence=self._evidence(rel.span),
            recorded_at=self._recorded_at,
        )

    def attribute_value(self, attr: AttributeDraft) -> AttributeValue:
        owner = self.ref(attr.entity)
        return _record(
            AttributeValue,
            attr,
            id=attribute_value_id(owner, attr.attribute, attr.value, attr.valid_from),
            entity_id=owner,
            round_id=self._round(attr.round, f"attribute {attr.attribute}"),
            evidence=self._evidence(attr.span),
            recorded_at=self._recorded_at,
        )


def _batch(
    draft: DocumentDraft,
    ids: Mapping[str, EntityId],
    entities: Sequence[Entity],
    *,
    source: Source | None,
    recorded_at: dt.datetime,
    warnings: list[str],
    candidates: Sequence[MergeCandidate] = (),
    patches: Sequence[EntityPatch] = (),
) -> StatementBatch:
    statements = _Statements(ids, source.id if source else None, recorded_at, warnings)
    events = tuple(statements.event(ev) for ev in draft.events)  # first: relations and values name them
    relations = tuple(r for rel in draft.relations if (r := statements.relation(rel)) is not None)
    return StatementBatch(
        source=source,
        entities=tuple(entities),
        entity_patches=tuple(patches),
        relations=relations,
        events=events,
        attribute_values=tuple(statements.attribute_value(attr) for attr in draft.attributes),
        merge_candidates=tuple(candidates),
    )


def resolve_draft(
    index: NameIndex,
    draft: DocumentDraft,
    *,
    source: Source | None,
    recorded_at: dt.datetime,
    id_exists: Callable[[EntityId], bool] | None = None,
) -> ResolvedDocument:
    """Resolve a document's references against (and into) the index; return the batch to write.

    `id_exists` tells whether the store holds an id the index does not know (a retracted or merged
    entity): a new entity never reuses one. What the document states about an entity it links to goes in the
    batch as a patch, applied to the stored record when the batch is written.
    """
    source_id = source.id if source else None
    warnings = list(draft.warnings)
    found = _resolve_entities(index, draft.entities, source_id, recorded_at, id_exists)
    _update_linked(found, source_id, recorded_at, curated=draft.source.format == "profile")
    ids = {ref: decision.entity_id for ref, decision in found.decisions.items()}
    batch = _batch(
        draft,
        ids,
        list(found.built.values()),
        source=source,
        recorded_at=recorded_at,
        warnings=warnings,
        candidates=found.candidates,
        patches=found.patches,
    )
    return ResolvedDocument(batch, found.decisions, found.created, found.linked, warnings)


def draft_batch(
    draft: DocumentDraft, ids: Mapping[str, EntityId], *, source: Source | None, recorded_at: dt.datetime
) -> StatementBatch:
    """A draft whose entities' ids are known without resolution (`ids`: entity draft ref -> id), as the batch
    that writes every entity draft as a new record. For generators of known graphs (benchmarks/synthetic.py);
    a document to load resolves its names instead (resolve_draft)."""
    source_id = source.id if source else None
    entities = [
        _entity_record(ent, ids[ent.ref], ent.name, _draft_names(ent), source_id, recorded_at) for ent in draft.entities
    ]
    return _batch(draft, ids, entities, source=source, recorded_at=recorded_at, warnings=list(draft.warnings))
