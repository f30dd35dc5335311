"""People frames: participial founding leads, relative-clause founders, founders named with partners, role
appositives ("A, an analyst at X"), teams listed by title, former employers."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, guess_kind, looks_like_person
from loaders.articles.patterns.clauses import (
    NOT_YET_TITLE,
    OUSTED_FROM,
    UNNAMED_OWNER,
    WITH_PARTNERS,
    employer_before,
    in_aside,
    listed_names,
    person_before,
)
from loaders.articles.patterns.copulas import copular_roles
from loaders.articles.patterns.described import only_named_after
from loaders.articles.patterns.titles import (
    DEPARTED,
    FORMER_GROUP,
    FORMER_HEAD,
    role_appositives,
    subject_departed,
    titles_before_names,
)
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    participial_founding(view)
    relative_founders(view)
    role_appositives(view)
    titles_before_names(view)
    copular_roles(view)
    former_employers(view)
    founders_with(view)
    title_lists(view)


# "Founded in 2019 by former X executive A and B, Shanghai-based Y ..." / "Established in 2016, Y ..."
_PARTICIPIAL_LEAD = re.compile(
    r"^(?P<verb>(?:Co-?)?[Ff]ounded|Established|Set up|Started|Incorporated|Created)\b(?P<mid>[^,;]{0,200}?),\s+"
)

_BY = re.compile(r"\bby\s+")
_RELATIVE = re.compile(r"\b(?:that|who|which|whose)\b")
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]{1,200}?\s[–—]\s|—[^–—]{1,200}?—")  # em dashes may go unspaced

# "A, who founded X in 2023", "A, the researcher who co-founded X with B and C"
_WHO_FOUNDED = re.compile(r"\bwho (?:later |also |had |has )?(?:(?:co-?)?founded|started|set up|established)\s+")


# --- founding ---------------------------------------------------------------------------------------------
_STAFF_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:researchers?|executives?|engineers?|employees?|scientists?|staff|veterans?|alumni)\b"
)


def participial_founding(view: SentenceView) -> None:
    """ "Founded in April 2023 by former X executive A and B, Shanghai-based Y ...": Y, founded then by A and B."""
    offset = view.label_end()
    # "by A – founder of X, once ... – Y has": the aside set apart like a comma's, offsets kept
    text = _DASH_ASIDE.sub(lambda a: ", " + " " * (len(a.group(0)) - 2), view.text)
    lead = _PARTICIPIAL_LEAD.match(text[offset:])
    if lead is None:
        return
    start = offset + lead.end("verb")
    by = _BY.search(text, start, offset + lead.end())
    founders: list[Mention] = []
    org_m = None
    previous = start
    for m in view.mentions:
        if m.start < start or not text[m.start : m.end].strip():
            continue  # before the lead, or inside the aside
        if m.text.endswith("-based") or not_a_party(m.text) or guess_kind(m.text) == EntityKind.PLACE:
            continue  # "..., Lisbon-based X", "the Chinese start-up X", "headquartered in Austin, Texas, X"
        # "Founded by Whitfield in 2003, ...": a surname alone of a person the text has named
        person = looks_like_person(m.text) or (" " not in m.text and m.text.casefold() in view.doc.person_words)
        if by is None and m.start >= offset + lead.end() and not m.possessive and _subject_shaped(view, m):
            org_m = m  # "Founded in October 2020, Velora Threads is backed by ...": the first name after the lead
            break
        if not founders and by is not None and _RELATIVE.search(text, by.end(), max(by.end(), m.start)):
            by = None  # "by a group that contributed to X": the founders go unnamed
        if by is not None and m.start > by.start() and person and org_m is None and not _after_comma(view, founders, m):
            founders.append(m)
        elif (
            not person
            and re.search(
                r",\s+(?!and\b)(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w]*-(?:based|backed|owned|listed)|[A-Z][a-z]+)\s+){0,4}$",
                text[previous : m.start],
            )
            and not _STAFF_NOUN_AFTER.match(text, m.end)  # ", and ex X researchers B": X employed B
            and not re.match(r"-(?:backed|owned|based|listed|led)\b", text[m.end :])  # "Nvidia-backed Mistral"
            and _subject_shaped(view, m)
            and not in_aside(view.text, m, len(view.text))
        ):
            org_m = m
            break
        elif by is not None and m.start > by.start() and not person:
            _former_employer(view, m, len(view.text))
        previous = m.end
    # "..., the Tokyo-based company is": described, and no name after the noun ("the Oslo-based firm X": X's)
    pronoun = re.match(
        r"(?:the (?:[\w-]+ ){0,3}?(?:company|firm|start-?up|group|lab|business)|it)\b(?!\s+(?-i:[A-Z]))",
        text[offset + lead.end() :],
        re.I,
    )
    org: str | None
    if pronoun is not None:
        if view.doc.topic is None or view.doc.last_subject not in (None, view.doc.topic):
            return  # "..., the business has ...": a company this text has not named, or the one just told about
        if any(
            view.b.find(m.text) is view.b.record(view.doc.topic) for m in view.mentions_in(start, offset + lead.end())
        ):
            return  # "Founded by former X researchers A and B, the company": X employed them, it is not the company
        org, org_end = view.doc.topic, offset + lead.end() + pronoun.end()
    elif org_m is not None:
        org, org_end = view.resolve(org_m, _ORG), org_m.end
    else:
        return
    if org is None or view.b.record(org).kind != _ORG:
        return
    date = view.date_near(start, after_only=True, window=30)
    # "Co-founded by A and B in 2018, X ...": the date after the founders
    date = date or (view.date_near(founders[-1].end, after_only=True, window=12) if founders else None)
    record = view.b.record(org)
    if date and record.founded_on is None and date.year is not None:
        record.founded_on = date
        record.spans.append(view.span(offset, org_end))
    for founder in founders:
        view.b.relate(RelationType.FOUNDED, view.resolve(founder, _PERSON), org, view.span(offset, org_end))


def _after_comma(view: SentenceView, founders: list[Mention], m: Mention) -> bool:
    """A person after a comma that closes the founders' list ("..., A and B, C said") is no founder; one joined by
    "and"/"alongside"/"with" after an aside about the last one is ("A, a former X researcher, alongside B")."""
    if not founders:
        return False
    gap = view.text[founders[-1].end : m.start]
    if re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*,\s*(?:[a-z-]+\s+){1,4}", gap):
        return False
    return not (len(gap) < 90 and re.search(r"\b(?:and|alongside|with|together with)\s+(?:[\w-]+\s+){0,3}$", gap))


def _subject_shaped(view: SentenceView, m: Mention) -> bool:
    return not (m.text.endswith("-based") or view.is_person(m) or not_a_party(m.text))


_FORMER_TAIL = re.compile(
    r"(?:\s\([^()]{1,30}\))?\s+(?:[a-z-]+\s+)?[a-z-]+(?:,?\s+(?:including|such as|like|among them)|:)?\s+(?=[A-Z])"
)


# a singular noun right before the names ("engineer", "boss"), not a plural one ("engineers", "alumni", "staff")
_ONE_PERSON_NOUN = re.compile(r"\b(?!(?:alumni|staff|people|personnel|talent)\b)[a-z-]*(?:[^s\W]|ss)\s+$")


# "A, a former X executive, ...", "B, another ex-X employee.": one staff noun, then the appositive ends
_ONE_STAFF_NOUN = re.compile(
    r"(?:\s\([^()]{1,30}\))?\s+(?:(?-i:[a-z-]+|AI)\s+)?(?:executive|engineer|researcher|employee|manager|scientist"
    r"|director|officer|architect|staffer|veteran)(?=\s*(?:[,.;]|$)|\s+(?:who|in|and)\b)"
)
# the person the description follows right before it: "A, a former", "A, another ex-", "A is a Taiwanese former"
_APPOSITIVE_HEAD = re.compile(
    r"(?:,\s+|\s+(?-i:is|was)\s+)(?:an?|another)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:former|ex)[- ]?\s*$", re.IGNORECASE
)


def _former_employer(view: SentenceView, org_m: Mention, end: int) -> None:
    """ "former SenseTime executive Yan Junjie", "former AMD engineers A and B", "A, a former X researcher,": they
    once worked there."""
    head = view.text[max(0, org_m.start - 10) : org_m.start]
    if not FORMER_HEAD.search(head):
        return
    # "former X engineers A and B", "former X employees, including A", "a former X (NYSE: XX) employee"
    tail = re.match(_FORMER_TAIL, view.text[org_m.end : end])
    people = view.name_list(org_m.end + tail.end()) if tail is not None else []
    if tail is not None and _ONE_PERSON_NOUN.search(tail.group(0)) and not re.search(_LISTING, tail.group(0)):
        people = people[:1]  # "former X engineer A and B": the title is A's alone
    if not people or not looks_like_person(people[0].text):
        people = _described_person(view, org_m, end)
    for person_m in people:
        if not looks_like_person(person_m.text):
            break
        view.b.relate(
            RelationType.WORKS_AT,
            view.resolve(person_m, _PERSON),
            view.resolve(org_m, _ORG),
            view.span(max(0, min(person_m.start, org_m.start - 7)), max(person_m.end, org_m.end)),
            properties={"former": True},
        )


_LISTING = r"\b(?:including|such as|like|among)\b"


def _described_person(view: SentenceView, org_m: Mention, end: int) -> list[Mention]:
    """ "A, a former X executive," / "A, another ex-X employee.": the person the appositive follows."""
    opening = _APPOSITIVE_HEAD.search(view.text, 0, org_m.start)
    if opening is None or org_m.possessive or not _ONE_STAFF_NOUN.match(view.text, org_m.end, end):
        return []
    person_m = view.mention_before(opening.start() + 1, limit=1)
    return [person_m] if person_m is not None and not person_m.possessive else []


# "A and B, both veterans of X", "A, formerly of X": they worked at X before
_VETERANS_OF = re.compile(
    r",\s+(?:both |all |an? )?(?:(?:[\w-]+ )?(?:veterans?|alumni|alums?) (?:of|at)|formerly (?:of|at|with)"
    # "A, previously at X,", "A, most recently with X,": an appositive naming only the past employer
    r"|(?:previously|most recently|until recently|earlier) (?:at|with)(?=\s+(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*,))"
    r"\s+(?=[A-Z])"
)


def former_employers(view: SentenceView) -> None:
    """ "former X engineers A and B" anywhere; "A and B, both veterans of X": formerly at X."""
    for m in re.finditer(r"\b(?:[Ff]ormer|[Ee]x)[- ]?\s*(?=[A-Z])", view.text):
        org_m = view.mention_at(m.end())
        if org_m is not None and not looks_like_person(org_m.text):
            _former_employer(view, org_m, len(view.text))
    for m in _VETERANS_OF.finditer(view.text):
        # "Wei, formerly of A, B, and C": each of them
        orgs = [o for o in view.name_list(m.end()) if not looks_like_person(o.text) and not view.is_person(o)]
        for person_m in _people_listed_before(view, m.start()):
            for org_m in orgs:
                view.b.relate(
                    RelationType.WORKS_AT,
                    view.resolve(person_m, _PERSON),
                    view.resolve(org_m, _ORG),
                    view.span(person_m.start, org_m.end),
                    properties={"former": True},
                )


def _people_listed_before(view: SentenceView, end: int) -> list[Mention]:
    """ "A and B" right before `end`: the people of the list that closes there."""
    people: list[Mention] = []
    for m in reversed([m for m in view.mentions if m.end <= end]):
        person = looks_like_person(m.text) or view.is_person(m)  # "Wei, formerly of X": Wei Qiang, named before
        if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", view.text[m.end : end]) or not person:
            break
        people.append(m)
        end = m.start
    return people


def relative_founders(view: SentenceView) -> None:
    """ "A, who founded X in 2023 with B and C": A (and B, C) founded X."""
    for who in _WHO_FOUNDED.finditer(view.text):
        person_m = person_before(view, who.start(), limit=90)
        if person_m is not None and re.match(r"\s+[a-z]", view.text[person_m.end : who.start()]):
            # "A, the former X chief technology officer who founded Y": X names A's employer; A founded Y
            person_m = person_before(view, person_m.start, limit=60)
        org_m = view.mention_at(who.end())
        if person_m is None or org_m is None or looks_like_person(org_m.text):
            continue
        org = view.resolve(org_m, _ORG)
        listed = _people_listed_before(view, who.start())  # "A and B, who founded X": both
        founders = listed if person_m in listed and re.match(r",\s*$", view.text[person_m.end : who.start()]) else []
        founders = founders or [person_m]
        with_ = WITH_PARTNERS.match(view.text[org_m.end :])
        if with_:
            founders += [m for m in view.name_list(org_m.end + with_.end()) if looks_like_person(m.text)]
        date = view.date_near(org_m.end, after_only=True, window=12)
        if org and date and view.b.record(org).founded_on is None and date.year is not None:
            view.b.record(org).founded_on = date
        for founder in founders:
            view.b.relate(
                RelationType.FOUNDED, view.resolve(founder, _PERSON), org, view.span(person_m.start, org_m.end)
            )


# "A started MetaX with former AMD engineers B and C", "having co-founded the company with his brother B"
_FOUNDED_WITH = re.compile(
    r"\b(?:co-?founded|founded|started|set up|established)\s+(?P<org>the (?:company|firm|start-?up|business)|"
    r"(?=[A-Z]))"
)

# "co-founders such as vice president A, director B and C"
_COFOUNDERS_SUCH_AS = re.compile(r"\b(?:co-?founders|founders)(?:,)? (?:such as|including|include|are|were)\s+")

# "a team that includes COO A, CTO B and vice president C": lower-case titles and acronyms (never "President X")
_TITLE_LIST = re.compile(
    r"\b(?P<role>CEO|CFO|CTO|COO|chairman|chairwoman|vice president|chief executive|chief [a-z]+ officer|"
    r"general manager|vice[‑-]general manager|managing director|director|(?:co-?)?founder)\s+(?=[A-Z])"
)


def founders_with(view: SentenceView) -> None:
    """ "A started X with B and C": all three founded X; "co-founders such as A and B": the topic's founders."""
    for m in _FOUNDED_WITH.finditer(view.text):
        org_m = None if m.group("org") else view.mention_at(m.end())
        org = view.doc.topic if m.group("org") else (view.resolve(org_m, _ORG) if org_m else None)
        org_end = m.end() if org_m is None else org_m.end
        with_ = WITH_PARTNERS.match(view.text[org_end:])
        if org is None or with_ is None or (org_m is not None and looks_like_person(org_m.text)):
            continue
        partners = [p for p in view.name_list(org_end + with_.end()) if looks_like_person(p.text)]
        if not partners:
            tail = re.match(r"(?:[a-z-]+\s+|[A-Z][\w.&-]*\s+(?=[a-z])){1,4}", view.text[org_end + with_.end() :])
            start = org_end + with_.end() + (tail.end() if tail else 0)
            partners = [p for p in view.name_list(start) if looks_like_person(p.text)]
        lead = view.mention_before(m.start(), limit=30)
        founders = partners + ([lead] if lead is not None and _person_named(view, lead) else [])
        for founder in founders:
            view.b.relate(RelationType.FOUNDED, view.resolve(founder, _PERSON), org, view.span(m.start(), founder.end))
    for m in _COFOUNDERS_SUCH_AS.finditer(view.text):
        if view.doc.topic is None:
            continue
        for person_m in _titled_people(view, m.end()):
            view.b.relate(
                RelationType.FOUNDED,
                view.resolve(person_m, _PERSON),
                view.doc.topic,
                view.span(m.start(), person_m.end),
            )


