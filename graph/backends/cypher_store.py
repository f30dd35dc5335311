"""The GraphStore behaviour both Cypher backends share.

A backend supplies three things: how to run a query inside a write transaction, how to run one
for reading, and its dialect. Everything else (the upsert plan, endpoint checks, decoding,
asOf filtering, paging) lives here once, so the two backends cannot drift apart.

The write plan follows ladybug-notes.md: fetch which ids exist, combine in Python with the
upsert rules (graph/upsert.py), then CREATE the new rows and SET the changed ones, each as one
UNWIND statement per chunk, all inside one transaction.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from pydantic import TypeAdapter

from graph.backends import path_search, record_logs
from graph.backends.name_terms import NameIndexMixin, TermWriter, bump_version
from graph.backends.provenance import ProvenanceReads, apply_citation_drops, update_sources
from graph.cypher import logs as lq
from graph.cypher import queries as q
from graph.dates import PartialDate, in_range
from graph.errors import InputError
from graph.model import (
    AttributeValue,
    Direction,
    Entity,
    EntityBase,
    EntityId,
    EntityKind,
    Event,
    GraphStats,
    MergeCandidate,
    MergeRecord,
    Organization,
    Relation,
    Retraction,
    RetractionLog,
    ReviewDecision,
    ReviewLog,
    ReviewMark,
    Source,
    StatementBatch,
    WriteReport,
    statement_target,
)
from graph.names import fold, normalize_key
from graph.record_time import record_known_at
from graph.store import (
    EventQuery,
    ExportRecord,
    Hop,
    NameEntry,
    OrganizationFilter,
    Page,
    Path,
    RelationQuery,
    RelationView,
    StoreError,
    Subgraph,
)
from graph.upsert import combine, retract
from graph.validity import Lifetime, lifetimes_of, relation_validity_in

T = TypeVar("T")
CHUNK = 5000
OPEN_START = ""
OPEN_END = "9999-12-31"
_ENTITY = TypeAdapter(Entity)


class Runner(Protocol):
    def __call__(self, query: q.Query, params: dict[str, Any] | None = None) -> list[list[Any]]: ...


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _start_key(date: PartialDate | None, default: str | None) -> str | None:
    return date.start().isoformat() if date else default


def _chunks(rows: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def run_keyed(
    run: Runner,
    many: q.Query,
    one: q.Query,
    key: str,
    values: Sequence[Any],
    params: dict[str, Any] | None = None,
    per_key: bool = False,
) -> list[list[Any]]:
    """Run `many` with `values` under `key` (an UNWIND), or, with `per_key`, the one-key form once per
    value (a scalar as $value, a row's fields as parameters)."""
    params = params or {}
    if not per_key:
        return run(many, {**params, key: list(values)})
    rows: list[list[Any]] = []
    for value in values:
        rows.extend(run(one, {**params, **(value if isinstance(value, dict) else {"value": value})}))
    return rows


def decode_entity(data: str) -> Entity:
    return _ENTITY.validate_json(data)


def entity_row(entity: EntityBase) -> dict[str, Any]:
    names = list(dict.fromkeys(entity.names))
    return {
        "id": entity.id,
        "kind": entity.kind,  # type: ignore[attr-defined]
        "name": entity.name,
        "names": names,
        "name_folded": fold(" | ".join(names)),
        "categories": list(entity.categories) if isinstance(entity, Organization) else [],
        "founded_key": _start_key(entity.founded_on, None) if isinstance(entity, Organization) else None,
        "retracted_at": _iso(entity.retracted_at),
        "merged_into": entity.merged_into,
        "data": entity.model_dump_json(),
    }


def relation_row(relation: Relation) -> dict[str, Any]:
    return {
        "id": relation.id,
        "subject": relation.subject_id,
        "object": relation.object_id,
        "type": relation.type.value,
        "from_key": _start_key(relation.valid_from, OPEN_START),
        "to_key": _start_key(relation.valid_to, OPEN_END),
        "retracted_at": _iso(relation.retracted_at),
        "review": relation.review.value if relation.review else None,
        "data": relation.model_dump_json(),
    }


def event_row(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind.value,
        "date_key": _start_key(event.date, None),
        "retracted_at": _iso(event.retracted_at),
        "review": event.review.value if event.review else None,
        "data": event.model_dump_json(),
    }


def attribute_row(value: AttributeValue) -> dict[str, Any]:
    return {
        "id": value.id,
        "entity": value.entity_id,
        "attribute": value.attribute,
        "retracted_at": _iso(value.retracted_at),
        "review": value.review.value if value.review else None,
        "data": value.model_dump_json(),
    }


def encode_cursor(*parts: str) -> str:
    return base64.urlsafe_b64encode(json.dumps(parts).encode()).decode()


def decode_cursor(cursor: str | None, arity: int) -> list[str] | None:
    if not cursor:
        return None
    try:
        parts = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, binascii.Error) as exc:
        raise InputError(f'"{cursor}" is not a cursor this API returned') from exc
    if not isinstance(parts, list) or len(parts) != arity or not all(isinstance(p, str) for p in parts):
        raise InputError(f'"{cursor}" is not a cursor this API returned')
    return parts


