"""Former jobs the text states as departures, successions and past roles: "A stepped down as X chairman", "A has
resigned as X's co-COO", "X chief marketing officer A has also resigned", "X appointed B as its CEO, succeeding A",
"B succeeded A as CTO of X", "A, who was a robotics engineer at X", "A, who worked at X", "A was previously CEO of
X", "A, a former top X executive", "A – founder and former CEO of X", "A once led the driving business of X", "A,
formerly a leader in X's AI efforts", "following an 11-year stint with X", "three veterans of X – chairman A and
officers B and C", "A left the company in 1989". Each yields WORKS_AT with `former` (person -> organisation): A
worked at X before. "He"/"she" is the person the previous sentence opened with, or the only person named so far.

A departure only announced for later ("will step down") is no fact: the clause's modality drops it; nor is one the
text says was reversed ("left the company for many years and has now returned")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import Statement, in_aside, person_like
from loaders.articles.patterns.former_jobs import (
    MONTH,
    ORG_DESCRIBED,
    SPENT_YEARS,
    after_years_at,
    clause_person,
    described_who_worked,
    former,
    joined_from,
    left_for,
    left_named_company,
    people_leaving,
    person_ref,
    who_once_led,
    years_at,
)
from loaders.articles.patterns.pronouns import he_or_she, note_opening_person
from loaders.articles.patterns.titles import DEPARTED
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON
_WORKS = RelationType.WORKS_AT

_ROLE = (
    r"(?:(?:co-|deputy |vice |executive |senior |chief |non-executive |group |global )*"
    r"(?:chairman|chairwoman|chair|chief executive(?: officer)?|CEO|CTO|CFO|COO|CMO|CIO|VP|SVP|EVP|president|director|"
    r"head(?: of [a-z ]+?)?|[a-z]+ officer|managing director|general manager|vice-president|chief|partner|"
    r"manager|executive|engineer|researcher|scientist|editor|leader|architect|analyst|employee|staff member))"
)
# "resigned as", "stepped down from", "stepping down as", "quit as", "retired as"
_LEFT_POST = re.compile(
    r"\b(?:resigned|resigns|stepped down|steps down|stepping down|quit|retired|retires|ousted|fired|sacked)\s+"
    r"(?P<how>as|from)\s+"
)
_ANNOUNCED = re.compile(r"\b(?:is|are)\s+(?:also\s+|now\s+)?$")
# "his departure from X", "announced his departure as head of the phone unit of X"
_DEPARTURE = re.compile(r"\b(?:his|her)\s+departure\s+(?P<how>as|from)\s+")
# "X chief marketing officer A has also resigned": the role and the company before the person
_ROLE_AFTER_ORG = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{_ROLE}\s+", re.IGNORECASE)
# "succeeding A", "succeeded A as CTO of X", "replacing chairwoman A", "took over from co-founder A as X's CEO"
_SUCCEEDS = re.compile(
    r"\b(?:succeeding|succeeds|succeeded|replacing|replaces|replaced|to replace|(?:took|takes|taking) over from)\s+"
    rf"(?:(?:the\s+)?(?:outgoing\s+|longtime\s+|long-time\s+)?(?-i:{_ROLE}|(?:co-?)?founder)\s+)?(?=[A-Z])"
)
_APPOINTED = re.compile(
    r"\b(?:appointed|appoints|named|names|hired|hires|picked|tapped|promoted|chose|has chosen)\s+(?=[A-Z])"
)
# "A, who was a robotics and machine learning engineer at X", "A, who worked at X and Y"
_WHO_WAS = re.compile(
    rf",\s+who\s+(?:(?:was|had been)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,5}}?{_ROLE}s?"
    r"|(?:had\s+|has\s+)?(?:previously\s+|also\s+|once\s+)?worked)"  # "who has worked at A, B", "who previously worked"
    r"\s+(?:at|for|with|in)\s+(?:the\s+)?(?-i:[a-z]+\s+){0,2}",  # "at dating site X"
    re.IGNORECASE,
)
# "A was previously CEO of X", "A had once been a director at X"
_WAS_PREVIOUSLY = re.compile(
    rf"\b(?:was|had\s+been|had\s+once\s+been)\s+(?:previously|formerly|once)?\s*(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_ROLE}\s+(?:of|at)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*|AI)\s+){0,4}(?=[A-Z])"  # "an executive at leading AI software company X"
)
# "A – founder and former CEO of X", "A, the former chief scientist of search engine X"
_FORMER_ROLE_OF = re.compile(
    rf"(?:,|\s[–—-])\s+(?:the\s+|an?\s+)?(?:(?:co-?)?founder\s+and\s+)?(?:former|ex-)\s*"
    rf"(?:(?:global|senior|top|longtime|long-time|AI|[a-z]+)\s+)?{_ROLE}\s+(?:of|at)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){0,3}(?=[A-Z])"  # "at German rival X"
)
# "former researcher at X A", "former X researchers, A and B": the people after the description
_FORMER_BEFORE_NAMES = re.compile(
    rf"\b(?:former|ex-)\s*(?:{_ROLE}s?\s+(?:at|of)\s+(?P<org1>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*)\s+(?=[A-Z])|"
    rf"(?P<org2>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*)\s+{_ROLE}s,\s+(?=[A-Z]))"
)
# "A once led the autonomous driving business of X", "A previously ran X's cloud unit"
_ONCE_LED = re.compile(
    r"\b(?:once|previously|formerly)\s+(?:led|ran|headed|managed|oversaw)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:of|at)\s+(?:the\s+)?(?=[A-Z])"
)
# "he spent about 16 years at X", "he was working for X", "he also worked as an executive at X"
_HE_WORKED = re.compile(
    r"(?:^|[,;]\s*|\bthat\s+)(?:[Hh]e|[Ss]he)\s+(?:had\s+)?(?:also\s+|previously\s+|once\s+)?"
    rf"(?:{SPENT_YEARS}|was\s+working\s+(?:at|for)|"
    rf"worked\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){{0,4}}?)?(?:at|for))\s+(?:the\s+)?(?:{ORG_DESCRIBED})?(?=[A-Z])"
)
# "A worked at X for a decade before founding Y", "A spent nine years at X": right after the name (not "has worked
# at X since 2019": still there)
_NAMED_WORKED = re.compile(
    rf"\s+(?:had\s+)?(?:also\s+|previously\s+|once\s+)?(?:{SPENT_YEARS}|"
    rf"worked\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){{0,4}}?)?(?:at|for))\s+(?:the\s+)?(?:{ORG_DESCRIBED})?(?=[A-Z])"
)
# "following an 11-year stint with X", "after a five-year spell as CEO of Finnish energy firm X"
_STINT = re.compile(
    r"\b(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?(?:stint|spell|tenure|career)\s+(?:as\s+[^,;]{1,40}?\s+)?(?:with|at|of)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+|[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+){0,4}(?=[A-Z])"
)
# "A left the company in 1989", "A quit the firm": the company the text is about
_LEFT_THE_COMPANY = re.compile(
    r"\b(?:left|quit|exited)\s+the\s+(?:company|firm|group|start-?up)\b(?!['’])"
    r"(?!\s+(?:to\s+)?(?:for|with|at|in)\s+(?!" + MONTH + r")[A-Z])"
)
# "founded by three veterans of US chipmaker X (AMD) – chairman A and co-chief technology officers B and C"
_VETERANS_DASH = re.compile(
    r"\b(?:(?P<n>two|three|four|five)\s+)?(?:former\s+)?(?:veterans|alumni|engineers|executives|employees)\s+of\s+"
    r"(?:the\s+)?(?:(?:[a-z-]+|[A-Z]{2,3})\s+){0,3}(?=[A-Z])"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# "X (AMD) – ": the reader blanks a ticker and the dash after it, so a long blank stands for them too
_DASH_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[–—:]\s*|\s{4,}")
_FOR_A_WHILE = re.compile(r"\s+for\s+(?:many|several|a few|some|two|three|\d+)\s+(?:years|months)")
# "Before joining Y, A was group editor for X", "Prior to Y, A served as senior VP of marketing for X's chip division"
_BEFORE_JOINING = re.compile(
    r"\b(?:Before|Prior to)\s+(?:joining|founding|co-founding|starting|launching|that|this)?[^,;]{0,60},\s+(?=[A-Z])"
)
_PAST_POST = re.compile(
    rf"\s*(?:(?:was|served\s+as|worked\s+as|had\s+been)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?{_ROLE}s?\s+"
    r"(?:(?:of|for)\s+[a-z][a-z &]{0,40}?\s+)?(?:at|of|for|with|in)"
    rf"|(?:had\s+)?(?:worked\s+(?:at|for)|{SPENT_YEARS}))"
    rf"\s+(?:the\s+)?(?:{ORG_DESCRIBED})?(?=[A-Z])"  # "Before joining Y, A worked at X for eight years"
)
# "A, a former top X executive", "A, another ex-X employee"
_FORMER_DESCRIBED = re.compile(
    r",\s+(?:an?|another|the)\s+(?:former|ex-)\s*(?:(?:top|senior|longtime|long-time|veteran|high-ranking)\s+)?(?=[A-Z])"
)
# "the post of", "CEO of the phone unit of", "head of the smartphone unit of"
_POST = re.compile(rf"(?:(?:the|its|his|her)\s+)?(?P<role>{_ROLE}|role|post|position|roles)s?\s+", re.IGNORECASE)
_OF_ORG = re.compile(
    r"(?:as\s+[^,;]{1,40}?\s+)?(?:of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:of\s+(?:the\s+)?)?(?=[A-Z])"
)
# after a role that took the first "of" already ("head of the"): "smartphone unit of X"
_OF_REST = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:of\s+(?:the\s+)?)?(?=[A-Z])")
# "A, formerly a leader in X's AI and search efforts", "A (previously an engineer at X)"
_FORMERLY_A = re.compile(
    rf"(?:,\s*|\s*\(\s*)(?:formerly|previously)\s+(?:an?|the)\s+(?:(?:[\w-]+\s+){{0,4}}?{_ROLE}\s+(?:at|of|with)\s+|"
    r"(?:[\w-]+\s+){0,4}?(?=[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*['’]))(?=[A-Z])"
)


def apply(view: SentenceView) -> None:
    """Former jobs. The readers only find statements; this function states them, so each keeps the rule name
    `careers.apply`."""
    for reader in (
        _left_posts,
        _titled_departures,
        _successions,
        _was_previously,
        _he_worked,
        _named_worked,
        _stints,
        _before_joining,
        _veterans_listed,
        _who_was,
        _former_described,
        _former_roles_of,
        _former_before_names,
        _formerly,
        left_for,
        left_named_company,
        described_who_worked,
        after_years_at,
        joined_from,
        who_once_led,
        years_at,
    ):
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)
    note_opening_person(view)


def _subject_person(view: SentenceView, verb: int) -> str | None:
    """The person whose clause the verb is in: the nearest name before it with only an aside or a few lowercase
    words between ("Jeffrey Ju has resigned", "A, 66, stepped down"); "he"/"she" opening the clause is the person
    named last."""
    start = clause_start(view.text, verb)
    before = [m for m in view.mentions if start <= m.start and m.end <= verb and not in_aside(view.text, m, verb)]
    if before:
        nearest = before[-1]
        gap = view.text[nearest.end : verb]
        if _SUBJECT_GAP.fullmatch(gap) and not nearest.possessive:
            return person_ref(view, nearest)
        return None
    pronoun = re.search(r"(?:^|[,;]\s*)(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,3}$", view.text[start:verb])
    if pronoun is not None:
        return he_or_she(view, start + pronoun.start())
    return None


# Between a person and the verb: an age (", 66,"), "who", a description (", a veteran in the industry,"), adverbs
_SUBJECT_GAP = re.compile(
    r"(?:,\s*\d{2},|,\s+(?:an?|the)\s[^,;]{1,60},)?(?:,\s+who)?\s+(?:[a-z]+\s+){0,3}"
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"  # "A on Friday resigned as ..."
)


def _post_org(view: SentenceView, pos: int, how: str) -> tuple[Mention | None, str]:
    """The organisation of the post left, read from `pos` (after "as"/"from"): "X's co-COO", "CEO of X", "X chairman",
    "head of the smartphone unit of X", "his role at X", "X"."""
    text = view.text
    first = view.mention_after(pos, limit=2)
    if first is not None and first.start - pos <= 4:
        if first.possessive:
            return first, _role_text(text, first.end + 2)
        if how == "from" or _ROLE_AFTER_ORG.match(text, first.end):
            found = _ROLE_AFTER_ORG.match(text, first.end)
            return first, found.group(0).strip() if found else "employee"
    role = _POST.match(text, pos)
    if role is None:
        return None, ""
    # "head of the smartphone unit of X": the role took the first "of" already
    of = (_OF_REST if " of " in f"{role.group('role')} " else _OF_ORG).match(text, role.end())
    if of is None:
        return None, ""
    org = view.mention_at(of.end())
    return org, role.group("role").split(" of ")[0]


def _role_text(text: str, pos: int) -> str:
    role = re.match(rf"\s*(?P<role>{_ROLE})", text[pos:], re.IGNORECASE)
    return role.group("role") if role else "employee"


def _left_posts(view: SentenceView) -> Iterator[Statement]:
    """ "A stepped down as X chairman", "A has resigned as X's co-COO", "after stepping down as CEO of X in 2021,
    A ...", "A announced his departure from X"."""
    for pattern in (_LEFT_POST, _DEPARTURE):
        for m in pattern.finditer(view.text):
            org, role = _post_org(view, m.end(), m.group("how"))
            if org is None or (_ANNOUNCED.search(view.text, 0, m.start()) and m.group(0).startswith("stepping")):
                continue  # "A, who is stepping down as X chief": announced, still there
            person = _subject_person(view, m.start())
            if person is None and re.match(r"stepping", m.group(0)):
                # "It was after stepping down as CEO of X in 2021 that A focused on AI"
                after = re.compile(r"[^,;]{0,30}?\bthat\s+(?=[A-Z])").match(view.text, org.end)
                person = person_ref(view, view.mention_at(after.end())) if after else None
            yield from former(view, person, org, m.start(), role)


