"""The retraction log and the review log, as both Cypher backends write and read them.

The batch writer appends to them in the transaction that applies the batch (an entry already there, the same
retraction or the same decision, is replaced, so a batch written twice changes nothing). Reads give each id's
entries oldest first; `known_statements` applies the record-time rule (graph/record_time.py) to a query's answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter

from graph.cypher import logs as lq
from graph.cypher.queries import Query
from graph.model import AttributeValue, Entity, Event, Relation, Retraction, ReviewDecision, ReviewStatus
from graph.record_time import as_known_at, record_known_at, review_status_at

Read = Callable[[Query, dict[str, Any] | None], list[list[Any]]]
M = TypeVar("M", bound=BaseModel)
S = TypeVar("S", Relation, Event, AttributeValue)
CHUNK = 5000

_RETRACTIONS: TypeAdapter[list[Retraction]] = TypeAdapter(list[Retraction])
_DECISIONS: TypeAdapter[list[ReviewDecision]] = TypeAdapter(list[ReviewDecision])


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


def _append(
    run: Read,
    queries: tuple[Query, Query, Query],
    adapter: TypeAdapter[list[M]],
    entries: Mapping[str, Sequence[M]],
    key: Callable[[M], Hashable],
    at: Callable[[M], dt.datetime],
) -> int:
    """Add each id's new entries to its log; returns how many logs were created or changed."""
    fetch, create, update = queries
    ids = sorted(i for i, items in entries.items() if items)
    stored: dict[str, list[M]] = {}
    for chunk in _chunks(ids):
        for log_id, data in run(fetch, {"ids": chunk}):
            stored[log_id] = adapter.validate_json(data)
    new_rows: list[dict[str, str]] = []
    changed_rows: list[dict[str, str]] = []
    for log_id in ids:
        old = stored.get(log_id)
        merged = {key(e): e for e in old or ()}
        merged.update((key(e), e) for e in entries[log_id])
        ordered = sorted(merged.values(), key=at)
        if ordered == old:
            continue
        row = {"id": log_id, "data": adapter.dump_json(ordered).decode()}
        (new_rows if old is None else changed_rows).append(row)
    for rows, query in ((new_rows, create), (changed_rows, update)):
        for i in range(0, len(rows), CHUNK):
            run(query, {"rows": rows[i : i + CHUNK]})
    return len(new_rows) + len(changed_rows)


def append_retractions(run: Read, applied: Sequence[Retraction]) -> int:
    """Log each applied Retraction under its record's id."""
    by_id: dict[str, list[Retraction]] = {}
    for retraction in applied:
        by_id.setdefault(retraction.id, []).append(retraction)
    queries = (lq.FETCH_RETRACTION_LOGS, lq.CREATE_RETRACTION_LOGS, lq.UPDATE_RETRACTION_LOGS)
    return _append(run, queries, _RETRACTIONS, by_id, lambda r: (r.at, r.restore), lambda r: r.at)


def append_decisions(run: Read, decisions: Sequence[ReviewDecision]) -> int:
    """Log each decision under its statement's id (a decision written again, e.g. undone, replaces itself)."""
    by_id: dict[str, list[ReviewDecision]] = {}
    for decision in decisions:
        by_id.setdefault(decision.statement_id, []).append(decision)
    queries = (lq.FETCH_REVIEW_LOGS, lq.CREATE_REVIEW_LOGS, lq.UPDATE_REVIEW_LOGS)
    return _append(run, queries, _DECISIONS, by_id, lambda d: d.id, lambda d: d.at)


def log_data(entries: Sequence[Retraction] | Sequence[ReviewDecision]) -> str:
    """A log's entries as the store keeps them in `data` (a JSON list, oldest first)."""
    if entries and isinstance(entries[0], ReviewDecision):
        return _DECISIONS.dump_json([e for e in entries if isinstance(e, ReviewDecision)]).decode()
    return _RETRACTIONS.dump_json([e for e in entries if isinstance(e, Retraction)]).decode()


def _read_logs(read: Read, query: Query, adapter: TypeAdapter[list[M]], ids: Sequence[str]) -> dict[str, list[M]]:
    """The log of each id (empty where none is kept), read in chunks."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, list[M]] = {i: [] for i in wanted}
    for chunk in _chunks(wanted):
        for log_id, data in read(query, {"ids": chunk}):
            found[log_id] = adapter.validate_json(data)
    return found


def read_retraction_logs(read: Read, ids: Sequence[str]) -> dict[str, list[Retraction]]:
    return _read_logs(read, lq.FETCH_RETRACTION_LOGS, _RETRACTIONS, ids)


def read_review_logs(read: Read, ids: Sequence[str] = ()) -> dict[str, list[ReviewDecision]]:
    if not ids:
        return {log_id: _DECISIONS.validate_json(data) for log_id, data in read(lq.ALL_REVIEW_LOGS, None)}
    return _read_logs(read, lq.FETCH_REVIEW_LOGS, _DECISIONS, ids)


def all_retraction_logs(read: Read) -> dict[str, list[Retraction]]:
    return {log_id: _RETRACTIONS.validate_json(data) for log_id, data in read(lq.ALL_RETRACTION_LOGS, None)}


def known_statements(
    read: Read,
    statements: Sequence[S],
    at: dt.datetime,
    include_candidates: bool,
    entities: Mapping[str, Entity] | None = None,
    ends: Callable[[S], Iterable[str]] = lambda _: (),
) -> dict[str, S]:
    """The statements the graph held at `at`, each as it was then, by id. With `entities`, a statement also
    needs every end `ends` names to have been held then (an end the mapping lacks never was)."""
    end_ids: set[str] = {i for statement in statements for i in ends(statement)}
    logs = read_retraction_logs(read, [*(s.id for s in statements), *sorted(end_ids)])
    reviews = read_review_logs(read, [s.id for s in statements if s.review is not None]) if statements else {}
    held: set[str] = set()
    if entities is not None:
        held = {i for i in end_ids if i in entities and record_known_at(entities[i], logs.get(i, []), at)}
    kept: dict[str, S] = {}
    for statement in statements:
        if not record_known_at(statement, logs.get(statement.id, []), at):
            continue
        if entities is not None and not all(i in held for i in ends(statement)):
            continue
        status = review_status_at(statement.review, reviews.get(statement.id, []), at)
        if status == ReviewStatus.CANDIDATE and not include_candidates:
            continue
        kept[statement.id] = as_known_at(statement, at).model_copy(update={"review": status})
    return kept
