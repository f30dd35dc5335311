"""Agreements between companies: a CONTRACT event for its party, with the other parties as participants.

Frames: "X signed / struck / entered into / announced a <kind> agreement (deal, pact, memorandum, partnership)
with Y", "X and Y announced a licensing agreement worth $N", "X's / its <kind> partnership (deal, pact) with Y",
"X has a <kind> deal with Y", and the banks of an offering ("A and B are the book running lead managers",
"X hired A and B as joint sponsors"). Contracts won ("won a contract from Y") are read in figures.contracts.
An agreement to buy or merge is the acquisition's, not a contract here; one only planned or discussed is kept as
a plan (the clause's modality), never as a fact."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import clause_end, event_date, listed_names, may_name_firm
from loaders.articles.patterns.customers import customers_named
from loaders.articles.records import not_a_party
from loaders.drafts import EventDraft, Span

_ORG = EntityKind.ORGANIZATION

_NOUN = (
    r"(?:agreement|deal|pact|memorandum of (?:understanding|cooperation)|MoU|MOU|partnership|alliance|"
    r"collaboration agreement|collaboration|cooperation|contract)"
)
_KIND = r"(?:(?:[a-z][\w-]*|[A-Z]{2,5}|\$?[\d.,]+|\([^()]{1,30}\)|[“\"][^”\"]{1,40}[”\"])\s+){0,6}?"
# "signed a non-exclusive licensing agreement with", "struck a deal with", "entered into a partnership with"
# "signed a “cooperative agreement” with": the kind may be quoted; "entered into agreement with": no article
_SIGNED = re.compile(
    rf"\b(?:signed|inked|struck|clinched|sealed|reached|entered into|announced|formed|forged|concluded)\s+"
    rf"(?:(?:a|an|the|its|their)\s+[“\"]?(?P<what>{_KIND}{_NOUN})|(?P<bare>agreements?))\b[”\"]?"
    # "... with Y", "signed a deal to supply 8 GWh of batteries to Y"
    r"(?P<with>\s+with\s+|\s+to\s+(?:supply|provide|deliver)\s+(?:[\w.,-]+\s+){0,8}?to\s+(?=[A-Z]))?"
)
# "X's AI partnership with Y", "its supply deal with Y", "X, which has a battery supply agreement with Y"
_HELD = re.compile(rf"(?P<own>['’]s?|\b[Ii]ts|\b(?:has|have|had)\s+(?:a|an))\s+(?P<what>{_KIND}{_NOUN})\s+with\s+")
# An agreement to buy, merge or sell is an acquisition's, not a contract's
# ... but one to buy or sell goods ("a deal to buy batteries from Y", "to sell 5,000 trucks to Y") is a supply contract
_GOODS = (
    r"(?!\s+(?:(?:its|their)\s+)?(?:(?:up\s+to|more\s+than|about|some)\s+)?(?:[\d,.]+\s+(?:[A-Za-z]+\s+)?(?:of\s+)?)?"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:batteries|cells|packs|chips|processors|GPUs|servers|vehicles|cars|trucks|buses|phones|"
    r"aircraft|planes|jets|engines|equipment|components|parts|modules|panels|wafers|memory|electricity|power|gas|"
    r"LNG|fuel|materials|lithium|nickel|cobalt|steel|devices|robots|drones|software|capacity|output)\b)"
)
_TO_ACQUIRE = re.compile(rf"\s*(?:to|that would see it)\s+(?:acquire|buy|merge|sell|take over|purchase)\b{_GOODS}")
_OFFERING_ROLE = (
    r"(?:(?:sole|joint|lead|global|overall|senior|co-?)\s+)*(?:sponsors?|underwriters?|bookrunners?|"
    r"book[- ]running lead managers?|lead managers?|(?:global\s+)?coordinators?|registrar)"
)
# "A, B and C are the book running lead managers", "A acted as sole sponsor"
_ARE_ROLE = re.compile(
    rf"\s+(?:are|is|were|was|acted as|served as|acts as|serves as)\s+(?:the\s+|its\s+|an?\s+|one of the\s+)?"
    rf"(?P<role>{_OFFERING_ROLE})\b"
)
# "X employed A and B as joint sponsors", "X hired A as the sole sponsor"
_HIRED_AS = re.compile(r"\b(?:employed|hired|appointed|mandated|picked|chose|used|tapped)\s+(?=[A-Z])")
_AS_ROLE = re.compile(rf"\s+as\s+(?:the\s+|its\s+|an?\s+)?(?P<role>{_OFFERING_ROLE})\b")


# "its Taiwanese clients – panel makers such as A and B", "X's customers include A", "its client Google"
_CLOSED_BEFORE_VERB = re.compile(r",\s+(?:(?:has|have|had|also|just|recently|then|later)\s+)*[a-z]+(?:ed|es)\s")
_CLIENTS = re.compile(
    r"(?P<own>['’]s?|\b[Ii]ts|\b[Tt]heir)\s+(?:(?!(?:former|ex|previous|one-?time|erstwhile|lost)\b)[\w-]+\s+){0,3}?"
    r"(?:clients?|customers?)"  # "its former clients include A": no contract now
    r"(?:\s*[–—:,]\s*|\s+(?:include|included|includes|are|were)\s+|\s+)"
    r"(?:(?:[a-z-]+\s+){0,3}(?:such as|like|including)\s+"
    # "its customers include American electric-vehicle makers A and B": the clients described before their names
    r"|(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:makers|companies|firms|carmakers|automakers|"
    r"manufacturers|brands|groups|operators|banks|retailers|giants|chipmakers)\s+)?(?=[A-Z])"
)
# "A, B and C rely on X for their production needs", "A and B also utilize X's foundry services"
_RELY_ON = re.compile(
    r"\b(?:rely|relies|relied|depend|depends|depended)\s+on\s+(?=[A-Z])"
    r"|\b(?:use|uses|used|utilize|utilizes|utilise|utilises)\s+(?=[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*['’]s?\s+"
    r"(?:[a-z-]+\s+){0,2}(?:foundry|manufacturing|fabrication|production)\s+services)"
)
_FOR_MAKING = re.compile(
    r"['’]?s?\s+(?:for\s+(?:their|its)\s+(?:[a-z-]+\s+){0,2}(?:production|manufacturing|chips|needs)|(?:[a-z-]+\s+){0,2}(?:foundry|manufacturing|fabrication|production)\s+services)"
)
_LISTING = re.compile(r"\b(?:IPO|initial public offering|listing|flotation|share sale|public issue)\b", re.IGNORECASE)


def apply(view: SentenceView) -> None:
    """Agreements and offering banks. The readers only find them (party, others, what, span start/end, dated);
    this function states each as a CONTRACT event, so its rule name is `agreements.apply`."""
    for reader in (_signed, _held, _offering_banks, _clients, _relied_on, customers_named):
        for party, others, what, (start, end), dated in reader(view):
            if party in others:
                continue  # a company bound to itself: a pronoun or a name read as the wrong party
            if not _no_contract(view, what, start, end):
                _contract(view, party, others, what, start, end, dated)


# What binds no two companies in business: a legal settlement, a job's terms, a merger or a sale (the acquisition's)
_NOT_A_CONTRACT_KIND = re.compile(
    r"\b(?:settlement|plea|consent|non-prosecution|prosecution|employment|separation|severance|merger|acquisition|"
    r"takeover|buyout|purchase|sale|tender|restructuring|standstill)\b"
)
# "has ended its partnership with Y", "a deal ... that expired last year": an agreement no longer in force
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|ends|ending|end|terminated|terminates|terminate|scrapped|scraps|scrap|cancell?ed|cancels|cancel|"
    r"ditched|dropped|exited|exit|quit|severed|broke off|pulled out of|walked away from|abandoned|unwound|dissolved)\s+"
    r"(?:(?:its|their|the|a|an)\s+)?(?:[\w$.,-]+\s+){0,4}$"
)
_ENDED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:since\s+)?(?:ended|expired|lapsed|collapsed|"
    r"fell (?:apart|through)|was (?:terminated|cancell?ed|scrapped|ended))\b"
    # "X's contract with Y was cancelled last month": the clause's own verb ends it
    r"|[^.;]{0,60}?\b(?:was|were|has been|had been|have been)\s+(?:\w+\s+)?(?:terminated|cancell?ed|scrapped|"
    r"suspended|called off|torn up|voided|rescinded|ended)\b"
)
# "... with its creditors", "... with the union": no company named as the other party
_WITH_NO_COMPANY = re.compile(
    r"\s*(?:its\s+|their\s+|the\s+)?(?:regulators|creditors|lenders|bondholders|noteholders|unions?|workers|"
    r"employees|staff|prosecutors|authorities|government|shareholders|landlords|(?:new\s+)?(?:chief|CEO|president))\b"
)
_TO_BUY_AFTER = re.compile(
    rf"[^.;]{{0,60}}?\b(?:to|that would see it)\s+(?:acquire|buy|merge|sell|take over|purchase)\b{_GOODS}"
)


def _no_contract(view: SentenceView, what: str, start: int, end: int) -> bool:
    """Whether an agreement read is none between companies in force: its kind, its end, its other party."""
    text = view.text
    return (
        _NOT_A_CONTRACT_KIND.search(what) is not None
        or _ENDED_BEFORE.search(text, 0, start) is not None
        or _ENDED_AFTER.match(text, end) is not None
        or (text[:end].endswith("with ") and _WITH_NO_COMPANY.match(text, end) is not None)
        or _TO_BUY_AFTER.match(text, end) is not None
    )


Found = tuple[str, list[str], str, tuple[int, int], bool]


def _signed(view: SentenceView) -> Iterator[Found]:
    """ "X signed a battery supply agreement with Y", "X and Y announced a licensing agreement worth $N"."""
    for m in _SIGNED.finditer(view.text):
        what = " ".join((m.group("what") or m.group("bare")).split())
        if what in ("collaboration", "cooperation") and not m.group("with"):
            continue  # "announced a collaboration": with whom is unsaid
        if what.split()[-1] == "contract" or _TO_ACQUIRE.match(view.text, m.end("what" if m.group("what") else "bare")):
            continue  # contracts are figures.contracts'; an agreement to buy is the acquisition's
        others = _named_party(view, m.end()) if m.group("with") else []
        parties = _parties(view, m.start())
        named_before = _THE_DEAL.search(view.text, 0, m.start("what") + 1) and _BARE_AFTER.match(view.text, m.end())
        if not parties or (len(parties) + len(others) < 2 and named_before):
            continue  # "the day X announced the deal, ...": a deal named before, its party and terms unsaid here
        yield parties[0], parties[1:] + others, what, (m.start(), m.end()), True


# an agreement that binds no one yet: a memorandum, a framework, a preliminary or non-binding deal, a letter of intent
_NOT_BINDING = re.compile(
    r"\b(?:memorandum|memoranda|MoUs?|MOUs?|framework|preliminary|non-binding|nonbinding|letters? of intent|LOIs?|"
    r"in-principle|in principle|tentative|initial)\b"
)
_THE_DEAL = re.compile(r"\b(?:the|its|their)\s+[“\"]?.$")
_BARE_AFTER = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:on|in|at|last|this|earlier|after|before|when|which|that)\b")


def _held(view: SentenceView) -> Iterator[Found]:
    """ "X's partnership with Y", "its supply deal with Y", "X, which has a supply agreement with Y"."""
    for m in _HELD.finditer(view.text):
        if m.group("what") == "deal" and not m.group("own").startswith(("has", "have", "had")):
            continue  # "X's deal with Y": an investment or a purchase as often as an agreement
        others = _named_party(view, m.end())
        if not others:
            continue
        own = m.group("own")
        if own.startswith(("'", "’")):
            owner = view.mention_before(m.start() + 1, limit=1)
            party = _org_ref(view, owner) if owner is not None and owner.possessive else None
        elif own.lower() == "its":
            party = view.subject_ref(m.start())
        else:
            agents = _parties(view, m.start())
            party = agents[0] if len(agents) == 1 else None
        if party is not None:
            what = " ".join(m.group("what").split())
            yield party, others, what, (m.start(), m.end()), False


def _offering_banks(view: SentenceView) -> Iterator[Found]:
    """ "A, B and C are the book running lead managers of the IPO": each bank has the issuer's mandate;
    "X hired A and B as joint sponsors for the IPO": X has a contract with each. Only for a share listing."""
    if not _LISTING.search(view.text):
        return
    issuer = view.doc.topic
    for name in view.mentions:
        if name.start > 0 and re.search(r"(?:,|\band)\s*$", view.text[: name.start]):
            continue  # a list is read from its first name
        banks = [b for b in listed_names(view, name.start) if may_name_firm(view, b)]
        tail = _NAME_TAIL.match(view.text, banks[-1].end) if banks else None
        found = _ARE_ROLE.match(view.text, tail.end() if tail else banks[-1].end) if banks else None
        if found is None:
            continue
        refs = [ref for ref in (_org_ref(view, b) for b in banks) if ref is not None]
        if tail is not None and refs:  # "... and Nomura Financial Advisory and Securities (India) are the managers"
            last = banks[-1]
            full = re.sub(r"\s*\([^()]*\)$", "", view.text[last.start : tail.end()])  # "(India)" says where
            whole = view.b.entity(full, _ORG, view.span(last.start, tail.end()))
            refs[-1:] = [whole] if whole is not None else []
        # the first bank named opens the sentence and becomes the text's topic: the issuer is the one before
        client = _named_issuer(view, found.end()) or (view.doc.previous_topic if issuer in refs else issuer)
        if client is None or client in refs:
            continue
        for ref in refs:
            yield ref, [client], found.group("role"), (name.start, found.end()), False
    for m in _HIRED_AS.finditer(view.text):
        banks = [b for b in listed_names(view, m.end()) if may_name_firm(view, b)]
        found = _AS_ROLE.match(view.text, banks[-1].end) if banks else None
        parties = _parties(view, m.start()) if found is not None else []
        if found is not None and parties:
            others = [ref for ref in (_org_ref(view, b) for b in banks) if ref is not None]
            yield parties[0], others, found.group("role"), (m.start(), found.end()), False


# The rest of a bank's name the name reader leaves off: "Nomura Financial Advisory" + " and Securities (India)"
_NAME_TAIL = re.compile(
    r"\s+(?:and|&)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:\s*\([^()]{1,30}\))?"
    r"(?=\s+(?:are|is|were|was|acted|served|acts|serves)\b)"
)
_OF_THE_OFFERING = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?(?=[A-Z])")


def _named_issuer(view: SentenceView, pos: int) -> str | None:
    """The issuer named after the banks' role: "... the book running lead managers of the X IPO"."""
    of = _OF_THE_OFFERING.match(view.text, pos)
    named = view.mention_at(of.end()) if of else None
    if (
        named is None
        or named.possessive
        or not re.match(r"['’]?s?\s+(?:IPO|listing|offering|share sale)", view.text[named.end :])
    ):
        return None
    return _org_ref(view, named)


