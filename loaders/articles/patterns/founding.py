"""Founding: founders, founding date ("founded in December 2021 by A and B", "set up in 2020 by ...")."""

from __future__ import annotations

import re
from typing import Any

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import ACADEMIC_WORDS, CONNECTORS, NATIONALITY_NOUN
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import organisation_of
from loaders.articles.patterns.founder_lists import a_person, founders_of_relative, founders_set_off
from loaders.articles.patterns.pronouns import he_or_she
from loaders.articles.patterns.titles import named_unit
from loaders.articles.records import not_a_party

_TRIGGER = re.compile(
    r"\b(?:was\s+|were\s+|is\s+|has been\s+)?(?:co-?founded|founded|set up|established|incorporated|started out"
    r"|(?:started|formed)(?=\s+(?:in\s+\w+(?:\s+\d{4})?\s+)?by\s))\b"  # "was started by A", not "started selling"
    r"(?!\s+(?:a|an|its|their|the)\b)"
    r"(?P<tail>[^;]*)",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\s+", re.IGNORECASE)
_NEWS_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|this week)\b")
_ANOTHER_VERB = re.compile(r",\s+(?:is|was|are|were|has|had)\b")
_MERGER = re.compile(r"(?:the|a)\s+(?:merger|combination|consolidation|union)\s+of\b", re.IGNORECASE)
_COFOUNDERS = re.compile(r"\b(?:together with|along with|with)\s+(?:its\s+)?co-?founders?\s+", re.IGNORECASE)
_APPOSITIVE = re.compile(r"^,\s+(?:its|the|a|an|his|her|who|formerly|previously|[A-Z][\w-]*['’]s)\b[^,;]*,?\s*")


# "former Nvidia executive", "X's", "CEO", "Dr.": what may stand before the first founder's name
_DESCRIPTORS = re.compile(
    r"\s*(?:[a-z][\w-]*[,:]?\s+|\d+-year-old\s+|[A-Z][\w-]*['’]s?\s+|(?:CEO|CTO|COO|CFO|(?:Dr|Prof|Mr|Ms)\.?|[A-Z]{2,3})\s+|\([^()]{1,20}\)\s*"
    r"|[–—-]\s+|ex-)*"
)  # "three veterans of US chipmaker X (AMD) – chairman A", "a pair of X dropouts, A and B"


_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:also|later|then|now)\s+)?(?:joined|joins|said|says|is|was|has|had|will|became|becomes|left|leads|led|"
    r"runs|ran|remains)\b"
)  # "A, formerly of X, alongside B"


# Up to three descriptor words between founders ("and Stanford professor B", "and Dr B"), no preposition: "and
# headquartered at the X Factory" ends the list
_WORDS = (
    r"(?:(?!(?:at|in|on|by|from|to|of|into|with)\b)[a-z][\w-]*\s+){0,3}(?:(?:Dr|Prof|Professor|Mr|Ms)\.?\s+)?"
    rf"(?:{NATIONALITY_NOUN}\s+)?"  # "and Welshman B": a nationality noun before the name
)


def _founder_list(view: SentenceView, pos: int) -> list[Mention]:
    founders: list[Mention] = []
    text = view.text
    cursor = pos
    while True:
        nxt = next((m for m in view.mentions if m.start >= cursor), None)
        if nxt is None:
            break
        gap = text[cursor : nxt.start]
        # descriptors before the first name: "brothers", "former Nvidia executive"
        if not founders:
            if not _DESCRIPTORS.fullmatch(gap) or nxt.start - cursor > 40:
                break
            glued = glued_employer(view, nxt, text[pos : nxt.start])
            if glued is not None:
                nxt = glued[1]  # "former researcher at X A B": A B founded it, X is where A B worked
            elif not (looks_like_person(nxt.text) or view.is_person(nxt)):
                cursor = nxt.end
                continue
        elif re.fullmatch(rf"\s*(?:,\s*)?(?:and|&)\s+{_WORDS}", gap) and not a_person(view, nxt):
            # "and Stanford professor B": skip a descriptor naming B's institution
            if re.match(r"\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?[A-Z]", text[nxt.end : nxt.end + 40]):
                cursor = nxt.end
                continue
            break
        elif not re.fullmatch(
            rf"\s*,\s*(?:and\s+)?{_WORDS}|\s*(?:,\s*)?(?:and|&|alongside|along with|together with)\s+{_WORDS}"
            r"|\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?",
            gap,
        ):
            break
        if (
            founders
            and re.fullmatch(r"\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?", gap)
            and not re.search(r"\band\b", text[founders[-1].end : nxt.start])
        ):
            break
        if not (looks_like_person(nxt.text) or view.is_person(nxt)):
            break
        if founders and re.search(r"\b(?!and\b)[a-z]{2,}", gap) and _CLAUSE_VERB.match(text, nxt.end):
            break  # "founded by A, and chief scientist B joined later": B, described, opens a clause of its own
        founders.append(nxt)
        cursor = nxt.end
        appositive = _APPOSITIVE.match(text[cursor:])
        if appositive:  # "A, a former X executive, in 2018": X, inside A's description, founded nothing
            described = appositive.group(0).rstrip()
            cursor += len(described) - 1 if described.endswith(",") else appositive.end()  # the list's comma stays
    return founders