def _titled_departures(view: SentenceView) -> Iterator[Statement]:
    """ "X chief marketing officer A has also resigned"."""
    for person_m in view.mentions:
        if not DEPARTED.match(view.text, person_m.end) or not person_like(view, person_m):
            continue
        head = view.text[: person_m.start]
        # the words before the title are lower case ("X chief marketing officer A"): a capitalised one is the name's
        # "X co-founder A has resigned": a founder who leaves held a post there too
        titled = re.search(rf"(?:['’]s?)?\s+(?-i:[a-z-]+\s+){{0,2}}?(?:{_ROLE}|(?:co-?)?founder)\s+$", head, re.I)
        org = view.mention_before(titled.start() + 2, limit=2) if titled else None
        if org is not None and titled is not None:
            yield from former(view, person_ref(view, person_m), org, org.start, titled.group(0).strip(" '’s"))


def _successions(view: SentenceView) -> Iterator[Statement]:
    """ "X appointed B as its new CEO, succeeding A", "B succeeded A as CTO of X": A held the post before."""
    for m in _SUCCEEDS.finditer(view.text):
        predecessor = view.mention_at(m.end())
        person = person_ref(view, predecessor)
        if predecessor is None or person is None or predecessor.possessive:
            continue
        org, role = None, "predecessor"
        if view.text.startswith(" as ", predecessor.end):  # "succeeded A as CTO of X"
            org, role = _post_org(view, predecessor.end + 4, "as")
        if org is None:
            org, role = _appointer(view, m.start()), "predecessor"
        if org is not None:
            yield from former(view, person, org, m.start(), role)