class CypherStore(ProvenanceReads, NameIndexMixin, ABC):
    dialect: q.Dialect
    # Look-ups that follow an edge run once per key (the q.*_ONE forms) on backends whose UNWIND joins
    # scan the edge table (Ladybug); otherwise one UNWIND statement.
    per_key = False

    # --- what a backend provides

    @abstractmethod
    def _write_tx(self, work: Callable[[Runner], T]) -> T:
        """Run `work` in one write transaction: commit when it returns, roll back when it raises."""

    @abstractmethod
    def _read_tx(self, work: Callable[[Runner], T]) -> T: ...

    @abstractmethod
    def init(self) -> None: ...

    def _index_relation_ids(self) -> None:
        """Stores written before RelationId existed get one per relation, once (on a read-write open)."""

        def work(run: Runner) -> None:
            if run(q.COUNT_RELATION_IDS)[0][0] == 0 and run(q.COUNT_ALL_RELATIONS)[0][0] > 0:
                run(q.BACKFILL_RELATION_IDS)

        self._write_tx(work)

    @abstractmethod
    def close(self) -> None: ...

    def _read(self, query: q.Query, params: dict[str, Any] | None = None) -> list[list[Any]]:
        return self._read_tx(lambda run: run(query, params))

    def ping(self) -> bool:
        try:
            return self._read(q.PING) == [[1]]
        except Exception:
            return False

    # --- writes

    def write(self, batch: StatementBatch) -> WriteReport:
        return self._write_tx(lambda run: _BatchWriter(run, batch, self.per_key).apply())

    # --- entities and names

    def entities(self, ids: Sequence[EntityId], include_retracted: bool = False) -> dict[EntityId, Entity]:
        if not ids:
            return {}
        found = (decode_entity(row[0]) for row in self._read(q.FETCH_ENTITIES, {"ids": list(dict.fromkeys(ids))}))
        return {e.id: e for e in found if include_retracted or e.retracted_at is None}

    def entities_by_key(self, keys: Sequence[str]) -> dict[str, list[Entity]]:
        wanted = list(dict.fromkeys(k for k in keys if k))
        result: dict[str, list[Entity]] = {k: [] for k in keys}
        if not wanted:
            return result
        rows = self._read_tx(
            lambda run: run_keyed(run, q.ENTITIES_BY_KEY, q.ENTITY_BY_KEY, "keys", wanted, None, self.per_key)
        )
        hits: dict[str, list[Entity]] = defaultdict(list)
        for key, data in rows:
            hits[key].append(decode_entity(data))
        for key, entities in hits.items():
            live = self._follow_merges(entities)
            result[key] = sorted(live.values(), key=lambda e: e.id)
        return result

    def _follow_merges(self, entities: Iterable[Entity]) -> dict[EntityId, Entity]:
        """Replace merged entities by the one they were merged into (chains followed, cycles cut)."""
        live: dict[EntityId, Entity] = {}
        pending = list(entities)
        seen: set[EntityId] = set()
        while pending:
            redirect: list[EntityId] = []
            for entity in pending:
                seen.add(entity.id)
                if entity.retracted_at is None:
                    live[entity.id] = entity
                elif entity.merged_into and entity.merged_into not in seen:
                    redirect.append(entity.merged_into)
            pending = list(self.entities(redirect, include_retracted=True).values()) if redirect else []
        return live

    def name_entries(self, kinds: Sequence[EntityKind] = ()) -> list[NameEntry]:
        rows = self._read(q.NAME_ENTRIES, {"kinds": [k.value for k in kinds]})
        entries: list[NameEntry] = []
        for entity_id, kind, names in rows:
            for i, text in enumerate(names or ()):
                entries.append(NameEntry(entity_id=entity_id, kind=EntityKind(kind), text=text, is_primary=i == 0))
        return entries

    def organizations(self, filter: OrganizationFilter, first: int, after: str | None) -> Page:
        cursor = decode_cursor(after, 2)
        params: dict[str, Any] = {
            "name": fold(filter.name_contains) if filter.name_contains else "",
            "category": filter.category or "",
            "after_key": filter.founded_after.end().isoformat() if filter.founded_after else "",
            "before_key": filter.founded_before.start().isoformat() if filter.founded_before else "",
            "hq": filter.headquartered_in or "",
            "investor": filter.invested_in_by or "",
        }

        count, page = q.organization_queries(bool(filter.headquartered_in), bool(filter.invested_in_by))

        def work(run: Runner) -> Page:
            total = run(count, params)[0][0]
            page_params = {
                **params,
                "after_name": cursor[0] if cursor else "",
                "after_id": cursor[1] if cursor else "",
                "limit": first + 1,
            }
            rows = run(page, page_params)
            return _page(rows, first, total)

        return self._read_tx(work)

    # --- statements

    def relations(self, entity_ids: Sequence[EntityId], query: RelationQuery) -> dict[EntityId, list[RelationView]]:
        ids = list(dict.fromkeys(entity_ids))
        result: dict[EntityId, list[RelationView]] = {i: [] for i in ids}
        if not ids:
            return result
        known_at = query.known_at
        params = {
            "types": [t.value for t in query.types],
            "include_retracted": query.include_retracted or known_at is not None,
            "include_candidates": query.include_candidates or known_at is not None,
        }
        plan: list[tuple[q.Query, q.Query, Direction]] = []
        if query.direction in (Direction.OUT, Direction.BOTH):
            plan.append((q.RELATIONS_OUT, q.RELATIONS_OUT_ONE, Direction.OUT))
        if query.direction in (Direction.IN, Direction.BOTH):
            plan.append((q.RELATIONS_IN, q.RELATIONS_IN_ONE, Direction.IN))

        def work(run: Runner) -> list[tuple[Direction, list[list[Any]]]]:
            return [
                (direction, run_keyed(run, many, one, "ids", ids, params, self.per_key))
                for many, one, direction in plan
            ]

        found = [
            (entity_id, direction, Relation.model_validate_json(data), other_id)
            for direction, rows in self._read_tx(work)
            for entity_id, data, other_id in rows
        ]
        ends = self.entities([*ids, *(other_id for *_, other_id in found)], include_retracted=True)
        lifetimes = lifetimes_of(ends)
        if known_at is not None:
            held = record_logs.known_statements(
                self._read,
                [relation for _, _, relation, _ in found],
                known_at,
                query.include_candidates,
                ends,
                lambda r: (r.subject_id, r.object_id),
            )
            found = [(e, d, held[r.id], o) for e, d, r, o in found if r.id in held]
        for entity_id, direction, relation, other_id in found:
            validity = relation_validity_in(relation, lifetimes)
            if validity.holds_at(query.as_of):
                view = RelationView(relation=relation, direction=direction, other_id=other_id, validity=validity)
                result[entity_id].append(view)
        for views in result.values():
            views.sort(key=lambda v: (v.relation.type.value, v.direction.value, v.other_id, v.relation.id))
        return result

    def lifetimes(self, ids: Sequence[EntityId]) -> dict[EntityId, Lifetime]:
        """When each entity existed (retracted ones included: a statement keeps its ends' dates)."""
        return lifetimes_of(self.entities(ids, include_retracted=True))

    def relations_by_id(self, ids: Sequence[str]) -> dict[str, Relation]:
        if not ids:
            return {}
        rows = self._read(q.FETCH_RELATIONS_BY_ID, {"ids": list(dict.fromkeys(ids))})
        found = (Relation.model_validate_json(row[0]) for row in rows)
        return {r.id: r for r in found}

    def events(self, entity_ids: Sequence[EntityId], query: EventQuery) -> dict[EntityId, list[Event]]:
        ids = list(dict.fromkeys(entity_ids))
        result: dict[EntityId, list[Event]] = {i: [] for i in ids}
        if not ids:
            return result
        known_at = query.known_at
        params = {
            "kinds": [k.value for k in query.kinds],
            "include_retracted": known_at is not None,
            "include_candidates": query.include_candidates or known_at is not None,
        }
        rows = self._read_tx(lambda run: run_keyed(run, q.EVENTS_OF, q.EVENTS_OF_ONE, "ids", ids, params, self.per_key))
        found = [(entity_id, Event.model_validate_json(data)) for entity_id, data in rows]
        if known_at is not None:
            held = record_logs.known_statements(
                self._read, list({e.id: e for _, e in found}.values()), known_at, query.include_candidates
            )
            found = [(entity_id, held[e.id]) for entity_id, e in found if e.id in held]
        for entity_id, event in found:
            if in_range(event.date, query.since, query.until):
                result[entity_id].append(event)
        for events in result.values():
            events.sort(key=event_order)
        return result

    def events_by_id(self, ids: Sequence[str]) -> dict[str, Event]:
        if not ids:
            return {}
        rows = self._read(q.FETCH_EVENTS, {"ids": list(dict.fromkeys(ids))})
        found = (Event.model_validate_json(row[0]) for row in rows)
        return {e.id: e for e in found if e.retracted_at is None}

    def attribute_values(
        self,
        entity_ids: Sequence[EntityId],
        attribute: str | None = None,
        *,
        known_at: dt.datetime | None = None,
        include_candidates: bool = False,
    ) -> dict[EntityId, list[AttributeValue]]:
        ids = list(dict.fromkeys(entity_ids))
        result: dict[EntityId, list[AttributeValue]] = {i: [] for i in ids}
        if not ids:
            return result
        params = {
            "attribute": attribute or "",
            "include_retracted": known_at is not None,
            "include_candidates": include_candidates or known_at is not None,
        }
        rows = self._read_tx(
            lambda run: run_keyed(
                run, q.ATTRIBUTE_VALUES_OF, q.ATTRIBUTE_VALUES_OF_ONE, "ids", ids, params, self.per_key
            )
        )
        found = [(entity_id, AttributeValue.model_validate_json(data)) for entity_id, data in rows]
        if known_at is not None:
            held = record_logs.known_statements(self._read, [v for _, v in found], known_at, include_candidates)
            found = [(entity_id, held[v.id]) for entity_id, v in found if v.id in held]
        for entity_id, value in found:
            result[entity_id].append(value)
        for values in result.values():
            values.sort(key=lambda v: (v.valid_from is None, v.valid_from or PartialDate(1), v.attribute, v.id))
        return result

    # --- graph shape

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
        if not 1 <= max_hops <= q.MAX_PATH_HOPS:
            raise ValueError(f"maxHops must be between 1 and {q.MAX_PATH_HOPS}, got {max_hops}")
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
                    run, q.PATH_RELATIONS, q.PATH_RELATIONS_ONE, "ids", list(nodes), params, self.per_key
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
        rows = self._read(q.shortest_paths(max_hops), params)
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

    # --- sources and provenance

    def sources(self, ids: Sequence[str]) -> dict[str, Source]:
        if not ids:
            return {}
        rows = self._read(q.FETCH_SOURCES, {"ids": list(dict.fromkeys(ids))})
        found = (Source.model_validate_json(row[0]) for row in rows)
        return {s.id: s for s in found}

    def source_by_sha256(self, sha256: str) -> Source | None:
        from graph.model import source_id

        found = self.sources([source_id(sha256)]).get(source_id(sha256))
        return found if found is not None and found.sha256 == sha256 else None

    def list_sources(self, first: int, after: str | None) -> Page:
        cursor = decode_cursor(after, 2)

        def work(run: Runner) -> Page:
            total = run(q.COUNT_SOURCES)[0][0]
            params = {
                "after_at": cursor[0] if cursor else "",
                "after_id": cursor[1] if cursor else "",
                "limit": first + 1,
            }
            return _page(run(q.PAGE_SOURCES, params), first, total)

        return self._read_tx(work)

    def merge_records(self, ids: Sequence[str] = ()) -> list[MergeRecord]:
        rows = self._read(q.FETCH_MERGE_RECORDS, {"ids": list(ids)}) if ids else self._read(q.ALL_MERGE_RECORDS)
        return [MergeRecord.model_validate_json(row[0]) for row in rows]

    def merge_candidates(self) -> list[MergeCandidate]:
        return [MergeCandidate.model_validate_json(row[0]) for row in self._read(q.ALL_MERGE_CANDIDATES)]

    # --- record time and review

    def statements(self, ids: Sequence[str]) -> dict[str, Relation | Event | AttributeValue]:
        wanted = list(dict.fromkeys(ids))
        by_target: dict[str | None, list[str]] = defaultdict(list)
        for statement_id in wanted:
            by_target[statement_target(statement_id)].append(statement_id)
        found: dict[str, Relation | Event | AttributeValue] = {}

        def work(run: Runner) -> None:
            plan = (
                ("relation", q.FETCH_RELATIONS_BY_ID, Relation),
                ("event", q.FETCH_EVENTS, Event),
                ("attribute", q.FETCH_ATTRIBUTE_VALUES, AttributeValue),
            )
            for target, query, model in plan:
                if by_target.get(target):
                    for (data,) in run(query, {"ids": by_target[target]}):
                        record = model.model_validate_json(data)
                        found[record.id] = record

        self._read_tx(work)
        return {i: found[i] for i in wanted if i in found}

    def retraction_log(self, ids: Sequence[str]) -> dict[str, list[Retraction]]:
        return record_logs.read_retraction_logs(self._read, ids)

    def review_log(self, statement_ids: Sequence[str] = ()) -> dict[str, list[ReviewDecision]]:
        return record_logs.read_review_logs(self._read, statement_ids)

    def candidates(self) -> list[Relation | Event | AttributeValue]:
        def work(run: Runner) -> list[Relation | Event | AttributeValue]:
            found: list[Relation | Event | AttributeValue] = []
            found.extend(Relation.model_validate_json(d) for (d,) in run(lq.CANDIDATE_RELATIONS))
            found.extend(Event.model_validate_json(d) for (d,) in run(lq.CANDIDATE_EVENTS))
            found.extend(AttributeValue.model_validate_json(d) for (d,) in run(lq.CANDIDATE_ATTRIBUTE_VALUES))
            return found

        return sorted(self._read_tx(work), key=lambda s: s.id)

    # --- whole graph

    def stats(self) -> GraphStats:
        def work(run: Runner) -> GraphStats:
            by_kind = {kind: count for kind, count in run(q.COUNT_ENTITIES_BY_KIND)}
            return GraphStats(
                entities=sum(by_kind.values()),
                relations=run(q.COUNT_RELATIONS)[0][0],
                events=run(q.COUNT_EVENTS)[0][0],
                attribute_values=run(q.COUNT_ATTRIBUTE_VALUES)[0][0],
                sources=run(q.COUNT_SOURCES)[0][0],
                by_kind=dict(sorted(by_kind.items())),
                candidates=sum(run(query)[0][0] for query in lq.COUNT_CANDIDATES),
            )

        return self._read_tx(work)

    def export(self) -> Iterator[ExportRecord]:
        plan = (
            ("source", q.EXPORT_SOURCES),
            ("entity", q.EXPORT_ENTITIES),
            ("relation", q.EXPORT_RELATIONS),
            ("event", q.EXPORT_EVENTS),
            ("attribute_value", q.EXPORT_ATTRIBUTE_VALUES),
            ("merge_record", q.ALL_MERGE_RECORDS),
            ("merge_candidate", q.ALL_MERGE_CANDIDATES),
        )
        for kind, query in plan:
            for row in self._read(query):
                yield ExportRecord(kind=kind, data=json.loads(row[0]))
        for log_id, entries in sorted(record_logs.all_retraction_logs(self._read).items()):
            log = RetractionLog(id=log_id, entries=tuple(entries))
            yield ExportRecord(kind="retraction_log", data=log.model_dump(mode="json"))
        for log_id, decisions in sorted(record_logs.read_review_logs(self._read).items()):
            review_log = ReviewLog(id=log_id, decisions=tuple(decisions))
            yield ExportRecord(kind="review_log", data=review_log.model_dump(mode="json"))


