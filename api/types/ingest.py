"""What loading one document through the API did."""

from __future__ import annotations

import strawberry

from api.types.sources import Source


@strawberry.type
class IngestReport:
    source: Source
    created: int
    linked: int
    statements: int
    candidates: int = strawberry.field(
        default=0, description="Of the statements, how many wait for review (confidence below CKG_REVIEW_BELOW)."
    )
    unchanged: bool
    warnings: list[str]
    superseded: int = strawberry.field(
        default=0, description="Statements of an earlier version of the document (same profile id) retracted."
    )
