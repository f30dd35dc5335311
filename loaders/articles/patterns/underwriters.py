"""The banks of an offering: "A, B and C are joint bookrunners on the bond sale", "A was the sole sponsor of the
X IPO", "A, B and C were among the underwriters for the IPO", "led by A as lead underwriter, while B and C
participated as joint bookrunners", "X hired A and B to sell the bonds", "A and B will manage the offering". Each bank
is AFFILIATED_WITH the issuer (properties.role): the company the sentence names as the offering's ("the X IPO", "X's
bond sale"), else the one that hired the banks, else the company the text is about. A sentence that names neither an
offering (shares, bonds, notes, an IPO) nor a role only an offering has (a bookrunner, an underwriter) states no
mandate; a mandate only planned ("plans to hire A") is none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, EventKind, RelationType
from loaders.articles.confidence import clause_modality
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import Statement, listed_names, may_name_firm
from loaders.articles.records import not_a_party

_ORG = EntityKind.ORGANIZATION

_ROLE = (
    r"(?P<role>(?:(?:sole|joint|lead|global|overall|senior|co-?|active|passive|principal)\s+)*"
    r"(?:sponsors?|underwriters?|book[- ]?runners?|book[- ]running\s+(?:lead\s+)?managers?|lead\s+managers?|"
    r"(?:global\s+)?co-?ordinators?|arrangers?|placement\s+agents?|dealer\s+managers?))\b"
)
# "A and B are joint bookrunners", "A was the sole sponsor", "A acted as lead underwriter", "were among the
# underwriters"
_ARE_ROLE = re.compile(
    r"\s+(?:are|is|were|was|acted\s+as|served\s+as|acts\s+as|serves\s+as|act\s+as|participated\s+as)\s+"
    rf"(?:(?:among|one\s+of)\s+)?(?:the\s+|its\s+|an?\s+)?{_ROLE}"
)
# "led by A as the lead underwriter", "with A and B as joint bookrunners"
_AS_ROLE = re.compile(rf"\s+as\s+(?:the\s+|its\s+|an?\s+)?{_ROLE}")
_LED_BY = re.compile(r"\b(?:led|run|managed|arranged)\s+by\s+(?=[A-Z])|\bwith\s+(?=[A-Z])")
# "The joint bookrunners were A, B and C", "The sole sponsor of the IPO is A": the role first, the banks after
_ROLE_FIRST = re.compile(
    rf"\b[Tt]he\s+{_ROLE}\s+(?:(?:on|for|of|to)\s+the\s+(?:[\w$.-]+\s+){{0,2}}?"
    r"(?:deal|issue|offering|notes|bonds|IPO|listing|sale|transaction)\s+)?(?:were|are|was|is|included?|includes)\s+"
    r"(?=[A-Z])"
)
# "X hired A and B to sell the bonds", "X mandated A as sole bookrunner"
_HIRED = re.compile(r"\b(?:hired|mandated|appointed|picked|tapped|chose|selected)\s+(?=[A-Z])")
_TO_SELL = re.compile(
    r"\s+to\s+(?:sell|arrange|manage|run|lead|underwrite|market)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w$.,-]+\s+){0,4}?(?:bonds?|notes|debt|offering|issue|issuance|IPO|listing|shares|sale)\b"
)
_DESCRIBED_SUBJECT = re.compile(
    r"^\s*[Tt]he\s+[^,;]{0,60}?\b(?:company|firm|group|giant|maker|issuer|conglomerate|carmaker|chipmaker)\s+$"
)
# "A, B and C will manage the offering", "A and B underwrote the IPO"
_MANAGE = re.compile(
    r"\s+(?:will\s+|also\s+)?(?:manage[sd]?|underwrote|underwrites|arranged|arranges|ran|runs)\s+(?:the\s+|its\s+)?"
    r"(?:[\w$.-]+\s+){0,3}?(?:offering|issue|issuance|IPO|listing|bond\s+sale|notes?\s+sale|share\s+sale|deal)\b"
)
# The sentence must be about an offering of securities
_OFFERING = re.compile(
    r"\b(?:IPOs?|initial\s+public\s+offerings?|listings?|offerings?|bonds?|notes|debentures|convertibles?|issu(?:e|ance)|"
    r"share\s+sale|placement|debt)\b",
    re.IGNORECASE,
)
_ISSUES = (EventKind.SECURITY_ISSUE, EventKind.LISTING)
# Letters every role and managing verb above contains: most sentences have none, and listing names costs
_ROLE_HINT = re.compile(r"sponsor|underwr|book|manage|ordinator|arrange|placement|\bran\b|\bruns\b")
# "B.V.", "Ltd": a legal form cut off its name names no issuer
_TAIL_ONLY = re.compile(r"(?:[A-Z]\.?){1,3}|(?:Ltd|Inc|Corp|LLC|PLC|GmbH|Co|Pte)\.?")
_SECURITIES_ROLE = re.compile(r"book|underwriter|co-?ordinator|lead manager|placement agent|dealer manager", re.I)
# "of the X IPO", "for X's bond sale", "on X's offering": the issuer named after the role
_OF_ISSUER = re.compile(r"\s+(?:of|for|on|in)\s+(?:the\s+)?(?=[A-Z])")
_ISSUE_NOUN = re.compile(
    r"['’]?s?\s+(?:[\w$.-]+\s+){0,3}?(?:IPO|listing|offering|bonds?|notes|share sale|debt|issue)\b"
)


def apply(view: SentenceView) -> None:
    """The readers find (bank, issuer, role); this function states each, so the rule is `underwriters.apply`."""
    for reader in (_banks_in_role, _banks_after_role, _banks_hired):
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)


def _banks_in_role(view: SentenceView) -> Iterator[Statement]:
    """ "A, B and C are joint bookrunners", "led by A as lead underwriter", "A and B will manage the offering"."""
    if _ROLE_HINT.search(view.text) is None:
        return
    for name in view.mentions:
        if name.start > 0 and re.search(r"(?:,|\band)\s*$", view.text[: name.start]):
            continue  # a list is read from its first name
        banks = _banks(view, name.start)
        if not banks:
            continue
        end = banks[-1].end + view.text.startswith(".", banks[-1].end)  # "C Inc. are": the legal form's full stop
        found = _ARE_ROLE.match(view.text, end) or _MANAGE.match(view.text, end)
        led = _LED_BY.search(view.text, clause_start(view.text, name.start), name.start + 1)
        if found is None and led is not None and led.end() == name.start:
            found = _AS_ROLE.match(view.text, end)
        if found is None:
            continue
        role = found.groupdict().get("role") or "manager"
        _remember(view, banks)
        issuer = _issuer_after(view, found.end()) or _topic_issuer(view, banks)
        yield from _stated(view, banks, issuer, role, name.start, found.end())


def _banks_after_role(view: SentenceView) -> Iterator[Statement]:
    """ "The joint bookrunners were A, B and C": the banks of the offering the text reports."""
    for m in _ROLE_FIRST.finditer(view.text):
        banks = _banks(view, m.end())
        if not banks:
            continue
        _remember(view, banks)
        yield from _stated(view, banks, _topic_issuer(view, banks), m.group("role"), m.start(), banks[-1].end)


def _remember(view: SentenceView, banks: list[Mention]) -> None:
    """Banks named in an offering's role are never a later list's issuer (_topic_issuer)."""
    view.doc.offering_banks.update(ref for b in banks if (ref := view.resolve(b, _ORG)) is not None)


def _banks_hired(view: SentenceView) -> Iterator[Statement]:
    """ "X hired A and B to sell $1.5bn of bonds", "X mandated A as sole bookrunner": each bank is X's."""
    for m in _HIRED.finditer(view.text):
        banks = _banks(view, m.end())
        end = banks[-1].end if banks else 0
        found = (_AS_ROLE.match(view.text, end) or _TO_SELL.match(view.text, end)) if banks else None
        if found is None:
            continue
        subject = view.subject_ref(m.start())
        if subject is None and _DESCRIBED_SUBJECT.search(view.text, clause_start(view.text, m.start()), m.start()):
            subject = _topic_issuer(view, banks)  # "The world's largest chipmaker hired A and B to sell the notes"
        if subject is None or view.b.record(subject).kind != _ORG:
            continue
        role = found.groupdict().get("role") or "manager"
        yield from _stated(view, banks, subject, role, m.start(), found.end())


