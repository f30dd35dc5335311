"""Part of the graph as export records: what an explorer view shows, written in the formats of `ckg export`.

The chosen entities, the current relations between two of them (of the chosen types), the current events whose
every party is chosen, the chosen entities' current attribute values and every source these records cite. Merge
records and candidates concern the whole graph and stay out. The result imports like any export.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from graph.exchange.records import KIND_ORDER, Dump


def _current(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in records if d.get("retracted_at") is None]


def _parties(event: dict[str, Any]) -> set[str]:
    actor = [event["actor_id"]] if event.get("actor_id") else []
    return {event["subject_id"], *actor, *(event.get("leads") or ()), *(event.get("participants") or ())}


def _cited(records: Iterable[dict[str, Any]]) -> set[str]:
    return {e["source_id"] for d in records for e in d.get("evidence") or ()}


def subgraph(dump: Dump, entity_ids: Collection[str], relation_types: Collection[str] | None = None) -> Dump:
    """The records of `dump` that describe the entities `entity_ids` and what lies between them."""
    keep = set(entity_ids)
    rec = dump.records
    chosen: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KIND_ORDER}
    chosen["entity"] = [d for d in rec.get("entity", ()) if d["id"] in keep]
    chosen["relation"] = [
        d
        for d in _current(rec.get("relation", ()))
        if d["subject_id"] in keep
        and d["object_id"] in keep
        and (relation_types is None or d["type"] in relation_types)
    ]
    chosen["event"] = [d for d in _current(rec.get("event", ())) if _parties(d) <= keep]
    chosen["attribute_value"] = [d for d in _current(rec.get("attribute_value", ())) if d["entity_id"] in keep]
    cited = _cited(d for kind in ("entity", "relation", "event", "attribute_value") for d in chosen[kind])
    chosen["source"] = [d for d in rec.get("source", ()) if d["id"] in cited]
    return Dump(chosen)
