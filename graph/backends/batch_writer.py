"""The batch writer: applies one StatementBatch inside an open write transaction, on every Cypher backend.

The plan follows ladybug-notes.md: fetch which ids exist, combine in Python with the upsert rules
(graph/upsert.py), then CREATE the new rows and SET the changed ones, each as one UNWIND statement
per chunk, all inside the caller's transaction. Retractions, review marks and citation drops change
the stored record the same way for every kind of record (graph/backends/rows.py, KINDS).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from graph.backends import record_logs
from graph.backends.name_terms import TermWriter, bump_version
from graph.backends.provenance import apply_citation_drops, update_sources
from graph.backends.rows import (
    KINDS,
    Runner,
    StoredRecord,
    attribute_row,
    chunks,
    decode_entity,
    entity_row,
    event_row,
    relation_row,
    run_keyed,
    target_of_record,
)
from graph.cypher import queries as q
from graph.model import (
    AttributeValue,
    Entity,
    EntityBase,
    EntityId,
    EntityPatch,
    Event,
    MergeCandidate,
    MergeRecord,
    Relation,
    Retraction,
    ReviewMark,
    Source,
    StatementBatch,
    Target,
)
from graph.names import normalize_key
from graph.store import StoreError, WriteReport
from graph.upsert import apply_patch, combine, retract

R = TypeVar("R", Relation, Event, AttributeValue)
E = TypeVar("E", bound=Entity | Relation | Event | AttributeValue | MergeRecord | MergeCandidate)


class BatchWriter:
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
        self._entities(batch.entities, batch.entity_patches)
        self._relations(last_by_id(batch.relations))
        self._events(last_by_id(batch.events))
        self._attribute_values(last_by_id(batch.attribute_values))
        self._merge_records(last_by_id(batch.merge_records))
        self._merge_candidates(last_by_id(batch.merge_candidates))
        changed = {"sources": update_sources(self.run, batch.source_updates)}
        changed.update(apply_citation_drops(self.run, batch.citation_drops))
        for kind, count in changed.items():
            if count:
                self.updated[kind] += count
        self._retractions(batch.retractions)
        for mark in batch.review_marks:
            self._mark(mark)
        self._logs()
        self.terms.flush(self.run)
        report = WriteReport(created=dict(self.created), updated=dict(self.updated), retracted=self.retracted)
        if report.changed:
            return report.model_copy(update={"version": bump_version(self.run)})
        return report

    def _logs(self) -> None:
        batch = self.batch
        imported = [e for log in batch.retraction_logs for e in log.entries]
        if record_logs.append_retractions(self.run, [*self.applied, *imported]) and imported:
            self.updated["retraction_log"] += 1
        decisions = [*batch.review_decisions, *(d for log in batch.review_logs for d in log.decisions)]
        if record_logs.append_decisions(self.run, decisions):
            self.updated["review_log"] += 1

    def _exec(self, query: q.Query, key: str, rows: Sequence[object]) -> None:
        for chunk in chunks(rows):
            self.run(query, {key: list(chunk)})

    def _fetch(self, query: q.Query, ids: Sequence[str]) -> list[str]:
        out: list[str] = []
        for chunk in chunks(ids):
            out.extend(row[0] for row in self.run(query, {"ids": list(chunk)}))
        return out

    def _check_endpoints(self) -> None:
        batch = self.batch
        known = set(batch.entity_ids)
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

    def _entities(self, entities: Sequence[Entity], patches: Sequence[EntityPatch]) -> None:
        """Whole records combine with the stored ones (graph/upsert.combine), then patches apply to the result
        (graph/upsert.apply_patch), in the batch's order; the stored records are read here, inside the
        transaction, with the write lock where the backend needs one (q.LOCK_ENTITIES)."""
        ids = list(dict.fromkeys([*(e.id for e in entities), *(p.id for p in patches)]))
        if not ids:
            return
        stored = {e.id: e for e in map(decode_entity, self._fetch(q.LOCK_ENTITIES, sorted(ids)))}
        current: dict[EntityId, Entity] = dict(stored)
        for record in [*entities, *patches]:
            old = current.get(record.id)
            if old is not None and old.kind != record.kind:
                raise StoreError(f"entity {record.id} is stored as {old.kind} and cannot become {record.kind}")
            if isinstance(record, EntityPatch):
                current[record.id] = apply_patch(old, record)
            else:
                current[record.id] = record if old is None else combine(old, record)
        new = [e for i, e in current.items() if i not in stored]
        changed = [e for i, e in current.items() if i in stored and e != stored[i]]
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
        for chunk in chunks([e.id for e in changed]):
            rows = run_keyed(self.run, q.FETCH_ENTITY_KEYS, q.FETCH_ENTITY_KEYS_ONE, "ids", chunk, None, self.per_key)
            present.update((i, k) for i, k in rows)
        missing = sorted(wanted - present)
        if not missing:
            return
        keys = sorted({k for _, k in missing})
        existing: set[str] = set()
        for chunk in chunks(keys):
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
        for chunk in chunks(lookups):
            for row in run_keyed(self.run, q.FETCH_RELATIONS, q.FETCH_RELATIONS_OF, "rows", chunk, None, self.per_key):
                rel = Relation.model_validate_json(row[0])
                stored[rel.id] = rel
        elsewhere = sorted(existing - stored.keys())
        if elsewhere:
            raise StoreError(f"relation {elsewhere[0]} already links other entities; ids must be stable")
        new, changed = plan(relations, stored, "relation")
        self._exec(q.CREATE_RELATIONS, "rows", [relation_row(r) for r in new])
        self._exec(q.CREATE_RELATION_IDS, "ids", [r.id for r in new])
        self._exec(q.UPDATE_RELATIONS, "rows", [relation_row(r) for r in changed])
        self.created["relations"] += len(new)
        self.updated["relations"] += len(changed)

    def _events(self, events: Sequence[Event]) -> None:
        if not events:
            return
        stored = {e.id: e for e in map(Event.model_validate_json, self._fetch(q.FETCH_EVENTS, [e.id for e in events]))}
        new, changed = plan(events, stored, "event")
        self._exec(q.CREATE_EVENTS, "rows", [event_row(e) for e in new])
        self._exec(q.UPDATE_EVENTS, "rows", [event_row(e) for e in changed])
        self.created["events"] += len(new)
        self.updated["events"] += len(changed)
        linked: set[tuple[str, str]] = set()
        for chunk in chunks([e.id for e in changed]):
            found = run_keyed(self.run, q.FETCH_INVOLVES, q.FETCH_INVOLVES_ONE, "ids", chunk, None, self.per_key)
            linked.update((v, e) for v, e in found)
        rows = [
            {"event": event.id, "entity": entity, "role": event.role_of(entity)}
            for event in [*new, *changed]
            for entity in event.involved
            if (event.id, entity) not in linked
        ]
        self._exec(q.CREATE_INVOLVES, "rows", rows)

    def _attribute_values(self, values: Sequence[AttributeValue]) -> None:
        if not values:
            return
        fetched = self._fetch(q.FETCH_ATTRIBUTE_VALUES, [v.id for v in values])
        stored = {v.id: v for v in map(AttributeValue.model_validate_json, fetched)}
        for value in values:
            old = stored.get(value.id)
            if old is not None and old.entity_id != value.entity_id:
                raise StoreError(f"attribute value {value.id} belongs to {old.entity_id}, not {value.entity_id}")
        new, changed = plan(values, stored, "attribute value")
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

    # --- changes to stored records: retractions and review marks

    def _retractions(self, retractions: Sequence[Retraction]) -> None:
        # Relations are found by id with a scan of the edges (no index by id alone): one scan for all those the
        # batch retracts, and one statement writes them (an UNWIND update walks the edges once, not once each).
        wanted = sorted({r.id for r in retractions if r.target == "relation"})
        rows = self.run(q.FETCH_RELATIONS_BY_ID, {"ids": wanted}) if wanted else []
        self.relations_by_id = {rel.id: rel for rel in (Relation.model_validate_json(row[0]) for row in rows)}
        for retraction in retractions:
            self._retract(retraction)
        self._exec(q.UPDATE_RELATIONS, "rows", [relation_row(self.relations_by_id[i]) for i in sorted(self.retouched)])
        self.relations_by_id, self.retouched = {}, set()

    def _load(self, target: Target, record_id: str) -> StoredRecord | None:
        if target == "relation" and record_id in self.relations_by_id:
            return self.relations_by_id[record_id]
        kind = KINDS[target]
        found = self.run(kind.fetch, {"ids": [record_id]})
        return kind.decode(found[0][0]) if found else None

    def _save(self, record: StoredRecord) -> None:
        if isinstance(record, Relation) and record.id in self.relations_by_id:
            self.relations_by_id[record.id] = record  # written with the others after the retractions
            self.retouched.add(record.id)
            return
        kind = KINDS[target_of_record(record)]
        self.run(kind.update, {"rows": [kind.row(record)]})

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


def plan(records: Sequence[R], stored: dict[str, R], what: str) -> tuple[list[R], list[R]]:
    """Which records are new and the stored ones after the others are combined in (those that change)."""
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


def last_by_id(records: Sequence[E]) -> list[E]:
    """One record per id; repeated ids in a batch are combined in order, as two writes would be."""
    out: dict[str, E] = {}
    for record in records:
        old = out.get(record.id)
        if old is None or isinstance(record, MergeRecord | MergeCandidate):
            out[record.id] = record
        else:
            out[record.id] = combine(old, record)  # type: ignore[type-var]
    return list(out.values())
