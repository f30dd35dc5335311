"""Holders of a company named without a round: backers, shareholders, stakes and leads named by their role."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import (
    clause_agents,
    in_aside,
    listed_organisations,
    organisation_of,
    relative_agent,
    reported_subject,
)
from loaders.articles.patterns.deals import target_outside
from loaders.articles.patterns.investor_asides import investor_asides
from loaders.articles.patterns.investor_names import named_investors
from loaders.articles.patterns.money_owner import (
    PART_HOLDERS,
    invested_name,
    passive_subject,
)
from loaders.articles.patterns.round_parties import INVESTMENT_ARMS


def apply(view: SentenceView) -> None:
    investor_asides(view)
    holders_by_role(view)
    portfolios(view)
    shareholders(view)
    holders_named(view)
    stakes_held(view)


_SHAREHOLDER = re.compile(
    r"\b(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*) (?:[^.;]{0,60}? and )?is (?:also )?(?:its|the company's) "
    r"(?:largest |biggest |major |controlling )?shareholder\b"
)
_BACKED_BY = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:also\s+)?(?:backed|funded|bankrolled) by\s+|,\s+(?:backed|funded) by\s+"
)
# "The research, backed by X", "the plan is backed by X", "Y's new fund, backed by X": no company's backers (a
# company described by more words is one: "the fast-growing e-commerce platform is backed by X")
_COMPANY_NOUNS = r"(?:company|firm|start-?up|startup|group|lab|venture|maker|developer|unicorn)"
_THING_BACKED = re.compile(
    rf"\b[Tt]he\s+(?!{_COMPANY_NOUNS}\b)[a-z-]+\s*$"
    rf"|(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir|['’]s?)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?!(?:{_COMPANY_NOUNS}|platform|business|provider|operator|retailer|marketplace|manufacturer|producer|"
    rf"supplier|designer|giant|player|(?:car|chip|auto)maker|bank|lender|insurer|brand|outfit|app|service)\b)[a-z-]+\s*$"
)
# "The SPAC, also known as ..., is backed by X", "The fund, set up in 2020, is backed by X": another thing's backers
_THING_OPENS = re.compile(rf"\W*[Tt]he\s+(?!{_COMPANY_NOUNS}\b)(?:[A-Z]{{2,}}s?|[a-z-]+),")
_WHOSE = re.compile(r"(?<=[\w.)]),\s+whose\s+$")
# "X, whose logistics arm is backed by", "its cloud business, which counts": a part of X holds the backers
_UNIT_HELD = re.compile(
    r"(?:\b[Ii]ts|\b[Tt]heir|\bwhose|['’]s?)\s+(?:[\w-]+\s+){0,3}?(?:units?|arms?|divisions?|subsidiar(?:y|ies)|"
    r"business|businesses|affiliates?|segments?|spin-?offs?)\s*,?\s*(?:which\s+)?(?:(?:is|are|was|were|also)\s+)*"
    r"(?:,\s+)?$"
)
_COUNTS_AMONG = re.compile(r"\bcounts\s+(?=[A-Z]|among\b)")
_HOLDERS_INCLUDE = re.compile(r"\b(?:[Ss]hareholders|[Bb]ackers)(?: [a-z]+){0,5}? (?:include|included)\s+")


# "The company has Chinese giant Tencent as one of its shareholders"
_HAS_AS_HOLDER = re.compile(
    r"\b(?:has|with) (?:[A-Za-z-]+ ){0,3}?(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) as (?:one of )?"
    r"(?:its|their|an?) "
    r"(?:[a-z]+ )?(?:shareholders?|investors?|backers?)\b"
)
_LARGEST_HOLDER = re.compile(
    r"['’]s?\s+(?:largest|biggest|major|controlling|second-largest|top)\s+(?:shareholder|investor|backer),?\s+(?=[A-Z])"
)
# "Meituan, in which Tencent holds an 18.7 per cent stake"
_IN_WHICH_STAKE = re.compile(
    r",\s+in which (?:[A-Za-z-]+ ){0,3}?(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) (?:holds|owns|has) "
    r"(?:an?|about|around|roughly) ?"
    r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent) stake"
)
# "The lead investor in X's $140M Series B is CD Capital"
_LEAD_INVESTOR_IS = re.compile(
    r"\b[Tt]he lead investor in (?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? [^,;]{0,40}? (?:is|was) (?=[A-Z])"
)


# "Former Corvel CEO Ada Moss is also a shareholder in Velora AI": a person or a firm holds part of a company
# "A, one of the company's principal shareholders", "B, another one of X's backers"
_ONE_OF_HOLDERS = re.compile(
    r"(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4}),\s+(?:another\s+)?(?:one\s+)?of\s+"
    r"(?:the [Cc]ompany['’]s|its|their|(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?)\s+"
    r"(?:[a-z]+\s+)?(?:shareholders|investors|backers)\b"
)
# "A is X's biggest investor", "A remains X's largest shareholder"
_IS_HOLDER_OF = re.compile(
    r"\b(?:is|was|has been|had been|remains|became) (?:also |still )?(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? "
    r"(?:(?:largest|biggest|second-largest|third-largest|single-largest|top|major|main|key|early|earliest|first|"
    r"lead|anchor|strategic|existing|controlling|only|sole) )*(?:shareholder|investor|backer)\b(?! relations)"
)
_HOLDER_IN = re.compile(
    r"\b(?:is|was|has been|had been) (?:also )?(?:(?:a|an|the) (?:[a-z-]+ )?(?:shareholder|investor|backer)"
    r"|among (?:the )?(?:[a-z-]+ )?(?:shareholders|investors|backers)) (?:in|of) (?=[A-Z])"  # "is a backer of X"
)


# "Quillon investor Tarnell Ventures", "Tarnell Ventures, a Quillon shareholder since 2019,": the name before the
# role noun is the company held, the other the holder
_ROLE_BEFORE_HOLDER = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) (?:investor|backer|shareholder)\s+(?=[A-Z])"
)
_HOLDER_ROLE_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:early|longtime|long-time|major|big|key|existing)\s+)?"
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) (?:investor|backer|shareholder)\b(?=\s*(?:,|since\b|and\b|\.))"
)


_OPENING_ADJECTIVE = re.compile(r"(?:Early|Longtime|Long-time|Former|Major|Existing|Big|Key|Top|Fellow|Prominent)\s+")


# "A's portfolio includes X and Y", "A, whose portfolio includes X,", "A counts X and Y among its portfolio companies"
_PORTFOLIO = re.compile(
    r"(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:['’]s?\s+|,\s+whose\s+)"
    r"(?:(?:investment|venture|start-?up)\s+)?portfolio(?:\s+companies)?\s+(?:includes?|included|spans|such as)\s+"
)
_COUNTS_PORTFOLIO = re.compile(r"\bcounts\s+(?=[A-Z][^.;]{0,120}?\bamong (?:its|their) (?:[a-z]+ )?portfolio\b)")


# A portfolio of companies is an investor's ("Quillon's portfolio includes Zeta X1" may list products)
_INVESTOR_FIRM = re.compile(r"\b(?:Ventures?|Capital|Partners|Funds?|Investments?|Equity|Management|VC)$")


def portfolios(view: SentenceView) -> None:
    """The companies a named investor's portfolio includes: the investor invested in each."""
    for m in _PORTFOLIO.finditer(view.text):
        investor = view.mention_at(m.start("who"))
        firm = investor is not None and _INVESTOR_FIRM.search(investor.text) is not None
        if investor is not None and not view.is_person(investor) and (firm or "companies" in m.group(0)):
            for n in named_investors(view, listed_organisations(view, m.end())):
                _holder_of(view, investor, n, m.start(), n.end)
    for m in _COUNTS_PORTFOLIO.finditer(view.text):
        investor = view.subject_mention(before=m.start())
        end = view.text.find(" among ", m.end())
        for n in view.name_list(m.end(), end):
            if investor is not None:
                _holder_of(view, investor, n, m.start(), end)