# "former researcher at ", "an engineer from ": a person's title and the preposition naming the employer
_TITLE_AT = re.compile(r"\b(?P<former>(?:former|ex-)\s*)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:at|of|from)\s+$")


def glued_employer(view: SentenceView, m: Mention, before: str) -> tuple[Mention, Mention, bool] | None:
    """ "former researcher at X A B": with no comma, the employer's name runs into the person's. The last two or
    three words are the person when they are shaped like a name and an employer is left before them; also whether
    the title was a former one."""
    title = _TITLE_AT.search(before)
    words = m.text.split()
    if title is None or len(words) < 3 or view.is_person(m):
        return None
    for size in (2, 3):
        head = " ".join(words[:-size])
        tail = " ".join(words[-size:])
        if head and looks_like_person(tail) and not looks_like_person(head) and head.split()[-1] not in CONNECTORS:
            cut = m.end - len(tail)
            org = Mention(head, m.start, m.start + len(head))
            return org, Mention(tail, cut, m.end, m.possessive), title.group("former") is not None
    return None


# "founded by A with former X researchers B and C", "founded by A with his brother B" (not "with the help of B")
_WITH_DESCRIBED = re.compile(
    r"\s*,?\s+(?:together\s+|along\s+)?with\s+(?:(?:former|ex-)\s*)?(?:(?:his|her|their)\s+)?"
    r"(?:(?:[A-Z][\w.&-]*\s+){0,3}?(?:[a-z-]+\s+)?(?!(?:investors|backers|shareholders|lenders|advis[eo]rs|funds|firms)\b)"
    r"(?:[a-z-]+s|brother|sister|wife|husband|friend|classmate|colleague),?\s+)?"
    r"(?=[A-Z])"
)


def _partners_after(view: SentenceView, pos: int) -> list[Mention]:
    found = _WITH_DESCRIBED.match(view.text, pos)
    partners: list[Mention] = []
    for m in view.name_list(found.end()) if found else []:
        if not looks_like_person(m.text):
            break
        partners.append(m)
    return partners


def _glued_first_founder(view: SentenceView, founder: Mention, pos: int) -> None:
    """ "founded by former researcher at X A B": A B worked at X (was there, with "former")."""
    whole = next((m for m in view.mentions if m.start < founder.start and m.end == founder.end), None)
    glued = glued_employer(view, whole, view.text[pos : whole.start]) if whole is not None else None
    if glued is None or not glued[2] or not_a_party(glued[0].text):
        return
    org_m, person_m, _ = glued
    person, org = view.resolve(person_m, EntityKind.PERSON), view.resolve(org_m, EntityKind.ORGANIZATION)
    span = view.span(org_m.start, person_m.end)
    view.b.relate(RelationType.WORKS_AT, person, org, span, properties={"former": True}, presupposed=True)


