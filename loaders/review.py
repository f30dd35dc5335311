"""The review queue: extracted statements the graph is not sure of wait for a person's decision.

A statement whose best evidence is below `CKG_REVIEW_BELOW` is written as a candidate (ReviewStatus.CANDIDATE):
kept with its evidence, left out of answers unless asked. A reviewer accepts it (a fact from then on) or rejects
it (retracted, and kept from coming back from the sources it cited). Every decision is one atomic write, logged
(who, when, what, the sources it covered) and reversible with `undo`, which sets back the status it found.
When a load states a rejected statement again, evidence from the sources the rejection covered (and from new versions
of their documents: same path or profile id) is dropped; a statement only such sources state is not written at all,
and one a new source states comes back to the queue.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.errors import ConflictError, InputError, NotFoundError
from graph.model import (
    AttributeValue,
    Event,
    Relation,
    Retraction,
    ReviewDecision,
    ReviewMark,
    ReviewStatus,
    Source,
    StatementBatch,
    StatementTarget,
    cited,
    statement_target,
)
from graph.names import short_hash
from graph.store import GraphStore
from graph.validity import Validity
from graph.wording import relation_text

Statement = Relation | Event | AttributeValue
# Measured by benchmarks/review_threshold.py on a batch scored before the reader saw it (RESULTS.md): the most
# precise stored facts that keep at least half the recall of storing everything (wave17: 0.926 against 0.833).
DEFAULT_REVIEW_BELOW = 0.85  # benchmarks/review_threshold.py on fresh batches (README, RESULTS.md)


class ReviewSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CKG_", env_file=".env", extra="ignore")

    # Extracted statements whose confidence is below this are stored as review candidates; 0 stores every one
    # as a fact, 1 sends every extracted one (profiles state theirs at 1.0) to review.
    review_below: float = Field(default=DEFAULT_REVIEW_BELOW, ge=0.0, le=1.0)


class ReviewItem(BaseModel):
    """One candidate as a reviewer sees it."""

    id: str
    target: StatementTarget
    text: str
    quote: str | None
    rule: str | None
    confidence: float
    source_id: str | None
    source_title: str | None
    recorded_at: dt.datetime | None


def confidence_of(statement: Statement) -> float:
    """A statement is as sure as its best evidence (a statement without evidence was stated outright)."""
    return max((e.confidence for e in cited(statement.evidence)), default=1.0)


def mark_candidates(batch: StatementBatch, below: float) -> StatementBatch:
    """The batch with every statement below the threshold marked as a review candidate."""

    def marked(statements: Sequence[Statement]) -> tuple[Statement, ...]:
        return tuple(
            s.model_copy(update={"review": ReviewStatus.CANDIDATE}) if confidence_of(s) < below else s
            for s in statements
        )

    return batch.model_copy(
        update={
            "relations": marked(batch.relations),
            "events": marked(batch.events),
            "attribute_values": marked(batch.attribute_values),
        }
    )


def candidate_count(batch: StatementBatch) -> int:
    statements: list[Statement] = [*batch.relations, *batch.events, *batch.attribute_values]
    return sum(s.review == ReviewStatus.CANDIDATE for s in statements)


def _covered(decisions: Sequence[ReviewDecision]) -> set[str]:
    """The sources the statement's standing rejection covers (every live rejection's and requeue's sources)."""
    live = [d for d in decisions if d.undone_at is None]
    return {s for d in live if d.decision in ("reject", "requeue") for s in d.source_ids}


def _same_document(store: GraphStore, source: Source | None, covered: set[str]) -> set[str]:
    """The covered sources that are earlier versions of `source`'s document (same path or declared profile id)."""
    if source is None or not (source.path or source.profile_id):
        return set()
    found = store.sources(sorted(covered))
    return {
        i
        for i, s in found.items()
        if (source.path and s.path == source.path) or (source.profile_id and s.profile_id == source.profile_id)
    }


