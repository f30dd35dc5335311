"""The GraphStore protocol: the only door to a database.

Writes take one StatementBatch and apply it atomically (all or nothing) and idempotently
(the same batch again changes no count and no property). Reads take many ids at once so that
API DataLoaders batch naturally. Callers never see a driver, a session or Cypher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pydantic import Field

from graph.dates import PartialDate
from graph.errors import BusyError, CkgError
from graph.model import (
    AttributeValue,
    Direction,
    Entity,
    EntityId,
    EntityKind,
    Event,
    EventKind,
    Frozen,
    MergeCandidate,
    MergeRecord,
    Relation,
    RelationType,
    Retraction,
    ReviewDecision,
    Source,
    StatementBatch,
)
from graph.validity import Validity


class WriteReport(Frozen):
    created: dict[str, int] = Field(default_factory=dict)  # per record type
    updated: dict[str, int] = Field(default_factory=dict)
    retracted: int = 0
    version: int | None = None  # the store's change counter after this write (GraphStore.version); None: unchanged

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()) or self.retracted)


class GraphStats(Frozen):
    entities: int
    relations: int
    events: int
    sources: int
    attribute_values: int = 0
    by_kind: dict[str, int] = Field(default_factory=dict)
    candidates: int = 0  # statements waiting for review (the counts above are of facts)


class StoreError(CkgError):
    """A storage failure a user can act on (store busy, unreachable, corrupt batch)."""


class StoreBusyError(StoreError, BusyError):
    """Another process holds the embedded store for writing: `path` is the store, `holder_pid` that process when
    the database said which (the CLI then tells whether it is a `ckg serve` and how to load through it)."""

    def __init__(self, message: str, *, path: str | None = None, holder_pid: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.holder_pid = holder_pid


class RelationQuery(Frozen):
    types: tuple[RelationType, ...] = ()  # empty: all types
    direction: Direction = Direction.BOTH
    as_of: PartialDate | None = None  # only relations that hold then, by the time rule (graph/validity.py)
    include_retracted: bool = False
    # Record time (graph/record_time.py): what the graph held at that moment, retracted statements as they
    # were then; the other end of each relation must have been held then too.
    known_at: dt.datetime | None = None
    include_candidates: bool = False  # review candidates (below CKG_REVIEW_BELOW) are left out unless asked


class RelationView(Frozen):
    """A relation seen from one of its ends: direction OUT when that end is the subject; `validity` is when it
    holds by the time rule (graph/validity.py), its ends' lifetimes included."""

    relation: Relation
    direction: Direction
    other_id: EntityId
    validity: Validity = Validity()


class EventQuery(Frozen):
    kinds: tuple[EventKind, ...] = ()
    since: PartialDate | None = None
    until: PartialDate | None = None
    known_at: dt.datetime | None = None  # record time, as RelationQuery.known_at
    include_candidates: bool = False


class Hop(Frozen):
    """One step of a walk from `from_id` to `to_id`; the relation keeps the direction it was written in."""

    from_id: EntityId
    to_id: EntityId
    relation: Relation  # its subject/object say which way the edge points
    validity: Validity = Validity()

    @property
    def forward(self) -> bool:
        """True when the walk follows the relation as written (from its subject to its object)."""
        return self.relation.subject_id == self.from_id


class Path(Frozen):
    hops: tuple[Hop, ...]


class Subgraph(Frozen):
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()


class NameEntry(Frozen):
    """One searchable surface form of an entity: its name, an alias or its legal name."""

    entity_id: EntityId
    kind: EntityKind
    text: str
    is_primary: bool


@dataclass(frozen=True, slots=True)
class NameTerm:
    """One term of the store's name index (graph/nameindex.py): its members and how many there are in all.
    (Plain dataclasses, not models: a resolution reads tens of thousands of them.)"""

    size: int
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameOwner:
    """An entity a name-index member points at, with the live entity that now answers to its names: itself, or
    the entity it was merged into (merges followed). `names` are the member's own names."""

    id: EntityId
    kind: EntityKind
    names: tuple[str, ...]
    owner_id: EntityId
    owner_name: str


class OrganizationFilter(Frozen):
    name_contains: str | None = None
    category: str | None = None
    founded_after: PartialDate | None = None
    founded_before: PartialDate | None = None
    headquartered_in: EntityId | None = None
    invested_in_by: EntityId | None = None


class Page(Frozen):
    ids: tuple[str, ...]
    total: int
    has_next: bool
    end_cursor: str | None = None


class SourceStatements(Frozen):
    """What cites one source: statements by their evidence, entities by their source_ids."""

    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    attribute_values: tuple[AttributeValue, ...] = ()

    @property
    def statements(self) -> tuple[Relation | Event | AttributeValue, ...]:
        return (*self.relations, *self.events, *self.attribute_values)


class ExportRecord(Frozen):
    """One line of an export: kind says which model `data` holds."""

    kind: str  # entity, relation, event, attribute_value, source, merge_record, merge_candidate, retraction_log,
    # review_log
    data: dict[str, object] = Field(default_factory=dict)


