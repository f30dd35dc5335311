"""Market wraps that say the verb once for a list: "A rose 2.5%, B 1.9% and C 0.4%", "A fell 3%; B, 2.1%": each
name after the first moved its own figure the same way."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.move_checks import another_instrument, move_date
from loaders.articles.patterns.move_quotes import Emit
from loaders.articles.patterns.move_words import DOWN, UP_OR_DOWN

_PCT = r"\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)"
# the verb and figure the list's first name moved by, the list items after it, and this name's own figure
_ANCHOR = re.compile(
    rf"\b(?P<verb>{UP_OR_DOWN})\s+(?:by\s+)?{_PCT}(?P<items>(?:[,;]?\s+(?:and\s+)?[^,;%]{{2,60}}?,?\s+{_PCT})*)"
)
_ANOTHER_CLAUSE = re.compile(rf"\b(?:while|whereas|but|although|though|{UP_OR_DOWN})\b", re.IGNORECASE)
_ITEM_END = re.compile(
    r"(?=\s*(?:,|;|\.|\band\b|\bwhile\b|\bbut\b|\bwhereas\b|$)|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri)day\b)"
)  # "A rose 3% and B 2% on Tuesday": the day closes the item too
# "B 1.9%", "B (XX) 1.9%", "B (XX) by 4.2 per cent", "; B, 1.9%": the item's own figure
_FIGURE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:by\s+)?(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)"
)
_GLUED_FIGURE = re.compile(r"\s+\d+(?:\.\d+)?$")
_DOWN_WORDS = frozenset(DOWN.split("|"))


# "A and B rose 2% and 3%, while C fell 4%": a clause of its own after the paired figures
_TAIL_CLAUSE = re.compile(r",?\s+(?:while|whereas|but)\s+|;\s+")


def clauses_after_pairs(text: str, paired: re.Match[str]) -> list[int]:
    """Where the clauses after figures paired with a list start: after "respectively, " ("..., respectively, C fell
    5%"), or after the figures when a clause of its own follows ("A and B rose 2% and 3%, while C fell 4%")."""
    tail = _TAIL_CLAUSE.match(text, paired.end())
    return sorted([m.end() for m in re.finditer(r"\brespectively,\s+", text)] + ([tail.end()] if tail else []))


def gapped_moves(view: SentenceView, emit: Emit) -> None:
    """Each name in the list after a move verb's figure, followed by its own figure and nothing else."""
    pos = 0
    while (anchor := _ANCHOR.search(view.text, pos)) is not None:
        start, end = anchor.start("items"), anchor.end("items")
        # "A rose 2% and B 1%, while C shed 3%, D 2.5%": the list ends where another verb or clause begins
        turn = _ANOTHER_CLAUSE.search(view.text, start, end)
        end = turn.start() if turn is not None else end
        pos = max(end, anchor.start("verb") + 1)
        if end <= start:
            continue
        down = anchor.group("verb").lower() in _DOWN_WORDS
        for found in view.mentions:
            glued = _GLUED_FIGURE.search(found.text)
            named = found
            if glued is not None and re.match(r"\s?(?:%|per ?cent\b|percent\b)", view.text[found.end :]):
                # "Zantrix Motors 1.9%": the finder ran the figure into the name
                named = Mention(found.text[: glued.start()], found.start, found.start + glued.start(), False)
            if named.start < start or named.end > end or named.possessive or view.is_person(named):
                continue
            lead = view.text[start : named.start]
            if not re.search(r"(?:^|%|\bper ?cent|\bpercent)\s*(?:[,;]\s*|[,;]?\s+and\s+)(?:the\s+)?$", lead):
                continue  # the name must open a list item: ", B 1.9%", " and C 0.4%", "; B, 1.9%"
            figure = _FIGURE_AFTER.match(view.text, named.end)
            if figure is None or not _ITEM_END.match(view.text, figure.end()):
                continue
            if guess_kind(named.text) == EntityKind.PLACE or another_instrument(view.text, named):
                continue
            subject = view.resolve(named, EntityKind.ORGANIZATION)
            if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
                continue
            pct = float(figure.group("pct"))
            date = move_date(view, figure.end())
            emit(view, subject, date, -pct if down else pct, down, {}, view.span(named.start, figure.end()))
