"""People and organisations: roles (works_at), previous employers, academic affiliations."""

from __future__ import annotations

import re
from typing import Any

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import ACADEMIC_WORDS
from loaders.articles.mentions import Mention, looks_like_person

ROLE = (
    r"(?:rotating |executive |deputy |non-executive )?(?:chairman|chairwoman|chair|chief executive(?: officer)?|ceo|cto|cfo|coo|"  # noqa: E501
    r"president|senior vice president|vice president|chief [a-z]+ officer|chief scientist|managing director|director|"
    r"founder|co-?founder|partner|general manager|head of [a-z ]+?|[a-z]+ analyst|analyst|professor|researcher|"
    r"engineer|scientist|executive|manager|designer|employee|[a-z]+ engineer|official|spokes(?:person|man|woman))"
)
_ROLE_AT = re.compile(
    rf"^,\s+(?:a |an |the |its |now )?(?P<former>former )?(?P<role>{ROLE})(?:,\s+{ROLE})*"
    rf"(?: and (?:also )?(?P<role2>{ROLE}))?\s+(?:at|of|with)\s+(?:the\s+)?(?-i:(?:[a-z-]+\s+){{0,3}})",
    re.IGNORECASE,
)
_TOPIC_NOUN = re.compile(r"(?<=the )(?:company|firm|start-?up|group|lab|carmaker|chipmaker|automaker|developer)\b")
_ROLE_ITS = re.compile(rf"^,\s+(?:its|their)\s+(?P<role>{ROLE})\b", re.IGNORECASE)
_NAMED_EMPLOYER_BEFORE = re.compile(
    r"[A-Z][\w.&-]*\s+$"
)  # "Stanford professor X": the employer is named, not the topic
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{ROLE})\s+$", re.IGNORECASE)
_NOW_ROLE = re.compile(
    rf"\bwho is (?:now |also )?(?P<org>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s? (?P<role>{ROLE}(?: and {ROLE})?)"
)
_WHO_IS_ITS = re.compile(
    rf"\bwho is (?:its|their) (?P<role>{ROLE})(?: and also (?P<role2>{ROLE}(?: and {ROLE})?) of (?:the )?(?-i:(?:[a-z-]+ ){{0,3}}))?",  # noqa: E501
    re.IGNORECASE,
)
_PREVIOUS = re.compile(
    r"\b(?:previously|earlier|formerly|once|before that)\s+(?:worked|was|served|held [a-z ]+?roles?|spent [a-z0-9 ]+?)\s*"  # noqa: E501
    r"(?:as\s+[a-z ]+?\s+)?(?:[a-z ]+?\s+)?(?:at|of|with|for)\s+",
    re.IGNORECASE,
)
_WAS_PREVIOUSLY = re.compile(
    r"\b(?:was|were|had been)\s+(?:previously|formerly|earlier|once)\s+"
    r"(?:[a-z-]+\s+){0,4}?(?:at|of|with|for)\s+(?:the\s+)?"
)
_BOTH_FIRMS = re.compile(rf"\bwho is (?P<role>{ROLE}) of both (?:firms|companies|groups)\b", re.IGNORECASE)
_JOINT = re.compile(
    r"\b(?:set up|formed|established|launched|opened|created) an? (?P<kind>joint (?:laboratory|lab|venture|research [a-z]+))"  # noqa: E501
    r" (?:with|alongside) (?=[A-Z])"
)
_SPENT = re.compile(r"\bspent (?:about |nearly |more than |over )?[\w-]+ years at\s+", re.IGNORECASE)
_FORMER_AT = re.compile(
    r"\bformer (?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*) (?:executive|engineer|researcher|employee|manager|scientist)s?\b"  # noqa: E501
)
_FORMER_ROLE_OF = re.compile(r"\b(?:the )?(?:founder and )?former (?P<role>[a-z ]+?) of (?:the [a-z -]+? )?(?=[A-Z])")
_EARLIER_ROLES = re.compile(r"\band (?:earlier|later|previously) held [a-z ]+? at\s+")
_GRADUATE = re.compile(
    r"\b(?:a|an)\s+(?P<list>(?:[A-Z][\w.&-]*(?: (?:of )?[A-Z][\w.&-]*)*(?:,\s+| and )?)+)\s+(?P<role>graduate|alumnus|alumna|dropout)\b"  # noqa: E501
)
_STUDIED = re.compile(
    r"\b(?:studied|graduated from|was educated|holds a [a-z ]+ from|earned [a-z ]+ from)\s+(?:at\s+)?(?=[A-Z])"
)
_PROFESSORS = re.compile(r"\b(?P<org>[A-Z][\w.&-]*(?: (?:of )?[A-Z][\w.&-]*)*) professors? (?=[A-Z])")


