"""Posts stated with a copula: "A is the CEO of X", "A has been X's chief executive since 2019", "A served as CFO of
X", "He is also chairman of Y" (the person the previous sentence opened with). Statements keep the rule name
`titles.copular_roles` they are calibrated by (this reader lived in titles.py)."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import TITLE
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.pronouns import he_or_she
from loaders.articles.patterns.titles import PRESS, possessed_other
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


# "A is the CEO of X", "A has been X's chief executive since 2019", "A took over as chairman of X", "A served as
# CFO of X": the person before the verb holds (or, after "was"/"served as", held) the title at X
_VERB = (
    r"(?P<verb>is|has been|remains|became|becomes|took over as|takes over as|stepped in as|serves as|has served as"
    r"|was|had been|served as|succeeded (?-i:[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) as)"
)
# "an associate professor", "a founding managing partner": words that rank or qualify a title
_ADJECTIVE = r"(?:associate|assistant|senior|executive|founding|managing|global|regional|deputy|joint|visiting|adjunct)"
_ROLE_WORDS = (
    r"(?:now |also |currently |most recently |previously |formerly )?(?:the |an? )?"
    rf"(?:new |current |interim |acting |first |founding )?(?:{_ADJECTIVE} ){{0,2}}"
)
_COPULAR_OF = re.compile(
    rf"\b{_VERB}\s+{_ROLE_WORDS}(?P<role>{TITLE}|{PRESS})(?:\s+and\s+(?P<role2>{TITLE}))?"
    rf"(?:\s+of\s+(?:[a-z]+\s+){{1,3}}?(?=at\s))?\s+(?:of|at)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*|AI)\s+){{0,3}}(?=[A-Z])",
    re.IGNORECASE,
)
_COPULAR_POSSESSIVE = re.compile(
    rf"\b{_VERB}\s+(?:(?:now|also|currently|still)\s+)?(?=[A-Z])"
    rf"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})['’]s?\s+{_ROLE_WORDS}"
    rf"(?P<role>{TITLE})\b"
)
_KIN_OF = re.compile(r"\b(?:son|daughter|wife|husband|father|mother|brother|sister|widow)(?:-in-law)? of\s+$")
_OBJECT_OF = re.compile(r"\b(?:of|for|at|in|with|by|from)\s+(?:the\s+)?$")
_PAST = re.compile(r"^(?:was|had been|served as)$", re.IGNORECASE)
_NOT_A_JOB = re.compile(r"investor|advis[eo]r|fellow|expert", re.IGNORECASE)
# between the person and the verb: the title is someone else's ("A, whose sister is the CEO of X")
_ANOTHER_HOLDER = re.compile(
    r"\b(?:whose|his|her|their|its|wife|husband|father|mother|son|daughter|brother|sister)\b", re.IGNORECASE
)


def copular_roles(view: SentenceView) -> None:
    """ "A is the CEO of X", "A has been X's chief executive since 2019", "A served as CFO of X", "A is a professor at
    X and a co-founder of Y"."""
    for pattern in (_COPULAR_OF, _COPULAR_POSSESSIVE):
        for m in pattern.finditer(view.text):
            holder = _holder(view, m.start())
            if holder is None or _NOT_A_JOB.search(m.group("role")):
                continue
            org_m = view.mention_at(m.start("org") if pattern is _COPULAR_POSSESSIVE else m.end())
            if org_m is None or not _copular_employer(view, org_m, possessive=pattern is _COPULAR_POSSESSIVE):
                continue
            roles = m.group("role", "role2") if "role2" in m.re.groupindex else (m.group("role"),)
            past = _PAST.match(m.group("verb")) is not None
            _copular_statement(view, holder, org_m, roles, past, max(org_m.end, m.end()))
            more = _AND_ROLE_OF.match(view.text, org_m.end)
            more_m = view.mention_at(more.end()) if more is not None else None
            if more is None or more_m is None or _NOT_A_JOB.search(more.group("role")):
                continue
            if _copular_employer(view, more_m):
                _copular_statement(view, holder, more_m, (more.group("role"),), past, more_m.end)


# "A is chief executive of X and chairman of Y", "A is a professor at X and a co-founder of Y": a second post
_AND_ROLE_OF = re.compile(
    rf"\s+and\s+(?:(?:also\s+)?(?:the|an?)\s+)?(?:{_ADJECTIVE} ){{0,2}}(?P<role>{TITLE})\s+(?:of|at)\s+(?:the\s+)?"
    r"(?=[A-Z])",
    re.IGNORECASE,
)


def _copular_employer(view: SentenceView, org_m: Mention, *, possessive: bool = True) -> bool:
    if view.is_person(org_m) or looks_like_person(org_m.text) or not_a_party(org_m.text):
        return False
    return possessive or not possessed_other(view, org_m)


# "He is also chairman of X", "..., and she was CFO of Y": the pronoun right before the verb
_PRONOUN_BEFORE = re.compile(r"(?:^|[.;:]\s+|,\s+|\band\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+$")


def _holder(view: SentenceView, pos: int) -> tuple[str, int] | None:
    """Who holds the title whose verb is at `pos`, and where the sentence names them: the person-shaped name before
    the verb, a name the text gave a person before ("Brisk is ..." after "Hal Brisk"), or "he"/"she" standing for the
    person the previous sentence opened with."""
    pronoun = _PRONOUN_BEFORE.search(view.text, 0, pos)
    if pronoun is not None:
        person = he_or_she(view, pronoun.start("pronoun"))
        return (person, pronoun.start("pronoun")) if person is not None else None
    person_m = view.mention_before(pos, limit=40)
    if person_m is None or not (looks_like_person(person_m.text) or view.b.find(person_m.text, _PERSON)):
        return None
    if _ANOTHER_HOLDER.search(view.text, person_m.end, pos) or "(" in view.text[person_m.end : pos]:
        return None
    if _KIN_OF.search(view.text, 0, person_m.start) or _OBJECT_OF.search(view.text, 0, person_m.start):
        return None  # "A, the son of B, is chairman of X", "A, owner of the B team, is X's chair": A's title
    person = view.resolve(person_m, _PERSON)
    return (person, person_m.start) if person is not None else None


def _copular_statement(
    view: SentenceView, holder: tuple[str, int], org_m: Mention, roles: tuple[str | None, ...], past: bool, end: int
) -> None:
    """The statements of one post "A is/was TITLE of X" gives, under the rule `titles.copular_roles`."""
    person, start = holder
    org = view.resolve(org_m, _ORG, unit_is_owner=True)
    span = view.span(start, end).model_copy(update={"rule": "titles.copular_roles"})
    if any(r and "founder" in r.lower() for r in roles):  # "A was the co-founder of X": founded it still
        view.b.relate(RelationType.FOUNDED, person, org, span.model_copy(update={"rule": f"{span.rule}.FOUNDED"}))
        span = span.model_copy(update={"rule": "titles.copular_roles"})
    role = " and ".join(r.lower() for r in roles if r and "founder" not in r.lower())
    if role:
        props = {"role": role, "former": True if past else None}
        span = span.model_copy(update={"rule": f"{span.rule}.WORKS_AT"})
        view.b.relate(RelationType.WORKS_AT, person, org, span, properties=props)
