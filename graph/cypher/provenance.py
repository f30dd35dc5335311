"""The Cypher text of the provenance look-ups: what cites a source, the versions of a document, which of a
batch's records are retracted (unload, undo and supersede read these; see graph/cypher/queries.py for the
storage shape and the rules the text follows)."""

from __future__ import annotations

from graph.cypher.queries import Query

# Sources of a document (by path or profile id) and what cites a source: a scan of `data` for the JSON text of
# the value (`$needle`, quoted), each hit then checked field by field in Python. Unload and supersede are rare
# next to reads, and the scan needs no extra storage shape (exports and the Cypher script stay as they are).
SOURCES_CONTAINING = Query("MATCH (s:Source) WHERE s.data CONTAINS $needle RETURN s.data")
ENTITIES_CITING = Query(
    "MATCH (e:Entity) WHERE e.data CONTAINS $needle AND ($include_retracted OR e.retracted_at IS NULL) RETURN e.data"
)
RELATIONS_CITING = Query(
    """
    MATCH (:Entity)-[x:REL]->(:Entity)
    WHERE x.data CONTAINS $needle AND ($include_retracted OR x.retracted_at IS NULL)
    RETURN x.data
    """
)
EVENTS_CITING = Query(
    "MATCH (v:Event) WHERE v.data CONTAINS $needle AND ($include_retracted OR v.retracted_at IS NULL) RETURN v.data"
)
ATTRIBUTE_VALUES_CITING = Query(
    """
    MATCH (a:AttributeValue)
    WHERE a.data CONTAINS $needle AND ($include_retracted OR a.retracted_at IS NULL)
    RETURN a.data
    """
)

# Which of a batch's records the store holds retracted (primary-key look-ups; relations from their subject).
RETRACTED_ENTITIES = Query(
    "UNWIND $ids AS i MATCH (e:Entity) WHERE e.id = i AND e.retracted_at IS NOT NULL RETURN e.id"
)
RETRACTED_EVENTS = Query("UNWIND $ids AS i MATCH (v:Event) WHERE v.id = i AND v.retracted_at IS NOT NULL RETURN v.id")
RETRACTED_ATTRIBUTE_VALUES = Query(
    "UNWIND $ids AS i MATCH (a:AttributeValue) WHERE a.id = i AND a.retracted_at IS NOT NULL RETURN a.id"
)
RETRACTED_RELATIONS = Query(
    """
    UNWIND $rows AS r
    MATCH (s:Entity) WHERE s.id = r.subject
    MATCH (s)-[x:REL]->(:Entity) WHERE x.id IN r.ids AND x.retracted_at IS NOT NULL
    RETURN x.id
    """
)
RETRACTED_RELATIONS_OF = Query(
    """
    MATCH (s:Entity)-[x:REL]->(:Entity)
    WHERE s.id = $subject AND x.id IN $ids AND x.retracted_at IS NOT NULL
    RETURN x.id
    """
)