def _parties(view: SentenceView, verb: int) -> list[str]:
    """The organisations that are the verb's subject: the names right before it ("X and Y announced", "X has
    signed"), else the company "it" or "the company" stands for; none for a person, a descriptor ("the iPhone
    maker") or a subject the clause does not name plainly ("Backed by A and B, the venture signed")."""
    nearest = view.mention_before(verb, limit=40)
    gap = view.text[nearest.end : verb] if nearest is not None else ""
    if nearest is not None and _SUBJECT_GAP.fullmatch(gap) and not nearest.possessive:
        if _DESCRIPTOR.match(gap):
            return []  # "the iPhone maker has a deal": the maker is not named here
        names = [nearest]
        for m in reversed([m for m in view.mentions if m.end <= nearest.start]):
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", view.text[m.end : names[0].start]) or m.possessive:
                break
            names.insert(0, m)
        if not all(may_name_firm(view, n) and view.text[n.end : n.end + 1] != "-" for n in names):
            return []
        return [ref for ref in (_org_ref(view, n) for n in names) if ref is not None]
    said = _SAID_IT.search(view.text, 0, verb)
    if said is not None:  # "X <ticker> said on Monday it has signed": "it" is X
        speaker = view.mention_before(said.start() + 1, limit=1)
        if speaker is not None and may_name_firm(view, speaker) and not speaker.possessive:
            ref = _org_ref(view, speaker)
            return [ref] if ref is not None else []
    if _PRONOUN_SUBJECT.search(view.text[clause_start(view.text, verb) : verb]):
        topic = view.doc.topic
        return [topic] if topic is not None and view.b.record(topic).kind == _ORG else []
    return []


