"""Record time on every backend: the retraction log, knownAt, and review candidates left out of answers."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.dates import PartialDate
from graph.model import (
    Direction,
    EventKind,
    Relation,
    RelationType,
    Retraction,
    ReviewDecision,
    ReviewMark,
    ReviewStatus,
    StatementBatch,
)
from graph.store import EventQuery, GraphStore, RelationQuery
from tests.contract.builders import NOW, event, evidence, org, person, rel, source, value

T = [NOW + dt.timedelta(days=d) for d in range(6)]  # T[0] = NOW, when the statements were recorded
BEFORE = NOW - dt.timedelta(days=1)

SRC = source("Quorra Labs profile")
QUORRA = org("Quorra Labs", founded_on=PartialDate.parse("2020"))
FENWICK = org("Fenwick Capital")
ADA = person("Ada Quorra")
INVESTED = rel(RelationType.INVESTED_IN, FENWICK.id, QUORRA.id, SRC, valid_from="2021")
FOUNDED = rel(RelationType.FOUNDED, ADA.id, QUORRA.id, SRC)
ROUND = event(EventKind.FUNDING_ROUND, QUORRA.id, SRC, date="2021", participants=(FENWICK.id,))
STAFF = value(QUORRA.id, "employees", 40, SRC)


def graph(**replaced: object) -> StatementBatch:
    batch = StatementBatch(
        source=SRC,
        entities=(QUORRA, FENWICK, ADA),
        relations=(INVESTED, FOUNDED),
        events=(ROUND,),
        attribute_values=(STAFF,),
    )
    return batch.model_copy(update=replaced)


def retraction(record_id: str, at: dt.datetime, restore: bool = False, target: str = "relation") -> StatementBatch:
    return StatementBatch(retractions=(Retraction(target=target, id=record_id, at=at, restore=restore),))  # type: ignore[arg-type]


def investors(store: GraphStore, known_at: dt.datetime | None, **query: object) -> list[str]:
    q = RelationQuery(types=(RelationType.INVESTED_IN,), direction=Direction.IN, known_at=known_at, **query)  # type: ignore[arg-type]
    return [v.other_id for v in store.relations([QUORRA.id], q)[QUORRA.id]]


def test_every_applied_retraction_is_logged_in_order_and_a_repeat_logs_nothing(store: GraphStore) -> None:
    store.write(graph())
    store.write(retraction(INVESTED.id, T[1]))
    store.write(retraction(INVESTED.id, T[2], restore=True))
    store.write(retraction(INVESTED.id, T[3]))
    again = store.write(retraction(INVESTED.id, T[3]))
    late = store.write(retraction(INVESTED.id, T[4]))  # already retracted: changes nothing, so nothing logged
    log = store.retraction_log([INVESTED.id, FOUNDED.id])
    assert [(r.at, r.restore) for r in log[INVESTED.id]] == [(T[1], False), (T[2], True), (T[3], False)]
    assert log[FOUNDED.id] == []
    assert not again.changed and not late.changed


def test_a_statement_retracted_then_restored_reads_as_it_was_at_each_moment(store: GraphStore) -> None:
    store.write(graph())
    store.write(retraction(INVESTED.id, T[1]))
    store.write(retraction(INVESTED.id, T[3], restore=True))
    assert investors(store, None) == [FENWICK.id]  # live now
    assert investors(store, BEFORE) == []  # not yet recorded
    assert investors(store, T[0]) == [FENWICK.id]  # recorded, not yet retracted
    assert investors(store, T[2]) == []  # retracted then
    assert investors(store, T[4]) == [FENWICK.id]  # restored
    store.write(retraction(INVESTED.id, T[5]))
    assert investors(store, T[4]) == [FENWICK.id] and investors(store, T[5]) == [] and investors(store, None) == []
    (view,) = store.relations([QUORRA.id], RelationQuery(types=(RelationType.INVESTED_IN,), known_at=T[4]))[QUORRA.id]
    assert view.relation.retracted_at is None  # as the graph held it then


def test_known_at_keeps_the_time_rule_of_as_of(store: GraphStore) -> None:
    store.write(graph())
    store.write(retraction(INVESTED.id, T[2]))
    assert investors(store, T[1], as_of=PartialDate.parse("2021")) == [FENWICK.id]
    assert investors(store, T[1], as_of=PartialDate.parse("2020")) == []  # dated 2021


def test_a_retraction_without_a_log_falls_back_to_retracted_at(store: GraphStore) -> None:
    # Written as an import writes it: retracted state kept, no Retraction applied, so no log entry.
    retracted = INVESTED.model_copy(update={"retracted_at": T[2]})
    store.write(StatementBatch(source=SRC, entities=(QUORRA, FENWICK, ADA), relations=(retracted,)))
    assert store.retraction_log([INVESTED.id])[INVESTED.id] == []
    assert investors(store, T[1]) == [FENWICK.id]
    assert investors(store, T[2]) == []


def test_known_at_shows_only_the_evidence_recorded_by_then(store: GraphStore) -> None:
    store.write(graph())
    later = source("A wire report")
    cited = INVESTED.model_copy(update={"evidence": (evidence(later).model_copy(update={"recorded_at": T[2]}),)})
    store.write(StatementBatch(source=later, relations=(cited,)))
    query = RelationQuery(types=(RelationType.INVESTED_IN,), direction=Direction.IN)
    assert len(store.relations([QUORRA.id], query)[QUORRA.id][0].relation.evidence) == 2
    then = store.relations([QUORRA.id], query.model_copy(update={"known_at": T[1]}))[QUORRA.id]
    assert [e.source_id for e in then[0].relation.evidence] == [SRC.id]


def test_an_end_retracted_later_is_still_there_at_an_earlier_moment(store: GraphStore) -> None:
    store.write(graph())
    store.write(retraction(FENWICK.id, T[2], target="entity"))
    assert investors(store, T[1]) == [FENWICK.id]
    assert investors(store, T[3]) == []
    sub = store.neighbourhood(QUORRA.id, 1, RelationQuery(known_at=T[1]))
    assert FENWICK.id in {e.id for e in sub.entities}


def test_events_values_and_paths_answer_at_a_moment(store: GraphStore) -> None:
    store.write(graph())
    store.write(
        StatementBatch(
            retractions=(
                Retraction(target="event", id=ROUND.id, at=T[2]),
                Retraction(target="attribute", id=STAFF.id, at=T[2]),
                Retraction(target="relation", id=INVESTED.id, at=T[2]),
            )
        )
    )
    events = lambda at: store.events([QUORRA.id], EventQuery(known_at=at))[QUORRA.id]  # noqa: E731
    values = lambda at: store.attribute_values([QUORRA.id], "employees", known_at=at)[QUORRA.id]  # noqa: E731
    assert [e.id for e in events(T[1])] == [ROUND.id] and events(T[3]) == [] and events(None) == []
    assert [v.value for v in values(T[1])] == [40] and values(T[3]) == []
    assert store.paths(ADA.id, FENWICK.id, 3) == []
    (path,) = store.paths(ADA.id, FENWICK.id, 3, known_at=T[1])
    assert [h.to_id for h in path.hops] == [QUORRA.id, FENWICK.id]
    assert store.paths(ADA.id, FENWICK.id, 3, known_at=T[3]) == []


def candidate(record: Relation) -> Relation:
    return record.model_copy(update={"review": ReviewStatus.CANDIDATE})


def test_candidates_are_left_out_of_answers_unless_asked(store: GraphStore) -> None:
    store.write(
        graph(
            relations=(candidate(INVESTED), FOUNDED),
            events=(ROUND.model_copy(update={"review": ReviewStatus.CANDIDATE}),),
            attribute_values=(STAFF.model_copy(update={"review": ReviewStatus.CANDIDATE}),),
        )
    )
    assert investors(store, None) == []
    assert investors(store, None, include_candidates=True) == [FENWICK.id]
    assert store.events([QUORRA.id], EventQuery())[QUORRA.id] == []
    assert len(store.events([QUORRA.id], EventQuery(include_candidates=True))[QUORRA.id]) == 1
    assert store.attribute_values([QUORRA.id])[QUORRA.id] == []
    assert len(store.attribute_values([QUORRA.id], include_candidates=True)[QUORRA.id]) == 1
    assert store.paths(ADA.id, FENWICK.id, 3) == []
    assert store.paths(ADA.id, FENWICK.id, 3, as_of=PartialDate.parse("2025")) == []
    assert store.paths(ADA.id, FENWICK.id, 3, known_at=T[1]) == []
    assert len(store.paths(ADA.id, FENWICK.id, 3, include_candidates=True)) == 1
    assert store.stats().relations == 1 and store.stats().events == 0
    assert [s.id for s in store.candidates()] == sorted([INVESTED.id, ROUND.id, STAFF.id])


def test_a_confident_restatement_makes_a_candidate_a_fact_but_never_undoes_a_decision(store: GraphStore) -> None:
    store.write(graph(relations=(candidate(INVESTED), candidate(FOUNDED))))
    store.write(StatementBatch(relations=(INVESTED,)))  # stated again without review: a fact now
    assert store.statements([INVESTED.id])[INVESTED.id].review is None
    accept = ReviewMark(target="relation", id=FOUNDED.id, status=ReviewStatus.ACCEPTED)
    store.write(StatementBatch(review_marks=(accept,)))
    store.write(StatementBatch(relations=(candidate(FOUNDED),)))
    assert store.statements([FOUNDED.id])[FOUNDED.id].review == ReviewStatus.ACCEPTED


def test_review_decisions_are_logged_and_known_at_follows_them(store: GraphStore) -> None:
    store.write(graph(relations=(candidate(INVESTED), FOUNDED)))
    decision = ReviewDecision(
        id="review:1",
        target="relation",
        statement_id=INVESTED.id,
        decision="accept",
        by="ada",
        at=T[2],
        previous=ReviewStatus.CANDIDATE,
        source_ids=(SRC.id,),
    )
    mark = ReviewMark(target="relation", id=INVESTED.id, status=ReviewStatus.ACCEPTED)
    batch = StatementBatch(review_marks=(mark,), review_decisions=(decision,))
    assert store.write(batch).changed
    assert not store.write(batch).changed  # the same decision again changes nothing
    assert store.review_log([INVESTED.id]) == {INVESTED.id: [decision]}
    assert store.candidates() == []
    assert investors(store, None) == [FENWICK.id]
    assert investors(store, T[1]) == []  # still a candidate then
    assert investors(store, T[1], include_candidates=True) == [FENWICK.id]
    assert investors(store, T[3]) == [FENWICK.id]
    undone = decision.model_copy(update={"undone_at": T[4], "undone_by": "ada"})
    back = ReviewMark(target="relation", id=INVESTED.id, status=ReviewStatus.CANDIDATE)
    store.write(StatementBatch(review_marks=(back,), review_decisions=(undone,)))
    assert store.review_log([INVESTED.id])[INVESTED.id] == [undone]
    assert investors(store, T[3]) == [FENWICK.id] and investors(store, T[5]) == [] and investors(store, None) == []


def test_reviewing_an_unknown_statement_writes_nothing(store: GraphStore) -> None:
    store.write(graph())
    before = [r.model_dump_json() for r in store.export()]
    mark = ReviewMark(target="relation", id="rel:nope", status=ReviewStatus.ACCEPTED)
    with pytest.raises(Exception, match="rel:nope"):
        store.write(StatementBatch(relations=(candidate(FOUNDED),), review_marks=(mark,)))
    assert [r.model_dump_json() for r in store.export()] == before


def test_stats_count_facts_and_say_how_many_wait_for_review(store: GraphStore) -> None:
    store.write(graph(relations=(candidate(INVESTED), FOUNDED)))
    stats = store.stats()
    assert (stats.relations, stats.candidates) == (1, 1)
