"""Explained paths between two entities: each hop names its relation and carries its evidence."""

from __future__ import annotations

import strawberry

from api.context import Info
from api.types.entity import Entity
from api.types.nodes import require_node
from api.types.scalars import RelationType
from api.types.sources import Evidence, evidence_list
from graph import store as graph_store


@strawberry.type
class Hop:
    relation: RelationType
    evidence: list[Evidence]
    from_id: strawberry.Private[str]
    to_id: strawberry.Private[str]

    @strawberry.field(name="from")
    async def from_(self, info: Info) -> Entity:
        return await require_node(info, self.from_id)

    @strawberry.field
    async def to(self, info: Info) -> Entity:
        return await require_node(info, self.to_id)


@strawberry.type
class Path:
    hops: list[Hop]

    @classmethod
    def from_model(cls, path: graph_store.Path) -> Path:
        return cls(
            hops=[
                Hop(
                    relation=hop.relation.type,
                    evidence=evidence_list(hop.relation.evidence),
                    from_id=hop.from_id,
                    to_id=hop.to_id,
                )
                for hop in path.hops
            ]
        )
