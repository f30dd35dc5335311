"""Declaring two entities the same (merge) and taking it back (unmerge), each one atomic write.

A merge never deletes: the merged entity is retracted with `merged_into` pointing at the kept one,
its live relations, events and attribute values are copied onto the kept entity (new, deterministic
ids; the evidence travels with them) and the originals are retracted. The MergeRecord lists the
copies (`moved_relations`) and the retracted originals (`retired_relations`), so unmerge can restore
exactly what was there before.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from graph.errors import InputError
from graph.model import (
    AttributeValue,
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


def merge_entities(
    store: GraphStore, keep_id: EntityId, merge_id: EntityId, reason: str | None = None, score: float | None = None
) -> MergeRecord:
    """Merge `merge_id` into `keep_id` in one atomic write; returns the MergeRecord."""
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
    if score is None:  # a merge taken from `ckg merge --suggest` keeps the candidate's score in the log
        pair = {keep_id, merge_id}
        score = max((c.score for c in store.merge_candidates() if {c.new_id, c.existing_id} == pair), default=None)
    now = dt.datetime.now(dt.UTC)
    record_id = f"merge:{short_hash(keep_id, merge_id, now.isoformat())}"

    events = store.events([merge_id], EventQuery(include_candidates=True))[merge_id]
    moved: list[str] = []
    retired: list[str] = []
    new_events: list[Event] = []
    event_map: dict[str, str] = {}  # moved event id -> its copy's id
    for event in events:
        subject = _swap(event.subject_id, merge_id, keep_id)
        copy_event = event.model_copy(
            update={
                "id": event_id(event.kind, subject, "merged", event.id),
                "subject_id": subject,
                "actor_id": _swap(event.actor_id, merge_id, keep_id) if event.actor_id else None,
                "leads": tuple(dict.fromkeys(_swap(i, merge_id, keep_id) for i in event.leads)),
                "participants": tuple(dict.fromkeys(_swap(i, merge_id, keep_id) for i in event.participants)),
                "recorded_at": now,  # the copy is what the graph learned at the merge (knownAt)
            }
        )
        event_map[event.id] = copy_event.id
        new_events.append(copy_event)
        retired.append(event.id)
        moved.append(copy_event.id)

    def refers_to_moved_event(properties: dict[str, object]) -> bool:
        return any(isinstance(v, str) and v in event_map for v in properties.values())

    def remap(properties: dict[str, object]) -> dict[str, object]:
        return {k: event_map.get(v, v) if isinstance(v, str) else v for k, v in properties.items()}

    # Statements of merge_id, and statements elsewhere that point at a moved event (an investment's round).
    subjects = sorted({e.subject_id for e in events} - {merge_id})
    views = store.relations([merge_id, *subjects], RelationQuery(include_candidates=True))
    relations = {
        v.relation.id: v.relation
        for eid, found in views.items()
        for v in found
        if eid == merge_id or refers_to_moved_event(v.relation.properties)
    }
    value_lists = store.attribute_values([merge_id, *subjects], include_candidates=True)
    values = {
        v.id: v
        for eid, found in value_lists.items()
        for v in found
        if eid == merge_id or refers_to_moved_event(v.properties)
    }

    new_relations: list[Relation] = []
    for rel in relations.values():
        retired.append(rel.id)
        subject, obj = _swap(rel.subject_id, merge_id, keep_id), _swap(rel.object_id, merge_id, keep_id)
        if subject == obj:
            continue  # an edge between the two is meaningless once they are one
        copy = rel.model_copy(
            update={
                "id": f"rel:{short_hash('merged', rel.id, keep_id)}",
                "subject_id": subject,
                "object_id": obj,
                "properties": remap(rel.properties),
                "recorded_at": now,
            }
        )
        new_relations.append(copy)
        moved.append(copy.id)
    new_values: list[AttributeValue] = []
    for value in values.values():
        retired.append(value.id)
        copy_value = value.model_copy(
            update={
                "id": f"attr:{short_hash('merged', value.id, keep_id)}",
                "entity_id": _swap(value.entity_id, merge_id, keep_id),
                "properties": remap(value.properties),
                "recorded_at": now,
            }
        )
        new_values.append(copy_value)
        moved.append(copy_value.id)

    record = MergeRecord(
        id=record_id,
        keep_id=keep_id,
        merge_id=merge_id,
        reason=reason,
        score=score,
        merged_at=now,
        moved_relations=tuple(moved),
        retired_relations=tuple(retired),
    )
    retractions = [Retraction(target="entity", id=merge_id, at=now)]
    # Copies left retracted by an earlier unmerge of the same pair come back to life.
    retractions += [Retraction(target=_target_of(i), id=i, at=now, restore=True) for i in moved]
    retractions += [Retraction(target=_target_of(i), id=i, at=now) for i in retired]
    store.write(
        StatementBatch(
            entities=(gone.model_copy(update={"merged_into": keep_id}),),
            relations=tuple(new_relations),
            events=tuple(new_events),
            attribute_values=tuple(new_values),
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
