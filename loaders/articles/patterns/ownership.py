"""Ownership frames: a company that is another's unit, arm or subsidiary, or that another owns.

The child and the parent are read from the noun that joins them, in any of the orders English puts them:
"X, a unit of Y", "X, the chip company controlled by Y", "Y's venture arm X", "Y subsidiary X", "Y-owned X",
"X owner Y", "X's parent company, Y", "Y, the parent of X and Z", "Y, whose brands include X", "Y ... its
subsidiaries, including X" ("Y owns X" is read in places.parents).
Each yields X SUBSIDIARY_OF Y. A noun phrase takes the ownership as given, so a plan in its clause ("its unit X plans
to list") is not about it; a predicate ("X will become a unit of Y") keeps its clause's modality."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import GENERIC_BACKERS
from loaders.articles.mentions import Mention, guess_kind, looks_like_person
from loaders.articles.patterns.clauses import Statement, listed_names
from loaders.articles.patterns.unit_ties import (
    NOT_NOW,
    in_relative_aside,
    not_now,
    person_named_after,
    sold_before,
    sole_owner,
    tie_not_now,
)
from loaders.articles.records import not_a_party

_ORG = EntityKind.ORGANIZATION
_SUB = RelationType.SUBSIDIARY_OF

_UNIT = r"(?:unit|arm|wing|subsidiary|division|subsidiaries|units|arms|wings|divisions)"
# Lowercase words describing a company before its name: "property developer", "a major Chinese real estate developer"
_DESCRIBED = re.compile(
    r"(?:(?:the|an?|its|(?!(?:and|or|by|from|with|in|on|at|to|for|of|which|that|who|is|was|are|were|has|had)\b)[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ch|i)|AI|US|EV)\s+){0,6}"
)
# ", a unit of", ", the investment arm of", " (the logistics arm of": the noun comes first, then "of" the parent
_UNIT_OF = re.compile(  # after a name that ends in an abbreviation's point ("X, Inc., a unit of Y")
    rf"\.?\s*(?:\([^()]{{0,40}}\)\s*)?(?:,|\s[–—-])\s+(?:(?:a|an|the|one)\s+(?:of\s+(?:the|its)\s+)?(?:[\w&-]+\s+){{0,5}}?"
    rf"(?:{_UNIT}\s+(?:of|under)|(?:firm|company|fund|manager|platform|entity|vehicle)\s+under)|(?:now\s+)?part\s+of)\s+"
)
# ", the chip design company controlled by", ", a media outlet owned by", ", majority-owned by"
_OWNED_BY = re.compile(
    r"\.?\s*(?:\([^()]{0,40}\)\s*)?(?:,|\s(?:[–—]|--?))\s+(?:(?:a|an|the)\s+(?:[\w&()-]+\s+){0,6}?|(?:now|currently)\s+)?"
    r"(?:(?:wholly|majority|fully)[- ])?(?:owned|controlled)\s+by\s+"
)
# "X is a wholly owned subsidiary of Y", "X became a unit of Y", "X is majority-owned by Y"
_IS_UNIT_OF = re.compile(
    r"^\s*(?:is|was|became|becomes|has become|remains)\s+(?:now\s+)?"
    rf"(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_UNIT}\s+of"
    r"|(?:(?:wholly|majority|fully)[- ])?(?:owned|controlled)\s+by|part\s+of)\s+"
)
# "X, Y's Austin-based chip unit,": a place's compound may describe it; "Y's former unit": no longer Y's
_UNIT_APPOSITIVE = re.compile(
    r"\.?['’]s?\s+(?:(?!(?:former|ex|one-?time|erstwhile|previous|planned|proposed|prospective|would-be|future)\b)"
    rf"(?:[a-z][\w-]*|[A-Z][a-z]+-[a-z]+)\s+){{0,3}}{_UNIT}\s*(?:[,;.]|$)"
)
# "Y's venture capital arm X", "Y's subsidiary, X", "Y subsidiary X", "its chip unit X"
_UNIT_NAMED = re.compile(rf"\s+(?:[\w&-]+\s+){{0,4}}?{_UNIT},?\s+(?=[A-Z])")
# "Y's X mobile unit": the unit named before the noun
_NAMED_UNIT = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{_UNIT}\b")
# "X owner Y", "X-owner Y", "X parent Daimler", "X's parent company, Y"
_OWNER_OF_NAME = re.compile(r"(?:\s+|-)(?:owner|parent|parent company|parent firm|parent group),?\s+(?=[A-Z])")
# "Y, X's parent firm", "Y – the parent company of X", "Y, parent company of X and Z"
_PARENT_APPOSITIVE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|\s[–—-])\s+(?:(?:the|its)\s+)?(?:parent|owner)(?:\s+(?:company|firm|group))?\s+of\s+"
)
# "Y is the parent company of X": Y owns X now ("was the parent of" is a tie that may have ended)
_PARENT_PREDICATE = re.compile(
    r"\s+(?:is|remains|has\s+been)\s+(?:now\s+)?(?:the|its)\s+parent(?:\s+(?:company|firm|group))?\s+of\s+(?=[A-Z])"
)
_PARENT_OF_POSSESSIVE = re.compile(r"\s*(?:,|\s[–—-])\s+(?=[A-Z])")
_PARENT_NOUN = re.compile(r"\s+(?:parent|owner)(?:\s+(?:company|firm|group))?\b")
# "the strategic investment arm of Y (a listed company), X": the unit named after its description
_UNIT_FIRST = re.compile(rf"\b(?:the|an?)\s+(?:[\w-]+\s+){{0,4}}?{_UNIT}\s+of\s+(?=[A-Z])")
# "A and B share the same parent – Y"
_SAME_PARENT = re.compile(
    r"\b(?:share|shared)\s+(?:the\s+same|a\s+common)\s+(?:parent|owner)(?:\s+company)?\s*[,:–—-]\s*"
)
# "Y's X Fund", "Y's X Ventures": a fund or venture arm named with its owner
_FUND_NAME = re.compile(r"(?:Fund|Capital|Ventures|Investments?|Partners)$")
# "Y, whose brands include A and B", "Y credited its subsidiaries, including A and B"
_WHOSE_MEMBERS = re.compile(
    r"(?:['’]s?\s+(?:[a-z]+\s+)?(?:subsidiaries|units)\s+include"  # "Y's subsidiaries include A and B"
    r"|,\s+(?:whose\s+(?:[a-z]+\s+)?(?:brands|subsidiaries|units|marques)\s+include"
    r"|(?:home|owner|parent)\s+(?:to|of)\s+(?:brands|marques|labels)\s+(?:such as|including|like)))\s+"
)
_ITS_MEMBERS = re.compile(
    r"\b(?:its|their|owns\s+(?:numerous\s+|several\s+|many\s+|a number of\s+)?)\s*(?:[a-z-]+\s+)?"
    r"(?:subsidiaries|units|brands),?\s+(?:including|such as|like|among them)\s+"
)
_OWNED_ADJECTIVE = re.compile(r"(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})-owned\s+")


def apply(view: SentenceView) -> None:
    """Units, arms, subsidiaries and owners. The readers only find statements (X SUBSIDIARY_OF Y); this function
    states them, so each keeps the rule name `ownership.apply`."""
    readers = (
        _units_of,
        _owned_by,
        _unit_predicates,
        _named_units,
        _owners_named,
        _parents_named,
        _owned,
        _units_first,
        _same_parent,
        _funds_of,
        _members_listed,
    )
    for reader in readers:
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)


def _party(view: SentenceView, pos: int, limit: int = 80) -> Mention | None:
    """The organisation named from `pos`, past its description ("property developer Y", "tech giant Y"); for an
    owner's name ("Saudi Arabia's Y") the name it owns; None for a person or a place."""
    described = _DESCRIBED.match(view.text, pos)
    end = described.end() if described else pos
    for m in view.mentions:
        if m.start < pos or m.start > end:
            continue
        if m.start - pos > limit:
            return None  # the frame wants the name right there ("owned by Y")
        if not_a_party(m.text):
            if m.possessive:
                owned = view.mention_after(m.end + 2, limit=3)
                return owned if owned is not None and _is_org(view, owned) else None
            continue
        if m.possessive and _EMPIRE.match(view.text, m.end) and guess_kind(m.text) != _ORG:
            return None  # "part of Ann Lee's empire", "of Ann Lee's family office": a person's holdings, no parent
        if m.possessive:  # "a unit of Y's rival Z": Z's
            owned = view.mention_after(m.end + 2, limit=30)
            if owned is not None and re.fullmatch(r"['’]s?\s*(?:[a-z-]+\s+){0,3}", view.text[m.end : owned.start]):
                return owned if _is_org(view, owned) else None
        if _NO_PARENT_NOUN.match(view.text, m.end):
            return None  # "owned by the X family", "part of the Y alliance": a name that only describes
        m = named_by_role(view, m)
        return m if _is_org(view, m) else None
    return None


