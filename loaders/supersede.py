"""A new version of a document supersedes the earlier one, inside the load's own batch.

A document is the same across versions when it is loaded from the same path or declares the same profile
`id:`. What the earlier version said and the new one no longer says is retracted as of this load (when no
other live source supports it; otherwise it only loses that citation); what both say keeps its record and
moves its citation to the new version; what is new is added. The earlier source is marked superseded with an
UnloadRecord of what this did. Statements the batch states again that the store holds retracted (taken back
by an unload or an earlier supersede) are restored, so a reverted edit brings its statements back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import AttributeValue, Event, Relation, Retraction, Source, StatementBatch, target_of
from graph.store import GraphStore
from loaders.unload import plan_unload


@dataclass
class Superseding:
    """What a load's batch does beyond its own statements."""

    batch: StatementBatch
    superseded_sources: list[str] = field(default_factory=list)
    superseded: int = 0  # statements retracted because the new version no longer makes them
    retracted_entities: list[str] = field(default_factory=list)
    restored: int = 0  # statements and entities stated again after a retraction


def batch_ids(batch: StatementBatch) -> set[str]:
    statements: list[Relation | Event | AttributeValue] = [*batch.relations, *batch.events, *batch.attribute_values]
    return {*batch.entity_ids, *(s.id for s in statements)}


def supersede(store: GraphStore, batch: StatementBatch, source: Source, stored: Source | None) -> Superseding:
    """The batch that loads `source` (a new document, or `stored`, an unloaded or superseded version of it)
    and supersedes the live earlier versions of the same document."""
    at = source.loaded_at
    earlier = [
        s
        for s in store.sources_by_document(source.path, source.profile_id)
        if s.retracted_at is None and s.id != source.id
    ]
    result = Superseding(batch=batch)
    updates: list[Source] = []
    if stored is not None:  # loaded again after an unload or a supersede: current again
        live: dict[str, object] = {"retracted_at": None, "superseded_by": None, "unloaded": None}
        live.update({"path": source.path or stored.path, "profile_id": source.profile_id or stored.profile_id})
        updates.append(stored.model_copy(update=live))
    keep = batch_ids(batch)
    retractions: list[Retraction] = []
    # Its own citations that the unload or the supersede dropped are in force again (the rest of that record
    # comes back as the batch states it again: see `revived` below).
    drops = [
        d.model_copy(update={"restore": True}) for d in (stored.unloaded.dropped if stored and stored.unloaded else ())
    ]
    if earlier:
        plan = plan_unload(store, [s.id for s in earlier], at, keep=keep)
        updates += [
            s.model_copy(update={"retracted_at": at, "superseded_by": source.id, "unloaded": plan.logs[s.id]})
            for s in earlier
        ]
        retractions += plan.retractions
        drops += plan.drops
        result.superseded_sources = [s.id for s in earlier]
        result.superseded = plan.retracted_statements
        result.retracted_entities = plan.retracted_entities
    revived = sorted(store.retracted_among(batch))
    retractions += [Retraction(target=target_of(i), id=i, at=at, restore=True) for i in revived]
    result.restored = len(revived)
    result.batch = result.batch.model_copy(
        update={
            "source_updates": tuple(updates),
            "citation_drops": tuple(drops),
            "retractions": (*batch.retractions, *retractions),
        }
    )
    return result
