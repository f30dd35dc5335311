"""When a product named in a sentence was released: the date after a release verb or in parentheses after its
name, the clause's date when a release verb leads to the name, or "the same month" as the text's last date."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention

# A release verb shortly before the name, with no comparison in between ("released X", not "matches X").
_RELEASE_BEFORE = re.compile(
    r"\b(?:released|launched|presented|unveiled|came out)\b"
    r"(?![^.;]*\b(?:matches|match|compared|rivals?|than|versus|vs|outperform\w*|beats?|ahead of)\b)[^.;]{0,90}$",
    re.IGNORECASE,
)
_SAME_MONTH = re.compile(r"\bthe same month\b", re.IGNORECASE)


def release_date(view: SentenceView, m: Mention) -> PartialDate | None:
    window = view.text[m.end : m.end + 130]
    nxt = next((o.start - m.end for o in view.mentions if o.start > m.end), len(window))
    verb = re.search(r"\b(?:released|launched|came out|arrived|debuted|unveiled|shipped) (?:in|on)\s", window[:nxt])
    if verb:
        date = view.date_near(m.end + verb.start(), after_only=True, window=25)
        if date:
            return date
    after = view.text[m.end : m.end + 40]
    paren = re.match(r"\s*\((?P<month>[A-Z][a-z]+ \d{4})\)", after)
    if paren or re.match(r"[^,.;]{0,30}?\b(?:in|on)\s", after):
        date = view.date_near(m.end, after_only=True, window=30)
        if date:
            return date
    clause_start = view.text.rfind(";", 0, m.start) + 1
    head = view.text[clause_start : m.start]
    verb = _RELEASE_BEFORE.search(head)
    if verb is not None:
        # "X e-bike launched in March and its Y app ...": the verb belongs to X, not to Y
        verb_at = clause_start + verb.start()
        earlier = [o for o in view.mentions if clause_start <= o.start and o.end <= verb_at and o is not m]
        if earlier and re.fullmatch(r"\**\s*(?:[a-z-]+\s+){0,2}", view.text[earlier[-1].end : verb_at]):
            verb = None
    if verb is not None or re.match(r"[^.;]{0,30}\b(?:released|launched|came out|arrived)\b", after):
        for d in reversed(view.dates):
            if d.date is not None and clause_start <= d.start < m.start:
                return d.date
        if _SAME_MONTH.search(view.text):
            return view.doc.last_date
    if _SAME_MONTH.search(after):
        return view.doc.last_date
    return None