_SAID_IT = re.compile(
    r"\s*(?:<[^<>]{1,20}>|\([^()]{1,30}\))?\s+(?:(?:recently|also|earlier|previously|later)\s+)?(?:said|says|announced)(?:\s+on\s+\w+)?\s+(?:that\s+)?it\s+(?:[a-z]+\s+){0,3}$"
)
# "X has", "X, which has", "X (XY) has"
_SUBJECT_GAP = re.compile(r"(?:\s*\([^()]{1,30}\)|\))?(?:,\s+(?:which|that|who)\s+|\s+)(?:[a-z]+\s+){0,3}")
_DESCRIPTOR = re.compile(r"\s+(?:maker|company|giant|firm|group|operator|owner|unit|brand|platform)\b")
# "it has signed", "the Tokyo-based venture signed": the company the text is about
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[^\w-])(?:[Ii]t|[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:company|firm|venture|start-?up|group))\s+(?:[a-z]+\s+){0,3}$"
)


def _named_party(view: SentenceView, pos: int) -> list[str]:
    """The organisations named right after "with" (past a description: "Japan's X", "chip giant X")."""
    described = re.match(r"(?:(?:the|an?|[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){0,4}", view.text[pos:])
    start = pos + (described.end() if described else 0)
    first = view.mention_at(start) or view.mention_after(pos, limit=3)
    if first is None:
        return []
    if first.possessive and not_a_party(first.text):  # "Japan's Panasonic"
        first = view.mention_after(first.end + 2, limit=2) or first
    elif not first.possessive and not_a_party(first.text):  # "South Korean telecoms company X"
        first = view.mention_after(first.end, limit=40) or first
    if first.possessive or not may_name_firm(view, first):
        return []
    names = [n for n in view.name_list(first.start) if may_name_firm(view, n) and not n.possessive] or [first]
    return [ref for ref in (_org_ref(view, n) for n in names) if ref is not None]


