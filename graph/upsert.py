"""How an incoming record combines with the stored one: the rules that make writes idempotent.

Upserts never lose what the graph already knew: lists and evidence are unioned, a null never
erases a stored value, and `retracted_at` changes only through an explicit Retraction. A statement is a
review candidate only while every source states it below the review threshold: one confident statement makes
it a fact; a reviewer's decision (accepted, rejected) changes only through an explicit ReviewMark. Applying
the same record twice gives the same result, so a re-load compares equal and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar, cast

from graph.model import (
    ENTITY_TYPES,
    AttributeValue,
    CitationDrop,
    Entity,
    EntityBase,
    EntityPatch,
    Event,
    Evidence,
    ProductKind,
    Relation,
    Retraction,
    ReviewStatus,
)

_UNION_FIELDS = frozenset({"aliases", "source_ids", "categories", "leads", "participants"})
_MERGED_DICT_FIELDS = frozenset({"attributes", "properties"})
_KEEP_OLD_FIELDS = frozenset({"recorded_at", "retracted_at", "id", "kind", "name"})

Record = TypeVar("Record", bound=EntityBase | Relation | Event | AttributeValue)
# The fields an entity patch states one value of (graph/model.EntityPatch); categories union, attributes merge.
STATED_FIELDS = (
    "legal_name",
    "founded_on",
    "dissolved_on",
    "product_kind",
    "released_on",
    "discontinued_on",
    "description",
)


def union(old: Iterable[Any], new: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys([*old, *new]))


def union_evidence(old: Iterable[Evidence], new: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[tuple[object, ...], Evidence] = {}
    for item in [*old, *new]:
        seen.setdefault(item.key, item)
    return tuple(seen.values())


def combine(old: Record, new: Record) -> Record:
    """The stored record after `new` is written over `old` (same id)."""
    updates: dict[str, Any] = {}
    for field in type(new).model_fields:
        incoming = getattr(new, field)
        current = getattr(old, field)
        if field in _KEEP_OLD_FIELDS:
            continue
        if field == "review":
            updates[field] = combined_review(current, incoming)
        elif field == "evidence":
            updates[field] = union_evidence(current, incoming)
        elif field in _UNION_FIELDS:
            updates[field] = union(current, incoming)
        elif field in _MERGED_DICT_FIELDS:
            updates[field] = {**current, **incoming}
        elif incoming is not None:
            updates[field] = incoming
    # The first name stays the display name; another spelling becomes an alias.
    if isinstance(old, EntityBase) and isinstance(new, EntityBase) and new.name not in old.names:
        updates["aliases"] = union(updates.get("aliases", old.aliases), [new.name])
    return cast(Record, old.model_copy(update=updates))


def apply_patch(stored: Entity | None, patch: EntityPatch) -> Entity:
    """The entity after the patch: `stored` with what the patch states (curated: the stated fields replace the
    stored ones; otherwise they fill only unknown ones, a product kind of OTHER counting as unknown), its new
    names as aliases and its source cited. With no stored entity, the patch alone makes it."""
    if stored is None:
        return _patched_new(patch)
    fields = type(stored).model_fields
    updates: dict[str, Any] = {}
    for name in STATED_FIELDS:
        value = getattr(patch, name)
        if name not in fields or value is None:
            continue
        current = getattr(stored, name)
        if patch.curated or current is None or (name == "product_kind" and current == ProductKind.OTHER):
            updates[name] = value
    if "categories" in fields and patch.categories:
        updates["categories"] = union(getattr(stored, "categories", ()), patch.categories)
    if "attributes" in fields and patch.attributes:
        held = getattr(stored, "attributes", {})
        extra = patch.attributes if patch.curated else {k: v for k, v in patch.attributes.items() if k not in held}
        updates["attributes"] = {**held, **extra}
    known = set(stored.names)
    updates["aliases"] = union(stored.aliases, (n for n in patch.names if n not in known))
    if patch.source_id and patch.source_id not in stored.source_ids:
        updates["source_ids"] = (*stored.source_ids, patch.source_id)
    return cast(Entity, stored.model_copy(update=updates))


def _patched_new(patch: EntityPatch) -> Entity:
    model = ENTITY_TYPES[patch.kind]
    stated = {
        name: getattr(patch, name)
        for name in (*STATED_FIELDS, "categories", "attributes")
        if name in model.model_fields and getattr(patch, name) is not None
    }
    aliases = tuple(n for n in dict.fromkeys(patch.names) if n not in (patch.name, patch.legal_name))
    return cast(
        Entity,
        model.model_validate(
            {
                **stated,
                "id": patch.id,
                "name": patch.name,
                "aliases": aliases,
                "source_ids": (patch.source_id,) if patch.source_id else (),
                "recorded_at": patch.recorded_at,
            }
        ),
    )


def combined_review(old: ReviewStatus | None, new: ReviewStatus | None) -> ReviewStatus | None:
    if old in (ReviewStatus.ACCEPTED, ReviewStatus.REJECTED):
        return old
    if old == ReviewStatus.CANDIDATE and new == ReviewStatus.CANDIDATE:
        return old
    return None


def retract(record: Record, retraction: Retraction) -> Record:
    if retraction.restore:
        update: dict[str, Any] = {"retracted_at": None}
        if isinstance(record, EntityBase):
            update["merged_into"] = None
        return cast(Record, record.model_copy(update=update))
    if record.retracted_at is not None:
        return record
    return cast(Record, record.model_copy(update={"retracted_at": retraction.at}))


def drop_citation(record: Record, drop: CitationDrop) -> Record:
    """The record with the source's citations dropped as of `drop.at` (an entity: without the source id), or
    with `drop.restore` that drop taken back. Dropping twice or restoring what was not dropped changes nothing."""
    if isinstance(record, EntityBase):
        ids = [i for i in record.source_ids if i != drop.source_id]
        if drop.restore and drop.source_id not in record.source_ids:
            ids.insert(min(drop.positions[0] if drop.positions else len(ids), len(ids)), drop.source_id)
        elif drop.restore:
            return record
        return cast(Record, record.model_copy(update={"source_ids": tuple(ids)}))

    def changed(e: Evidence) -> Evidence:
        if e.source_id != drop.source_id:
            return e
        if drop.restore:
            return e.model_copy(update={"retracted_at": None}) if e.retracted_at == drop.at else e
        return e.model_copy(update={"retracted_at": drop.at}) if e.retracted_at is None else e

    return cast(Record, record.model_copy(update={"evidence": tuple(changed(e) for e in record.evidence)}))