# A name before one of these nouns describes what is named, no company: "the X family", "the Y alliance"
_NO_PARENT_NOUN = re.compile(
    r"\s+(?:\d{4}\s+)?(?:family|families|clan|heirs|dynasty|alliance|consortium|coalition|index|network|programme|"
    r"program|initiative|ecosystem|bloc|plan|strategy|project|scheme)\b"  # "part of the X 2030 initiative"
)
# "part of Lee's business empire": what a name's owner holds, said of people as often as of companies
_EMPIRE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:empire|fortune|holdings|stable|family office)\b")
# "part of the X Programme", "a member of the Y Alliance": a name for a scheme or a group, no parent company
_NO_PARENT_NAME = re.compile(
    r"\b(?:Programme|Program|Initiative|Scheme|Index|Alliance|Coalition|Consortium|Accelerator|Challenge|Project|"
    r"Campaign|Cluster|Zone|Corridor)$"
)
_ROLE_NOUN = re.compile(  # "the subsidiary of X and media giant Y": X only names Y's trade
    r"(?:\s+and\s+[a-z-]+)?\s+(?:supplier|maker|manufacturer|partner|rival|competitor|customer|client|contractor|peer|"
    r"giant|conglomerate)\s+(?=[A-Z])"
)


def _is_org(view: SentenceView, m: Mention, typed: bool = True) -> bool:
    """Whether the mention may name an organisation: `typed` when the frame's noun says it is one ("its subsidiary
    X"), else a person-shaped name ("owned by Ann Lee") is taken for a person unless the text knows it as a firm."""
    if view.is_person(m) or not_a_party(m.text) or view.b.find(m.text, EntityKind.PERSON) is not None:
        return False
    if _NO_PARENT_NAME.search(m.text):
        return False  # "part of the X Sustainability Programme": a scheme, no company
    org_tail = m.text.split()[-1].lower() in _ORG_TAILS  # "X News Agency", "the Y district government"
    return typed or org_tail or not looks_like_person(m.text) or view.b.find(m.text, _ORG) is not None


