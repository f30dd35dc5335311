"""Frames common in news that the older families miss: participial founding leads, relative-clause founders,
role appositives, investor lists introduced by a noun, "X-backed", and products named with their kind.

Each frame reads one construction with fixed argument roles (agent, patient, list, date) inside one clause, and
checks the kinds of its arguments before it states anything (see context.RELATION_KINDS).
"""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind, RelationType
from loaders.articles.context import SentenceView, not_a_party
from loaders.articles.mentions import ACADEMIC_WORDS, Mention, guess_kind, looks_like_model, looks_like_person
from loaders.drafts import EventDraft, Span
from loaders.money import find_amounts

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON

# "Founded in 2019 by former X executive A and B, Shanghai-based Y ..." / "Established in 2016, Y ..."
_PARTICIPIAL_LEAD = re.compile(
    r"^(?P<verb>(?:Co-?)?[Ff]ounded|Established|Set up|Started|Incorporated|Created)\b(?P<mid>[^,;]{0,200}?),\s+"
)
_BY = re.compile(r"\bby\s+")
# "A, who founded X in 2023", "A, the researcher who co-founded X with B and C"
_WHO_FOUNDED = re.compile(r"\bwho (?:later |also |had |has )?(?:co-?)?founded\s+")
_WITH = re.compile(r"^\s*(?:in \w+(?: \d{4})?\s+)?(?:together |along )?with\s+")
TITLE = (
    r"(?:(?:co-?)?founder|chairman|chairwoman|chair|chief executive(?: officer)?|ceo|cto|cfo|coo|president|"
    r"vice president|managing director|director|partner|head(?: of [a-z ]+?)?|general manager|chief [a-z]+ officer|"
    r"chief scientist|(?:[a-z-]+ )?analyst|(?:[a-z-]+ )?strategist|economist|professor|researcher|scientist|"
    r"spokes(?:man|woman|person)|executive|engineer|(?:[a-z-]+ )?expert|secretary[- ]general|adviser|advisor|fellow|"
    r"(?:chief )?[a-z]+ officer|investor)"
)
# "A, co-founder and chief executive of X" / "A, an analyst at X" / "A, a strategist with X"
_ROLE_OF = re.compile(
    rf"^,\s+(?:an? |the |its )?(?:[a-z-]+ ){{0,3}}?(?P<role>{TITLE})(?: and (?:[a-z-]+ )?(?P<role2>{TITLE}))?"
    rf"\s+(?:at|of|with|for)\s+(?:the\s+)?(?=[A-Z0-9])",
    re.IGNORECASE,
)
# "A, X's chief executive" / "A, X's co-founder and CEO" / "A, Everbright Sun Hung Kai analyst"
_POSSESSIVE_ROLE = re.compile(
    rf"^,\s+(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,4}})(?:['’]s?)? (?:[a-z-]+ ){{0,2}}?(?P<role>{TITLE})"
    rf"(?: and (?P<role2>{TITLE}))?\b",
    re.IGNORECASE,
)
# "X CEO A", "X founder A": an organisation, a title, a person
_ORG_TITLE_PERSON = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:['’]s)? "
    r"(?P<role>(?i:(?:co-?)?founder|CEO|chief executive|chairman|president|CTO|CFO|COO))"
    r"(?: and (?i:CEO|chief executive|chairman|president))? (?=[A-Z])"
)
# "the company's founder, A," / "its founder A"
_TOPIC_FOUNDER = re.compile(
    r"\b(?:[Tt]he (?:company|firm|start-?up|startup|group|lab)['’]s|[Ii]ts) (?:co-?)?founders?,?\s+(?=[A-Z])"
)
# Investor lists introduced by a noun or a verb of joining
_INVESTOR_LIST = re.compile(
    r"\b(?:(?:other |existing |new |early |major |previous |notable |key |strategic )*(?:investors|backers|"
    r"shareholders|participants|investors and partners)(?: [a-z]+){0,4}? (?:include|included|includes|are|were|"
    r"such as|like)|"
    r"(?:joined|joining|alongside|with) (?:other |existing |previous |early )*(?:investors|backers|shareholders|"
    r"investors such as|backers such as|VCs like|venture capital firms like|firms like|funds like)|"
    r"(?:with|and) (?:participation|contributions?) (?:from|of|by)|as well as (?:existing investors? )?|"
    r"from (?:investors|backers) (?:including|such as|like)|(?:investors|backers|participants),? including|"
    r"(?:backed|supported|funded) by [^;.]{0,80}?,? including|"
    r"(?:raised|secured|received|got|attracted) [^,;]{0,60}? from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "Q – an early investor in A, B and C – joined": Q invested in each of them
_INVESTOR_IN = re.compile(
    r"^\s*(?:,|–|—|-|\()\s*(?:an?|the|its)\s+(?:[a-z-]+\s+){0,2}?(?:investor|backer|shareholder)s?\s+in\s+(?=[A-Z])"
)
# "A and B are among the investors in the round" / "A, B and C also took part"
_AMONG_INVESTORS = re.compile(
    r"\b(?:are|were|is|was) (?:also )?among (?:the )?(?:[a-z-]+ ){0,2}?"
    r"(?:investors|backers|shareholders|participants)\b"
    r"|\b(?:also )?(?:took part|participated|joined the (?:round|funding|financing|deal))\b"
)
_MONEY_CONTEXT = re.compile(
    r"\b(?:round|raised|raises|funding|financing|investors?|backers?|invest\w*|stake|shareholders?|capital)\b",
    re.IGNORECASE,
)
_BACKED_ADJECTIVE = re.compile(r"(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})-backed\s+(?:[a-z-]+\s+){0,4}")
# "A invested $N in X", "A has invested in X", "A led X's round", "A led a $N round in X"
_INVESTED_IN = re.compile(r"\b(?:has |have |had )?(?:also )?(?:invested|invests|poured)\b[^;,.]{0,40}?\b(?:in|into)\s+")
_LED_ROUND_OF = re.compile(
    r"\b(?:led|co-led)\s+(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+|(?:a|the|an)\s+)"
    r"(?:[\w$.,-]+\s+){0,6}?(?:round|financing|fundraising|investment)\b(?:\s+(?:in|for|into|of)\s+(?=[A-Z]))?"
)
# Products named with their kind: "its Kimi chatbot", "X's Doubao model", "launched Y, a ... model"
PRODUCT_NOUN = (
    r"(?:(?:large )?(?:language |reasoning |video |image |foundation |multimodal |AI |open[- ]source |flagship |"
    r"generative AI |text-to-video )*(?:models?|LLMs?|chatbots?|assistants?|apps?|chips?|processors?|GPUs?|"
    r"accelerators?|platform|agents?|series|system|robots?|humanoids?|SUVs?|sedans?|vehicles?|cars?|EVs?))"
)
_LAUNCH = re.compile(
    r"\b(?:launched|released|unveiled|introduced|rolled out|debuted|open-sourced|announced|showcased|shipped|"
    r"unveils|launches|releases|introduces|makes|made|produces|produced|builds|built|develops|developed|sells|"
    r"operates|behind)\s+(?:its |their |a |an |the )?(?:new |latest |first |own |upgraded |"
    r"next-generation |updated )*"
)
_NOUN_BETWEEN = re.compile(rf"\b{PRODUCT_NOUN}\s+$")
_KIND_BEFORE = re.compile(rf"\b{PRODUCT_NOUN},? (?:named|called|dubbed|known as) [\"“]?$")
_KIND_AFTER = re.compile(rf"^\s+(?:AI\s+)?{PRODUCT_NOUN}\b")
_APPOSITIVE_KIND = re.compile(rf"^,\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){{0,4}}?{PRODUCT_NOUN}\b", re.IGNORECASE)


def apply(view: SentenceView) -> None:
    participial_founding(view)
    relative_founders(view)
    role_appositives(view)
    former_employers(view)
    founders_with(view)
    title_lists(view)
    topic_founder(view)
    investor_lists(view)
    backed_adjectives(view)
    investments(view)
    named_products(view)
    creators(view)
    analyst_actions(view)
    parents(view)
    listings(view)
    acquisitions(view)
    headquarters(view)
    valuations(view)


# --- founding ---------------------------------------------------------------------------------------------
def participial_founding(view: SentenceView) -> None:
    """ "Founded in April 2023 by former X executive A and B, Shanghai-based Y ...": Y, founded then by A and B."""
    offset = view.label_end()
    lead = _PARTICIPIAL_LEAD.match(view.text[offset:])
    if lead is None:
        return
    start = offset + lead.end("verb")
    by = _BY.search(view.text, start, offset + lead.end())
    founders: list[Mention] = []
    org_m = None
    previous = start
    for m in view.mentions:
        if m.start < start:
            continue
        if m.text.endswith("-based"):
            continue  # "..., Lisbon-based X": an adjective of the subject
        person = looks_like_person(m.text)
        if by is not None and m.start > by.start() and person and org_m is None and not _after_comma(view, founders, m):
            founders.append(m)
        elif (
            not person
            and re.search(
                r",\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w]*-based)\s+){0,4}$", view.text[previous : m.start]
            )
            and _subject_shaped(view, m)
            and not _in_aside(view.text, m, len(view.text))
        ):
            org_m = m
            break
        elif by is not None and m.start > by.start() and not person:
            _former_employer(view, m, len(view.text))
        previous = m.end
    pronoun = re.match(
        r"(?:the (?:company|firm|start-?up|group|lab|business)|it)\b", view.text[offset + lead.end() :], re.I
    )
    org: str | None
    if pronoun is not None and view.doc.topic is not None:
        org, org_end = view.doc.topic, offset + lead.end() + pronoun.end()
    elif org_m is not None:
        org, org_end = view.resolve(org_m, _ORG), org_m.end
    else:
        return
    if org is None or view.b.record(org).kind != _ORG:
        return
    date = view.date_near(start, after_only=True, window=30)
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


def _former_employer(view: SentenceView, org_m: Mention, end: int) -> None:
    """ "former SenseTime executive Yan Junjie", "former AMD engineers A and B": they once worked there."""
    head = view.text[max(0, org_m.start - 10) : org_m.start]
    tail = re.match(r"\s+(?:[a-z-]+\s+){1,2}(?=[A-Z])", view.text[org_m.end : end])
    if not re.search(r"\b(?:former|ex-)\s*$", head) or tail is None:
        return
    for person_m in view.name_list(org_m.end + tail.end()):
        if not looks_like_person(person_m.text):
            break
        view.b.relate(
            RelationType.WORKS_AT,
            view.resolve(person_m, _PERSON),
            view.resolve(org_m, _ORG),
            view.span(max(0, org_m.start - 7), person_m.end),
            properties={"former": True},
        )


def former_employers(view: SentenceView) -> None:
    """ "former X engineers A and B" anywhere; "A and B, both veterans of X": formerly at X."""
    for m in re.finditer(r"\b(?:former|ex-)\s*(?=[A-Z])", view.text):
        org_m = view.mention_at(m.end())
        if org_m is not None and not looks_like_person(org_m.text):
            _former_employer(view, org_m, len(view.text))
    for m in re.finditer(r",\s+(?:both |all )?(?:[a-z-]+ )?(?:veterans?|alumni|alums?) of\s+(?=[A-Z])", view.text):
        org_m = view.mention_at(m.end())
        if org_m is None or looks_like_person(org_m.text):
            continue
        start = _clause_start(view.text, m.start())
        people = [p for p in view.mentions if start <= p.start and p.end <= m.start() and looks_like_person(p.text)]
        for person_m in people:
            view.b.relate(
                RelationType.WORKS_AT,
                view.resolve(person_m, _PERSON),
                view.resolve(org_m, _ORG),
                view.span(person_m.start, org_m.end),
                properties={"former": True},
            )


def relative_founders(view: SentenceView) -> None:
    """ "A, who founded X in 2023 with B and C": A (and B, C) founded X."""
    for who in _WHO_FOUNDED.finditer(view.text):
        person_m = _person_before(view, who.start(), limit=90)
        org_m = view.mention_at(who.end())
        if person_m is None or org_m is None or looks_like_person(org_m.text):
            continue
        org = view.resolve(org_m, _ORG)
        founders = [person_m]
        with_ = _WITH.match(view.text[org_m.end :])
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
        with_ = _WITH.match(view.text[org_end:])
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
    """ "includes COO Wang Zai, CTO Liang Jun and vice president Liu Shaoli": each works at the topic."""
    if view.doc.topic is None:
        return
    for m in _TITLE_LIST.finditer(view.text):
        person_m = view.mention_at(m.end())
        before = view.mention_before(m.start(), limit=3)
        if before is not None and view.text[before.end : m.start()].strip(" ’'s"):
            before = None  # "..., CTO A": the name before belongs to the list, not to the title
        if person_m is None or not looks_like_person(person_m.text) or (before is not None and not before.possessive):
            continue  # "X CEO A" is role_appositives' reading
        role = m.group("role").lower()
        if "founder" in role:
            continue
        view.b.relate(
            RelationType.WORKS_AT,
            view.resolve(person_m, _PERSON),
            view.doc.topic if before is None else view.resolve(before, _ORG),
            view.span(m.start(), person_m.end),
            properties={"role": role},
        )


def _titled_people(view: SentenceView, pos: int) -> list[Mention]:
    people: list[Mention] = []
    cursor = pos
    for m in view.mentions:
        if m.start < cursor:
            continue
        gap = view.text[cursor : m.start]
        if not re.fullmatch(
            r"\s*(?:,\s*)?(?:and\s+)?(?:(?:[a-z‑-]+|CEO|CFO|CTO|COO)\s+){0,3}", gap
        ) or not looks_like_person(m.text):
            break
        people.append(m)
        cursor = m.end
        skip = re.match(r"\s*\([^()]{0,40}\)", view.text[cursor:])
        cursor += skip.end() if skip else 0
    return people


def _person_named(view: SentenceView, m: Mention) -> bool:
    return looks_like_person(m.text) or view.b.find(m.text, _PERSON) is not None


def topic_founder(view: SentenceView) -> None:
    """ "The company's founder, A, said" / "its founder A": the article's company, founded by A."""
    for m in _TOPIC_FOUNDER.finditer(view.text):
        person_m = view.mention_at(m.end())
        if person_m is None or not looks_like_person(person_m.text) or view.doc.topic is None:
            continue
        view.b.relate(
            RelationType.FOUNDED, view.resolve(person_m, _PERSON), view.doc.topic, view.span(m.start(), person_m.end)
        )


# --- people -----------------------------------------------------------------------------------------------
def role_appositives(view: SentenceView) -> None:
    """ "A, co-founder and chief executive of X", "A, an analyst at X", "A, X's chief executive", "X CEO A"."""
    for person_m in view.mentions:
        if not looks_like_person(person_m.text):
            continue
        rest = view.text[person_m.end :]
        of = _ROLE_OF.match(rest)
        if of:
            org_m = view.mention_at(person_m.end + of.end())
            _role(view, person_m, org_m, of.group("role"), of.group("role2"))
            continue
        owned = _POSSESSIVE_ROLE.match(rest)
        if owned:
            org_m = view.mention_at(person_m.end + owned.start("org"))
            _role(view, person_m, org_m, owned.group("role"), owned.group("role2"))
    for m in _ORG_TITLE_PERSON.finditer(view.text):
        owner = view.mention_at(m.start("org"))
        named = view.mention_at(m.end())
        if owner is None or named is None or not looks_like_person(named.text) or looks_like_person(owner.text):
            continue
        if owner.end != m.end("org"):
            continue  # the title is not right after the whole name
        _role(view, named, owner, m.group("role"), None)


def _role(view: SentenceView, person_m: Mention, org_m: Mention | None, role: str, role2: str | None) -> None:
    if org_m is None or looks_like_person(org_m.text) or view.is_person(org_m):
        return
    person = view.resolve(person_m, _PERSON)
    org = view.resolve(org_m, _ORG)
    if person is None or org is None:
        return
    roles = [r.lower() for r in (role, role2) if r]
    span = view.span(min(person_m.start, org_m.start), max(person_m.end, org_m.end))
    academic = any(w in ACADEMIC_WORDS for w in org_m.text.lower().split())
    if any("founder" in r for r in roles):
        view.b.relate(RelationType.FOUNDED, person, org, span)
    titles = [r for r in roles if "founder" not in r]
    if academic and any(r in ("professor", "researcher", "scientist") for r in titles):
        view.b.relate(RelationType.AFFILIATED_WITH, person, org, span, properties={"role": titles[0]})
    elif titles:
        view.b.relate(RelationType.WORKS_AT, person, org, span, properties={"role": " and ".join(titles)})


# --- investors --------------------------------------------------------------------------------------------
def investor_lists(view: SentenceView) -> None:
    """ "investors include A and B", "joined existing backers A and B", "with participation from A, B and C",
    "A and B are among the investors": each named organisation invested in the round's company."""
    if not _MONEY_CONTEXT.search(view.text):
        return
    target = _round_company(view)
    if target is None:
        return
    for m in _INVESTOR_LIST.finditer(view.text):
        names = _organisations(view, _listed_names(view, m.end()))
        company = _target_outside(view, target, names)
        _invested(view, names, company, m.start())
        if names and company is not None:
            view.doc.last_round = {**view.doc.last_round, "company": company}
    for agent in view.mentions:
        found = _INVESTOR_IN.match(view.text[agent.end :])
        if found and not view.is_person(agent):
            targets = _listed_names(view, agent.end + found.end())
            for invested_m in _organisations(view, targets):
                _invested(view, [agent], view.resolve(invested_m, _ORG), agent.start, invested_m.end)
    for m in _AMONG_INVESTORS.finditer(view.text):
        start = _clause_start(view.text, m.start())
        names = [n for n in view.mentions if start <= n.start and n.end <= m.start()]
        names = _organisations(view, [n for n in names if not _in_aside(view.text, n, m.start())])
        _invested(view, names, _target_outside(view, target, names), start)


def _target_outside(view: SentenceView, target: str, names: list[Mention]) -> str | None:
    """The round's company unless it is one of the listed investors (the text's topic moved to the first name of
    "A, B and C also took part"): then the last round's company, or nothing."""
    listed = {view.b.find(n.text).ref for n in names if view.b.find(n.text) is not None}  # type: ignore[union-attr]
    if target not in listed:
        return target
    for fallback in (view.doc.last_round.get("company"), view.doc.previous_topic):
        if fallback is not None and fallback not in listed:
            return fallback
    return None


def backed_adjectives(view: SentenceView) -> None:
    """ "Alibaba-backed Zhipu", "Tencent- and Alibaba-backed X": the named backers invested in X."""
    for m in _BACKED_ADJECTIVE.finditer(view.text):
        org_m = view.mention_at(m.end())
        if org_m is None or looks_like_person(org_m.text):
            continue
        backer = Mention(m.group("name"), m.start("name"), m.end("name"))
        if looks_like_person(backer.text):
            continue
        view.b.relate(
            RelationType.INVESTED_IN,
            view.resolve(backer, _ORG),
            view.resolve(org_m, _ORG),
            view.span(m.start(), org_m.end),
        )


def investments(view: SentenceView) -> None:
    """ "A invested $N in X", "A led X's Series B round", "A led a $N round in X"."""
    for m in _INVESTED_IN.finditer(view.text):
        target_m = view.mention_at(m.end())
        pronoun = re.match(r"the (?:company|start-?up|firm|lab)\b", view.text[m.end() :])
        if (target_m is None or looks_like_person(target_m.text)) and not pronoun:
            continue
        target = view.resolve(target_m, _ORG) if target_m is not None else view.doc.topic
        end = target_m.end if target_m is not None else m.end() + (pronoun.end() if pronoun else 0)
        _invested(view, _organisations(view, _agents(view, m.start())), target, m.start(), end=end)
    for m in _LED_ROUND_OF.finditer(view.text):
        owner = view.mention_at(m.start("owner")) if m.group("owner") else view.mention_at(m.end())
        agents = _organisations(view, _agents(view, m.start()))
        if not agents or owner is None or looks_like_person(owner.text) or owner.start < m.start():
            continue
        for lead_m in agents:
            view.b.relate(
                RelationType.INVESTED_IN,
                view.resolve(lead_m, _ORG),
                view.resolve(owner, _ORG),
                view.span(lead_m.start, max(m.end(), owner.end)),
                properties={"lead": True},
            )


def _agents(view: SentenceView, verb: int) -> list[Mention]:
    """Who does what the verb at `verb` says: the names listed as the clause's subject, skipping asides
    ("F, a fund under G, led ..." is F; "A – an early backer of B – joined" is A)."""
    start = _clause_start(view.text, verb)
    names = [m for m in view.mentions if start <= m.start and m.end <= verb and not _in_aside(view.text, m, verb)]
    if not names:
        return []
    return [m for m in view.name_list(names[0].start) if not _in_aside(view.text, m, verb)] or names[:1]


def _in_aside(text: str, m: Mention, end: int) -> bool:
    """Inside parentheses, a dash pair or a comma appositive (", a/an/the ... ,") that closes before `end`."""
    before = text[: m.start]
    if before.count("(") > before.count(")"):
        return True
    if re.search(r"\b(?:[Aa]ccording to|reported by|said|told|reports?)\s+(?:the\s+)?$", before):
        return True  # a source, not a party: "According to LatePost, Meta completed ..."
    if (before.count(" – ") + before.count(" — ") + before.count(" - ")) % 2 == 1:
        return True
    appositive = before.rfind(", ")
    if appositive >= 0 and re.match(r",\s+(?:an?|the|which|who|its|one of)\s", text[appositive:]):
        return "," in text[m.end : end]
    return False


def _invested(view: SentenceView, names: list[Mention], target: str | None, start: int, end: int = 0) -> None:
    for name in names:
        investor = view.resolve(name, _ORG)
        view.b.relate(RelationType.INVESTED_IN, investor, target, view.span(min(start, name.start), max(end, name.end)))


_LIST_GAP = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:(?:and|as well as|plus|&)\s+)?(?:(?:the|an?)\s+)?"
    r"(?:(?!by\b|from\b|in\b|of\b|to\b|at\b|with\b)[a-z][\w-]*\s+){0,3}"
)


