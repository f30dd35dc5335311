"""export -> import into an empty store -> export gives the same bytes, for every format."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from benchmarks.synthetic_variety import record_counts, varied_graph
from graph.backends.ladybug import LadybugStore
from graph.exchange import Format, export_graph, import_file
from graph.exchange.records import Dump
from graph.model import EventKind, RelationType
from graph.names import normalize_key
from graph.store import GraphStore
from tests.exchange.conftest import SYNTHETIC_ORGS, OpenStore


def exported(store: GraphStore, fmt: Format) -> bytes:
    out = io.BytesIO()
    export_graph(store, fmt, out)
    return out.getvalue()


def round_trip(
    store: LadybugStore, fmt: Format, open_store: OpenStore, tmp_path: Path, name: str, *, twice: bool
) -> LadybugStore:
    first = exported(store, fmt)
    file = tmp_path / f"graph.{fmt}"
    file.write_bytes(first)
    copy = open_store(f"{name}-{fmt}")
    report = import_file(copy, file, batch_size=700)
    assert report.changed
    assert exported(copy, fmt) == first
    if twice:  # the same file again changes nothing (the seeds graph: the synthetic graph would only repeat it slowly)
        assert exported(store, fmt) == first, "two exports of the same graph differ"
        again = import_file(copy, file)
        assert not again.changed, (again.created, again.updated)
        assert exported(copy, fmt) == first
    return copy


@pytest.mark.parametrize("fmt", list(Format))
def test_seeds_graph_round_trips(seeds_store: LadybugStore, open_store: OpenStore, tmp_path: Path, fmt: Format) -> None:
    copy = round_trip(seeds_store, fmt, open_store, tmp_path, "seeds", twice=True)
    assert copy.stats() == seeds_store.stats()
    assert list(copy.export()) == list(seeds_store.export())
    assert copy.stats().entities >= 14


@pytest.mark.parametrize("fmt", list(Format))
def test_synthetic_graph_round_trips(
    synthetic_store: LadybugStore, open_store: OpenStore, tmp_path: Path, fmt: Format
) -> None:
    copy = round_trip(synthetic_store, fmt, open_store, tmp_path, "synthetic", twice=False)
    counts: dict[str, int] = {}
    for record in copy.export():
        counts[record.kind] = counts.get(record.kind, 0) + 1
    assert counts == record_counts(varied_graph(SYNTHETIC_ORGS))
    # Every relation type and every kind of stored event travels (the timeline's derived kinds are never stored).
    dump = Dump.from_store(copy)
    assert {r["type"] for r in dump.records["relation"]} == set(RelationType)
    derived = {EventKind.FOUNDING, EventKind.DISSOLUTION, EventKind.DISCONTINUATION, EventKind.ROLE_CHANGE}
    assert {e["kind"] for e in dump.records["event"]} == set(EventKind) - derived
    assert copy.stats() == synthetic_store.stats()
    # Merged entities stay retracted and still redirect their names to the kept entity.
    (record,) = copy.merge_records([synthetic_store.merge_records()[0].id])
    merged = copy.entities([record.merge_id], include_retracted=True)[record.merge_id]
    assert merged.retracted_at is not None and merged.merged_into == record.keep_id
    key = normalize_key(merged.name)
    assert record.keep_id in {e.id for e in copy.entities_by_key([key])[key]}


def test_retracted_state_and_times_come_back_exactly(
    seeds_store: LadybugStore, open_store: OpenStore, tmp_path: Path
) -> None:
    file = tmp_path / "seeds.jsonl"
    file.write_bytes(exported(seeds_store, Format.jsonl))
    copy = open_store("seeds-exact")
    import_file(copy, file)
    retracted = [r for r in seeds_store.export() if r.kind == "relation" and r.data["retracted_at"]]
    assert len(retracted) == 1
    (original,) = seeds_store.relations_by_id([str(retracted[0].data["id"])]).values()
    (imported,) = copy.relations_by_id([original.id]).values()
    assert imported == original
    assert imported.retracted_at == original.retracted_at is not None
    assert [e.recorded_at for e in imported.evidence] == [e.recorded_at for e in original.evidence]


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", list(Format))
def test_seeds_graph_round_trips_through_neo4j(
    seeds_store: LadybugStore, neo4j_store: GraphStore, tmp_path: Path, fmt: Format
) -> None:
    first = exported(seeds_store, fmt)
    file = tmp_path / f"graph.{fmt}"
    file.write_bytes(first)
    import_file(neo4j_store, file)
    assert exported(neo4j_store, fmt) == first
    assert not import_file(neo4j_store, file).changed
