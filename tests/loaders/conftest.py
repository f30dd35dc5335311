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
