"""Purchases the text says are still to close. "X has acquired Y for $5 billion" in a lead is often the deal's
announcement: when the same text says "The deal is expected to close in the second half, pending approval from
shareholders" or "The acquisition of Y is subject to regulatory approvals", Y is not bought yet, and the ACQUIRED
statement announced as done is dropped (a purchase the text dates to an earlier year, or calls completed, stays)."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import RelationType
from loaders.articles.builder import DraftBuilder
from loaders.drafts import RelationDraft

_DEAL = r"(?:deal|acquisition|transaction|purchase|takeover|merger|buyout|sale|tender offer)"
_STILL = r"(?:(?:still|now|currently|also|further|expected to be|likely to be)\s+)?"
# "The deal is expected to close in 2025", "The acquisition of Y remains subject to regulatory approvals"
_PENDING_DEAL = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w$.,'’-]+\s+){{0,4}}?{_DEAL}"
    # "The deal, under which X acquires Y, is expected to close": an aside between the deal and its state
    r"(?:\s+of\s+(?P<of>[^,;.]{1,60}?))?(?:,[^,;.]{1,120}?,)?\s+(?:is|are|remains?)\s+" + _STILL + r"(?:"
    r"(?:expected|slated|set|scheduled|due|anticipated|likely|poised|targeted)\s+to\s+"
    r"(?:close|complete|be\s+(?:completed|closed|finali[sz]ed|consummated))\b"
    r"|(?:subject|conditional)\s+(?:to|on|upon)\b|pending\b|awaiting\b)"
)
# ", subject to regulatory approval", "pending approval from shareholders": in the purchase's own sentence
_PENDING_APPROVAL = re.compile(
    r"\b(?:subject\s+to|pending|awaiting|conditional\s+(?:on|upon))\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:approvals?|clearance|consent|sign-off)\b"
)
_DONE = re.compile(r"\b(?:complet(?:ed|es|ion)|closed|closes|closing|finali[sz](?:ed|es|ation))\b", re.IGNORECASE)


def drop_pending_acquisitions(builder: DraftBuilder, published: PartialDate | None) -> None:
    """Drop the ACQUIRED statements of purchases the text says are still to close."""
    found = list(_PENDING_DEAL.finditer(builder.source))
    named = [m.group("of") for m in found if m.group("of")]
    # the year the deal was announced: the text's own, else the one before the year it is expected to close in
    after = [re.match(r"[^.;\n]{0,80}", builder.source[m.end() :]) for m in found]  # "... close in 2025"
    closes = [int(y) for a in after if a is not None for y in _YEAR.findall(a.group())]
    since = published.year if published is not None else min(closes) - 1 if closes else None
    acquired = {k: r for k, r in builder.relations.items() if r.type == RelationType.ACQUIRED}
    for key, relation in acquired.items():
        quote = relation.span.quote or ""
        if _DONE.search(quote):
            continue  # "X completed its acquisition of Y": done, whatever else is pending
        start, end = relation.span.start or 0, relation.span.end or 0
        rest = re.match(r"[^.;\n]*", builder.source[end : end + 300])  # the rest of the sentence
        sentence = builder.source[start:end] + (rest.group() if rest else "")
        target = builder.entities[relation.object].name
        about_it = any(target.casefold() in of.casefold() for of in named)
        recent = _recent(relation, since)
        unnamed = not named and bool(found) and recent  # "the deal": the one the text names, if it names one
        if about_it or unnamed or (_PENDING_APPROVAL.search(sentence) and recent):
            del builder.relations[key]


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _recent(relation: RelationDraft, since: int | None) -> bool:
    """A purchase the text does not date before the year the pending deal was announced (undated, or later)."""
    when = relation.valid_from
    return when is None or (since is not None and when.year >= since)