def holders_by_role(view: SentenceView) -> None:
    """ "X investor A", "A, a X shareholder,": A holds part of X."""
    for m in _ROLE_BEFORE_HOLDER.finditer(view.text):
        owned, holder = view.mention_at(m.start("o")), view.mention_at(m.end())
        opener = _OPENING_ADJECTIVE.match(owned.text) if owned is not None else None
        if owned is not None and opener is not None:  # "Early X backer A": X
            owned = Mention(owned.text[opener.end() :], owned.start + opener.end(), owned.end)
        _holder_of(view, holder, owned, m.start(), m.end() if holder is None else holder.end)
    for m in _HOLDER_ROLE_AFTER.finditer(view.text):
        holder, owned = view.mention_before(m.start() + 1, limit=1), view.mention_at(m.start("o"))
        _holder_of(view, holder, owned, m.start() if holder is None else holder.start, m.end())


def _holder_of(view: SentenceView, holder: Mention | None, owned: Mention | None, start: int, end: int) -> None:
    if holder is None or owned is None or owned.possessive or view.is_person(owned) or holder.text == owned.text:
        return
    if not named_investors(view, [holder]) or view.is_person(holder) or looks_like_person(holder.text):
        return  # "the A family"; "Velt investor Ada Moss" is as often a job at Velt (a fund's partner) as a stake
    view.b.relate(
        RelationType.INVESTED_IN, organisation_of(view, holder), organisation_of(view, owned), view.span(start, end)
    )


