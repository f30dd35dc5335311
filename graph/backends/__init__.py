"""The one place that picks a storage backend."""

from __future__ import annotations

from graph.settings import StoreSettings
from graph.store import GraphStore


def open_store(settings: StoreSettings | None = None) -> GraphStore:
    settings = settings or StoreSettings()
    if settings.neo4j_uri:
        from graph.backends.neo4j import Neo4jStore

        return Neo4jStore(
            settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
            max_pool_size=settings.neo4j_max_pool_size,
        )
    from graph.backends.ladybug import LadybugStore

    return LadybugStore(
        settings.db_path,
        read_only=settings.read_only,
        buffer_pool_mb=settings.buffer_pool_mb,
        checkpoint_mb=settings.checkpoint_mb,
    )
