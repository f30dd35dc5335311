"""Attribute values over time, each pointing at the values it conflicts with."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from api.types.sources import Evidence, evidence_list
from graph import model
from graph.dates import PartialDate
from graph.history import conflict_map, order_history


@strawberry.type
class AttributeValue:
    attribute: str
    value: JSON
    valid_from: PartialDate | None
    valid_to: PartialDate | None
    evidence: list[Evidence]
    conflicts_with: list[AttributeValue]


def _plain(value: model.AttributeValue) -> AttributeValue:
    return AttributeValue(
        attribute=value.attribute,
        value=value.value,
        valid_from=value.valid_from,
        valid_to=value.valid_to,
        evidence=evidence_list(value.evidence),
        conflicts_with=[],
    )


def history_nodes(values: list[model.AttributeValue]) -> list[AttributeValue]:
    """History order; each node's conflictsWith holds the very nodes of the conflicting values."""
    nodes = {v.id: _plain(v) for v in order_history(values)}
    for value_id, others in conflict_map(values).items():
        nodes[value_id].conflicts_with.extend(nodes[o.id] for o in others)
    return list(nodes.values())
