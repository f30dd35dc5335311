"""Price moves told as what an event did to a stock: "..., sending Velquor shares up 9%", "lifting the X Composite
0.9%", "sent shares of X down 4.5%"; the stock is the verb's object, named there."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.move_checks import another_instrument, move_date
from loaders.articles.patterns.move_quotes import Emit

_CAUSE = re.compile(
    r"\b(?:sending|sent|sends|pushing|pushed|driving|drove|lifting|lifted|dragging|dragged|knocking|knocked)\s+"
    r"(?:(?:the\s+)?(?:shares|stock)\s+(?:of|in)\s+)?(?P<object>(?:the\s+)?(?:(?:broader|benchmark|main|blue-chip)\s+)?[A-Z][^,;%]{0,60}?)\s+"
    r"(?:(?P<dir>up|down|higher|lower)\s+)?(?:by\s+)?(?:as much as\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)(?:\s+(?P<dir2>higher|lower)\b)?"
    r"(?!\s+(?:stake|share of|of (?:the|its)))",
)
# what may follow the name in the object: its shares or stock, an index word
_AFTER_NAME = re.compile(
    r"(?:['’]s?)?(?:\s+(?:shares|stock|ADRs|index|gauge|share price|stock price))?\s*", re.IGNORECASE
)


def caused_moves(view: SentenceView, emit: Emit) -> None:
    """The stock named as the object of a verb that moved it, by the figure after it."""
    for m in _CAUSE.finditer(view.text):
        named = _object_name(view, m)
        if named is None:
            continue
        subject = view.resolve(named, EntityKind.ORGANIZATION)
        if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
            continue
        verb = view.text[m.start() : m.start("object")].split()[0].lower()
        direction = (m.group("dir") or m.group("dir2") or "").lower()
        if direction:
            down = direction in ("down", "lower")
        elif verb.startswith(("lift", "drag", "knock")):
            down = verb.startswith(("drag", "knock"))  # "lifting the X Composite 0.9%"
        else:
            continue  # "sending X 5%": no direction told
        pct = float(m.group("pct"))
        date = move_date(view, m.end())
        emit(view, subject, date, -pct if down else pct, down, {}, view.span(m.start(), m.end()))


def _object_name(view: SentenceView, m: re.Match[str]) -> Mention | None:
    """The name the object is: one mention, followed only by its shares, stock or index word."""
    lead = re.match(r"(?:the\s+)?(?:(?:broader|benchmark|main|blue-chip)\s+)?", m.group("object"))
    named = view.mention_at(m.start("object") + (lead.end() if lead else 0))
    if named is not None and named.end == m.end("pct") and named.text.endswith(m.group("pct")):
        # "lifting the X Composite 0.9%": the finder ran the figure into the name
        text = named.text[: -len(m.group("pct"))].rstrip()
        named = Mention(text, named.start, named.start + len(text), False)
    if named is None or view.is_person(named) or guess_kind(named.text) == EntityKind.PLACE:
        return None
    if _AFTER_NAME.fullmatch(view.text, named.end, m.end("object")) is None:
        return None  # "lifting X's revenue 5%", "sending the X index of growth stocks up": not the name's move
    if named.possessive and not re.match(r"['’]s?\s+(?:shares|stock|ADRs|share price)\b", view.text[named.end :]):
        return None
    return None if another_instrument(view.text, named) else named
