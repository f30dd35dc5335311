"""Real embedded stores (never fakes): the seeds graph and the synthetic graph, built once per module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from benchmarks.synthetic_variety import record_counts, varied_graph
from graph.backends.ladybug import LadybugStore
from graph.model import Retraction, StatementBatch
from graph.store import GraphStore, RelationQuery
from loaders.pipeline import load_paths
from tests.neo4j_store import emptied_neo4j_store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The varied synthetic world (benchmarks/synthetic_variety.py) of this many organisations: ~700 entities, several
# import batches, every relation type and event kind; scale itself is measured in benchmarks/.
SYNTHETIC_ORGS = 150
OpenStore = Callable[[str], LadybugStore]


@pytest.fixture
def neo4j_store() -> Iterator[GraphStore]:
    """An emptied Neo4j (the database CKG_NEO4J_* names: it is wiped), or a skip saying why."""
    store = emptied_neo4j_store()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def open_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenStore]:
    """Opens fresh stores in a module-wide folder and closes them all at the end."""
    folder = tmp_path_factory.mktemp("stores")
    opened: list[LadybugStore] = []

    def open_(name: str) -> LadybugStore:
        opened.append(LadybugStore(folder / name))
        return opened[-1]

    yield open_
    for store in opened:
        store.close()


@pytest.fixture(scope="module")
def seeds_store(open_store: OpenStore) -> LadybugStore:
    """The seeds/ graph, with one relation retracted so the retracted state travels too."""
    store = open_store("seeds")
    report = load_paths(store, [SEEDS])
    assert not report.failed, [d.error for d in report.failed]
    some_org = next(e for e in store.name_entries() if e.entity_id.startswith("org:")).entity_id
    views = store.relations([some_org], RelationQuery())[some_org]
    at = dt.datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=dt.UTC)
    store.write(StatementBatch(retractions=(Retraction(target="relation", id=views[0].relation.id, at=at),)))
    return store


def write_synthetic(store: GraphStore, orgs: int) -> dict[str, int]:
    """Write the varied synthetic world of `orgs` organisations, with its history; returns its record counts."""
    batches = varied_graph(orgs)
    for batch in batches:
        store.write(batch)
    return record_counts(batches)


@pytest.fixture(scope="module")
def synthetic_store(open_store: OpenStore) -> LadybugStore:
    store = open_store("synthetic")
    write_synthetic(store, SYNTHETIC_ORGS)
    return store
