"""Explained paths between two entities: each hop names its relation and carries its evidence."""

from __future__ import annotations

from collections.abc import Mapping

import strawberry
from strawberry.scalars import JSON

from api.context import Info
from api.types.entity import Entity
from api.types.nodes import require_node
from api.types.relations import relation_fields
from api.types.scalars import RelationType, ReviewStatus
from api.types.sources import Evidence
from graph import model
from graph import store as graph_store
from graph.dates import PartialDate


@strawberry.type
class Hop:
    """One step of a walk from `from` to `to`. The walk may follow a relation backwards: `subject`, `object`
    and `text` always give the relation as written ("Tencent invested in MiniMax")."""

    relation: RelationType
    evidence: list[Evidence]
    forward: bool = strawberry.field(
        description="True when the relation is written from `from` to `to` (paths may walk an edge backwards)."
    )
    valid_from: PartialDate | None = strawberry.field(
        description="From when the relation holds: a source's date (dated: true) or the later of its ends' "
        "beginnings (dated: false)."
    )
    valid_to: PartialDate | None
    dated: bool
    ended_before: PartialDate | None
    text: str = strawberry.field(description='The relation as written: "Tencent invested in MiniMax".')
    subject: Entity = strawberry.field(description="The end the relation is written from.")
    object: Entity = strawberry.field(description="The end the relation is written to.")
    properties: JSON | None
    review: ReviewStatus | None
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
    def from_model(cls, path: graph_store.Path, entities: Mapping[str, model.Entity]) -> Path:
        """The path with the entities of its hops (every end of a path the store returned is live)."""
        return cls(hops=[_hop(hop, entities) for hop in path.hops])


def _hop(hop: graph_store.Hop, entities: Mapping[str, model.Entity]) -> Hop:
    relation = hop.relation
    fields = relation_fields(relation, hop.validity, entities[relation.subject_id], entities[relation.object_id])
    return Hop(relation=relation.type, forward=hop.forward, from_id=hop.from_id, to_id=hop.to_id, **fields)
