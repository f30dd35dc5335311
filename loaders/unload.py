"""Taking a source back (unload) and putting it back exactly (undo), each one atomic write.

Unloading retracts every statement (relation, event, attribute value) and entity whose only support among
the live sources is the unloaded one, and drops its citation from those that other sources also support.
Nothing is deleted: retracted records keep their evidence and get `retracted_at` (the time of the unload), a
dropped citation stays in the evidence with the same `retracted_at` (record time still sees it);
the source itself is marked retracted and keeps an UnloadRecord of what was retracted and which citations
were dropped where, so that the undo restores the exact graph. An entity stays while a statement that
survives the unload still needs it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from graph.errors import ConflictError, InputError, NotFoundError
from graph.model import (
    AttributeValue,
    CitationDrop,
    Entity,
    EntityBase,
    Event,
    Relation,
    Retraction,
    Source,
    StatementBatch,
    Target,
    UnloadRecord,
    cited,
    target_of,
)
from graph.store import EventQuery, GraphStore, RelationQuery
from graph.upsert import drop_citation
from loaders.documents import content_sha256, decode
from loaders.resolve import forget_index

Statement = Relation | Event | AttributeValue
Action = Literal["retracted", "citation dropped", "restored", "citation restored"]
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_PAGE = 1000


@dataclass(frozen=True)
class Change:
    """One record an unload (or its undo) changes, readable: `Tencent INVESTED_IN Zhipu AI`."""

    action: Action
    target: Target
    id: str
    text: str
    source_ids: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "target": self.target,
            "id": self.id,
            "text": self.text,
            "sources": list(self.source_ids),
        }


@dataclass
class UnloadReport:
    sources: list[Source]
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False
    undo: bool = False

    def count(self, *actions: Action) -> int:
        return sum(1 for c in self.changes if c.action in actions)

    def summary(self) -> dict[str, Any]:
        return {
            "undo": self.undo,
            "dry_run": self.dry_run,
            "sources": [{"id": s.id, "title": s.title, "path": s.path, "sha256": s.sha256} for s in self.sources],
            "retracted": self.count("retracted"),
            "citations_dropped": self.count("citation dropped"),
            "restored": self.count("restored"),
            "citations_restored": self.count("citation restored"),
            "changes": [c.as_dict() for c in self.changes],
        }


@dataclass
class UnloadPlan:
    """The writes of an unload (or of the superseding part of a load), and the per-source logs for the undo."""

    at: dt.datetime
    retractions: list[Retraction] = field(default_factory=list)
    drops: list[CitationDrop] = field(default_factory=list)
    logs: dict[str, UnloadRecord] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)

    @property
    def retracted_statements(self) -> int:
        return sum(1 for r in self.retractions if r.target != "entity")

    @property
    def retracted_entities(self) -> list[str]:
        return [r.id for r in self.retractions if r.target == "entity"]


# --------------------------------------------------------------------------- finding sources


def describe(source: Source) -> str:
    where = f", {source.path}" if source.path else ""
    return f'{source.id} ("{source.title or "untitled"}"{where}, loaded {source.loaded_at:%Y-%m-%d %H:%M})'


def _all_sources(store: GraphStore) -> list[Source]:
    ids: list[str] = []
    after: str | None = None
    while True:
        page = store.list_sources(_PAGE, after)
        ids.extend(page.ids)
        if not page.has_next:
            break
        after = page.end_cursor
    found = store.sources(ids)
    return [found[i] for i in ids if i in found]


def _latest(versions: Sequence[Source]) -> Source | None:
    live = [s for s in versions if s.retracted_at is None]
    chosen = live or list(versions)
    return chosen[-1] if chosen else None


def find_source(store: GraphStore, ref: str, *, read_files: bool = True) -> Source:
    """The source a user names by id (`source:...`), file path, sha256 or title. A path names the version
    loaded from that file's current content, else the latest version loaded from that path. Without
    `read_files` (the API: no peeking at the server's files) a path is matched to the loaded paths only."""
    text = ref.strip()
    if not text:
        raise InputError("SOURCE is empty: give a source id, a file path, a sha256 or a title")
    if text.startswith("source:"):
        found = store.sources([text]).get(text)
        if found is None:
            raise NotFoundError(
                f'no source with id "{text}" (list them with `ckg query "{{ sources {{ nodes {{ id title }} }} }}"`)'
            )
        return found
    if _SHA256.fullmatch(text):
        by_sha = store.source_by_sha256(text.lower())
        if by_sha is not None:
            return by_sha
    path = Path(text).expanduser() if read_files else Path(text)
    if read_files and path.is_file():
        by_content = store.source_by_sha256(content_sha256(decode(path.read_bytes(), str(path))))
        if by_content is not None:
            return by_content
    by_path = _latest(store.sources_by_document(path=str(path.resolve())))
    if by_path is not None:
        return by_path
    return _by_title(store, text, read_files and path.is_file())


def _by_title(store: GraphStore, text: str, is_file: bool) -> Source:
    sources = _all_sources(store)
    matches = [s for s in sources if s.title and s.title.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = "; ".join(describe(s) for s in sorted(matches, key=lambda s: (s.loaded_at, s.id)))
        raise InputError(f'"{text}" is the title of {len(matches)} sources: {listed}. Give the id of one of them')
    if is_file:
        raise NotFoundError(f"{text}: this file (in its current content, or at this path) was never loaded")
    titles = [s.title for s in sources if s.title]
    close = difflib.get_close_matches(text, titles, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(t) for t in close)}?)" if close else ""
    raise NotFoundError(f'no loaded source matches "{text}" by id, file path, sha256 or title{hint}')


