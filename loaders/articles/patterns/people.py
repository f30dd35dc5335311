"""People and organisations: roles (works_at), previous employers, academic affiliations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import ACADEMIC_WORDS, SPEECH_VERB
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import (
    OUSTED_FROM,
    UNNAMED_OWNER,
    Statement,
    employer_before,
    may_be_organisation,
    whose_its_unclear,
)
from loaders.articles.patterns.described import names_another_company, only_named_after
from loaders.articles.patterns.former_jobs import SPENT_YEARS, subject_who_left
from loaders.articles.patterns.joiners import joined_firm
from loaders.articles.patterns.posts import new_posts, person_led
from loaders.articles.patterns.pronouns import he_or_she
from loaders.articles.patterns.titles import DEPARTED, FORMER_GROUP, NAME_GOES_ON, named_unit, possessed_other
from loaders.articles.records import not_a_party

ROLE = (
    r"(?:rotating |executive |deputy |non-executive )?(?:chairman|chairwoman|chair|chief executive(?: officer)?|ceo|cto|cfo|coo|"  # noqa: E501
    r"president|senior vice president|vice president|chief [a-z]+ officer|chief scientist|managing director|director|"
    r"founder|co-?founder|partner|general manager|head of [a-z]+(?: (?!(?:and|at|of|with|for|in)\b)[a-z]+)*?|"
    r"[a-z]+ analyst|analyst|professor|researcher|"
    r"engineer|scientist|executive|manager|designer|employee|[a-z]+ engineer|official|spokes(?:person|man|woman))"
)
_ROLE_AT = re.compile(
    rf"^,\s+(?:a |an |the |its |now )?(?P<former>former )?(?P<role>{ROLE})(?:,\s+{ROLE})*"
    rf"(?: and (?:also )?(?P<role2>{ROLE}))?\s+(?:at|of|with)\s+(?:the\s+)?"
    rf"(?-i:(?:(?!{SPEECH_VERB}\b)[a-z-]+\s+){{0,3}})",  # "of the company told Y": Y is no firm of A's
    re.IGNORECASE,
)
_TOPIC_NOUN = re.compile(r"(?<=the )(?:company|firm|start-?up|group|lab|carmaker|chipmaker|automaker|developer)\b")
_OF_THE_NOUN = re.compile(r"\s(?:at|of|with)\s+the\s+(?:company|firm|start-?up|group|lab)\s+(?:[a-z]|$)")
_THE_FIRMS = r"the (?:company|firm|start-?up|group|lab|bank|carmaker|chipmaker|automaker)['’]s?"
_ROLE_ITS = re.compile(rf"^,\s+(?:its|their|{_THE_FIRMS})\s+(?P<role>{ROLE})\b", re.IGNORECASE)
# "Its chief executive, A, said", "The company's founder, A,": the title, then the name set off by commas
_ITS_ROLE_NAMED = re.compile(
    rf"\b(?:its|their|{_THE_FIRMS})\s+(?P<former>former\s+)?(?:new\s+|current\s+|interim\s+|acting\s+)?"
    rf"(?P<role>{ROLE})(?: and (?P<role2>{ROLE}))?,\s+(?=[A-Z])",  # "its co-founder and chairman, A,"
    re.IGNORECASE,
)
# "Stanford professor X", "亚马逊 founder X" (a name in another script): the employer is named, not the topic
_NAMED_EMPLOYER_BEFORE = re.compile(r"(?:[A-Z][\w.&-]*|[\u3040-\u9fff\uac00-\ud7af]+)\s+$")
# "head of the X Division": a title ending in an article names a unit after it, never a person
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{ROLE})(?<!\bthe)(?<!\ban)(?<!\ba)\s+$", re.IGNORECASE)
# A kind of organisation right before the title names an employer the text does not name ("agency executive A",
# "bank analyst B"); "company founder A" is the topic's
_NOUN_EMPLOYER = re.compile(
    r"\b(?:agency|bank|banking|brokerage|consultancy|consulting|fund|studio|industry|advertising|law|media|government|"
    r"state|party|union|university|hospital|newspaper|network|rival|competitor|client|customer|supplier)\s+$"
)
_JOB_ENDED = re.compile(
    r"\b(?P<how>resignation|departure|exit|ouster|retirement|dismissal|removal|sacking|firing|death|passing) of "
    r"(?:the )?(?:(?:then|former|outgoing|longtime|long-time)[- ])?$",
    re.IGNORECASE,
)
_NOW_ROLE = re.compile(
    rf"\bwho is (?:now |also )?(?P<org>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s? (?P<role>{ROLE}(?: and {ROLE})?)"
)
_WHO_IS_ITS = re.compile(
    rf"\bwho is (?:also )?(?:its|their|the company['’]s|the firm['’]s) (?P<role>{ROLE})(?: and also (?P<role2>{ROLE}(?: and {ROLE})?) of (?:the )?(?-i:(?:[a-z-]+ ){{0,3}}))?",  # noqa: E501
    re.IGNORECASE,
)
# "A, who is CFO, ...", "A, who serves as the chairman and ...": a title of no named company (the topic's)
_WHO_IS_BARE = re.compile(
    rf"\bwho (?:is|serves as) (?:also |now |currently )?(?:the )?(?P<role>{ROLE}(?: and {ROLE})?)"
    r"(?=\s*[,;.)]|\s+(?:and|since|there)\b)",
    re.IGNORECASE,
)
# "having worked with major firms such as A, B and C", "35 years of experience at companies like A and B"
_FIRMS_LIKE = re.compile(
    r"\b(?:having\s+worked|experiences?(?:\s+working)?)\s+(?:at|with|for)\s+(?:major\s+|big\s+|leading\s+)?"
    r"(?:firms|companies|employers)\s+(?:such as|like|including)\s+"
)
_PREVIOUS = re.compile(
    r"\b(?:previously|earlier|formerly|once|before that)\s+(?:worked|was|served|held [a-z ]+?roles?|spent [a-z0-9 ]+?)\s*"  # noqa: E501
    r"(?:as\s+(?-i:[a-z ]+?)\s+)?(?:(?-i:[a-z ]+?)\s+)?(?:at|of|with|for)\s+",
    re.IGNORECASE,
)
_WAS_PREVIOUSLY = re.compile(
    r"\b(?:was|were|had been)\s+(?:previously|formerly|earlier|once)\s+"
    r"(?:[a-z-]+\s+){0,4}?(?:at|of|with|for)\s+(?:the\s+)?"
)
# "A has joined X as chief executive", "A joined the company as its CTO": A works at X in that role
_JOINED_AS = re.compile(
    rf"\b(?:joined|joins|has joined|rejoined)\s+(?:(?P<topic>the (?:company|firm|start-?up|group|lab))|(?=[A-Z]))"
    rf"(?P<org>[^,;]{{0,60}}?)\s+as\s+(?:(?:the|its|a|an|their)\s+)?(?:new\s+)?(?P<role>{ROLE})\b",
    re.IGNORECASE,
)
_BOTH_FIRMS = re.compile(rf"\bwho is (?P<role>{ROLE}) of both (?:firms|companies|groups)\b", re.IGNORECASE)
_JOINT = re.compile(
    r"\b(?:set up|formed|established|launched|opened|created) an? (?P<kind>joint (?:laboratory|lab|venture|research [a-z]+))"  # noqa: E501
    r" (?:with|alongside) (?=[A-Z])"
)
# "A left X in 2019 to start Y", "A, who left X in May": A worked at X before
_LEFT = re.compile(r"\b(?:left|quit)\s+(?=[A-Z])")
_SPENT = re.compile(rf"\b{SPENT_YEARS}\s+", re.IGNORECASE)  # "spent nine years at", "spent a decade with"
_FORMER_AT = re.compile(
    r"\b(?:[Ff]ormer |[Ee]x-)(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)(?: \([^()]{1,30}\))? "
    r"(?:executive|engineer|researcher|employee|manager|scientist)s?\b"
)
_FORMER_ROLE_OF = re.compile(
    r"\b(?:the )?(?:founder and )?former (?P<role>[a-z ]+?) of (?:the )?(?:[a-z-]+ ){0,3}(?=[A-Z])"
)  # "A, former president of chip equipment firm X"
# what a company, not a person, was of another: "X, a former unit of Y", "a former shareholder of Y"
_NO_POST = re.compile(
    r"\b(?:unit|arm|subsidiary|division|affiliate|brand|business|company|firm|parent|owner|shareholder|investor|"
    r"backer|stake|part|holding)s?$"
)
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
    pronoun = re.search(r"\b(?:he|she|who|they)\b[^,;]*$", head, re.IGNORECASE)
    if pronoun and not candidates:
        # "He is a veteran of X": the person the last sentence opened with, not the last one some pattern read
        return (
            he_or_she(view, pronoun.start()) if pronoun.group(0)[:2].lower() in ("he", "sh") else view.doc.last_person
        )
    if candidates:
        return view.resolve(candidates[-1], EntityKind.PERSON)
    # "Xu acknowledged", "Lee was previously": a short form of a known person
    for mention in view.mentions:
        if mention.end <= pos:
            record = view.b.find(mention.text, EntityKind.PERSON)
            if record is not None:
                return record.ref
    return he_or_she(view, 0) if re.match(r"\s*(?:he|she)\b", head, re.IGNORECASE) else None


def _orgs(view: SentenceView, pos: int) -> list[Mention]:
    return [m for m in view.name_list(pos) if not view.is_person(m) and not not_a_party(m.text)]


_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    """Roles, employers past and present, academic ties, joint ventures. The readers below only find statements;
    this function states them in the order found, so each keeps the rule name `people.apply` it is calibrated by."""
    readers = (
        _graduates,
        _roles_of_people,
        _its_role_named,
        _both_firms,
        _joint_ventures,
        _now_roles,
        _joined_as,
        _roles_at_the_topic,
        _bare_roles_at_the_topic,
        _previous_employers,
        _former_staff,
        _former_roles,
        _studied,
        _professors,
    )
    for reader in readers:
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)
    joined_firm(view)  # "A joined X in 2014": a rule of its own (joiners.joined_firm)
    new_posts(view)  # "X has a new chief executive, A," (posts.new_posts)
    person_led(view)  # "A-led X" (posts.person_led)


def _graduates(view: SentenceView) -> Iterator[Statement]:
    for m in _GRADUATE.finditer(view.text):
        person = _person_subject(view, m.start())
        for org in view.mentions_in(m.start("list"), m.end("list")):
            span, role = view.span(m.start(), m.end()), {"properties": {"role": m.group("role")}}
            yield RelationType.AFFILIATED_WITH, person, view.resolve(org, _ORG), span, role


def _roles_of_people(view: SentenceView) -> Iterator[Statement]:
    """ "A, chief financial officer of the startup", "A, a professor at X", "A, its CTO", "CEO A"."""
    text = view.text
    for mention in view.mentions:
        if not looks_like_person(mention.text) and not view.b.find(mention.text, _PERSON):
            continue
        after = text[mention.end :]
        role_at = _ROLE_AT.match(after)
        # "A, chief financial officer of the startup, said", "A, CEO of the company told X": the text's company
        topic_noun = role_at and (_TOPIC_NOUN.match(after, role_at.end()) or _OF_THE_NOUN.search(role_at.group(0)))
        if role_at and topic_noun and view.doc.topic:
            # "A, chief financial officer of the startup, said": the text's company
            span = view.span(mention.start, mention.end + role_at.end())
            # "A, a former chief executive of the company": a post A has left
            title = " and ".join(r for r in role_at.group("role", "role2") if r)  # "CEO and co-founder of the firm"
            role = {"properties": {"role": title, "former": True if role_at.group("former") else None}}
            yield RelationType.WORKS_AT, view.resolve(mention, _PERSON), view.doc.topic, span, role
        elif role_at:
            yield from _role_at(view, mention, role_at)
        its = _ROLE_ITS.match(after)
        if its and (_ANOTHER_FIRMS_ANALYST.search(its.group("role")) or _another_firm_before(view, mention)):
            its = None  # "with A, the firm's head of research" after "Analysts at Y said": Y's, not the topic's
        if its and view.doc.topic:
            span = view.span(mention.start, mention.end + its.end())
            role = {"properties": {"role": its.group("role")}}
            yield RelationType.WORKS_AT, view.resolve(mention, _PERSON), view.doc.topic, span, role
        before = _ROLE_BEFORE.search(text[: mention.start])
        if (
            before
            and looks_like_person(mention.text)
            and view.doc.topic
            and not re.search(
                r"\b(?:former|ex-|formerly|incoming|(?<!led )(?<!headed )by)\b[^,;]{0,25}$", text[: before.start()]
            )
            and not re.search(r"professor|researcher|analyst|engineer|scientist|employee", before.group("role"), re.I)
            and not _NAMED_EMPLOYER_BEFORE.search(text[: before.start()])
            and not FORMER_GROUP.search(text, 0, before.start())  # "former X staff such as CEO A": X no post of A's
            and not UNNAMED_OWNER.search(text[: before.start()])  # "the stock exchange's chief executive A"
            and not _NOUN_EMPLOYER.search(text[: before.start()])  # "and agency executive A": not the topic's
            and before.group("role") != "President"  # "President Joe Biden": a head of state, not the topic's staff
        ):
            org_m = view.mention_before(before.start(), limit=3)
            if only_named_after(view, before.start(), mention.end) or whose_its_unclear(view, before.start()):
                continue
            target = view.resolve(org_m, _ORG) if org_m and org_m.possessive else employer_before(view, before.start())
            if re.search(r"\b[Ii]ts\s+$", text[: before.start()]) and target == view.doc.topic:
                target = view.doc.last_subject or target  # "X was set up in 2023. ..., its co-founder A": X's
            span = view.span(before.start(), mention.end)
            props: dict[str, Any] = {"role": before.group("role").strip().lower()}
            ended = _JOB_ENDED.search(text, 0, before.start())
            if ended and ended.group("how").lower() in ("death", "passing"):
                continue  # "after the death of Chairman A": no job to state
            if ended or OUSTED_FROM.search(text, 0, before.start()):
                props["former"] = True  # "after the resignation of Chairman A", "X ousted CEO A": a job A has left
            yield RelationType.WORKS_AT, view.resolve(mention, _PERSON), target, span, {"properties": props}


# research and market titles: a brokerage's staff, which "its" or "the firm's" rarely makes the text's company's
_ANOTHER_FIRMS_ANALYST = re.compile(r"analyst|strategist|economist|research", re.IGNORECASE)


def _another_firm_before(view: SentenceView, mention: Mention) -> bool:
    """Whether the sentence names an organisation other than the text's company before the person ("Analysts at Y
    said ..., with A, the firm's ..."): "the firm" may be that one."""
    topic = view.doc.topic
    return any(
        m.end <= mention.start
        and not view.is_person(m)
        and may_be_organisation(view, m)
        and view.resolve(m, _ORG) != topic
        for m in view.mentions
    )


