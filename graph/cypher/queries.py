"""The Cypher text of every store operation, per dialect.

Nearly all text runs unchanged on Ladybug and Neo4j. A Query can carry a whole-query override per
dialect (`Query(common, ladybug=, neo4j=)`), never a fragment spliced in by if/else; the queries that use it
are LOCK_ENTITIES below (Neo4j's write lock before a read-modify-write), BACKFILL_RELATION_IDS in
graph/cypher/upkeep.py (its bounded transactions for whole-graph work) and graph/cypher/names.py
FULLTEXT_CANDIDATES (Neo4j's Lucene index; Ladybug has none). Every
value is a parameter. The other differences between the backends are not in query text, and live here:
  - schema: LADYBUG_SCHEMA (tables) and NEO4J_SCHEMA (constraints, indexes) in graph/cypher/schema.py, run by
    each backend's init();
  - look-ups along an edge: the *_ONE forms below, run once per key where CypherStore.per_key is set
    (Ladybug, whose UNWIND joins scan the edge table), else the UNWIND form once;
  - long list parameters: Query.table_scan derives Ladybug's `LOAD FROM` form, which graph/backends/ladybug.py
    runs with an Arrow table;
  - shortest paths: graph/cypher/paths.py shortest_paths() is Neo4j's; LadybugStore._shortest_paths searches in
    Python over PATH_NEIGHBOURS_ONE (graph/backends/path_reads.py holds the filtered search both share);
  - transactions and whole-graph work: each backend's _write_tx/_read_tx and _in_batches (graph/backends/ladybug.py,
    neo4j.py); graph/cypher/upkeep.py holds the Neo4j forms in bounded transactions (`CALL { ... } IN TRANSACTIONS`);
  - search candidates: Neo4jStore.search_candidates (full-text index) beside the name index both keep.

Rules the text follows (see ladybug-notes.md): inside UNWIND, match nodes by `WHERE n.id = row.id`
(primary-key look-up), never by a property map built from the loop variable; relations are found
from their subject node, never by scanning all edges.

Storage shape (both backends):
  (:Entity {id, kind, name, names[], name_folded, categories[], founded_key, retracted_at, merged_into, data})
  (:NameKey {key})-[:NAMES]->(:Entity)
  (:Entity)-[:REL {id, type, from_key, to_key, retracted_at, review, data}]->(:Entity)
  (:Event {id, kind, date_key, retracted_at, review, data})-[:INVOLVES {role}]->(:Entity)
  (:Entity)-[:HAS_VALUE]->(:AttributeValue {id, attribute, retracted_at, review, data})
  (:Source {id, sha256, loaded_at, data}), (:MergeRecord {id, data}), (:MergeCandidate {id, data})
  (:RetractionLog {id, data}), (:ReviewLog {id, data}): per statement or entity id, its log as a JSON list
  (graph/cypher/logs.py); `review` is null for a fact, else the ReviewStatus (candidates are left out of answers
  unless asked).
  (:RelationId {id}): one per REL edge ever written (never removed: relations are retracted, not deleted), so a
  write learns which of its relations exist by primary key instead of walking or scanning edges.
`data` holds the full record as JSON; the other properties exist to filter and index.
Optional string parameters are passed as '' for "absent", never null: Ladybug types a null
parameter as BOOL and then refuses to compare it with a string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from graph.cypher.schema import LADYBUG_SCHEMA as LADYBUG_SCHEMA
from graph.cypher.schema import NEO4J_SCHEMA as NEO4J_SCHEMA

Dialect = Literal["ladybug", "neo4j"]


@dataclass(frozen=True)
class Query:
    common: str
    ladybug: str | None = None
    neo4j: str | None = None

    def text(self, dialect: Dialect) -> str:
        override = self.ladybug if dialect == "ladybug" else self.neo4j
        return override if override is not None else self.common

    @cached_property
    def table_scan(self) -> TableScan | None:
        """The Ladybug form that reads the list a query UNWINDs as a table (`LOAD FROM $param`).

        Ladybug converts a list-of-maps parameter row by row (a 5,000-row UNWIND CREATE of entities:
        ~1 s) but scans an Arrow table in bulk (the same CREATE from `LOAD FROM`: ~0.2 s), and unlike
        COPY, which forces a checkpoint of the whole database at commit, it is an ordinary logged
        write. The text is derived, not written twice: `UNWIND $p AS r ... r.field` becomes
        `LOAD FROM $p ... field` (a table with one column per map key), and `UNWIND $p AS i` over
        scalars becomes `LOAD FROM $p` over a one-column table named `i`.
        """
        head = _UNWIND_HEAD.match(self.text("ladybug"))
        if head is None:
            return None
        param, alias = head.group("param"), head.group("alias")
        rest = self.text("ladybug")[head.end() :]
        field = re.compile(rf"\b{alias}\.(\w+)")
        if field.search(rest) is None:
            return TableScan(param, alias, f"LOAD FROM ${param}{rest}")
        return TableScan(param, None, f"LOAD FROM ${param}" + field.sub(r"\1", rest))


_UNWIND_HEAD = re.compile(r"\A\s*UNWIND \$(?P<param>\w+) AS (?P<alias>\w+)\b")


@dataclass(frozen=True)
class TableScan:
    param: str
    column: str | None  # the one column of a list of scalars; None for a list of maps (one column per key)
    text: str


PING = Query("RETURN 1 AS ok")

# --- entities and names ---------------------------------------------------------------------------

FETCH_ENTITIES = Query("UNWIND $ids AS i MATCH (e:Entity) WHERE e.id = i RETURN e.data")
FETCH_ENTITY_IDS = Query("UNWIND $ids AS i MATCH (e:Entity) WHERE e.id = i RETURN e.id")
# The entities a write is about to change, read inside its transaction. Neo4j reads at read-committed
# isolation: two writers could both read a record and the second commit would drop the first's change (a lost
# update), so its form takes each node's write lock before reading it (a property set and removed: the lock is
# held until the transaction ends, and a second writer waits for the first to commit, then reads its record).
# Ladybug has one writer at a time.
LOCK_ENTITIES = Query(
    "UNWIND $ids AS i MATCH (e:Entity) WHERE e.id = i RETURN e.data",
    neo4j="UNWIND $ids AS i MATCH (e:Entity) WHERE e.id = i SET e._lock = true REMOVE e._lock RETURN e.data",
)

CREATE_ENTITIES = Query(
    """
    UNWIND $rows AS r
    CREATE (:Entity {id: r.id, kind: r.kind, name: r.name, names: r.names, name_folded: r.name_folded,
                     categories: r.categories, founded_key: r.founded_key, retracted_at: r.retracted_at,
                     merged_into: r.merged_into, data: r.data})
    """
)

UPDATE_ENTITIES = Query(
    """
    UNWIND $rows AS r
    MATCH (e:Entity) WHERE e.id = r.id
    SET e.name = r.name, e.names = r.names, e.name_folded = r.name_folded, e.categories = r.categories,
        e.founded_key = r.founded_key, e.retracted_at = r.retracted_at, e.merged_into = r.merged_into,
        e.data = r.data
    """
)

FETCH_ENTITY_KEYS = Query(
    "UNWIND $ids AS i MATCH (e:Entity) WHERE e.id = i MATCH (k:NameKey)-[:NAMES]->(e) RETURN e.id, k.key"
)
FETCH_ENTITY_KEYS_ONE = Query("MATCH (k:NameKey)-[:NAMES]->(e:Entity) WHERE e.id = $value RETURN e.id, k.key")

FETCH_KEYS = Query("UNWIND $keys AS x MATCH (k:NameKey) WHERE k.key = x RETURN k.key")

CREATE_KEYS = Query("UNWIND $keys AS x CREATE (:NameKey {key: x})")

CREATE_NAMES = Query(
    """
    UNWIND $rows AS r
    MATCH (k:NameKey) WHERE k.key = r.key
    MATCH (e:Entity) WHERE e.id = r.id
    CREATE (k)-[:NAMES]->(e)
    """
)

ENTITIES_BY_KEY = Query(
    "UNWIND $keys AS x MATCH (k:NameKey) WHERE k.key = x MATCH (k)-[:NAMES]->(e:Entity) RETURN x, e.data"
)

# --- one-key forms of the UNWIND look-ups that follow an edge -------------------------------------
# Ladybug plans `UNWIND $ids ... MATCH (n) WHERE n.id = i MATCH (n)-[r]-(m)` as a hash join whose build
# side scans the whole edge table, so its cost grows with the graph, not with the ids asked for
# (measured: 20-50 ms a call at 2k organisations, growing linearly; at 100k organisations 500 keys take
# 1-1.8 s, and 5,000 run the 1 GB buffer pool out). With a plain parameter the same pattern is a
# primary-key look-up plus an adjacency walk (~0.2 ms a key, 500 keys in 0.09 s at 100k). CypherStore
# runs these forms once per key on backends that ask for it (CypherStore.per_key).
# Each returns the same columns as its UNWIND form; `$value` is the key, or a row's fields are params.

ENTITY_BY_KEY = Query("MATCH (k:NameKey)-[:NAMES]->(e:Entity) WHERE k.key = $value RETURN k.key, e.data")

NAME_ENTRIES = Query(
    """
    MATCH (e:Entity)
    WHERE e.retracted_at IS NULL AND (size($kinds) = 0 OR e.kind IN $kinds)
    RETURN e.id, e.kind, e.names
    """
)

_ORG_FILTER = """
    MATCH (e:Entity)
    WHERE e.kind = 'ORGANIZATION' AND e.retracted_at IS NULL
      AND ($name = '' OR e.name_folded CONTAINS $name)
      AND ($category = '' OR $category IN e.categories)
      AND ($after_key = '' OR e.founded_key >= $after_key)
      AND ($before_key = '' OR e.founded_key < $before_key)
