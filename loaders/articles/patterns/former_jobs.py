"""Former jobs said through a move: "after leaving X, A founded Y", "A founded Y after leaving X", "A, who joined Y
from X in 2021": A worked at X before. Also the helpers the career readers share: whom a name or "he" stands for,
and the statement of a past job (careers.apply states them all, so the rule stays `careers.apply`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import Statement, in_aside, person_like
from loaders.articles.patterns.pronouns import he_or_she
from loaders.articles.patterns.titles import possessed_other
from loaders.articles.personal_names import east_asian_name
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON
# "spent 12 years at", "spent a decade with", "spent nearly two decades at"
SPENT_YEARS = (
    r"spent\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|almost\s+)?(?:[\w-]+\s+)?(?:years|decades?)\s+"
    r"(?:at|with)"
)
# a company's description before its name: "chip designer X", "leading AI software company X"
ORG_DESCRIBED = (
    r"(?:(?:(?-i:[a-z][\w-]*)|AI|EV)\s+){0,3}?(?-i:company|firm|start-?up|giant|maker|chipmaker|carmaker|automaker"
    r"|designer|developer|group|lab|bank|operator|platform|provider|retailer|manufacturer|supplier|conglomerate"
    r"|brokerage|insurer|lender|consultancy|agency)\s+"
)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
_WORKS = RelationType.WORKS_AT


def former(view: SentenceView, person: str | None, org: Mention, start: int, role: str) -> Iterator[Statement]:
    # the frame says where the organisation stands ("chief executive of X"): a name shaped like a person's may be one
    if person is None or view.is_person(org) or not_a_party(org.text) or view.b.find(org.text, _PERSON) is not None:
        return
    ref = view.resolve(org, _ORG)
    if ref is not None and view.b.record(ref).kind == _ORG:
        props = {"properties": {"former": True, "role": role}}
        yield _WORKS, person, ref, view.span(min(start, org.start), max(org.end, start)), props


def person_ref(view: SentenceView, m: Mention | None) -> str | None:
    if m is None or not person_like(view, m):
        return None
    full = view.doc.person_words.get(m.text.casefold()) if len(m.text.split()) == 1 else None
    if full is not None and not _family_name(m.text, full):
        return None  # "Joseph" alone after "Joseph Tsai" and "Joseph Waring": a given name names no one for sure
    ref = view.resolve(m, _PERSON)
    return ref if ref is not None and view.b.record(ref).kind == _PERSON else None


def _family_name(word: str, full: str) -> bool:
    """Whether a name given alone is the family name of the full one ("Tan" of "Lip-Bu Tan", "Wang" of "Wang
    Xiaochuan")."""
    parts = full.casefold().split()
    return word.casefold() == parts[-1] or (east_asian_name(full) and word.casefold() == parts[0])


def clause_person(view: SentenceView, pos: int) -> str | None:
    """The person the clause around `pos` is about: its subject when that is the one person it opens with, or the
    person "he"/"she" stands for."""
    start = clause_start(view.text, pos)
    if re.match(r"\s*(?:[Hh]e|[Ss]he)\b", view.text[start:]):
        return he_or_she(view, start)
    first = next((n for n in view.mentions if start <= n.start < pos and not in_aside(view.text, n, pos)), None)
    if first is None or first.start > start + 8:
        return None
    return person_ref(view, first)


# "after leaving X", "before quitting X", "shortly after leaving X"
_LEAVING = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]pon)\s+(?:leaving|quitting)\s+(?:the\s+)?(?=[A-Z])")
# the opening phrase ends at a comma, then the person it is about: "After leaving X in 2020, A founded Y"
_THEN_NAMED = re.compile(r"[^,;]{0,40}?,\s+(?=[A-Z])")


