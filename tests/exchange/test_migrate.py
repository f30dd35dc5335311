"""migrate(): store to store through the write path, idempotent, counts verified."""

from __future__ import annotations

import io

import pytest

from graph.backends.ladybug import LadybugStore
from graph.exchange import Format, export_graph
from graph.migrate import migrate
from graph.model import Organization, StatementBatch
from graph.store import GraphStore
from tests.exchange.conftest import OpenStore
from tests.exchange.synthetic import build


def _jsonl(store: GraphStore) -> bytes:
    out = io.BytesIO()
    export_graph(store, Format.jsonl, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def source(open_store: OpenStore) -> LadybugStore:
    store = open_store("migrate-source")
    build(store, 1_000)
    return store


def _check_migration(source: GraphStore, target: GraphStore) -> None:
    seen: list[tuple[str, int, int]] = []
    report = migrate(source, target, batch_size=400, progress=lambda *args: seen.append(args))
    assert report.verified, [r for r in report.counts if not r.matches]
    assert report.records == 2_945
    assert report.created == {
        "sources": 5,
        "entities": 1_000,
        "relations": 1_500,
        "events": 200,
        "attribute_values": 200,
        "merge_records": 20,
        "merge_candidates": 20,
    }
    assert report.batches == 5 + 3 + 4 + 1 + 1 + 1 + 1
    assert seen[-1] == ("merge_candidate", 20, 20) and ("relation", 1_500, 1_500) in seen
    assert {r.what: (r.source, r.target) for r in report.counts}["live entities"] == (980, 980)
    assert _jsonl(target) == _jsonl(source)
    again = migrate(source, target, batch_size=1_000)
    assert again.verified and not again.changed, (again.created, again.updated)
    assert _jsonl(target) == _jsonl(source)


def test_migrate_into_another_embedded_store(source: LadybugStore, open_store: OpenStore) -> None:
    _check_migration(source, open_store("migrate-target"))


def test_counts_that_differ_are_reported(source: LadybugStore, open_store: OpenStore) -> None:
    target = open_store("migrate-busy-target")
    extra = Organization(id="org:only-in-target", name="Only In Target")
    target.write(StatementBatch(entities=(extra,)))  # the target already holds a record the source does not
    report = migrate(source, target)
    assert not report.verified
    differing = {r.what for r in report.counts if not r.matches}
    assert differing == {"entities", "live entities"}


@pytest.mark.neo4j
def test_migrate_into_neo4j(source: LadybugStore, neo4j_store: GraphStore) -> None:
    _check_migration(source, neo4j_store)