def keep_rejections(store: GraphStore, batch: StatementBatch, now: dt.datetime) -> tuple[StatementBatch, list[str]]:
    """The batch without what rejections keep out, and warnings saying what happened (see the module's rules)."""
    incoming: list[Statement] = [*batch.relations, *batch.events, *batch.attribute_values]
    # Every rejection is logged (`decide`): only statements with a review log can be rejected. The logs are read
    # by key; reading the statements themselves finds relations by an edge property, a scan of every relation
    # (1.1 s of a 1.4 s profile load at 100k organisations), so only those few are read.
    reviewed = [i for i, log in store.review_log([s.id for s in incoming]).items() if log] if incoming else []
    stored = store.statements(reviewed) if reviewed else {}
    rejected = [s.id for s in stored.values() if s.review == ReviewStatus.REJECTED]
    if not rejected:
        return batch, []
    logs = store.review_log(rejected)
    same_document = _same_document(store, batch.source, {s for log in logs.values() for s in _covered(log)})
    kept: dict[str, Statement] = {}
    extra = StatementBatch()
    dropped = 0
    warnings: list[str] = []
    for statement in incoming:
        if statement.id not in logs:
            continue
        covered = _covered(logs[statement.id])
        if batch.source is not None and covered & same_document:
            covered.add(batch.source.id)  # a new version of a document the rejection covered: the same source
        fresh = tuple(e for e in statement.evidence if e.source_id not in covered)
        if not fresh:
            dropped += 1
            continue
        target = statement_target(statement.id)
        assert target is not None
        sources = tuple(dict.fromkeys(e.source_id for e in fresh))
        kept[statement.id] = statement.model_copy(update={"evidence": fresh, "review": ReviewStatus.CANDIDATE})
        extra = extra.model_copy(
            update={
                "retractions": (*extra.retractions, Retraction(target=target, id=statement.id, at=now, restore=True)),
                "review_marks": (
                    *extra.review_marks,
                    ReviewMark(target=target, id=statement.id, status=ReviewStatus.CANDIDATE),
                ),
                "review_decisions": (
                    *extra.review_decisions,
                    _decision(statement.id, "requeue", "load", now, ReviewStatus.REJECTED, sources),
                ),
            }
        )
        warnings.append(f"{statement.id} was rejected in review; a new source states it: back in the review queue")
    if dropped:
        warnings.insert(0, f"{dropped} statement(s) rejected in review were left out (stated again by their source)")

    def keep(statements: Sequence[Statement]) -> tuple[Statement, ...]:
        return tuple(kept.get(s.id, s) for s in statements if s.id not in logs or s.id in kept)

    filtered = batch.model_copy(
        update={
            "relations": keep(batch.relations),
            "events": keep(batch.events),
            "attribute_values": keep(batch.attribute_values),
            "retractions": (*batch.retractions, *extra.retractions),
            "review_marks": (*batch.review_marks, *extra.review_marks),
            "review_decisions": (*batch.review_decisions, *extra.review_decisions),
        }
    )
    return filtered, warnings


def _decision(
    statement_id: str,
    decision: Literal["accept", "reject", "requeue"],
    by: str,
    at: dt.datetime,
    previous: ReviewStatus | None,
    sources: tuple[str, ...],
    note: str | None = None,
) -> ReviewDecision:
    target = statement_target(statement_id)
    assert target is not None
    return ReviewDecision(
        id=f"review:{short_hash(statement_id, decision, at.isoformat())}",
        target=target,
        statement_id=statement_id,
        decision=decision,
        by=by,
        at=at,
        previous=previous,
        source_ids=sources,
        note=note,
    )