def _typed_org(view: SentenceView, m: Mention) -> bool:
    return not view.is_person(m) and not not_a_party(m.text) and view.b.find(m.text, EntityKind.PERSON) is None


def _org_ref(view: SentenceView, m: Mention) -> str | None:
    ref = view.resolve(m, _ORG)
    return ref if ref is not None and view.b.record(ref).kind == _ORG else None


# "a growth industry worth $30 billion a year", "a market valued at": the size of a market, not the deal's value
_MARKET_SIZE = re.compile(r"\b(?:industry|market|sector|segment|opportunity)\s+(?:worth|valued\s+at|of)\s+$")
_OWN_CLAUSE = re.compile(
    r"\s+(?:that|which|who)\s|\s+and\s+(?:is|are|was|were|will|would|has|have|had|plans?|aims?|expects?)\b"
)


def _contract(view: SentenceView, party: str, others: list[str], what: str, start: int, end: int, dated: bool) -> None:
    """The CONTRACT event: its amount is the clause's, its date the clause's (or, for one signed or announced
    in a dated text, the text's date); an agreement the text only mentions as held has no date of its own."""
    stop = clause_end(view.text, end)
    amounts = [
        a
        for a in view.amounts
        if clause_start(view.text, start) <= a.start < stop and not _MARKET_SIZE.search(view.text, 0, a.start)
    ]
    date: PartialDate | None = event_date(view, clause_start(view.text, start), stop)
    if date is None and dated:
        date = view.doc.published_at
    # the statement ends before a clause of its own ("... with Y that it said will help", "... and is preparing to")
    own = _OWN_CLAUSE.search(view.text, end, stop)
    quoted = own.start() if own is not None else stop
    props: dict[str, Any] = {"what": what}
    if _NOT_BINDING.search(what):  # "signed a memorandum of understanding": an intent, kept as a plan
        props["modality"] = "planned"
    counterparties: list[str | None] = [*others] or [None]
    for other in counterparties:
        view.b.event(
            EventDraft(
                kind=EventKind.CONTRACT,
                subject=party,
                date=date,
                summary=f"planned {what}" if "modality" in props else what,
                amount=amounts[0].money if amounts else None,
                participants=(other,) if other else (),
                properties=props,
                span=named_or_not(view.span(start, max(end, quoted)), other, "agreements"),
            ),
            (EventKind.CONTRACT, party, other, str(date)),
        )