def named_by_role(view: SentenceView, m: Mention) -> Mention:
    """The name a role noun after `m` leads to ("a unit of X supplier Y": Y, the company the noun names), else m."""
    role = _ROLE_NOUN.match(view.text, m.end)
    named = view.mention_at(role.end()) if role is not None else None
    return named if named is not None else m


def may_be_parent(view: SentenceView, m: Mention, typed: bool = True) -> bool:
    """Whether the name may be a parent company's: an organisation (see `_is_org`), not one that only describes
    ("the X family", "the Y alliance")."""
    return _is_org(view, m, typed) and not _NO_PARENT_NOUN.match(view.text, m.end)


_PRODUCT_AFTER = re.compile(
    r"\s+(?:apps?|applications?|chatbots?|assistants?|models?|LLMs?|chips?|processors?|GPUs?|phones?|smartphones?|"
    r"handsets?|cars?|SUVs?|sedans?|EVs?|robots?|games?)\b"
)
_ORG_TAILS = frozenset(
    {"agency", "news", "bank", "fund", "government", "authority", "council", "ministry", "commission", "trust"}
)


def _statement(
    view: SentenceView, child: Mention | None, parent: Mention | None, *, given: bool = True, typed: bool = True
) -> Iterator[Statement]:
    """X SUBSIDIARY_OF Y when both name organisations (`typed`: the frame says the parent is one); `given`: a noun
    phrase presupposes it."""
    if child is None or parent is None or child == parent or not _is_org(view, child) or _fragment(view, child):
        return
    if _PRODUCT_AFTER.match(view.text, child.end):
        return  # "X, the owner of the Y app": a product, no unit
    if not _is_org(view, parent, typed) or not_now(view, child, parent) or person_named_after(view, parent):
        return
    span = view.span(min(child.start, parent.start), max(child.end, parent.end))
    yield _SUB, view.resolve(child, _ORG), view.resolve(parent, _ORG), span, {"presupposed": given}


def _fragment(view: SentenceView, m: Mention) -> bool:
    """A name cut out of a longer one ("Buffalo" of "University at Buffalo")."""
    return bool(re.search(r"[A-Z][\w-]*\s+at\s+$", view.text[max(0, m.start - 30) : m.start]))