def _listed_names(view: SentenceView, pos: int) -> list[Mention]:
    """Names listed from `pos`: "A, B (LCIG), existing backer C and state-owned D"; a few lowercase descriptor
    words may stand before each name, a preposition or a clause ends the list."""
    found: list[Mention] = []
    cursor = pos
    for m in view.mentions:
        if m.start < cursor:
            continue
        gap = view.text[cursor : m.start]
        if not _LIST_GAP.fullmatch(gap) or (found and not re.search(r",|\band\b|\bplus\b|&", gap)):
            break
        found.append(m)
        cursor = m.end
        if m.possessive:
            break
    return found


def _organisations(view: SentenceView, names: list[Mention]) -> list[Mention]:
    """Names that may be organisations: two-word names ("Nimbus Chips", "Morgan Stanley") are, unless the text
    says they are people."""
    return [n for n in names if not view.is_person(n) and view.b.find(n.text, _PERSON) is None]


def _round_company(view: SentenceView) -> str | None:
    """The company raising money in this sentence: the subject of "raised", the owner of "X's round", else the
    round or the company the text is about."""
    raised = re.search(r"\b(?:raised|raises|secured|closed|completed|landed|received)\b", view.text)
    if raised:
        subject = view.subject_ref(raised.start())
        if subject is not None:
            return subject
    owner = re.search(
        r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[\w$.-]+ ){0,4}?(?:round|funding)\b", view.text
    )
    if owner:
        owner_m = view.mention_at(owner.start("o"))
        if owner_m is not None and not looks_like_person(owner_m.text):
            return view.resolve(owner_m, _ORG)
    return view.doc.last_round.get("company") or view.doc.topic