def apply(view: SentenceView) -> None:
    person: Any
    org_m: Any
    text = view.text
    _active_voice(view)
    _described_then_founders(view)
    founders_of_relative(view)
    founders_set_off(view)
    _since_founding(view)
    for trigger in _TRIGGER.finditer(text):
        verb_start = trigger.start()
        if not re.match(r"(?:was|were|is|has)\b", trigger.group(0)) and re.match(r"\s+[A-Z]", trigger.group("tail")):
            continue  # "Y established X as its unit", "A founded X": X is the verb's object (read by _active_voice)
        org = _founded_subject(view, verb_start)
        if org is None:
            continue
        tail_start = trigger.start("tail")
        by = _BY.search(text, tail_start, min(len(text), tail_start + 40))
        if by and (_MERGER.match(text, by.end()) or _ANOTHER_VERB.search(text, tail_start, by.start())):
            by = None  # "formed by the merger of A and B": no one founded it; "founded in 2019, is backed by A"
        founders = _founder_list(view, by.end()) if by else []
        _date_founding(view, org, verb_start, tail_start, founders)
        co = _COFOUNDERS.search(text, tail_start)
        if co:
            founders += view.name_list(co.end())
        elif founders:
            founders += _partners_after(view, founders[-1].end)
        if by and not founders:
            _founding_firms(view, org, by.end(), verb_start)
        for founder in founders:
            if not (looks_like_person(founder.text) or view.is_person(founder)):
                continue
            person = view.resolve(founder, EntityKind.PERSON)
            view.b.relate(RelationType.FOUNDED, person, org, view.span(verb_start, founder.end))
            view.doc.last_person = person
        if by and founders:
            _glued_first_founder(view, founders[0], by.end())
    # "Liang Wenfeng, High-Flyer's co-founder" / "the founder and former chief executive of ... Sogou"
    for m in re.finditer(r"(?P<org>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s? co-?founder", text):
        person = view.mention_before(m.start(), limit=4)
        if person and looks_like_person(person.text) and view.mention_at(m.end() + 1) is None:
            org_m = view.mention_at(m.start("org"))  # not "A, X's co-founder B": the title is B's
            view.b.relate(
                RelationType.FOUNDED,
                view.resolve(person, EntityKind.PERSON),
                view.resolve(org_m, EntityKind.ORGANIZATION),
                view.span(person.start, m.end()),
            )
    # "A, the founder and former CEO of Sogou", "A – founder of search engine operator X", "A, co-founder of
    # ride-hailing firm X and electric vehicle start-up Y"
    for m in _FOUNDER_OF.finditer(text):
        person = view.mention_before(m.start(), limit=4)
        if person is None or not looks_like_person(person.text):
            continue
        orgs = [view.mention_at(m.end())]
        owner = named_unit(view, orgs[0])  # "the founder of X owner Y": Y's
        orgs = [owner[0]] if owner is not None else orgs
        more = _AND_DESCRIBED.match(text, orgs[0].end) if orgs[0] is not None else None
        if more and not re.search(
            r"\b(?:investor|backer|shareholder|partner|advis[eo]r|in|of|at|to)\s+(?:the\s+)?$", more.group(0)
        ):
            second = view.mention_at(more.end())
            if second is None or not _ROLE_AFTER.match(text, second.end):  # "and a former X executive": A's job
                orgs.append(second)
        for org_m in orgs:
            if org_m is not None and not view.is_person(org_m):
                view.b.relate(
                    RelationType.FOUNDED,
                    view.resolve(person, EntityKind.PERSON),
                    view.resolve(org_m, EntityKind.ORGANIZATION),
                    view.span(person.start, org_m.end),
                )


def _date_founding(view: SentenceView, org: str, verb_start: int, tail_start: int, founders: list[Mention]) -> None:
    """ "founded in 2015 by A", "founded by A and B in 2015": the date follows the verb or its founders."""
    text = view.text
    date = view.date_near(tail_start, after_only=True, window=40) or (
        view.date_near(founders[-1].end, after_only=True, window=15) if founders else None
    )
    told = text[tail_start : (founders[-1].end if founders else tail_start) + 40]
    if date and _NEWS_DAY.search(told) and not re.search(r"\b(?:1[89]|20)\d{2}\b", told):
        return  # "X, the firm founded by A, on Saturday announced": the news's day, not the founding's
    if date and _SUBJECT_RIGHT_BEFORE.search(text[:verb_start]):
        record = view.b.record(org)
        if record.kind == EntityKind.ORGANIZATION and record.founded_on is None:
            record.founded_on = date
            record.spans.append(view.span(verb_start, min(len(text), tail_start + 25)))