def holders_named(view: SentenceView) -> None:
    """ "X has Tencent as one of its shareholders", "X, in which Tencent holds an 18.7% stake", "the lead investor
    in X's Series B is Y"."""
    text = view.text
    for owner in view.mentions:  # "X's largest shareholder Y, which holds 13.6%": Y holds part of X
        named = _LARGEST_HOLDER.match(text, owner.end) if owner.possessive else None
        holder = view.mention_at(named.end()) if named is not None else None
        if holder is not None and not view.is_person(owner):
            span = view.span(owner.start, holder.end)
            view.b.relate(RelationType.INVESTED_IN, organisation_of(view, holder), organisation_of(view, owner), span)
    for m in _HAS_AS_HOLDER.finditer(text):  # "with Seoul-listed X as its biggest shareholder": X
        holder = view.mention_at(m.start("who")) or view.mention_before(m.end("who") + 1, limit=1)
        company = view.subject_ref(m.start())
        if holder is not None and company is not None and not view.is_person(holder):
            view.b.relate(
                RelationType.INVESTED_IN, organisation_of(view, holder), company, view.span(m.start(), m.end())
            )
    for m in _IN_WHICH_STAKE.finditer(text):
        holder, owned = view.mention_at(m.start("who")), view.mention_before(m.start() + 1, limit=1)
        if holder is not None and owned is not None and not view.is_person(owned):
            props = {"stake_pct": float(m.group("pct"))}
            span = view.span(owned.start, m.end())
            view.b.relate(
                RelationType.INVESTED_IN,
                organisation_of(view, holder),
                organisation_of(view, owned),
                span,
                properties=props,
            )
    for m in _HOLDER_IN.finditer(text):  # "is an investor in X's rival, Y": Y; "in X's chip unit": no one named
        holder, owned = view.mention_before(m.start(), limit=1), invested_name(view, m.end())
        if holder is None or owned is None or view.is_person(owned):
            continue
        kind = (
            EntityKind.PERSON if view.is_person(holder) or looks_like_person(holder.text) else EntityKind.ORGANIZATION
        )
        span = view.span(holder.start, owned.end)
        view.b.relate(RelationType.INVESTED_IN, view.resolve(holder, kind), organisation_of(view, owned), span)
    for m in _IS_HOLDER_OF.finditer(text):  # "A is X's biggest investor": A, the subject, holds part of X
        holder, owned = view.mention_before(m.start(), limit=1), view.mention_at(m.start("o"))
        if holder is None or view.is_person(holder) or looks_like_person(holder.text):
            continue  # "Ada Moss is X's biggest investor": a person, not read here
        if owned is not None and not view.is_person(owned):
            span = view.span(holder.start, m.end())
            view.b.relate(RelationType.INVESTED_IN, organisation_of(view, holder), organisation_of(view, owned), span)
    for m in _ONE_OF_HOLDERS.finditer(text):
        holder = view.mention_at(m.start("who"))
        company = organisation_of(view, view.mention_at(m.start("o"))) if m.group("o") else view.doc.topic
        if holder is not None and company is not None and not view.is_person(holder):
            span = view.span(m.start(), m.end())
            view.b.relate(RelationType.INVESTED_IN, organisation_of(view, holder), company, span)
    for m in _LEAD_INVESTOR_IS.finditer(text):
        company, lead = organisation_of(view, view.mention_at(m.start("o"))), view.mention_at(m.end())
        if company is not None and lead is not None and not view.is_person(lead):
            span = view.span(m.start(), lead.end)
            view.b.relate(
                RelationType.INVESTED_IN, organisation_of(view, lead), company, span, properties={"lead": True}
            )


