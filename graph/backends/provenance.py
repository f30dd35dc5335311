"""Provenance for the Cypher backends: the reads behind unload and supersede (what cites a source, the
versions of a document, which of a batch's records are retracted) and the writes of citation drops and
source updates inside a batch's transaction. Both backends share this text; only graph/cypher differs."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from graph.backends.rows import KINDS, decode_entity
from graph.cypher import provenance as pq
from graph.cypher import queries as q
from graph.model import AttributeValue, CitationDrop, Event, Relation, Source, StatementBatch, Target
from graph.store import SourceStatements, StoreError
from graph.upsert import drop_citation

T = TypeVar("T")
Runner = Callable[..., list[list[Any]]]


def needle(value: str) -> str:
    """The JSON text of a string value as the records' `data` holds it."""
    return json.dumps(value, ensure_ascii=False)


class ProvenanceReads:
    """Mixed into CypherStore: reads by source, by document and by retracted state."""

    per_key: bool

    def _read_tx(self, work: Callable[[Runner], T]) -> T:
        raise NotImplementedError

    def statements_by_source(
        self, source_ids: Sequence[str], include_retracted: bool = False
    ) -> dict[str, SourceStatements]:
        wanted = list(dict.fromkeys(source_ids))

        def work(run: Runner) -> dict[str, SourceStatements]:
            out: dict[str, SourceStatements] = {}
            for sid in wanted:
                params = {"needle": needle(sid), "include_retracted": include_retracted}
                entities = [decode_entity(r[0]) for r in run(pq.ENTITIES_CITING, params)]
                relations = [Relation.model_validate_json(r[0]) for r in run(pq.RELATIONS_CITING, params)]
                events = [Event.model_validate_json(r[0]) for r in run(pq.EVENTS_CITING, params)]
                values = [AttributeValue.model_validate_json(r[0]) for r in run(pq.ATTRIBUTE_VALUES_CITING, params)]
                out[sid] = SourceStatements(
                    entities=tuple(sorted((e for e in entities if sid in e.source_ids), key=lambda e: e.id)),
                    relations=_citing(relations, sid),
                    events=_citing(events, sid),
                    attribute_values=_citing(values, sid),
                )
            return out

        return self._read_tx(work)

    def sources_by_document(self, path: str | None = None, profile_id: str | None = None) -> list[Source]:
        def work(run: Runner) -> list[Source]:
            found: dict[str, Source] = {}
            for field, value in (("path", path), ("profile_id", profile_id)):
                if not value:
                    continue
                for row in run(pq.SOURCES_CONTAINING, {"needle": needle(value)}):
                    source = Source.model_validate_json(row[0])
                    if getattr(source, field) == value:
                        found[source.id] = source
            return sorted(found.values(), key=lambda s: (s.loaded_at, s.id))

        return self._read_tx(work)

    def retracted_among(self, batch: StatementBatch) -> set[str]:
        def ids_of(run: Runner, query: q.Query, ids: Sequence[str]) -> set[str]:
            return {row[0] for row in run(query, {"ids": list(ids)})} if ids else set()

        def work(run: Runner) -> set[str]:
            found = ids_of(run, pq.RETRACTED_ENTITIES, list(batch.entity_ids))
            found |= ids_of(run, pq.RETRACTED_EVENTS, [e.id for e in batch.events])
            found |= ids_of(run, pq.RETRACTED_ATTRIBUTE_VALUES, [v.id for v in batch.attribute_values])
            existing = ids_of(run, q.FETCH_RELATION_IDS, [r.id for r in batch.relations])
            by_subject: dict[str, list[str]] = defaultdict(list)
            for rel in batch.relations:
                if rel.id in existing:
                    by_subject[rel.subject_id].append(rel.id)
            rows = [{"subject": s, "ids": ids} for s, ids in by_subject.items()]
            if rows and self.per_key:
                for row in rows:
                    found.update(r[0] for r in run(pq.RETRACTED_RELATIONS_OF, row))
            elif rows:
                found.update(r[0] for r in run(pq.RETRACTED_RELATIONS, {"rows": rows}))
            return found

        return self._read_tx(work)


S = TypeVar("S", Relation, Event, AttributeValue)


def _citing(records: Sequence[S], source_id: str) -> tuple[S, ...]:
    kept = (r for r in records if any(e.source_id == source_id for e in r.evidence))
    return tuple(sorted(kept, key=lambda r: r.id))


# --------------------------------------------------------------------------- writes (inside a transaction)


def update_sources(run: Runner, sources: Sequence[Source]) -> int:
    """Replace stored sources by the given records (an unload marks its source, an undo puts it back)."""
    if not sources:
        return 0
    ids = [s.id for s in sources]
    stored = {Source.model_validate_json(r[0]).id: r[0] for r in run(q.FETCH_SOURCES, {"ids": ids})}
    missing = [i for i in ids if i not in stored]
    if missing:
        raise StoreError(f"cannot update source {missing[0]}: no such source; nothing was written")
    rows = [{"id": s.id, "data": s.model_dump_json()} for s in sources if stored[s.id] != s.model_dump_json()]
    if rows:
        run(q.UPDATE_SOURCES, {"rows": rows})
    return len(rows)


def apply_citation_drops(run: Runner, drops: Sequence[CitationDrop]) -> dict[str, int]:
    """Apply citation drops (and restores) in order, each record fetched once and written once; returns
    the number of records changed per record type."""
    if not drops:
        return {}
    records: dict[str, Any] = {}
    targets: tuple[Target, ...] = ("entity", "relation", "event", "attribute")
    for target in targets:
        ids = sorted({d.id for d in drops if d.target == target})
        for row in run(KINDS[target].fetch, {"ids": ids}) if ids else ():
            record = KINDS[target].decode(row[0])
            records[record.id] = record
    original = dict(records)
    for drop in drops:
        if drop.id not in records:
            raise StoreError(f"cannot change the citations of {drop.target} {drop.id}: no such {drop.target}")
        records[drop.id] = drop_citation(records[drop.id], drop)
    changed: dict[str, int] = defaultdict(int)
    for target in targets:
        kind = KINDS[target]
        ids = sorted({d.id for d in drops if d.target == target})
        rows = [kind.row(records[i]) for i in ids if records[i] != original[i]]
        if rows:
            run(kind.update, {"rows": rows})
            changed[kind.counted_as] += len(rows)
    return dict(changed)