# "Since its founding in 2020, X has raised ...", "X has grown fast since its inception in 2016"
_SINCE_FOUNDING = re.compile(r"\b[Ss]ince (?:its|their) (?:founding|inception|establishment|creation)(?= in )")


def _since_founding(view: SentenceView) -> None:
    for m in _SINCE_FOUNDING.finditer(view.text):
        date = view.date_near(m.end(), after_only=True, window=15)
        opening = m.start() == 0 and "," in view.text[m.end() : m.end() + 30]
        subject = view.subject_mention(after=view.text.index(",", m.end())) if opening else None
        org = view.resolve(subject, EntityKind.ORGANIZATION) if subject else view.subject_ref(m.start())
        if (
            org is None
            or view.b.record(org).kind != EntityKind.ORGANIZATION
            or looks_like_person(view.b.record(org).name)
        ):
            org = view.doc.topic  # "A has led the company since its founding in 1974": its = the company
        if date is None or date.year is None or org is None:
            continue
        record = view.b.record(org)
        if record.kind == EntityKind.ORGANIZATION and record.founded_on is None:
            record.founded_on = date
            record.spans.append(view.span(m.start(), m.end() + 4))


# "A co-founded X", "A founded AI technology company X": the company after the verb, described or not
_ACTIVE = re.compile(
    r"\b(?:co-?founded|founded|(?:co-)?founding|set up|started|established|establishing|launched)\s+"
    r"(?:(?:(?-i:[A-Z]{2,5})\s+|[a-z-]+\s+){0,3}(?:company|firm|start-?up|lab|venture|(?:chip|car|auto)?maker|developer"
    r"|designer|group|fund)\s+)?(?=[A-Z])"
)
# "In 2010, A co-founded X": a year opening the sentence dates the founding its subject states
_OPENING_YEAR = re.compile(r"(?:In|Back in|By)\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4}),\s")
# "By 1993, he established X": "he"/"she" right before the verb (the person the previous sentence opened with)
_HE_BEFORE = re.compile(r"(?:^|,\s+|\band\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?$")
# after the founded name: an aside or "as its unit", then the date ("X, a hedge fund, in 2016")
_ASIDE_THEN_DATE = re.compile(
    r"(?:,\s+[^,;]{1,60},|\s+as\s+(?:an?|its|their)\s+[^,;]{1,40}?(?=\s+in\s))?(?=\s+(?:back\s+)?in\s)"
)
# "A left X in 2022 and founded Y": the sentence's subject founded Y
_AND_BEFORE = re.compile(r"\s+and\s+(?:later\s+|then\s+|went on to\s+)?$")


# "X, the venture firm A co-founded with B": X, described, then who founded it
_DESCRIBED_THEN_FOUNDERS = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:firm|company|start-?up|venture|lab|fund)\s+(?:that\s+)?(?P<founders>[A-Z][^,;]{1,60}?)\s+"
    r"(?:co-?founded|founded|set up|started)\b(?:\s+with\s+(?=[A-Z]))?"
)


def _described_then_founders(view: SentenceView) -> None:
    """ "NFDG, the venture firm Gross co-founded with Nat Friedman": NFDG founded by Gross and Friedman."""
    for m in _DESCRIBED_THEN_FOUNDERS.finditer(view.text):
        org_m = view.mention_at(m.start("org"))
        founders = [f for f in view.mentions if m.start("founders") <= f.start < m.end("founders")]
        founders += view.name_list(m.end()) if m.group(0).endswith("with ") else []
        if org_m is None or not founders or not all(a_person(view, f) for f in founders):
            continue
        org = view.resolve(org_m, EntityKind.ORGANIZATION)
        for founder in founders:
            span = view.span(org_m.start, max(founder.end, m.end()))
            view.b.relate(RelationType.FOUNDED, view.resolve(founder, EntityKind.PERSON), org, span)