@runtime_checkable
class GraphStore(Protocol):
    # --- lifecycle
    def init(self) -> None:
        """Create tables/constraints/indexes. Idempotent."""

    def close(self) -> None: ...

    def ping(self) -> bool:
        """True when the store answers a trivial query."""

    # --- writes
    def write(self, batch: StatementBatch) -> WriteReport:
        """Apply the batch atomically and idempotently."""

    # --- entities and names
    def entities(self, ids: Sequence[EntityId], include_retracted: bool = False) -> dict[EntityId, Entity]: ...

    def current_entities(self, ids: Sequence[EntityId]) -> dict[EntityId, Entity]:
        """Each id's live entity: itself, or for a merged one the entity it was merged into (chains followed,
        cycles cut); an id with none (unknown, retracted, or merged into a retracted one) is left out."""

    def entities_by_key(self, keys: Sequence[str]) -> dict[str, list[Entity]]:
        """Live entities whose name, alias or legal name normalises to each key."""

    def name_entries(self, kinds: Sequence[EntityKind] = ()) -> list[NameEntry]:
        """Every searchable surface form of every live entity (for fuzzy search and resolution)."""

    def organizations(self, filter: OrganizationFilter, first: int, after: str | None) -> Page: ...

    # --- the name index (graph/nameindex.py), kept in the write transactions that write the names
    def name_terms(self, ids: Sequence[str]) -> dict[str, NameTerm]:
        """The index terms asked for that exist (one primary-key read per term)."""

    def name_term_sizes(self, ids: Sequence[str]) -> dict[str, int]:
        """The sizes of the index terms asked for that exist, without reading their members."""

    def name_owners(self, ids: Sequence[EntityId]) -> dict[EntityId, NameOwner]:
        """For each entity id, the live entity that answers to its names; ids without one are left out."""

    def known_keys(self, keys: Sequence[str]) -> set[str]:
        """The normalised keys that some entity's name, alias or legal name has (live or not)."""

    def search_candidates(self, query: str, kinds: Sequence[EntityKind] = (), limit: int = 10) -> list[NameOwner]:
        """Live entities whose names may match a normalised query: the few a fuzzy scorer then ranks (never all)."""

    def reindex(self) -> int:
        """Rebuild the name index from the graph's entities in place; returns the number of terms written."""

    def version(self) -> int:
        """A counter the store raises in every write transaction that changes something (one read): caches
        compare it to learn whether the graph changed, whichever process wrote."""

    # --- statements
    def relations(self, entity_ids: Sequence[EntityId], query: RelationQuery) -> dict[EntityId, list[RelationView]]: ...

    def relations_by_id(self, ids: Sequence[str]) -> dict[str, Relation]: ...

    def events(self, entity_ids: Sequence[EntityId], query: EventQuery) -> dict[EntityId, list[Event]]:
        """Events in which each entity takes part (subject, actor, lead or participant)."""

    def events_by_id(self, ids: Sequence[str]) -> dict[str, Event]: ...

    def attribute_values(
        self,
        entity_ids: Sequence[EntityId],
        attribute: str | None = None,
        *,
        known_at: dt.datetime | None = None,
        include_candidates: bool = False,
    ) -> dict[EntityId, list[AttributeValue]]: ...

    def statements(self, ids: Sequence[str]) -> dict[str, Relation | Event | AttributeValue]:
        """Relations, events and attribute values by id (rel:, event:, attr:), retracted and candidates included."""

    # --- record time and review
    def retraction_log(self, ids: Sequence[str]) -> dict[str, list[Retraction]]:
        """Every applied Retraction (retract or restore) of each statement or entity id, oldest first; the
        batch writer logs each one that changed a record, in the transaction that applied it."""

    def review_log(self, statement_ids: Sequence[str] = ()) -> dict[str, list[ReviewDecision]]:
        """The review decisions of each statement, oldest first (every decided statement's when no id is given)."""

    def candidates(self) -> list[Relation | Event | AttributeValue]:
        """Every live statement waiting for review (ReviewStatus.CANDIDATE), by id."""

    # --- graph shape
    def paths(
        self,
        source: EntityId,
        target: EntityId,
        max_hops: int,
        as_of: PartialDate | None = None,
        limit: int = 5,
        *,
        known_at: dt.datetime | None = None,
        include_candidates: bool = False,
    ) -> list[Path]:
        """Shortest paths (fewest hops, each edge used once, either direction), live edges only; with `as_of`,
        only over relations that hold then by the time rule (graph/validity.py). Hops carry their validity.
        With `known_at`, over the relations and entities the graph held at that moment (graph/record_time.py);
        review candidates only with `include_candidates`."""

    def neighbourhood(
        self, entity_id: EntityId, hops: int = 1, query: RelationQuery | None = None, limit: int = 500
    ) -> Subgraph: ...

    # --- sources and provenance
    def sources(self, ids: Sequence[str]) -> dict[str, Source]: ...

    def source_by_sha256(self, sha256: str) -> Source | None: ...

    def list_sources(self, first: int, after: str | None) -> Page: ...

    def statements_by_source(
        self, source_ids: Sequence[str], include_retracted: bool = False
    ) -> dict[str, SourceStatements]:
        """Per source id, the statements (relations, events, attribute values) with a citation of it in their
        evidence and the entities it introduced or mentioned (its id in their source_ids), each sorted by id."""

    def sources_by_document(self, path: str | None = None, profile_id: str | None = None) -> list[Source]:
        """Every version of a document: the sources loaded from `path` or declaring `profile_id`, oldest first."""

    def retracted_among(self, batch: StatementBatch) -> set[str]:
        """Ids of the batch's entities, relations, events and attribute values that the store holds retracted."""

    def merge_records(self, ids: Sequence[str] = ()) -> list[MergeRecord]: ...

    def merge_candidates(self) -> list[MergeCandidate]: ...

    # --- whole graph
    def stats(self) -> GraphStats: ...

    def export(self) -> Iterator[ExportRecord]: ...
