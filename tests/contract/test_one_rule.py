"""Rules the store and the layers above share, written once: the order of events and where a merged entity
leads. Every backend answers with the same rule the API applies to its own lists."""

from __future__ import annotations

from graph.model import EventKind, Retraction, StatementBatch
from graph.store import EventQuery, GraphStore
from graph.timeline import order_timeline
from tests.contract.builders import NOW, event, org, source


def test_the_stores_event_lists_follow_the_timeline_order(store: GraphStore) -> None:
    src = source("events")
    acme = org("Acme")
    dated = [
        event(EventKind.FUNDING_ROUND, acme.id, src, date=date, summary=f"round {date}")
        for date in ("2024-01-01", "2024-01", "2024", "2023-06", None)
    ]
    # The ids alone would sort these otherwise: the date's precision must decide before the id.
    dated = [e.model_copy(update={"id": f"event:funding_round:{name}"}) for e, name in zip(dated, "abcde", strict=True)]
    store.write(StatementBatch(source=src, entities=(acme,), events=tuple(dated)))
    listed = store.events([acme.id], EventQuery())[acme.id]
    assert [str(e.date) if e.date else None for e in listed] == ["2023-06", "2024", "2024-01", "2024-01-01", None]
    assert [e.id for e in listed] == [e.id for e in order_timeline(dated)]


def test_current_entities_follow_merge_chains_and_leave_out_dead_ends(store: GraphStore) -> None:
    src = source("chain")
    first, second, third, lost = org("Alpha One"), org("Alpha Two"), org("Alpha Three"), org("Lost Co")
    store.write(StatementBatch(source=src, entities=(first, second, third, lost)))
    store.write(
        StatementBatch(
            entities=(
                first.model_copy(update={"merged_into": second.id}),
                second.model_copy(update={"merged_into": third.id}),
            ),
            retractions=(
                Retraction(target="entity", id=first.id, at=NOW),
                Retraction(target="entity", id=second.id, at=NOW),
                Retraction(target="entity", id=lost.id, at=NOW),
            ),
        )
    )
    found = store.current_entities([first.id, second.id, third.id, lost.id, "org:unknown"])
    assert {origin: e.id for origin, e in found.items()} == {
        first.id: third.id,
        second.id: third.id,
        third.id: third.id,
    }


def test_a_merge_cycle_leads_nowhere(store: GraphStore) -> None:
    src = source("cycle")
    a, b = org("Cycle A"), org("Cycle B")
    store.write(StatementBatch(source=src, entities=(a, b)))
    store.write(
        StatementBatch(
            entities=(a.model_copy(update={"merged_into": b.id}), b.model_copy(update={"merged_into": a.id})),
            retractions=(Retraction(target="entity", id=a.id, at=NOW), Retraction(target="entity", id=b.id, at=NOW)),
        )
    )
    assert store.current_entities([a.id, b.id]) == {}