# --- products ---------------------------------------------------------------------------------------------
def named_products(view: SentenceView) -> None:
    """ "X launched its Kimi chatbot", "X's Doubao model", "its ERNIE 4.0 model", "launched Y, a ... model",
    "X's app Y", "a processor named Y", "X's Spark v3.5" (a model-shaped name owned by an organisation)."""
    for m in view.mentions:
        if m.possessive or view.is_person(m):
            continue  # a name shaped like a person's ("Tongyi Qianwen") may still be a product when its kind follows
        after = view.text[m.end :]
        kind = _KIND_AFTER.match(after) or _APPOSITIVE_KIND.match(after) or _KIND_BEFORE.search(view.text[: m.start])
        owner = _possessive_owner(view, m)
        if (
            kind is None
            and owner is not None
            and (looks_like_model(m.text) or _NOUN_BETWEEN.search(view.text[owner.end : m.start]))
        ):
            kind = re.match("", after)  # "Huawei's Kirin 990", "Tencent's app Yuanbao": an owned product
        if kind is None or view.b.find(m.text, _ORG) is not None:
            continue
        named_before = kind.re is _KIND_BEFORE
        developer = _developer(view, m, kind.start() if named_before else m.start)
        if developer is None:
            continue
        product = view.resolve(_without_kind(m), EntityKind.PRODUCT)
        if product is None:
            continue
        end = m.end if named_before else m.end + kind.end()
        view.b.relate(RelationType.DEVELOPED, developer, product, view.span(_clause_start(view.text, m.start), end))


