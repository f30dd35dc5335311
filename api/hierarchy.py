"""Ownership chains: which parent counts when several are stated, and the cycle-safe walk to the top."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from graph.model import EntityId, Relation


def _ownership(relation: Relation) -> float:
    pct = relation.properties.get("ownership_pct", relation.properties.get("ownershipPct"))
    return float(pct) if isinstance(pct, int | float) else -1.0


def choose_parent(relations: Sequence[Relation], child_id: EntityId) -> EntityId | None:
    """The parent among SUBSIDIARY_OF relations of child_id: largest known stake, then latest start, then id."""
    outgoing = [r for r in relations if r.subject_id == child_id and r.object_id != child_id]
    if not outgoing:
        return None

    def rank(r: Relation) -> tuple[float, float, str]:
        # Latest start first; undated starts after dated ones.
        started = -float(r.valid_from.start().toordinal()) if r.valid_from else float("inf")
        return (-_ownership(r), started, r.object_id)

    return sorted(outgoing, key=rank)[0].object_id


async def ultimate_parent(
    start: EntityId, parent_of: Callable[[EntityId], Awaitable[EntityId | None]], max_depth: int = 64
) -> EntityId | None:
    """Follow parents to the top. None when start has no parent; stops before repeating on a cycle."""
    seen = {start}
    current = start
    top: EntityId | None = None
    for _ in range(max_depth):
        parent = await parent_of(current)
        if parent is None or parent in seen:
            break
        seen.add(parent)
        top = current = parent
    return top