def named_or_not(span: Span, other: str | None, family: str) -> Span:
    """A contract whose other party goes unnamed ("X signed a $2 billion deal") under a rule of its own, so its
    precision is measured apart from the contracts that name both parties."""
    return span if other else span.model_copy(update={"rule": f"{family}.no_counterparty.CONTRACT"})


def _clients(view: SentenceView) -> Iterator[Found]:
    """ "its Taiwanese clients – panel makers such as A and B", "X's customers include A": the supplier has a
    contract with each client named."""
    for m in _CLIENTS.finditer(view.text):
        # the noun says they are companies: a two-word name is one unless the text says it is a person
        clients = [c for c in listed_names(view, m.end()) if _typed_org(view, c) and not c.possessive]
        if not clients:
            continue
        if _CLOSED_BEFORE_VERB.match(view.text, clients[0].end):
            clients = clients[:1]  # "X's biggest customer, A, deployed the Y 4 model": the list closed at the verb
        if m.group("own").lower() in ("its", "their"):
            # "Its customers include ...": opening the sentence, "its" is the text's company
            opens = not view.text[clause_start(view.text, m.start()) : m.start()].strip(' *"“')
            acting = _acting_before(view, m.start())  # "..., after X remitted it to two of its customers": X's
            supplier = (
                view.doc.topic if opens else view.resolve(acting, _ORG) if acting else view.subject_ref(m.start())
            )
        else:
            owner = view.mention_before(m.start() + 1, limit=1)
            supplier = (
                _org_ref(view, owner) if owner is not None and owner.possessive and may_name_firm(view, owner) else None
            )
        if supplier is None or view.b.record(supplier).kind != _ORG:
            continue
        refs = [ref for ref in (_org_ref(view, c) for c in clients) if ref is not None]
        if supplier in refs:
            continue  # "Its customers include A and B" read as A's: "its" stands for another company

        yield supplier, refs, "client", (m.start(), clients[-1].end), False