def shareholders(view: SentenceView) -> None:
    text = view.text
    for m in _BACKED_BY.finditer(text):
        if (
            _THING_BACKED.search(text, 0, m.start())
            or _THING_OPENS.match(text)
            or _UNIT_HELD.search(text, 0, m.start())
        ):
            continue  # "The research was funded by X", "the plan is backed by X": no company's backers
        named = view.mention_before(m.start() + 1, limit=1) if text[m.start()] == "," else None  # "A, backed by B"
        backed = view.resolve(named, EntityKind.ORGANIZATION) if named and not view.is_person(named) else None
        # "Its rival X is backed by B": X, the name right before the verb, not the text's company
        verb = re.search(r"\b(?:backed|funded|bankrolled)\b", m.group(0))
        backed = backed or (passive_subject(view, m.start() + verb.start()) if verb else None)
        company = backed or view.subject_ref(m.start()) or view.doc.topic
        names = named_investors(view, listed_organisations(view, m.end()))
        if backed and len(names) == 2 and re.fullmatch(r",\s+and\s+", text[names[0].end : names[1].start]):
            names = names[:1]  # "X, backed by A, and B": the aside closes before B
        for n in names:
            view.b.relate(
                RelationType.INVESTED_IN,
                view.resolve(n, EntityKind.ORGANIZATION),
                company,
                view.span(m.start(), n.end),
                properties={"role": "backer"},
            )
    _counted_among(view)
    if "shareholder" not in text.lower() and "backers" not in text.lower():
        return
    for m in _HOLDERS_INCLUDE.finditer(text):
        if PART_HOLDERS.search(text, max(0, m.start() - 60), m.end()):
            continue  # "Backers of the unit include A": a part of a company the text does not name
        names = listed_organisations(view, m.end())
        arms = INVESTMENT_ARMS.search(text, m.end(), m.end() + 80)
        if arms:
            names += listed_organisations(view, arms.end())
        names = named_investors(view, names)
        owner = view.mention_before(m.start(), limit=3)  # "X's shareholders include": X's, else the text's company
        company = view.resolve(owner, EntityKind.ORGANIZATION) if owner is not None and owner.possessive else None
        whose = _WHOSE.search(text, 0, m.start())  # "X, whose backers include A, raised ...; Y ...": X's backers
        named = view.mention_before(whose.start() + 1, limit=1) if whose is not None else None
        if company is None and named is not None and not named.possessive and not view.is_person(named):
            company = view.resolve(named, EntityKind.ORGANIZATION)
        # "Other backers include A and B": the round's company, not A (which may have become the topic)
        company = company or target_outside(view, view.doc.last_round.get("company") or view.doc.topic or "", names)
        for n in names:
            view.b.relate(
                RelationType.INVESTED_IN,
                view.resolve(n, EntityKind.ORGANIZATION),
                company,
                view.span(m.start(), n.end),
                properties={"role": "shareholder"},
            )
    for m in _SHAREHOLDER.finditer(text):
        holder = view.mention_at(m.start("who"))
        company = view.subject_ref(m.start()) if holder is None or holder.start > 0 else view.doc.topic
        kind = EntityKind.PERSON if holder is not None and view.is_person(holder) else EntityKind.ORGANIZATION
        view.b.relate(
            RelationType.INVESTED_IN,
            view.resolve(holder, kind),  # "A has been its head since 1974 and is also its largest shareholder"
            company or view.doc.topic,
            view.span(m.start(), m.end()),
            properties={"role": "shareholder"},
        )


_SHAREHOLDERS_RULE = "holders.shareholders.INVESTED_IN"


