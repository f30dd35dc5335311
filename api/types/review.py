"""The review queue over GraphQL: candidates, and the decisions on them (loaders/review.py does the work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

import strawberry

from api.context import Info
from api.errors import UserError
from api.mutations import authorize
from api.types.scalars import ReviewStatus
from api.types.sources import Source, load_source
from graph import model
from graph.errors import CkgError
from loaders import review

REVIEWER = "api"  # the key is shared: the log names the door a decision came through


@strawberry.type(description="A statement waiting for review: stored, but left out of answers unless asked.")
class ReviewCandidate:
    id: strawberry.ID
    kind: str = strawberry.field(description="relation, event or attribute")
    text: str = strawberry.field(description='The statement in words: "Fenwick Capital invested in Quorra Labs".')
    quote: str | None
    rule: str | None
    confidence: float
    recorded_at: dt.datetime | None
    source_id: strawberry.Private[str | None]

    @strawberry.field
    async def source(self, info: Info) -> Source | None:
        return None if self.source_id is None else await load_source(info, self.source_id)

    @classmethod
    def from_item(cls, item: review.ReviewItem) -> ReviewCandidate:
        return cls(
            id=strawberry.ID(item.id),
            kind=item.target,
            text=item.text,
            quote=item.quote,
            rule=item.rule,
            confidence=item.confidence,
            recorded_at=item.recorded_at,
            source_id=item.source_id,
        )


@strawberry.type(description="One entry of the review log.")
class ReviewDecision:
    id: strawberry.ID
    statement_id: strawberry.ID
    decision: str = strawberry.field(description="accept, reject, or requeue (a new source stated a rejected one)")
    by: str
    at: dt.datetime
    previous: ReviewStatus | None = strawberry.field(description="The status before it (undo sets it back).")
    note: str | None
    undone_at: dt.datetime | None
    undone_by: str | None

    @classmethod
    def from_model(cls, decision: model.ReviewDecision) -> ReviewDecision:
        return cls(
            id=strawberry.ID(decision.id),
            statement_id=strawberry.ID(decision.statement_id),
            decision=decision.decision,
            by=decision.by,
            at=decision.at,
            previous=decision.previous,
            note=decision.note,
            undone_at=decision.undone_at,
            undone_by=decision.undone_by,
        )


async def candidates(info: Info, limit: int) -> list[ReviewCandidate]:
    items = await info.context.run(review.review_queue, info.context.store)
    return [ReviewCandidate.from_item(i) for i in items[:limit]]


async def _one(info: Info, field: str, work: Callable[[], list[model.ReviewDecision]]) -> ReviewDecision:
    authorize(info)
    try:
        (decision,) = await info.context.run(work)
    except CkgError as exc:
        raise UserError(f"{field}: {exc}") from exc
    return ReviewDecision.from_model(decision)


async def decide(
    info: Info, field: str, statement_id: str, decision: Literal["accept", "reject"], note: str | None
) -> ReviewDecision:
    store = info.context.store
    return await _one(info, field, lambda: review.decide(store, [statement_id], decision, REVIEWER, note))


async def undo(info: Info, statement_id: str) -> ReviewDecision:
    store = info.context.store
    return await _one(info, "undoReview", lambda: review.undo(store, [statement_id], REVIEWER))
