"""Per-request DataLoaders: every read a query needs goes through one batched store call per shape.

A nested query over 100 organizations asks the store once per (field, argument) shape, not once per
organization. Store calls are synchronous; `StoreRunner` runs them on worker threads so the event
loop keeps serving other requests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, NamedTuple, TypeVar

from strawberry.dataloader import DataLoader

from graph.model import AttributeValue, Entity, EntityId, Event, Source
from graph.store import EventQuery, GraphStore, RelationQuery, RelationView

T = TypeVar("T")
Q = TypeVar("Q", bound=Hashable)


class ValueQuery(NamedTuple):
    """Which attribute values of an entity: one attribute (None: all), at a record time, with candidates or not."""

    attribute: str | None = None
    known_at: dt.datetime | None = None
    include_candidates: bool = False


class StoreRunner:
    """Runs synchronous store calls off the event loop (a small thread pool shared by the app)."""

    def __init__(self, store: GraphStore, executor: ThreadPoolExecutor | None = None) -> None:
        self.store = store
        self._executor = executor

    async def __call__(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._executor is None:
            return fn(*args, **kwargs)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(fn, *args, **kwargs))


def _group_by_query(keys: Sequence[tuple[str, Q]]) -> dict[Q, list[str]]:
    groups: dict[Q, dict[str, None]] = defaultdict(dict)
    for entity_id, query in keys:
        groups[query][entity_id] = None
    return {query: list(ids) for query, ids in groups.items()}


class Loaders:
    """The DataLoaders of one request (caches must not outlive it: data changes between requests)."""

    def __init__(self, run: StoreRunner) -> None:
        self.run = run
        store = run.store
        self.entity: DataLoader[EntityId, Entity | None] = DataLoader(load_fn=self._entities)
        # Retracted ones too: the ends of what the graph held at an earlier moment (knownAt) may be merged since.
        self.entity_any: DataLoader[EntityId, Entity | None] = DataLoader(load_fn=self._entities_any)
        self.by_key: DataLoader[str, list[Entity]] = DataLoader(load_fn=self._by_key)
        self.relations: DataLoader[tuple[EntityId, RelationQuery], list[RelationView]] = DataLoader(
            load_fn=self._relations
        )
        self.events: DataLoader[tuple[EntityId, EventQuery], list[Event]] = DataLoader(load_fn=self._events)
        self.event: DataLoader[str, Event | None] = DataLoader(load_fn=self._events_by_id)
        self.attribute_values: DataLoader[tuple[EntityId, ValueQuery], list[AttributeValue]] = DataLoader(
            load_fn=self._attribute_values
        )
        self.source: DataLoader[str, Source | None] = DataLoader(load_fn=self._sources)
        self._store = store

    async def _entities(self, ids: list[EntityId]) -> list[Entity | None]:
        found = await self.run(self._store.entities, ids)
        return [found.get(i) for i in ids]

    async def _entities_any(self, ids: list[EntityId]) -> list[Entity | None]:
        found = await self.run(self._store.entities, ids, True)
        return [found.get(i) for i in ids]

    async def _by_key(self, keys: list[str]) -> list[list[Entity]]:
        found = await self.run(self._store.entities_by_key, keys)
        return [list(found.get(k, [])) for k in keys]

    async def _relations(self, keys: list[tuple[EntityId, RelationQuery]]) -> list[list[RelationView]]:
        results: dict[tuple[EntityId, RelationQuery], list[RelationView]] = {}
        for query, ids in _group_by_query(keys).items():
            found = await self.run(self._store.relations, ids, query)
            for entity_id in ids:
                results[(entity_id, query)] = list(found.get(entity_id, []))
        return [results[k] for k in keys]

    async def _events(self, keys: list[tuple[EntityId, EventQuery]]) -> list[list[Event]]:
        results: dict[tuple[EntityId, EventQuery], list[Event]] = {}
        for query, ids in _group_by_query(keys).items():
            found = await self.run(self._store.events, ids, query)
            for entity_id in ids:
                results[(entity_id, query)] = list(found.get(entity_id, []))
        return [results[k] for k in keys]

    async def _events_by_id(self, ids: list[str]) -> list[Event | None]:
        found = await self.run(self._store.events_by_id, ids)
        return [found.get(i) for i in ids]

    async def _attribute_values(self, keys: list[tuple[EntityId, ValueQuery]]) -> list[list[AttributeValue]]:
        results: dict[tuple[EntityId, ValueQuery], list[AttributeValue]] = {}
        for query, ids in _group_by_query(keys).items():
            found = await self.run(
                self._store.attribute_values,
                ids,
                query.attribute,
                known_at=query.known_at,
                include_candidates=query.include_candidates,
            )
            for entity_id in ids:
                results[(entity_id, query)] = list(found.get(entity_id, []))
        return [results[k] for k in keys]

    async def _sources(self, ids: list[str]) -> list[Source | None]:
        found = await self.run(self._store.sources, ids)
        return [found.get(i) for i in ids]
