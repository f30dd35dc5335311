"""Explained paths between two entities: each hop names its relation and carries its evidence."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from api.context import Info
from api.types.entity import Entity
from api.types.nodes import require_node
from api.types.relations import camel_keys
from api.types.scalars import RelationType
from api.types.sources import Evidence, evidence_list
from graph import store as graph_store
from graph.dates import PartialDate


@strawberry.type
class Hop:
    relation: RelationType
    evidence: list[Evidence]
    forward: bool = strawberry.field(
        description="True when the relation is written from `from` to `to` (paths may walk an edge backwards)."
    )
    valid_from: PartialDate | None
    valid_to: PartialDate | None
    properties: JSON | None
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
                    forward=hop.relation.subject_id == hop.from_id,
                    valid_from=hop.relation.valid_from,
                    valid_to=hop.relation.valid_to,
                    properties=JSON(camel_keys(hop.relation.properties)),
                    from_id=hop.from_id,
                    to_id=hop.to_id,
                )
                for hop in path.hops
            ]
        )