def path_from_steps(source: EntityId, steps: Sequence[path_search.Edge], relations: dict[str, Relation]) -> Path:
    """A path search's steps [(relation id, next node), ...] from `source` as hops with their relations."""
    nodes = [source, *(next_node for _, next_node in steps)]
    return Path(
        hops=tuple(
            Hop(from_id=nodes[i], to_id=nodes[i + 1], relation=relations[relation_id])
            for i, (relation_id, _) in enumerate(steps)
        )
    )


def event_order(event: Event) -> tuple[bool, str, str]:
    """Oldest first, undated last, ties by id."""
    return (event.date is None, event.date.start().isoformat() if event.date else "", event.id)


def _page(rows: list[list[Any]], first: int, total: int) -> Page:
    kept = rows[:first]
    return Page(
        ids=tuple(row[0] for row in kept),
        total=total,
        has_next=len(rows) > first,
        end_cursor=encode_cursor(str(kept[-1][1]), str(kept[-1][0])) if kept else None,
    )


class _BatchWriter:
    """Applies one StatementBatch inside an open transaction."""

    def __init__(self, run: Runner, batch: StatementBatch, per_key: bool = False) -> None:
        self.run = run
        self.batch = batch
        self.per_key = per_key
        self.created: dict[str, int] = defaultdict(int)
        self.updated: dict[str, int] = defaultdict(int)
        self.retracted = 0
        self.terms = TermWriter()  # the name index grows in the same transaction (graph/backends/name_terms.py)
        self.applied: list[Retraction] = []  # the retractions that changed a record, for the retraction log
        self.relations_by_id: dict[str, Relation] = {}  # the relations the batch retracts, read once
        self.retouched: set[str] = set()  # ... and those of them a retraction changed, written once

    def apply(self) -> WriteReport:
        batch = self.batch
        self._check_endpoints()
        if batch.source is not None:
            self._sources([batch.source])
        self._entities(_last_by_id(batch.entities))
        self._relations(_last_by_id(batch.relations))
        self._events(_last_by_id(batch.events))
        self._attribute_values(_last_by_id(batch.attribute_values))
        self._merge_records(_last_by_id(batch.merge_records))
        self._merge_candidates(_last_by_id(batch.merge_candidates))
        changed = {"sources": update_sources(self.run, batch.source_updates)}
        changed.update(apply_citation_drops(self.run, batch.citation_drops))
        for kind, count in changed.items():
            if count:
                self.updated[kind] += count
        # Relations are found by id with a scan of the edges (no index by id alone): one scan for all those the
        # batch retracts, and one statement writes them (an UNWIND update walks the edges once, not once each).
        wanted = sorted({r.id for r in batch.retractions if r.target == "relation"})
        rows = self.run(q.FETCH_RELATIONS_BY_ID, {"ids": wanted}) if wanted else []
        self.relations_by_id = {rel.id: rel for rel in (Relation.model_validate_json(row[0]) for row in rows)}
        for retraction in batch.retractions:
            self._retract(retraction)
        self._exec(q.UPDATE_RELATIONS, "rows", [relation_row(self.relations_by_id[i]) for i in sorted(self.retouched)])
        self.relations_by_id, self.retouched = {}, set()
        for mark in batch.review_marks:
            self._mark(mark)
        imported = [e for log in batch.retraction_logs for e in log.entries]
        if record_logs.append_retractions(self.run, [*self.applied, *imported]) and imported:
            self.updated["retraction_log"] += 1
        decisions = [*batch.review_decisions, *(d for log in batch.review_logs for d in log.decisions)]
        if record_logs.append_decisions(self.run, decisions):
            self.updated["review_log"] += 1
        self.terms.flush(self.run)
        report = WriteReport(created=dict(self.created), updated=dict(self.updated), retracted=self.retracted)
        if report.changed:
            return report.model_copy(update={"version": bump_version(self.run)})
        return report

    def _exec(self, query: q.Query, key: str, rows: Sequence[Any]) -> None:
        for chunk in _chunks(rows):
            self.run(query, {key: list(chunk)})

    def _fetch(self, query: q.Query, ids: Sequence[str]) -> list[str]:
        out: list[str] = []
        for chunk in _chunks(ids):
            out.extend(row[0] for row in self.run(query, {"ids": list(chunk)}))
        return out

    def _check_endpoints(self) -> None:
        batch = self.batch
        known = {e.id for e in batch.entities}
        needed: dict[EntityId, str] = {}
        for rel in batch.relations:
            for end in (rel.subject_id, rel.object_id):
                needed.setdefault(end, f"relation {rel.id} ({rel.type.value})")
        for event in batch.events:
            for end in event.involved:
                needed.setdefault(end, f"event {event.id}")
        for value in batch.attribute_values:
            needed.setdefault(value.entity_id, f"attribute value {value.id}")
        missing = [i for i in needed if i not in known]
        if missing:
            present = set(self._fetch(q.FETCH_ENTITY_IDS, missing))
            absent = [i for i in missing if i not in present]
            if absent:
                raise StoreError(f"{needed[absent[0]]} refers to unknown entity {absent[0]}; nothing was written")

    def _sources(self, sources: Sequence[Source]) -> None:
        existing = {Source.model_validate_json(d).id for d in self._fetch(q.FETCH_SOURCES, [s.id for s in sources])}
        rows = [
            {"id": s.id, "sha256": s.sha256, "loaded_at": s.loaded_at.isoformat(), "data": s.model_dump_json()}
            for s in sources
            if s.id not in existing
        ]
        self._exec(q.CREATE_SOURCES, "rows", rows)
        self.created["sources"] += len(rows)

    def _entities(self, entities: Sequence[Entity]) -> None:
        if not entities:
            return
        stored = {e.id: e for e in map(decode_entity, self._fetch(q.FETCH_ENTITIES, [e.id for e in entities]))}
        new: list[Entity] = []
        changed: list[Entity] = []
        for entity in entities:
            old = stored.get(entity.id)
            if old is None:
                new.append(entity)
            elif old.kind != entity.kind:
                raise StoreError(f"entity {entity.id} is stored as {old.kind} and cannot become {entity.kind}")
            else:
                merged = combine(old, entity)
                if merged != old:
                    changed.append(merged)
        self._exec(q.CREATE_ENTITIES, "rows", [entity_row(e) for e in new])
        self._exec(q.UPDATE_ENTITIES, "rows", [entity_row(e) for e in changed])
        for entity in new:
            self.terms.entity(entity, None)
        for entity in changed:
            self.terms.entity(entity, stored[entity.id])
        self.created["entities"] += len(new)
        self.updated["entities"] += len(changed)
        self._name_keys(new, changed)

    def _name_keys(self, new: Sequence[Entity], changed: Sequence[Entity]) -> None:
        """Links every name key of the entities written; only changed ones can have keys already (a
        look-up along an edge, one query per key on Ladybug, so new entities skip it)."""
        wanted = {(e.id, k) for e in [*new, *changed] for k in {normalize_key(n) for n in e.names} if k}
        if not wanted:
            return
        present: set[tuple[str, str]] = set()
        for chunk in _chunks([e.id for e in changed]):
            rows = run_keyed(self.run, q.FETCH_ENTITY_KEYS, q.FETCH_ENTITY_KEYS_ONE, "ids", chunk, None, self.per_key)
            present.update((i, k) for i, k in rows)
        missing = sorted(wanted - present)
        if not missing:
            return
        keys = sorted({k for _, k in missing})
        existing: set[str] = set()
        for chunk in _chunks(keys):
            existing.update(row[0] for row in self.run(q.FETCH_KEYS, {"keys": list(chunk)}))
        self._exec(q.CREATE_KEYS, "keys", [k for k in keys if k not in existing])
        self._exec(q.CREATE_NAMES, "rows", [{"id": i, "key": k} for i, k in missing])

    def _relations(self, relations: Sequence[Relation]) -> None:
        if not relations:
            return
        # Which relations exist is a primary-key look-up; only those are read, grouped by subject (a hub's
        # edges are walked once per batch).
        existing = set(self._fetch(q.FETCH_RELATION_IDS, [r.id for r in relations]))
        by_subject: dict[EntityId, list[str]] = defaultdict(list)
        for r in relations:
            if r.id in existing:
                by_subject[r.subject_id].append(r.id)
        lookups = [{"subject": subject, "ids": ids} for subject, ids in by_subject.items()]
        stored: dict[str, Relation] = {}
        for chunk in _chunks(lookups):
            for row in run_keyed(self.run, q.FETCH_RELATIONS, q.FETCH_RELATIONS_OF, "rows", chunk, None, self.per_key):
                rel = Relation.model_validate_json(row[0])
                stored[rel.id] = rel
        elsewhere = sorted(existing - stored.keys())
        if elsewhere:
            raise StoreError(f"relation {elsewhere[0]} already links other entities; ids must be stable")
        new, changed = _plan(relations, stored, "relation")
        self._exec(q.CREATE_RELATIONS, "rows", [relation_row(r) for r in new])
        self._exec(q.CREATE_RELATION_IDS, "ids", [r.id for r in new])
        self._exec(q.UPDATE_RELATIONS, "rows", [relation_row(r) for r in changed])
        self.created["relations"] += len(new)
        self.updated["relations"] += len(changed)

    def _events(self, events: Sequence[Event]) -> None:
        if not events:
            return
        stored = {e.id: e for e in map(Event.model_validate_json, self._fetch(q.FETCH_EVENTS, [e.id for e in events]))}
        new, changed = _plan(events, stored, "event")
        self._exec(q.CREATE_EVENTS, "rows", [event_row(e) for e in new])
        self._exec(q.UPDATE_EVENTS, "rows", [event_row(e) for e in changed])
        self.created["events"] += len(new)
        self.updated["events"] += len(changed)
        touched = [*new, *changed]
        linked: set[tuple[str, str]] = set()
        for chunk in _chunks([e.id for e in changed]):
            found = run_keyed(self.run, q.FETCH_INVOLVES, q.FETCH_INVOLVES_ONE, "ids", chunk, None, self.per_key)
            linked.update((v, e) for v, e in found)
        rows = [
            {"event": event.id, "entity": entity, "role": _role(event, entity)}
            for event in touched
            for entity in event.involved
            if (event.id, entity) not in linked
        ]
        self._exec(q.CREATE_INVOLVES, "rows", rows)

    def _attribute_values(self, values: Sequence[AttributeValue]) -> None:
        if not values:
            return
        stored = {
            v.id: v
            for v in map(
                AttributeValue.model_validate_json, self._fetch(q.FETCH_ATTRIBUTE_VALUES, [v.id for v in values])
            )
        }
        for value in values:
            old = stored.get(value.id)
            if old is not None and old.entity_id != value.entity_id:
                raise StoreError(f"attribute value {value.id} belongs to {old.entity_id}, not {value.entity_id}")
        new, changed = _plan(values, stored, "attribute value")
        self._exec(q.CREATE_ATTRIBUTE_VALUES, "rows", [attribute_row(v) for v in new])
        self._exec(q.UPDATE_ATTRIBUTE_VALUES, "rows", [attribute_row(v) for v in changed])
        self.created["attribute_values"] += len(new)
        self.updated["attribute_values"] += len(changed)

    def _merge_records(self, records: Sequence[MergeRecord]) -> None:
        if not records:
            return
        fetched = self._fetch(q.FETCH_MERGE_RECORDS, [r.id for r in records])
        stored = {m.id: m for m in map(MergeRecord.model_validate_json, fetched)}
        new = [r for r in records if r.id not in stored]
        changed = [r for r in records if r.id in stored and stored[r.id] != r]
        self._exec(q.CREATE_MERGE_RECORDS, "rows", [{"id": r.id, "data": r.model_dump_json()} for r in new])
        self._exec(q.UPDATE_MERGE_RECORDS, "rows", [{"id": r.id, "data": r.model_dump_json()} for r in changed])
        self.created["merge_records"] += len(new)
        self.updated["merge_records"] += len(changed)

    def _merge_candidates(self, candidates: Sequence[MergeCandidate]) -> None:
        if not candidates:
            return
        stored = set(self._fetch(q.FETCH_MERGE_CANDIDATES, [c.id for c in candidates]))
        stored_ids = {MergeCandidate.model_validate_json(d).id for d in stored}
        rows = [{"id": c.id, "data": c.model_dump_json()} for c in candidates if c.id not in stored_ids]
        self._exec(q.CREATE_MERGE_CANDIDATES, "rows", rows)
        self.created["merge_candidates"] += len(rows)

    def _load(self, target: str, record_id: str) -> Entity | Relation | Event | AttributeValue | None:
        if target == "entity":
            found = self._fetch(q.FETCH_ENTITIES, [record_id])
            return decode_entity(found[0]) if found else None
        if target == "relation":
            if record_id in self.relations_by_id:
                return self.relations_by_id[record_id]
            rows = self.run(q.FETCH_RELATIONS_BY_ID, {"ids": [record_id]})
            return Relation.model_validate_json(rows[0][0]) if rows else None
        if target == "event":
            found = self._fetch(q.FETCH_EVENTS, [record_id])
            return Event.model_validate_json(found[0]) if found else None
        found = self._fetch(q.FETCH_ATTRIBUTE_VALUES, [record_id])
        return AttributeValue.model_validate_json(found[0]) if found else None

    def _save(self, record: Entity | Relation | Event | AttributeValue) -> None:
        if isinstance(record, Relation) and record.id in self.relations_by_id:
            self.relations_by_id[record.id] = record  # written with the others after the retractions
            self.retouched.add(record.id)
        elif isinstance(record, Relation):
            self._exec(q.UPDATE_RELATIONS, "rows", [relation_row(record)])
        elif isinstance(record, Event):
            self._exec(q.UPDATE_EVENTS, "rows", [event_row(record)])
        elif isinstance(record, AttributeValue):
            self._exec(q.UPDATE_ATTRIBUTE_VALUES, "rows", [attribute_row(record)])
        else:
            self._exec(q.UPDATE_ENTITIES, "rows", [entity_row(record)])

    def _retract(self, retraction: Retraction) -> None:
        target = retraction.target
        record = self._load(target, retraction.id)
        if record is None:
            raise StoreError(f"cannot retract {target} {retraction.id}: no such {target}; nothing was written")
        after = retract(record, retraction)
        if after != record:
            self._save(after)
            self.retracted += 1
            self.applied.append(retraction)

    def _mark(self, mark: ReviewMark) -> None:
        record = self._load(mark.target, mark.id)
        if record is None or isinstance(record, EntityBase):
            raise StoreError(f"cannot review {mark.target} {mark.id}: no such {mark.target}; nothing was written")
        if record.review != mark.status:
            self._save(record.model_copy(update={"review": mark.status}))
            self.updated["reviews"] += 1