# "ChatGPT creator OpenAI", "X, the developer of the AI application Manus", "the maker of the Claude AI chatbot"
_CREATOR_OF_NAME = re.compile(r"^\s+(?:creator|maker|developer|designer)\s+(?=[A-Z])")  # an owner may own a brand
_DEVELOPER_OF = re.compile(
    r"\b(?:the |its )?(?:developer|maker|creator|designer)s? of (?:the )?(?:popular |hit |AI )?"
    r"(?:[a-z-]+ ){0,3}(?=[A-Z])"
)


def creators(view: SentenceView) -> None:
    """Products named with their maker: "ChatGPT creator OpenAI", "X, the developer of the AI app Manus"."""
    for m in view.mentions:
        creator = _CREATOR_OF_NAME.match(view.text[m.end :])
        org_m = view.mention_at(m.end + creator.end()) if creator else None
        if org_m is not None and not view.is_person(org_m) and not looks_like_person(org_m.text):
            _developed(view, view.resolve(org_m, _ORG), m, m.start, org_m.end)
    for found in _DEVELOPER_OF.finditer(view.text):
        product_m = view.mention_at(found.end())
        head = view.text[: found.start()]
        appositive = re.search(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+$", head)
        if product_m is None or view.is_person(product_m):
            continue
        if appositive:
            org_m = view.mention_at(appositive.start("org"))
            org = view.resolve(org_m, _ORG) if org_m and not view.is_person(org_m) else None
        elif re.search(r"\b(?:is|was|are|became)\s+$", head):
            org = view.subject_ref(found.start())
        elif re.match(r"\s*(?:The|the)\s+$", head[-6:]) or found.start() == 0:
            org = view.doc.topic  # "The maker of the Claude AI chatbot is in talks": the company the text is about
        else:
            continue
        _developed(view, org, product_m, found.start(), product_m.end)


def _developed(view: SentenceView, org: str | None, product_m: Mention, start: int, end: int) -> None:
    if org is None or view.b.record(org).kind != _ORG:
        return
    view.b.relate(
        RelationType.DEVELOPED, org, view.resolve(_without_kind(product_m), EntityKind.PRODUCT), view.span(start, end)
    )


_KIND_TAIL = re.compile(r"\s+(?:AI|GPUs?|GPU|CPU|NPU|LLM|EV|SUV)$")


def _without_kind(m: Mention) -> Mention:
    """ "its BR100 AI chip", "the B100 GPU": the name stops before the kind."""
    tail = _KIND_TAIL.search(m.text)
    return Mention(m.text[: tail.start()], m.start, m.end - len(tail.group(0))) if tail else m


def _possessive_owner(view: SentenceView, m: Mention) -> Mention | None:
    """ "X's Y", "X's app Y", "X's flagship Y": the organisation owning the name."""
    for owner in reversed(view.mentions):
        if owner.end > m.start:
            continue
        gap = view.text[owner.end : m.start]
        if owner.possessive and re.fullmatch(rf"['’]s?\s+(?:(?:[a-z-]+|{PRODUCT_NOUN})\s+){{0,2}}", gap):
            return None if looks_like_person(owner.text) or view.is_person(owner) else owner
        return None
    return None


def _developer(view: SentenceView, m: Mention, head_end: int) -> str | None:
    head = view.text[:head_end]
    owner = _possessive_owner(view, m)
    if owner is not None:
        return view.resolve(owner, _ORG)
    launch = None
    for found in _LAUNCH.finditer(head):
        if found.end() == len(head):
            launch = found
    its = re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", head)
    if launch is None and its is None:
        return None
    subject = view.subject_ref(launch.start() if launch else its.start() if its else m.start)
    return subject if subject is not None else (view.doc.topic if its else None)


# --- helpers ----------------------------------------------------------------------------------------------
def _subject_after(view: SentenceView, pos: int) -> Mention | None:
    for m in view.mentions:
        if m.start < pos:
            continue
        if m.text.endswith("-based") or view.is_person(m):
            continue
        gap = view.text[pos : m.start]
        if re.fullmatch(r"(?:[\w-]+\s+){0,5}", gap) and not re.search(r"\b(?:in|on|at|by|of|for)\s+$", gap):
            return m
        return None
    return None


def _person_before(view: SentenceView, pos: int, limit: int) -> Mention | None:
    for m in reversed(view.mentions):
        if m.end <= pos and pos - m.end <= limit and looks_like_person(m.text):
            return m
    return None


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(";", 0, pos), text.rfind(". ", 0, pos), -1) + 1


