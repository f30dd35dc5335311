"""Affiliations that are neither jobs nor ownership: people's academic ties named after a list of them ("A and B,
both alumni of X", "A and B, two professors at X", "A, a professor from X University"), advisers ("A, an adviser
to X"), and organisations' ties ("X, an affiliate of Y", "X, a platform linked to Y", "X partnered with Y",
"X teamed up with Y", "X collaborated with Y"). Each yields AFFILIATED_WITH (person or organisation -> organisation).

An agreement signed is a contract (figures.contracts); a partnership is the tie it makes. A partnership only
planned, sought or discussed is none: the clause's modality drops it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import ACADEMIC_WORDS
from loaders.articles.mentions import Mention, guess_kind, looks_like_person
from loaders.articles.patterns.clauses import Statement, clause_agents, in_aside, organisations
from loaders.articles.patterns.pronouns import he_or_she
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON
_AFF = RelationType.AFFILIATED_WITH

_ACADEMIC_ROLE = r"(?:alumni|alumnus|alumna|graduates?|professors?|researchers?|lecturers?|students?|fellows?)"
# ", both alumni of X", ", two young professors at X", ", a post-doctoral researcher from X"
_PEOPLE_OF = re.compile(
    r",\s+(?:both|all|all three|the three|two|three|a|an)\s+(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,2}?"
    rf"(?P<role>{_ACADEMIC_ROLE})"
    r"\s+(?:of|at|from|with)\s+(?:the\s+)?"
)
# "– the three all studied at X", "both graduated from X": the people the sentence named, as many as it says
_GROUP_STUDIED = re.compile(
    r"\b(?:(?:the|all)\s+(?P<n>two|three|four|five)|(?P<both>both))\s+(?:all\s+|of them\s+)?"
    r"(?:studied|graduated|met while studying|were students)\s+(?:at|from)\s+(?:the\s+)?"
)
# "graduating with a master's degree in computer science from X", "earned a PhD in physics from X", "enrolled as a
# college student at X", "a computer science prodigy from X"
_DEGREE_FROM = re.compile(
    r"\b(?:(?:graduat(?:ed|ing)|earn(?:ed|ing)|receiv(?:ed|ing)|obtain(?:ed|ing)|complet(?:ed|ing)|holds?|took)\s+"
    r"(?:with\s+)?(?:a|an|his|her)\s+(?:[\w'’.-]+\s+){0,3}?(?P<degree>degree|PhD|Ph\.D\.?|doctorate|master['’]s|"
    r"bachelor['’]s|MBA)(?:\s+(?:degree\s+)?in\s+(?:[\w-]+\s+){1,4}?|\s+)(?:from|at)"
    r"|enroll?ed\s+(?:as\s+an?\s+(?:[a-z-]+\s+)?student\s+)?(?:at|in)|(?:was|were)\s+accepted\s+(?:to|into|at)"
    r"|\b(?:went\s+to|entered|attended)(?=\s+(?:the\s+)?[A-Z][^,;]{0,60}?\b(?:Universit|Institute|College|School|Polytech))"
    r"|\bprodigy\s+from)\s+(?:the\s+)?"
)
_OBJECT_OF = re.compile(r"\b(?:in|at|for|with|of|from|on)\s+(?:the\s+)?$")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_SCHOOL_WORDS = ACADEMIC_WORDS | {"polytechnic", "polytechnique", "école", "ecole", "université", "universität"}
_ADVISER_TO = re.compile(
    r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?P<role>advis[eo]r|consultant)\s+(?:to|of|at)\s+(?:the\s+)?"
)
# "X, an affiliate of Y", "X, an investment platform linked to Y", "X, a fund affiliated with Y"
_AFFILIATE_OF = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,\s+(?:an?|the)\s+(?:(?:[\w-]+\s+){0,4}?(?:affiliate|sister company)\s+of|"
    r"(?:[\w-]+\s+){0,4}?(?:platform|firm|fund|company|vehicle|entity|arm)\s+(?:linked|affiliated|associated|tied)"
    r"\s+(?:to|with))\s+"
)
# "X partnered with Y", "X has teamed up with Y", "X collaborated with Y", "X is partnering with Y and Z"
_PARTNERED = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:partnered|teamed up|team(?:s|ing)? up|collaborated|partners|partnering)\s+"
    r"(?:closely\s+)?with\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|start-?up|group|maker)\s+"
    r"(?:called|named)\s+)?"
)


def apply(view: SentenceView) -> None:
    """Academic ties, advisers, affiliates and partners. The readers only find statements; this function states
    them, so each keeps the rule name `ties.apply`."""
    for reader in (
        _people_of,
        _people_from,
        _of_the_school,
        _group_studied,
        _degrees,
        _advisers,
        _affiliates,
        _partners,
        _partnership_nouns,
    ):
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)


def _people_before(view: SentenceView, pos: int) -> list[Mention]:
    """The people listed right before `pos` ("A and B" in "founded by A and B, both alumni of X")."""
    found: list[Mention] = []
    cursor = pos
    for m in reversed(view.mentions):
        if m.end > cursor:
            continue
        gap = view.text[m.end : cursor]
        if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?" if found else r"\s*", gap):
            break
        if not (view.is_person(m) or looks_like_person(m.text)) or view.b.find(m.text, _ORG) is not None:
            break
        found.insert(0, m)
        cursor = m.start
    return found


def _academic(view: SentenceView, pos: int) -> Mention | None:
    """The school or institute named at `pos` ("Peking University", "the Institute of Computing Technology"), past
    a place that describes it ("China's prestigious Tsinghua University")."""
    m = view.mention_after(pos, limit=3)
    if m is not None and m.possessive and not_a_party(m.text):
        m = view.mention_after(m.end + 2, limit=20)
    if m is None or m.possessive or not _is_school(m):
        return None
    return m


def _is_school(m: Mention) -> bool:
    return any(w in m.text.lower().split() for w in _SCHOOL_WORDS)


# "Hong Kong University of Science" + " and Technology", "Institute of Computing Technology" + " of the X Academy
# of Sciences": the rest of a school's name that the name reader leaves off
_SCHOOL_TAIL = re.compile(
    r"\s+(?:and|&)\s+(?:Technology|Engineering|Sciences?|Arts|Design|Economics|Business|Medicine|Law)\b"
)


def _school_ref(view: SentenceView, m: Mention) -> str | None:
    """The school's entity, under its whole name."""
    end = m.end
    tail = _SCHOOL_TAIL.match(view.text, end)
    end = tail.end() if tail else end
    of = re.match(r"\s+of\s+the\s+", view.text[end:])
    parent = view.mention_at(end + of.end()) if of else None
    if parent is not None and not parent.possessive and _is_school(parent):
        end = parent.end
    if end == m.end:
        return view.resolve(m, _ORG)
    return view.b.entity(view.text[m.start : end], _ORG, view.span(m.start, end))