R = TypeVar("R", Relation, Event, AttributeValue)
E = TypeVar("E", bound=Entity | Relation | Event | AttributeValue | MergeRecord | MergeCandidate)


def _plan(records: Sequence[R], stored: dict[str, R], what: str) -> tuple[list[R], list[R]]:
    new: list[R] = []
    changed: list[R] = []
    for record in records:
        old = stored.get(record.id)
        if old is None:
            new.append(record)
            continue
        moved = (
            isinstance(old, Relation)
            and isinstance(record, Relation)
            and ((old.subject_id, old.object_id, old.type) != (record.subject_id, record.object_id, record.type))
        )
        if moved:
            raise StoreError(f"{what} {record.id} already links other entities; ids must be stable")
        merged = combine(old, record)
        if merged != old:
            changed.append(merged)
    return new, changed


def _last_by_id(records: Sequence[E]) -> list[E]:
    """One record per id; repeated ids in a batch are combined in order, as two writes would be."""
    out: dict[str, E] = {}
    for record in records:
        old = out.get(record.id)
        if old is None or isinstance(record, MergeRecord | MergeCandidate):
            out[record.id] = record
        else:
            out[record.id] = combine(old, record)  # type: ignore[type-var]
    return list(out.values())


def _role(event: Event, entity_id: EntityId) -> str:
    if entity_id == event.subject_id:
        return "subject"
    if entity_id == event.actor_id:
        return "actor"
    if entity_id in event.leads:
        return "lead"
    return "participant"
