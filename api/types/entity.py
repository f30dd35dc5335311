"""The Entity interface and the fields every kind of entity shares (relations, events, sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from api.context import Info
from api.loaders import ValueQuery
from api.types.scalars import (
    Direction,
    EntityKind,
    EventKind,
    IncludeCandidates,
    KnownAt,
    RelationType,
    record_time,
)
from api.types.sources import Source
from graph import model
from graph.dates import PartialDate
from graph.store import EventQuery, RelationQuery, RelationView
from graph.timeline import order_timeline

if TYPE_CHECKING:
    from api.types.events import Event
    from api.types.relations import Relation


@strawberry.interface
class Entity:
    id: strawberry.ID
    kind: EntityKind
    name: str
    aliases: list[str]
    record: strawberry.Private[Any]

    @strawberry.field
    async def relations(
        self,
        info: Info,
        types: list[RelationType] | None = None,
        direction: Direction | None = model.Direction.BOTH,
        as_of: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Annotated[Relation, strawberry.lazy("api.types.relations")]]:
        from api.types.relations import relations_of

        query = RelationQuery(
            types=tuple(types or ()),
            direction=direction or model.Direction.BOTH,
            as_of=as_of,
            known_at=record_time(known_at),
            include_candidates=include_candidates,
        )
        return await relations_of(info, self.id, query)

    @strawberry.field
    async def events(
        self,
        info: Info,
        kinds: list[EventKind] | None = None,
        since: PartialDate | None = None,
        until: PartialDate | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Annotated[Event, strawberry.lazy("api.types.events")]]:
        from api.types.events import Event

        query = EventQuery(
            kinds=tuple(kinds or ()),
            since=since,
            until=until,
            known_at=record_time(known_at),
            include_candidates=include_candidates,
        )
        found = await info.context.loaders.events.load((self.id, query))
        return [Event.from_model(e) for e in order_timeline(found)]

    @strawberry.field
    async def sources(self, info: Info) -> list[Source]:
        """Every source that states something about this entity: its profile and all its statements' evidence."""
        loaders = info.context.loaders
        views: list[RelationView] = await loaders.relations.load((self.id, RelationQuery()))
        events: list[model.Event] = await loaders.events.load((self.id, EventQuery()))
        values: list[model.AttributeValue] = await loaders.attribute_values.load((self.id, ValueQuery()))
        ids: dict[str, None] = dict.fromkeys(self.record.source_ids)
        evidence = [
            *(e for v in views for e in v.relation.evidence),
            *(e for event in events for e in event.evidence),
            *(e for value in values for e in value.evidence),
        ]
        ids.update(dict.fromkeys(e.source_id for e in evidence if e.retracted_at is None))
        found = await loaders.source.load_many(list(ids))
        return sorted((Source.from_model(s) for s in found if s is not None), key=lambda s: (s.loaded_at, s.id))
