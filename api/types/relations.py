"""Relations seen from one entity, and investments (INVESTED_IN relations with their round)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

from api.context import Info
from api.types.entity import Entity
from api.types.nodes import to_node
from api.types.scalars import Direction, RelationType, ReviewStatus, record_time
from api.types.sources import Evidence, evidence_list
from graph import model
from graph.dates import PartialDate
from graph.store import RelationQuery, RelationView
from graph.validity import Validity
from graph.wording import relation_text

if TYPE_CHECKING:
    from api.types.events import FundingRound
    from api.types.organization import Organization


@strawberry.type
class Relation:
    type: RelationType
    direction: Direction
    other: Entity
    valid_from: PartialDate | None = strawberry.field(
        description="From when it holds: the date a source gave (dated: true) or, when none did, the later of its "
        "ends' beginnings (founded, born, released; dated: false); null when neither is known."
    )
    valid_to: PartialDate | None = strawberry.field(
        description="From when it no longer holds: the date a source gave, the end of either end (dissolved, "
        "discontinued), or for a former relation with no known end the date the graph learned it had ended."
    )
    dated: bool = strawberry.field(description="True when a source dated the start (validFrom is that date).")
    ended_before: PartialDate | None = strawberry.field(
        description="For a former relation with no known end: it ended at an unknown date before this one."
    )
    text: str = strawberry.field(
        description='The relation as written, from its subject to its object: "Tencent invested in MiniMax".'
    )
    subject: Entity = strawberry.field(description="The end the relation is written from (direction OUT: this one).")
    object: Entity = strawberry.field(description="The end the relation is written to (direction IN: this one).")
    properties: JSON | None
    evidence: list[Evidence]
    review: ReviewStatus | None = strawberry.field(
        description="Null for a fact; CANDIDATE while it waits for review (answers show it only with "
        "includeCandidates), ACCEPTED once a reviewer made it a fact."
    )


def relation_fields(
    relation: model.Relation, validity: Validity, subject: model.Entity, object_: model.Entity
) -> dict[str, Any]:
    """What Relation and Hop show alike: the period by the time rule, the sentence, both ends as written."""
    return {
        "valid_from": validity.valid_from,
        "valid_to": validity.valid_to,
        "dated": validity.dated,
        "ended_before": validity.ended_before,
        "text": relation_text(relation, subject.name, object_.name, validity),
        "subject": to_node(subject),
        "object": to_node(object_),
        "properties": JSON(contract_properties(relation)),
        "evidence": evidence_list(relation.evidence),
        "review": relation.review,
    }


def contract_properties(relation: model.Relation) -> dict[str, object]:
    """The relation's properties as the contract shows them: camelCase keys, and the round an investment belongs
    to as properties.roundId (a typed field in the graph, Relation.round_id)."""
    shown = camel_keys(relation.properties)
    if relation.round_id is not None:
        shown["roundId"] = relation.round_id
    return shown


def camel_keys(properties: dict[str, object]) -> dict[str, object]:
    """The contract names property keys in camelCase (properties.roundId); the graph stores snake_case."""
    return {_camel(key): value for key, value in properties.items()}


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def entity_loader(info: Info, known_at: dt.datetime | None) -> DataLoader[str, model.Entity | None]:
    """Live entities; at an earlier moment (knownAt) also those retracted since (the store checked they were
    held then)."""
    loaders = info.context.loaders
    return loaders.entity if known_at is None else loaders.entity_any


async def views_with_others(
    info: Info, entity_id: str, query: RelationQuery
) -> list[tuple[RelationView, model.Entity]]:
    """The entity's relations matching the query, each with its other end (dangling ones dropped)."""
    views = await info.context.loaders.relations.load((entity_id, query))
    others = await entity_loader(info, query.known_at).load_many([v.other_id for v in views])
    return [(v, o) for v, o in zip(views, others, strict=True) if o is not None]


async def relations_of(info: Info, entity_id: str, query: RelationQuery) -> list[Relation]:
    me = await info.context.loaders.entity.load(entity_id)
    if me is None:
        return []
    result: list[Relation] = []
    for view, other in await views_with_others(info, entity_id, query):
        subject, object_ = (me, other) if view.direction == model.Direction.OUT else (other, me)
        fields = relation_fields(view.relation, view.validity, subject, object_)
        result.append(Relation(type=view.relation.type, direction=view.direction, other=to_node(other), **fields))
    return result


async def others_of(
    info: Info,
    entity_id: str,
    type_: model.RelationType,
    direction: model.Direction,
    as_of: PartialDate | None = None,
    known_at: dt.datetime | None = None,
    include_candidates: bool = False,
) -> list[model.Entity]:
    query = RelationQuery(
        types=(type_,),
        direction=direction,
        as_of=as_of,
        known_at=record_time(known_at),
        include_candidates=include_candidates,
    )
    return [other for _view, other in await views_with_others(info, entity_id, query)]


@strawberry.type
class Investment:
    investor: Entity
    investee: Annotated[Organization, strawberry.lazy("api.types.organization")]
    lead: bool
    valid_from: PartialDate | None = strawberry.field(
        description="Since when: the date a source gave (dated: true) or, when none did, the later of the two "
        "organizations' founding dates (dated: false)."
    )
    valid_to: PartialDate | None
    dated: bool
    evidence: list[Evidence]
    round_id: strawberry.Private[str | None]
    review: ReviewStatus | None = None

    @strawberry.field
    async def round(self, info: Info) -> Annotated[FundingRound, strawberry.lazy("api.types.events")] | None:
        from api.types.events import FundingRound

        if not self.round_id:
            return None
        event = await info.context.loaders.event.load(self.round_id)
        return None if event is None else FundingRound.from_model(event)


async def investments_of(
    info: Info,
    entity_id: str,
    direction: model.Direction,
    as_of: PartialDate | None,
    known_at: dt.datetime | None = None,
    include_candidates: bool = False,
) -> list[Investment]:
    """INVESTED_IN relations: direction IN gives the entity's investors, OUT its investments."""
    from api.types.organization import Organization

    query = RelationQuery(
        types=(model.RelationType.INVESTED_IN,),
        direction=direction,
        as_of=as_of,
        known_at=record_time(known_at),
        include_candidates=include_candidates,
    )
    pairs = await views_with_others(info, entity_id, query)
    me = await info.context.loaders.entity.load(entity_id)
    result: list[Investment] = []
    for view, other in pairs:
        investor, investee = (me, other) if view.direction == model.Direction.OUT else (other, me)
        if investor is None or not isinstance(investee, model.Organization):
            continue
        result.append(
            Investment(
                investor=to_node(investor),
                investee=Organization.from_model(investee),
                lead=bool(view.relation.properties.get("lead", False)),
                valid_from=view.validity.valid_from,
                valid_to=view.validity.valid_to,
                dated=view.validity.dated,
                evidence=evidence_list(view.relation.evidence),
                round_id=view.relation.round_id,
                review=view.relation.review,
            )
        )
    return result