# --- analyst actions --------------------------------------------------------------------------------------
RATING = (
    r"(?:strong buy|conviction[- ]buy|buy|outperform|overweight|accumulate|add|hold|neutral|market perform|"
    r"equal[- ]weight|sector perform|peer perform|sell|underperform|underweight|reduce|strong sell)"
)
_RATING_WORDS = rf"(?:an? )?[‘'\"“]?(?P<{{name}}>{RATING})[’'\"”]?(?: rating)?"
_FROM_RATING = re.compile(r"\bfrom\s+" + _RATING_WORDS.format(name="r"), re.IGNORECASE)
_TO_RATING = re.compile(r"\bto\s+" + _RATING_WORDS.format(name="r"), re.IGNORECASE)
_RATING_VERB = re.compile(r"\b(?P<verb>upgraded|downgraded|upgrades|downgrades)\s+", re.IGNORECASE)
_PASSIVE_RATING = re.compile(
    r"\b(?:was|were|has been|had been|got)\s+(?P<verb>upgraded|downgraded)\b[^,;.]{0,30}?\b(?:at|by)\s+(?=[A-Z])"
)
_TARGET_VERB = re.compile(
    r"\b(?P<verb>raised|raises|raising|lifted|lifts|lifting|increased|increases|boosted|hiked|upped|"
    r"more than doubled|doubled|cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|trimmed|trims|slashed|"
    r"slashes)\s+"
    r"(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? |(?:its|his|her|their|the) )?"
    r"(?:[\w-]+ ){0,2}?(?P<what>price target|target price|stock price target|rating|recommendation)\b"
    r"(?:\s+(?:on|for)\s+(?P<on>the (?:stock|shares|company)|(?=(?:[a-z-]+ ){0,3}[A-Z])))?",
    re.IGNORECASE,
)
_UP_VERBS = ("raise", "lift", "increas", "boost", "hike", "upped", "doubl")


def analyst_actions(view: SentenceView) -> None:
    """ "X upgraded Y from hold to buy", "Y was downgraded at X", "X raised its price target on Y to $200",
    "X cut its rating on the stock to neutral": the brokerage acts, the rated company is the subject."""
    for m in _RATING_VERB.finditer(view.text):
        target = _rated_after(view, m.end())
        _analyst_event(view, _actor_before(view, m.start()), target, m.group("verb").lower().rstrip("ds"), m)
    for m in _PASSIVE_RATING.finditer(view.text):
        actor_m = view.mention_at(m.end())
        rated = view.subject_ref(m.start())
        actor = view.resolve(actor_m, _ORG) if actor_m and not view.is_person(actor_m) else None
        _analyst_event(view, actor, rated, m.group("verb").lower(), m)
    for m in _TARGET_VERB.finditer(view.text):
        verb = m.group("verb").lower()
        up = any(verb.startswith(u) or u in verb for u in _UP_VERBS)
        kind = "target" if "target" in m.group("what").lower() else "rating"
        action = ("raise_" if up else "cut_") + kind
        if m.group("owner"):
            owner = view.mention_at(m.start("owner"))
            rated = view.resolve(owner, _ORG) if owner and not view.is_person(owner) else None
        elif m.group("on") is not None and not m.group("on").lower().startswith("the "):
            rated = _rated_after(view, m.end())
        else:
            rated = None  # "on the stock": the company last rated or moving, else the text's topic
        actor = _actor_before(view, m.start())
        _analyst_event(view, actor, rated or _last_rated(view, actor), action, m)