def _appointer(view: SentenceView, pos: int) -> Mention | None:
    """The company that appointed someone earlier in the clause ("X has appointed B as its new CEO, ...")."""
    start = clause_start(view.text, pos)
    appointed = [a for a in _APPOINTED.finditer(view.text, start, pos)]
    if not appointed:
        return None
    verb = appointed[-1].start()
    names = [n for n in view.mentions if start <= n.start and n.end <= verb and not in_aside(view.text, n, verb)]
    names = [n for n in names if not not_a_party(n.text) or n.possessive]
    if not names:
        return None
    subject = names[-1]
    if subject.possessive and not_a_party(subject.text):  # "Finland's Nokia has appointed"
        return None
    gap = view.text[subject.end : verb]
    return subject if re.fullmatch(r"\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+\s+){0,1}", gap) else None


def _was_previously(view: SentenceView) -> Iterator[Statement]:
    """ "A was previously CEO of X", "A was formerly a director at X"."""
    for m in _WAS_PREVIOUSLY.finditer(view.text):
        if not re.search(r"previously|formerly|once", m.group(0)):
            continue
        org = view.mention_at(m.end())
        if org is not None and not org.possessive:
            yield from former(view, _subject_person(view, m.start()), org, m.start(), "employee")


def _he_worked(view: SentenceView) -> Iterator[Statement]:
    """ "Before starting the company, he spent about 16 years at X", "Prior to that he was working for X, Y and Z",
    "He also worked as an executive at X prior to founding Y"."""
    for m in _HE_WORKED.finditer(view.text):
        org = view.mention_at(m.end())
        if org is None or org.possessive:
            continue
        person = he_or_she(view, m.start())
        for each in [org, *[n for n in view.name_list(org.start)[1:] if not n.possessive]]:
            yield from former(view, person, each, m.start(), "employee")


