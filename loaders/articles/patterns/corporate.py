"""Corporate structure: headquarters, legal names and aliases, spin-offs, parents, listings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, EventKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import EXCHANGE_WORDS, GENERIC_ACRONYMS
from loaders.articles.mentions import Mention, guess_kind, looks_like_person
from loaders.articles.patterns.clauses import Statement, in_aside, which_antecedent
from loaders.articles.patterns.exchanges import (
    EXCHANGES,
    debt_listed,
    listing_not_yet,
    named_right_before,
    nasdaq_unsaid,
)
from loaders.articles.patterns.ownership import may_be_parent
from loaders.articles.patterns.spin_offs import active_spin_offs, spin_off_nouns, spin_offs
from loaders.articles.patterns.unit_ties import let_go, person_named_after, sole_owner, tie_not_now
from loaders.drafts import EventDraft

_PLACE_COMPANY = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*),\s+the (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
    r"(?:company|firm|start-?up|group|lab|developer|chipmaker|maker|designer|platform)\b"
)
_BASED_IN = re.compile(r"\b(?:headquartered|based) in (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_TICKER_SYMBOL = re.compile(r"(?:NYSE|NASDAQ|Nasdaq|AMEX|OTC|OTCQX|HKEX|TSX|LSE|ASX)\s*:\s*(?P<symbol>[A-Z]{2,5})")
_ALIAS_PAREN = re.compile(r"^\**\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_QUOTE_INNER = re.compile(r"\d\s?(?:%|per ?cent\b|percent\b)")
# "(KX:BRB)", "(NYSE: VLQ)", "(0700.HK)", "(VLQG_p.DE)": an exchange's code for the name before it, a company's
_LISTING_CODE = re.compile(
    r"^\s*(?:[A-Z]{2,8}\s?:\s?[A-Z0-9][A-Z0-9.]{0,9}|\d{3,6}\.[A-Z]{1,3}|[A-Z][A-Z0-9]{1,5}(?:_[a-z])?\.[A-Z]{1,2})\b"
)
_ALIAS_LEAD = re.compile(
    r"^(?:registered name|legal name|legally|officially|chinese name|also(?: known as)?|formerly(?: known as)?|"
    r"sometimes translated as|known as|short for|international brand(?: since \d{4})?|brand)\s*:?\s*",
    re.IGNORECASE,
)
_LEGALLY = re.compile(
    r"^\**,\s+(?:legally|officially|formally)\s+(?P<name>[^,;]+?(?:Co\.,? Ltd\.|Inc\.|Ltd\.|Corp\.|Limited)),"
)
_REBRAND = re.compile(
    r"\b(?:rebranded|renamed)\s+(?:itself\s+)?(?:as|to)\s+|\bknown (?:at home|in english|internationally|in china) as\s+|"  # noqa: E501
    r"\bits chinese name,?\s+|\bbegan life as [^;.]*? called\s+|\bstarted out [^;.]*? (?:called|named)\s+|"
    r"\bbranded\s+|\blisted as\s+|\bname means\s+",
    re.IGNORECASE,
)
_UNIT_APPOSITIVE = re.compile(
    r"^,\s+(?P<parent>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)['’]s? (?:[a-z-]+ ){0,3}(?:unit|arm|subsidiary|division|affiliate|business)\b"  # noqa: E501
    r"(?!\s+[A-Z])"  # "A, Y's asset management arm B": the arm is B, A is the list's item before
)
_UNDER = re.compile(
    r"^,\s+(?:a|an|the) [a-z -]+?(?:(?:firm|company|fund|manager) (?:under|owned by|controlled by)|"
    r"(?:unit|subsidiary|arm|division|affiliate) (?:under|owned by|controlled by|of)) (?=[A-Z])"
)  # "X, the parent company of Y" names X's child, not its parent
_ACQUIRED = re.compile(r"\b(?:which|that) was (?:later |subsequently )?(?:acquired|bought|taken over) by (?=[A-Z])")
_PARENT_OF = re.compile(r"\b(?:It|it|which) is (?P<child>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)['’]s? (?:parent|owner)\b")
_OWNER = re.compile(
    r"^(?P<parent>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*) (?:remains|is|became) (?:its|their) (?:owner|parent|controlling shareholder)\b"  # noqa: E501
)
_IS_UNIT_OF = re.compile(
    r"\b(?:is|was|became|remains) (?:a |an )?(?:wholly[- ]owned |majority[- ]owned )?(?:subsidiary|unit|division|arm) of (?:the )?(?=[A-Z])"  # noqa: E501
    r"|\b(?:is|was) (?:wholly |majority[- ])?owned by (?:the )?(?=[A-Z])"
)
_LISTED_IN = re.compile(
    r"\b(?:listed|went public|floated|debuted|IPO|initial public offering) in (?P<city>Hong Kong|Shanghai|Shenzhen|New York|"  # noqa: E501
    r"London|Singapore|Tokyo|Beijing)\b"
)
_INDEPENDENT = re.compile(r"\bbecame an independent company\b")
_LISTED = re.compile(
    r"\b(?:listed|debuted|began trading|floated|went public) (?:on|in) (?:the )?(?P<ex>(?:[A-Z][\w-]*['’]s )?(?:[A-Z][\w-]* ){0,3}(?:Stock Exchange|Exchange|Market|Board|exchange|Nasdaq|NYSE)"  # noqa: E501
    # "The Stock Exchange of Hong Kong Limited": the place after the exchange's noun is part of its name
    r"(?:(?<=Stock Exchange) of(?: [A-Z][a-z]+){1,2}(?: Limited)?)?"
    r"(?:(?<=Exchange) and (?:Quotations?|Clearing))?)"  # "the National Equities Exchange and Quotations"
    r"|\b(?:first day of trading|trading debut|debut) on (?:the )?(?P<ex2>(?:[A-Z][\w-]*['’]s )?(?:[A-Z][\w-]* ){0,3}(?:Stock Exchange|Exchange|Market|Board))"  # noqa: E501
)


_ORG = EntityKind.ORGANIZATION


def apply(view: SentenceView) -> None:
    """Parents, units, owners, acquisitions and spin-offs. The readers below only find statements; this function
    states them, in the order found, so every one keeps the rule name `corporate.apply` its confidence is fitted to."""
    _headquarters(view)
    _aliases(view)
    readers = (
        _units,
        _unit_predicates,
        _later_acquired,
        _parent_predicates,
        _owner_clauses,
        spin_offs,
        active_spin_offs,
        spin_off_nouns,
        _independent,
    )
    for reader in readers:
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)
    _listing(view)


def _units(view: SentenceView) -> Iterator[Statement]:
    """ "X, Y's AI chip unit", "X, a fund under Y", "Y's Institute of Computing Technology"."""
    text = view.text
    for mention in view.mentions:
        unit = _UNIT_APPOSITIVE.match(text[mention.end :])
        if unit and not view.is_person(mention) and not tie_not_now(unit.group(0)):
            parent = view.mention_at(mention.end + unit.start("parent"))
            if let_go(view, mention.end + unit.start("parent")):
                continue  # "X, Y's battery unit, was sold to Z"
            span = view.span(mention.start, mention.end + unit.end())
            yield RelationType.SUBSIDIARY_OF, view.resolve(mention, _ORG), view.resolve(parent, _ORG), span, {}
        under = _UNDER.match(text[mention.end :])
        if under and not tie_not_now(under.group(0)):
            parent = view.owner_at(mention.end + under.end())
            parent = sole_owner(view, parent) if " by " in under.group(0) else parent
            if parent is None or not person_named_after(view, parent):  # "X, a fund owned by Y co-founder A": A's
                span = view.span(mention.start, parent.end if parent else mention.end)
                yield RelationType.SUBSIDIARY_OF, view.resolve(mention, _ORG), view.resolve(parent, _ORG), span, {}
        # "Chinese Academy of Sciences' Institute of Computing Technology": an institute of an academy
        if mention.possessive:
            nxt = view.mention_after(mention.end + 1, limit=3)
            if nxt and re.match(r"(?:Institute|Laboratory|Lab|School|College|Center|Centre)\b", nxt.text):
                span = view.span(mention.start, nxt.end)
                yield RelationType.SUBSIDIARY_OF, view.resolve(nxt, _ORG), view.resolve(mention, _ORG), span, {}


def _unit_predicates(view: SentenceView) -> Iterator[Statement]:
    """ "X is a unit of Y", "X is owned by Y"."""
    for m in _IS_UNIT_OF.finditer(view.text):
        typed = not m.group(0).rstrip().endswith(" by")  # "is owned by Ann Lee": a person as often as a firm
        parent = view.mention_at(m.end()) if typed else sole_owner(view, view.mention_at(m.end()))
        child = view.subject_ref(m.start())
        if parent is not None and child is not None and may_be_parent(view, parent, typed):
            span = view.span(m.start(), parent.end)
            yield RelationType.SUBSIDIARY_OF, child, view.resolve(parent, _ORG), span, {}


def _later_acquired(view: SentenceView) -> Iterator[Statement]:
    """ "Sogou, which was later acquired by Tencent": a purchase, stated as one."""
    for m in _ACQUIRED.finditer(view.text):
        child = view.mention_before(m.start(), limit=3)
        parent = view.mention_at(m.end())
        if child and parent:
            span = view.span(child.start, parent.end)
            yield RelationType.ACQUIRED, view.resolve(parent, _ORG), view.resolve(child, _ORG), span, {}


def _parent_predicates(view: SentenceView) -> Iterator[Statement]:
    """ "It is X's parent": the topic owns X (and backs it when the text says so)."""
    text = view.text
    for m in _PARENT_OF.finditer(text):
        child = view.resolve(view.mention_at(m.start("child")), _ORG)
        span = view.span(m.start(), m.end())
        yield RelationType.SUBSIDIARY_OF, child, view.doc.topic, span, {}
        if "backer" in text[m.end() : m.end() + 20]:
            yield RelationType.INVESTED_IN, view.doc.topic, child, span, {"properties": {"role": "parent"}}


def _owner_clauses(view: SentenceView) -> Iterator[Statement]:
    """ "Y remains its owner": the topic is Y's (and Y its investor when called a funder or backer)."""
    for clause_start, clause in _clauses(view.text):
        owner = _OWNER.match(clause)
        if owner:
            parent_ref = view.resolve(view.mention_at(clause_start), _ORG)
            span = view.span(clause_start, clause_start + owner.end())
            yield RelationType.SUBSIDIARY_OF, view.doc.topic, parent_ref, span, {}
            if re.search(r"\bfunder|backer|investor", clause):
                span = view.span(clause_start, clause_start + len(clause))
                yield RelationType.INVESTED_IN, parent_ref, view.doc.topic, span, {"properties": {"role": "owner"}}


