"""What a load reports: per document (created, linked, statements, warnings, the error that failed it) and in all."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.model import Source, StatementBatch


class DocumentReport(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str | None = None
    source: Source | None = None
    created: int = 0  # new entities
    linked: int = 0  # mentions resolved to entities the graph (or this load) already had
    statements: int = 0  # relations, events and attribute values
    candidates: int = 0  # of them, stored for review (confidence below CKG_REVIEW_BELOW)
    unchanged: bool = False
    superseded: int = 0  # statements of an earlier version of the document that this one no longer makes
    superseded_sources: list[str] = Field(default_factory=list)  # the earlier versions it superseded
    restored: int = 0  # statements and entities stated again after an unload or a supersede had taken them back
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    # The exception behind `error` when it is a defect of ckg (not a CkgError): the CLI and the API report it as
    # an internal error with an id and its traceback, never as the document's fault.
    defect: Exception | None = Field(default=None, exclude=True)
    batch: StatementBatch | None = Field(default=None, exclude=True)  # what was (or would be) written
    stale_index: bool = Field(default=False, exclude=True)  # entities were retracted: a shared index must go

    @property
    def failed(self) -> bool:
        return self.error is not None

    def summary(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude={"batch", "defect"})


class LoadReport(BaseModel):
    documents: list[DocumentReport] = Field(default_factory=list)
    dry_run: bool = False

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.failed]

    @property
    def created(self) -> int:
        return sum(d.created for d in self.documents)

    @property
    def linked(self) -> int:
        return sum(d.linked for d in self.documents)

    @property
    def statements(self) -> int:
        return sum(d.statements for d in self.documents)

    @property
    def candidates(self) -> int:
        return sum(d.candidates for d in self.documents)

    @property
    def unchanged(self) -> int:
        return sum(d.unchanged for d in self.documents)

    @property
    def superseded(self) -> int:
        return sum(d.superseded for d in self.documents)

    def summary(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "created": self.created,
            "linked": self.linked,
            "statements": self.statements,
            "candidates": self.candidates,
            "unchanged": self.unchanged,
            "superseded": self.superseded,
            "failed": len(self.failed),
            "dry_run": self.dry_run,
            "reports": [d.summary() for d in self.documents],
        }
