"""Small constructors for contract-test graphs, built in code."""

from __future__ import annotations

import datetime as dt
import hashlib

from graph.dates import PartialDate
from graph.model import (
    AttributeValue,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Organization,
    Person,
    Place,
    Relation,
    RelationType,
    Source,
    attribute_value_id,
    entity_id,
    event_id,
    relation_id,
    source_id,
)

NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


def source(text: str, *, published: str | None = None) -> Source:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Source(
        id=source_id(sha),
        sha256=sha,
        title=text[:40],
        format="article",
        published_at=PartialDate.parse(published) if published else None,
        loaded_at=NOW,
    )


def evidence(src: Source, quote: str = "a quote", start: int = 0) -> Evidence:
    return Evidence(source_id=src.id, quote=quote, start=start, end=start + len(quote), recorded_at=NOW)


def org(name: str, **fields: object) -> Organization:
    return Organization(id=entity_id(EntityKind.ORGANIZATION, name), name=name, **fields)  # type: ignore[arg-type]


def person(name: str) -> Person:
    return Person(id=entity_id(EntityKind.PERSON, name), name=name)


def place(name: str) -> Place:
    return Place(id=entity_id(EntityKind.PLACE, name), name=name)


def rel(
    type_: RelationType,
    subject: str,
    object_: str,
    src: Source,
    *,
    valid_from: str | None = None,
    valid_to: str | None = None,
    quote: str = "a quote",
    **properties: object,
) -> Relation:
    return Relation(
        id=relation_id(type_, subject, object_),
        type=type_,
        subject_id=subject,
        object_id=object_,
        valid_from=PartialDate.parse(valid_from) if valid_from else None,
        valid_to=PartialDate.parse(valid_to) if valid_to else None,
        properties=dict(properties),
        evidence=(evidence(src, quote),),
    )


def event(kind: EventKind, subject: str, src: Source, *, date: str | None = None, **fields: object) -> Event:
    return Event(
        id=event_id(kind, subject, date, fields.get("summary")),
        kind=kind,
        subject_id=subject,
        date=PartialDate.parse(date) if date else None,
        summary=str(fields.pop("summary", f"{kind.value} of {subject}")),
        evidence=(evidence(src),),
        **fields,  # type: ignore[arg-type]
    )


def value(entity: str, attribute: str, val: object, src: Source, *, valid_from: str | None = None) -> AttributeValue:
    return AttributeValue(
        id=attribute_value_id(entity, attribute, val, valid_from),
        entity_id=entity,
        attribute=attribute,
        value=val,
        valid_from=PartialDate.parse(valid_from) if valid_from else None,
        evidence=(evidence(src),),
    )
