"""The Neo4j store tests run against when CKG_NEO4J_URI is set, or a skip that says how to get one."""

from __future__ import annotations

import os

import pytest

from graph.store import GraphStore

NEO4J_SKIP_REASON = (
    "Neo4j run skipped: CKG_NEO4J_URI is not set (start one with `docker compose up neo4j`, "
    "then CKG_NEO4J_URI=bolt://localhost:7687 CKG_NEO4J_PASSWORD=... make test)"
)


def emptied_neo4j_store() -> GraphStore:
    """The database CKG_NEO4J_* names, wiped and initialised (tests only), or pytest.skip."""
    uri = os.environ.get("CKG_NEO4J_URI")
    if not uri:
        pytest.skip(NEO4J_SKIP_REASON)
    from graph.backends.neo4j import Neo4jStore

    store = Neo4jStore(
        uri,
        user=os.environ.get("CKG_NEO4J_USER", "neo4j"),
        password=os.environ.get("CKG_NEO4J_PASSWORD", ""),
        database=os.environ.get("CKG_NEO4J_DATABASE") or None,
    )
    try:
        store.wipe_for_tests()
        store.init()
    except BaseException:
        store.close()
        raise
    return store
