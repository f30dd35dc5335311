"""Price moves written as quotes beside a name rather than in a clause: "Velquor (-3.03%)", "Velquor (141.95,
-4.08, -2.79%)", "Velquor(down 1.48 per cent)", "Velquor Inc. VLQR 8.55%", "Percent Change: -3.77"."""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind
from loaders.articles.cleaning import MOVERS_HEADING, MOVERS_ROW
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.move_checks import another_instrument
from loaders.drafts import EventDraft, Span

_PCT = r"\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)"
# right after a name: an optional ticker in parentheses and a change in points, then the figure
_QUOTE = re.compile(
    r"\s*(?:(?P<tick>\([A-Z0-9.:\s]{2,16}\))\s*(?:[-+−]\d[\d.,]*\s*)?)?"
    # "(-3.03%)", "(141.95, -4.08, -2.79%)", "(VLQ+2.11%)": a ticker glued to the signed figure
    r"(?:\((?:[^()]{0,40}?[\s,]|[A-Z]{1,5})?(?P<sign>[-+−])\s?(?P<pct>" + _PCT + r")\s*\)"
    # "(down 1.48 per cent)", "(up more than 1%)", "(up 6% Wednesday)"
    r"|\(\s*(?P<dir>up|down)\s+(?:(?P<qual>more than|nearly|almost|about|around|roughly|over)\s+)?"
    r"(?P<pct2>" + _PCT + r")(?:\s+[A-Z][a-z]+day)?\s*\)"
    # "NIO Inc. NIO 8.55%", "(NIO -7.4% )": a ticker and its day's figure, to two places
    r"|\s(?:\(\s*)?[A-Z]{2,5}\s+(?P<sign3>[-+−])?(?P<pct3>\d+\.\d\d)\s?%(?:\s*\))?(?![\w-])"
    # "Velquor (VLQ) +2.2%": a signed figure right after the ticker
    r"|(?(tick)(?P<sign4>[-+−])(?P<pct4>\d+(?:\.\d+)?)\s?%(?![\w%])|(?!)))"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# "Price: 33.44, Change: -1.31, Percent Change: -3.77": a quote line of the stock the text is about
_PERCENT_CHANGE = re.compile(r"\bPercent Change:\s*(?P<sign>[-+−])?(?P<pct>\d+(?:\.\d+)?)\b")

# "X (XYZ -1.39%)", "X Inc. XYZ 8.55%", "X (XYZ) +2.2%": a ticker's quote, which a page may print as of the day it
# is read rather than the day the text tells of
_TICKER_QUOTE = re.compile(r"[A-Z]{2,5}\)?\s*[-+−]?\d")
TICKER_QUOTE_RULE = "market.ticker_quote.PRICE_MOVE"

Emit = Callable[[SentenceView, str, PartialDate | None, float | None, bool, dict[str, str | None], Span], None]


def quoted_moves(view: SentenceView, emit: Emit, fallback: str | None) -> None:
    """Each name followed by its quote; `fallback` (the stock the text is about) for a bare "Percent Change"."""
    date = view.doc.published_at
    for named in view.mentions:
        found = _QUOTE.match(view.text, named.end)
        if found is None or named.possessive or view.is_person(named) or another_instrument(view.text, named):
            continue
        if guess_kind(named.text) in (EntityKind.PLACE, EntityKind.PRODUCT):
            continue  # "a license revenue decline in F2Q15 (-6.7%)": a period or a model has no quote
        subject = view.resolve(named, EntityKind.ORGANIZATION)
        if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
            continue
        sign = found.group("sign") or found.group("sign3") or found.group("sign4") or ""
        down = sign in ("-", "−") or found.group("dir") == "down"
        figure = found.group("pct") or found.group("pct2") or found.group("pct3") or found.group("pct4")
        pct = float(_NUMBER.search(figure).group(0))  # type: ignore[union-attr]
        props = {"qualifier": found.group("qual")} if found.group("qual") else {}
        span = view.span(named.start, found.end())
        if _TICKER_QUOTE.search(found.group(0)):
            span = span.model_copy(update={"rule": TICKER_QUOTE_RULE})
        emit(view, subject, date, -pct if down else pct, down, props, span)
    change = _PERCENT_CHANGE.search(view.text)
    if change is not None and fallback is not None:
        down = change.group("sign") in ("-", "−")
        pct = float(change.group("pct"))
        emit(view, fallback, date, -pct if down else pct, down, {}, view.span(change.start(), change.end()))
    _table_row(view, emit)


_DOWN_HEADING = re.compile(r"\b(?:losers|decliners|laggards)\b", re.IGNORECASE)


def _heading(source: str, start: int) -> str | None:
    """The line above the table holding the row at `start`: rows of the same shape above it are passed over."""
    for line in reversed(source[:start].splitlines()[-40:]):
        if line.strip() and not MOVERS_ROW.fullmatch(line.strip("`*_ ")):
            return line.strip("`*_ ")
    return None


def _table_row(view: SentenceView, emit: Emit) -> None:
    """A row "Name: -1.14 per cent" of a table headed "TOP LOSERS" (or gainers, movers): the named stock moved by
    the figure, down when signed so or listed among losers; a stock listed again under another index keeps the
    first figure the text gave it."""
    row = MOVERS_ROW.fullmatch(view.text)
    named = _row_name(view, row) if row is not None else None
    if row is None or named is None or named.end != row.end("name") or view.is_person(named):
        return
    heading = _heading(view.b.source, view.sentence.start)
    if heading is None or not MOVERS_HEADING.match(heading) or guess_kind(named.text) is EntityKind.PLACE:
        return
    subject = view.resolve(named, EntityKind.ORGANIZATION)
    if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
        return
    if any(e.kind == EventKind.PRICE_MOVE and e.subject == subject and e.pct_change for e in view.b.events.values()):
        return  # "SENSEX TOP GAINERS ... NIFTY TOP GAINERS": the same stock's second line
    sign = row.group("sign")
    down = sign in ("-", "−") if sign else _DOWN_HEADING.search(heading) is not None
    pct = float(row.group("pct"))
    span = view.span(named.start, row.end("pct")).model_copy(update={"rule": "market.table_row.PRICE_MOVE"})
    emit(view, subject, view.doc.published_at, -pct if down else pct, down, {}, span)


def _row_name(view: SentenceView, row: re.Match[str]) -> Mention | None:
    """The name a row opens with: the mention there, or a capitalised name alone ("Wipro:", "TCS:"), which the
    mention finder reads as a label."""
    named = view.mention_at(row.start("name"))
    if named is None and re.fullmatch(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}", row.group("name")):
        named = Mention(row.group("name"), row.start("name"), row.end("name"), False)
    return named


def drop_outtold_quotes(events: list[EventDraft]) -> list[EventDraft]:
    """A ticker's quote that the text contradicts is of another day: "X (XYZ 0.80%) was a big underperformer.
    Shares were down 4%" keeps the prose's fall only (a quote going the prose's way stays: "X (XYZ +4%) jumped 12%
    after hours")."""
    told = {
        (e.subject, e.direction)
        for e in events
        if e.kind == EventKind.PRICE_MOVE and e.pct_change is not None and e.span.rule != TICKER_QUOTE_RULE
    }
    opposite = {"up": "down", "down": "up"}
    return [
        e
        for e in events
        if not (e.span.rule == TICKER_QUOTE_RULE and (e.subject, opposite.get(e.direction or "")) in told)
    ]
