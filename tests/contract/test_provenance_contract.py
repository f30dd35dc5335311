"""Statements know their sources: the look-ups by source and by document, citation drops, and unload / undo
returning the exact graph. Parametrised over backends by conftest."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from graph.errors import ConflictError, InputError, NotFoundError
from graph.exchange.records import HISTORY_KINDS
from graph.model import (
    CitationDrop,
    EventKind,
    Relation,
    RelationType,
    Retraction,
    Source,
    StatementBatch,
    cited,
)
from graph.store import GraphStore
from loaders.unload import restore_sources, unload_sources
from tests.contract.builders import NOW, event, evidence, org, person, place, rel, source, value

A = source("Zhipu AI profile").model_copy(update={"title": "Zhipu AI", "path": "/data/zhipu.yaml"})
B = source("Tencent backs Zhipu and MiniMax").model_copy(update={"title": "Tencent deals"})


def snapshot(store: GraphStore) -> list[str]:
    # The graph, not its history: the retraction and review logs grow with every retraction and restore.
    records = (r for r in store.export() if r.kind not in HISTORY_KINDS)
    return [json.dumps(r.model_dump(mode="json"), sort_keys=True) for r in records]


def _cited(record: Relation, *sources: Source) -> Relation:
    return record.model_copy(update={"evidence": tuple(evidence(s, f"{s.title} says so") for s in sources)})


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    """Profile A introduces Zhipu AI, Tang Jie, Beijing and Tencent; article B mentions Tencent and Zhipu AI
    again, introduces MiniMax, and repeats Tencent's investment in Zhipu AI."""
    zhipu = org("Zhipu AI", source_ids=(A.id, B.id))
    tang, beijing = person("Tang Jie").model_copy(update={"source_ids": (A.id,)}), place("Beijing")
    tencent = org("Tencent", source_ids=(A.id, B.id))
    minimax = org("MiniMax", source_ids=(B.id,))
    store.write(
        StatementBatch(
            source=A,
            entities=(
                zhipu.model_copy(update={"source_ids": (A.id,)}),
                tang,
                tencent,
                beijing.model_copy(update={"source_ids": (A.id,)}),
            ),
            relations=(
                rel(RelationType.FOUNDED, tang.id, zhipu.id, A),
                _cited(rel(RelationType.INVESTED_IN, tencent.id, zhipu.id, A), A),
                rel(RelationType.HEADQUARTERED_IN, zhipu.id, beijing.id, A),
            ),
            events=(event(EventKind.FUNDING_ROUND, zhipu.id, A, date="2023"),),
            attribute_values=(value(zhipu.id, "employees", 800, A),),
        )
    )
    store.write(
        StatementBatch(
            source=B,
            entities=(zhipu, tencent, minimax),
            relations=(
                _cited(rel(RelationType.INVESTED_IN, tencent.id, zhipu.id, A), B),
                rel(RelationType.INVESTED_IN, tencent.id, minimax.id, B),
            ),
            attribute_values=(value(zhipu.id, "employees", 800, B),),
        )
    )
    return store


def _ids(found: object) -> dict[str, list[str]]:
    return {
        kind: [r.id for r in getattr(found, kind)] for kind in ("entities", "relations", "events", "attribute_values")
    }


def test_statements_by_source_are_those_citing_it_and_the_entities_it_introduced(graph: GraphStore) -> None:
    found = graph.statements_by_source([A.id, B.id, "source:0000000000000000"])
    assert _ids(found[A.id]) == {
        "entities": ["org:tencent", "org:zhipu-ai", "person:tang-jie", "place:beijing"],
        "relations": sorted(
            r.id
            for r in (
                rel(RelationType.FOUNDED, "person:tang-jie", "org:zhipu-ai", A),
                rel(RelationType.INVESTED_IN, "org:tencent", "org:zhipu-ai", A),
                rel(RelationType.HEADQUARTERED_IN, "org:zhipu-ai", "place:beijing", A),
            )
        ),
        "events": [event(EventKind.FUNDING_ROUND, "org:zhipu-ai", A, date="2023").id],
        "attribute_values": [value("org:zhipu-ai", "employees", 800, A).id],
    }
    assert _ids(found[B.id])["entities"] == ["org:minimax", "org:tencent", "org:zhipu-ai"]
    assert len(found[B.id].relations) == 2 and len(found[B.id].attribute_values) == 1
    assert _ids(found["source:0000000000000000"]) == {k: [] for k in _ids(found[A.id])}


