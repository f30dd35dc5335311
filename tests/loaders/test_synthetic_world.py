"""The benchmarks' synthetic graph is what the loader writes for the same profiles (one implementation of a
profile's statements: benchmarks/synthetic.py drafts them with loaders/profiles.add_company)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic import World
from graph.backends.ladybug import LadybugStore
from graph.exchange.records import Dump
from graph.model import EntityKind, EventKind
from loaders.pipeline import load_paths

MARKET = {EventKind.PRICE_MOVE.value, EventKind.ANALYST_ACTION.value}  # not in the profile format


def test_the_benchmark_batches_hold_the_records_loading_their_profiles_writes(tmp_path: Path) -> None:
    world = World(60)
    world.write_profiles(tmp_path / "profiles", range(world.orgs))
    store = LadybugStore(tmp_path / "graph")
    try:
        report = load_paths(store, [tmp_path / "profiles"])
        assert not report.failed, [d.error for d in report.failed]
        loaded = Dump.from_store(store).records
    finally:
        store.close()
    batches = list(world.batches(chunk=25))
    places = {r.object_id for b in batches for r in b.relations if r.type.value == "HEADQUARTERED_IN"}
    generated = {
        "entity": {e.id for b in batches for e in b.entities if e.kind is not EntityKind.PLACE or e.id in places},
        "relation": {r.id for b in batches for r in b.relations},
        "event": {e.id for b in batches for e in b.events if e.kind.value not in MARKET},
        "attribute_value": {v.id for b in batches for v in b.attribute_values},
    }
    assert {kind: {r["id"] for r in loaded[kind]} for kind in generated} == generated
    # the same fields too, not only the same ids (evidence and record times differ: other sources)
    by_id = {r["id"]: r for r in loaded["relation"]}
    for relation in (r for b in batches for r in b.relations):
        stored = by_id[relation.id]
        assert (stored["valid_from"], stored["properties"], stored["round_id"]) == (
            str(relation.valid_from) if relation.valid_from else None,
            relation.properties,
            relation.round_id,
        )