def _person_subject(view: SentenceView, pos: int) -> str | None:
    head = view.text[:pos]
    candidates = [
        m
        for m in view.mentions
        if m.end <= pos and looks_like_person(m.text) and view.b.find(m.text, EntityKind.ORGANIZATION) is None
    ]
    if re.search(r"\b(?:he|she|who|they)\b[^,;]*$", head, re.IGNORECASE) and not candidates:
        return view.doc.last_person
    if candidates:
        return view.resolve(candidates[-1], EntityKind.PERSON)
    # "Xu acknowledged", "Lee was previously": a short form of a known person
    for mention in view.mentions:
        if mention.end <= pos:
            record = view.b.find(mention.text, EntityKind.PERSON)
            if record is not None:
                return record.ref
    return view.doc.last_person if re.match(r"\s*(?:he|she)\b", head, re.IGNORECASE) else None


def _orgs(view: SentenceView, pos: int) -> list[Mention]:
    return [m for m in view.name_list(pos) if not looks_like_person(m.text)]


def apply(view: SentenceView) -> None:
    person: Any
    org: Any
    person_ref: Any
    org_m: Any
    text = view.text
    b = view.b
    for m in _GRADUATE.finditer(text):
        person = _person_subject(view, m.start())
        for org in view.mentions_in(m.start("list"), m.end("list")):
            b.relate(
                RelationType.AFFILIATED_WITH,
                person,
                view.resolve(org, EntityKind.ORGANIZATION),
                view.span(m.start(), m.end()),
                properties={"role": m.group("role")},
            )
    for mention in view.mentions:
        if not looks_like_person(mention.text) and not b.find(mention.text, EntityKind.PERSON):
            continue
        after = text[mention.end :]
        role_at = _ROLE_AT.match(after)
        if role_at and _TOPIC_NOUN.match(after, role_at.end()) and view.doc.topic:
            # "A, chief financial officer of the startup, said": the text's company
            b.relate(
                RelationType.WORKS_AT,
                view.resolve(mention, EntityKind.PERSON),
                view.doc.topic,
                view.span(mention.start, mention.end + role_at.end()),
                properties={"role": role_at.group("role")},
            )
        elif role_at:
            org = view.mention_after(mention.end + role_at.end() - 1, limit=5) or view.mention_at(
                mention.end + role_at.end()
            )
            if org and not looks_like_person(org.text):
                person = view.resolve(mention, EntityKind.PERSON)
                role = role_at.group("role") + (f" and {role_at.group('role2')}" if role_at.group("role2") else "")
                # "a professor at Peking University": an academic affiliation (the contract's AFFILIATED_WITH).
                academic = re.search(r"professor|researcher|lecturer", role, re.I) and any(
                    w in org.text.lower().split() for w in ACADEMIC_WORDS
                )
                b.relate(
                    RelationType.AFFILIATED_WITH if academic else RelationType.WORKS_AT,
                    person,
                    view.resolve(org, EntityKind.ORGANIZATION),
                    view.span(mention.start, org.end),
                    properties={"role": role.strip(), "former": True if role_at.group("former") else None},
                )
                view.doc.last_person = person
        its = _ROLE_ITS.match(after)
        if its and view.doc.topic:
            person = view.resolve(mention, EntityKind.PERSON)
            b.relate(
                RelationType.WORKS_AT,
                person,
                view.doc.topic,
                view.span(mention.start, mention.end + its.end()),
                properties={"role": its.group("role")},
            )
        before = _ROLE_BEFORE.search(text[: mention.start])
        if (
            before
            and looks_like_person(mention.text)
            and view.doc.topic
            and not re.search(r"\b(?:former|ex-|formerly|by)\b[^,;]{0,25}$", text[: before.start()])
            and not re.search(r"professor|researcher|analyst|engineer|scientist|employee", before.group("role"), re.I)
            and not _NAMED_EMPLOYER_BEFORE.search(text[: before.start()])
            and before.group("role") != "President"  # "President Joe Biden": a head of state, not the topic's staff
        ):
            org_m = view.mention_before(before.start(), limit=3)
            target = view.resolve(org_m, EntityKind.ORGANIZATION) if org_m and org_m.possessive else view.doc.topic
            b.relate(
                RelationType.WORKS_AT,
                view.resolve(mention, EntityKind.PERSON),
                target,
                view.span(before.start(), mention.end),
                properties={"role": before.group("role").strip().lower()},
            )
    for m in _BOTH_FIRMS.finditer(text):
        person = _person_subject(view, m.start())
        orgs = [view.doc.topic] + [
            view.resolve(o, EntityKind.ORGANIZATION)
            for o in view.mentions
            if o.end <= m.start() and not looks_like_person(o.text) and o.possessive
        ]
        for org_ref in [o for o in dict.fromkeys(orgs) if o][:2]:
            b.relate(
                RelationType.WORKS_AT,
                person,
                org_ref,
                view.span(m.start(), m.end()),
                properties={"role": m.group("role")},
            )
    for m in _JOINT.finditer(text):
        partner = view.mention_at(m.end())
        subject = view.subject_ref(m.start()) or view.doc.topic
        if partner is not None and subject:
            b.relate(
                RelationType.AFFILIATED_WITH,
                subject,
                view.resolve(partner, EntityKind.ORGANIZATION),
                view.span(m.start(), partner.end),
                valid_from=view.sentence_date(),
                properties={"kind": m.group("kind")},
            )
    for m in _NOW_ROLE.finditer(text):
        person = _person_subject(view, m.start())
        org = view.mention_at(m.start("org"))
        b.relate(
            RelationType.WORKS_AT,
            person,
            view.resolve(org, EntityKind.ORGANIZATION),
            view.span(m.start(), m.end()),
            properties={"role": m.group("role")},
        )
    for m in _WHO_IS_ITS.finditer(text):
        person = _person_subject(view, m.start())
        b.relate(
            RelationType.WORKS_AT,
            person,
            view.doc.topic,
            view.span(m.start(), m.end()),
            properties={"role": m.group("role")},
        )
        if m.group("role2"):
            org = view.mention_after(m.end() - 1, limit=3) or view.mention_at(m.end())
            if org:
                b.relate(
                    RelationType.WORKS_AT,
                    person,
                    view.resolve(org, EntityKind.ORGANIZATION),
                    view.span(m.start(), org.end),
                    properties={"role": m.group("role2")},
                )
    for pattern in (_PREVIOUS, _WAS_PREVIOUSLY, _SPENT, _EARLIER_ROLES):
        for m in pattern.finditer(text):
            person = _person_subject(view, m.start())
            for org in _orgs(view, m.end()):
                b.relate(
                    RelationType.WORKS_AT,
                    person,
                    view.resolve(org, EntityKind.ORGANIZATION),
                    view.span(m.start(), org.end),
                    properties={"former": True},
                )
    for m in _FORMER_AT.finditer(text):
        person = view.mention_after(m.end(), limit=2)
        org = view.mention_at(m.start("org"))
        if person is None:
            person_ref = _person_subject(view, m.start())
        else:
            person_ref = view.resolve(person, EntityKind.PERSON) if looks_like_person(person.text) else None
        if org and person_ref:
            b.relate(
                RelationType.WORKS_AT,
                person_ref,
                view.resolve(org, EntityKind.ORGANIZATION),
                view.span(m.start(), m.end()),
                properties={"former": True, "role": "executive"},
            )
    for m in _FORMER_ROLE_OF.finditer(text):
        org = view.mention_at(m.end())
        person = _person_subject(view, m.start())
        if org and person:
            b.relate(
                RelationType.WORKS_AT,
                person,
                view.resolve(org, EntityKind.ORGANIZATION),
                view.span(m.start(), org.end),
                properties={"former": True, "role": m.group("role").strip()},
            )
    for m in _STUDIED.finditer(text):
        person = _person_subject(view, m.start())
        org = view.mention_at(m.end())
        if org and any(w in org.text.lower().split() for w in ACADEMIC_WORDS):
            b.relate(
                RelationType.AFFILIATED_WITH,
                person,
                view.resolve(org, EntityKind.ORGANIZATION),
                view.span(m.start(), org.end),
                properties={"role": "studied"},
            )
    for m in _PROFESSORS.finditer(text):
        org = view.mention_at(m.start("org"))
        for person in view.name_list(m.end()):
            if looks_like_person(person.text):
                b.relate(
                    RelationType.AFFILIATED_WITH,
                    view.resolve(person, EntityKind.PERSON),
                    view.resolve(org, EntityKind.ORGANIZATION),
                    view.span(m.start(), person.end),
                    properties={"role": "professor"},
                )