def test_statements_by_source_leave_retracted_ones_out_unless_asked(graph: GraphStore) -> None:
    founded = rel(RelationType.FOUNDED, "person:tang-jie", "org:zhipu-ai", A)
    graph.write(StatementBatch(retractions=(Retraction(target="relation", id=founded.id, at=NOW),)))
    assert founded.id not in _ids(graph.statements_by_source([A.id])[A.id])["relations"]
    assert founded.id in _ids(graph.statements_by_source([A.id], include_retracted=True)[A.id])["relations"]


def test_sources_by_document_finds_every_version_by_path_or_profile_id(store: GraphStore) -> None:
    later = NOW + dt.timedelta(days=1)
    v1 = source("v1").model_copy(update={"path": "/p/minimax.yaml", "profile_id": "minimax"})
    v2 = source("v2").model_copy(update={"path": "/q/moved.yaml", "profile_id": "minimax", "loaded_at": later})
    other = source("other").model_copy(update={"path": "/p/minimax.yaml.bak", "profile_id": "minimax-2"})
    for s in (v2, other, v1):
        store.write(StatementBatch(source=s))
    assert [s.id for s in store.sources_by_document(profile_id="minimax")] == [v1.id, v2.id]
    assert [s.id for s in store.sources_by_document(path="/p/minimax.yaml")] == [v1.id]
    assert [s.id for s in store.sources_by_document(path="/q/moved.yaml", profile_id="minimax")] == [v1.id, v2.id]
    assert store.sources_by_document(path="/nowhere.yaml") == []


def test_retracted_among_names_the_batch_records_held_retracted(graph: GraphStore) -> None:
    founded = rel(RelationType.FOUNDED, "person:tang-jie", "org:zhipu-ai", A)
    hq = rel(RelationType.HEADQUARTERED_IN, "org:zhipu-ai", "place:beijing", A)
    graph.write(
        StatementBatch(
            retractions=(
                Retraction(target="relation", id=founded.id, at=NOW),
                Retraction(target="entity", id="place:beijing", at=NOW),
            )
        )
    )
    batch = StatementBatch(entities=(place("Beijing"), org("Tencent")), relations=(founded, hq))
    assert graph.retracted_among(batch) == {founded.id, "place:beijing"}
    assert graph.retracted_among(StatementBatch()) == set()


def test_a_dropped_citation_stays_for_record_time_and_its_restore_returns_the_record_exactly(
    graph: GraphStore,
) -> None:
    invested = rel(RelationType.INVESTED_IN, "org:tencent", "org:zhipu-ai", A)
    before = snapshot(graph)
    (stored,) = graph.relations_by_id([invested.id]).values()
    assert [e.source_id for e in stored.evidence] == [A.id, B.id]
    at = NOW + dt.timedelta(hours=1)
    graph.write(
        StatementBatch(citation_drops=(CitationDrop(target="relation", id=invested.id, source_id=A.id, at=at),))
    )
    graph.write(
        StatementBatch(
            citation_drops=(CitationDrop(target="entity", id="org:tencent", source_id=A.id, at=at, positions=(0,)),)
        )
    )
    dropped = graph.relations_by_id([invested.id])[invested.id]
    assert [e.source_id for e in cited(dropped.evidence)] == [B.id]
    assert [(e.source_id, e.retracted_at) for e in dropped.evidence] == [(A.id, at), (B.id, None)]
    assert graph.entities(["org:tencent"])["org:tencent"].source_ids == (B.id,)
    restore = (
        CitationDrop(target="relation", id=invested.id, source_id=A.id, at=at, restore=True),
        CitationDrop(target="entity", id="org:tencent", source_id=A.id, at=at, positions=(0,), restore=True),
    )
    graph.write(StatementBatch(citation_drops=restore))
    assert snapshot(graph) == before
    assert not graph.write(StatementBatch(citation_drops=restore)).changed  # restoring twice changes nothing


