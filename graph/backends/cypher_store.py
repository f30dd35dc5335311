"""The GraphStore behaviour both Cypher backends share: its reads, and the door to the batch writer.

A backend supplies three things: how to run a query inside a write transaction, how to run one
for reading, and its dialect. Everything else lives once in this package, so the two backends cannot
drift apart: the reads of entities, statements, sources and logs here; paths and neighbourhoods in
path_reads.py; the upsert plan in batch_writer.py; row encoding in rows.py; provenance and the name
index in provenance.py and name_terms.py.
"""

from __future__ import annotations

import datetime as dt
import json
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from graph.backends import record_logs
from graph.backends.batch_writer import BatchWriter
from graph.backends.name_terms import NameIndexMixin
from graph.backends.path_reads import PathReads
from graph.backends.provenance import ProvenanceReads
from graph.backends.rows import Runner, decode_cursor, decode_entity, page_of, run_keyed
from graph.cypher import logs as lq
from graph.cypher import queries as q
from graph.cypher import upkeep as qu
from graph.dates import PartialDate, in_range
from graph.model import (
    AttributeValue,
    Direction,
    Entity,
    EntityId,
    EntityKind,
    Event,
    MergeCandidate,
    MergeRecord,
    Relation,
    Retraction,
    RetractionLog,
    ReviewDecision,
    ReviewLog,
    Source,
    StatementBatch,
    source_id,
    statement_target,
)
from graph.names import fold
from graph.store import (
    EventQuery,
    ExportRecord,
    GraphStats,
    NameEntry,
    OrganizationFilter,
    Page,
    RelationQuery,
    RelationView,
    WriteReport,
)
from graph.timeline import timeline_key
from graph.validity import Lifetime, lifetimes_of, relation_validity_in

T = TypeVar("T")


class CypherStore(ProvenanceReads, NameIndexMixin, PathReads, ABC):
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

    @abstractmethod
    def _in_batches(self, query: q.Query, params: dict[str, Any] | None = None) -> None:
        """Run whole-graph work that promises no atomicity: in bounded transactions where the backend needs them
        (Neo4j: the query's `CALL { ... } IN TRANSACTIONS` form, in an auto-commit transaction)."""

    def _index_relation_ids(self) -> None:
        """Stores written before RelationId existed get one per relation (on a read-write open); a run cut short
        is completed by the next one."""
        ids, relations = self._read_tx(
            lambda run: (run(qu.COUNT_RELATION_IDS)[0][0], run(qu.COUNT_ALL_RELATIONS)[0][0])
        )
        if ids < relations:
            self._in_batches(qu.BACKFILL_RELATION_IDS)

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
        return self._write_tx(lambda run: BatchWriter(run, batch, self.per_key).apply())

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
            live = {e.id: e for e in self._follow_merges({e.id: e for e in entities}).values()}
            result[key] = sorted(live.values(), key=lambda e: e.id)
        return result

    def current_entities(self, ids: Sequence[EntityId]) -> dict[EntityId, Entity]:
        return self._follow_merges(self.entities(ids, include_retracted=True))

    def _follow_merges(self, start: dict[EntityId, Entity]) -> dict[EntityId, Entity]:
        """For each id of `start`, the live entity its record leads to: itself, or the one it was merged into
        (chains followed, one read per step for all of them; cycles cut)."""
        live: dict[EntityId, Entity] = {}
        pending = dict(start)
        seen: dict[EntityId, set[EntityId]] = {origin: {origin} for origin in start}
        while pending:
            redirect: dict[EntityId, EntityId] = {}
            for origin, entity in pending.items():
                if entity.retracted_at is None:
                    live[origin] = entity
                elif entity.merged_into and entity.merged_into not in seen[origin]:
                    seen[origin].add(entity.merged_into)
                    redirect[origin] = entity.merged_into
            found = self.entities(sorted(set(redirect.values())), include_retracted=True) if redirect else {}
            pending = {origin: found[target] for origin, target in redirect.items() if target in found}
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
            return page_of(rows, first, total)

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
            events.sort(key=timeline_key)
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

    # --- sources and provenance

    def sources(self, ids: Sequence[str]) -> dict[str, Source]:
        if not ids:
            return {}
        rows = self._read(q.FETCH_SOURCES, {"ids": list(dict.fromkeys(ids))})
        found = (Source.model_validate_json(row[0]) for row in rows)
        return {s.id: s for s in found}

    def source_by_sha256(self, sha256: str) -> Source | None:
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
            return page_of(run(q.PAGE_SOURCES, params), first, total)

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