def _role_at(view: SentenceView, mention: Mention, role_at: re.Match[str]) -> Iterator[Statement]:
    """ "A, a professor at Peking University" (an academic affiliation), "A, head of research at X"."""
    org = view.mention_after(mention.end + role_at.end() - 1, limit=5) or view.mention_at(mention.end + role_at.end())
    unit = named_unit(view, org)  # "president of X subsidiary Y": Y's
    if unit is None and org is not None and possessed_other(view, org):
        return  # "chief executive of X's largest customer": not X's post
    org = unit[0] if unit is not None else org
    if not org or (looks_like_person(org.text) and unit is None) or NAME_GOES_ON.match(view.text, org.end):
        return  # a person's name, or one cut short ("of X Cloud and Network Services")
    person = view.resolve(mention, _PERSON)
    role = role_at.group("role") + (f" and {role_at.group('role2')}" if role_at.group("role2") else "")
    academic = re.search(r"professor|researcher|lecturer", role, re.I) and any(
        w in org.text.lower().split() for w in ACADEMIC_WORDS
    )
    type_ = RelationType.AFFILIATED_WITH if academic else RelationType.WORKS_AT
    props = {"role": role.strip(), "former": True if role_at.group("former") else None}
    yield type_, person, view.resolve(org, _ORG), view.span(mention.start, org.end), {"properties": props}
    view.doc.last_person = person


