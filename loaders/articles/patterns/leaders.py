"""People named through their organisation: "X, the firm headed by A", "X will be led by CEO A", "A, who runs X"
(A runs X) and "X's A said" (an analyst or executive speaking for X)."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import TITLE
from loaders.articles.mentions import looks_like_person
from loaders.articles.patterns.clauses import may_be_organisation
from loaders.articles.patterns.former_jobs import ORG_DESCRIBED, clause_person
from loaders.articles.patterns.titles import possessed_other

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    led_by(view)
    possessive_staff(view)
    who_runs(view)
    worked_since(view)


# "the firm headed up by A", "will be led by Chief Executive Officer A", "run by its founder A"
_LED_BY = re.compile(
    r"\b(?:led|headed(?: up)?|run|helmed)\s+by\s+(?:(?:its|their|the company['’]s)\s+)?(?:new\s+)?"
    rf"(?:(?P<role>(?i:{TITLE}))\s+)?(?=[A-Z])"
)
# what a person leads that is not the organisation: a round, a deal, a delegation, a team of researchers
_NOT_THE_ORGANISATION = re.compile(
    r"\b(?:rounds?|funding|financing|investments?|deals?|offerings?|consortium|investors|delegations?|teams?|study|"
    r"research|efforts?|talks|bids?|projects?|sessions?|panels?|expedition|campaigns?)\b[^,;]*$",
    re.IGNORECASE,
)
# "X, the venture capital firm headed up by A": the organisation the appositive describes
_APPOSITIVE_HEAD = re.compile(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:a|an|the)\s+[^,;]{0,60}$")


def led_by(view: SentenceView) -> None:
    """ "X, the firm headed up by A", "X would continue to be led by Chief Executive Officer A": A works at X."""
    for m in _LED_BY.finditer(view.text):
        person_m = view.mention_at(m.end())
        head = view.text[: m.start()]
        if person_m is None or not looks_like_person(person_m.text) or view.b.find(person_m.text, _ORG):
            continue
        if _NOT_THE_ORGANISATION.search(head) or re.search(r"\b(?:former|ex-)\s*$", head):
            continue
        appositive = _APPOSITIVE_HEAD.search(head)
        if appositive:
            org_m = view.mention_at(appositive.start("org"))
            org = view.resolve(org_m, _ORG) if org_m is not None and may_be_organisation(view, org_m) else None
        else:
            org = view.subject_ref(m.start())
        if org is None or view.b.record(org).kind != _ORG:
            continue
        role = (m.group("role") or "head").lower()
        span = view.span(m.start(), person_m.end)
        view.b.relate(RelationType.WORKS_AT, view.resolve(person_m, _PERSON), org, span, properties={"role": role})


# "Barclays's (NYSE: BCS) A lifted his target", "(Arete's A)": the person speaks for the organisation
_POSSESSIVE_GAP = re.compile(r"['’]s?(?: \([^()]{1,30}\))? ")
_SPEAKS = re.compile(
    r"\s+(?:said|says|told|wrote|added|noted|expects|lifted|raised|cut|upgraded|downgraded)\b|,?\s+(?:his|her)\b"
)


def possessive_staff(view: SentenceView) -> None:
    """ "X's A said", "X's A lifted his target": A, known as a person, works at X."""
    for owner in view.mentions:
        if not owner.possessive or not may_be_organisation(view, owner):
            continue
        gap = _POSSESSIVE_GAP.match(view.text, owner.end)
        person_m = view.mention_at(gap.end()) if gap else None
        if gap is None or person_m is None or person_m.start != gap.end() or not looks_like_person(person_m.text):
            continue
        if not (view.is_person(person_m) or _SPEAKS.match(view.text, person_m.end)):
            continue  # "Google's Gemini Ultra": a product's name is shaped like a person's too
        span = view.span(owner.start, person_m.end)
        view.b.relate(RelationType.WORKS_AT, view.resolve(person_m, _PERSON), view.resolve(owner, _ORG), span)


# "A, who runs X", "A, who heads X's cloud unit", "A, who leads the robotics team at X": A works at X now
_WHO_RUNS = re.compile(
    r",\s+who\s+(?:now\s+|currently\s+|also\s+|still\s+)?(?:runs|heads|leads|helms|chairs|oversees|manages"
    r"|(?P<since>has\s+(?:led|headed|run|helmed|chaired)))\s+"  # "who has led X since 2012" (a "since" must follow)
    r"(?:the\s+(?:[a-z-]+\s+){0,4}?(?:team|unit|division|business|arm|department|lab|operations?|group)\s+(?:at|of)\s+"
    r")?(?:the\s+)?(?=[A-Z])"
)


def who_runs(view: SentenceView) -> None:
    """ "A, who runs X", "A, who heads X's European business", "A, who leads the robotics team at X"."""
    for m in _WHO_RUNS.finditer(view.text):
        person_m = view.mention_before(m.start() + 1, limit=1)
        org_m = view.mention_at(m.end())
        if person_m is None or org_m is None or org_m.start != m.end() or not looks_like_person(person_m.text):
            continue
        known = view.b.find(org_m.text)
        if known is not None and known.kind != _ORG:
            continue  # "who leads Gemini": a product the text knows
        if not may_be_organisation(view, org_m) or possessed_other(view, org_m):
            continue  # "who leads X's investment in Y", "who manages X's largest shareholder, Y": not X's staff
        if m.group("since") and not re.match(r"\s+since\b", view.text[org_m.end :]):
            continue  # "who has run two firms": a past post unless it runs "since" a date
        if re.search(r" (?!(?:of|and|de)\b)[a-z]", org_m.text):
            continue  # "oversees Asia for X": no one name
        span = view.span(person_m.start, org_m.end)
        view.b.relate(RelationType.WORKS_AT, view.resolve(person_m, _PERSON), view.resolve(org_m, _ORG), span)


# "A has worked for X since 1977", "A, who has been with X since 2019": a job held from then to now (not "has worked
# at X and Y": past posts, careers' reading)
_WORKED_SINCE = re.compile(
    rf"\b(?:has|have)\s+(?:also\s+)?(?:worked|been)\s+(?:at|for|with)\s+(?:the\s+)?(?:{ORG_DESCRIBED})?(?=[A-Z])"
)


def worked_since(view: SentenceView) -> None:
    for m in _WORKED_SINCE.finditer(view.text):
        org_m = view.mention_at(m.end())
        if org_m is None or org_m.start != m.end() or not re.match(r"\s+since\b", view.text[org_m.end :]):
            continue
        if not may_be_organisation(view, org_m) or looks_like_person(org_m.text) or possessed_other(view, org_m):
            continue
        person = clause_person(view, m.start())
        if person is not None:
            span = view.span(m.start(), org_m.end)
            view.b.relate(RelationType.WORKS_AT, person, view.resolve(org_m, _ORG), span)
