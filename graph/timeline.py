"""Timelines: an entity's events with what the graph's own dates say happened to it (its founding, its
products' releases and discontinuations, listings and dated role changes), oldest first, undated last."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from graph.dates import PartialDate, in_range
from graph.model import (
    Entity,
    EntityBase,
    EntityId,
    Event,
    EventKind,
    Evidence,
    Organization,
    Product,
    Relation,
    RelationType,
    event_id,
)
from graph.store import EventQuery, RelationView

_NO_DATE = PartialDate(1)  # stands in for a missing date in sort keys (undated events sort after dated ones)


def timeline_key(event: Event) -> tuple[bool, PartialDate, str]:
    """The one order of events: oldest first; coarser dates before finer ones starting the same day ("2024"
    before "2024-01" before "2024-01-01"); undated last; the id breaks ties."""
    return (event.date is None, event.date or _NO_DATE, event.id)


def order_timeline(events: Iterable[Event]) -> list[Event]:
    """The events (one per id) in timeline order (timeline_key)."""
    return sorted({event.id: event for event in events}.values(), key=timeline_key)


def select(events: Iterable[Event], query: EventQuery) -> list[Event]:
    """The events of the kinds asked for, dated inside [since, until] (undated ones only when unbounded)."""
    return [
        e for e in events if (not query.kinds or e.kind in query.kinds) and in_range(e.date, query.since, query.until)
    ]


def derived_events(
    entity: Entity, views: Sequence[RelationView], others: Mapping[EntityId, Entity], stored: Sequence[Event]
) -> list[Event]:
    """What the entity's dates and its dated relations say happened, leaving out what a stored event already
    tells (a release or a listing the profile also wrote as an event)."""
    names = {entity.id: entity.name, **{i: e.name for i, e in others.items()}}
    found = [*_lifetime_events(entity, None)]
    for view in views:
        other = others.get(view.other_id)
        if other is not None:
            found.extend(_relation_events(entity, view.relation, other))
    unique = {e.id: e for e in found}.values()
    return [e for e in unique if not any(_tells(s, e, names[e.subject_id]) for s in stored)]


def _tells(stored: Event, derived: Event, subject_name: str) -> bool:
    """Does a stored event already tell what `derived` says: same kind, agreeing dates, about the same entity
    (involving it, or naming it: "MiniMax released abab 6.5" is the release of abab 6.5)?"""
    if stored.kind != derived.kind or not _dates_agree(stored.date, derived.date):
        return False
    return derived.subject_id in stored.involved or subject_name.casefold() in stored.summary.casefold()


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.contains(b) or b.contains(a)


def _lifetime_events(entity: Entity, actor: Entity | None, via: tuple[Evidence, ...] = ()) -> list[Event]:
    """Founding and dissolution of an organization; release and discontinuation of a product, cited by the
    sources that describe it and those of the relation it was reached by (`via`)."""
    if isinstance(entity, Organization):
        marks = [
            (EventKind.FOUNDING, entity.founded_on, "founded"),
            (EventKind.DISSOLUTION, entity.dissolved_on, "dissolved"),
        ]
    elif isinstance(entity, Product):
        marks = [
            (EventKind.PRODUCT_RELEASE, entity.released_on, "released"),
            (EventKind.DISCONTINUATION, entity.discontinued_on, "discontinued"),
        ]
    else:
        return []
    by = f"{actor.name} " if actor is not None else ""
    return [
        _event(
            kind,
            entity,
            date,
            f"{by}{word} {entity.name}" if by else f"{entity.name} was {word}",
            actor,
            _cited(entity) + via,
        )
        for kind, date, word in marks
        if date is not None
    ]


def _relation_events(entity: Entity, relation: Relation, other: Entity) -> list[Event]:
    subject, object_ = (entity, other) if relation.subject_id == entity.id else (other, entity)
    if relation.type == RelationType.DEVELOPED and isinstance(object_, Product):
        return _lifetime_events(object_, subject, relation.evidence)
    if relation.type == RelationType.LISTED_ON and relation.valid_from is not None:
        summary = f"{subject.name} listed on {object_.name}"
        return [_event(EventKind.LISTING, subject, relation.valid_from, summary, object_, relation.evidence)]
    if relation.type == RelationType.WORKS_AT:
        return _role_changes(relation, subject, object_)
    if relation.type == RelationType.FOUNDED and subject.id == entity.id and relation.valid_from is not None:
        # A founder's timeline tells the founding; the organization's own tells it from its founding date.
        summary = f"{subject.name} founded {object_.name}"
        return [_event(EventKind.FOUNDING, object_, relation.valid_from, summary, subject, relation.evidence)]
    return []


def _role_changes(relation: Relation, person: Entity, org: Entity) -> list[Event]:
    role = relation.properties.get("role")
    as_role = f" as {role}" if role else ""
    changes = [
        (relation.valid_from, f"{person.name} joined {org.name}{as_role}"),
        (relation.valid_to, f"{person.name} left {org.name}{as_role}"),
    ]
    return [
        _event(EventKind.ROLE_CHANGE, person, date, summary, org, relation.evidence, relation.id)
        for date, summary in changes
        if date is not None
    ]


def _event(
    kind: EventKind,
    subject: Entity,
    date: PartialDate | None,
    summary: str,
    actor: Entity | None,
    evidence: tuple[Evidence, ...],
    qualifier: str | None = None,
) -> Event:
    return Event(
        id=event_id(kind, subject.id, "derived", date, qualifier),
        kind=kind,
        date=date,
        subject_id=subject.id,
        actor_id=actor.id if actor is not None else None,
        summary=summary,
        properties={"derived": True},
        evidence=evidence,
    )


def _cited(entity: EntityBase) -> tuple[Evidence, ...]:
    """The sources that describe the entity (its own dates carry no quote of their own)."""
    if entity.recorded_at is None:
        return ()
    return tuple(Evidence(source_id=s, recorded_at=entity.recorded_at) for s in entity.source_ids)