def _counted_among(view: SentenceView) -> None:
    """ "X counts A and B among its investors", "counts among its investors A, the investment arm of B"."""
    text = view.text
    for m in _COUNTS_AMONG.finditer(text):
        if _UNIT_HELD.search(text, 0, m.start()):
            continue  # "X is spinning off its cloud business, which counts A among its investors": not X's
        company = view.subject_ref(m.start()) or view.doc.topic
        among = re.search(r"\bamong (?:its|their) (?:[a-z]+ )?(?:investors|backers|shareholders)\b", text[m.end() :])
        if among is None:
            continue
        # "counts A and B among its investors", "counts among its investors A, the investment arm of B"
        first = among.end() if among.start() == 0 else 0
        names = view.name_list(m.end() + first, None if first else m.end() + among.start())
        for n in names:
            view.b.relate(
                RelationType.INVESTED_IN,
                view.resolve(n, EntityKind.ORGANIZATION),
                company,
                # the rule it was measured under before it left shareholders()
                view.span(m.start(), m.end() + among.end()).model_copy(update={"rule": _SHAREHOLDERS_RULE}),
                properties={"role": "investor"},
            )


_ABOUT = r"(?:(?:a|an|about|around|roughly|some|nearly|almost|over|more than|just over|close to|approximately)\s+)*"
_PCT = r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
_STAKE = r"(?:stake|holding|interest|shareholding)"
# "A holds a 10% stake in B", "A owns 8% of B", "A all hold more than 5% in B", "A is left with an 88% stake in B"
_HOLDS = re.compile(
    rf"\b(?:(?P<verb>holds?|held|owns?|owned|retains?|retained|keeps?|kept|(?:is|was) left with)|has|had|controls?"
    rf"|controlled)\s+{_ABOUT}{_PCT}(?P<stake>\s+{_STAKE})?\s+(?:in|of)\s+(?:the\s+)?(?=[A-Z]|[a-z-]+\s)"
)
# "A's 10% stake in B"
_OWN_STAKE = re.compile(rf"['’]s?\s+(?:[a-z-]+\s+)?{_ABOUT}{_PCT}\s+{_STAKE}\s+in\s+(?:the\s+)?(?=[A-Z])")
# "A says its 15% stake in B is worth $900m", "after the value of its stake in B went up": the clause's subject holds it
_ITS_STAKE = re.compile(
    rf"\b(?:its|their)\s+(?:(?:[a-z-]+\s+)?{_ABOUT}{_PCT}\s+{_STAKE}|(?<=value of its )stake)\s+in\s+(?:the\s+)?"
)
# a stake sold or about to be: "sold its 20% stake in B", "plans to sell its stake in B"
_SALE_BEFORE = re.compile(
    r"\b(?:sell|sold|sells|selling|sale|divest\w*|offload\w*|dispos\w+|exit\w*|unload\w*|dump\w*)\b"
)
# "A has bought additional shares in B, taking its holdings in the EV maker to 49.5%": A now holds 49.5% of B
_BOUGHT_SHARES_IN = re.compile(
    r"\b(?:bought|buys|purchased|purchases|acquired)\s+(?:[a-z]+\s+){0,2}?(?:shares|stock)\s+in\s+(?:[a-z-]+\s+){0,3}"
    r"(?=[A-Z])"
)
_TAKING_TO = re.compile(
    rf"[^.;]{{0,40}}?,?\s+(?:taking|bringing|raising|lifting|increasing)\s+(?:its|their|his|her)\s+"
    rf"(?:holdings?|{_STAKE})\b[^.;]{{0,50}}?\bto\s+{_ABOUT}{_PCT}"
)
# "A increased its stake in scooter maker B to 41.7%", "A cut its holding in B to 3%": A now holds that much
_STAKE_CHANGED_IN = re.compile(
    rf"\b(?:increased|raised|lifted|boosted|upped|cut|reduced|trimmed|lowered)\s+(?:its|their|his|her)\s+{_STAKE}s?"
    r"\s+in\s+(?:[a-z-]+\s+){0,3}(?=[A-Z])"
)
_TO_PCT = re.compile(rf"\s+(?:to|at)\s+{_ABOUT}{_PCT}")
_STAKE_SOLD = re.compile(r"\s+(?:was|were|has been|had been|is being|will be)\s+(?:sold|divested|offloaded)\b")
_NOT_YET = re.compile(r"\b(?:will|would|could|may|might|plans? to|planning to|expected to|aims? to|set to|to)\s+$")