def _schools(view: SentenceView, first: Mention) -> list[Mention]:
    """The school at `first` and any listed right after it ("a graduate of X and Y")."""
    schools = [first]
    while True:
        tail = _SCHOOL_TAIL.match(view.text, schools[-1].end)
        nxt = view.mention_after((tail.end() if tail else schools[-1].end), limit=8)
        gap = view.text[(tail.end() if tail else schools[-1].end) : nxt.start] if nxt else ""
        if nxt is None or not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap) or not _is_school(nxt):
            return schools
        if nxt.possessive:
            return schools
        schools.append(nxt)


def _people_of(view: SentenceView) -> Iterator[Statement]:
    """ "A and B, both alumni of X", "A and B, two young professors at X", "A, a researcher from X University"."""
    for m in _PEOPLE_OF.finditer(view.text):
        school = _academic(view, m.end())
        people = _people_before(view, m.start()) if school is not None else []
        if school is None or not people:
            continue
        for person in people:
            for each in _schools(view, school):
                span = view.span(person.start, each.end)
                extra = {"properties": {"role": m.group("role").rstrip("s")}, "presupposed": True}
                yield _AFF, view.resolve(person, _PERSON), _school_ref(view, each), span, extra


def _people_from(view: SentenceView) -> Iterator[Statement]:
    """ "co-founded by brothers A and B from the Institute of Computing Technology": the people named come from the
    school or institute."""
    for m in _FROM_SCHOOL.finditer(view.text):
        school = _academic(view, m.end())
        people = _people_before(view, m.start()) if school is not None else []
        # only names the text knows as people ("a B.S. in Electrical Engineering from X" names a subject)
        if school is None or not people or not all(view.is_person(p) for p in people):
            continue
        for person in people:
            span = view.span(person.start, school.end)
            extra = {"properties": {"role": "researcher"}, "presupposed": True}
            yield _AFF, view.resolve(person, _PERSON), _school_ref(view, school), span, extra


