"""The organizations listing: its filter and its cursor-paginated page."""

from __future__ import annotations

import strawberry

from api.types.organization import Organization
from api.types.sources import PageInfo
from graph.dates import PartialDate


@strawberry.input
class OrganizationFilter:
    name_contains: str | None = None
    category: str | None = strawberry.field(
        default=None, description='A category by its value or its label: "ai_lab" or "AI lab".'
    )
    founded_after: PartialDate | None = None
    founded_before: PartialDate | None = None
    headquartered_in: str | None = None  # a place's name or id
    invested_in_by: str | None = None  # an investor's name or id


@strawberry.type
class OrganizationConnection:
    nodes: list[Organization]
    page_info: PageInfo
    total_count: int
