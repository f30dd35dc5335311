"""The Cypher of path searches: Neo4j's shortest paths in one query, and the one-key look-ups the searches in
Python walk (Ladybug's always; every backend's when a time, record-time or review filter applies)."""

from __future__ import annotations

from graph.cypher.queries import Query

MAX_PATH_HOPS = 6


def shortest_paths(hops: int) -> Query:
    """All shortest paths of 1..hops edges over live relations and live entities, either direction
    (Neo4j, without asOf; Ladybug searches in Python over PATH_NEIGHBOURS_ONE, and every backend searches
    in Python over PATH_RELATIONS when an asOf applies the time rule).

    The hop bound is part of the pattern syntax in both dialects, so it cannot be a parameter:
    one query text per bound, chosen from a fixed table (never built from user input).
    """
    return _SHORTEST_PATHS[hops]


_SHORTEST_PATHS: dict[int, Query] = {
    hops: Query(
        f"""
            MATCH (a:Entity {{id: $source}}), (b:Entity {{id: $target}})
            MATCH p = allShortestPaths((a)-[:REL*1..{hops}]-(b))
            WHERE all(r IN relationships(p)
                      WHERE r.retracted_at IS NULL AND (r.review IS NULL OR r.review <> 'candidate'))
              AND all(n IN nodes(p) WHERE n.retracted_at IS NULL)
            RETURN [n IN nodes(p) | n.id], [r IN relationships(p) | r.data]
            LIMIT $limit
        """
    )
    for hops in range(1, MAX_PATH_HOPS + 1)
}

# Ladybug searches paths in Python (graph/backends/path_search.py) over these two one-key look-ups: its
# own `ALL SHORTEST` walks out from the source only and through hubs visits most of the graph.
PATH_NEIGHBOURS_ONE = Query(
    """
    MATCH (e:Entity)-[x:REL]-(m:Entity)
    WHERE e.id = $value AND x.retracted_at IS NULL AND m.retracted_at IS NULL
      AND (x.review IS NULL OR x.review <> 'candidate')
    RETURN x.id, m.id
    """
)
# The relations at each node with their records, for a search in Python that applies the time rule (asOf), the
# record-time rule (knownAt: retracted ones included, judged by their log) or lets review candidates through.
PATH_RELATIONS = Query(
    """
    UNWIND $ids AS i
    MATCH (e:Entity) WHERE e.id = i
    MATCH (e)-[x:REL]-(m:Entity)
    WHERE ($include_retracted OR (x.retracted_at IS NULL AND m.retracted_at IS NULL))
      AND ($include_candidates OR x.review IS NULL OR x.review <> 'candidate')
    RETURN i, x.data, m.id
    """
)
PATH_RELATIONS_ONE = Query(
    """
    MATCH (e:Entity)-[x:REL]-(m:Entity)
    WHERE e.id = $value AND ($include_retracted OR (x.retracted_at IS NULL AND m.retracted_at IS NULL))
      AND ($include_candidates OR x.review IS NULL OR x.review <> 'candidate')
    RETURN e.id, x.data, m.id
    """
)
DEGREE_ONE = Query("MATCH (e:Entity)-[x:REL]-(:Entity) WHERE e.id = $value RETURN count(x)")
RELATIONS_AT_ONE = Query("MATCH (e:Entity)-[x:REL]-(:Entity) WHERE e.id = $value AND x.id IN $ids RETURN x.data")
