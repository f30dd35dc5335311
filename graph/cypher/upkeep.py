"""Whole-graph upkeep: work over every record that promises no atomicity (CypherStore._in_batches). Neo4j runs it
in transactions of BATCH_ROWS rows, in an auto-commit transaction (one transaction over a large graph exhausts its
transaction memory); an interrupted run leaves what it wrote and the next run does the rest. Ladybug (one writer,
no transaction memory limit) runs the common text in one transaction."""

from __future__ import annotations

from graph.cypher.queries import Query

COUNT_RELATION_IDS = Query("MATCH (r:RelationId) RETURN count(r)")
COUNT_ALL_RELATIONS = Query("MATCH (:Entity)-[x:REL]->(:Entity) RETURN count(x)")
RELATION_ID_COUNTS = (COUNT_RELATION_IDS, COUNT_ALL_RELATIONS)
# Stores written before RelationId existed get one per relation: only the missing ones, so a cut run completes.
BATCH_ROWS = 10_000
BACKFILL_RELATION_IDS = Query(
    """
    MATCH (:Entity)-[x:REL]->(:Entity) WHERE NOT EXISTS { MATCH (r:RelationId) WHERE r.id = x.id }
    CREATE (:RelationId {id: x.id})
    """,
    neo4j=f"""
    MATCH (:Entity)-[x:REL]->(:Entity) WHERE NOT EXISTS {{ MATCH (r:RelationId) WHERE r.id = x.id }}
    CALL {{ WITH x CREATE (:RelationId {{id: x.id}}) }} IN TRANSACTIONS OF {BATCH_ROWS} ROWS
    """,
)
# The test wipe (Neo4jStore.wipe_for_tests): relationships first, then nodes, each in bounded transactions.
WIPE_RELATIONSHIPS = Query(f"MATCH ()-[r]->() CALL {{ WITH r DELETE r }} IN TRANSACTIONS OF {BATCH_ROWS} ROWS")
WIPE_NODES = Query(f"MATCH (n) CALL {{ WITH n DELETE n }} IN TRANSACTIONS OF {BATCH_ROWS} ROWS")
