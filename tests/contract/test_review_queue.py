"""The review queue on every backend: candidates from a real load, decisions, and rejections that stay."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.errors import ConflictError
from graph.model import Direction, RelationType, ReviewStatus, StatementBatch
from graph.store import EventQuery, GraphStore, RelationQuery
from loaders import review
from loaders.pipeline import load_document
from loaders.reports import DocumentReport
from loaders.unload import unload_sources
from tests.contract.builders import org, rel, source

ARTICLE = "Quorra Labs raised $40 million from state-owned Fenwick Capital."  # INVESTED_IN 0.86, round 0.67
LATER = "Fenwick Capital, a state fund, backs Quorra Labs. " + ARTICLE
QUORRA = "org:quorra-labs"


def load(store: GraphStore, text: str, below: float = 0.99) -> DocumentReport:
    report = load_document(store, text, "text", title=text[:20], review_below=below)
    assert report.error is None, report.error
    return report


def investors(store: GraphStore, **query: object) -> list[str]:
    q = RelationQuery(types=(RelationType.INVESTED_IN,), direction=Direction.IN, **query)  # type: ignore[arg-type]
    return [v.other_id for v in store.relations([QUORRA], q)[QUORRA]]


def invested_id(store: GraphStore) -> str:
    (item,) = [i for i in review.review_queue(store) if i.target == "relation"]
    return item.id


def test_statements_below_the_threshold_wait_for_review_and_answers_leave_them_out(store: GraphStore) -> None:
    report = load(store, ARTICLE)
    assert report.statements == report.candidates == 2
    assert investors(store) == [] and store.events([QUORRA], EventQuery())[QUORRA] == []
    assert investors(store, include_candidates=True) == ["org:fenwick-capital"]
    items = review.review_queue(store)
    assert [(i.target, i.rule) for i in items] == [
        ("event", "funding.apply.FUNDING_ROUND"),  # least sure first
        ("relation", "funding.apply.INVESTED_IN"),
    ]
    assert items[1].text == "Fenwick Capital invested in Quorra Labs" and items[1].quote == ARTICLE
    assert items[1].source_title == ARTICLE[:20]


def test_a_confident_load_stores_facts(store: GraphStore) -> None:
    report = load(store, ARTICLE, below=0.6)
    assert report.candidates == 0 and investors(store) == ["org:fenwick-capital"]


def test_accepting_makes_a_fact_and_undo_takes_it_back(store: GraphStore) -> None:
    load(store, ARTICLE)
    rel_id = invested_id(store)
    (decision,) = review.decide(store, [rel_id], "accept", by="ada", note="checked the filing")
    assert (decision.by, decision.note, decision.previous) == ("ada", "checked the filing", ReviewStatus.CANDIDATE)
    assert investors(store) == ["org:fenwick-capital"]
    with pytest.raises(ConflictError, match="already accepted"):
        review.decide(store, [rel_id], "accept", by="ada")
    review.undo(store, [rel_id], by="bob")
    assert investors(store) == [] and store.statements([rel_id])[rel_id].review == ReviewStatus.CANDIDATE
    (entry,) = store.review_log([rel_id])[rel_id]
    assert entry.undone_by == "bob" and entry.undone_at is not None


def test_a_rejected_candidate_stays_rejected_across_reloads(store: GraphStore) -> None:
    first = load(store, ARTICLE)
    rel_id = invested_id(store)
    review.decide(store, [rel_id], "reject", by="ada")
    assert investors(store, include_candidates=True) == []
    assert rel_id not in {s.id for s in store.candidates()}
    again = load(store, ARTICLE)  # the same document: unchanged
    assert again.unchanged and investors(store, include_candidates=True) == []
    # The same source stating it again (a reload after its source was taken back writes the same batch):
    assert first.batch is not None
    kept, warnings = review.keep_rejections(store, first.batch, dt.datetime.now(dt.UTC))
    assert rel_id not in {r.id for r in kept.relations} and "left out" in warnings[0]
    store.write(kept)
    assert investors(store, include_candidates=True) == []
    assert store.statements([rel_id])[rel_id].review == ReviewStatus.REJECTED


def test_a_new_source_sends_a_rejected_statement_back_to_review_with_its_own_evidence(store: GraphStore) -> None:
    load(store, ARTICLE)
    rel_id = invested_id(store)
    review.decide(store, [rel_id], "reject", by="ada")
    later = load(store, LATER)
    assert any("back in the review queue" in w for w in later.warnings)
    assert investors(store) == [] and investors(store, include_candidates=True) == ["org:fenwick-capital"]
    stored = store.statements([rel_id])[rel_id]
    assert stored.review == ReviewStatus.CANDIDATE and stored.retracted_at is None
    assert [d.decision for d in store.review_log([rel_id])[rel_id]] == ["reject", "requeue"]


def test_undoing_a_rejection_restores_the_statement_and_record_time_remembers_it(store: GraphStore) -> None:
    load(store, ARTICLE)
    rel_id = invested_id(store)
    (accepted,) = review.decide(store, [rel_id], "accept", by="ada")
    (rejected,) = review.decide(store, [rel_id], "reject", by="ada")
    assert investors(store) == []
    review.undo(store, [rel_id], by="ada")
    assert investors(store) == ["org:fenwick-capital"]  # accepted again: the status the rejection found
    between = accepted.at + (rejected.at - accepted.at) / 2
    assert investors(store, known_at=between) == ["org:fenwick-capital"]
    assert investors(store, known_at=rejected.at) == []
    assert investors(store, known_at=accepted.at - dt.timedelta(microseconds=1)) == []  # a candidate then
    retractions = store.retraction_log([rel_id])[rel_id]
    assert [r.restore for r in retractions] == [False, True]


def test_unloading_keeps_an_entity_a_candidate_still_refers_to(store: GraphStore) -> None:
    profile, article = source("Fenwick profile"), source("Quorra note")
    fenwick = org("Fenwick Capital").model_copy(update={"source_ids": (profile.id,)})
    quorra = org("Quorra Labs").model_copy(update={"source_ids": (article.id,)})
    invested = rel(RelationType.INVESTED_IN, fenwick.id, quorra.id, article)
    store.write(StatementBatch(source=profile, entities=(fenwick,)))
    waiting = invested.model_copy(update={"review": ReviewStatus.CANDIDATE})
    store.write(StatementBatch(source=article, entities=(quorra,), relations=(waiting,)))
    unload_sources(store, [profile.id], read_files=False)
    assert fenwick.id in store.entities([fenwick.id])  # the candidate of a live source still names it


def test_a_load_reads_back_only_the_statements_a_reviewer_decided_on(store: GraphStore) -> None:
    # Reading a relation by its id scans every relation: a load reads the review logs (by key) first, and only
    # the statements they name.
    first = load(store, ARTICLE)
    rel_id = invested_id(store)
    asked: list[list[str]] = []
    statements = store.statements

    def spy(ids: list[str]) -> dict[str, object]:
        asked.append(list(ids))
        return statements(ids)  # type: ignore[return-value]

    store.statements = spy  # type: ignore[method-assign,assignment]
    assert first.batch is not None
    now = dt.datetime.now(dt.UTC)
    assert review.keep_rejections(store, first.batch, now) == (first.batch, [])
    assert asked == []
    review.decide(store, [rel_id], "reject", by="ada")
    kept, warnings = review.keep_rejections(store, first.batch, now)
    assert asked[0] == [rel_id] and rel_id not in {r.id for r in kept.relations} and "left out" in warnings[0]
