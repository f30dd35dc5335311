"""Whom "the startup" stands for. A text about a large company (the investor that led a round, the buyer) often
calls the company it funded or bought "the startup": when the text never called its topic a start-up and called
exactly one company the topic invested in or bought one ("AI startup X", "X, a Lisbon-based startup", "X is a
chip startup"), the words stand for that company; when it called several, for no one (a caller that falls back
to the topic still does). Only companies the draft already holds count."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import EntityKind, RelationType

if TYPE_CHECKING:
    from loaders.articles.context import SentenceView

_STARTUP = r"start-?ups?\b"
_BACKS = (RelationType.INVESTED_IN, RelationType.ACQUIRED)


def _called_startup(source: str, names: list[str]) -> bool:
    """Whether the text calls one of the names a start-up: before the name, in an appositive or by "is a"."""
    for name in names:
        n = re.escape(name)
        if re.search(
            rf"\b{_STARTUP}\s+{n}\b|\b{n}(?:['’]s)?(?:,\s+(?:an?|the)|\s+is\s+an?)\s+[^,.;]{{0,50}}?\b{_STARTUP}",
            source,
            re.IGNORECASE,
        ):
            return True
    return False


def startup_meant(view: SentenceView) -> str | None:
    """The company "the startup" stands for: the topic when the text called it one, else the one company the topic
    backed that the text called a start-up, else (several such companies) no one."""
    topic = view.doc.topic
    source = view.b.source
    if topic is None or _called_startup(source, [view.b.record(topic).name, *view.b.record(topic).aliases]):
        return topic
    backed = {
        r.object for r in view.b.relations.values() if r.subject == topic and r.type in _BACKS
    }  # the companies the topic funded or bought in this text
    called = [
        r.ref
        for r in view.b.entities.values()
        if r.kind == EntityKind.ORGANIZATION and r.ref in backed and _called_startup(source, [r.name, *r.aliases])
    ]
    if not called:
        return topic
    return called[0] if len(called) == 1 else None