def _its_role_named(view: SentenceView) -> Iterator[Statement]:
    """ "Its chief executive, A, said", "X said the company's CFO, A, ...": A works at the firm "its" stands for."""
    for m in _ITS_ROLE_NAMED.finditer(view.text):
        person = view.mention_at(m.end())
        if person is None or not looks_like_person(person.text) or not re.match(r"\s*,", view.text[person.end :]):
            continue
        employer = _its_employer(view, m.start())
        gone = m.group("former") or DEPARTED.match(view.text, person.end)  # "its CEO, A, has resigned"
        gone = gone or OUSTED_FROM.search(view.text, 0, m.start())  # "X fired its CEO, A"
        role = " and ".join(r.lower() for r in m.group("role", "role2") if r)
        props = {"role": role, "former": True if gone else None}
        span = view.span(m.start(), person.end)
        yield RelationType.WORKS_AT, view.resolve(person, _PERSON), employer, span, {"properties": props}


_SPEAKER_BEFORE = re.compile(r"(?P<name>[A-Z][\w.&-]*)\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?$")


def _its_employer(view: SentenceView, pos: int) -> str | None:
    """Whom "its" or "the company's" stands for: the organisation that is the sentence's subject ("X said its CFO,
    A, ..."), or at the sentence's start the one the previous sentence opened with (the text's topic alone, or any
    name before, is too loose a guess: "posted on X. He said the company's co-founder, A, ...")."""
    if pos <= view.label_end():
        return view.doc.last_subject
    said = _SPEAKER_BEFORE.search(view.text, 0, pos)  # "..., X said its CFO, A, ...": the speaking firm's
    speaker = view.mention_before(said.end("name"), limit=0) if said is not None else None
    spoke = speaker is not None and said is not None and speaker.end == said.end("name")
    subject = speaker if spoke else view.subject_mention(before=pos)
    if subject is None or not may_be_organisation(view, subject):
        return None
    return view.resolve(subject, _ORG)


