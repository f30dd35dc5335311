"""Graph-wide counts."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from graph import store


@strawberry.type
class GraphStats:
    entities: int
    relations: int
    events: int
    sources: int
    attribute_values: int
    by_kind: JSON
    candidates: int = strawberry.field(description="Statements waiting for review; the other counts are of facts.")

    @classmethod
    def from_model(cls, stats: store.GraphStats) -> GraphStats:
        return cls(
            entities=stats.entities,
            relations=stats.relations,
            events=stats.events,
            sources=stats.sources,
            attribute_values=stats.attribute_values,
            by_kind=JSON(dict(stats.by_kind)),
            candidates=stats.candidates,
        )
