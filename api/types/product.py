"""Products: models, apps, chips and platforms, with their developer and lineage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.scalars import JSON

from api.context import Info
from api.types.entity import Entity
from api.types.relations import others_of
from api.types.scalars import ProductKind
from graph import model
from graph.dates import PartialDate
from graph.model import Direction, RelationType

if TYPE_CHECKING:
    from api.types.organization import Organization


@strawberry.type
class Product(Entity):
    product_kind: ProductKind
    released_on: PartialDate | None
    discontinued_on: PartialDate | None
    attributes: JSON | None
    description: str | None
    record: strawberry.Private[model.Product]

    @classmethod
    def from_model(cls, product: model.Product) -> Product:
        return cls(
            id=strawberry.ID(product.id),
            kind=product.kind,
            name=product.name,
            aliases=list(product.aliases),
            product_kind=product.product_kind,
            released_on=product.released_on,
            discontinued_on=product.discontinued_on,
            attributes=JSON(dict(product.attributes)),
            description=product.description,
            record=product,
        )

    @strawberry.field
    async def developer(self, info: Info) -> Annotated[Organization, strawberry.lazy("api.types.organization")] | None:
        from api.types.organization import Organization

        orgs = await others_of(info, self.id, RelationType.DEVELOPED, Direction.IN)
        found = [o for o in orgs if isinstance(o, model.Organization)]
        return Organization.from_model(found[0]) if found else None

    @strawberry.field
    async def based_on(self, info: Info) -> list[Product]:
        bases = await others_of(info, self.id, RelationType.BASED_ON, Direction.OUT)
        return [Product.from_model(p) for p in bases if isinstance(p, model.Product)]
