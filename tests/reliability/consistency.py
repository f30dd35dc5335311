"""What "consistent" means for a store a load was killed in: every document fully present or absent.

A document's footprint is the set of (record id, source id) citations its transaction wrote: the
entities that list its source and the relations, events and attribute values whose evidence cites it.
A later document only adds citations of its own source, so in a consistent store the citations of each
present source equal that source's citations in the complete graph, and no record cites an absent one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from graph.store import ExportRecord, GraphStore

CITING_KINDS = ("entity", "relation", "event", "attribute_value")
TIME_KEYS = frozenset({"loaded_at", "recorded_at"})


def citations(records: list[ExportRecord]) -> dict[str, set[tuple[str, str]]]:
    """source id -> {(record kind:id, source id)} for every record that cites that source."""
    cited: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for record in records:
        if record.kind not in CITING_KINDS:
            continue
        data: dict[str, Any] = record.data
        key = f"{record.kind}:{data['id']}"
        if record.kind == "entity":
            sources = data.get("source_ids") or []
        else:
            sources = [e["source_id"] for e in data.get("evidence") or []]
        for source in sources:
            cited[str(source)].add((key, str(source)))
    return cited


def source_ids(records: list[ExportRecord]) -> set[str]:
    return {str(r.data["id"]) for r in records if r.kind == "source"}


def inconsistencies(partial: list[ExportRecord], complete: list[ExportRecord]) -> list[str]:
    """Each way the partial graph is not "complete graph restricted to the documents it holds"."""
    present = source_ids(partial)
    partial_cites = citations(partial)
    complete_cites = citations(complete)
    problems: list[str] = []
    for source in sorted(set(partial_cites) - present):
        problems.append(f"{len(partial_cites[source])} records cite {source}, which is not in the store")
    for source in sorted(present):
        missing = complete_cites.get(source, set()) - partial_cites.get(source, set())
        extra = partial_cites.get(source, set()) - complete_cites.get(source, set())
        if missing:
            problems.append(f"{source} is present but {len(missing)} of its records are missing: {sorted(missing)[:3]}")
        if extra:
            problems.append(f"{source} is cited by {len(extra)} records the complete load lacks: {sorted(extra)[:3]}")
        if source not in complete_cites:
            problems.append(f"{source} is present but writes nothing in the complete load")
    return problems


def _canonical(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in sorted(value.items()) if k not in TIME_KEYS}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return value


def canonical_export(store: GraphStore) -> list[str]:
    """The whole graph as sorted lines, without the load/record timestamps (which differ per run)."""
    return sorted(json.dumps({"kind": r.kind, **_canonical(r.data)}, sort_keys=True) for r in store.export())


def funding_rounds_without_investors(store: GraphStore) -> list[str]:
    """Rounds whose leads or participants are not (yet) entities: a torn read if ever seen."""
    events: list[dict[str, Any]] = [
        r.data for r in store.export() if r.kind == "event" and r.data.get("kind") == "FUNDING_ROUND"
    ]
    wanted = {str(i) for e in events for i in [*(e.get("leads") or []), *(e.get("participants") or [])]}
    known = set(store.entities(sorted(wanted), include_retracted=True))
    return [str(e["id"]) for e in events if not set(e.get("leads") or []) | set(e.get("participants") or []) <= known]
