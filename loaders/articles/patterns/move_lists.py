"""Moves a wrap states without a percentage: an index or stock moved by points or money to a level ("was up 482.70
points to 71,555.19", "fell €2.10 to €89.50"), the names a wrap lists as its top gainers or losers, and a stock that
hit its daily limit ("hit its lower limit of 10 per cent")."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.move_checks import another_instrument, move_date
from loaders.articles.patterns.move_quotes import Emit

_MONEY = r"(?:[€$£¥₹]|US\$|HK\$|NT\$|Rs\.?\s?)"
_AMOUNT = rf"{_MONEY}?\d[\d,]*(?:\.\d+)?(?:\s+(?:points?|cents|pence|won|yen|yuan|rupees))?"
# right after the name: "X (XX) index was up 482.70 points to 71,555.19", "X fell back €2.10 to €89.50"
_BY_AMOUNT = re.compile(
    r"(?:['’]s)?(?:\s*\([^()]{1,20}\))?(?:\s+(?:index|shares|stock))?\s+(?:(?:was|were|is|are)\s+)?"
    r"(?P<verb>up|down|rose|fell|gained|lost|added|shed|climbed|dropped|slipped|jumped|advanced|declined|eased)"
    rf"(?:\s+back)?\s+(?:by\s+)?(?:just\s+)?{_AMOUNT}\s+(?:to|at)\s+{_MONEY}?\d[\d,]*(?:\.\d+)?(?![.,]?\d)"
    # the level ends the clause or a time, place or cause follows: not "$1,200 per customer", not "$8.9 billion"
    r"(?=\s*(?:[,.;]|$)|\s+(?:at|in|on|after|as|amid|while|and|but|with|before|despite|following)\b)"
)
_DOWN = frozenset({"down", "fell", "lost", "shed", "dropped", "slipped", "declined", "eased"})
# "The top five gainers on the X were A, B and C", "the top losers were ...": each name listed moved that way
_MOVERS = re.compile(
    r"\b(?:top|biggest|major|leading)\s+(?:\w+\s+)?(?P<which>gainers|losers|laggards|decliners|advancers)"
    r"(?:\s+(?:on|in|among)\s+(?:the\s+)?[^,;.]{1,30}?)?\s+(?:were|are|included|include)\s+"
)
# "X shares hit its lower limit of 10 per cent", "X hit the 20% upper circuit": the day's limit, up or down
_LIMIT = re.compile(
    r"(?:['’]s)?(?:\s*\([^()]{1,20}\))?(?:\s+(?:shares|stock))?\s+(?:hit|hits|touched|was locked in|were locked in)\s+"
    r"(?:its|their|the|a)\s+(?:(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)\s+)?(?P<dir>lower|upper)\s+"
    r"(?:circuit|limit|price limit)(?:\s+of\s+(?P<pct2>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent))?"
)


def listed_moves(view: SentenceView, emit: Emit) -> None:
    """The moves of names followed by a move in points or money, listed as top movers, or at their daily limit."""
    for named in view.mentions:
        if not _a_stock(view, named):
            continue
        by_amount = _BY_AMOUNT.match(view.text, named.end)
        if by_amount is not None:
            down = by_amount.group("verb") in _DOWN
            _emit(view, emit, named, None, down, by_amount.end(), "market.amount_move.PRICE_MOVE")
        limit = _LIMIT.match(view.text, named.end)
        if limit is not None:
            figure = limit.group("pct") or limit.group("pct2")
            _emit(view, emit, named, float(figure) if figure else None, limit.group("dir") == "lower", limit.end())
    for movers in _MOVERS.finditer(view.text):
        down = movers.group("which") in ("losers", "laggards", "decliners")
        listed = view.name_list(movers.end())
        if len(listed) < 2 or not re.match(r"\s*(?:[.;]|$)", view.text[listed[-1].end :]):
            continue  # the list must end the clause: "were A, B and C."
        for named in (n for n in listed if _a_stock(view, n)):
            _emit(view, emit, named, None, down, named.end, "market.movers_list.PRICE_MOVE")


def _a_stock(view: SentenceView, named: Mention) -> bool:
    """A name that can be a stock: no person, place, or other instrument named after it."""
    if view.is_person(named) or guess_kind(named.text) == EntityKind.PLACE:
        return False
    return not another_instrument(view.text, named)


def _emit(
    view: SentenceView, emit: Emit, named: Mention, pct: float | None, down: bool, end: int, rule: str | None = None
) -> None:
    subject = view.resolve(named, EntityKind.ORGANIZATION)
    if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
        return
    span = view.span(named.start, end)
    span = span.model_copy(update={"rule": rule}) if rule else span
    emit(view, subject, move_date(view, end), None if pct is None else (-pct if down else pct), down, {}, span)