def test_unload_retracts_what_only_the_source_supports_and_drops_its_other_citations(graph: GraphStore) -> None:
    report = unload_sources(graph, [A.id])
    retracted = {c.text for c in report.changes if c.action == "retracted"}
    assert retracted == {
        "Tang Jie FOUNDED Zhipu AI",
        "Zhipu AI HEADQUARTERED_IN Beijing",
        "FUNDING_ROUND 2023: FUNDING_ROUND of org:zhipu-ai",
        "Tang Jie (person)",
        "Beijing (place)",
    }
    dropped = {c.text for c in report.changes if c.action == "citation dropped"}
    assert dropped == {
        "Tencent INVESTED_IN Zhipu AI",
        "Zhipu AI employees = 800",
        "Zhipu AI (organization)",
        "Tencent (organization)",
    }
    assert graph.stats().relations == 2 and graph.stats().events == 0
    assert set(graph.entities(["person:tang-jie", "place:beijing", "org:zhipu-ai"])) == {"org:zhipu-ai"}
    invested = graph.relations_by_id([rel(RelationType.INVESTED_IN, "org:tencent", "org:zhipu-ai", A).id])
    assert [e.source_id for r in invested.values() for e in cited(r.evidence)] == [B.id]
    unloaded = graph.sources([A.id])[A.id]
    assert unloaded.retracted_at is not None and unloaded.unloaded is not None
    # History stays: the retracted statements keep their evidence and say when they were taken back.
    # A dropped citation stays in the record too, marked with the same time.
    kept = graph.statements_by_source([A.id], include_retracted=True)[A.id]
    assert {r.retracted_at for r in kept.relations if r.id not in invested} == {unloaded.retracted_at}
    assert [(e.source_id, e.retracted_at) for e in invested[next(iter(invested))].evidence] == [
        (A.id, unloaded.retracted_at),
        (B.id, None),
    ]


def test_unload_then_undo_returns_the_exact_graph(graph: GraphStore) -> None:
    before = snapshot(graph)
    unload_sources(graph, ["Zhipu AI"])
    assert snapshot(graph) != before
    report = restore_sources(graph, [A.id])
    assert report.count("restored") == 5 and report.count("citation restored") == 4
    assert snapshot(graph) == before


def test_unloading_two_sources_together_then_undoing_both_returns_the_exact_graph(graph: GraphStore) -> None:
    before = snapshot(graph)
    report = unload_sources(graph, [A.id, B.id])
    assert report.count("citation dropped") == 0
    assert graph.stats().relations == 0 and graph.stats().entities == 0
    restore_sources(graph, [B.id, A.id])
    assert snapshot(graph) == before


def test_a_dry_run_unload_or_undo_writes_nothing(graph: GraphStore) -> None:
    before = snapshot(graph)
    report = unload_sources(graph, [A.id], dry_run=True)
    assert report.dry_run and report.count("retracted") == 5
    assert snapshot(graph) == before
    unload_sources(graph, [A.id])
    after = snapshot(graph)
    assert restore_sources(graph, [A.id], dry_run=True).count("restored") == 5
    assert snapshot(graph) == after


def test_an_unknown_or_ambiguous_source_is_a_clear_error(graph: GraphStore) -> None:
    with pytest.raises(NotFoundError, match='no loaded source matches "Zhipu A"'):
        unload_sources(graph, ["Zhipu A"])
    with pytest.raises(NotFoundError, match="no source with id"):
        unload_sources(graph, ["source:0000000000000000"])
    twin = source("another").model_copy(update={"title": "Zhipu AI"})
    graph.write(StatementBatch(source=twin))
    with pytest.raises(InputError, match=f"is the title of 2 sources: .*{A.id}.*{twin.id}"):
        unload_sources(graph, ["zhipu ai"])


def test_undo_of_a_source_that_was_not_unloaded_is_refused(graph: GraphStore) -> None:
    with pytest.raises(ConflictError, match="nothing to undo"):
        restore_sources(graph, [A.id])
    unload_sources(graph, [A.sha256])
    with pytest.raises(ConflictError, match="already unloaded"):
        unload_sources(graph, [A.id])
