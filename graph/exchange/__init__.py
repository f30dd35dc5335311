"""Export the whole graph to a file and import it back: JSON Lines, GraphML and a Cypher script.

`export_graph` writes byte-identical output for the same graph; `import_file` validates the whole
file (every record against its model, every statement's entities present) before it writes
anything, then writes StatementBatch chunks, so retracted state, recorded_at and the merge log
come back exactly and importing the same file twice changes nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO

from graph.exchange import cypher, graphml, jsonl
from graph.exchange.records import Dump, ExchangeError, Parsed, batches, check_references, ordered
from graph.store import GraphStore, WriteReport

__all__ = [
    "Dump",
    "ExchangeError",
    "Format",
    "ImportReport",
    "Progress",
    "export_graph",
    "format_of",
    "import_file",
    "read_records",
    "write_records",
]

Progress = Callable[[str, int, int], None]  # (record kind, records done, records total)


class Format(StrEnum):
    jsonl = "jsonl"
    graphml = "graphml"
    cypher = "cypher"


_SUFFIXES = {".jsonl": Format.jsonl, ".ndjson": Format.jsonl, ".graphml": Format.graphml, ".cypher": Format.cypher}


def format_of(path: Path) -> Format:
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise ExchangeError(f"{path}: cannot tell the format from the name (use .jsonl, .graphml or .cypher)")
    return found


def write_dump(dump: Dump, fmt: Format, out: IO[bytes]) -> None:
    if fmt is Format.graphml:
        graphml.write(dump, out)
        return
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
    try:
        (jsonl.write if fmt is Format.jsonl else cypher.write)(dump, text)
        text.flush()
    finally:
        text.detach()


def export_graph(store: GraphStore, fmt: Format, out: IO[bytes]) -> dict[str, int]:
    """Write every record of the store; returns the count of each kind written."""
    dump = Dump.from_store(store)
    write_dump(dump, fmt, out)
    return dump.counts()


def read_records(path: Path, fmt: Format) -> list[Parsed]:
    """Every record of the file, checked against its model (ExchangeError names file, place and reason)."""
    try:
        if fmt is Format.graphml:
            with path.open("rb") as binary:
                return list(graphml.read(binary))
        with path.open(encoding="utf-8", newline="") as text:
            return list((jsonl.read if fmt is Format.jsonl else cypher.read)(text))
    except ExchangeError as exc:
        raise ExchangeError(f"{path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


@dataclass
class ImportReport:
    read: dict[str, int] = field(default_factory=dict)  # records per kind
    created: dict[str, int] = field(default_factory=dict)  # per store record type, as WriteReport counts them
    updated: dict[str, int] = field(default_factory=dict)
    batches: int = 0

    def add(self, kind: str, count: int, written: WriteReport) -> None:
        self.read[kind] = self.read.get(kind, 0) + count
        for target, source in ((self.created, written.created), (self.updated, written.updated)):
            for name, n in source.items():
                target[name] = target.get(name, 0) + n
        self.batches += 1

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))


def write_records(
    store: GraphStore, records: list[Parsed], batch_size: int = 1000, progress: Progress | None = None
) -> ImportReport:
    """Write checked records in dependency order, one StatementBatch per chunk."""
    check_references(records, store)
    report = ImportReport()
    totals: dict[str, int] = {}
    for p in records:
        totals[p.kind] = totals.get(p.kind, 0) + 1
    for kind, batch, count in batches(ordered(records), batch_size):
        report.add(kind, count, store.write(batch))
        if progress is not None:
            progress(kind, report.read[kind], totals[kind])
    return report


def import_file(
    store: GraphStore,
    path: Path,
    fmt: Format | None = None,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> ImportReport:
    records = read_records(path, fmt or format_of(path))
    try:
        return write_records(store, records, batch_size, progress)
    except ExchangeError as exc:
        raise ExchangeError(f"{path}: {exc}") from None
