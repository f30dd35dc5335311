"""The graph-shape reads of the Cypher backends: paths between two entities and an entity's neighbourhood.

Mixed into CypherStore (graph/backends/cypher_store.py). Without a time or review filter, paths come from the
backend's shortest-path search (`_shortest_paths`: Neo4j's in Cypher, Ladybug's in Python over its edges);
with one, every backend searches the same way here, because the rule needs each edge's record, its ends'
lifetimes or the retraction log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from graph.backends import path_search, record_logs
from graph.backends.rows import run_keyed
from graph.cypher import paths as qp
from graph.dates import PartialDate
from graph.model import Entity, EntityId, Relation
from graph.record_time import record_known_at
from graph.store import Hop, Path, RelationQuery, RelationView, Subgraph
from graph.validity import Lifetime, lifetimes_of, relation_validity_in


class PathReads:
    """paths() and neighbourhood() of the GraphStore protocol, over the store's own reads."""

    per_key: bool
    _read: Callable[..., list[list[Any]]]
    _read_tx: Callable[..., Any]
    entities: Callable[..., dict[EntityId, Entity]]
    relations: Callable[..., dict[EntityId, list[RelationView]]]
    lifetimes: Callable[[Sequence[EntityId]], dict[EntityId, Lifetime]]

    def paths(
        self,
        source: EntityId,
        target: EntityId,
        max_hops: int,
        as_of: PartialDate | None = None,
        limit: int = 5,
        *,
        known_at: dt.datetime | None = None,
        include_candidates: bool = False,
    ) -> list[Path]:
        if not 1 <= max_hops <= qp.MAX_PATH_HOPS:
            raise ValueError(f"maxHops must be between 1 and {qp.MAX_PATH_HOPS}, got {max_hops}")
        if source == target or limit < 1:
            return []
        if as_of is None and known_at is None and not include_candidates:
            found = self._shortest_paths(source, target, max_hops, limit)
        else:
            query = RelationQuery(as_of=as_of, known_at=known_at, include_candidates=include_candidates)
            found = self._paths_filtered(source, target, max_hops, query, limit)
        return self._with_validity(found)

    def _paths_filtered(
        self, source: EntityId, target: EntityId, max_hops: int, query: RelationQuery, limit: int
    ) -> list[Path]:
        """Shortest paths over the relations that hold at `as_of` by the time rule, that the graph held at
        `known_at` (its retraction log) or that are still review candidates: rules that need each edge's record,
        its ends' lifetimes or logs, so searched here, in Python, the same way on every backend."""
        known_at = query.known_at
        ends = self.entities([source, target], include_retracted=known_at is not None)
        if known_at is not None:
            logs = record_logs.read_retraction_logs(self._read, list(ends))
            ends = {i: e for i, e in ends.items() if record_known_at(e, logs[i], known_at)}
        if len(ends) < 2:  # a missing or retracted end has no paths
            return []
        entities: dict[EntityId, Entity] = dict(ends)
        relations: dict[str, Relation] = {}
        params = {"include_retracted": known_at is not None, "include_candidates": query.include_candidates}

        def neighbours(nodes: Sequence[str]) -> dict[str, list[path_search.Edge]]:
            rows = self._read_tx(
                lambda run: run_keyed(
                    run, qp.PATH_RELATIONS, qp.PATH_RELATIONS_ONE, "ids", list(nodes), params, self.per_key
                )
            )
            found = [(node, Relation.model_validate_json(data), other) for node, data, other in rows]
            unknown = {i for node, _, other in found for i in (node, other)} - entities.keys()
            entities.update(self.entities(sorted(unknown), include_retracted=True))
            if known_at is not None:
                held = record_logs.known_statements(
                    self._read,
                    list({r.id: r for _, r, _ in found}.values()),
                    known_at,
                    query.include_candidates,
                    entities,
                    lambda r: (r.subject_id, r.object_id),
                )
                found = [(node, held[r.id], other) for node, r, other in found if r.id in held]
            lifetimes = lifetimes_of(entities)
            out: dict[str, list[path_search.Edge]] = {node: [] for node in nodes}
            for node, relation, other in found:
                if relation_validity_in(relation, lifetimes).holds_at(query.as_of):
                    relations[relation.id] = relation
                    out[node].append((relation.id, other))
            return out

        steps = path_search.shortest_paths(source, target, max_hops, neighbours, limit)
        return [path_from_steps(source, s, relations) for s in steps]

    def _with_validity(self, paths: list[Path]) -> list[Path]:
        """The paths with each hop's validity by the time rule."""
        lifetimes = self.lifetimes(sorted({i for p in paths for h in p.hops for i in (h.from_id, h.to_id)}))
        return [
            Path(
                hops=tuple(
                    h.model_copy(update={"validity": relation_validity_in(h.relation, lifetimes)}) for h in p.hops
                )
            )
            for p in paths
        ]

    def _shortest_paths(self, source: EntityId, target: EntityId, max_hops: int, limit: int) -> list[Path]:
        params = {
            "source": source,
            "target": target,
            # Fetch a few more than asked so the ones kept are chosen by a stable order.
            "limit": min(limit * 4, 200),
        }
        rows = self._read(qp.shortest_paths(max_hops), params)
        found: dict[tuple[str, ...], Path] = {}
        for node_ids, rel_datas in rows:
            relations = [Relation.model_validate_json(d) for d in rel_datas]
            hops = tuple(
                Hop(from_id=node_ids[i], to_id=node_ids[i + 1], relation=rel) for i, rel in enumerate(relations)
            )
            found.setdefault(tuple(r.id for r in relations), Path(hops=hops))
        ordered = sorted(found.items(), key=lambda item: (len(item[0]), item[0]))
        return [path for _, path in ordered[:limit]]

    def neighbourhood(
        self, entity_id: EntityId, hops: int = 1, query: RelationQuery | None = None, limit: int = 500
    ) -> Subgraph:
        query = query or RelationQuery()
        seen: dict[EntityId, None] = {entity_id: None}
        relations: dict[str, Relation] = {}
        frontier = [entity_id]
        for _ in range(max(hops, 0)):
            if not frontier or len(seen) >= limit:
                break
            next_frontier: list[EntityId] = []
            for views in self.relations(frontier, query).values():
                for view in views:
                    if view.other_id not in seen and len(seen) >= limit:
                        continue
                    relations[view.relation.id] = view.relation
                    if view.other_id not in seen:
                        seen[view.other_id] = None
                        next_frontier.append(view.other_id)
            frontier = next_frontier
        entities = self.entities(list(seen), include_retracted=query.known_at is not None)
        kept = [r for r in relations.values() if r.subject_id in entities and r.object_id in entities]
        return Subgraph(entities=tuple(entities[i] for i in seen if i in entities), relations=tuple(kept))


def path_from_steps(source: EntityId, steps: Sequence[path_search.Edge], relations: dict[str, Relation]) -> Path:
    """A path search's steps [(relation id, next node), ...] from `source` as hops with their relations."""
    nodes = [source, *(next_node for _, next_node in steps)]
    return Path(
        hops=tuple(
            Hop(from_id=nodes[i], to_id=nodes[i + 1], relation=relations[relation_id])
            for i, (relation_id, _) in enumerate(steps)
        )
    )