def _named_worked(view: SentenceView) -> Iterator[Statement]:
    """ "A worked at X for a decade before founding Y", "A previously worked for X and Y"."""
    for person_m in view.mentions:
        m = _NAMED_WORKED.match(view.text, person_m.end)
        org = view.mention_at(m.end()) if m is not None and person_like(view, person_m) else None
        if m is None or org is None or org.possessive or re.match(r"[^,;.]{0,30}\bsince\b", view.text[org.end :]):
            continue
        for each in [org, *[n for n in view.name_list(org.start)[1:] if not n.possessive]]:
            yield from former(view, person_ref(view, person_m), each, person_m.start, "employee")


def _before_joining(view: SentenceView) -> Iterator[Statement]:
    """ "Before joining Y, A was group editor for X for ten years", "Prior to Y, A served as senior VP of marketing
    for X's chipset division", "Prior to that, he was CEO of X": the post came before."""
    for m in _BEFORE_JOINING.finditer(view.text):
        named = view.mention_at(m.end())
        pronoun = re.match(r"(?:[Hh]e|[Ss]he)\b", view.text[m.end() :])
        if named is not None and not named.possessive:
            person, pos = person_ref(view, named), named.end
        elif pronoun is not None:
            person, pos = he_or_she(view, m.end()), m.end() + pronoun.end()
        else:
            continue
        post = _PAST_POST.match(view.text, pos)
        org = view.mention_at(post.end()) if post is not None else None
        if org is not None:
            yield from former(view, person, org, m.start(), "employee")