def find_sources(store: GraphStore, refs: Iterable[str], *, read_files: bool = True) -> list[Source]:
    found: dict[str, Source] = {}
    for ref in refs:
        source = find_source(store, ref, read_files=read_files)
        found.setdefault(source.id, source)
    if not found:
        raise InputError("give at least one SOURCE (a source id, a file path, a sha256 or a title)")
    return list(found.values())


# --------------------------------------------------------------------------- planning


def _sources_of(record: Statement | Entity) -> list[str]:
    """The sources a record cites now (a statement's dropped citations left out)."""
    if isinstance(record, Relation | Event | AttributeValue):
        return list(dict.fromkeys(e.source_id for e in cited(record.evidence)))
    return list(record.source_ids)


def citation_drops(record: Statement | Entity, source_ids: Sequence[str], at: dt.datetime) -> list[CitationDrop]:
    """The drops that take each of `source_ids` (in order) off the record as of `at` (an entity: with the
    position of the source id, for the undo); a source the record does not cite now gives none."""
    drops: list[CitationDrop] = []
    current = record
    target = target_of(record.id)
    for sid in source_ids:
        if sid not in _sources_of(current):
            continue
        positions = (current.source_ids.index(sid),) if isinstance(current, EntityBase) else ()
        drop = CitationDrop(target=target, id=record.id, source_id=sid, at=at, positions=positions)
        drops.append(drop)
        current = drop_citation(current, drop)
    return drops


