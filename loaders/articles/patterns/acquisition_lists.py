"""Purchases listed after the noun: "X has made several acquisitions, notably including A in 2020 and B in 2022",
"X's acquisitions include A and B", "its purchases, such as A". A plan ("potential acquisitions such as A") or a
target list ("acquisition targets like A") is none; acquisitions.apply states what this reader finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import Statement
from loaders.articles.records import not_a_party

_ORG = EntityKind.ORGANIZATION

_LISTED = re.compile(
    r"\b(?P<noun>acquisitions|purchases|takeovers|buyouts)\b,?\s+(?:(?:most\s+)?notably\s+|most\s+recently\s+)?"
    r"(?:including|such\s+as|like|include|included|includes)\s+(?:the\s+)?(?=[A-Z])"
)
# "potential acquisitions such as", "its failed takeovers including": no purchase done
_NOT_DONE = re.compile(
    r"\b(?:potential|possible|planned|proposed|future|failed|rumou?red|mooted|further|more|new|upcoming|pending)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# "A in January 2020 and B": a date after each name, then the next one
_DATED_AND = re.compile(r"\s+(?:in|for)\s+[^,;.]{1,25}?\s+and\s+(?:the\s+)?(?=[A-Z])")
_OWNER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}$")


def acquisitions_listed(view: SentenceView) -> Iterator[Statement]:
    for m in _LISTED.finditer(view.text):
        if _NOT_DONE.search(view.text, clause_start(view.text, m.start()), m.start("noun")):
            continue
        buyer = _buyer(view, m.start("noun"))
        if buyer is None or view.b.record(buyer).kind != _ORG:
            continue
        for target in _targets(view, m.end()):
            if target.possessive or view.is_person(target) or not_a_party(target.text):
                continue
            ref = view.resolve(target, _ORG)
            if ref is not None and ref != buyer:
                span = view.span(m.start(), target.end)
                when = view.date_near(target.end, after_only=True, window=30)  # "A in January 2020 and B"
                yield RelationType.ACQUIRED, buyer, ref, span, {"valid_from": when}


def _buyer(view: SentenceView, noun: int) -> str | None:
    """ "X's acquisitions": X; else the clause's subject ("X has made several acquisitions, including")."""
    owner = _OWNER.search(view.text, 0, noun)
    named = view.mention_before(owner.start() + 1, limit=1) if owner is not None else None
    if named is not None and named.possessive:
        return None if view.is_person(named) else view.resolve(named, _ORG)
    return view.subject_ref(noun)


def _targets(view: SentenceView, pos: int) -> list[Mention]:
    listed = view.name_list(pos)
    while listed:
        more = _DATED_AND.match(view.text, listed[-1].end)
        nxt = view.mention_at(more.end()) if more is not None else None
        if nxt is None:
            break
        listed.append(nxt)
    return listed