def stakes_held(view: SentenceView) -> None:
    """Who holds what share of a company: "A holds a 10% stake in B", "A's 10% stake in B" (a holding, not a
    purchase: buying a stake is acquisitions.py's)."""
    text = view.text
    for m in _HOLDS.finditer(text):
        if not (m.group("verb") or m.group("stake")) or _NOT_YET.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "has 5% of B" says no stake; "plans to hold 5% of B": not held yet
        relative = relative_agent(view, m.start())  # "A owns 12% of B, which owns 40% of X": B holds 40% of X
        holders = relative if relative is not None else _stake_holders(view, m)
        adjacent = view.mention_before(m.start(), limit=2)
        if adjacent is not None and adjacent not in holders and not in_aside(text, adjacent, m.start()):
            holders = [adjacent]  # "X founder A holds 13.8% of X": A, the name right before the verb
        for holder in holders:
            _held_stake(view, holder, invested_name(view, m.end()), float(m.group("pct")), m.end())
    for m in _BOUGHT_SHARES_IN.finditer(text):
        owned = view.mention_at(m.end())
        taking = _TAKING_TO.match(text, owned.end) if owned is not None else None
        if taking is not None:
            for holder in clause_agents(view, m.start()):
                _held_stake(view, holder, owned, float(taking.group("pct")), m.end())
    for m in _STAKE_CHANGED_IN.finditer(text):
        owned = view.mention_at(m.end())
        to_pct = _TO_PCT.match(text, owned.end) if owned is not None else None
        if to_pct is not None and not _NOT_YET.search(text[max(0, m.start() - 20) : m.start()]):
            for holder in _stake_holders(view, m):
                _held_stake(view, holder, owned, float(to_pct.group("pct")), m.end())
    for m in _ITS_STAKE.finditer(text):
        owned = invested_name(view, m.end())
        sold = _SALE_BEFORE.search(text, clause_start(text, m.start()), m.start())
        if owned is not None and sold is None and not _STAKE_SOLD.match(text, owned.end):
            pct = re.search(_PCT, m.group(0))
            for holder in _stake_holders(view, m):
                _held_stake(view, holder, owned, float(pct.group("pct")) if pct else None, m.end())
    for holder in view.mentions:
        found = _OWN_STAKE.match(text, holder.end) if holder.possessive else None
        owned = invested_name(view, found.end()) if found is not None else None
        if found is None or (owned is not None and _STAKE_SOLD.match(text, owned.end)):
            continue  # "A's 100 percent stake in B was sold": held no more
        _held_stake(view, holder, owned, float(found.group("pct")), found.end())


def _stake_holders(view: SentenceView, stake: re.Match[str]) -> list[Mention]:
    """Who holds the stake `stake` states: the clause's subject, but in "A said X holds 4% of B" X, not A."""
    said, named = reported_subject(view, clause_start(view.text, stake.start()), stake.end())
    if said:
        return [named] if named is not None else []
    return clause_agents(view, stake.start())


# "a 15% interest in the Kestrel oilfield", "20% of the Orsk copper mine": an asset the name only describes
_ASSET_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:oil\s?fields?|gas\s?fields?|fields?|mines?|projects?|plants?|blocks?|licen[cs]es?|"
    r"concessions?|pipelines?|refiner(?:y|ies)|terminals?|joint ventures?|ports?|towers?|buildings?|properties|"
    r"property|sites?|facilit(?:y|ies)|farms?|deposits?|reserves?|assets?)\b"
)


def _held_stake(view: SentenceView, holder: Mention, owned: Mention | None, pct: float | None, end: int) -> None:
    if owned is None or view.is_person(owned) or owned.start < end or holder.text == owned.text:
        return
    if not owned.possessive and _ASSET_AFTER.match(view.text, owned.end):
        return  # "holds a 15% interest in the Kestrel oilfield": an asset, not a company
    if not named_investors(view, [holder]):
        return  # "the A family holds 40% of X", "the B government holds": a body the text does not name
    person = view.is_person(holder) or looks_like_person(holder.text)
    kind = EntityKind.PERSON if person else EntityKind.ORGANIZATION
    view.b.relate(
        RelationType.INVESTED_IN,
        view.resolve(holder, kind),
        organisation_of(view, owned),
        view.span(holder.start, owned.end),
        properties={"stake_pct": pct} if pct is not None else None,
    )