def reviewer() -> str:
    """Who decides, for the log: the login name of the person running the command."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _statements(store: GraphStore, ids: Sequence[str]) -> dict[str, Statement]:
    if not ids:
        raise InputError("give the ids of the statements to decide on (ckg review lists them)")
    for statement_id in ids:
        if statement_target(statement_id) is None:
            raise InputError(f'"{statement_id}" is not a statement id (rel:..., event:..., attr:...)')
    found = store.statements(ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"no statement with id {missing[0]}")
    return found


def decide(
    store: GraphStore,
    ids: Sequence[str],
    decision: Literal["accept", "reject"],
    by: str | None = None,
    note: str | None = None,
) -> list[ReviewDecision]:
    """Accept or reject statements in one atomic write. Accepting takes a candidate; rejecting takes any live
    statement (a candidate, an accepted one, or a fact found wrong)."""
    found = _statements(store, list(dict.fromkeys(ids)))
    now = dt.datetime.now(dt.UTC)
    decisions: list[ReviewDecision] = []
    marks: list[ReviewMark] = []
    retractions: list[Retraction] = []
    for statement_id, statement in found.items():
        target = statement_target(statement_id)
        assert target is not None
        if statement.retracted_at is not None:
            state = "rejected" if statement.review == ReviewStatus.REJECTED else "retracted"
            raise ConflictError(f"{statement_id} is {state}; `ckg review undo {statement_id}` takes a rejection back")
        if decision == "accept" and statement.review != ReviewStatus.CANDIDATE:
            state = "accepted" if statement.review == ReviewStatus.ACCEPTED else "a fact (not a candidate)"
            raise ConflictError(f"{statement_id} is already {state}")
        sources = tuple(dict.fromkeys(e.source_id for e in cited(statement.evidence)))
        decisions.append(_decision(statement_id, decision, by or reviewer(), now, statement.review, sources, note))
        status = ReviewStatus.ACCEPTED if decision == "accept" else ReviewStatus.REJECTED
        marks.append(ReviewMark(target=target, id=statement_id, status=status))
        if decision == "reject":
            retractions.append(Retraction(target=target, id=statement_id, at=now))
    store.write(
        StatementBatch(review_decisions=tuple(decisions), review_marks=tuple(marks), retractions=tuple(retractions))
    )
    return decisions


def undo(store: GraphStore, ids: Sequence[str], by: str | None = None) -> list[ReviewDecision]:
    """Take back the latest decision on each statement (one atomic write): the status it found comes back, and a
    rejected statement is restored. Returns the decisions undone."""
    found = _statements(store, list(dict.fromkeys(ids)))
    logs = store.review_log(list(found))
    now = dt.datetime.now(dt.UTC)
    undone: list[ReviewDecision] = []
    marks: list[ReviewMark] = []
    retractions: list[Retraction] = []
    for statement_id in found:
        live = [d for d in logs.get(statement_id, []) if d.undone_at is None]
        if not live:
            raise ConflictError(f"{statement_id} has no decision to undo")
        last = live[-1]
        undone.append(last.model_copy(update={"undone_at": now, "undone_by": by or reviewer()}))
        marks.append(ReviewMark(target=last.target, id=statement_id, status=last.previous))
        if last.decision == "reject":
            retractions.append(Retraction(target=last.target, id=statement_id, at=now, restore=True))
        elif last.decision == "requeue":  # back to the rejection it lifted
            retractions.append(Retraction(target=last.target, id=statement_id, at=now))
    store.write(
        StatementBatch(review_decisions=tuple(undone), review_marks=tuple(marks), retractions=tuple(retractions))
    )
    return undone


def review_queue(store: GraphStore) -> list[ReviewItem]:
    """Every candidate with what a reviewer needs, least sure first (then by source and position)."""
    candidates = store.candidates()
    entity_ids = {
        i
        for s in candidates
        for i in (
            (s.subject_id, s.object_id)
            if isinstance(s, Relation)
            else (s.entity_id,)
            if isinstance(s, AttributeValue)
            else (s.subject_id,)
        )
    }
    names = {i: e.name for i, e in store.entities(sorted(entity_ids), include_retracted=True).items()}
    sources = store.sources(sorted({e.source_id for s in candidates for e in s.evidence}))
    items = []
    for statement in candidates:
        best = max(cited(statement.evidence), key=lambda e: e.confidence, default=None)
        source = sources.get(best.source_id) if best else None
        target = statement_target(statement.id)
        assert target is not None
        items.append(
            ReviewItem(
                id=statement.id,
                target=target,
                text=_text(statement, names),
                quote=best.quote if best else None,
                rule=best.rule if best else None,
                confidence=confidence_of(statement),
                source_id=best.source_id if best else None,
                source_title=source.title if source else None,
                recorded_at=statement.recorded_at,
            )
        )
    position = {s.id: min((e.start or 0 for e in s.evidence), default=0) for s in candidates}
    return sorted(items, key=lambda i: (i.confidence, i.source_title or "", position[i.id], i.id))


def _text(statement: Statement, names: dict[str, str]) -> str:
    if isinstance(statement, Relation):
        subject = names.get(statement.subject_id, statement.subject_id)
        object_ = names.get(statement.object_id, statement.object_id)
        return relation_text(statement, subject, object_, Validity(valid_to=statement.valid_to))
    if isinstance(statement, Event):
        subject = names.get(statement.subject_id, statement.subject_id)
        return statement.summary if subject in statement.summary else f"{subject}: {statement.summary}"
    return f"{names.get(statement.entity_id, statement.entity_id)} {statement.attribute}: {statement.value}"


def decisions(store: GraphStore, ids: Sequence[str] = ()) -> list[ReviewDecision]:
    """The review log (of the given statements, or all of it), oldest first."""
    logs = store.review_log(list(ids))
    return sorted((d for entries in logs.values() for d in entries), key=lambda d: (d.at, d.id))
