"""Domain types of the company graph: plain data, no I/O, no database ids, no GraphQL.

Every statement (relation, event, attribute value) carries its evidence: which source said it,
the quoted span and when the graph learned it. Ids are stable and readable (`org:zhipu-ai`), so
loading the same material twice writes the same ids and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.dates import PartialDate
from graph.kinds import Direction as Direction
from graph.kinds import EntityKind as EntityKind
from graph.kinds import EventKind as EventKind
from graph.kinds import ProductKind as ProductKind
from graph.kinds import RelationType as RelationType
from graph.kinds import ReviewStatus as ReviewStatus
from graph.names import short_hash, slug

JSONValue = Any
EntityId = str


KIND_PREFIX: dict[EntityKind, str] = {
    EntityKind.ORGANIZATION: "org",
    EntityKind.PERSON: "person",
    EntityKind.PRODUCT: "product",
    EntityKind.PLACE: "place",
}


def entity_id(kind: EntityKind, name: str) -> EntityId:
    """Stable id of an entity from its kind and canonical name: `org:zhipu-ai`."""
    return f"{KIND_PREFIX[kind]}:{slug(name)}"


def kind_of(entity_id_: EntityId) -> EntityKind | None:
    prefix = entity_id_.split(":", 1)[0]
    return next((k for k, p in KIND_PREFIX.items() if p == prefix), None)


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Money(Frozen):
    amount: float
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]

    @field_validator("amount")
    @classmethod
    def _finite_non_negative(cls, value: float) -> float:
        if math.isnan(value) or math.isinf(value):
            raise ValueError("amount must be a finite number")
        if value < 0:
            raise ValueError("amount must not be negative")
        return value

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,.0f}"


class Evidence(Frozen):
    """Where a statement comes from: the source, the quoted span, when the graph learned it."""

    source_id: str
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rule: str | None = None  # the reader's rule that produced the statement (extracted text only)
    recorded_at: dt.datetime
    retracted_at: dt.datetime | None = None  # when the citation was dropped (its source unloaded or superseded)

    @property
    def key(self) -> tuple[str, int | None, int | None, str | None]:
        """Two evidence records with the same key are the same citation (recorded_at aside)."""
        return (self.source_id, self.start, self.end, self.quote)


def cited(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The citations in force: those not dropped (a dropped one stays in the record, for record time)."""
    return tuple(e for e in evidence if e.retracted_at is None)


class Source(Frozen):
    """A loaded document. Its id derives from the sha256 of its normalised content.

    `path` (absolute, when loaded from a file) and `profile_id` (a profile's declared `id:`) name the document
    across versions: a new version loaded under either supersedes this one. `retracted_at` is set when the
    source is unloaded or superseded (never deleted); `unloaded` keeps what its unload did, for the undo.
    """

    id: str
    sha256: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: PartialDate | None = None
    format: str  # "profile" or "article"
    loaded_at: dt.datetime
    path: str | None = None
    profile_id: str | None = None
    retracted_at: dt.datetime | None = None
    superseded_by: str | None = None
    unloaded: UnloadRecord | None = None


def source_id(sha256: str) -> str:
    return f"source:{sha256[:16]}"