def _last_rated(view: SentenceView, actor: str | None) -> str | None:
    for event in reversed(view.b.events.values()):
        if event.kind in (EventKind.ANALYST_ACTION, EventKind.PRICE_MOVE) and event.subject != actor:
            return event.subject
    return view.doc.topic if view.doc.topic != actor else None


def _actor_before(view: SentenceView, pos: int) -> str | None:
    """The brokerage acting: the clause's subject ("Susquehanna, in its June 17 report, upgraded ...")."""
    m = view.mention_before(pos, limit=16)
    adjacent = m is not None and re.fullmatch(
        r"\s+(?:(?:on|last|this|earlier)\s+)?(?:\w+day\s+)?(?:also\s+)?", view.text[m.end : pos]
    )
    if not adjacent:
        agents = _agents(view, pos)
        m = agents[0] if len(agents) == 1 else None
    if m is None:
        return None
    employer = _analyst_employer(view, m)
    if employer is not None:
        return view.resolve(employer, _ORG)
    if view.is_person(m) or view.b.find(m.text, _PERSON) is not None:
        return None
    return view.resolve(m, _ORG)  # a person-shaped name acting on a rating is a brokerage ("Morgan Stanley")


_ANALYST_BEFORE = re.compile(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]?s? (?:[a-z-]+ )?analysts? $")
_ANALYST_AFTER = re.compile(r"^,\s+(?:an? |the )?(?:[a-z-]+ )?analysts? (?:at|with|of|from)\s+(?=[A-Z])")


def _analyst_employer(view: SentenceView, m: Mention) -> Mention | None:
    """ "Macquarie analyst Ellie Jiang raised ...", "A, an analyst at X, cut ...": the analyst's firm acts."""
    before = _ANALYST_BEFORE.search(view.text[max(0, m.start - 60) : m.start])
    if before is not None:
        return view.mention_at(max(0, m.start - 60) + before.start("org"))
    after = _ANALYST_AFTER.match(view.text[m.end :])
    return view.mention_at(m.end + after.end()) if after is not None else None


def _rated_after(view: SentenceView, pos: int) -> str | None:
    head = re.match(
        r"(?:the\s+)?(?:[A-Z][\w.-]*-listed\s+)?(?:shares\s+of\s+|stock\s+of\s+)?(?:[a-z-]+\s+){0,3}", view.text[pos:]
    )
    m = view.mention_at(pos + (head.end() if head else 0))
    if m is None or view.is_person(m):
        return None
    return view.resolve(m, _ORG)


def _analyst_event(view: SentenceView, actor: str | None, rated: str | None, verb: str, m: re.Match[str]) -> None:
    if actor is None or rated is None or actor == rated:
        return
    if view.b.record(actor).kind != _ORG or view.b.record(rated).kind != _ORG:
        return
    action = {"upgrade": "upgrade", "upgraded": "upgrade", "downgrade": "downgrade", "downgraded": "downgrade"}.get(
        verb, verb
    )
    clause = view.text[m.start() : _clause_end(view.text, m.end())]
    from_m, to_m = _FROM_RATING.search(clause), _TO_RATING.search(clause)
    date = view.date_near(m.end(), after_only=True, window=40) or view.doc.published_at
    view.b.record(actor).categories.add("brokerage")
    view.b.event(
        EventDraft(
            kind=EventKind.ANALYST_ACTION,
            subject=rated,
            actor=actor,
            date=date,
            summary=action.replace("_", " "),
            action=action,
            from_rating=from_m.group("r").lower() if from_m else None,
            to_rating=to_m.group("r").lower() if to_m else None,
            span=view.span(_clause_start(view.text, m.start()), _clause_end(view.text, m.end())),
            qualifier=action,
        ),
        (EventKind.ANALYST_ACTION, rated, actor, action, str(date)),
    )


def _clause_end(text: str, pos: int) -> int:
    found = re.search(r"[;.](?:\s|$)|,\s+(?:and|but|while|as|after|citing)\b", text[pos:])
    return pos + found.start() if found else len(text)


# --- parents and listings ---------------------------------------------------------------------------------
UNIT = r"(?:unit|arm|subsidiary|division|affiliate|brand|business|spin-?off|offshoot|subsidiaries)"
# "X, the AI chip unit of Y" / "X, a private-equity firm under Y" / "X, a ... outlet owned by Y"
_UNIT_OF = re.compile(
    rf"^,\s+(?:an?|the|its)\s+(?:[\w()-]+\s+){{0,5}}?(?:{UNIT}\s+(?:of|under|owned by)|(?:firm|company|outlet|"
    rf"fund|group|lab|platform|maker|manufacturer|developer)\s+(?:under|owned by|controlled by))\s+(?:the\s+)?(?=[A-Z])"
)
# "Y's AI chip arm X", "Geely's electric vehicle (EV) brand Zeekr", "Y's early-stage venture capital arm X"
_OWNERS_UNIT = re.compile(rf"^['’]s?\s+(?:[\w()-]+\s+){{0,5}}?{UNIT},?\s+(?=[A-Z])")
_AS_SUBSIDIARY = re.compile(
    r"\b(?:as|is|was|became|becomes|remains)\s+an?\s+(?:wholly[- ]owned\s+)?subsidiary of\s+(?=[A-Z])"
)
_THROUGH_SUBSIDIARY = re.compile(r"\bthrough (?:its )?(?:[a-z-]+ )?subsidiary,?\s+(?=[A-Z])")
_PARENT_APPOSITIVE = re.compile(
    r"^,\s+(?P<child>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+parent(?: company| group)?\b"
)


def parents(view: SentenceView) -> None:
    """Units, arms, brands and subsidiaries named in appositives and possessives; "X, Y's parent company"."""
    for m in view.mentions:
        rest = view.text[m.end :]
        unit_of = _UNIT_OF.match(rest)
        if unit_of and not m.possessive:
            _parent(view, m, view.mention_at(m.end + unit_of.end()))
        owned = _OWNERS_UNIT.match(rest) if m.possessive else None
        if owned:
            _parent(view, view.mention_at(m.end + owned.end()), m)
        parent_of = _PARENT_APPOSITIVE.match(rest)
        if parent_of and not m.possessive:
            _parent(view, view.mention_at(m.end + parent_of.start("child")), m)
    for found in _AS_SUBSIDIARY.finditer(view.text):
        child = view.subject_mention(found.start())
        _parent(view, child, view.mention_at(found.end()))
    for found in _THROUGH_SUBSIDIARY.finditer(view.text):
        parent = view.subject_mention(found.start())
        _parent(view, view.mention_at(found.end()), parent)