# "led by A, a professor in the university's Department of Computer Science": the school the sentence named
_OF_THE_SCHOOL = re.compile(
    rf",\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<role>{_ACADEMIC_ROLE})\s+(?:in|at|of|from)\s+the\s+"
    r"(?:university|institute|academy|college|school)\b"
)


def _of_the_school(view: SentenceView) -> Iterator[Statement]:
    """ "X was spun out of Y University and is led by A, a professor in the university's department": A and Y."""
    for m in _OF_THE_SCHOOL.finditer(view.text):
        schools = [s for s in view.mentions if s.end <= m.start() and _is_school(s) and not s.possessive]
        people = _people_before(view, m.start())[-1:]
        if not schools or not people or schools[-1].start > people[0].start:
            continue
        span = view.span(schools[-1].start, m.end())
        extra = {"properties": {"role": m.group("role").rstrip("s")}, "presupposed": True}
        yield _AFF, view.resolve(people[0], _PERSON), _school_ref(view, schools[-1]), span, extra


_FROM_SCHOOL = re.compile(r"\s+(?:both\s+)?from\s+(?:the\s+)?(?=[A-Z])")
# "He founded his first company while still a student at X", "when a PhD student at X"
_WHILE_STUDENT = re.compile(
    r"\b(?:while|when)\s+(?:still\s+)?(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:student|undergraduate)\s+(?:at|of)\s+(?:the\s+)?"
)


def _group_studied(view: SentenceView) -> Iterator[Statement]:
    """ "Founded by A, and B and C – the three all studied at X": each of the people named, when the count agrees."""
    for m in _GROUP_STUDIED.finditer(view.text):
        school = _academic(view, m.end())
        people = _people_named(view, m.start())
        count = 2 if m.group("both") else _COUNTS[m.group("n")]
        if school is None or len(people) != count:
            continue
        for person in people:
            span = view.span(person.start, school.end)
            extra = {"properties": {"role": "student"}, "presupposed": True}
            yield _AFF, view.resolve(person, _PERSON), view.resolve(school, _ORG), span, extra


def _people_named(view: SentenceView, end: int) -> list[Mention]:
    """The people named before `end`: person-shaped names, and a name listed right after one ("A, and B") that
    has a name's shape and no company's."""
    people: list[Mention] = []
    for m in view.mentions:
        if m.end > end:
            break
        listed = bool(people) and re.fullmatch(r",?\s*(?:and\s+)?", view.text[people[-1].end : m.start]) is not None
        shaped = 2 <= len(m.text.split()) <= 3 and all(w[:1].isupper() for w in m.text.split())
        if _person_like(view, m) or (listed and shaped and guess_kind(m.text) is None and view.b.find(m.text) is None):
            people.append(m)
    return people


def _degrees(view: SentenceView) -> Iterator[Statement]:
    """ "A earned a PhD in physics from X", "he graduated with a master's degree from X": A (or the person "he"
    stands for) is an alumnus of X."""
    for pattern in (_DEGREE_FROM, _WHILE_STUDENT):
        for m in pattern.finditer(view.text):
            school = _academic(view, m.end())
            person = _student(view, m.start()) if school is not None else None
            if school is None or person is None:
                continue
            role = "graduate" if m.groupdict().get("degree") else "student"
            extra = {"properties": {"role": role}, "presupposed": True}
            yield _AFF, person, _school_ref(view, school), view.span(m.start(), school.end), extra


def _student(view: SentenceView, pos: int) -> str | None:
    """Who studied: the last person named before `pos` in the sentence (not inside an aside), else the person
    "he" or "she" stands for; None when a company is named in between ("X's founder graduated" is read elsewhere)."""
    before = [m for m in view.mentions if m.end <= pos and not in_aside(view.text, m, pos) and not not_a_party(m.text)]
    people = [m for m in before if _person_like(view, m)]
    # a company named as a preposition's object ("worked in X's office") is no subject of its own
    before = [m for m in before if not _OBJECT_OF.search(view.text, 0, m.start)]
    if people and not any(m.start > people[-1].end and not _person_like(view, m) for m in before):
        return view.resolve(people[-1], _PERSON)
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", view.text[:pos])
    if pronoun is not None and not before:
        return he_or_she(view, pronoun.start())
    return None


def _advisers(view: SentenceView) -> Iterator[Statement]:
    """ "A, an adviser to X": a tie short of a job."""
    for m in _ADVISER_TO.finditer(view.text):
        people = _people_before(view, m.start())[-1:]
        org = view.mention_after(m.end(), limit=3)
        if not people or org is None or view.is_person(org) or not_a_party(org.text):
            continue
        span = view.span(people[0].start, org.end)
        extra = {"properties": {"role": m.group("role")}, "presupposed": True}
        yield _AFF, view.resolve(people[0], _PERSON), view.resolve(org, _ORG), span, extra