def _units_of(view: SentenceView) -> Iterator[Statement]:
    """ "X, a unit of Y", "X (X AI), a subsidiary of Y", "X, the investment arm of carmaker Y", "X – a fund under Y"."""
    for child in view.mentions:
        if child.possessive:
            continue
        found = _UNIT_OF.match(view.text, child.end)
        if found is not None:
            parent = _party(view, found.end()) or _the_company(view, child, found.end())
            second = (
                view.mention_at(parent.end + 5)
                if parent is not None and view.text[parent.end :].startswith(" and ")
                else None
            )
            for each in (parent, second):  # "the private equity arm of A and B": of both (not "of A, and B ...")
                yield from _statement(view, child, each)
            continue
        appositive = re.match(r"\.?\s*,\s+(?=[A-Z])", view.text[child.end :])
        owner = view.mention_at(child.end + appositive.end()) if appositive else None
        if owner is not None and _UNIT_APPOSITIVE.match(view.text, owner.end):
            yield from _statement(view, child, owner)  # "X Inc., Y's property management unit, fell"


# "Y said X, a subsidiary of the company, ...": the company is the sentence's subject (not "the company's Z")
_THE_COMPANY = re.compile(r"(?:the|this)\s+(?:company|group|firm)\b(?!['’])")


def _the_company(view: SentenceView, child: Mention, pos: int) -> Mention | None:
    """The subject named before `child` when "the company" at `pos` stands for it, else None."""
    if _THE_COMPANY.match(view.text, pos) is None:
        return None
    subject = view.subject_mention(child.start)
    return subject if subject is not None and subject.end <= child.start else None


def _owned_by(view: SentenceView) -> Iterator[Statement]:
    """ "X, the chip design company controlled by Y", "X, a local outlet owned by Y", "X, majority-owned by Y"."""
    for child in view.mentions:
        if child.possessive:
            continue
        found = _OWNED_BY.match(view.text, child.end)
        if found is not None:
            yield from _statement(view, child, sole_owner(view, _party(view, found.end(), limit=0)), typed=False)


def _unit_predicates(view: SentenceView) -> Iterator[Statement]:
    """ "X is a wholly owned subsidiary of Y", "X became part of Y", "X is majority-owned by Y"."""
    for child in view.mentions:
        found = _IS_UNIT_OF.match(view.text[child.end :]) if not child.possessive else None
        if found is not None:  # "X is owned by Ann Lee": the verb does not say the owner is a company
            owned = re.search(r"\b(?:owned|controlled)\s+by\s+$", found.group(0))
            parent = _party(view, child.end + found.end())
            yield from _statement(
                view, child, sole_owner(view, parent) if owned else parent, given=False, typed=not owned
            )


def _named_units(view: SentenceView) -> Iterator[Statement]:
    """ "Y's venture capital arm X", "Y's subsidiary, X", "Y subsidiary X", "its chip unit X", "Y's X mobile unit"."""
    text = view.text
    for owner in view.mentions:
        start = owner.end + (2 if owner.possessive else 0)
        aside = re.match(r"\s*\([^()]{1,20}\)", text[start:]) if owner.possessive else None
        start += aside.end() if aside else 0  # "Alphabet's (GOOGL.O) self-driving technology unit Waymo"
        if not owner.possessive and _owned_by_name_before(view, owner):
            continue  # "X's VC unit Y": "VC" describes X's unit, it owns nothing
        named = _UNIT_NAMED.match(text, start) if owner.possessive or text[owner.end : owner.end + 1] == " " else None
        if named is not None and unit_named_before(view, start, named.end()):
            named = None  # "Y's Mobileye unit, Z": the unit is Mobileye, and Z is the next item
        if named is not None and (owner.possessive or re.match(rf"\s+{_UNIT}", text[start:])):
            yield from _statement(view, view.mention_at(named.end()), owner)
        if owner.possessive:
            child = view.mention_after(start, limit=2)
            if child is not None and _NAMED_UNIT.match(text, child.end) and not child.possessive:
                yield from _statement(view, child, owner)
    for its in (f for f in _ITS_NAMED_UNIT.finditer(text) if not tie_not_now(f.group(0))):  # not "its former unit"
        child = view.mention_at(its.start("name")) if its.group("name") else view.mention_before(its.start(), 2)
        if child is not None and sold_before(view, child):
            continue
        parent = _its_owner(view, its.start())
        if parent is None:  # "X offered to privatize Y, its EV brand": "its" is the sentence's X
            subject = view.subject_mention()
            parent = view.resolve(subject, _ORG) if subject is not None else None
        if child is not None and _is_org(view, child) and not child.possessive and parent is not None:
            span = view.span(min(its.start(), child.start), max(its.end(), child.end))
            yield _SUB, view.resolve(child, _ORG), parent, span, {"presupposed": True}
    for its in _ITS_UNIT_NAMED.finditer(text):
        children = [view.mention_at(its.end())]
        if children[0] is not None:  # "its gaming unit A and e-commerce unit B"
            second = re.match(rf"\s+and\s+(?:[\w&-]+\s+){{0,4}}?{_UNIT}\s+(?=[A-Z])", text[children[0].end :])
            children += [view.mention_at(children[0].end + second.end())] if second else []
        parent = _its_owner(view, its.start())
        for child in children:
            if child is None or not _is_org(view, child) or child.possessive or parent is None:
                continue
            span = view.span(its.start(), child.end)
            yield _SUB, view.resolve(child, _ORG), parent, span, {"presupposed": True}


