"""The record-time rule (knownAt): what the graph held at a moment, as one function every backend applies.

Valid time (graph/validity.py, `asOf`) says when a statement was true in the world; record time says when the
graph believed it. Nothing is erased: a retraction sets `retracted_at` and every applied Retraction (a
retraction or a restore, each with its real `at`) is kept in the store's retraction log. So:

- A record is known at T when it was recorded at or before T (an unknown recording time bounds nothing) and its
  latest log entry at or before T is not a retraction. Before its first entry it was in the state that entry
  changed: live when the first entry retracts it, retracted when the first entry restores it.
- A record whose log is empty (written before the log existed) falls back to `retracted_at`: known until then.
- A statement known at T is answered as it was then: only the evidence recorded by T, not retracted.
- Its review status at T follows the review log: the latest decision taken by T and not undone by then;
  before any decision, the status the first decision found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from graph.model import AttributeValue, EntityBase, Event, Relation, Retraction, ReviewDecision, ReviewStatus

Record = TypeVar("Record", bound=EntityBase | Relation | Event | AttributeValue)
Statement = TypeVar("Statement", Relation, Event, AttributeValue)

_AFTER: dict[str, ReviewStatus] = {
    "accept": ReviewStatus.ACCEPTED,
    "reject": ReviewStatus.REJECTED,
    "requeue": ReviewStatus.CANDIDATE,
}


def recorded_at(record: EntityBase | Relation | Event | AttributeValue) -> dt.datetime | None:
    """When the graph first learned the record: its recorded_at, else its earliest evidence."""
    if record.recorded_at is not None:
        return record.recorded_at
    evidence = getattr(record, "evidence", ())
    return min((e.recorded_at for e in evidence), default=None)


def known_at(
    recorded: dt.datetime | None, retracted: dt.datetime | None, log: Sequence[Retraction], at: dt.datetime
) -> bool:
    """Was a record with this recording time, current retraction and retraction log held at `at`?"""
    if recorded is not None and recorded > at:
        return False
    entries = sorted(log, key=lambda r: r.at)
    if not entries:
        return retracted is None or retracted > at
    before = [r for r in entries if r.at <= at]
    if before:
        return before[-1].restore
    return not entries[0].restore


def record_known_at(record: Record, log: Sequence[Retraction], at: dt.datetime) -> bool:
    return known_at(recorded_at(record), record.retracted_at, log, at)


def as_known_at(statement: Statement, at: dt.datetime) -> Statement:
    """The statement as the graph held it at `at` (call only when it was known then): the evidence recorded
    by then and not dropped by then, not retracted."""
    evidence = tuple(
        e.model_copy(update={"retracted_at": None})
        for e in statement.evidence
        if e.recorded_at <= at and (e.retracted_at is None or e.retracted_at > at)
    )
    return statement.model_copy(update={"evidence": evidence, "retracted_at": None})


def review_status_at(
    current: ReviewStatus | None, decisions: Sequence[ReviewDecision], at: dt.datetime
) -> ReviewStatus | None:
    """The statement's review status at `at`, from its review log (see the module's rules)."""
    if not decisions:
        return current
    ordered = sorted(decisions, key=lambda d: d.at)
    taken = [d for d in ordered if d.at <= at and (d.undone_at is None or d.undone_at > at)]
    return _AFTER[taken[-1].decision] if taken else ordered[0].previous
