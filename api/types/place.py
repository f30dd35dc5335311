"""Places: cities and countries organizations are headquartered in."""

from __future__ import annotations

import strawberry

from api.types.entity import Entity
from graph import model


@strawberry.type
class Place(Entity):
    record: strawberry.Private[model.Place]

    @classmethod
    def from_model(cls, place: model.Place) -> Place:
        return cls(
            id=strawberry.ID(place.id), kind=place.kind, name=place.name, aliases=list(place.aliases), record=place
        )