def _veterans_listed(view: SentenceView) -> Iterator[Statement]:
    """ "founded by three veterans of X (AMD) – chairman A and co-chief technology officers B and C": each person
    listed after the dash once worked at X (as many as the text counts, when it counts them)."""
    for m in _VETERANS_DASH.finditer(view.text):
        org = view.mention_at(m.end())
        dash = _DASH_AFTER.match(view.text, org.end) if org else None
        if org is None or org.possessive or dash is None:
            continue
        people: list[Mention] = []
        cursor = dash.end()
        for named in (n for n in view.mentions if n.start >= dash.end()):
            if not re.fullmatch(r"(?:,\s*|\s+)?(?:and\s+)?(?:[a-z-]+\s+){0,4}", view.text[cursor : named.start]):
                break
            if not person_like(view, named):
                break
            people.append(named)
            cursor = named.end
        if not people or (m.group("n") and _COUNTS[m.group("n")] != len(people)):
            continue
        for person in people:
            yield from former(view, person_ref(view, person), org, m.start(), "employee")


def _stints(view: SentenceView) -> Iterator[Statement]:
    """ "He most recently ran X's services following an 11-year stint with Y", "A returned after a five-year spell as
    CEO of Finnish energy firm Y", "A left the company in 1989" (the text's company)."""
    for m in _STINT.finditer(view.text):
        org = view.mention_at(m.end())
        if org is not None and not org.possessive:
            yield from former(view, clause_person(view, m.start()), org, m.start(), "employee")
    for m in _LEFT_THE_COMPANY.finditer(view.text):
        if re.search(r"\b(?:return|rejoin|came back|come back)", view.text) or _FOR_A_WHILE.match(view.text, m.end()):
            continue  # "A left the company for many years and has now returned": back there
        if people_leaving(view, m.start() - 1)[0] is not None:
            continue  # "X's co-founder A left the company": X's, not the text's company (left_named_company)
        topic = view.doc.topic
        person = _subject_person(view, m.start())
        if topic is not None and person is not None and view.b.record(topic).kind == _ORG:
            yield _WORKS, person, topic, view.span(m.start(), m.end()), {"properties": {"former": True}}


