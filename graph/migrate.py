"""Copy one store into another (the embedded store into Neo4j) through the ordinary write path.

Records travel as StatementBatch chunks, so the target applies its own upsert rules and UNWIND
statements; a second run finds everything present and changes nothing. The report compares the
record counts of both stores, kind by kind, retracted records included, and the live counts of
`stats()`.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.exchange import Progress, write_records
from graph.exchange.records import KIND_ORDER, Dump, parse_record
from graph.store import GraphStore

PLURAL = {
    "source": "sources",
    "entity": "entities",
    "relation": "relations",
    "event": "events",
    "attribute_value": "attribute values",
    "merge_record": "merge records",
    "merge_candidate": "merge candidates",
    "retraction_log": "retraction logs",
    "review_log": "review logs",
}


class CountRow(BaseModel):
    what: str
    source: int
    target: int

    @property
    def matches(self) -> bool:
        return self.source == self.target


class MigrationReport(BaseModel):
    records: int = 0
    batches: int = 0
    created: dict[str, int] = Field(default_factory=dict)
    updated: dict[str, int] = Field(default_factory=dict)
    counts: list[CountRow] = Field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    @property
    def verified(self) -> bool:
        return all(row.matches for row in self.counts)


def migrate(
    source: GraphStore, target: GraphStore, batch_size: int = 1000, progress: Progress | None = None
) -> MigrationReport:
    """Copy every record of `source` into `target` (initialised first) and compare the counts."""
    target.init()
    dump = Dump.from_store(source)
    parsed = [parse_record(r.kind, r.data, f"{r.kind} {r.data.get('id')}") for r in dump]
    written = write_records(target, parsed, batch_size, progress)
    report = MigrationReport(
        records=len(parsed), batches=written.batches, created=written.created, updated=written.updated
    )
    report.counts = compare_counts(source, target, dump)
    return report


def compare_counts(source: GraphStore, target: GraphStore, source_dump: Dump | None = None) -> list[CountRow]:
    before = (source_dump or Dump.from_store(source)).counts()
    after = Dump.from_store(target).counts()
    rows = [CountRow(what=PLURAL[kind], source=before[kind], target=after[kind]) for kind in KIND_ORDER]
    live_source, live_target = source.stats(), target.stats()
    for name in ("entities", "relations", "events", "attribute_values"):
        what = f"live {name.replace('_', ' ')}"
        rows.append(CountRow(what=what, source=getattr(live_source, name), target=getattr(live_target, name)))
    return rows


__all__ = ["PLURAL", "CountRow", "MigrationReport", "migrate"]