def left_for(view: SentenceView) -> Iterator[Statement]:
    """ "After leaving X in 2020, A founded Y", "A founded Y after leaving X": A worked at X."""
    for m in _LEAVING.finditer(view.text):
        org = view.mention_at(m.end())
        if org is None or org.possessive or org.start != m.end():
            continue
        if m.start() <= view.label_end() + 1:  # the sentence opens with it: the person comes after the comma
            after = _THEN_NAMED.match(view.text, org.end)
            pronoun = re.match(r"(?:[Hh]e|[Ss]he)\b", view.text[after.end() :]) if after else None
            person = he_or_she(view, after.end()) if pronoun and after else None
            person = person or (person_ref(view, view.mention_at(after.end())) if after else None)
        else:
            person = clause_person(view, m.start())
        yield from former(view, person, org, m.start(), "employee")
    yield from _hired_from(view)


# "A, who joined Y from X in 2021", "A joined Y from rival X": A moved from X
_JOINED = re.compile(r"\b(?:joined|joins|has joined|rejoined)\s+(?=[A-Z])")
_FROM = re.compile(r"\s+(?:in\s+\d{4}\s+|last\s+year\s+)?from\s+(?:(?:its\s+)?(?:rival|peer|competitor)\s+)?(?=[A-Z])")


# "X hired A from rival Y", "X has poached A from Y": A worked at Y; "A joins from Y": the clause's person did
_HIRED = re.compile(r"\b(?:hired|hires|poached|poaches|recruited|recruits|lured|lures)\s+(?=[A-Z])")
_JOINS_FROM = re.compile(r"\b(?:joins|joined|has joined)(?=\s+from\s)")


def _hired_from(view: SentenceView) -> Iterator[Statement]:
    for m in _HIRED.finditer(view.text):
        hired = view.mention_at(m.end())
        frm = _FROM.match(view.text, hired.end) if hired is not None and not hired.possessive else None
        org = view.mention_at(frm.end()) if frm is not None else None
        if hired is not None and org is not None and not org.possessive:
            yield from former(view, person_ref(view, hired), org, m.start(), "employee")
    for m in _JOINS_FROM.finditer(view.text):
        frm = _FROM.match(view.text, m.end())
        org = view.mention_at(frm.end()) if frm is not None else None
        if org is not None and not org.possessive:
            yield from former(view, clause_person(view, m.start()), org, m.start(), "employee")


def joined_from(view: SentenceView) -> Iterator[Statement]:
    for m in _JOINED.finditer(view.text):
        joined = view.mention_at(m.end())
        frm = _FROM.match(view.text, joined.end) if joined is not None and not joined.possessive else None
        org = view.mention_at(frm.end()) if frm is not None else None
        if joined is None or org is None or view.is_person(joined) or org.possessive:
            continue
        who = re.search(r"(?P<comma>,)\s+who\s+(?:(?:has|had|recently|later)\s+)?$", view.text[: m.start()])
        if who is not None:
            person = person_ref(view, view.mention_before(who.start() + 1, limit=1))
        else:
            person = clause_person(view, m.start())
        yield from former(view, person, org, m.start(), "employee")


