"""One store fixture for every backend: Ladybug always, Neo4j when CKG_NEO4J_URI is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import GraphStore
from tests.neo4j_store import emptied_neo4j_store


def _ladybug(tmp_path: Path) -> GraphStore:
    from graph.backends.ladybug import LadybugStore

    return LadybugStore(tmp_path / "graph")


def pytest_report_header() -> str:
    return "neo4j contract run: " + (
        "on " + os.environ["CKG_NEO4J_URI"] if os.environ.get("CKG_NEO4J_URI") else "skipped"
    )


@pytest.fixture(params=[pytest.param("ladybug"), pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    opened = _ladybug(tmp_path) if request.param == "ladybug" else emptied_neo4j_store()
    try:
        yield opened
    finally:
        opened.close()