def _active_voice(view: SentenceView) -> None:
    """ "A and B founded X in 2019": people named right before the verb, the organisation right after it."""
    for m in _ACTIVE.finditer(view.text):
        org_m = view.mention_at(m.end())
        if org_m is None or looks_like_person(org_m.text) or org_m.possessive:
            continue  # "A started X's Lisbon office": X's part, not X
        founders: list[Mention] = []
        # "A, a former Y engineer, founded X": the founders stand before the aside
        aside = _FOUNDER_ASIDE.search(view.text, 0, m.start())
        cursor = aside.start() if aside is not None else m.start()
        for mention in reversed([x for x in view.mentions if x.end <= cursor]):
            gap = view.text[mention.end : cursor]
            if not re.fullmatch(
                # "A, 42, founded X": an age set off by commas
                (r"(?:,\s*\d{2},)?\s+(?:(?:also|together|jointly)\s+)?" if aside is None else "")
                if not founders
                else r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+",
                gap,
            ):
                break
            if not (looks_like_person(mention.text) or view.is_person(mention)):
                break  # "Wang started Meituan.com": a surname alone names the person given in full before
            founders.append(mention)
            cursor = mention.start
        subject = view.subject_mention()
        # "A left X and founded Y", "A ..., founding Y with government backing in 1987"
        participle = m.group(0).startswith("founding") and re.search(r",\s+$", view.text[: m.start()]) is not None
        and_then = _AND_BEFORE.search(view.text, 0, m.start()) is not None
        coordinated = (and_then or participle) and not m.group(0).startswith("launched")
        before_verb = subject is not None and subject.end < m.start()
        if not founders and coordinated and before_verb and subject is not None and a_person(view, subject):
            founders.append(subject)
        # "He co-founded X, a hedge fund, in 2016", "Y established X as its EV unit in March 2021": the date still
        # tells when X began, whoever founded it (not "launched", which products are too)
        launched = m.group(0).startswith("launched")
        # "he founded/established X" (not "he started/launched X": a blog, a show or a product as often as a firm)
        plain = not m.group(0).startswith(("launched", "started"))
        he = _HE_BEFORE.search(view.text, 0, m.start()) if not founders and plain else None
        pronoun = he_or_she(view, he.start("pronoun")) if he is not None else None
        aside = _ASIDE_THEN_DATE.match(view.text, org_m.end)
        if not founders and not pronoun and (launched or aside is None):
            continue
        org = view.resolve(org_m, EntityKind.ORGANIZATION)
        if org is None or view.b.record(org).kind != EntityKind.ORGANIZATION:
            continue
        date = view.date_near(aside.end() if aside else org_m.end, after_only=True, window=20)
        opening = _OPENING_YEAR.match(view.text, view.label_end()) if (founders or pronoun) and date is None else None
        date = view.date_near(opening.start(), after_only=True, window=12) if opening else date
        if date and date.year is not None and view.b.record(org).founded_on is None:
            view.b.record(org).founded_on = date
        if pronoun is not None and he is not None:
            view.b.relate(RelationType.FOUNDED, pronoun, org, view.span(he.start("pronoun"), org_m.end))
        for founder in reversed(founders):
            view.b.relate(
                RelationType.FOUNDED,
                view.resolve(founder, EntityKind.PERSON),
                org,
                view.span(founder.start, org_m.end),
            )


# an aside between the founders and the verb: "A, a former Y engineer, founded X", "A and B, both veterans of Y,
# co-founded X", "A, who studied in Y, started X"
_FOUNDER_ASIDE = re.compile(
    r",\s+(?:\d{2},\s+)?(?:an?|the|both|who|another|formerly|previously|[A-Z][\w-]*['’]s)\s[^,;()]{1,80},\s+"
    r"(?:(?:also|together|jointly)\s+)?$"
)


# a lower-case word of a company's description, no clause or phrase of its own ("a partner of the fund founded in")
_DESCRIBING = r"(?!(?:of|for|in|with|whose|that|which|by|at|to|from|and|was|is|were|has|had)\b)[a-z-]+"


# The founded organisation is named right before the verb ("X was founded in", "X, a chip designer, was set up
# in", "it was founded in"); a date after a verb further away is some other party's ("since the start-up ...").
_SUBJECT_RIGHT_BEFORE = re.compile(
    r"(?:[A-Z][\w.&-]*|\b(?:it|which|that))['’]?\s*(?:,\s+(?:an?|the)\s+[^,;]{1,80},\s*)?(?:,\s*)?"
    r"(?:(?:which|that|and)\s+)?(?:(?:was|were|is|has been|had been)\s+)?(?:(?:first|originally|officially)\s+)?$"
    r"|\b(?:is|was)\s+(?:an?|the)\s+[^,;]{1,80}\s+$"  # "X is a Suzhou-based maker of robots founded in ..."
    # "X, a start-up founded in 2019", "X – an AI chip startup founded in 2020 –": the description right before
    rf"|[A-Z][\w.&-]*(?:,|\s[–—])\s+(?:an?|the)\s+(?:(?:{_DESCRIBING}|AI|EV|[A-Z][\w.]*-(?:based|backed|listed))\s+){{1,4}}$"
    # "The Pune-headquartered company, which sells ..., was founded": the sentence's subject is the topic
    r"|^[Tt]he (?:[\w-]+ ){0,2}(?:company|firm|start-?up|venture|lab|group|platform|developer|maker)"
    r"(?:,\s*[^;]{1,80},)?,?(?:\s+(?:was|is))?\s*$"  # "The London-based company, founded in 2017, ..."
)