def plan_unload(
    store: GraphStore, source_ids: Sequence[str], at: dt.datetime, keep: Collection[str] = ()
) -> UnloadPlan:
    """What unloading `source_ids` together changes. Records whose ids are in `keep` (a new version's
    statements, when superseding) only lose the citations, never their place in the graph."""
    unloading = sorted(set(source_ids))
    found = store.statements_by_source(unloading)
    # Only what cites an unloaded source now: a citation dropped earlier (a superseded version's) stays as it is.
    statements: dict[str, Statement] = {
        s.id: s for f in found.values() for s in f.statements if set(_sources_of(s)) & set(unloading)
    }
    entities: dict[str, Entity] = {e.id: e for f in found.values() for e in f.entities}
    cited = {sid for r in [*statements.values(), *entities.values()] for sid in _sources_of(r)}
    live = {i for i, s in store.sources(sorted(cited)).items() if s.retracted_at is None} - set(unloading)

    plan = UnloadPlan(at=at)
    retract: dict[str, Statement | Entity] = {}
    dropped: dict[str, list[CitationDrop]] = {}
    for sid_record in sorted(statements.values(), key=lambda r: r.id):
        if sid_record.id in keep or set(_sources_of(sid_record)) & live:
            dropped[sid_record.id] = citation_drops(sid_record, unloading, at)
        else:
            retract[sid_record.id] = sid_record
    orphans = {e.id for e in entities.values() if e.id not in keep and not set(e.source_ids) & live}
    needed = _still_needed(store, sorted(orphans), set(retract))
    for entity in sorted(entities.values(), key=lambda e: e.id):
        if entity.id in orphans and entity.id not in needed:
            retract[entity.id] = entity
        else:
            dropped[entity.id] = citation_drops(entity, unloading, at)

    per_source_retracted: dict[str, list[Retraction]] = defaultdict(list)
    per_source_dropped: dict[str, list[CitationDrop]] = defaultdict(list)
    for record_id, record in sorted(retract.items()):
        retraction = Retraction(target=target_of(record_id), id=record_id, at=at)
        plan.retractions.append(retraction)
        mine = tuple(s for s in unloading if s in _sources_of(record))
        for sid in mine:
            per_source_retracted[sid].append(retraction)
        plan.changes.append(Change("retracted", retraction.target, record_id, "", mine))
    for record_id, drops in sorted(dropped.items()):
        plan.drops.extend(drops)
        for drop in drops:
            per_source_dropped[drop.source_id].append(drop)
        if drops:
            sids = tuple(d.source_id for d in drops)
            plan.changes.append(Change("citation dropped", drops[0].target, record_id, "", sids))
    for sid in unloading:
        plan.logs[sid] = UnloadRecord(
            at=at, retracted=tuple(per_source_retracted[sid]), dropped=tuple(per_source_dropped[sid])
        )
    plan.changes = label_changes(store, plan.changes, {**statements, **entities})
    return plan


def _still_needed(store: GraphStore, entity_ids: Sequence[str], retracted: set[str]) -> set[str]:
    """The entities among `entity_ids` that a live statement outside `retracted` still refers to."""
    if not entity_ids:
        return set()
    needed: set[str] = set()
    # Statements waiting for review refer to their entities too (answers hide them; the graph holds them).
    for eid, views in store.relations(entity_ids, RelationQuery(include_candidates=True)).items():
        if any(v.relation.id not in retracted for v in views):
            needed.add(eid)
    for eid, events in store.events(entity_ids, EventQuery(include_candidates=True)).items():
        if any(e.id not in retracted for e in events):
            needed.add(eid)
    for eid, values in store.attribute_values(entity_ids, include_candidates=True).items():
        if any(v.id not in retracted for v in values):
            needed.add(eid)
    return needed


def label_changes(store: GraphStore, changes: Sequence[Change], records: dict[str, Any]) -> list[Change]:
    """The changes with their readable text, names looked up once."""
    missing = [c.id for c in changes if c.id not in records]
    if missing:
        records = {**records, **_records(store, missing)}
    ids = {i for c in changes for i in _ends(records.get(c.id))}
    names = {e.id: e.name for e in store.entities(sorted(ids), include_retracted=True).values()}
    labelled = [
        Change(c.action, c.target, c.id, _text(records.get(c.id), names) or c.id, c.source_ids) for c in changes
    ]
    return sorted(labelled, key=lambda c: (_ACTION_ORDER.index(c.action), _TARGET_ORDER.index(c.target), c.text, c.id))


_ACTION_ORDER = ("retracted", "citation dropped", "restored", "citation restored")
_TARGET_ORDER = ("relation", "event", "attribute", "entity")


def _records(store: GraphStore, ids: Sequence[str]) -> dict[str, Any]:
    """Live or retracted records by id, for labels (an attribute value is found only through a source that
    still cites it: the protocol reads them by entity)."""
    out: dict[str, Any] = dict(store.entities([i for i in ids if target_of(i) == "entity"], include_retracted=True))
    out.update(store.relations_by_id([i for i in ids if target_of(i) == "relation"]))
    out.update(store.events_by_id([i for i in ids if target_of(i) == "event"]))
    return out


def _ends(record: Any) -> tuple[str, ...]:
    if isinstance(record, Relation):
        return (record.subject_id, record.object_id)
    if isinstance(record, Event):
        return (record.subject_id,)
    if isinstance(record, AttributeValue):
        return (record.entity_id,)
    return ()


