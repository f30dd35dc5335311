"""The per-request context: the store, the settings, fresh DataLoaders and the shared search index."""

from __future__ import annotations

from typing import TypeAlias

import strawberry
from graphql import GraphQLError
from strawberry.fastapi import BaseContext

from api.loaders import Loaders, StoreRunner
from api.search import SearchIndex
from api.settings import Settings
from graph.store import GraphStore


class Context(BaseContext):
    def __init__(self, run: StoreRunner, settings: Settings, search: SearchIndex, local: bool = False) -> None:
        super().__init__()
        self.run = run
        self.settings = settings
        self.search = search
        self.loaders = Loaders(run)
        # `ckg query` runs in the caller's own process with direct access to the store: no API key needed.
        self.local = local
        # Errors of root fields that answer an empty value rather than a null (api/errors.py, LocalErrors).
        self.local_errors: list[GraphQLError] = []

    @property
    def store(self) -> GraphStore:
        return self.run.store


Info: TypeAlias = strawberry.Info[Context, None]
