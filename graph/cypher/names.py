"""Cypher of the name index (graph/nameindex.py) and of the store's change counter.

Storage shape (both backends):
  (:NameTerm {id, size, members[]})   one per index term, found by primary key (no edge walks: Ladybug's
                                      UNWIND joins along edges scan the edge table)
  (:StoreState {id: 'graph', version, index_version})   `version` counts the write transactions that changed
                                      something; `index_version` says which index format the terms were built in
"""

from __future__ import annotations

import re

from graph.cypher.queries import Query

STATE_ID = "graph"

LADYBUG_SCHEMA: tuple[str, ...] = (
    "CREATE NODE TABLE IF NOT EXISTS NameTerm(id STRING PRIMARY KEY, size INT64, members STRING[])",
    "CREATE NODE TABLE IF NOT EXISTS StoreState(id STRING PRIMARY KEY, version INT64, index_version INT64)",
)

NEO4J_SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT name_term_id IF NOT EXISTS FOR (n:NameTerm) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT store_state_id IF NOT EXISTS FOR (n:StoreState) REQUIRE n.id IS UNIQUE",
)

# --- terms ----------------------------------------------------------------------------------------

FETCH_TERMS = Query("UNWIND $ids AS i MATCH (t:NameTerm) WHERE t.id = i RETURN t.id, t.size, t.members")
FETCH_TERM_SIZES = Query("UNWIND $ids AS i MATCH (t:NameTerm) WHERE t.id = i RETURN t.id, t.size, size(t.members)")
# Sizes alone leave the member lists unread (a quarter of the work of the line above for 400 word terms).
FETCH_TERM_COUNTS = Query("UNWIND $ids AS i MATCH (t:NameTerm) WHERE t.id = i RETURN t.id, t.size")
FETCH_TERM_IDS = Query("UNWIND $ids AS i MATCH (t:NameTerm) WHERE t.id = i RETURN t.id")

CREATE_TERMS = Query("UNWIND $rows AS r CREATE (:NameTerm {id: r.id, size: r.size, members: r.members})")

GROW_TERMS = Query(
    """
    UNWIND $rows AS r
    MATCH (t:NameTerm) WHERE t.id = r.id
    SET t.size = t.size + r.size, t.members = t.members + r.members
    """
)

COUNT_MORE = Query("UNWIND $rows AS r MATCH (t:NameTerm) WHERE t.id = r.id SET t.size = t.size + r.size")
COUNT_TERMS = Query("MATCH (t:NameTerm) RETURN count(t)")
DELETE_SOME_TERMS = Query("MATCH (t:NameTerm) WITH t LIMIT $limit DELETE t RETURN count(*)")
ANY_ENTITY = Query("MATCH (e:Entity) RETURN e.id LIMIT 1")

# The names of the entities the members point at: enough to follow merges and score names, no record decoded.
NAME_OWNERS = Query(
    """
    UNWIND $ids AS i
    MATCH (e:Entity) WHERE e.id = i
    RETURN e.id, e.kind, e.name, e.names, e.retracted_at, e.merged_into
    """
)

# Every entity the index holds: live ones, and merged ones (their names lead to the entity they merged into).
INDEXED_ENTITIES = Query(
    """
    MATCH (e:Entity)
    WHERE e.retracted_at IS NULL OR e.merged_into IS NOT NULL
    RETURN e.id, e.kind, e.names
    """
)

KNOWN_KEYS = Query("UNWIND $keys AS x MATCH (k:NameKey) WHERE k.key = x RETURN k.key")

# --- the change counter ---------------------------------------------------------------------------

READ_STATE = Query("MATCH (s:StoreState) WHERE s.id = $id RETURN s.version, s.index_version")
CREATE_STATE = Query("CREATE (:StoreState {id: $id, version: $version, index_version: $index_version})")
BUMP_VERSION = Query("MATCH (s:StoreState) WHERE s.id = $id SET s.version = s.version + 1 RETURN s.version")
SET_INDEX_VERSION = Query("MATCH (s:StoreState) WHERE s.id = $id SET s.index_version = $index_version")

# --- full-text candidates (Neo4j: the `entity_names` Lucene index over name_folded, created by `ckg init`) ---

FULLTEXT_CANDIDATES = Query(
    "",
    neo4j="""
    CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
    WHERE node.retracted_at IS NULL AND (size($kinds) = 0 OR node.kind IN $kinds)
    RETURN node.id, node.kind, node.name, node.names
    """,
)

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def lucene_query(query: str) -> str:
    """A Lucene query for a normalised search text: each word as typed so far (prefix) or with a typo (fuzzy)."""
    clauses: list[str] = []
    for word in query.split():
        escaped = _LUCENE_SPECIAL.sub(r"\\\1", word)
        clauses.append(f"{escaped}*")
        if len(word) >= 4:
            clauses.append(f"{escaped}~{1 if len(word) < 8 else 2}")
    return " OR ".join(clauses)
