"""A company described instead of named ("the Nasdaq-listed Chinese data centre provider said ..."): the description
stands for the company the text is about, unless the sentence names another company it could as well stand for."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import OPENING_PARTICIPLE, SentenceView
from loaders.articles.mentions import guess_kind
from loaders.articles.patterns.exchanges import HYPHEN, MARKETS, state_listing

_ORG = EntityKind.ORGANIZATION

_NOUN = (
    r"(?:company|firm|start-?up|group|giant|maker|automaker|carmaker|chipmaker|developer|designer|platform|operator|"
    r"provider|manufacturer|conglomerate|lender|retailer|stock)"
)
# "the Nasdaq-listed Chinese data center service provider", "The Kosdaq-listed company" (not "the Shanghai-listed
# company X": a name follows, read in listings.py)
_LISTED_DESCRIPTION = re.compile(
    rf"\b(?:[Tt]he|[Tt]his)\s+{MARKETS}{HYPHEN}listed\s+(?:(?!(?:of|in|for|to|by|with|and|or|at|on|from)\b)"
    rf"(?:[a-z-]+|[A-Z][a-z]+)\s+){{0,4}}?{_NOUN}\b(?!\s+[A-Z])"
)
LISTED_DESCRIPTION_RULE = "described.listed_description.LISTED_ON"


def listed_description(view: SentenceView) -> None:
    """ "..., the Nasdaq-listed Chinese data center service provider said": the text's company is listed there."""
    topic = view.doc.topic
    opening = OPENING_PARTICIPLE.match(view.text)
    for m in _LISTED_DESCRIPTION.finditer(view.text):
        after = opening.end() if opening is not None and opening.end() <= m.start() else 0
        if topic is None or names_another_company(view, topic, after, m.start()):
            continue
        span = view.span(m.start(), m.end()).model_copy(update={"rule": LISTED_DESCRIPTION_RULE})
        state_listing(view, topic, m.group("place"), span, presupposed=True)  # "..., the Nasdaq-listed X said"


def names_another_company(view: SentenceView, topic: str | None, start: int, pos: int) -> bool:
    """Whether the sentence names a company other than the text's topic between `start` and `pos` (a person or a
    place is none; "Backed by A and B, the Lisbon-based venture": the backers of an opening phrase are not either)."""
    for m in view.mentions:
        if m.start < start or m.end > pos or view.is_person(m) or guess_kind(m.text) == EntityKind.PLACE:
            continue
        known = view.b.find(m.text)
        if known is None or (known.ref != topic and known.kind == _ORG):
            return True
    return False


def only_named_after(view: SentenceView, pos: int, end: int) -> bool:
    """Whether the sentence names no company before a title at `pos`, nor the topic anywhere, but after the person
    ending at `end` a company the text knows ("CEO A defended the move, saying Y's runway ..."): the topic is no
    surer an employer than Y."""
    topic, other = view.doc.topic, False
    for m in view.mentions:
        if view.is_person(m) or guess_kind(m.text) == EntityKind.PLACE:
            continue
        known = view.b.find(m.text)
        if m.end <= pos or (known is not None and known.ref == topic):
            return False
        other = other or (m.start >= end and known is not None and known.kind == _ORG)
    return other
