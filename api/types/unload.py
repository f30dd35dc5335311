"""What unloading a source (or undoing it) changed."""

from __future__ import annotations

import strawberry

from api.types.sources import Source
from loaders import unload


@strawberry.type(description="One record an unload or its undo changed.")
class UnloadChange:
    action: str = strawberry.field(description="retracted, citation dropped, restored or citation restored")
    target: str = strawberry.field(description="entity, relation, event or attribute")
    id: strawberry.ID
    text: str = strawberry.field(description='The record as read: "Tencent INVESTED_IN Zhipu AI".')
    sources: list[strawberry.ID]


@strawberry.type
class UnloadReport:
    sources: list[Source]
    retracted: int
    citations_dropped: int
    restored: int
    citations_restored: int
    dry_run: bool
    changes: list[UnloadChange]

    @classmethod
    def from_report(cls, report: unload.UnloadReport) -> UnloadReport:
        return cls(
            sources=[Source.from_model(s) for s in report.sources],
            retracted=report.count("retracted"),
            citations_dropped=report.count("citation dropped"),
            restored=report.count("restored"),
            citations_restored=report.count("citation restored"),
            dry_run=report.dry_run,
            changes=[
                UnloadChange(
                    action=c.action,
                    target=c.target,
                    id=strawberry.ID(c.id),
                    text=c.text,
                    sources=[strawberry.ID(s) for s in c.source_ids],
                )
                for c in report.changes
            ],
        )