def _both_firms(view: SentenceView) -> Iterator[Statement]:
    """ "who is CEO of both firms": the topic and the company named before."""
    for m in _BOTH_FIRMS.finditer(view.text):
        person = _person_subject(view, m.start())
        orgs = [view.doc.topic] + [
            view.resolve(o, _ORG)
            for o in view.mentions
            if o.end <= m.start() and not looks_like_person(o.text) and o.possessive
        ]
        for org_ref in [o for o in dict.fromkeys(orgs) if o][:2]:
            span, role = view.span(m.start(), m.end()), {"properties": {"role": m.group("role")}}
            yield RelationType.WORKS_AT, person, org_ref, span, role


def _joint_ventures(view: SentenceView) -> Iterator[Statement]:
    for m in _JOINT.finditer(view.text):
        partner = view.mention_at(m.end())
        subject = view.subject_ref(m.start()) or view.doc.topic
        if partner is not None and subject:
            extra = {"valid_from": view.sentence_date(), "properties": {"kind": m.group("kind")}}
            span = view.span(m.start(), partner.end)
            yield RelationType.AFFILIATED_WITH, subject, view.resolve(partner, _ORG), span, extra


def _now_roles(view: SentenceView) -> Iterator[Statement]:
    """ "who is now X's chief executive"."""
    for m in _NOW_ROLE.finditer(view.text):
        person = _person_subject(view, m.start())
        org = view.resolve(view.mention_at(m.start("org")), _ORG)
        yield (
            RelationType.WORKS_AT,
            person,
            org,
            view.span(m.start(), m.end()),
            {"properties": {"role": m.group("role")}},
        )