def _who_was(view: SentenceView) -> Iterator[Statement]:
    """ "A, who was a robotics engineer at X", "A, who worked at X and has credibility": a past job."""
    for m in _WHO_WAS.finditer(view.text):
        person = person_ref(view, view.mention_before(m.start() + 1, limit=1))
        org = view.mention_after(m.end(), limit=0)
        if org is None or org.possessive:
            continue
        role = "employee" if "worked" in m.group(0) else m.group(0).split()[-2]
        for each in [org, *_more_orgs(view, org)]:
            yield from former(view, person, each, m.start(), role)


def _more_orgs(view: SentenceView, first: Mention) -> list[Mention]:
    """ "X and Y" right after the first organisation."""
    nxt = view.mention_after(first.end, limit=6)
    if nxt is not None and re.fullmatch(r"\s+and\s+", view.text[first.end : nxt.start]) and not nxt.possessive:
        return [nxt]
    return []


def _former_described(view: SentenceView) -> Iterator[Statement]:
    """ "A, a former top X executive", "A, another ex-X employee"."""
    for m in _FORMER_DESCRIBED.finditer(view.text):
        org = view.mention_at(m.end())
        if org is None or not re.match(rf"\s+(?:[a-z-]+\s+){{0,2}}?{_ROLE}s?\b", view.text[org.end :], re.IGNORECASE):
            continue
        person = person_ref(view, view.mention_before(m.start() + 1, limit=1))
        yield from former(view, person, org, m.start(), "executive")


def _former_roles_of(view: SentenceView) -> Iterator[Statement]:
    """ "A – founder and former CEO of X", "A, the former chief scientist of search engine X", "A once led the
    driving business of X"."""
    for pattern in (_FORMER_ROLE_OF, _ONCE_LED):
        for m in pattern.finditer(view.text):
            org = view.mention_at(m.end())
            if org is None or org.possessive:
                continue
            if pattern is _ONCE_LED:
                person = _subject_person(view, m.start())
            else:
                person = person_ref(view, view.mention_before(m.start() + 1, limit=1))
            yield from former(view, person, org, m.start(), "executive")


def _former_before_names(view: SentenceView) -> Iterator[Statement]:
    """ "founded by former researcher at X A", "with former X researchers, A and B"."""
    for m in _FORMER_BEFORE_NAMES.finditer(view.text):
        group = "org1" if m.group("org1") else "org2"
        org = view.mention_at(m.start(group))
        if org is None or org.end != m.end(group):
            continue
        for person_m in view.name_list(m.end()):
            if not person_like(view, person_m):
                break
            yield from former(view, person_ref(view, person_m), org, m.start(), "employee")


def _formerly(view: SentenceView) -> Iterator[Statement]:
    """ "A, formerly a leader in X's AI efforts", "A (previously an engineer at X)"."""
    for m in _FORMERLY_A.finditer(view.text):
        org = view.mention_at(m.end())
        if org is None:
            continue
        person = person_ref(view, view.mention_before(m.start() + 1, limit=1))
        yield from former(view, person, org, m.start(), "employee")