def _parent(view: SentenceView, child_m: Mention | None, parent_m: Mention | None) -> None:
    if child_m is None or parent_m is None or child_m == parent_m:
        return
    if view.is_person(child_m) or view.is_person(parent_m) or looks_like_person(parent_m.text):
        return
    child, parent = view.resolve(child_m, _ORG), view.resolve(parent_m, _ORG)
    start, end = min(child_m.start, parent_m.start), max(child_m.end, parent_m.end)
    view.b.relate(RelationType.SUBSIDIARY_OF, child, parent, view.span(start, end))


_LISTING_PLACE = re.compile(
    r"\b(?:(?:first|1st) day of trading|trading debut|market debut|stock market debut|debut(?:ed|s)?|listing|IPO|"
    r"initial public offering|went public|began trading|started trading)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?P<place>Hong Kong|Shanghai|Shenzhen|Beijing|New York|Nasdaq|NYSE|Tokyo|Seoul|Taipei|Singapore|London|"
    r"Frankfurt|Paris|Amsterdam|Mumbai|Sydney|Wall Street)\b(?:'s)?(?:\s+(?:Stock\s+)?Exchange|\s+bourse|\s+market)?"
)
_PLACE_LISTED = re.compile(
    r"\b(?P<place>Hong Kong|Shanghai|Shenzhen|Beijing|New York|Nasdaq|NYSE|Tokyo|Seoul|Taipei|Singapore|London)"
    r"-listed\s+(?:[a-z-]+\s+){0,4}"
)
_EXCHANGES = {
    "Nasdaq": "Nasdaq",
    "NYSE": "New York Stock Exchange",
    "New York": "New York Stock Exchange",
    "Wall Street": "New York Stock Exchange",
}


def listings(view: SentenceView) -> None:
    """ "X closed 693% higher on its first day of trading in Shanghai", "X's Hong Kong debut", "the
    Shanghai-listed X": X is listed on that city's exchange."""
    for m in _LISTING_PLACE.finditer(view.text):
        owner = view.mention_before(m.start(), limit=6)
        possessive = owner is not None and owner.possessive
        company = view.resolve(owner, _ORG) if possessive else view.subject_ref(m.start())
        _listed(view, company, m.group("place"), view.span(_clause_start(view.text, m.start()), m.end()))
    for m in _PLACE_LISTED.finditer(view.text):
        company_m = view.mention_at(m.end())
        if company_m is not None and not view.is_person(company_m):
            _listed(view, view.resolve(company_m, _ORG), m.group("place"), view.span(m.start(), company_m.end))


def _listed(view: SentenceView, company: str | None, place: str, span: Span) -> None:
    if company is None or view.b.record(company).kind != _ORG or looks_like_person(view.b.record(company).name):
        return
    name = _EXCHANGES.get(place, f"{place} Stock Exchange")
    exchange = view.b.entity(name, _ORG)
    if exchange is None:
        return
    view.b.record(exchange).categories.add("exchange")
    view.b.relate(RelationType.LISTED_ON, company, exchange, span)


# --- acquisitions and stakes ------------------------------------------------------------------------------
_ACQUIRE = re.compile(
    r"\b(?:has |had |have |is |was )?(?:acquired|acquiring|bought|buying|purchased|took over|snapped up|"
    r"(?:completed|closed|finalised|finalized) (?:its |the )?(?:acquisition|"
    r"purchase|takeover) of|took|takes|acquires|buys)\s+(?:(?:an?|its|the)\s+)?(?:(?:additional|further|combined|"
    r"controlling|majority|minority)\s+)?(?:(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)\s+)?"
    r"(?:(?P<stake>stake|interest|holding)\s+(?:in|of)\s+)?(?:the\s+)?"
    r"(?:(?:(?!by\b|from\b|for\b|with\b|in\b|to\b|at\b)[a-z-]+|[A-Z][a-z]+(?:an|ese|ish))\s+){0,4}(?=[A-Z0-9])"
)
_ACQUIRED_BY = re.compile(
    r"\b(?:was|were|has been|had been)\s+(?:acquired|bought|purchased|taken over)\s+by\s+(?=[A-Z])"
)
_ACQUISITION_OF = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:acquisition|purchase|takeover|buyout)\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def acquisitions(view: SentenceView) -> None:
    """ "X acquired Y", "X took a 21% stake in Y", "Y was acquired by X", "X's acquisition of Y"."""
    for m in _ACQUIRE.finditer(view.text):
        stake = m.group("stake")
        if m.group("pct") and not stake:
            continue  # "took 20% of the market": a share of something else
        if not stake and re.match(r"(?:took|takes)\b", m.group(0).lstrip()):
            continue  # "took" names a stake or nothing
        target = view.mention_at(m.end())
        buyers = _organisations(view, _agents(view, m.start()))
        props = {"stake_pct": float(m.group("pct"))} if m.group("pct") else {}
        for buyer in buyers[:1]:
            _acquired(view, buyer, target, props, m.end())
    for m in _ACQUIRED_BY.finditer(view.text):
        target = view.subject_mention(m.start())
        _acquired(view, view.mention_at(m.end()), target, {}, m.end())
    for owner in view.mentions:
        found = _ACQUISITION_OF.match(view.text[owner.end :]) if owner.possessive else None
        if found:
            _acquired(view, owner, view.mention_at(owner.end + found.end()), {}, owner.end + found.end())


def _acquired(
    view: SentenceView, buyer_m: Mention | None, target_m: Mention | None, props: dict[str, float], end: int
) -> None:
    if buyer_m is None or target_m is None or buyer_m == target_m or view.is_person(target_m):
        return
    buyer_kind = _PERSON if looks_like_person(buyer_m.text) and view.b.find(buyer_m.text, _ORG) is None else _ORG
    buyer, target = view.resolve(buyer_m, buyer_kind), view.resolve(target_m, _ORG)
    start = min(buyer_m.start, target_m.start)
    view.b.relate(
        RelationType.ACQUIRED, buyer, target, view.span(start, max(end, target_m.end)), properties=props or None
    )


# --- headquarters -----------------------------------------------------------------------------------------
_PLACE = r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
ORG_NOUN = (
    r"(?:company|firm|start-?up|giant|maker|automaker|carmaker|chipmaker|developer|group|lab|designer|platform|"
    r"operator|unicorn|provider|manufacturer|business|conglomerate|investor)"
)
# "Beijing-based start-up DeepSeek", "Shanghai-based artificial intelligence chip developer Enflame Technology"
_BASED_BEFORE_NAME = re.compile(rf"\b{_PLACE}-based\s+(?:[a-z-]+\s+|AI\s+){{0,6}}(?=[A-Z])")
# "the Hangzhou-based tech giant", "this Chongqing-based automaker", "the Beijing start-up"
_BASED_DESCRIPTION = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+{_PLACE}(?:-based)?\s+(?:[a-z-]+\s+){{0,3}}?{ORG_NOUN}\b(?!\s+[A-Z])"
)
# "X, a fast-growing AI startup based in Singapore" / "The company is based in an AI lab in Hangzhou"
_BASED_IN = re.compile(rf"\bbased in\s+(?:(?:an?|the)\s+[^,.;]{{0,30}}?\s+in\s+)?{_PLACE}\b")