def _joined_as(view: SentenceView) -> Iterator[Statement]:
    """ "A has joined X as chief executive officer", "A joined the company as its CTO" (the text's company)."""
    for m in _JOINED_AS.finditer(view.text):
        person = _person_subject(view, m.start())
        if m.group("topic"):
            org = view.doc.topic
        else:
            named = view.mention_at(m.start("org"))
            org = view.resolve(named, _ORG) if named and not view.is_person(named) else None
        if person and org:
            role = {"properties": {"role": m.group("role").lower()}}
            yield RelationType.WORKS_AT, person, org, view.span(m.start(), m.end()), role


def _roles_at_the_topic(view: SentenceView) -> Iterator[Statement]:
    """ "who is its CTO and also chairman of X"."""
    for m in _WHO_IS_ITS.finditer(view.text):
        person = _person_subject(view, m.start())
        span, role = view.span(m.start(), m.end()), {"properties": {"role": m.group("role")}}
        yield RelationType.WORKS_AT, person, view.doc.topic, span, role
        if m.group("role2"):
            org = view.mention_after(m.end() - 1, limit=3) or view.mention_at(m.end())
            if org:
                span, role = view.span(m.start(), org.end), {"properties": {"role": m.group("role2")}}
                yield RelationType.WORKS_AT, person, view.resolve(org, _ORG), span, role


