"""One store fixture for every backend: Ladybug always, Neo4j when CKG_NEO4J_URI is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import GraphStore

NEO4J_SKIP_REASON = (
    "Neo4j contract run skipped: CKG_NEO4J_URI is not set "
    "(start one with `docker compose up neo4j`, then `CKG_NEO4J_URI=bolt://localhost:7687 make test`)"
)


def _ladybug(tmp_path: Path) -> GraphStore:
    from graph.backends.ladybug import LadybugStore

    return LadybugStore(tmp_path / "graph")


def _neo4j(tmp_path: Path) -> GraphStore:
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
    store.wipe_for_tests()
    store.init()
    return store


def pytest_report_header() -> str:
    return "neo4j contract run: " + (
        "on " + os.environ["CKG_NEO4J_URI"] if os.environ.get("CKG_NEO4J_URI") else "skipped"
    )


@pytest.fixture(params=[pytest.param("ladybug"), pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    opened = _ladybug(tmp_path) if request.param == "ladybug" else _neo4j(tmp_path)
    try:
        yield opened
    finally:
        opened.close()