# "its chip unit X", "its music, film and publishing unit, X" (a list of trades describes the one unit)
_ITS_UNIT_NAMED = re.compile(rf"\b[Ii]ts\s+(?:(?!{NOT_NOW.pattern})[\w&-]+,?\s+){{0,5}}?{_UNIT},?\s+(?=[A-Z])")
_ITS_NAMED_UNIT = re.compile(
    rf"\b[Ii]ts\s+(?P<name>[A-Z][\w-]*)\s+(?:[a-z][\w-]*\s+){{0,4}}{_UNIT}\b"
    rf"|(?<=,)\s+its\s+(?:(?:[a-z][\w-]*|\([A-Z]{{2,4}}\)|[A-Z]{{2,3}})\s+){{0,4}}(?:{_UNIT}|brand)(?=\s*[,.;])"
)
# "X will be acquired by B through its unit Y": B acts through its unit
_THROUGH_ITS = re.compile(r"\s+(?:through|via)\s+$")
# "... by B through its unit": the agent right before "through"; in an active clause ("X will buy Y through its
# unit Z") the subject acts, not the company bought
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?[A-Z][^,;]{0,60}$")
# "Core view - B announced ... its unit": a lead-in label before a dash is no subject
_DASH_LABEL = re.compile(r"^[A-Z][\w ]{0,40}?\s+[-–—]\s+")


def _its_owner(view: SentenceView, pos: int) -> str | None:
    """Whose "its" is at `pos`: the name right before "through its", else the clause's subject (past a lead-in
    label), else the company the text is about; None when the subject is no organisation."""
    through = _THROUGH_ITS.search(view.text, 0, pos)
    if through is not None and _BY_AGENT.search(view.text, clause_start(view.text, pos), through.start()):
        agent = view.mention_before(through.start() + 1, limit=1)  # the passive's agent acts through its unit
        return view.resolve(agent, _ORG) if agent is not None and _is_org(view, agent, typed=False) else None
    label = _DASH_LABEL.match(view.text)
    after = max(clause_start(view.text, pos), label.end() if label else 0)
    subject = view.subject_mention(pos, after)
    if subject is None:
        return view.doc.topic
    if in_relative_aside(view, subject, pos):
        return None  # "The company, where A is its biggest shareholder, ... its unit X": not A's
    if re.search(r"\bby\b", view.text[subject.end : pos]):
        return None  # a passive clause ("X will be funded by loans taken by its arm"): "its" is not the subject's
    return view.resolve(subject, _ORG) if _is_org(view, subject, typed=False) else None


def unit_named_before(view: SentenceView, start: int, end: int) -> bool:
    """Whether a name stands between an owner and its unit's noun ("Y's Mobileye unit"): the unit is named there,
    so the name after the noun is not it (a place or nationality only describes: "Y's Chinese unit X")."""
    return any(
        start < m.start and m.end < end and not not_a_party(m.text) and not re.fullmatch(r"[A-Z]{1,3}s?", m.text)
        for m in view.mentions
    )  # a field's initials ("Y's VC unit X", "its EV arm X") name no unit


def _owned_by_name_before(view: SentenceView, m: Mention) -> bool:
    before = view.mention_before(m.start, limit=3)
    return before is not None and before.possessive


def _owners_named(view: SentenceView) -> Iterator[Statement]:
    """ "X owner Y", "X-owner Y", "X parent Y", "X's parent company, Y": X is Y's."""
    for child in view.mentions:
        start = child.end + (2 if child.possessive else 0)
        found = _OWNER_OF_NAME.match(view.text, start)
        if found is None:
            continue
        compound = (
            re.match(r"\s+(?:owner|parent)\s", view.text[child.end :]) or view.text[child.end : child.end + 1] == "-"
        )
        if not child.possessive and not compound:
            continue
        yield from _statement(view, child, view.mention_at(found.end()))


