"""Whole-graph work that promises no atomicity runs in bounded transactions on Neo4j (graph/backends/neo4j.py says
which operations stay atomic); cut short, it is completed by the next run. Here: the RelationId backfill."""

from __future__ import annotations

from graph.backends.cypher_store import CypherStore
from graph.cypher.queries import Query
from graph.cypher.upkeep import COUNT_RELATION_IDS
from graph.model import RelationType, StatementBatch
from graph.store import GraphStore
from tests.contract.builders import org, rel, source

DROP_RELATION_ID = Query("MATCH (r:RelationId) WHERE r.id = $id DELETE r")


def relation_ids(store: CypherStore) -> int:
    return int(store._read(COUNT_RELATION_IDS)[0][0])


def test_a_backfill_cut_short_is_completed_on_the_next_open(store: GraphStore) -> None:
    assert isinstance(store, CypherStore)
    src = source("backfill")
    a, b, c = org("Backfill A"), org("Backfill B"), org("Backfill C")
    relations = (
        rel(RelationType.INVESTED_IN, a.id, b.id, src),
        rel(RelationType.INVESTED_IN, a.id, c.id, src),
        rel(RelationType.SUPPLIES, b.id, c.id, src),
    )
    batch = StatementBatch(source=src, entities=(a, b, c), relations=relations)
    store.write(batch)
    # As an interrupted backfill leaves it: some relations have their id node, one has none.
    store._write_tx(lambda run: run(DROP_RELATION_ID, {"id": relations[1].id}))
    assert relation_ids(store) == 2
    store._index_relation_ids()  # what a read-write open runs
    assert relation_ids(store) == 3
    again = store.write(batch)  # the relation is known again: nothing new, no second edge
    assert not again.changed and store.stats().relations == 3
