"""A real embedded store per test (never a fake) and the repo's seed profiles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LadybugStore]:
    opened = LadybugStore(tmp_path / "graph")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store path the CLI reads from CKG_DB_PATH (embedded store, no Neo4j)."""
    path = tmp_path / "data" / "graph"
    monkeypatch.setenv("CKG_DB_PATH", str(path))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    return path
