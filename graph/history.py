"""Attribute history: every stated value, oldest first, with the values it conflicts with.

Values are never overwritten. Two values of the same attribute conflict when they differ and their
validity periods share a day; both are kept and each points at the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.dates import PartialDate, periods_overlap
from graph.model import AttributeValue


def _start(value: AttributeValue) -> PartialDate:
    assert value.valid_from is not None
    return value.valid_from


def order_history(values: Sequence[AttributeValue]) -> list[AttributeValue]:
    """Dated values oldest first, undated last; the id breaks ties so the order is stable."""
    dated = sorted((v for v in values if v.valid_from is not None), key=lambda v: (_start(v), v.id))
    undated = sorted((v for v in values if v.valid_from is None), key=lambda v: v.id)
    return dated + undated


def conflicts(a: AttributeValue, b: AttributeValue) -> bool:
    """Same attribute, different value, overlapping periods. A value never conflicts with itself."""
    if a.id == b.id or a.entity_id != b.entity_id or a.attribute != b.attribute:
        return False
    if a.value == b.value:
        return False
    return periods_overlap(a.valid_from, a.valid_to, b.valid_from, b.valid_to)


def conflict_map(values: Sequence[AttributeValue]) -> dict[str, list[AttributeValue]]:
    """For each value id, the other values that conflict with it (in history order)."""
    ordered = order_history(values)
    return {a.id: [b for b in ordered if conflicts(a, b)] for a in ordered}
