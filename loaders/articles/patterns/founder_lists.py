"""Founders named in lists and relative clauses: "X, which A and B started in 2016", "A, one of X's founders", "X's
co-founders, A and B, said", "The founders of X, A and B, met ..."; and whether a name is a person's here."""

from __future__ import annotations

import itertools
import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, looks_like_person


def a_person(view: SentenceView, m: Mention) -> bool:
    known_org = view.b.find(m.text, EntityKind.ORGANIZATION) is not None
    return not known_org and (view.is_person(m) or looks_like_person(m.text))


# "X, which A and B started in a garage in 2016, ...", "X, which A co-founded in 2017": the relative clause's
# object is the name before "which"; its subject the people named right after it
_WHICH_THEY_FOUNDED = re.compile(
    r",\s+which\s+(?P<founders>[A-Z][^,;]{1,80}?)\s+(?:(?:had|has|have)\s+)?(?:co-?founded|founded|started|set up)\b"
)
# "A, one of X's co-founders", "A, one of the founders of X"
_ONE_OF_FOUNDERS = re.compile(
    r",\s+(?:one|two|another) of (?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?|the) (?:co-?)?founders"
    r"(?(owner)|\s+of\s+(?:the\s+)?(?=[A-Z]))"
)


# "X's co-founders, A and B, said", "The founders of X, A and B, met at university": the people set off by commas
_FOUNDERS_SET_OFF = re.compile(
    r"(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?|\b[Tt]he) (?:co-?)?founders"
    r"(?(owner)|\s+of\s+(?:the\s+)?(?=[A-Z]))"
)


def founders_set_off(view: SentenceView) -> None:
    for m in _FOUNDERS_SET_OFF.finditer(view.text):
        org_m = view.mention_at(m.start("owner") if m.group("owner") else m.end())
        if org_m is None or view.is_person(org_m) or (m.group("owner") and not org_m.possessive):
            continue
        comma = re.match(r",\s+(?=[A-Z])", view.text[max(org_m.end, m.end()) :])
        if comma is None:
            continue
        founders = []
        for named in view.name_list(max(org_m.end, m.end()) + comma.end()):
            if not a_person(view, named):
                break
            founders.append(named)
        if not founders or not re.match(r"\s*,", view.text[founders[-1].end :]):
            continue  # the list is set off by commas on both sides
        org = view.resolve(org_m, EntityKind.ORGANIZATION)
        for founder in founders:
            span = view.span(m.start(), founder.end)
            view.b.relate(RelationType.FOUNDED, view.resolve(founder, EntityKind.PERSON), org, span)


def founders_of_relative(view: SentenceView) -> None:
    """ "X, which A and B started in 2016, ...": A and B founded X; "A, one of X's founders": A founded X."""
    for m in _WHICH_THEY_FOUNDED.finditer(view.text):
        org_m = view.mention_before(m.start() + 1, limit=1)
        founders = [f for f in view.mentions if m.start("founders") <= f.start < m.end("founders")]
        gaps = [view.text[a.end : b.start] for a, b in itertools.pairwise(founders)]
        if org_m is None or org_m.possessive or view.is_person(org_m) or looks_like_person(org_m.text):
            continue
        if not founders or founders[-1].end != m.end("founders") or founders[0].start != m.start("founders"):
            continue  # "X, which the government set up": no one named right after "which"
        if not all(a_person(view, f) for f in founders) or not all(re.fullmatch(r",?\s+and\s+|,\s+", g) for g in gaps):
            continue
        org = view.resolve(org_m, EntityKind.ORGANIZATION)
        date = view.date_near(m.end(), after_only=True, window=25)
        record = view.b.record(org) if org is not None else None
        if date is not None and date.year is not None and record is not None and record.founded_on is None:
            record.founded_on = date
        for founder in founders:
            span = view.span(org_m.start, m.end())
            view.b.relate(RelationType.FOUNDED, view.resolve(founder, EntityKind.PERSON), org, span)
    for m in _ONE_OF_FOUNDERS.finditer(view.text):
        person_m = view.mention_before(m.start() + 1, limit=1)
        org_m = view.mention_at(m.start("owner") if m.group("owner") else m.end())
        if person_m is None or org_m is None or not a_person(view, person_m) or view.is_person(org_m):
            continue
        span = view.span(person_m.start, max(org_m.end, m.end()))
        org = view.resolve(org_m, EntityKind.ORGANIZATION)
        view.b.relate(RelationType.FOUNDED, view.resolve(person_m, EntityKind.PERSON), org, span)
