"""A sentence read clause by clause: "A raised $20m led by B; C raised $9m", "A raised $5m, while C said D led a
round" report one round per clause, each with its own company, amount and investors."""

from __future__ import annotations

import dataclasses
import re

from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention

# "A led the pack with a $117m round, followed by B that raised $60m from C": B's round, in a clause of its own
# (not "led by A, followed by B": B joined A's round)
_FOLLOWED_BY = re.compile(
    r",\s+followed by\s+(?=[^,;]{0,80}?\b(?:that|which|who)\s+(?:\w+\s+)?(?:raised|secured|received|closed|landed)\b)"
)

# "A raised $30m from B, and C raised $12m", "A closed a round led by B, C raised $20m from D": C's own clause
# "..., payments firm C secured $15m from D", "..., African fintech C raised": words describing C may open its clause
_NEXT_RAISER = re.compile(
    r",\s+(?:and\s+)?(?=(?:(?:[A-Z][\w-]*\s+){1,2}(?=[a-z]))?(?:(?!(?:which|that|who|whom|whose|its|their|the|an?)\b)[a-z][\w-]*\s+){0,3}"
    r"(?:[A-Z][\w.&-]*\s+){1,4}(?:(?:also|has|have|had|just)\s+)?"
    r"(?:raised|raises|secured|secures|closed|closes|landed|lands|bagged|bags|received|receives|completed|nabbed|"
    r"got|gets|attracted|attracts|garnered)\b)"
)

# "Plus, A and B have blocked banks from their networks": a subject and its own finite verb open the sentence
_ITS_OWN_CLAUSE = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?:[A-Z][\w.&-]*\s+){1,4}(?:and\s+(?:[A-Z][\w.&-]*\s+){1,4})?"
    r"(?:have|has|had|was|were|is|are|[a-z]+ed)\s+[^,;]*$"
)
_RAISED_BEFORE = re.compile(
    r"\b(?:raised|raises|secured|secures|closed|closes|landed|lands|bagged|bags|received|receives|completed|nabbed)\b"
)


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """The sentence's clauses, as `clause_start` cuts them (a ";" outside parentheses, a contrasting "while")."""
    cuts = [m.end() for m in re.finditer(r";|\b(?:while|whereas|but)\s+", text)]
    starts = {0, *(clause_start(text, min(pos + 1, len(text))) for pos in cuts)}
    starts |= {m.end() for m in _FOLLOWED_BY.finditer(text)}
    # only after a clause that reported money of its own or told what another company did ("A blocked banks, C
    # raised $75m"); "After founding it, A raised ...", "Led by B, A raised ..." stay one clause
    starts |= {
        m.end()
        for m in _NEXT_RAISER.finditer(text)
        if _RAISED_BEFORE.search(text, 0, m.start()) or _ITS_OWN_CLAUSE.match(text[: m.start()])
    }
    return _pairs(sorted(starts), len(text))


def _pairs(starts: list[int], end: int) -> list[tuple[int, int]]:
    return list(zip(starts, [*starts[1:], end], strict=True))


def clause_views(view: SentenceView) -> list[SentenceView]:
    """The view itself when the sentence is one clause; else one view of each clause, with the mentions and dates
    inside it (offsets moved to the clause; spans still point into the document)."""
    bounds = clause_bounds(view.text)
    if len(bounds) < 2:
        return [view]
    return [_part(view, start, end) for start, end in bounds]


def _part(view: SentenceView, start: int, end: int) -> SentenceView:
    sentence = view.sentence
    part = dataclasses.replace(
        sentence, text=sentence.text[start:end], start=sentence.start + start, end=sentence.start + end
    )
    mentions = [
        Mention(m.text, m.start - start, m.end - start, m.possessive)
        for m in view.mentions
        if start <= m.start and m.end <= end
    ]
    dates = [
        dataclasses.replace(d, start=d.start - start, end=d.end - start)
        for d in view.dates
        if start <= d.start and d.end <= end
    ]
    return SentenceView(part, mentions, dates, view.doc)