# "A, who previously ran X", "A, who headed X from 2010 to 2018", "A, who led X for a decade": a past post
_WHO_LED = re.compile(
    r",\s+who\s+(?P<when>(?:previously|formerly|once|earlier)\s+)?(?:ran|led|headed|helmed|chaired)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
_PAST_SPAN = re.compile(
    r"\s+(?:from\s+\d{4}\s+(?:to|until)\s+\d{4}|until\s+(?:\d{4}|last\s+year)|for\s+(?:a|nearly\s+a|over\s+a)\s+decade"
    r"|for\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?[\w-]+\s+years)\b"
)


def who_once_led(view: SentenceView) -> Iterator[Statement]:
    for m in _WHO_LED.finditer(view.text):
        org = view.mention_at(m.end())
        if org is None or org.start != m.end() or (org.possessive and possessed_other(view, org)):
            continue  # "who led X's Series A round": no post at X
        if not m.group("when") and not _PAST_SPAN.match(view.text, org.end):
            continue  # "A, who led X to a record year": still there, or a round led
        person = person_ref(view, view.mention_before(m.start() + 1, limit=1))
        yield from former(view, person, org, m.start(), "head")


# "In his 12 years at X, A held ...", "After holding product roles at X and Y, A joined Z", "During her decade at X"
_YEARS_AT = re.compile(
    r"^(?:(?:In|During|Over)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:years?|decades?)\s+(?:at|with)"
    r"|(?:After|Following)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?(?:[\w-]+\s+)?(?:years|decades?)"
    r"\s+(?:at|with)"
    r"|(?:After|Before)\s+(?:holding|serving\s+in)\s+[^,;]{1,60}?\s+(?:roles?|posts?|positions?)\s+(?:at|with))\s+"
    r"(?:the\s+)?(?=[A-Z])"
)


def years_at(view: SentenceView) -> Iterator[Statement]:
    start = view.label_end()
    m = _YEARS_AT.match(view.text[start:])
    org = view.mention_at(start + m.end()) if m is not None else None
    if m is None or org is None or org.possessive:
        return
    after = _THEN_NAMED.match(view.text, org.end)
    if after is None:
        return
    comma = view.text.rfind(",", 0, after.end())
    orgs = [o for o in view.mentions if org.start <= o.start < comma and not o.possessive and not view.is_person(o)]
    pronoun = re.match(r"(?:[Hh]e|[Ss]he)\b", view.text[after.end() :])
    person = he_or_she(view, after.end()) if pronoun else person_ref(view, view.mention_at(after.end()))
    for each in orgs:
        yield from former(view, person, each, start, "employee")


# "X's co-founders A and B left the company", "X co-founder A quit the firm", "X's A and B have both exited the
# company": the people named right before the verb, and the organisation whose title (or possessive) opens them
LEFT_THE_COMPANY = re.compile(
    r"\s+(?:(?:both|also|have|has|had|recently|later|since)\s+){0,2}(?:left|quit|exited)\s+the\s+"
    r"(?:company|firm|group|start-?up)\b(?!['’])(?!\s+(?:to\s+)?(?:for|with|at|in)\s+(?!" + MONTH + r")[A-Z])"
)
# between the people: a comma or "and", with a title ("and co-founder B")
_PEOPLE_GAP = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:[a-z-]+\s+){0,4}")
# between the organisation and the first person: its possessive, then a lowercase title ("X's chief technology
# officer A"), or a title alone ("X co-founder A")
_OWNER_GAP = re.compile(r"(?P<own>['’]s?)?\s+(?P<title>(?:[a-z-]+\s+){0,4})")
_TITLE_WORD = re.compile(
    r"\b(?:co-?founders?|founders?|chief|ceo|cto|cfo|coo|president|chair\w*|director|head|officer|executive)\b",
    re.IGNORECASE,
)


def people_leaving(view: SentenceView, verb: int) -> tuple[Mention | None, list[Mention]]:
    """For "left the company" at `verb`: the organisation named before the people ("X's co-founders A and B", "X's
    A", "X co-founder A") and the people; no organisation when none opens the list."""
    people: list[Mention] = []
    cursor = verb
    for m in reversed([n for n in view.mentions if n.end <= verb]):
        gap = view.text[m.end : cursor]
        if m.possessive or not person_like(view, m):
            break
        if not (re.fullmatch(r"\s*", gap) if not people else _PEOPLE_GAP.fullmatch(gap)):
            break
        people.insert(0, m)
        cursor = m.start
    owner = view.mention_before(cursor, limit=40) if people else None
    opening = _OWNER_GAP.fullmatch(view.text, owner.end, cursor) if owner is not None else None
    if owner is None or opening is None or person_like(view, owner):
        return None, people
    # a title names the organisation's people ("X co-founder A"); a possessive alone does too ("X's A and B")
    titled = _TITLE_WORD.search(opening.group("title")) is not None
    return (owner, people) if titled or (opening.group("own") and not opening.group("title")) else (None, people)


