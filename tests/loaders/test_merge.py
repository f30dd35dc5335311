"""Merges are atomic, logged and reversible; the evidence of both sides survives."""

from __future__ import annotations

import json

import pytest

from graph.backends.ladybug import LadybugStore
from graph.exchange.records import HISTORY_KINDS
from graph.store import EventQuery, RelationQuery
from loaders.merge import MergeError, merge_entities, unmerge
from loaders.pipeline import load_document

A = """
name: Zhipu AI
founders: [Tang Jie]
funding_rounds:
  - {date: "2024", amount: 400 million USD, leads: [Alibaba]}
metrics:
  - {attribute: employees, value: 800}
sources: [{title: A}]
"""
B = """
name: Beijing Zhipu Huazhang
investors: [Tencent]
founders: [Li Juanzi]
metrics:
  - {attribute: employees, value: 750, as_of: "2024"}
sources: [{title: B}]
"""


def live_view(store: LadybugStore, eid: str) -> list[tuple[str, str, str]]:
    views = store.relations([eid], RelationQuery())[eid]
    return sorted((v.relation.type.value, v.relation.subject_id, v.relation.object_id) for v in views)


def snapshot(store: LadybugStore) -> list[str]:
    return sorted(r.model_dump_json() for r in store.export() if r.kind not in ("merge_record", *HISTORY_KINDS))


def _live(line: str) -> bool:
    """An exported record that is not retracted (its citations may carry their own retracted_at)."""
    return json.loads(line)["data"].get("retracted_at") is None


@pytest.fixture
def two(store: LadybugStore) -> LadybugStore:
    assert load_document(store, A, "yaml", path="a.yaml").error is None
    assert load_document(store, B, "yaml", path="b.yaml").error is None
    return store


def test_merge_moves_statements_with_their_evidence(two: LadybugStore) -> None:
    keep, gone = "org:zhipu-ai", "org:beijing-zhipu-huazhang"
    record = merge_entities(two, keep, gone, reason="same company")
    assert record.keep_id == keep and record.reason == "same company"
    assert len(record.retired_relations) == 3 and len(record.moved_relations) == 3
    assert two.entities([gone]) == {}
    assert two.entities([gone], include_retracted=True)[gone].merged_into == keep
    relations = live_view(two, keep)
    assert ("INVESTED_IN", "org:tencent", keep) in relations and ("FOUNDED", "person:li-juanzi", keep) in relations
    assert ("FOUNDED", "person:tang-jie", keep) in relations
    sources = {e.source_id for v in two.relations([keep], RelationQuery())[keep] for e in v.relation.evidence}
    assert len(sources) == 2
    employees = sorted(v.value for v in two.attribute_values([keep], "employees")[keep])
    assert employees == [750, 800]
    # the merged entity's names now find the kept one
    assert [e.id for e in two.entities_by_key(["beijing zhipu huazhang"])["beijing zhipu huazhang"]] == [keep]
    assert two.merge_records([record.id]) == [record]


def test_unmerge_restores_exactly(two: LadybugStore) -> None:
    keep, gone = "org:zhipu-ai", "org:beijing-zhipu-huazhang"
    before = {eid: live_view(two, eid) for eid in (keep, gone)}
    events_before = two.events([keep], EventQuery())[keep]
    entities_before = two.entities([keep, gone])
    record = merge_entities(two, keep, gone)
    assert unmerge(two, gone) == [keep, gone]
    assert {eid: live_view(two, eid) for eid in (keep, gone)} == before
    assert two.events([keep], EventQuery())[keep] == events_before
    assert two.entities([keep, gone]) == entities_before
    (undone,) = two.merge_records([record.id])
    assert undone.undone_at is not None
    with pytest.raises(MergeError, match="already undone"):
        unmerge(two, record.id)
    # and the same merge can be done again, by record id this time
    again = merge_entities(two, keep, gone)
    assert live_view(two, gone) == []
    assert unmerge(two, again.id) == [keep, gone]
    assert {eid: live_view(two, eid) for eid in (keep, gone)} == before


def test_after_merge_and_unmerge_the_live_records_are_exactly_as_before(two: LadybugStore) -> None:
    keep, gone = "org:zhipu-ai", "org:beijing-zhipu-huazhang"
    live_before = [s for s in snapshot(two) if _live(s)]
    merge_entities(two, keep, gone)
    unmerge(two, gone)
    live_after = [s for s in snapshot(two) if _live(s)]
    assert live_after == live_before


def test_merging_impossible_pairs_is_refused(two: LadybugStore) -> None:
    with pytest.raises(MergeError, match="no entity"):
        merge_entities(two, "org:zhipu-ai", "org:nobody")
    with pytest.raises(MergeError, match="kinds differ"):
        merge_entities(two, "org:zhipu-ai", "person:tang-jie")
    with pytest.raises(MergeError, match="itself"):
        merge_entities(two, "org:zhipu-ai", "org:zhipu-ai")
    with pytest.raises(MergeError, match="no merge record"):
        unmerge(two, "org:zhipu-ai")


def test_a_later_load_links_the_merged_name_to_the_kept_entity(two: LadybugStore) -> None:
    merge_entities(two, "org:zhipu-ai", "org:beijing-zhipu-huazhang")
    report = load_document(two, "name: HongShan\ninvestors: []\nsubsidiaries: [Beijing Zhipu Huazhang]\n", "yaml")
    assert report.error is None and report.linked == 1
    views = two.relations(["org:hongshan"], RelationQuery())["org:hongshan"]
    assert [v.other_id for v in views] == ["org:zhipu-ai"]


ROUND = """
name: MiniMax
funding_rounds:
  - date: "2024-03"
    amount: 600 million USD
    post_money: 2.5 billion USD
    leads: [Taobao Capital]
    investors: [Tencent]
sources: [{title: R}]
"""


def test_merging_a_round_lead_keeps_investments_pointing_at_the_live_round(store: LadybugStore) -> None:
    assert load_document(store, "name: Alibaba\nsources: [{title: A}]\n", "yaml", path="a.yaml").error is None
    assert load_document(store, ROUND, "yaml", path="r.yaml").error is None
    live_before = [s for s in snapshot(store) if _live(s)]
    record = merge_entities(store, "org:alibaba", "org:taobao-capital")
    (round_,) = store.events(["org:minimax"], EventQuery())["org:minimax"]
    assert round_.leads == ("org:alibaba",) and round_.actor_id == "org:alibaba"
    investments = [v.relation for v in store.relations(["org:minimax"], RelationQuery())["org:minimax"]]
    assert {(r.subject_id, r.round_id, r.properties["lead"]) for r in investments} == {
        ("org:alibaba", round_.id, True),
        ("org:tencent", round_.id, False),
    }
    (valuation,) = store.attribute_values(["org:minimax"], "valuation")["org:minimax"]
    assert valuation.round_id == round_.id
    unmerge(store, record.id)
    assert [s for s in snapshot(store) if _live(s)] == live_before
