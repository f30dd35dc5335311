"""Typed events (funding rounds, valuations, price moves, analyst actions...) and money."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from api.context import Info
from api.types.entity import Entity
from api.types.nodes import load_node, load_nodes, require_node
from api.types.scalars import EventKind, ReviewStatus
from api.types.sources import Evidence, evidence_list
from graph import model
from graph.dates import PartialDate
from graph.store import EventQuery, RelationQuery
from graph.timeline import derived_events, order_timeline, select

if TYPE_CHECKING:
    from api.types.organization import Organization


@strawberry.type
class Money:
    amount: float
    currency: str

    @classmethod
    def from_model(cls, money: model.Money | None) -> Money | None:
        return None if money is None else cls(amount=money.amount, currency=money.currency)


@strawberry.type
class Event:
    id: strawberry.ID
    kind: EventKind
    date: PartialDate | None
    summary: str
    pct_change: float | None
    direction: str | None
    amount: Money | None
    from_rating: str | None
    to_rating: str | None
    action: str | None
    instrument: str | None
    modality: str | None = strawberry.field(
        description='"planned" for what a text only planned, expected or reported as a plan; null for a fact.'
    )
    evidence: list[Evidence]
    derived: bool = strawberry.field(
        description="True for what the graph's own dates say (a founding date, a release date, a role's start) "
        "rather than an event a source reported; its evidence is that of the dates."
    )
    subject_id: strawberry.Private[str]
    actor_id: strawberry.Private[str | None]
    review: ReviewStatus | None = None

    @strawberry.field
    async def subject(self, info: Info) -> Entity:
        return await require_node(info, self.subject_id)

    @strawberry.field
    async def actor(self, info: Info) -> Entity | None:
        return None if self.actor_id is None else await load_node(info, self.actor_id)

    @classmethod
    def from_model(cls, event: model.Event) -> Event:
        return cls(
            id=strawberry.ID(event.id),
            kind=event.kind,
            date=event.date,
            summary=event.summary,
            pct_change=event.pct_change,
            direction=event.direction,
            amount=Money.from_model(event.amount),
            from_rating=event.from_rating,
            to_rating=event.to_rating,
            action=event.action,
            instrument=event.instrument,
            modality=str(event.properties["modality"]) if event.properties.get("modality") else None,
            evidence=evidence_list(event.evidence),
            derived=bool(event.properties.get("derived")),
            subject_id=event.subject_id,
            actor_id=event.actor_id,
            review=event.review,
        )


async def timeline_of(info: Info, entity: model.Entity, query: EventQuery) -> list[model.Event]:
    """The entity's stored events and those its dates and relations tell, filtered by the query, in order."""
    from api.types.relations import entity_loader

    loaders = info.context.loaders
    at, candidates = query.known_at, query.include_candidates
    stored = await loaders.events.load((entity.id, EventQuery(known_at=at, include_candidates=candidates)))
    views = await loaders.relations.load((entity.id, RelationQuery(known_at=at, include_candidates=candidates)))
    others = await entity_loader(info, at).load_many([v.other_id for v in views])
    derived = derived_events(entity, views, {o.id: o for o in others if o is not None}, stored)
    return order_timeline(select([*stored, *derived], query))


@strawberry.type
class FundingRound:
    id: strawberry.ID
    date: PartialDate | None
    stage: str | None
    amount: Money | None
    pre_money_valuation: Money | None
    post_money_valuation: Money | None
    evidence: list[Evidence]
    event: strawberry.Private[model.Event]

    @strawberry.field
    async def company(self, info: Info) -> Annotated[Organization, strawberry.lazy("api.types.organization")]:
        from api.types.organization import Organization

        node = await require_node(info, self.event.subject_id)
        if not isinstance(node, Organization):
            raise LookupError(f"funding round {self.id} is about {self.event.subject_id}, not an organization")
        return node

    @strawberry.field
    async def leads(self, info: Info) -> list[Entity]:
        return await load_nodes(info, self.event.leads)

    @strawberry.field
    async def investors(self, info: Info) -> list[Entity]:
        """Every investor of the round, leads first."""
        return await load_nodes(info, [*self.event.leads, *self.event.participants])

    @classmethod
    def from_model(cls, event: model.Event) -> FundingRound:
        return cls(
            id=strawberry.ID(event.id),
            date=event.date,
            stage=event.stage,
            amount=Money.from_model(event.amount),
            pre_money_valuation=Money.from_model(event.pre_money),
            post_money_valuation=Money.from_model(event.post_money),
            evidence=evidence_list(event.evidence),
            event=event,
        )