def _parents_named(view: SentenceView) -> Iterator[Statement]:
    """ "Y, the parent of X and Z", "Y – the parent company of X", "Y, X's parent firm"."""
    for parent in view.mentions:
        if parent.possessive:
            continue
        found = _PARENT_APPOSITIVE.match(view.text, parent.end)
        named = found or _PARENT_PREDICATE.match(view.text, parent.end)
        if named is not None:  # "Y is the parent of X": a predicate keeps its clause's modality
            for child in view.name_list(named.end()):  # "the parent of A's unit B": no parent of A
                yield from _statement(view, None if child.possessive else child, parent, given=found is not None)
            continue
        gap = _PARENT_OF_POSSESSIVE.match(view.text, parent.end)
        owned = view.mention_at(gap.end()) if gap is not None else None
        if owned is not None and owned.possessive and _PARENT_NOUN.match(view.text, owned.end + 2):
            yield from _statement(view, owned, parent)


def _owned(view: SentenceView) -> Iterator[Statement]:
    """ "Y-owned X" (never "state-owned", "family-owned": no owner is named)."""
    for m in _OWNED_ADJECTIVE.finditer(view.text):
        owner = Mention(m.group("name"), m.start("name"), m.end("name"))
        if (
            owner.text.split()[-1].lower() in GENERIC_BACKERS
            or looks_like_person(owner.text)
            or not_a_party(owner.text)
        ):
            continue
        child = view.mention_at(m.end())
        if child is None:
            child = _party(view, m.end(), limit=40)
        if child is not None and _is_org(view, child):
            span = view.span(m.start(), child.end)
            yield _SUB, view.resolve(child, _ORG), view.resolve(owner, _ORG), span, {"presupposed": True}


def _units_first(view: SentenceView) -> Iterator[Statement]:
    """ "the strategic investment arm of Y (a listed company), X (...)": X is Y's."""
    for m in _UNIT_FIRST.finditer(view.text):
        parent = _party(view, m.end(), limit=0)
        after = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?,\s+", view.text[parent.end :]) if parent is not None else None
        child = view.mention_at(parent.end + after.end()) if parent is not None and after is not None else None
        if child is not None and re.match(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,|$|\.|;)", view.text[child.end :]):
            yield from _statement(view, child, parent)


def _same_parent(view: SentenceView) -> Iterator[Statement]:
    """ "A and B share the same parent – Y": both are Y's."""
    for m in _SAME_PARENT.finditer(view.text):
        parent = view.mention_at(m.end())
        start = clause_start(view.text, m.start())
        children = [c for c in view.mentions if start <= c.start and c.end <= m.start()]
        listed = view.name_list(children[0].start, m.start()) if children else []
        if parent is not None and listed and listed[-1].end >= m.start() - 2:
            for child in listed:
                yield from _statement(view, child, parent, given=False)


def _funds_of(view: SentenceView) -> Iterator[Statement]:
    """ "Y's X Fund", "Y's X Ventures": a fund named with its owner (a person's fund is no subsidiary)."""
    for owner in view.mentions:
        if not owner.possessive or view.is_person(owner) or looks_like_person(owner.text):
            continue
        fund = view.mention_after(owner.end + 2, limit=2)
        named = fund is not None and re.fullmatch(r"['’]s?\s+", view.text[owner.end : fund.start]) is not None
        if fund is not None and named and _FUND_NAME.search(fund.text) and not fund.possessive:
            yield from _statement(view, fund, owner)


def _members_listed(view: SentenceView) -> Iterator[Statement]:
    """ "Y, whose brands include A and B", "Y credited growth from its subsidiaries, including A": each is Y's."""
    for m in _WHOSE_MEMBERS.finditer(view.text):
        parent = view.mention_before(m.start() + 1, limit=1)
        for child in listed_names(view, m.end()):
            yield from _statement(view, child, parent)
    for m in _ITS_MEMBERS.finditer(view.text):
        owner = _its_owner(view, m.start())  # "The company credited ... its subsidiaries, including A": the topic
        for child in listed_names(view, m.end()) if owner is not None else []:
            if _is_org(view, child) and not _fragment(view, child):
                span = view.span(m.start(), child.end)
                yield _SUB, view.resolve(child, _ORG), owner, span, {"presupposed": True}
