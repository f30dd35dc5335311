"""A document loaded again under the same path or profile id supersedes its earlier version, in the load's
one transaction. Parametrised over backends by conftest."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graph.exchange.records import HISTORY_KINDS
from graph.model import RelationType, Source, cited
from graph.store import GraphStore, RelationQuery
from loaders.pipeline import load_paths
from loaders.unload import unload_sources

V1 = """\
name: MiniMax
founded: "2021-12"
founders: [Yan Junjie]
investors: [Tencent, Hillhouse Capital]
products:
  - {name: Glow, kind: APP, released: "2022-10"}
metrics:
  - {attribute: employees, value: 600, as_of: "2024"}
"""
V2 = """\
name: MiniMax
founded: "2021-12"
founders: [Yan Junjie]
investors: [Tencent, Alibaba Group]
metrics:
  - {attribute: employees, value: 600, as_of: "2024"}
"""


def snapshot(store: GraphStore) -> list[str]:
    # The graph, not its history: the retraction and review logs grow with every retraction and restore.
    records = (r for r in store.export() if r.kind not in HISTORY_KINDS)
    return [json.dumps(r.model_dump(mode="json"), sort_keys=True) for r in records]


def _load(store: GraphStore, *paths: Path) -> dict[str, object]:
    report = load_paths(store, list(paths))
    assert not report.failed, [d.error for d in report.failed]
    return report.summary()


def _live(store: GraphStore, source: str) -> dict[str, str]:
    """Live statements citing a source, id -> readable text."""
    found = store.statements_by_source([source])[source]
    names = {
        e.id: e.name for e in store.entities([i for s in found.relations for i in (s.subject_id, s.object_id)]).values()
    }
    out = {r.id: f"{names[r.subject_id]} {r.type.value} {names[r.object_id]}" for r in found.relations}
    out.update({v.id: f"{v.attribute} = {v.value}" for v in found.attribute_values})
    out.update({e.id: e.summary for e in found.events})
    return out


def _source(store: GraphStore, path: Path) -> Source:
    versions = store.sources_by_document(path=str(path.resolve()))
    return next(s for s in reversed(versions) if s.retracted_at is None)


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "minimax.yaml"
    path.write_text(V1, encoding="utf-8")
    return path


def test_an_edited_profile_retracts_exactly_the_statements_it_dropped(store: GraphStore, profile: Path) -> None:
    _load(store, profile)
    v1 = _source(store, profile)
    before = _live(store, v1.id)
    kept_records = store.statements_by_source([v1.id])[v1.id]
    profile.write_text(V2, encoding="utf-8")
    summary = _load(store, profile)
    v2 = _source(store, profile)
    after = _live(store, v2.id)
    dropped = {i: t for i, t in before.items() if i not in after}
    assert sorted(dropped.values()) == [
        "Hillhouse Capital INVESTED_IN MiniMax",
        "MiniMax DEVELOPED Glow",
        "MiniMax released Glow",
    ]
    assert summary["superseded"] == len(dropped) == 3
    assert summary["reports"][0]["superseded_sources"] == [v1.id]  # type: ignore[index]
    # The dropped statements are retracted as of the load (kept, with their evidence), nothing else is.
    old = store.statements_by_source([v1.id], include_retracted=True)[v1.id]
    assert {r.id for r in old.statements if r.retracted_at is not None} == set(dropped)
    assert {r.retracted_at for r in old.statements if r.id in dropped} == {v2.loaded_at}
    # What both versions say keeps the first version's citation, dropped as of the load (for record time).
    kept = [r for r in old.statements if r.id not in dropped]
    assert kept and all(
        [(e.source_id, e.retracted_at) for e in r.evidence] == [(v1.id, v2.loaded_at), (v2.id, None)] for r in kept
    )
    assert set(store.entities(["org:hillhouse-capital", "product:glow", "org:alibaba-group"])) == {"org:alibaba-group"}
    # Unchanged statements keep their record (and record time) and now cite the new version only.
    unchanged = {r.id: r for r in kept_records.statements if r.id not in dropped}
    for record in store.relations_by_id([i for i in unchanged if i.startswith("rel:")]).values():
        assert record.recorded_at == unchanged[record.id].recorded_at and record.retracted_at is None
        assert [e.source_id for e in cited(record.evidence)] == [v2.id]
    stored_v1 = store.sources([v1.id])[v1.id]
    assert stored_v1.superseded_by == v2.id and stored_v1.retracted_at == v2.loaded_at


def test_loading_the_identical_file_again_changes_nothing(store: GraphStore, profile: Path) -> None:
    _load(store, profile)
    profile.write_text(V2, encoding="utf-8")
    _load(store, profile)
    before = snapshot(store)
    summary = _load(store, profile)
    assert summary["unchanged"] == 1 and summary["superseded"] == 0
    assert snapshot(store) == before


def test_a_statement_another_source_supports_only_loses_the_old_citation(
    store: GraphStore, profile: Path, tmp_path: Path
) -> None:
    other = tmp_path / "minimax-investors.yaml"
    other.write_text("name: MiniMax\ninvestors: [Hillhouse Capital]\n", encoding="utf-8")
    _load(store, profile, other)
    profile.write_text(V2, encoding="utf-8")
    summary = _load(store, profile)
    assert summary["superseded"] == 2  # Glow's DEVELOPED and release only
    investors = [v.other_id for v in store.relations(["org:minimax"], _invested_in())["org:minimax"]]
    assert "org:hillhouse-capital" in investors
    assert set(_live(store, _source(store, other).id).values()) == {"Hillhouse Capital INVESTED_IN MiniMax"}


def test_a_profile_id_is_recognised_when_the_file_moves(store: GraphStore, tmp_path: Path) -> None:
    first = tmp_path / "a" / "minimax.yaml"
    first.parent.mkdir()
    first.write_text("id: minimax\n" + V1, encoding="utf-8")
    _load(store, first)
    moved = tmp_path / "b" / "profile.yaml"
    moved.parent.mkdir()
    moved.write_text("id: minimax\n" + V2, encoding="utf-8")
    summary = _load(store, moved)
    assert summary["superseded"] == 3
    assert store.relations(["product:glow"], _invested_in()) == {"product:glow": []}


def test_reverting_an_edit_brings_the_dropped_statements_back(store: GraphStore, profile: Path) -> None:
    _load(store, profile)
    v1_live = _live(store, _source(store, profile).id)
    profile.write_text(V2, encoding="utf-8")
    _load(store, profile)
    profile.write_text(V1, encoding="utf-8")
    summary = _load(store, profile)
    assert summary["superseded"] == 1  # Alibaba's investment, which only the second version made
    assert _live(store, _source(store, profile).id) == v1_live
    assert set(store.entities(["org:hillhouse-capital", "product:glow", "org:alibaba-group"])) == {
        "org:hillhouse-capital",
        "product:glow",
    }


def test_an_unloaded_document_loaded_again_is_back(store: GraphStore, profile: Path) -> None:
    _load(store, profile)
    live = _live(store, _source(store, profile).id)
    unload_sources(store, [str(profile)])
    assert store.stats().relations == 0
    summary = _load(store, profile)
    assert summary["unchanged"] == 0
    assert _live(store, _source(store, profile).id) == live
    assert _source(store, profile).retracted_at is None


def _invested_in(known_at: dt.datetime | None = None) -> RelationQuery:
    return RelationQuery(types=(RelationType.INVESTED_IN, RelationType.DEVELOPED), known_at=known_at)


def test_known_at_before_the_new_version_still_shows_the_old_belief(store: GraphStore, profile: Path) -> None:
    _load(store, profile)
    v1 = _source(store, profile)
    then = v1.loaded_at + dt.timedelta(microseconds=1)
    profile.write_text(V2, encoding="utf-8")
    _load(store, profile)

    def believed(at: dt.datetime | None) -> dict[str, list[str]]:
        views = store.relations(["org:minimax"], _invested_in(at))["org:minimax"]
        return {v.other_id: [e.source_id for e in cited(v.relation.evidence)] for v in views}

    v2 = _source(store, profile).id
    assert believed(then) == {
        "org:tencent": [v1.id],
        "org:hillhouse-capital": [v1.id],
        "product:glow": [v1.id],
    }
    assert believed(None) == {"org:tencent": [v2], "org:alibaba-group": [v2]}
