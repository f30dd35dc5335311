"""How records become the rows the Cypher backends store, and back: one table per record kind.

Every stored record keeps its full JSON in `data`; the other columns exist to filter and index
(graph/cypher/queries.py lists the storage shape). `KINDS` names, per kind of record a retraction,
review mark or citation drop can target, the query that fetches it by id, the one that updates it,
and how its row is built and read back: every writer that changes a stored record goes through it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import TypeAdapter

from graph.cypher import queries as q
from graph.dates import PartialDate
from graph.errors import InputError
from graph.model import AttributeValue, Entity, EntityBase, Event, Organization, Relation, Target
from graph.names import fold
from graph.store import Page

T = TypeVar("T")
CHUNK = 5000
OPEN_START = ""
OPEN_END = "9999-12-31"
_ENTITY = TypeAdapter(Entity)

StoredRecord = Entity | Relation | Event | AttributeValue


class Runner(Protocol):
    def __call__(self, query: q.Query, params: dict[str, Any] | None = None) -> list[list[Any]]: ...


def chunks(rows: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def run_keyed(
    run: Runner,
    many: q.Query,
    one: q.Query,
    key: str,
    values: Sequence[Any],
    params: dict[str, Any] | None = None,
    per_key: bool = False,
) -> list[list[Any]]:
    """Run `many` with `values` under `key` (an UNWIND), or, with `per_key`, the one-key form once per
    value (a scalar as $value, a row's fields as parameters)."""
    params = params or {}
    if not per_key:
        return run(many, {**params, key: list(values)})
    rows: list[list[Any]] = []
    for value in values:
        rows.extend(run(one, {**params, **(value if isinstance(value, dict) else {"value": value})}))
    return rows


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _start_key(date: PartialDate | None, default: str | None) -> str | None:
    return date.start().isoformat() if date else default


def decode_entity(data: str) -> Entity:
    return _ENTITY.validate_json(data)


def entity_row(entity: EntityBase) -> dict[str, Any]:
    names = list(dict.fromkeys(entity.names))
    return {
        "id": entity.id,
        "kind": entity.kind,  # type: ignore[attr-defined]
        "name": entity.name,
        "names": names,
        "name_folded": fold(" | ".join(names)),
        "categories": list(entity.categories) if isinstance(entity, Organization) else [],
        "founded_key": _start_key(entity.founded_on, None) if isinstance(entity, Organization) else None,
        "retracted_at": _iso(entity.retracted_at),
        "merged_into": entity.merged_into,
        "data": entity.model_dump_json(),
    }


def relation_row(relation: Relation) -> dict[str, Any]:
    return {
        "id": relation.id,
        "subject": relation.subject_id,
        "object": relation.object_id,
        "type": relation.type.value,
        "from_key": _start_key(relation.valid_from, OPEN_START),
        "to_key": _start_key(relation.valid_to, OPEN_END),
        "retracted_at": _iso(relation.retracted_at),
        "review": relation.review.value if relation.review else None,
        "data": relation.model_dump_json(),
    }


def event_row(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind.value,
        "date_key": _start_key(event.date, None),
        "retracted_at": _iso(event.retracted_at),
        "review": event.review.value if event.review else None,
        "data": event.model_dump_json(),
    }


def attribute_row(value: AttributeValue) -> dict[str, Any]:
    return {
        "id": value.id,
        "entity": value.entity_id,
        "attribute": value.attribute,
        "retracted_at": _iso(value.retracted_at),
        "review": value.review.value if value.review else None,
        "data": value.model_dump_json(),
    }


@dataclass(frozen=True)
class RecordKind:
    """How one kind of stored record is fetched by id, read, turned into its row and updated."""

    fetch: q.Query  # $ids -> [data]
    update: q.Query  # $rows of `row`
    decode: Callable[[str], Any]
    row: Callable[[Any], dict[str, Any]]
    counted_as: str  # its key in WriteReport.created/updated


KINDS: dict[Target, RecordKind] = {
    "entity": RecordKind(q.FETCH_ENTITIES, q.UPDATE_ENTITIES, decode_entity, entity_row, "entities"),
    "relation": RecordKind(
        q.FETCH_RELATIONS_BY_ID, q.UPDATE_RELATIONS, Relation.model_validate_json, relation_row, "relations"
    ),
    "event": RecordKind(q.FETCH_EVENTS, q.UPDATE_EVENTS, Event.model_validate_json, event_row, "events"),
    "attribute": RecordKind(
        q.FETCH_ATTRIBUTE_VALUES,
        q.UPDATE_ATTRIBUTE_VALUES,
        AttributeValue.model_validate_json,
        attribute_row,
        "attribute_values",
    ),
}


def target_of_record(record: StoredRecord) -> Target:
    if isinstance(record, Relation):
        return "relation"
    if isinstance(record, Event):
        return "event"
    if isinstance(record, AttributeValue):
        return "attribute"
    return "entity"


def encode_cursor(*parts: str) -> str:
    return base64.urlsafe_b64encode(json.dumps(parts).encode()).decode()


def decode_cursor(cursor: str | None, arity: int) -> list[str] | None:
    if not cursor:
        return None
    try:
        parts = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, binascii.Error) as exc:
        raise InputError(f'"{cursor}" is not a cursor this API returned') from exc
    if not isinstance(parts, list) or len(parts) != arity or not all(isinstance(p, str) for p in parts):
        raise InputError(f'"{cursor}" is not a cursor this API returned')
    return parts


def page_of(rows: list[list[Any]], first: int, total: int) -> Page:
    """A page of (id, sort key) rows, fetched one longer than `first` to tell whether another follows."""
    kept = rows[:first]
    return Page(
        ids=tuple(row[0] for row in kept),
        total=total,
        has_next=len(rows) > first,
        end_cursor=encode_cursor(str(kept[-1][1]), str(kept[-1][0])) if kept else None,
    )