def _bare_roles_at_the_topic(view: SentenceView) -> Iterator[Statement]:
    """ "A, who is CFO, was elected vice chair": the text's company, when the sentence names no other."""
    for m in _WHO_IS_BARE.finditer(view.text):
        # the people named are no employers, nor is the title itself ("CFO")
        others = [x for x in view.mentions if not looks_like_person(x.text) and not m.start() <= x.start < m.end()]
        if view.doc.topic is None or any(names_another_company(view, view.doc.topic, x.start, x.end) for x in others):
            continue
        span, role = view.span(m.start(), m.end()), {"properties": {"role": m.group("role")}}
        yield RelationType.WORKS_AT, _person_subject(view, m.start()), view.doc.topic, span, role


def _previous_employers(view: SentenceView) -> Iterator[Statement]:
    """ "previously worked at X and Y", "spent nine years at X"."""
    for pattern in (_PREVIOUS, _WAS_PREVIOUSLY, _SPENT, _EARLIER_ROLES, _LEFT, _FIRMS_LIKE):
        for m in pattern.finditer(view.text):
            # "the deal left X with debt, A said": only a person who is the subject of "left" has left a job
            person = subject_who_left(view, m.start()) if pattern is _LEFT else _person_subject(view, m.start())
            for org in _orgs(view, m.end()):
                span = view.span(m.start(), org.end)
                yield RelationType.WORKS_AT, person, view.resolve(org, _ORG), span, {"properties": {"former": True}}


_DESCRIBES_SUBJECT = re.compile(r"(?:,\s*|\b(?:is|was|are|were|as)\s+)(?:an?\s+|both\s+|all\s+)?$")


def _former_staff(view: SentenceView) -> Iterator[Statement]:
    """ "former X executive A"."""
    for m in _FORMER_AT.finditer(view.text):
        person = view.mention_after(m.end(), limit=2)
        if person is not None and "," in view.text[m.end() : person.start]:
            continue  # "A, a former X executive, B, ...": the description is A's, and B is not the one described
        org = view.mention_at(m.start("org"))
        if person is None:
            # "A, a former X executive", "A was a former X engineer"; not "by A and a team of former X engineers"
            described = _DESCRIBES_SUBJECT.search(view.text, 0, m.start())
            person_ref = _person_subject(view, m.start()) if described else None
        else:
            person_ref = view.resolve(person, _PERSON) if looks_like_person(person.text) else None
        if org and person_ref:
            props = {"properties": {"former": True, "role": "executive"}}
            yield RelationType.WORKS_AT, person_ref, view.resolve(org, _ORG), view.span(m.start(), m.end()), props


def _former_roles(view: SentenceView) -> Iterator[Statement]:
    """ "the former chief scientist of X"."""
    for m in _FORMER_ROLE_OF.finditer(view.text):
        if _NO_POST.search(m.group("role")):
            continue  # "X, a former unit of Y": no person's post
        org = view.mention_at(m.end())
        person = _person_subject(view, m.start())
        if org and person:
            props = {"properties": {"former": True, "role": m.group("role").strip()}}
            yield RelationType.WORKS_AT, person, view.resolve(org, _ORG), view.span(m.start(), org.end), props


def _studied(view: SentenceView) -> Iterator[Statement]:
    for m in _STUDIED.finditer(view.text):
        person = _person_subject(view, m.start())
        org = view.mention_at(m.end())
        if org and any(w in org.text.lower().split() for w in ACADEMIC_WORDS):
            span, role = view.span(m.start(), org.end), {"properties": {"role": "studied"}}
            yield RelationType.AFFILIATED_WITH, person, view.resolve(org, _ORG), span, role


def _professors(view: SentenceView) -> Iterator[Statement]:
    """ "Tsinghua professors A and B"."""
    for m in _PROFESSORS.finditer(view.text):
        org = view.mention_at(m.start("org"))
        for person in view.name_list(m.end()):
            if looks_like_person(person.text):
                span, role = view.span(m.start(), person.end), {"properties": {"role": "professor"}}
                yield RelationType.AFFILIATED_WITH, view.resolve(person, _PERSON), view.resolve(org, _ORG), span, role