def headquarters(view: SentenceView) -> None:
    for m in _BASED_BEFORE_NAME.finditer(view.text):
        org_m = view.mention_at(m.end())
        if org_m is not None and not view.is_person(org_m):
            _based(view, view.resolve(org_m, _ORG), m)
    for m in _BASED_DESCRIPTION.finditer(view.text):
        if view.doc.topic is not None:  # the description names the text's company: a weaker reading of its own
            _based(view, view.doc.topic, m, rule="frames.based_description.HEADQUARTERED_IN")
    for m in _BASED_IN.finditer(view.text):
        head = view.text[: m.start()]
        appositive = re.search(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:an?|the)\s+[^,;]{0,60}$", head)
        if appositive:
            org_m = view.mention_at(appositive.start("org"))
            if org_m is not None and not view.is_person(org_m):
                _based(view, view.resolve(org_m, _ORG), m)
        elif re.search(r"\b(?:[Tt]he (?:company|firm|start-?up|group|lab)|[Ii]t) (?:is|was) $", head):
            _based(view, view.doc.topic, m)


def _based(view: SentenceView, org: str | None, m: re.Match[str], rule: str | None = None) -> None:
    place = m.group("place")
    known = view.b.gazetteer.lookup(place)
    is_place = guess_kind(place) == EntityKind.PLACE or (known is not None and known[1] == EntityKind.PLACE)
    if org is None or view.b.record(org).kind != _ORG or not is_place:
        return  # only a place the reader knows as one (a country or a city), never "the Chinese company"
    place_ref = view.b.entity(place, EntityKind.PLACE, view.span(m.start("place"), m.end("place")))
    span = view.span(m.start(), m.end())
    view.b.relate(
        RelationType.HEADQUARTERED_IN, org, place_ref, span.model_copy(update={"rule": rule}) if rule else span
    )


# --- valuations -------------------------------------------------------------------------------------------
_VALUE_CUE_BEFORE = re.compile(r"\b(?:valuation|valued|valuing|values)\b(?P<rest>[^.;$€¥£]{0,45})$")
_VALUE_CUE_AFTER = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:post-money |pre-money )?valuation\b")
_VALUE_WHO = re.compile(
    r"\b(?:valued|valuing|values|value|giving|gives|give)\s+(?P<who>it|them|the (?:[a-z-]+ ){0,3}?(?:company|firm|"
    r"start-?up|startup|group|developer|lab|maker)|(?=[A-Z]))"
)
LISTED_VALUE = re.compile(
    r"\b(?:at the (?:open|close)|shares? (?:closed|opened|traded|rose|fell)|trading|debut|IPO price|listing|"
    r"opened at|closed at|market value|market capitali[sz]ation)\b",
    re.IGNORECASE,
)
_NOT_A_COMPANY_VALUE = re.compile(
    r"\b(?:deal|acquisition|transaction|contract|order|bond|offering|takeover|purchase|stake|assets?|market value|"
    r"market cap"
    r"(?:italisation|italization)?|shares|holdings?|sale|merger|package|bid)\b[^.;]{0,40}$"
)


def valuations(view: SentenceView) -> None:
    """ "valued at about $3 billion", "at a valuation exceeding $2.5 billion", "a $45bn valuation", "valuing it
    around $9 billion", "giving the company a $157 billion valuation": the company's valuation."""
    for found in find_amounts(view.text):
        head = view.text[max(0, found.start - 60) : found.start]
        before = _VALUE_CUE_BEFORE.search(head)
        after = _VALUE_CUE_AFTER.match(view.text[found.end :])
        if (before is None and after is None) or found.money.amount < 1e6:
            continue  # a price target of $170 is no company's value
        if LISTED_VALUE.search(view.text[_clause_start(view.text, found.start) : found.end + 40]):
            continue  # what listed shares are worth at the open or the close: a market value
        cue_start = found.start - (len(head) - before.start()) if before else found.start
        if _NOT_A_COMPANY_VALUE.search(view.text[max(0, cue_start - 50) : cue_start]):
            continue
        if before and re.search(r"\b(?:market|enterprise|deal|transaction)\s+$", head[: before.start()]):
            continue
        company = _valued_company(view, cue_start)
        if company is None or view.b.record(company).kind != _ORG:
            continue
        date = view.date_near(found.end, after_only=True, window=40) or _clause_date(view, cue_start)
        money = found.money
        view.b.event(
            EventDraft(
                kind=EventKind.VALUATION,
                subject=company,
                date=date,
                summary=f"valuation {money}",
                amount=money,
                properties={"qualifier": found.qualifier} if found.qualifier else {},
                qualifier=f"{money.currency}{money.amount}",
                span=view.span(_clause_start(view.text, cue_start), found.end),
            ),
            (EventKind.VALUATION, company, str(date), money.amount, money.currency),
        )


def _valued_company(view: SentenceView, cue: int) -> str | None:
    who = None
    for m in _VALUE_WHO.finditer(view.text, max(0, cue - 40), cue + 60):
        who = m
    if who is not None and who.group("who"):
        word = who.group("who")
        if word in ("it", "them"):
            return view.doc.last_round.get("company") or view.subject_ref(who.start()) or view.doc.topic
        return view.doc.topic or view.doc.last_round.get("company")  # "the French startup": the text's company
    elif who is not None:
        named = view.mention_at(who.end())
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    owner = re.search(r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[a-z-]+ ){0,2}$", view.text[:cue])
    if owner:
        owner_m = view.mention_at(owner.start("o"))
        if owner_m is not None and owner_m.possessive and not view.is_person(owner_m):
            return view.resolve(owner_m, _ORG)
    appositive = re.search(r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:[a-z-]+\s+){0,3}$", view.text[:cue])
    if appositive:
        named = view.mention_at(appositive.start("o"))
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    return view.subject_ref(cue) or view.doc.topic


def _clause_date(view: SentenceView, pos: int) -> PartialDate | None:
    start = _clause_start(view.text, pos)
    for d in view.dates:
        age = re.search(
            r"(?:[Ff]ounded|[Ee]stablished|[Ss]ince)(?: [a-z]+){0,2}\s+$", view.text[max(0, d.start - 30) : d.start]
        )
        if d.date is not None and start <= d.start < pos + 60 and not age:
            return d.date
    return None
