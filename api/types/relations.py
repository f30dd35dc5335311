"""Relations seen from one entity, and investments (INVESTED_IN relations with their round)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.scalars import JSON

from api.context import Info
from api.types.entity import Entity
from api.types.nodes import to_node
from api.types.scalars import Direction, RelationType
from api.types.sources import Evidence, evidence_list
from graph import model
from graph.dates import PartialDate
from graph.store import RelationQuery, RelationView

if TYPE_CHECKING:
    from api.types.events import FundingRound
    from api.types.organization import Organization


@strawberry.type
class Relation:
    type: RelationType
    direction: Direction
    other: Entity
    valid_from: PartialDate | None
    valid_to: PartialDate | None
    properties: JSON | None
    evidence: list[Evidence]


def camel_keys(properties: dict[str, object]) -> dict[str, object]:
    """The contract names property keys in camelCase (properties.roundId); the graph stores snake_case."""
    return {_camel(key): value for key, value in properties.items()}


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


async def views_with_others(
    info: Info, entity_id: str, query: RelationQuery
) -> list[tuple[RelationView, model.Entity]]:
    """The entity's relations matching the query, each with its live other end (dangling ones dropped)."""
    views = await info.context.loaders.relations.load((entity_id, query))
    others = await info.context.loaders.entity.load_many([v.other_id for v in views])
    return [(v, o) for v, o in zip(views, others, strict=True) if o is not None]


async def relations_of(info: Info, entity_id: str, query: RelationQuery) -> list[Relation]:
    return [
        Relation(
            type=view.relation.type,
            direction=view.direction,
            other=to_node(other),
            valid_from=view.relation.valid_from,
            valid_to=view.relation.valid_to,
            properties=JSON(camel_keys(view.relation.properties)),
            evidence=evidence_list(view.relation.evidence),
        )
        for view, other in await views_with_others(info, entity_id, query)
    ]


async def others_of(
    info: Info, entity_id: str, type_: model.RelationType, direction: model.Direction, as_of: PartialDate | None = None
) -> list[model.Entity]:
    query = RelationQuery(types=(type_,), direction=direction, as_of=as_of)
    return [other for _view, other in await views_with_others(info, entity_id, query)]


@strawberry.type
class Investment:
    investor: Entity
    investee: Annotated[Organization, strawberry.lazy("api.types.organization")]
    lead: bool
    evidence: list[Evidence]
    round_id: strawberry.Private[str | None]

    @strawberry.field
    async def round(self, info: Info) -> Annotated[FundingRound, strawberry.lazy("api.types.events")] | None:
        from api.types.events import FundingRound

        if not self.round_id:
            return None
        event = await info.context.loaders.event.load(self.round_id)
        return None if event is None else FundingRound.from_model(event)


async def investments_of(
    info: Info, entity_id: str, direction: model.Direction, as_of: PartialDate | None
) -> list[Investment]:
    """INVESTED_IN relations: direction IN gives the entity's investors, OUT its investments."""
    from api.types.organization import Organization

    query = RelationQuery(types=(model.RelationType.INVESTED_IN,), direction=direction, as_of=as_of)
    pairs = await views_with_others(info, entity_id, query)
    me = await info.context.loaders.entity.load(entity_id)
    result: list[Investment] = []
    for view, other in pairs:
        investor, investee = (me, other) if view.direction == model.Direction.OUT else (other, me)
        if investor is None or not isinstance(investee, model.Organization):
            continue
        round_id = view.relation.properties.get("round_id") or view.relation.properties.get("roundId")
        result.append(
            Investment(
                investor=to_node(investor),
                investee=Organization.from_model(investee),
                lead=bool(view.relation.properties.get("lead", False)),
                evidence=evidence_list(view.relation.evidence),
                round_id=str(round_id) if round_id else None,
            )
        )
    return result
