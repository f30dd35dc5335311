"""migrate(): store to store through the write path, idempotent, counts verified."""

from __future__ import annotations

import io
import math

import pytest

from graph.backends.ladybug import LadybugStore
from graph.exchange import Format, export_graph
from graph.migrate import PLURAL, migrate
from graph.model import Organization, StatementBatch
from graph.store import GraphStore
from tests.exchange.conftest import OpenStore, write_synthetic

ORGS = 100
COUNTS: dict[str, int] = {}  # of the source's records by kind, as written


def _jsonl(store: GraphStore) -> bytes:
    out = io.BytesIO()
    export_graph(store, Format.jsonl, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def source(open_store: OpenStore) -> LadybugStore:
    store = open_store("migrate-source")
    COUNTS.update(write_synthetic(store, ORGS))
    return store


def _check_migration(source: GraphStore, target: GraphStore) -> None:
    seen: list[tuple[str, int, int]] = []
    report = migrate(source, target, batch_size=400, progress=lambda *args: seen.append(args))
    assert report.verified, [r for r in report.counts if not r.matches]
    assert report.records == sum(COUNTS.values())
    assert report.created == {PLURAL[kind].replace(" ", "_"): n for kind, n in COUNTS.items()}
    # Sources go one per batch (each with its own write), every other kind in batches of 400.
    per_kind = {kind: COUNTS[kind] if kind == "source" else math.ceil(COUNTS[kind] / 400) for kind in COUNTS}
    assert report.batches == sum(per_kind.values())
    relations = COUNTS["relation"]
    assert seen[-1] == ("merge_candidate", COUNTS["merge_candidate"], COUNTS["merge_candidate"])
    assert ("relation", relations, relations) in seen
    live = COUNTS["entity"] - COUNTS["merge_record"]  # each merged entity is retracted
    assert {r.what: (r.source, r.target) for r in report.counts}["live entities"] == (live, live)
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
