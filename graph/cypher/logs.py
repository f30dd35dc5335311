"""The Cypher text of the retraction log, the review log and the review queue (see graph/cypher/queries.py for
the rules every query follows).

  (:RetractionLog {id, data}): one node per statement or entity id that was ever retracted or restored; `data`
  is the JSON list of its applied Retractions, oldest first.
  (:ReviewLog {id, data}): one node per statement id that was ever decided on; `data` is the JSON list of its
  ReviewDecisions, oldest first.
Keyed by the record's id (a primary-key look-up on Ladybug), so reading the logs of a query's answers costs one
UNWIND look-up.
"""

from __future__ import annotations

from graph.cypher.queries import Query

FETCH_RETRACTION_LOGS = Query("UNWIND $ids AS i MATCH (l:RetractionLog) WHERE l.id = i RETURN l.id, l.data")
CREATE_RETRACTION_LOGS = Query("UNWIND $rows AS r CREATE (:RetractionLog {id: r.id, data: r.data})")
UPDATE_RETRACTION_LOGS = Query("UNWIND $rows AS r MATCH (l:RetractionLog) WHERE l.id = r.id SET l.data = r.data")
ALL_RETRACTION_LOGS = Query("MATCH (l:RetractionLog) RETURN l.id, l.data ORDER BY l.id")

FETCH_REVIEW_LOGS = Query("UNWIND $ids AS i MATCH (l:ReviewLog) WHERE l.id = i RETURN l.id, l.data")
CREATE_REVIEW_LOGS = Query("UNWIND $rows AS r CREATE (:ReviewLog {id: r.id, data: r.data})")
UPDATE_REVIEW_LOGS = Query("UNWIND $rows AS r MATCH (l:ReviewLog) WHERE l.id = r.id SET l.data = r.data")
ALL_REVIEW_LOGS = Query("MATCH (l:ReviewLog) RETURN l.id, l.data ORDER BY l.id")

# The review queue: live statements waiting for a decision.
CANDIDATE_RELATIONS = Query(
    "MATCH (:Entity)-[x:REL]->(:Entity) WHERE x.review = 'candidate' AND x.retracted_at IS NULL RETURN x.data"
)
CANDIDATE_EVENTS = Query("MATCH (v:Event) WHERE v.review = 'candidate' AND v.retracted_at IS NULL RETURN v.data")
COUNT_CANDIDATES = (
    Query("MATCH (:Entity)-[x:REL]->(:Entity) WHERE x.review = 'candidate' AND x.retracted_at IS NULL RETURN count(x)"),
    Query("MATCH (v:Event) WHERE v.review = 'candidate' AND v.retracted_at IS NULL RETURN count(v)"),
    Query("MATCH (a:AttributeValue) WHERE a.review = 'candidate' AND a.retracted_at IS NULL RETURN count(a)"),
)
CANDIDATE_ATTRIBUTE_VALUES = Query(
    "MATCH (a:AttributeValue) WHERE a.review = 'candidate' AND a.retracted_at IS NULL RETURN a.data"
)
