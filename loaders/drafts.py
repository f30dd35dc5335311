"""What a document says before resolution: entities by local reference, statements by reference.

Every reader (profile, article extractor, a future model-based extractor) produces a
DocumentDraft; loaders/batch.py turns references into graph ids (linking to existing entities
or creating new ones) and the pipeline writes the result as one atomic batch. Spans are character
offsets into the original text of the document, so evidence can quote it exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from pydantic import Field

from graph.dates import PartialDate
from graph.model import (
    EntityKind,
    EventKind,
    Frozen,
    JSONValue,
    Money,
    ProductKind,
    RelationType,
)
from graph.names import normalize_key


class Span(Frozen):
    """The part of the document that states something."""

    quote: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rule: str | None = None  # what produced the statement: "profile", or the extractor rule ("funding.lead_round")


class EntityDraft(Frozen):
    ref: str  # unique within the document; statements point at it
    kind: EntityKind
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    legal_name: str | None = None
    categories: tuple[str, ...] = ()
    founded_on: PartialDate | None = None
    dissolved_on: PartialDate | None = None
    product_kind: ProductKind | None = None
    released_on: PartialDate | None = None
    discontinued_on: PartialDate | None = None
    attributes: dict[str, JSONValue] = Field(default_factory=dict)
    description: str | None = None
    # Authoritative drafts (a curated profile's own subject) may create an entity even where a
    # fuzzy look-alike exists; mentions in articles link when they can.
    authoritative: bool = False
    spans: tuple[Span, ...] = ()


class RelationDraft(Frozen):
    type: RelationType
    subject: str  # EntityDraft.ref
    object: str
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    properties: dict[str, JSONValue] = Field(default_factory=dict)
    qualifier: str | None = None  # distinguishes parallel edges (a round id, a role)
    round: str | None = None  # the qualifier of the document's funding round this belongs to (the record's round_id)
    span: Span = Field(default_factory=Span)


class EventDraft(Frozen):
    kind: EventKind
    subject: str
    date: PartialDate | None = None
    actor: str | None = None
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
    leads: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    properties: dict[str, JSONValue] = Field(default_factory=dict)
    qualifier: str | None = None  # distinguishes two events of one kind, subject and date
    span: Span = Field(default_factory=Span)


class AttributeDraft(Frozen):
    entity: str
    attribute: str
    value: JSONValue
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    properties: dict[str, JSONValue] = Field(default_factory=dict)
    round: str | None = None  # as RelationDraft.round
    span: Span = Field(default_factory=Span)


class SourceMeta(Frozen):
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: PartialDate | None = None
    format: str  # "profile" or "article"
    profile_id: str | None = None  # a profile's declared `id:` (companies of a list file joined by ",")


class DocumentDraft(Frozen):
    source: SourceMeta
    entities: tuple[EntityDraft, ...] = ()
    relations: tuple[RelationDraft, ...] = ()
    events: tuple[EventDraft, ...] = ()
    attributes: tuple[AttributeDraft, ...] = ()
    warnings: tuple[str, ...] = ()


class DraftBuilder:
    """Collects entity drafts by reference (one per kind and name key) and the statements between them: a reader
    names an entity as often as it meets it, and the fields stated each time are merged into one draft."""

    def __init__(self) -> None:
        self.entities: dict[str, dict[str, Any]] = {}
        self.relations: list[RelationDraft] = []
        self.events: list[EventDraft] = []
        self.attributes: list[AttributeDraft] = []

    def entity(self, kind: EntityKind, name: str, quote: str, **fields: Any) -> str:
        ref = f"{kind.value.lower()}:{normalize_key(name) or name}"
        found = self.entities.get(ref)
        if found is None:
            found = {"ref": ref, "kind": kind, "name": name, "spans": [Span(quote=quote)]}
            self.entities[ref] = found
        for key, value in fields.items():
            if value is None or value == () or value == [] or value == {}:
                continue
            if key in ("aliases", "categories"):
                merged = list(dict.fromkeys([*found.get(key, ()), *value]))
                found[key] = tuple(merged)
            elif key == "authoritative":
                found[key] = found.get(key, False) or value
            else:
                found[key] = value
        return ref

    def relation(self, type_: RelationType, subject: str, object_: str, quote: str, **fields: Any) -> None:
        self.relations.append(
            RelationDraft(type=type_, subject=subject, object=object_, span=Span(quote=quote), **fields)
        )

    def event(self, kind: EventKind, subject: str, quote: str, **fields: Any) -> None:
        self.events.append(EventDraft(kind=kind, subject=subject, span=Span(quote=quote), **fields))

    def attribute(self, entity: str, attribute: str, value: JSONValue, quote: str, **fields: Any) -> None:
        self.attributes.append(
            AttributeDraft(entity=entity, attribute=attribute, value=value, span=Span(quote=quote), **fields)
        )

    def build(self, source: SourceMeta, warnings: Sequence[str]) -> DocumentDraft:
        return DocumentDraft(
            source=source,
            entities=tuple(EntityDraft(**fields) for fields in self.entities.values()),
            relations=tuple(self.relations),
            events=tuple(self.events),
            attributes=tuple(self.attributes),
            warnings=tuple(warnings),
        )


class Gazetteer(Protocol):
    """Known names an extractor may look for in text (built from the graph's entities and aliases).

    A gazetteer given with a text may hold only the names that text may contain (every name of each entity
    with a name whose normalised key is that of some words of the text), not the whole graph."""

    def surface_forms(self) -> dict[str, tuple[str, EntityKind]]:
        """Map of surface text (as written) -> (canonical name, kind)."""


class Extractor(Protocol):
    """Turns an article's text into a draft. Deterministic extractors and model-based ones alike."""

    def extract(
        self, text: str, *, gazetteer: Gazetteer | None = None, meta: SourceMeta | None = None
    ) -> DocumentDraft:
        """`meta` carries what the caller already knows (title, url, publication date)."""
