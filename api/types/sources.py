"""Sources (loaded documents) and the evidence that cites them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import strawberry

from api.context import Info
from graph import model
from graph.dates import PartialDate


@strawberry.type
class Source:
    id: strawberry.ID
    title: str | None
    url: str | None
    publisher: str | None
    published_at: PartialDate | None
    format: str
    sha256: str
    loaded_at: dt.datetime
    path: str | None = strawberry.field(
        description="The file the document was loaded from (absolute, as the loader saw it); a new version loaded "
        "from the same path supersedes this one."
    )
    profile_id: str | None = strawberry.field(description="The profile's declared `id:`, which also names versions.")
    retracted_at: dt.datetime | None = strawberry.field(
        description="When the source was unloaded or superseded; null while it is loaded."
    )
    superseded_by: strawberry.ID | None = strawberry.field(
        description="The newer version of the document that superseded this one."
    )

    @classmethod
    def from_model(cls, source: model.Source) -> Source:
        return cls(
            id=strawberry.ID(source.id),
            title=source.title,
            url=source.url,
            publisher=source.publisher,
            published_at=source.published_at,
            format=source.format,
            sha256=source.sha256,
            loaded_at=source.loaded_at,
            path=source.path,
            profile_id=source.profile_id,
            retracted_at=source.retracted_at,
            superseded_by=strawberry.ID(source.superseded_by) if source.superseded_by else None,
        )


async def load_source(info: Info, source_id: str) -> Source:
    found = await info.context.loaders.source.load(source_id)
    if found is None:
        raise LookupError(f"evidence cites source {source_id}, which the store does not hold")
    return Source.from_model(found)


@strawberry.type
class Evidence:
    quote: str | None
    start: int | None
    end: int | None
    recorded_at: dt.datetime
    confidence: float
    rule: str | None = strawberry.field(
        description="The reader's rule behind an extracted statement; null for profiles."
    )
    source_id: strawberry.Private[str]

    @strawberry.field
    async def source(self, info: Info) -> Source:
        return await load_source(info, self.source_id)

    @classmethod
    def from_model(cls, evidence: model.Evidence) -> Evidence:
        return cls(
            quote=evidence.quote,
            start=evidence.start,
            end=evidence.end,
            recorded_at=evidence.recorded_at,
            confidence=evidence.confidence,
            rule=evidence.rule,
            source_id=evidence.source_id,
        )


def evidence_list(items: Iterable[model.Evidence]) -> list[Evidence]:
    """The citations in force (a citation dropped by an unload or a supersede is kept only for record time)."""
    return [Evidence.from_model(e) for e in model.cited(items)]


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class SourceConnection:
    nodes: list[Source]
    page_info: PageInfo
    total_count: int