def _independent(view: SentenceView) -> Iterator[Statement]:
    """ "X became an independent company in 2022": X spun off from the parent the text gave it."""
    b = view.b
    for m in _INDEPENDENT.finditer(view.text):
        child = view.subject_ref(m.start())
        for earlier in reversed([x for x in view.mentions if x.end <= m.start() and not x.possessive]):
            record = b.find(earlier.text, _ORG)
            if record and any(
                r.type == RelationType.SUBSIDIARY_OF and r.subject == record.ref for r in b.relations.values()
            ):
                child = record.ref
                break
        parents = [r for r in b.relations.values() if r.type == RelationType.SUBSIDIARY_OF and r.subject == child]
        if child and parents:
            since = {"valid_from": view.date_near(m.end(), after_only=True, window=10)}
            yield RelationType.SPUN_OFF_FROM, child, parents[0].object, view.span(m.start(), m.end()), since


def _clauses(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for part in re.split(r"(;\s*)", text):
        if not part.startswith(";"):
            out.append((pos, part))
        pos += len(part)
    return out


def _headquarters(view: SentenceView) -> None:
    text = view.text
    for m in _PLACE_COMPANY.finditer(text):
        # "Cambricon, the Beijing company founded in 2016": only for a place the graph already knows as one
        place = m.group("place")
        known = view.b.gazetteer.lookup(place)
        record = view.b.find(place, EntityKind.PLACE)
        if record is None and (known is None or known[1] != EntityKind.PLACE):
            continue
        org_m = view.mention_at(m.start("org"))
        if org_m is None or view.is_person(org_m):
            continue
        company = view.resolve(org_m, EntityKind.ORGANIZATION)
        place_ref = view.b.entity(place, EntityKind.PLACE, view.span(m.start("place"), m.end("place")))
        if company and view.b.record(company).kind == EntityKind.ORGANIZATION:
            view.b.relate(RelationType.HEADQUARTERED_IN, company, place_ref, view.span(m.start(), m.end()))
    # "<Place>-based X" is read in places.headquarters (with its guards); "headquartered/based in" here
    for m in _BASED_IN.finditer(text):
        org_ref: str | None = None
        head = text[: m.start()]
        appositive = re.search(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)(?: \([^)]*\))?,\s+(?:the|a|an)\s+$", head)
        if appositive:
            org_ref = view.resolve(view.mention_at(appositive.start("org")), EntityKind.ORGANIZATION)
        elif re.search(r"\b(?:is|was) (?:a|an)\s+$|^(?:the|a)\s+$|\bthe\s+$", head, re.IGNORECASE):
            topic = view.doc.topic if re.search(r"\b(?:is|was) (?:a|an)\s+$|^the\s+$", head, re.IGNORECASE) else None
            org_ref = view.subject_ref(m.start()) or topic
        if org_ref is None or view.b.record(org_ref).kind != EntityKind.ORGANIZATION:
            continue
        place = m.group("place")
        place_ref = view.b.entity(place, EntityKind.PLACE, view.span(m.start("place"), m.end("place")))
        view.b.relate(RelationType.HEADQUARTERED_IN, org_ref, place_ref, view.span(m.start(), m.end()))


