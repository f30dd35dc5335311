"""Attribute values over time, each pointing at the values it conflicts with."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from api.types.scalars import ReviewStatus
from api.types.sources import Evidence, evidence_list
from graph import model
from graph.dates import PartialDate
from graph.history import conflict_map, order_history
from graph.validity import Lifetime, attribute_validity, lifetime_of


@strawberry.type
class AttributeValue:
    attribute: str
    value: JSON
    valid_from: PartialDate | None
    valid_to: PartialDate | None
    dated: bool = strawberry.field(
        description="True when a source dated the value; false when validFrom is the entity's founding or release."
    )
    evidence: list[Evidence]
    conflicts_with: list[AttributeValue]
    review: ReviewStatus | None = None


def _plain(value: model.AttributeValue, lifetime: Lifetime) -> AttributeValue:
    validity = attribute_validity(value, lifetime)
    return AttributeValue(
        attribute=value.attribute,
        value=value.value,
        valid_from=validity.valid_from,
        valid_to=validity.valid_to,
        dated=validity.dated,
        evidence=evidence_list(value.evidence),
        conflicts_with=[],
        review=value.review,
    )


def history_nodes(values: list[model.AttributeValue], entity: model.Entity) -> list[AttributeValue]:
    """History order; each node's conflictsWith holds the very nodes of the conflicting values; periods by the
    time rule (an undated value holds from the entity's beginning)."""
    lifetime = lifetime_of(entity)
    nodes = {v.id: _plain(v, lifetime) for v in order_history(values)}
    for value_id, others in conflict_map(values).items():
        nodes[value_id].conflicts_with.extend(nodes[o.id] for o in others)
    return list(nodes.values())