def _text(record: Any, names: dict[str, str]) -> str:
    if isinstance(record, Relation):
        return f"{names.get(record.subject_id, record.subject_id)} {record.type.value} " + names.get(
            record.object_id, record.object_id
        )
    if isinstance(record, Event):
        return f"{record.kind.value} {record.date or 'undated'}: {record.summary}"
    if isinstance(record, AttributeValue):
        shown = json.dumps(record.value, ensure_ascii=False) if not isinstance(record.value, str) else record.value
        return f"{names.get(record.entity_id, record.entity_id)} {record.attribute} = {shown}"
    if record is not None and hasattr(record, "kind"):
        return f"{record.name} ({record.kind.value.lower()})"
    return ""


# --------------------------------------------------------------------------- unload and undo


def unload_sources(
    store: GraphStore, refs: Iterable[str], *, dry_run: bool = False, read_files: bool = True
) -> UnloadReport:
    """Unload the named sources together in one atomic write (nothing with `dry_run`)."""
    sources = find_sources(store, refs, read_files=read_files)
    for source in sources:
        if source.retracted_at is not None:
            how = f"superseded by {source.superseded_by}" if source.superseded_by else "unloaded"
            raise ConflictError(f"{describe(source)} is already {how}")
    now = dt.datetime.now(dt.UTC)
    plan = plan_unload(store, [s.id for s in sources], now)
    report = UnloadReport(sources=sources, changes=plan.changes, dry_run=dry_run)
    if dry_run:
        return report
    updates = tuple(s.model_copy(update={"retracted_at": now, "unloaded": plan.logs[s.id]}) for s in sources)
    store.write(
        StatementBatch(source_updates=updates, citation_drops=tuple(plan.drops), retractions=tuple(plan.retractions))
    )
    forget_index(store)
    report.sources = list(updates)
    return report


def restore_sources(
    store: GraphStore, refs: Iterable[str], *, dry_run: bool = False, read_files: bool = True
) -> UnloadReport:
    """Undo the unload of the named sources exactly, in one atomic write (nothing with `dry_run`)."""
    sources = find_sources(store, refs, read_files=read_files)
    for source in sources:
        if source.superseded_by:
            raise ConflictError(
                f"{describe(source)} was superseded by {source.superseded_by} (a newer version of the document); "
                "load this version's file again to make it current"
            )
        if source.retracted_at is None or source.unloaded is None:
            raise ConflictError(f"{describe(source)} is loaded, not unloaded: nothing to undo")
    now = dt.datetime.now(dt.UTC)
    retractions: dict[str, Retraction] = {}
    drops: dict[str, list[CitationDrop]] = defaultdict(list)
    for source in sources:
        assert source.unloaded is not None
        for r in source.unloaded.retracted:
            retractions.setdefault(r.id, Retraction(target=r.target, id=r.id, at=now, restore=True))
        for d in source.unloaded.dropped:
            drops[d.id].append(d.model_copy(update={"restore": True}))
    # A joint unload dropped a record's citations in source-id order; putting them back in reverse order
    # returns every citation to the place it had.
    restores = [
        d for record_id in sorted(drops) for d in sorted(drops[record_id], key=lambda d: d.source_id, reverse=True)
    ]
    changes = [Change("restored", r.target, r.id, "", ()) for r in retractions.values()]
    changes += [Change("citation restored", d.target, d.id, "", (d.source_id,)) for d in restores]
    cited = store.statements_by_source([s.id for s in sources], include_retracted=True)
    known = {r.id: r for found in cited.values() for r in (*found.statements, *found.entities)}
    report = UnloadReport(sources=sources, changes=label_changes(store, changes, known), dry_run=dry_run, undo=True)
    if dry_run:
        return report
    updates = tuple(s.model_copy(update={"retracted_at": None, "unloaded": None}) for s in sources)
    store.write(
        StatementBatch(source_updates=updates, citation_drops=tuple(restores), retractions=tuple(retractions.values()))
    )
    forget_index(store)
    report.sources = list(updates)
    return report