def _banks(view: SentenceView, pos: int) -> list[Mention]:
    """The names listed from `pos`; the role says they are firms, so a two-word name ("Morgan Stanley") is one unless
    the text knows it as a person."""
    return [
        b
        for b in listed_names(view, pos)
        if not (b.possessive or view.is_person(b) or not_a_party(b.text) or view.b.find(b.text, EntityKind.PERSON))
    ]


def _issuer_after(view: SentenceView, pos: int) -> str | None:
    """ "... the joint bookrunners of the X IPO", "... for X's bond sale": the issuer named after the role."""
    of = _OF_ISSUER.match(view.text, pos)
    named = view.mention_at(of.end()) if of else None
    if named is None or not may_name_firm(view, named) or not _ISSUE_NOUN.match(view.text, named.end):
        return None
    ref = view.resolve(named, _ORG)
    return ref if ref is not None and view.b.record(ref).kind == _ORG else None


def _topic_issuer(view: SentenceView, banks: list[Mention]) -> str | None:
    """The company whose bonds or shares the text last stated as sold, else the company the text is about, unless
    it is one of the banks or a bank of an earlier list (the first bank named may have become the topic: then the
    one before it)."""
    refs = {view.resolve(b, _ORG) for b in banks} | view.doc.offering_banks
    issues = [
        e.subject
        for e in view.b.events.values()
        if e.kind in _ISSUES and e.subject not in refs and not _TAIL_ONLY.fullmatch(view.b.record(e.subject).name)
    ]
    if issues:
        return issues[-1]
    topic = view.doc.topic if view.doc.topic not in refs else view.doc.previous_topic
    return topic if topic is not None and topic not in refs and view.b.record(topic).kind == _ORG else None


def _stated(
    view: SentenceView, banks: list[Mention], issuer: str | None, role: str, start: int, end: int
) -> Iterator[Statement]:
    if not _OFFERING.search(view.text) and not _SECURITIES_ROLE.search(role):
        return  # "the sponsor of the event": only a role that is an offering's own needs no offering named
    if issuer is None or clause_modality(view.text, start) is not None:
        return  # "X plans to hire A and B": a mandate only planned (what follows the list is the role's own wording)
    role = re.sub(r"s$", "", " ".join(role.lower().split()))  # "joint bookrunners": each is a joint bookrunner
    for bank in banks:
        ref = view.resolve(bank, _ORG)
        if ref is None or ref == issuer or view.b.record(ref).kind != _ORG:
            continue
        span = view.span(min(start, bank.start), max(end, bank.end))
        yield RelationType.AFFILIATED_WITH, ref, issuer, span, {"properties": {"role": role}, "presupposed": True}
