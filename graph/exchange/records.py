"""Export records in their canonical order, checked back into models, and cut into write batches.

Every format writes the same records in the same order: kinds in KIND_ORDER (what a record
refers to comes before it), ids ascending within a kind. Sorting here, not in the store, keeps
the output byte-identical whatever order a backend happens to return.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from graph.errors import InputError
from graph.model import (
    AttributeValue,
    Entity,
    Event,
    MergeCandidate,
    MergeRecord,
    Relation,
    RetractionLog,
    ReviewLog,
    Source,
    StatementBatch,
)
from graph.store import ExportRecord, GraphStore

KIND_ORDER: tuple[str, ...] = (
    "source",
    "entity",
    "relation",
    "event",
    "attribute_value",
    "merge_record",
    "merge_candidate",
    "retraction_log",
    "review_log",
)

# Records of the graph's history rather than its state: they grow with every retraction, restore and review
# decision, so an exact-graph comparison leaves them out.
HISTORY_KINDS: tuple[str, ...] = ("retraction_log", "review_log")

_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "source": TypeAdapter(Source),
    "entity": TypeAdapter(Entity),
    "relation": TypeAdapter(Relation),
    "event": TypeAdapter(Event),
    "attribute_value": TypeAdapter(AttributeValue),
    "merge_record": TypeAdapter(MergeRecord),
    "merge_candidate": TypeAdapter(MergeCandidate),
    "retraction_log": TypeAdapter(RetractionLog),
    "review_log": TypeAdapter(ReviewLog),
}

# Which StatementBatch field holds each kind (sources go one per batch: a batch holds one source).
_BATCH_FIELD: dict[str, str] = {
    "entity": "entities",
    "relation": "relations",
    "event": "events",
    "attribute_value": "attribute_values",
    "merge_record": "merge_records",
    "merge_candidate": "merge_candidates",
    "retraction_log": "retraction_logs",
    "review_log": "review_logs",
}


class ExchangeError(InputError):
    """A file that cannot be imported: the message names the file, the place and the reason."""


@dataclass
class Dump:
    """The whole graph as export records, grouped by kind, each kind sorted by id."""

    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Iterable[ExportRecord]) -> Dump:
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for record in records:
            if record.kind not in _ADAPTERS:
                raise ValueError(f"unknown export record kind {record.kind!r}")
            grouped[record.kind].append(dict(record.data))
        return cls({kind: sorted(grouped[kind], key=lambda d: str(d["id"])) for kind in KIND_ORDER})

    @classmethod
    def from_store(cls, store: GraphStore) -> Dump:
        return cls.of(store.export())

    def __iter__(self) -> Iterator[ExportRecord]:
        for kind in KIND_ORDER:
            for data in self.records.get(kind, ()):
                yield ExportRecord(kind=kind, data=data)

    def models(self, kind: str) -> list[Any]:
        """The records of one kind as model objects (for formats that need the storage rows)."""
        adapter = _ADAPTERS[kind]
        return [adapter.validate_python(data) for data in self.records.get(kind, ())]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.records.get(kind, ())) for kind in KIND_ORDER}

    def __len__(self) -> int:
        return sum(self.counts().values())


@dataclass(frozen=True)
class Parsed:
    """One record read back from a file, checked against its model."""

    kind: str
    model: Any
    where: str  # "line 12", "node org:x": for error messages


def parse_record(kind: str, data: object, where: str) -> Parsed:
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        raise ExchangeError(f"{where}: unknown record kind {kind!r} (expected one of {', '.join(KIND_ORDER)})")
    if not isinstance(data, dict):
        raise ExchangeError(f"{where}: {kind} data must be an object, got {type(data).__name__}")
    try:
        return Parsed(kind, adapter.validate_python(data), where)
    except ValidationError as exc:
        problem = exc.errors()[0]
        loc = list(problem["loc"])
        if kind == "entity" and loc and loc[0] == data.get("kind"):
            loc = loc[1:]  # the union's tag, not a field
        place = ".".join(str(p) for p in loc) or kind
        raise ExchangeError(f"{where}: {kind} {data.get('id', '?')}, field {place}: {problem['msg']}") from None


def check_references(parsed: Sequence[Parsed], store: GraphStore) -> None:
    """Fail before writing anything when a statement points at an entity neither the file nor the store has."""
    known = {p.model.id for p in parsed if p.kind == "entity"}
    needed: dict[str, Parsed] = {}
    for p in parsed:
        if p.kind == "relation":
            ends: tuple[str, ...] = (p.model.subject_id, p.model.object_id)
        elif p.kind == "event":
            ends = p.model.involved
        elif p.kind == "attribute_value":
            ends = (p.model.entity_id,)
        else:
            continue
        for end in ends:
            if end not in known:
                needed.setdefault(end, p)
    if not needed:
        return
    present = set(store.entities(list(needed), include_retracted=True))
    for entity_id, p in needed.items():
        if entity_id not in present:
            raise ExchangeError(
                f"{p.where}: {p.kind} {p.model.id} refers to entity {entity_id}, which neither the file nor the "
                "store has; nothing was written"
            )


def ordered(parsed: Iterable[Parsed]) -> list[Parsed]:
    """Records in write order: what a record refers to is written before it."""
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return sorted(parsed, key=lambda p: rank[p.kind])  # stable: file order within a kind


def batches(parsed: Iterable[Parsed], batch_size: int) -> Iterator[tuple[str, StatementBatch, int]]:
    """(kind, batch, record count) chunks of at most batch_size records, one kind per batch."""
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    kind: str | None = None
    chunk: list[Any] = []

    def flush() -> Iterator[tuple[str, StatementBatch, int]]:
        if kind is not None and chunk:
            yield kind, StatementBatch(**{_BATCH_FIELD[kind]: tuple(chunk)}), len(chunk)

    for p in parsed:
        if p.kind == "source":
            yield "source", StatementBatch(source=p.model), 1
            continue
        if p.kind != kind or len(chunk) >= batch_size:
            yield from flush()
            kind, chunk = p.kind, []
        chunk.append(p.model)
    yield from flush()