def left_named_company(view: SentenceView) -> Iterator[Statement]:
    for m in LEFT_THE_COMPANY.finditer(view.text):
        owner, people = people_leaving(view, m.start())
        if owner is None:
            continue
        for person_m in people:
            yield from former(view, person_ref(view, person_m), owner, m.end(), "employee")


# "A, a well-known chip architect who has worked at X, Y and most recently Z": the description's person
_DESCRIBED_WHO_WORKED = re.compile(
    r",\s+(?:an?|the)\s+[^,;()]{1,60}?\s+who\s+(?P<has>(?:has|have)\s+)?(?:had\s+)?(?:previously\s+|also\s+|once\s+)?"
    r"worked\s+(?:at|for)\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,2}(?=[A-Z])"  # not "worked with": a partner's
)
_MOST_RECENTLY = re.compile(r",?\s+and\s+(?:most\s+recently|later|then|finally)\s+(?:at\s+)?(?=[A-Z])")


def worked_list(view: SentenceView, first: Mention) -> list[Mention]:
    """The organisations listed from `first`: "X, Y and Z", "X, Y and most recently Z" (no possessive, no person)."""
    listed = [m for m in view.name_list(first.start) if not m.possessive]
    recent = _MOST_RECENTLY.match(view.text, listed[-1].end) if listed else None
    last = view.mention_at(recent.end()) if recent is not None else None
    listed += [last] if last is not None and not last.possessive else []
    return [m for m in listed if not person_like(view, m)]


def described_who_worked(view: SentenceView) -> Iterator[Statement]:
    for m in _DESCRIBED_WHO_WORKED.finditer(view.text):
        first = view.mention_at(m.end())
        orgs = worked_list(view, first) if first is not None else []
        if not orgs or (m.group("has") and len(orgs) < 2):
            continue  # "who has worked at X for 20 years": still there, as far as the text says
        if re.match(r"[^,;.]{0,30}\bsince\b", view.text[orgs[-1].end :]):
            continue
        person = person_ref(view, view.mention_before(m.start() + 1, limit=1))
        for org in orgs:
            yield from former(view, person, org, m.start(), "employee")


# "A joined Y after eight years at X", "A, who came to Y after a decade with X": the years before were at X
_AFTER_YEARS_AT = re.compile(
    r"\b(?:after|following)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|almost\s+)?(?:[\w-]+\s+)?"
    rf"(?:years|decades?)\s+(?:at|with)\s+(?:the\s+)?(?:{ORG_DESCRIBED})?(?=[A-Z])"
)


def after_years_at(view: SentenceView) -> Iterator[Statement]:
    for m in _AFTER_YEARS_AT.finditer(view.text):
        org = view.mention_at(m.end())
        if org is not None and not org.possessive and m.start() > view.label_end() + 1:
            yield from former(view, clause_person(view, m.start()), org, m.start(), "employee")


# between the person and "left": nothing, a comma closing an appositive, "who", or an adverb ("A, who later left
# X", "she abruptly quit X", "a co-founder, chief scientist A, left X")
_LEFT_GAP = re.compile(
    r"\s*(?:,\s*(?:who\s+)?)?(?:(?:later|also|then|eventually|has|had|recently|abruptly|suddenly)\s+){0,2}"
)


def subject_who_left(view: SentenceView, pos: int) -> str | None:
    """The person who is the subject of "left"/"quit" at `pos`: named right before it, or "he"/"she"."""
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)(?=" + _LEFT_GAP.pattern + r"$)", view.text[:pos])
    if pronoun is not None:
        return he_or_she(view, pronoun.start())
    person_m = view.mention_before(pos, limit=40)
    if person_m is None or person_m.possessive or not _LEFT_GAP.fullmatch(view.text, person_m.end, pos):
        return None
    known = looks_like_person(person_m.text) or view.b.find(person_m.text, _PERSON) is not None
    return view.resolve(person_m, _PERSON) if known else None