# Capitals in brackets after a person's name that are no short name of a company: a title, a wire, a country
_NOT_A_SHORT_NAME = re.compile(r"C[EFTOMIS]O|[ES]VP|MD|AP|AFP|UPI|PA|DPA|ANI|PTI|USA?|UK|EU|UAE|PRC|HK")


def _short_name(name: str, inner: str) -> bool:
    """ "Safe Harborline (SHL)": capitals opening with the name's first letter are a company's short name, so the
    name is a company's though shaped like a person's; not "(CEO)", "(AP)" or "(UK)"."""
    return (
        re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", inner) is not None
        and inner[0] == name[:1]
        and not _NOT_A_SHORT_NAME.fullmatch(inner)
        and inner.lower() not in GENERIC_ACRONYMS
    )


def _aliases(view: SentenceView) -> None:
    text = view.text
    b = view.b
    for mention in view.mentions:
        paren = _ALIAS_PAREN.match(text[mention.end :])
        legally = _LEGALLY.match(text[mention.end :])
        if legally:
            ref = view.resolve(mention, None)
            if ref:
                b.record(ref).set_legal_name(legally.group("name").strip())
                b.record(ref).add_alias(legally.group("name").strip())
        if not paren or mention.possessive or re.match(r"\s*[A-Z]", text[mention.end + paren.end() :]):
            continue
        if _QUOTE_INNER.search(paren.group("inner")):
            continue  # "X(down 1.01 per cent)", "X (-3.1%)": the stock's quote, no alias and no person's name
        listed = _LISTING_CODE.match(paren.group("inner")) is not None
        acronym = _short_name(mention.text, paren.group("inner").strip())
        person_like = (
            looks_like_person(mention.text) and not acronym and b.find(mention.text, EntityKind.ORGANIZATION) is None
        )
        if person_like and not listed:
            ref = view.resolve(mention, EntityKind.PERSON)
        else:
            existing = b.find(mention.text)
            kind = EntityKind.ORGANIZATION if listed or acronym else None
            ref = existing.ref if existing else view.resolve(mention, kind)
        if ref is None:
            continue
        record = b.record(ref)
        for part in re.split(r";\s*", paren.group("inner")):
            part = part.strip()
            symbol = _TICKER_SYMBOL.fullmatch(part)
            if symbol is not None and record.kind == EntityKind.ORGANIZATION:
                record.add_alias(symbol.group("symbol"))  # "Xpeng (NYSE:XPEV)": "XPEV stock" is Xpeng's
            lead = _ALIAS_LEAD.match(part)
            alias = part[lead.end() :] if lead else part
            alias = alias.strip().strip("*").strip()
            if not alias or (not alias[0].isupper() and not re.match(r"[a-z][A-Z]", alias)):
                continue
            if not lead and record.kind == EntityKind.ORGANIZATION and guess_kind(alias) == EntityKind.PLACE:
                record.add_alias(f"{mention.text} ({alias})")  # "X Building System (Shanghai)": a name, no alias
                continue
            if re.search(r"\d{4}|%|\$|\bprivate\b|\bunlisted\b|\bticker\b", alias) or len(alias.split()) > 12:
                continue
            if (
                re.search(r"(?:Co\.,? Ltd\.|Inc\.|Ltd\.|Corp\.|Limited|LLC)$", alias)
                and record.kind == EntityKind.ORGANIZATION
            ):
                record.set_legal_name(record.legal_name or alias)
                record.add_alias(alias)
            elif lead or len(alias.split()) <= 4:
                record.add_alias(alias)
    for m in _REBRAND.finditer(text):
        alias_m = view.mention_after(m.end(), limit=4)
        if alias_m is None:
            continue
        subject = view.mention_before(m.start(), limit=60)
        target = None
        if re.search(r"^its chinese name", m.group(0), re.IGNORECASE) or subject is None:
            target = view.doc.topic
        elif subject and not view.is_person(subject):
            found = b.find(subject.text)
            target = found.ref if found else view.doc.topic
        if target is None or re.search(r"\bknown in english as", m.group(0), re.IGNORECASE):
            continue
        if target and b.record(target).kind == EntityKind.ORGANIZATION:
            b.record(target).add_alias(alias_m.text)
    # "known in English as A and B": pairs with the people just named, in order
    english = re.search(r"\bknown in English as\s+", text)
    if english:
        people = [m for m in view.mentions if m.end <= english.start() and looks_like_person(m.text)]
        names = [m for m in view.name_list(english.end()) if looks_like_person(m.text)]
        for person, alias in zip(people[-len(names) :] if names else [], names, strict=False):
            ref = view.resolve(person, EntityKind.PERSON)
            if ref:
                b.record(ref).add_alias(alias.text)


