"""Domain entity -> GraphQL node of the right concrete type."""

from __future__ import annotations

from collections.abc import Sequence

from api.context import Info
from api.types.entity import Entity
from graph import model


def to_node(entity: model.Entity) -> Entity:
    from api.types.organization import Organization
    from api.types.person import Person
    from api.types.place import Place
    from api.types.product import Product

    if isinstance(entity, model.Organization):
        return Organization.from_model(entity)
    if isinstance(entity, model.Person):
        return Person.from_model(entity)
    if isinstance(entity, model.Product):
        return Product.from_model(entity)
    return Place.from_model(entity)


async def load_node(info: Info, entity_id: str) -> Entity | None:
    found = await info.context.loaders.entity.load(entity_id)
    return None if found is None else to_node(found)


async def load_nodes(info: Info, entity_ids: Sequence[str]) -> list[Entity]:
    """Live entities among the ids, in the given order (missing or retracted ones are left out)."""
    unique = list(dict.fromkeys(entity_ids))
    found = await info.context.loaders.entity.load_many(unique)
    return [to_node(e) for e in found if e is not None]


async def require_node(info: Info, entity_id: str) -> Entity:
    node = await load_node(info, entity_id)
    if node is None:
        raise LookupError(f"a statement points at {entity_id}, which the store does not hold")
    return node