def title_lists(view: SentenceView) -> None:
    """ "includes COO Wang Zai, CTO Liang Jun and vice president Liu Shaoli": each works at the organisation named
    last before the title, or at the topic when the sentence names none ("a senior team that includes ...")."""
    for m in _TITLE_LIST.finditer(view.text):
        person_m = view.mention_at(m.end())
        before = view.mention_before(m.start(), limit=3)
        if before is not None and view.text[before.end : m.start()].strip(" ’'s"):
            before = None  # "..., CTO A": the name before belongs to the list, not to the title
        if person_m is None or not looks_like_person(person_m.text) or (before is not None and not before.possessive):
            continue  # "X CEO A" is role_appositives' reading
        role = m.group("role").lower()
        if "founder" in role or _FORMER.search(view.text[: m.start()]) or _INCOMING.search(view.text, 0, m.start()):
            continue  # founders are founders_with's; "former director A" has left, "incoming CEO A" not come
        if OUSTED_FROM.search(view.text, 0, m.start()):
            continue  # "X ousted chief executive A": no longer there
        if FORMER_GROUP.search(view.text, 0, m.start()):
            continue  # "former X staff including CEO A": A left X; the title is from elsewhere
        if before is None and UNNAMED_OWNER.search(view.text[: m.start()]):
            continue  # "the stock exchange's chief executive A": an employer the sentence does not name
        if before is None and only_named_after(view, m.start(), person_m.end):
            continue  # "CEO A defended the move, saying Y's runway ...": the topic is no surer than Y
        employer = view.resolve(before, _ORG) if before is not None else employer_before(view, m.start())
        founder = _FOUNDER_AND.search(view.text, 0, m.start())  # "co-founder and CEO A": a founder too
        span = view.span(founder.start() if founder else m.start(), person_m.end)
        person = view.resolve(person_m, _PERSON)
        if founder is not None:
            view.b.relate(RelationType.FOUNDED, person, employer, span)
        # "its CFO A has resigned", "A, ..., along with CTO B, resigned on Monday": a post both have left
        left = DEPARTED.match(view.text, person_m.end) is not None or subject_departed(view, person_m.end)
        properties = {"role": role, "former": True if left else None}
        view.b.relate(RelationType.WORKS_AT, person, employer, span, properties=properties)


_FOUNDER_AND = re.compile(r"\b(?:co-?)?founder\s+and\s+$", re.IGNORECASE)


_FORMER = re.compile(r"\b(?:former|ex-|then-|previous|one-time|onetime)\s*(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_INCOMING = re.compile(NOT_YET_TITLE.pattern + r"\s+$", re.IGNORECASE)  # "incoming CEO A": not in the post yet
_TITLE_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:(?:[a-z‑-]+|CEO|CFO|CTO|COO)\s+){0,3}")


def _titled_people(view: SentenceView, pos: int) -> list[Mention]:
    """ "vice president A (US$1.7 billion), director B and C": the people listed, each after an optional title."""
    people = []
    for m in listed_names(view, pos, _TITLE_GAP):
        if not looks_like_person(m.text):
            break
        people.append(m)
    return people


def _person_named(view: SentenceView, m: Mention) -> bool:
    return looks_like_person(m.text) or view.b.find(m.text, _PERSON) is not None


# --- people -----------------------------------------------------------------------------------------------