_FOUNDER_OF = re.compile(
    r"(?:,|\s[–—-]|\s(?:is|was))\s+(?:the |a )?(?:co-?)?founder(?: and (?:former )?[A-Za-z ]+?)? of\s+"
    r"(?:(?:the )?[a-z -]+?\s+)?(?=[A-Z])"
)
_AND_DESCRIBED = re.compile(r"\s+and\s+(?:(?:the )?[a-z -]+? )?(?=[A-Z])")
_ROLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:executive|employee|director|board member|member|advis[eo]r|investor|engineer|manager|"
    r"alumn\w+|veteran|officer|chief|head|researcher|scientist)s?\b"
)


# "X, the investment firm (co-)founded by", "X – an AI chip startup founded in 2020 –", "X, a Munich-based startup
# founded in 2021"
_DESCRIBED_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:,|\s[–—])\s+(?:the|a|an)\s+"
    r"(?:(?:[a-z-]+|AI|EV|[A-Z][\w.]*-(?:based|backed|listed|headquartered))\s+){0,4}(?:(?:is|was)\s+)?$"
)


def _founding_firms(view: SentenceView, org: str, pos: int, verb_start: int) -> None:
    """ "X, a chip company founded by Geely, ...", "founded by A and B in 2018": companies that founded X."""
    firms = view.name_list(pos)
    if not firms or firms[0].start - pos > 4 or not re.match(r"\s*(?:[,.;]|in\b|$)", view.text[firms[-1].end :]):
        return  # "founded by Stanford graduates": the name describes the founders
    for firm in firms:
        if (
            len(firm.text) < 3
            or a_person(view, firm)
            or not_a_party(firm.text)
            or {*firm.text.lower().split()} & ACADEMIC_WORDS
        ):
            return
    for firm in firms:
        founder = view.resolve(firm, EntityKind.ORGANIZATION)
        if founder is not None and founder != org:
            view.b.relate(RelationType.FOUNDED, founder, org, view.span(verb_start, firm.end))


def _founded_subject(view: SentenceView, verb_start: int) -> str | None:
    head = view.text[:verb_start]
    described = _DESCRIBED_BEFORE.search(head)  # "led by X, the investment firm co-founded by A": X
    named = view.mention_at(described.start("org")) if described else None
    if named is not None and not named.possessive and (firm := organisation_of(view, named)) is not None:
        return firm
    # "X, which was co-founded by", "X, which is valued at $1.3 billion and was founded by"
    relative = re.search(r",\s+which\s+(?:[^,;]{1,60}?\s+and\s+)?(?:is\s+|was\s+)?$", head)
    antecedent = view.mention_before(relative.start() + 1, limit=1) if relative else None
    if antecedent is not None and not view.is_person(antecedent):
        return view.resolve(antecedent, EntityKind.ORGANIZATION)  # "Khosla Ventures, which was co-founded by"
    if re.search(
        r"\b(?:it|which)\s+(?:was\s+)?$|\bit\s+\w+\s+(?:was\s+)?$|a company\s+(?:\w+\s+){0,2}$", head, re.IGNORECASE
    ):
        return view.doc.topic
    subject = view.subject_mention()
    if subject is not None and subject.end <= verb_start and a_person(view, subject):
        return None  # "A left X and founded Y": A founded, A was not founded (read by _active_voice)
    near = view.mention_before(verb_start, limit=2)
    if near is not None and a_person(view, near):
        return None  # "X, the firm A co-founded": A founded it (read by _described_then_founders)
    return view.subject_ref(verb_start)