_ACTS = re.compile(r"\s+(?:(?:has|had|have|also|then|later|recently|just)\s+)*[a-z]{3,}(?:ed|es)\b")


def _acting_before(view: SentenceView, pos: int) -> Mention | None:
    """The company nearest before `pos` in its clause that a verb follows ("after X remitted it to ... its"), when
    the text already knows it as one ("its Q2 report showed": a report acts, no company)."""
    for named in reversed(view.mentions_in(clause_start(view.text, pos), pos)):
        if not named.possessive and _ACTS.match(view.text, named.end) and may_name_firm(view, named):
            return named if view.b.find(named.text, _ORG) is not None else None  # a firm the text has named
    return None


def _relied_on(view: SentenceView) -> Iterator[Found]:
    """ "Companies including A, B and C rely on X for their production needs", "A also utilizes X's foundry
    services": each customer has a contract with the maker."""
    for m in _RELY_ON.finditer(view.text):
        maker = view.mention_after(m.end(), limit=0)
        if maker is None or not may_name_firm(view, maker) or not _FOR_MAKING.match(view.text, maker.end):
            continue
        start = clause_start(view.text, m.start())
        named = [n for n in view.mentions if start <= n.start and n.end <= m.start()]
        customers = [c for c in listed_names(view, named[0].start) if may_name_firm(view, c)] if named else []
        if not customers or customers[-1].end < m.start() - 40:
            continue  # the customers must be the verb's own subject
        maker_ref = _org_ref(view, maker)
        for customer in customers:
            ref = _org_ref(view, customer)
            if ref is not None and maker_ref is not None and ref != maker_ref:
                yield ref, [maker_ref], "manufacturing", (customer.start, maker.end), False
