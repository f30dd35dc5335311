"""Small result types: search hits, graph stats, ingest reports, the organizations page and its filter."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from api.types.entity import Entity
from api.types.organization import Organization
from api.types.sources import PageInfo, Source
from graph.dates import PartialDate


@strawberry.type
class SearchHit:
    entity: Entity
    score: float
    matched: str


@strawberry.type
class GraphStats:
    entities: int
    relations: int
    events: int
    sources: int
    attribute_values: int
    by_kind: JSON


@strawberry.type
class IngestReport:
    source: Source
    created: int
    linked: int
    statements: int
    unchanged: bool
    warnings: list[str]


@strawberry.input
class OrganizationFilter:
    name_contains: str | None = None
    category: str | None = None
    founded_after: PartialDate | None = None
    founded_before: PartialDate | None = None
    headquartered_in: str | None = None
    invested_in_by: str | None = None


@strawberry.type
class OrganizationConnection:
    nodes: list[Organization]
    page_info: PageInfo
    total_count: int