class EntityBase(Frozen):
    id: EntityId
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    recorded_at: dt.datetime | None = None
    retracted_at: dt.datetime | None = None
    merged_into: EntityId | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form that should find this entity by exact look-up."""
        extra: tuple[str, ...] = ()
        legal = getattr(self, "legal_name", None)
        if legal:
            extra = (legal,)
        return (self.name, *self.aliases, *extra)


class Organization(EntityBase):
    kind: Literal[EntityKind.ORGANIZATION] = EntityKind.ORGANIZATION
    legal_name: str | None = None
    categories: tuple[str, ...] = ()
    founded_on: PartialDate | None = None
    dissolved_on: PartialDate | None = None
    description: str | None = None


class Person(EntityBase):
    kind: Literal[EntityKind.PERSON] = EntityKind.PERSON
    born_on: PartialDate | None = None
    died_on: PartialDate | None = None
    description: str | None = None


class Product(EntityBase):
    kind: Literal[EntityKind.PRODUCT] = EntityKind.PRODUCT
    product_kind: ProductKind = ProductKind.OTHER
    released_on: PartialDate | None = None
    discontinued_on: PartialDate | None = None
    attributes: dict[str, JSONValue] = Field(default_factory=dict)
    description: str | None = None


class Place(EntityBase):
    kind: Literal[EntityKind.PLACE] = EntityKind.PLACE


Entity = Annotated[Organization | Person | Product | Place, Field(discriminator="kind")]
ENTITY_TYPES: dict[EntityKind, type[EntityBase]] = {
    EntityKind.ORGANIZATION: Organization,
    EntityKind.PERSON: Person,
    EntityKind.PRODUCT: Product,
    EntityKind.PLACE: Place,
}


def round_from_properties(data: Any) -> Any:
    """A record written before `round_id` was a field (a stored record, an older export) kept the round's event id
    as `properties.round_id` (or `roundId`): read it from there."""
    if not isinstance(data, dict) or data.get("round_id") is not None or not isinstance(data.get("properties"), dict):
        return data
    properties = data["properties"]
    if "round_id" not in properties and "roundId" not in properties:
        return data
    found = properties.get("round_id") or properties.get("roundId")
    rest = {k: v for k, v in properties.items() if k not in ("round_id", "roundId")}
    return {**data, "round_id": str(found) if found else None, "properties": rest}


class Relation(Frozen):
    """An edge. Direction is the one written: Person FOUNDED Organization. `round_id`: the funding round (its event
    id) an INVESTED_IN relation belongs to."""

    id: str
    type: RelationType
    subject_id: EntityId
    object_id: EntityId
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    properties: dict[str, JSONValue] = Field(default_factory=dict)
    round_id: str | None = None
    evidence: tuple[Evidence, ...] = ()
    recorded_at: dt.datetime | None = None
    retracted_at: dt.datetime | None = None
    review: ReviewStatus | None = None  # None: a fact that needed no review

    _round = model_validator(mode="before")(round_from_properties)


def relation_id(type_: RelationType, subject_id: EntityId, object_id: EntityId, qualifier: object = None) -> str:
    """Same subject, type, object (and qualifier, e.g. a round id or a role) -> same relation."""
    return f"rel:{short_hash(type_.value, subject_id, object_id, qualifier)}"


class Event(Frozen):
    """A dated happening about an entity. `date` is None when no source dates it."""

    id: str
    kind: EventKind
    date: PartialDate | None = None
    subject_id: EntityId
    actor_id: EntityId | None = None
    summary: str
    pct_change: float | None = None
    direction: str | None = None
    amount: Money | None = None
    from_rating: str | None = None
    to_rating: str | None = None
    action: str | None = None
    instrument: str | None = None
    stage: str | None = None
    pre_money: Money | None = None
    post_money: Money | None = None
    leads: tuple[EntityId, ...] = ()
    participants: tuple[EntityId, ...] = ()  # investors of a round, other parties of a deal
    properties: dict[str, JSONValue] = Field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    recorded_at: dt.datetime | None = None
    retracted_at: dt.datetime | None = None
    review: ReviewStatus | None = None  # None: a fact that needed no review

    @property
    def involved(self) -> tuple[EntityId, ...]:
        ids = [self.subject_id, *([self.actor_id] if self.actor_id else []), *self.leads, *self.participants]
        return tuple(dict.fromkeys(ids))

    def role_of(self, entity_id: EntityId) -> str:
        """How an entity takes part (the INVOLVES edge's role): subject, actor, lead or participant."""
        if entity_id == self.subject_id:
            return "subject"
        if entity_id == self.actor_id:
            return "actor"
        return "lead" if entity_id in self.leads else "participant"


def event_id(kind: EventKind, subject_id: EntityId, *qualifiers: object) -> str:
    return f"event:{kind.value.lower()}:{short_hash(subject_id, *qualifiers)}"


class AttributeValue(Frozen):
    """One stated value of an attribute for a period; never overwritten by later values. `round_id`: the funding
    round (its event id) a valuation was set in."""

    id: str
    entity_id: EntityId
    attribute: str
    value: JSONValue
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    properties: dict[str, JSONValue] = Field(default_factory=dict)
    round_id: str | None = None
    evidence: tuple[Evidence, ...] = ()
    recorded_at: dt.datetime | None = None
    retracted_at: dt.datetime | None = None
    review: ReviewStatus | None = None  # None: a fact that needed no review

    _round = model_validator(mode="before")(round_from_properties)


def attribute_value_id(entity_id_: EntityId, attribute: str, value: JSONValue, valid_from: object = None) -> str:
    return f"attr:{short_hash(entity_id_, attribute, repr(value), valid_from)}"


class MergeRecord(Frozen):
    """Two entities declared the same. `moved` lists the statements re-pointed to keep_id."""

    id: str
    keep_id: EntityId
    merge_id: EntityId
    reason: str | None = None
    score: float | None = None
    merged_at: dt.datetime
    undone_at: dt.datetime | None = None
    moved_relations: tuple[str, ...] = ()  # ids of the copies created on keep_id
    retired_relations: tuple[str, ...] = ()  # ids of the originals retracted


class MergeCandidate(Frozen):
    """A grey-zone resolution: a new entity was created, but it may be `existing_id`."""

    id: str
    new_id: EntityId
    existing_id: EntityId
    score: float
    mention: str
    recorded_at: dt.datetime


Target = Literal["entity", "relation", "event", "attribute"]


def target_of(record_id: str) -> Target:
    """Which kind of record an id names (`rel:`, `event:`, `attr:`; anything else is an entity)."""
    if record_id.startswith("rel:"):
        return "relation"
    if record_id.startswith("event:"):
        return "event"
    if record_id.startswith("attr:"):
        return "attribute"
    return "entity"


class Retraction(Frozen):
    """Marks a statement or entity as no longer held (or, with restore=True, held again)."""

    target: Target
    id: str
    at: dt.datetime
    restore: bool = False


class CitationDrop(Frozen):
    """Drops one source's citations: on a statement they stay in its evidence with `retracted_at = at` (record
    time still sees them); an entity loses the source id from its source_ids. With restore=True the drop made at
    `at` is taken back: those citations are in force again, the source id back at positions[0]."""

    target: Target
    id: str
    source_id: str
    at: dt.datetime
    positions: tuple[int, ...] = ()  # entities: where the source id stood in source_ids
    restore: bool = False


class UnloadRecord(Frozen):
    """What unloading one source did: enough to restore the exact graph (`ckg unload --undo`)."""

    at: dt.datetime
    retracted: tuple[Retraction, ...] = ()  # statements and entities retracted (they cited this source)
    dropped: tuple[CitationDrop, ...] = ()  # this source's citations taken off statements others support


Source.model_rebuild()
StatementTarget = Literal["relation", "event", "attribute"]


def statement_target(statement_id: str) -> StatementTarget | None:
    """Which kind of statement an id names, from its prefix (rel:, event:, attr:); None for anything else."""
    for prefix, target in (("rel:", "relation"), ("event:", "event"), ("attr:", "attribute")):
        if statement_id.startswith(prefix):
            return target  # type: ignore[return-value]
    return None


class ReviewMark(Frozen):
    """Sets a statement's review status (explicitly, like a Retraction: an upsert never changes a decided one)."""

    target: StatementTarget
    id: str
    status: ReviewStatus | None


class ReviewDecision(Frozen):
    """One entry of a statement's review log: who decided what, when, and what it covered.

    `previous` is the status before the decision (undo sets it back); `source_ids` are the sources the statement
    cited when it was decided: a rejection keeps the statement from coming back from those sources."""

    id: str
    target: StatementTarget
    statement_id: str
    decision: Literal["accept", "reject", "requeue"]  # requeue: a new source stated a rejected statement again
    by: str
    at: dt.datetime
    previous: ReviewStatus | None = None
    source_ids: tuple[str, ...] = ()
    note: str | None = None
    undone_at: dt.datetime | None = None
    undone_by: str | None = None


class RetractionLog(Frozen):
    """A record's applied retractions and restores, oldest first: how an export carries the retraction log."""

    id: str  # the statement's or entity's id
    entries: tuple[Retraction, ...]


class ReviewLog(Frozen):
    """A statement's review decisions, oldest first: how an export carries the review log."""

    id: str  # the statement's id
    decisions: tuple[ReviewDecision, ...]


class EntityPatch(Frozen):
    """What one document states about an entity it links to, as a change rather than a copy: the batch writer
    applies it to the stored record inside the write's transaction (graph/upsert.apply_patch), so a writer never
    sends back a record it read before another writer changed it. `curated` (a profile, or a document's own
    subject): the fields stated replace the stored ones; otherwise they only fill what the graph does not know
    yet. Fields left unstated (None, empty) are never touched."""

    id: EntityId
    kind: EntityKind
    name: str = Field(min_length=1)  # the display name, should the store not hold the entity (a dry run)
    names: tuple[str, ...] = ()  # the surface forms stated: those the entity lacks become aliases
    curated: bool = False
    legal_name: str | None = None
    categories: tuple[str, ...] = ()
    founded_on: PartialDate | None = None
    dissolved_on: PartialDate | None = None
    product_kind: ProductKind | None = None
    released_on: PartialDate | None = None
    discontinued_on: PartialDate | None = None
    attributes: dict[str, JSONValue] = Field(default_factory=dict)
    description: str | None = None
    source_id: str | None = None
    recorded_at: dt.datetime | None = None


class StatementBatch(Frozen):
    """Everything one document (or one merge, unload or undo) writes: applied atomically and idempotently.

    Order of application: sources, entities (whole records, then patches) and statements (upserts),
    `source_updates` (stored sources replaced as given), `citation_drops`, then `retractions`.
    """

    source: Source | None = None
    entities: tuple[Entity, ...] = ()
    entity_patches: tuple[EntityPatch, ...] = ()  # applied in order after `entities`
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    attribute_values: tuple[AttributeValue, ...] = ()
    merge_records: tuple[MergeRecord, ...] = ()
    merge_candidates: tuple[MergeCandidate, ...] = ()
    retractions: tuple[Retraction, ...] = ()
    source_updates: tuple[Source, ...] = ()
    citation_drops: tuple[CitationDrop, ...] = ()
    review_marks: tuple[ReviewMark, ...] = ()
    review_decisions: tuple[ReviewDecision, ...] = ()
    retraction_logs: tuple[RetractionLog, ...] = ()  # log entries kept as they are (an import), nothing applied
    review_logs: tuple[ReviewLog, ...] = ()

    @property
    def entity_ids(self) -> tuple[EntityId, ...]:
        """The entities the batch writes, as whole records or as patches."""
        return tuple(dict.fromkeys([*(e.id for e in self.entities), *(p.id for p in self.entity_patches)]))

    @property
    def statement_count(self) -> int:
        return len(self.relations) + len(self.events) + len(self.attribute_values)
