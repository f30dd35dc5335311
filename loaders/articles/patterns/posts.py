"""Posts named with the firm in two more shapes news uses: "X has a new chief executive, A," (A holds the post now)
and "A-led X" (a person's name before "-led": A heads X). Each yields A WORKS_AT X."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import TITLE
from loaders.articles.mentions import looks_like_person
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON
# "X has a new chief executive, A," / "X now has a new CFO: A"
_HAS_NEW = re.compile(
    rf"\s+(?:now\s+)?(?:has|gets|got)\s+a\s+new\s+(?P<role>{TITLE})(?:,|:)\s+(?=[A-Z])", re.IGNORECASE
)
_TO_COME = re.compile(
    r"\b(?:will|would|is (?:set|due|expected|to)|takes? over|taking over|starting|effective|from (?:next|January|"
    r"February|March|April|May|June|July|August|September|October|November|December))\b"
)
# "Ada Moss-led Freshvale": a person's name joined to "-led", then the firm
_PERSON_LED = re.compile(r"(?P<name>[A-Z][\w'’]+(?: [A-Z][\w'’]+){1,2})-led\s+(?=[A-Z])")


def new_posts(view: SentenceView) -> None:
    """ "X has a new chief executive, A,": A works at X."""
    for org_m in view.mentions:
        m = _HAS_NEW.match(view.text, org_m.end)
        person_m = view.mention_at(m.end()) if m is not None else None
        if m is None or person_m is None or person_m.start != m.end() or not looks_like_person(person_m.text):
            continue
        if view.is_person(org_m) or looks_like_person(org_m.text) or not_a_party(org_m.text) or org_m.possessive:
            continue
        if _TO_COME.search(view.text, person_m.end):
            continue  # "X has a new CEO, A, who will take over in July": not in the post yet
        span = view.span(org_m.start, person_m.end)
        person, org = view.resolve(person_m, _PERSON), view.resolve(org_m, _ORG)
        view.b.relate(RelationType.WORKS_AT, person, org, span, properties={"role": m.group("role").lower()})


def person_led(view: SentenceView) -> None:
    """ "Ada Moss-led Freshvale": A heads X (not "Velt-led round": no person)."""
    for m in _PERSON_LED.finditer(view.text):
        org_m = view.mention_at(m.end())
        if org_m is None or org_m.start != m.end() or view.is_person(org_m) or looks_like_person(org_m.text):
            continue
        name = m.group("name")
        known = view.b.find(name, _PERSON)
        if known is None and (not looks_like_person(name) or view.b.find(name, _ORG) is not None):
            continue
        person = known.ref if known is not None else view.b.entity(name, _PERSON, view.span(m.start(), m.end("name")))
        span = view.span(m.start(), org_m.end)
        view.b.relate(RelationType.WORKS_AT, person, view.resolve(org_m, _ORG), span, properties={"role": "head"})
