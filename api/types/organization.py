"""Organizations: companies, investors, banks, universities, exchanges, indexes, governments."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.context import Info
from api.hierarchy import choose_parent, ultimate_parent
from api.loaders import ValueQuery
from api.types.entity import Entity
from api.types.events import FundingRound
from api.types.history import AttributeValue, history_nodes
from api.types.relations import Investment, entity_loader, investments_of, others_of
from api.types.scalars import IncludeCandidates, KnownAt, ProductKind, record_time
from graph import model
from graph.dates import PartialDate
from graph.model import Direction, RelationType
from graph.store import EventQuery, RelationQuery
from graph.timeline import order_timeline

if TYPE_CHECKING:
    from api.types.person import Person
    from api.types.place import Place
    from api.types.product import Product


async def _parent_id(info: Info, entity_id: str, query: RelationQuery) -> str | None:
    views = await info.context.loaders.relations.load((entity_id, query))
    return choose_parent([v.relation for v in views], entity_id)


def _parent_query(as_of: PartialDate | None, known_at: dt.datetime | None, include_candidates: bool) -> RelationQuery:
    return RelationQuery(
        types=(RelationType.SUBSIDIARY_OF,),
        direction=Direction.OUT,
        as_of=as_of,
        known_at=record_time(known_at),
        include_candidates=include_candidates,
    )


async def _organization(info: Info, entity_id: str | None, known_at: dt.datetime | None) -> Organization | None:
    if entity_id is None:
        return None
    found = await entity_loader(info, known_at).load(entity_id)
    return Organization.from_model(found) if isinstance(found, model.Organization) else None


@strawberry.type
class Organization(Entity):
    legal_name: str | None
    categories: list[str]
    founded_on: PartialDate | None
    dissolved_on: PartialDate | None
    description: str | None
    record: strawberry.Private[model.Organization]

    @classmethod
    def from_model(cls, org: model.Organization) -> Organization:
        return cls(
            id=strawberry.ID(org.id),
            kind=org.kind,
            name=org.name,
            aliases=list(org.aliases),
            legal_name=org.legal_name,
            categories=list(org.categories),
            founded_on=org.founded_on,
            dissolved_on=org.dissolved_on,
            description=org.description,
            record=org,
        )

    @strawberry.field
    async def headquarters(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> Annotated[Place, strawberry.lazy("api.types.place")] | None:
        from api.types.place import Place

        places = await others_of(
            info, self.id, RelationType.HEADQUARTERED_IN, Direction.OUT, as_of, known_at, include_candidates
        )
        found = [p for p in places if isinstance(p, model.Place)]
        return Place.from_model(found[0]) if found else None

    @strawberry.field
    async def founders(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Annotated[Person, strawberry.lazy("api.types.person")]]:
        from api.types.person import Person

        people = await others_of(info, self.id, RelationType.FOUNDED, Direction.IN, as_of, known_at, include_candidates)
        return [Person.from_model(p) for p in people if isinstance(p, model.Person)]

    @strawberry.field
    async def parent(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> Organization | None:
        query = _parent_query(as_of, known_at, include_candidates)
        return await _organization(info, await _parent_id(info, self.id, query), known_at)

    @strawberry.field
    async def ultimate_parent(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> Organization | None:
        query = _parent_query(as_of, known_at, include_candidates)

        async def parent_of(entity_id: str) -> str | None:
            return await _parent_id(info, entity_id, query)

        return await _organization(info, await ultimate_parent(self.id, parent_of), known_at)

    @strawberry.field
    async def subsidiaries(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Organization]:
        children = await others_of(
            info, self.id, RelationType.SUBSIDIARY_OF, Direction.IN, as_of, known_at, include_candidates
        )
        return [Organization.from_model(c) for c in children if isinstance(c, model.Organization)]

    @strawberry.field
    async def investors(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Investment]:
        return await investments_of(info, self.id, Direction.IN, as_of, known_at, include_candidates)

    @strawberry.field
    async def investments(
        self,
        info: Info,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Investment]:
        return await investments_of(info, self.id, Direction.OUT, as_of, known_at, include_candidates)

    @strawberry.field
    async def funding_rounds(self, info: Info) -> list[FundingRound]:
        query = EventQuery(kinds=(model.EventKind.FUNDING_ROUND,))
        events = await info.context.loaders.events.load((self.id, query))
        rounds = [e for e in order_timeline(events) if e.subject_id == self.id]
        return [FundingRound.from_model(e) for e in rounds if not e.properties.get("modality")]  # plans are no rounds

    @strawberry.field
    async def products(
        self,
        info: Info,
        kind: ProductKind | None = None,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Annotated[Product, strawberry.lazy("api.types.product")]]:
        from api.types.product import Product

        products = await others_of(
            info, self.id, RelationType.DEVELOPED, Direction.OUT, as_of, known_at, include_candidates
        )
        return [
            Product.from_model(p)
            for p in products
            if isinstance(p, model.Product) and (kind is None or p.product_kind == kind)
        ]

    @strawberry.field(description="Every value ever stated for an attribute, with period, source and conflicts.")
    async def history(
        self, info: Info, attribute: str, known_at: KnownAt = None, include_candidates: IncludeCandidates = False
    ) -> list[AttributeValue]:
        query = ValueQuery(attribute, record_time(known_at), include_candidates)
        values = await info.context.loaders.attribute_values.load((self.id, query))
        return history_nodes(values, self.record)

    @strawberry.field(
        description="Every value stated for any attribute, grouped by attribute name, each group ordered as in history."
    )
    async def attribute_history(
        self, info: Info, known_at: KnownAt = None, include_candidates: IncludeCandidates = False
    ) -> list[AttributeValue]:
        query = ValueQuery(None, record_time(known_at), include_candidates)
        values = await info.context.loaders.attribute_values.load((self.id, query))
        names = sorted({v.attribute for v in values})
        return [
            node for name in names for node in history_nodes([v for v in values if v.attribute == name], self.record)
        ]
