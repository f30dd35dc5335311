"""People: founders, executives, researchers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from api.context import Info
from api.types.entity import Entity
from api.types.relations import others_of
from graph import model
from graph.dates import PartialDate
from graph.model import Direction, RelationType

if TYPE_CHECKING:
    from api.types.organization import Organization


@strawberry.type
class Person(Entity):
    born_on: PartialDate | None
    died_on: PartialDate | None
    description: str | None
    record: strawberry.Private[model.Person]

    @classmethod
    def from_model(cls, person: model.Person) -> Person:
        return cls(
            id=strawberry.ID(person.id),
            kind=person.kind,
            name=person.name,
            aliases=list(person.aliases),
            born_on=person.born_on,
            died_on=person.died_on,
            description=person.description,
            record=person,
        )

    @strawberry.field
    async def founded(self, info: Info) -> list[Annotated[Organization, strawberry.lazy("api.types.organization")]]:
        from api.types.organization import Organization

        orgs = await others_of(info, self.id, RelationType.FOUNDED, Direction.OUT)
        return [Organization.from_model(o) for o in orgs if isinstance(o, model.Organization)]
