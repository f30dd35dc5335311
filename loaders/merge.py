"""Declaring two entities the same (merge) and taking it back (unmerge), each one atomic write.

A merge never deletes: the merged entity is retracted with `merged_into` pointing at the kept one,
its live relations, events and attribute values are copied onto the kept entity (new, deterministic
ids; the evidence travels with them) and the originals are retracted. The MergeRecord lists the
copies (`moved_relations`) and the retracted originals (`retired_relations`), so unmerge can restore
exactly what was there before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from graph.errors import InputError
from graph.model import (
    AttributeValue,
    Entity,
    EntityId,
    Event,
    MergeRecord,
    Relation,
    Retraction,
    StatementBatch,
    event_id,
)
from graph.names import short_hash
from graph.store import EventQuery, GraphStore, RelationQuery
from loaders.resolve import forget_index

Target = Literal["entity", "relation", "event", "attribute"]


class MergeError(InputError):
    """A merge or unmerge that cannot be done (unknown id, different kinds, already merged...)."""


def _target_of(statement_id: str) -> Target:
    if statement_id.startswith("rel:"):
        return "relation"
    if statement_id.startswith("event:"):
        return "event"
    if statement_id.startswith("attr:"):
        return "attribute"
    raise MergeError(f"not a statement id: {statement_id}")


def _swap(value: EntityId, merge_id: EntityId, keep_id: EntityId) -> EntityId:
    return keep_id if value == merge_id else value


def _pair(store: GraphStore, keep_id: EntityId, merge_id: EntityId) -> tuple[Entity, Entity]:
    """The two entities of a merge, or a MergeError saying why they cannot be merged."""
    if keep_id == merge_id:
        raise MergeError(f"cannot merge {keep_id} into itself")
    found = store.entities([keep_id, merge_id], include_retracted=True)
    for eid in (keep_id, merge_id):
        entity = found.get(eid)
        if entity is None:
            raise MergeError(f"no entity with id {eid}")
        if entity.merged_into:
            raise MergeError(f"{eid} is already merged into {entity.merged_into}")
        if entity.retracted_at is not None:
            raise MergeError(f"{eid} is retracted")
    keep, gone = found[keep_id], found[merge_id]
    if keep.kind != gone.kind:
        raise MergeError(
            f"cannot merge {merge_id} ({gone.kind.value.lower()}) into {keep_id} "
            f"({keep.kind.value.lower()}): kinds differ"
        )
    return keep, gone


@dataclass
class _Moves:
    """The statements a merge re-points at the kept entity: copies (`moved`) of the originals (`retired`)."""

    keep_id: EntityId
    merge_id: EntityId
    now: dt.datetime
    moved: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    values: list[AttributeValue] = field(default_factory=list)
    event_map: dict[str, str] = field(default_factory=dict)  # moved event id -> its copy's id

    def swap(self, value: EntityId) -> EntityId:
        return _swap(value, self.merge_id, self.keep_id)

    def names_moved_event(self, record: Relation | AttributeValue) -> bool:
        """Whether the statement belongs to a moved round (round_id) or names a moved event in its properties."""
        named = [record.round_id, *record.properties.values()]
        return any(isinstance(v, str) and v in self.event_map for v in named)

    def remap(self, properties: dict[str, object]) -> dict[str, object]:
        return {k: self.event_map.get(v, v) if isinstance(v, str) else v for k, v in properties.items()}

    def event(self, event: Event) -> None:
        subject = self.swap(event.subject_id)
        copy = event.model_copy(
            update={
                "id": event_id(event.kind, subject, "merged", event.id),
                "subject_id": subject,
                "actor_id": self.swap(event.actor_id) if event.actor_id else None,
                "leads": tuple(dict.fromkeys(self.swap(i) for i in event.leads)),
                "participants": tuple(dict.fromkeys(self.swap(i) for i in event.participants)),
                "recorded_at": self.now,  # the copy is what the graph learned at the merge (knownAt)
            }
        )
        self.event_map[event.id] = copy.id
        self.events.append(copy)
        self.retired.append(event.id)
        self.moved.append(copy.id)

    def relation(self, rel: Relation) -> None:
        self.retired.append(rel.id)
        subject, obj = self.swap(rel.subject_id), self.swap(rel.object_id)
        if subject == obj:
            return  # an edge between the two is meaningless once they are one
        copy = rel.model_copy(
            update={
                "id": f"rel:{short_hash('merged', rel.id, self.keep_id)}",
                "subject_id": subject,
                "object_id": obj,
                "properties": self.remap(rel.properties),
                "round_id": self.event_map.get(rel.round_id or "", rel.round_id),
                "recorded_at": self.now,
            }
        )
        self.relations.append(copy)
        self.moved.append(copy.id)

    def value(self, value: AttributeValue) -> None:
        self.retired.append(value.id)
        copy = value.model_copy(
            update={
                "id": f"attr:{short_hash('merged', value.id, self.keep_id)}",
                "entity_id": self.swap(value.entity_id),
                "properties": self.remap(value.properties),
                "round_id": self.event_map.get(value.round_id or "", value.round_id),
                "recorded_at": self.now,
            }
        )
        self.values.append(copy)
        self.moved.append(copy.id)


def _moves(store: GraphStore, keep_id: EntityId, merge_id: EntityId, now: dt.datetime) -> _Moves:
    """The merged entity's events, relations and attribute values, and the statements elsewhere that point at one
    of its events (an investment's round), copied onto the kept entity."""
    moves = _Moves(keep_id, merge_id, now)
    events = store.events([merge_id], EventQuery(include_candidates=True))[merge_id]
    for event in events:
        moves.event(event)
    subjects = sorted({e.subject_id for e in events} - {merge_id})
    views = store.relations([merge_id, *subjects], RelationQuery(include_candidates=True))
    relations = {
        v.relation.id: v.relation
        for eid, found in views.items()
        for v in found
        if eid == merge_id or moves.names_moved_event(v.relation)
    }
    for rel in relations.values():
        moves.relation(rel)
    value_lists = store.attribute_values([merge_id, *subjects], include_candidates=True)
    values = {
        v.id: v for eid, found in value_lists.items() for v in found if eid == merge_id or moves.names_moved_event(v)
    }
    for value in values.values():
        moves.value(value)
    return moves


def merge_entities(
    store: GraphStore, keep_id: EntityId, merge_id: EntityId, reason: str | None = None, score: float | None = None
) -> MergeRecord:
    """Merge `merge_id` into `keep_id` in one atomic write; returns the MergeRecord."""
    _, gone = _pair(store, keep_id, merge_id)
    if score is None:  # a merge taken from `ckg merge --suggest` keeps the candidate's score in the log
        pair = {keep_id, merge_id}
        score = max((c.score for c in store.merge_candidates() if {c.new_id, c.existing_id} == pair), default=None)
    now = dt.datetime.now(dt.UTC)
    moves = _moves(store, keep_id, merge_id, now)
    record = MergeRecord(
        id=f"merge:{short_hash(keep_id, merge_id, now.isoformat())}",
        keep_id=keep_id,
        merge_id=merge_id,
        reason=reason,
        score=score,
        merged_at=now,
        moved_relations=tuple(moves.moved),
        retired_relations=tuple(moves.retired),
    )
    retractions = [Retraction(target="entity", id=merge_id, at=now)]
    # Copies left retracted by an earlier unmerge of the same pair come back to life.
    retractions += [Retraction(target=_target_of(i), id=i, at=now, restore=True) for i in moves.moved]
    retractions += [Retraction(target=_target_of(i), id=i, at=now) for i in moves.retired]
    store.write(
        StatementBatch(
            entities=(gone.model_copy(update={"merged_into": keep_id}),),
            relations=tuple(moves.relations),
            events=tuple(moves.events),
            attribute_values=tuple(moves.values),
            merge_records=(record,),
            retractions=tuple(retractions),
        )
    )
    forget_index(store)
    return record


def find_merge(store: GraphStore, merge_or_entity_id: str) -> MergeRecord:
    """The live merge named by its record id, or the latest live merge of that merged entity."""
    records = store.merge_records([merge_or_entity_id]) if merge_or_entity_id.startswith("merge:") else []
    if not records:
        records = [r for r in store.merge_records() if r.merge_id == merge_or_entity_id]
    live = sorted((r for r in records if r.undone_at is None), key=lambda r: r.merged_at)
    if not live:
        if records:
            raise MergeError(f"the merge of {merge_or_entity_id} was already undone")
        raise MergeError(f"no merge record or merged entity with id {merge_or_entity_id}")
    return live[-1]


def unmerge(store: GraphStore, merge_or_entity_id: str) -> list[EntityId]:
    """Undo a merge exactly (one atomic write); returns [keep_id, merge_id]."""
    record = find_merge(store, merge_or_entity_id)
    now = dt.datetime.now(dt.UTC)
    retractions = [Retraction(target="entity", id=record.merge_id, at=now, restore=True)]
    retractions += [Retraction(target=_target_of(i), id=i, at=now) for i in record.moved_relations]
    retractions += [Retraction(target=_target_of(i), id=i, at=now, restore=True) for i in record.retired_relations]
    store.write(
        StatementBatch(merge_records=(record.model_copy(update={"undone_at": now}),), retractions=tuple(retractions))
    )
    forget_index(store)
    return [record.keep_id, record.merge_id]