"""
_BY_HQ = """
      AND EXISTS { MATCH (e)-[h:REL]->(p:Entity)
                   WHERE h.type = 'HEADQUARTERED_IN' AND h.retracted_at IS NULL AND p.id = $hq
                     AND (h.review IS NULL OR h.review <> 'candidate') }
"""
_BY_INVESTOR = """
      AND EXISTS { MATCH (inv:Entity)-[i:REL]->(e)
                   WHERE i.type = 'INVESTED_IN' AND i.retracted_at IS NULL AND inv.id = $investor
                     AND (i.review IS NULL OR i.review <> 'candidate') }
"""
_PAGE = """
      AND ($after_name = '' OR e.name > $after_name OR (e.name = $after_name AND e.id > $after_id))
    RETURN e.id, e.name ORDER BY e.name, e.id LIMIT $limit
"""


def organization_queries(by_hq: bool, by_investor: bool) -> tuple[Query, Query]:
    """(count, page) of the organizations filter. The EXISTS look-ups are left out of the text unless
    asked for: Ladybug evaluates them for every organisation even behind `$hq = '' OR`, which doubled
    the cost of an unfiltered page."""
    return _ORGANIZATION_QUERIES[by_hq, by_investor]


def _organization_filter(by_hq: bool, by_investor: bool) -> str:
    return _ORG_FILTER + (_BY_HQ if by_hq else "") + (_BY_INVESTOR if by_investor else "")


_ORGANIZATION_QUERIES: dict[tuple[bool, bool], tuple[Query, Query]] = {
    (hq, inv): (Query(_organization_filter(hq, inv) + " RETURN count(e)"), Query(_organization_filter(hq, inv) + _PAGE))
    for hq in (False, True)
    for inv in (False, True)
}

# --- relations ------------------------------------------------------------------------------------

FETCH_RELATION_IDS = Query("UNWIND $ids AS i MATCH (r:RelationId) WHERE r.id = i RETURN r.id")
CREATE_RELATION_IDS = Query("UNWIND $ids AS i CREATE (:RelationId {id: i})")

FETCH_RELATIONS = Query(
    """
    UNWIND $rows AS r
    MATCH (s:Entity) WHERE s.id = r.subject
    MATCH (s)-[x:REL]->(:Entity) WHERE x.id IN r.ids
    RETURN x.data
    """
)

FETCH_RELATIONS_OF = Query("MATCH (s:Entity)-[x:REL]->(:Entity) WHERE s.id = $subject AND x.id IN $ids RETURN x.data")

FETCH_RELATIONS_BY_ID = Query("MATCH (:Entity)-[x:REL]->(:Entity) WHERE x.id IN $ids RETURN x.data")

CREATE_RELATIONS = Query(
    """
    UNWIND $rows AS r
    MATCH (s:Entity) WHERE s.id = r.subject
    MATCH (o:Entity) WHERE o.id = r.object
    CREATE (s)-[:REL {id: r.id, type: r.type, from_key: r.from_key, to_key: r.to_key,
                      retracted_at: r.retracted_at, review: r.review, data: r.data}]->(o)
    """
)

UPDATE_RELATIONS = Query(
    """
    UNWIND $rows AS r
    MATCH (s:Entity) WHERE s.id = r.subject
    MATCH (s)-[x:REL]->(:Entity) WHERE x.id = r.id
    SET x.from_key = r.from_key, x.to_key = r.to_key, x.retracted_at = r.retracted_at, x.review = r.review,
        x.data = r.data
    """
)

RELATIONS_OUT = Query(
    """
    UNWIND $ids AS i
    MATCH (e:Entity) WHERE e.id = i
    MATCH (e)-[x:REL]->(o:Entity)
    WHERE ($include_retracted OR x.retracted_at IS NULL) AND (size($types) = 0 OR x.type IN $types)
      AND ($include_candidates OR x.review IS NULL OR x.review <> 'candidate')
    RETURN i, x.data, o.id
    """
)

RELATIONS_IN = Query(
    """
    UNWIND $ids AS i
    MATCH (e:Entity) WHERE e.id = i
    MATCH (o:Entity)-[x:REL]->(e)
    WHERE ($include_retracted OR x.retracted_at IS NULL) AND (size($types) = 0 OR x.type IN $types)
      AND ($include_candidates OR x.review IS NULL OR x.review <> 'candidate')
    RETURN i, x.data, o.id
    """
)

RELATIONS_OUT_ONE = Query(
    """
    MATCH (e:Entity)-[x:REL]->(o:Entity)
    WHERE e.id = $value AND ($include_retracted OR x.retracted_at IS NULL) AND (size($types) = 0 OR x.type IN $types)
      AND ($include_candidates OR x.review IS NULL OR x.review <> 'candidate')
    RETURN e.id, x.data, o.id
    """
)

RELATIONS_IN_ONE = Query(
    """
    MATCH (o:Entity)-[x:REL]->(e:Entity)
    WHERE e.id = $value AND ($include_retracted OR x.retracted_at IS NULL) AND (size($types) = 0 OR x.type IN $types)
      AND ($include_candidates OR x.review IS NULL OR x.review <> 'candidate')
    RETURN e.id, x.data, o.id
    """
)


# --- events ---------------------------------------------------------------------------------------

FETCH_EVENTS = Query("UNWIND $ids AS i MATCH (v:Event) WHERE v.id = i RETURN v.data")

CREATE_EVENTS = Query(
    """
    UNWIND $rows AS r
    CREATE (:Event {id: r.id, kind: r.kind, date_key: r.date_key, retracted_at: r.retracted_at, review: r.review,
                    data: r.data})
    """
)

UPDATE_EVENTS = Query(
    """
    UNWIND $rows AS r
    MATCH (v:Event) WHERE v.id = r.id
    SET v.date_key = r.date_key, v.retracted_at = r.retracted_at, v.review = r.review, v.data = r.data
    """
)

FETCH_INVOLVES = Query(
    "UNWIND $ids AS i MATCH (v:Event) WHERE v.id = i MATCH (v)-[:INVOLVES]->(e:Entity) RETURN v.id, e.id"
)
FETCH_INVOLVES_ONE = Query("MATCH (v:Event)-[:INVOLVES]->(e:Entity) WHERE v.id = $value RETURN v.id, e.id")

CREATE_INVOLVES = Query(
    """
    UNWIND $rows AS r
    MATCH (v:Event) WHERE v.id = r.event
    MATCH (e:Entity) WHERE e.id = r.entity
    CREATE (v)-[:INVOLVES {role: r.role}]->(e)
    """
)

EVENTS_OF = Query(
    """
    UNWIND $ids AS i
    MATCH (e:Entity) WHERE e.id = i
    MATCH (v:Event)-[:INVOLVES]->(e)
    WHERE ($include_retracted OR v.retracted_at IS NULL) AND (size($kinds) = 0 OR v.kind IN $kinds)
      AND ($include_candidates OR v.review IS NULL OR v.review <> 'candidate')
    RETURN DISTINCT i, v.data
    """
)

EVENTS_OF_ONE = Query(
    """
    MATCH (v:Event)-[:INVOLVES]->(e:Entity)
    WHERE e.id = $value AND ($include_retracted OR v.retracted_at IS NULL) AND (size($kinds) = 0 OR v.kind IN $kinds)
      AND ($include_candidates OR v.review IS NULL OR v.review <> 'candidate')
    RETURN DISTINCT e.id, v.data
    """
)

# --- attribute values -----------------------------------------------------------------------------

FETCH_ATTRIBUTE_VALUES = Query("UNWIND $ids AS i MATCH (a:AttributeValue) WHERE a.id = i RETURN a.data")

CREATE_ATTRIBUTE_VALUES = Query(
    """
    UNWIND $rows AS r
    MATCH (e:Entity) WHERE e.id = r.entity
    CREATE (e)-[:HAS_VALUE]->(:AttributeValue {id: r.id, attribute: r.attribute, retracted_at: r.retracted_at,
                                               review: r.review, data: r.data})
    """
)

UPDATE_ATTRIBUTE_VALUES = Query(
    """
    UNWIND $rows AS r
    MATCH (a:AttributeValue) WHERE a.id = r.id
    SET a.retracted_at = r.retracted_at, a.review = r.review, a.data = r.data
    """
)

ATTRIBUTE_VALUES_OF = Query(
    """
    UNWIND $ids AS i
    MATCH (e:Entity) WHERE e.id = i
    MATCH (e)-[:HAS_VALUE]->(a:AttributeValue)
    WHERE ($include_retracted OR a.retracted_at IS NULL) AND ($attribute = '' OR a.attribute = $attribute)
      AND ($include_candidates OR a.review IS NULL OR a.review <> 'candidate')
    RETURN i, a.data
    """
)

ATTRIBUTE_VALUES_OF_ONE = Query(
    """
    MATCH (e:Entity)-[:HAS_VALUE]->(a:AttributeValue)
    WHERE e.id = $value AND ($include_retracted OR a.retracted_at IS NULL)
      AND ($attribute = '' OR a.attribute = $attribute)
      AND ($include_candidates OR a.review IS NULL OR a.review <> 'candidate')
    RETURN e.id, a.data
    """
)

# --- sources and the merge log --------------------------------------------------------------------

FETCH_SOURCES = Query("UNWIND $ids AS i MATCH (s:Source) WHERE s.id = i RETURN s.data")

CREATE_SOURCES = Query(
    "UNWIND $rows AS r CREATE (:Source {id: r.id, sha256: r.sha256, loaded_at: r.loaded_at, data: r.data})"
)

UPDATE_SOURCES = Query("UNWIND $rows AS r MATCH (s:Source) WHERE s.id = r.id SET s.data = r.data")

COUNT_SOURCES = Query("MATCH (s:Source) RETURN count(s)")

PAGE_SOURCES = Query(
    """
    MATCH (s:Source)
    WHERE $after_at = '' OR s.loaded_at > $after_at OR (s.loaded_at = $after_at AND s.id > $after_id)
    RETURN s.id, s.loaded_at ORDER BY s.loaded_at, s.id LIMIT $limit
    """
)

FETCH_MERGE_RECORDS = Query("UNWIND $ids AS i MATCH (m:MergeRecord) WHERE m.id = i RETURN m.data")
CREATE_MERGE_RECORDS = Query("UNWIND $rows AS r CREATE (:MergeRecord {id: r.id, data: r.data})")
UPDATE_MERGE_RECORDS = Query("UNWIND $rows AS r MATCH (m:MergeRecord) WHERE m.id = r.id SET m.data = r.data")
ALL_MERGE_RECORDS = Query("MATCH (m:MergeRecord) RETURN m.data ORDER BY m.id")

FETCH_MERGE_CANDIDATES = Query("UNWIND $ids AS i MATCH (m:MergeCandidate) WHERE m.id = i RETURN m.data")
CREATE_MERGE_CANDIDATES = Query("UNWIND $rows AS r CREATE (:MergeCandidate {id: r.id, data: r.data})")
ALL_MERGE_CANDIDATES = Query("MATCH (m:MergeCandidate) RETURN m.data ORDER BY m.id")

# --- whole graph ----------------------------------------------------------------------------------

COUNT_ENTITIES_BY_KIND = Query("MATCH (e:Entity) WHERE e.retracted_at IS NULL RETURN e.kind, count(e)")
_FACT = "(review IS NULL OR review <> 'candidate')"
COUNT_RELATIONS = Query(
    f"MATCH (:Entity)-[x:REL]->(:Entity) WHERE x.retracted_at IS NULL AND {_FACT.replace('review', 'x.review')}"
    " RETURN count(x)"
)
COUNT_EVENTS = Query(
    f"MATCH (v:Event) WHERE v.retracted_at IS NULL AND {_FACT.replace('review', 'v.review')} RETURN count(v)"
)
COUNT_ATTRIBUTE_VALUES = Query(
    f"MATCH (a:AttributeValue) WHERE a.retracted_at IS NULL AND {_FACT.replace('review', 'a.review')} RETURN count(a)"
)

EXPORT_ENTITIES = Query("MATCH (e:Entity) RETURN e.data ORDER BY e.id")
EXPORT_RELATIONS = Query("MATCH (:Entity)-[x:REL]->(:Entity) RETURN x.data ORDER BY x.id")
EXPORT_EVENTS = Query("MATCH (v:Event) RETURN v.data ORDER BY v.id")
EXPORT_ATTRIBUTE_VALUES = Query("MATCH (a:AttributeValue) RETURN a.data ORDER BY a.id")
EXPORT_SOURCES = Query("MATCH (s:Source) RETURN s.data ORDER BY s.id")
