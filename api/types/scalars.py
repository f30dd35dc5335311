"""Scalars and enums of the contract, mapped onto the domain types of graph.model."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import strawberry
from strawberry.types.scalar import ScalarDefinition

from graph.dates import PartialDate, PartialDateError
from graph.model import Direction, EntityKind, EventKind, ProductKind, RelationType, ReviewStatus

# The contract's enums are the domain's enums (same names, same values), registered with strawberry.
for _enum in (EntityKind, ProductKind, Direction, RelationType, EventKind, ReviewStatus):
    strawberry.enum(_enum, name=_enum.__name__)

__all__ = [
    "PARTIAL_DATE",
    "SCALAR_MAP",
    "Direction",
    "EntityKind",
    "EventKind",
    "IncludeCandidates",
    "KnownAt",
    "ProductKind",
    "RelationType",
    "ReviewStatus",
    "record_time",
]


def _parse_partial_date(value: Any) -> PartialDate:
    if not isinstance(value, str):
        raise PartialDateError(f"expected a date string like 2024, 2024-03 or 2024-03-15, got {value!r}")
    return PartialDate.parse(value)


PARTIAL_DATE = strawberry.scalar(
    name="PartialDate",
    description='A date known to the year, month or day: "2024", "2024-03" or "2024-03-15".',
    serialize=str,
    parse_value=_parse_partial_date,
)

SCALAR_MAP: dict[object, ScalarDefinition] = {PartialDate: PARTIAL_DATE}


KnownAt = Annotated[
    dt.datetime | None,
    strawberry.argument(
        description="Record time: what the graph held at this moment, retracted statements as they were then "
        "(no zone: UTC)."
    ),
]
IncludeCandidates = Annotated[
    bool,
    strawberry.argument(description="Also statements waiting for review (below CKG_REVIEW_BELOW)."),
]


def record_time(value: dt.datetime | None) -> dt.datetime | None:
    """A knownAt argument as an aware time (one without a zone is UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)