def _exchange_name(raw: str) -> str:
    name = re.sub(r"^(?:[A-Z][\w-]*['’]s |The (?=Stock Exchange of))", "", raw.strip())
    words = name.split()
    if words and words[-1] == "exchange":
        name = " ".join(words[:-1]) + " Stock Exchange"
    return EXCHANGES.get(name, name)  # "went public on the NYSE": the New York Stock Exchange, as places reads it


def _listing(view: SentenceView) -> None:
    text = view.text
    for m in _LISTED_IN.finditer(text):
        if _LISTED.search(text):
            break
        not_shares = listing_not_yet(view, m.end()) or debt_listed(view, m.start())
        named = named_right_before(view, m.start())  # "X rival Y listed in Hong Kong": Y
        company = view.resolve(named, EntityKind.ORGANIZATION) if named else view.subject_ref(m.start())
        if company is None or not_shares or nasdaq_unsaid(view, m.group("city")):
            continue
        exchange_name = f"{m.group('city')} Stock Exchange"
        exchange = view.b.entity(exchange_name, EntityKind.ORGANIZATION, view.span(m.start("city"), m.end("city")))
        if exchange is None:
            continue
        view.b.record(exchange).categories.add("exchange")
        date = view.date_near(m.end(), window=40)
        view.b.relate(RelationType.LISTED_ON, company, exchange, view.span(m.start(), m.end()), valid_from=date)
    for m in _LISTED.finditer(text):
        raw = m.group("ex") or m.group("ex2")
        group = "ex" if m.group("ex") else "ex2"
        exchange_noun = re.sub(r" (?:of|and) [A-Z].*$", "", raw).split()[-1].lower()
        not_shares = listing_not_yet(view, m.end()) or debt_listed(view, m.start())
        if exchange_noun not in EXCHANGE_WORDS | {"exchange"} or not_shares:
            continue
        company = None
        before = view.mention_before(m.start(), limit=30)
        if (
            before is not None
            and not before.possessive
            and not view.is_person(before)
            and not (looks_like_person(before.text) and view.b.find(before.text, EntityKind.ORGANIZATION) is None)
            and not re.search(r"\b(?:it|its|they)\b|[;(]", text[before.end : m.start()])
            and not in_aside(text, before, m.start())  # "X, the maker backed by Y, listed": X, not Y
        ):
            company = view.resolve(before, EntityKind.ORGANIZATION)
        if company is None or view.b.record(company).kind != EntityKind.ORGANIZATION:
            company = which_antecedent(view, m.start()) or view.subject_ref(m.start())
        if company is None:
            continue
        exchange_name = _exchange_name(raw)
        exchange = view.b.entity(exchange_name, EntityKind.ORGANIZATION, view.span(m.start(group), m.end(group)))
        if exchange is None:
            continue
        view.b.record(exchange).categories.add("exchange")
        if raw.strip() != exchange_name and raw.strip() not in EXCHANGES:
            alias = re.sub(r"^[A-Z][\w-]*['’]s ", "", raw.strip())
            if alias != exchange_name:
                view.b.record(exchange).add_alias(alias)
        date = view.date_near(m.end(), window=40) or (view.sentence_date() if group == "ex2" else None)
        view.b.relate(RelationType.LISTED_ON, company, exchange, view.span(m.start(), m.end()), valid_from=date)
        amounts = list(view.amounts)
        raised = next(
            (a for a in amounts if re.search(r"\braised\s+(?:about\s+|more than\s+)?$", text[: a.start])), None
        )
        props: dict[str, object] = {"exchange": exchange_name}
        if raised:
            props["amount_raised"] = {"amount": raised.money.amount, "currency": raised.money.currency}
            if raised.usd_approx:
                props["usd_approx"] = raised.usd_approx.amount
        view.b.event(
            EventDraft(
                kind=EventKind.LISTING,
                subject=company,
                date=date,
                actor=exchange,
                summary=f"listed on {exchange_name}",
                amount=raised.money if raised else None,
                properties=props,
                span=view.span(m.start(), m.end()),
            ),
            (EventKind.LISTING, company, exchange),
        )


def listing_mentions(view: SentenceView) -> list[Mention]:
    return [m for m in view.mentions if m.text.split()[-1].lower() in EXCHANGE_WORDS]