def _affiliates(view: SentenceView) -> Iterator[Statement]:
    """ "X, an affiliate of Y", "X, an investment platform linked to battery maker Y"."""
    for named in view.mentions:
        found = _AFFILIATE_OF.match(view.text, named.end) if not named.possessive else None
        if found is None or _person_like(view, named):
            continue
        other = _organisation_after(view, found.end())
        if other is not None:
            span = view.span(named.start, other.end)
            yield _AFF, view.resolve(named, _ORG), view.resolve(other, _ORG), span, {"presupposed": True}


def _partners(view: SentenceView) -> Iterator[Statement]:
    """ "X partnered with Y and Z", "X teamed up with a French company called Y", "X collaborated with Y"."""
    for m in _PARTNERED.finditer(view.text):
        first = _organisation_after(view, m.end())
        if first is None:
            continue
        agents = [a for a in organisations(view, clause_agents(view, m.start())) if not _person_like(view, a)]
        nearest = view.mention_before(m.start(), limit=20)
        if (
            nearest is not None
            and _VERB_GAP.fullmatch(view.text, nearest.end, m.start())
            and _named_firm(view, nearest)
        ):
            agents = [
                nearest
            ]  # "To meet targets for its Y model, X collaborated with Z": X stands right before the verb
        agents = [a for a in agents if guess_kind(a.text) != EntityKind.PRODUCT]
        subject = view.resolve(agents[0], _ORG) if len(agents) == 1 else None
        if (
            subject is None
            and not agents
            and re.search(r"\b(?:it|the company|the firm)\s+(?:\w+\s+)?$", view.text[: m.start()], re.I)
        ):
            subject = view.doc.topic
        if subject is None:
            continue
        partners = [first] + [n for n in view.name_list(first.start)[1:] if not view.is_person(n) and not n.possessive]
        for partner in partners:
            if in_aside(view.text, partner, len(view.text)):
                continue
            span = view.span(m.start(), partner.end)
            yield _AFF, subject, view.resolve(partner, _ORG), span, {"properties": {"kind": "partnership"}}


# "X's new Y partnership", "its strategic Y alliance"
_NAMED_PARTNERSHIP = re.compile(r"['’]s?\s+(?:(?:new|latest|strategic|long-standing|existing)\s+)?(?=[A-Z])")


def _partnership_nouns(view: SentenceView) -> Iterator[Statement]:
    """ "Meta's new Y partnership": the owner and Y are partners."""
    for owner in view.mentions:
        found = _NAMED_PARTNERSHIP.match(view.text, owner.end) if owner.possessive else None
        partner = view.mention_at(found.end()) if found is not None else None
        if (
            partner is None
            or partner.possessive
            or not re.match(r"\s+(?:partnership|alliance)\b", view.text[partner.end :])
        ):
            continue
        if (
            _person_like(view, owner)
            or _person_like(view, partner)
            or not_a_party(owner.text)
            or not_a_party(partner.text)
        ):
            continue
        span = view.span(owner.start, partner.end)
        extra = {"properties": {"kind": "partnership"}, "presupposed": True}
        yield _AFF, view.resolve(owner, _ORG), view.resolve(partner, _ORG), span, extra


def _organisation_after(view: SentenceView, pos: int) -> Mention | None:
    """The organisation named from `pos`, past a lowercase description ("battery manufacturing giant Y")."""
    described = re.match(r"(?:(?:the|an?|[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){0,5}", view.text[pos:])
    end = pos + (described.end() if described else 0)
    for m in view.mentions:
        if pos <= m.start <= end and not not_a_party(m.text):
            if _person_like(view, m) or m.possessive or _MODIFIER.match(view.text, m.end):
                return None  # "the Alphabet unit": the partner is the unit, unnamed here
            return m
    return None


_VERB_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def _named_firm(view: SentenceView, m: Mention) -> bool:
    return (
        not m.possessive
        and not _person_like(view, m)
        and not not_a_party(m.text)
        and not in_aside(view.text, m, len(view.text))
    )


_MODIFIER = re.compile(r"\.?\s+(?:unit|arm|subsidiary|division|affiliate|business|team|lab)\b")


def _person_like(view: SentenceView, m: Mention) -> bool:
    return view.is_person(m) or (looks_like_person(m.text) and view.b.find(m.text, _ORG) is None)
