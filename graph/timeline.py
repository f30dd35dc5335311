"""Timeline order: dated events oldest first, undated events last (never given an invented date)."""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import Event


def order_timeline(events: Iterable[Event]) -> list[Event]:
    """Oldest first; coarser dates before finer ones starting the same day; undated last; id breaks ties."""
    unique = {event.id: event for event in events}.values()
    dated = sorted((e for e in unique if e.date is not None), key=lambda e: (e.date, e.id))
    undated = sorted((e for e in unique if e.date is None), key=lambda e: e.id)
    return dated + undated
