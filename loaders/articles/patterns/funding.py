"""Funding rounds, investors, valuations (conflicting values kept side by side), shareholders; who raised a round
and how much is round_raiser.py's."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind, Money, RelationType
from loaders.articles.clause_views import clause_views
from loaders.articles.confidence import blank_relative_clauses
from loaders.articles.context import SentenceView, clause_start, money_props
from loaders.articles.mentions import Mention
from loaders.articles.patterns.capitalisation import subject_before
from loaders.articles.patterns.clauses import (
    PART_WHICH,
    event_date,
    organisation_of,
    which_antecedent,
)
from loaders.articles.patterns.money_owner import (
    MANY_RAISED,
    ONGOING,
    bought_company,
    in_yen,
    news_outlet,
    passive_subject,
    round_company,
    unit_raised,
    value_subject,
    valued_organisation,
    valuer,
)
from loaders.articles.patterns.round_kinds import LISTING, RAISED_OTHERWISE, TOTAL_RAISED
from loaders.articles.patterns.round_parties import (
    LED,
    LED_BY,
    Parties,
    read_parties,
    round_for,
)
from loaders.articles.patterns.round_raiser import ROUND_OWNER, THE_ROUND, VALUED, amount_after, company_and_amount
from loaders.articles.patterns.valuations import (
    LISTED_VALUE,
    NOT_A_COMPANY_VALUE,
    PLURAL_VALUED,
    invested_company,
    relative_raiser,
)
from loaders.drafts import EventDraft
from loaders.money import AmountMatch

_ROUND = re.compile(
    r"\b(?:funding round|financing round|round|raised|raises|raise|funding|closed a|(?-i:investment))\b"
    # "a $40 million Series B financing led by A": equity, not a loan
    r"|\b(?:Series [A-H]\d?\+?|seed|angel|pre-[A-Z]\w*|equity|venture|growth) financing\b"
    r"|\bfinancing (?:led by|from)\b|\bSeries [A-H]\d?\+? (?:(?:was|is|were) )?(?:co-)?led by\b"  # "Series B led by"
    r"|\b(?:financing|round)\b[^.;]{0,40}\binvested by\b"  # "the financing was jointly invested by A and B"
    r"|\bSeries [A-H]\d?\+? (?:in|into|for) (?-i:[A-Z])"  # "A led a $5m Series A in X": no word "round"
    # "X secures €8m to expand", "X bags $5 million": an amount right after the verb, no loan, grant or order
    r"|\b(?:secured|secures|bagged|bags|landed|lands|snagged|snags)\s+(?:an?\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+|roughly\s+)?"
    r"(?:(?:[$€£¥]|(?:US|HK|S|NT|A|C)\$|RMB\s?|Rs\.?\s?)\d"
    r"|\d[\d.,]*\s*(?:(?:million|billion|mn|bn)\s+)?(?:yuan|euros?|yen|won|rupees|pounds|dollars)\b)"
    r"(?!(?:[^,;.]|[.,](?=\d)){0,60}\b(?:loans?|debt|credit|bonds?|notes|grants?|subsid\w+|orders?|contracts?|deals?|"
    r"revenues?|sales|valuation)\b)",
    re.IGNORECASE,
)
_STAGE = re.compile(r"\b(?P<stage>(?:pre-)?Series [A-H]\d?\+?|seed|angel|Pre-IPO|strategic)\b(?: round)?")
_OFFERING = re.compile(r"\b(?:IPO|offering|issue|sale|listing)\)?\s+$")  # "the IPO was valued at": its size
_VALUATION_AT = re.compile(
    r"\b(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*|its)['’]?s? valuation (?:at|to|above|of|past|over)\s+"
)
_FIGURE_SAME = re.compile(r"\ba figure of\s+(?:about |around |roughly )?", re.IGNORECASE)
_MARKET_VALUE = re.compile(
    r"\bmarket (?:value|capitalisation|capitalization|cap)(?: [a-z]+){0,2}? "
    r"(?:of|to|above|past|topped|hit|passed|crossed|exceeded|surpassed|reached)\s+"
)
# "the likes of A and B raised $40m and $7m respectively": several companies, whose amount is whose
_SEVERAL = re.compile(r"\brespectively\b|\bthe likes of\b|\bbetween them\b")
_EARLIER_ROUND = re.compile(r"\b(?:before|since|prior to|ahead of) (?:the|this|its|that) (?:[\w$.-]+ ){0,3}?round\b")
_LISTING_AHEAD = re.compile(
    r"\b(?:weigh(?:s|ing)?|consider(?:s|ing)?|mull(?:s|ing)?|explor(?:es|ing)|prepar(?:es|ing)|plan(?:s|ning)?|"
    r"ahead of|eye(?:s|ing)?|gears? up for|gearing up for)\b[^.;]*"
)
_ROUND_NAMED = re.compile(r"\b(?:round|Series [A-H]|seed|financing)\b")
_PRIVATE_ROUND = re.compile(
    r"\b(?:round|Series [A-H]|seed|financing|funding|venture|valuation|from (?:\w+ )?investors including)\b",
    re.IGNORECASE,
)


_POST_OF = re.compile(r"(?:GM|CEO|CFO|CTO|COO|MD|Chairman|President|Director|Head|Founder|Co-Founder)\s+of\s")


def _qual(a: AmountMatch | None) -> str | None:
    return a.qualifier if a else None


def apply(view: SentenceView) -> None:
    """Funding rounds and their leads and investors. The readers below find them; the round and the investments are
    stated here, so they keep the rules `funding.apply.FUNDING_ROUND` and `funding.apply.INVESTED_IN`."""
    _valuations(view, view.amounts)
    if not _reads_as_round(view):
        return  # a clause of a sentence about a listing, debt, a price target or a total is none either
    for clause in clause_views(view):  # "A raised $20m led by B; C raised $9m": a round in each clause
        if clause.text.strip():
            _apply(clause)


def _apply(view: SentenceView) -> None:
    """The round a clause reports, with its leads and investors (its statements keep the rules of `apply`)."""
    if not _reads_as_round(view) or _SEVERAL.search(view.text) or ONGOING.search(view.text):
        return  # "A and B raised ... respectively", "X is raising a new round": no one round done
    parties = read_parties(view)
    if parties.raised and (
        MANY_RAISED.search(view.text, 0, parties.raised.start()) or unit_raised(view, parties.raised.start())
    ):
        return  # "when such startups raised $8.8 billion": many companies' sum, no one company's round
    company, amount = company_and_amount(view, parties)
    if company is not None and (
        company in parties.leads or _own_investor(view, parties, company) or news_outlet(view, company)
    ):
        # "the startup closed a round led by the holding company A": A, taken for the startup, led it; "A, the
        # parent of X, led the round": A leads a round of a company the sentence does not name
        return
    amount = in_yen(view, amount)
    leads = [r for r in dict.fromkeys(parties.leads) if r and r != company]
    investors = [r for r in dict.fromkeys(parties.investors) if r and r != company and r not in leads]
    if company is None or view.b.record(company).kind != EntityKind.ORGANIZATION or not (amount or leads or investors):
        return  # only a company raises a round: "A raised $1bn" of a person names no round of theirs
    if _POST_OF.match(view.b.record(company).name):
        return  # "GM of X", a headline's post taken for the text's company
    if amount is None and not (parties.raised or parties.led or parties.led_by or parties.joined or investors):
        return
    draft = _round_draft(view, company, amount, leads, investors)
    text, date = view.text, draft.date
    # "backed by investors including A": no round is named; "Co-leading the round are A and B": the round
    # already read ("the round" of the same company, nothing new about it) is not a second one
    same_round = amount is None and draft.stage is None and view.doc.last_round.get("company") == company
    if (amount or draft.stage or _ROUND_NAMED.search(text)) and not (same_round and THE_ROUND.search(text)):
        view.b.event(draft, (EventKind.FUNDING_ROUND, company, str(date), amount.money.amount if amount else None))
        view.doc.last_round = {"company": company, "date": date, "block": view.sentence.block}
    for ref in [*leads, *investors]:
        lead = {"lead": True} if ref in leads else {}
        view.b.relate(
            RelationType.INVESTED_IN,
            ref,
            company,
            view.whole(),
            valid_from=date,
            properties={**lead, "round": str(date) if date else None},
            qualifier=str(date) if date else None,
        )


def _own_investor(view: SentenceView, parties: Parties, company: str) -> bool:
    """ "The company raised $5m from A" where the context's company is A: no company raises money from itself."""
    raised = parties.raised
    return company in parties.investors and raised is not None and view.subject_mention(raised.start()) is None


def _reads_as_round(view: SentenceView) -> bool:
    """Whether the sentence can report a private round at all (not a listing, debt, a share sale or a total)."""
    text = view.text
    # "X, which plans an IPO, raised ...", "raised $100m as it weighs an IPO": a round; the listing is to come
    listing = bool(LISTING.search(_LISTING_AHEAD.sub(" ", blank_relative_clauses(text))))
    if not _ROUND.search(text) or listing or RAISED_OTHERWISE.search(text):
        return False
    if TOTAL_RAISED.search(text) and not _ROUND_NAMED.search(_EARLIER_ROUND.sub(" ", text)):
        return False  # "had raised $1bn before this latest round": a total; the round named is another
    # "X raised US$113.6 million" in a story about its debut or a bond sale: the offering's proceeds
    return not view.doc.about_offering or bool(_PRIVATE_ROUND.search(text) or LED.search(text) or LED_BY.search(text))


def _round_draft(
    view: SentenceView, company: str, amount: AmountMatch | None, leads: list[str], investors: list[str]
) -> EventDraft:
    text = view.text
    round_word = re.search(r"\bround\b", text)
    date = (view.date_near(round_word.end(), after_only=True, window=15) if round_word else None) or (
        event_date(view) or (view.doc.last_date if re.search(r"\bthe same month\b", text, re.IGNORECASE) else None)
    )
    stage_m = _STAGE.search(text)
    valued = VALUED.search(text)
    valuation = amount_after(view.amounts, valued.end(), window=14) if valued else None
    props = {
        "amount_qualifier": _qual(amount),
        "usd_approx": amount.usd_approx.amount if amount and amount.usd_approx else None,
        "valuation_qualifier": _qual(valuation),
    }
    amount_text = re.search(r"\"?(hundreds of millions|tens of millions|billions) of (?:dollars|yuan)\"?", text)
    if amount_text:
        props["amount_text"] = amount_text.group(1)
    return EventDraft(
        kind=EventKind.FUNDING_ROUND,
        subject=company,
        date=date,
        summary=f"funding round{' ' + stage_m.group('stage') if stage_m else ''}",
        amount=amount.money if amount else None,
        stage=stage_m.group("stage") if stage_m else None,
        post_money=valuation.money if valuation else None,
        leads=tuple(leads),
        participants=tuple(investors),
        properties={k: v for k, v in props.items() if v is not None},
        qualifier=str(date) if date else None,
        span=view.whole(),
    )


def _valuation_event(
    view: SentenceView,
    company: str | None,
    found: AmountMatch,
    start: int,
    kind: str = "valuation",
    source: str | None = None,
) -> None:
    if not valued_organisation(view, company) or ONGOING.search(view.text, clause_start(view.text, start), start):
        return  # "X was conducting a round at a valuation of $2bn": a round under way sets no value yet
    if PART_WHICH.search(view.text, 0, start) or PLURAL_VALUED.search(view.text, max(0, start - 60), start):
        return  # "X's payments unit, which is valued at": the unnamed unit's value; "A and B, which have been"
    if kind == "valuation" and LISTED_VALUE.search(view.text[clause_start(view.text, found.start) : found.end + 40]):
        kind = "market value"  # "at the open, X was valued at ...": what listed shares are worth
    near = view.date_near(found.end, after_only=True, window=40)
    if kind != "valuation":
        # a market value is the price of listed shares, not a valuation someone agreed to: an attribute only
        view.b.attribute(
            company,
            "market_cap",
            money_props(found.money),
            view.span(start, found.end),
            valid_from=near or view.doc.published_at,
            properties={"qualifier": found.qualifier} if found.qualifier else None,
        )
        return
    date = near or event_date(view) or view.doc.last_round.get("date")
    if re.search(r"\bsame (?:round|deal)\b", view.text):
        date = view.doc.last_round.get("date") or date
    elif re.search(r"\bthe same month\b", view.text, re.IGNORECASE) and view.sentence_date() is None:
        date = view.doc.last_date
    if kind == "market value" and date is None:
        date = view.doc.published_at
    props = {
        "qualifier": found.qualifier,
        "kind": kind,
        "source": source,
        "usd_approx": found.usd_approx.amount if found.usd_approx else None,
    }
    money: Money = found.money
    view.b.event(
        EventDraft(
            kind=EventKind.VALUATION,
            subject=company,
            date=date,
            summary=f"{kind} {money}",
            amount=money,
            properties={k: v for k, v in props.items() if v is not None},
            qualifier=f"{money.currency}{money.amount}",
            span=view.span(start, found.end),
        ),
        (EventKind.VALUATION, company, str(date), money.amount, money.currency),
    )
    view.b.attribute(
        company,
        "valuation" if kind == "valuation" else "market_cap",
        money_props(money),
        view.span(start, found.end),
        valid_from=date,
        properties={k: v for k, v in props.items() if v is not None},
    )


def _round_owner(view: SentenceView, end: int) -> Mention | None:
    """X in "took part in X's $6 billion round valuing it at": the possessive owner of the round before `end`."""
    owners = list(ROUND_OWNER.finditer(view.text, 0, end))
    found = owners[-1] if owners else None
    named = view.mention_at(found.start("o")) if found else None
    return named if named is not None and named.possessive else None


def _valuations(view: SentenceView, amounts: list[AmountMatch]) -> None:
    text = view.text
    for m in VALUED.finditer(text):
        found = amount_after(amounts, m.end(), window=14)
        if (
            not found
            or found.money.amount < 1e6
            or (m.group("who3") is not None and _OFFERING.search(text, 0, m.start()))
            or (m.group("who3") is not None and NOT_A_COMPANY_VALUE.search(text[max(0, m.start() - 50) : m.start()]))
        ):
            continue  # "the scrip was valued at ₹137": a share's price; "the IPO (the stake) was valued at": its size
        who = m.group("who")
        if who is None or who in ("it", "them") or who.startswith("the "):
            appraiser = valuer(view, m)
            # "A led a $75m investment in X, valuing it at ...", "X's round valued the company at": the round's
            # company, not its lead
            named = organisation_of(view, round_for(view) or _round_owner(view, m.start())) if who is not None else None
            if who is not None:  # "A led the round, valuing the startup at ...": the round's company, not A
                # "A invested in X ..., valuing the company at": X, not A
                named = named or bought_company(view, m.start()) or invested_company(view, m.start())
                named = named or round_company(view)
            company = (
                named
                or (bought_company(view, m.start()) if m.group("who3") is None else None)  # "a stake in X at a ..."
                or which_antecedent(view, m.start())  # "X's peer Y, which is valued at ...": Y
                or value_subject(view, m.start())  # "X's $6.6bn raise at a valuation of": X
                or (
                    passive_subject(view, m.start() + m.group(0).find("valued"))
                    if m.group("who3") is not None
                    else None
                )  # "A said X was valued"
                or view.reported_subject(m.start())
                or relative_raiser(view, m.start())  # "competes with Y, which raised $9m at a valuation of": Y
                or (None if appraiser else view.subject_ref(m.start()))
                or view.doc.last_round.get("company")
                or view.doc.topic
            )
            if appraiser is not None and company == view.resolve(appraiser, EntityKind.ORGANIZATION):
                continue
        else:
            company = view.resolve(view.mention_at(m.start("who")), EntityKind.ORGANIZATION)
        _valuation_event(view, company, found, m.start())
    for m in _VALUATION_AT.finditer(text):
        found = amount_after(amounts, m.end(), window=14)
        if not found:
            continue
        if view.mentions_in(m.end(), found.start):
            continue  # "its valuation of X to $310m": X's value (valuations.py), not the holder's marking it
        who = m.group("who")
        company = (
            view.doc.topic if who == "its" else view.resolve(view.mention_at(m.start("who")), EntityKind.ORGANIZATION)
        )
        if who == "its" and view.doc.last_round.get("block") == view.sentence.block:
            company = view.doc.last_round.get("company") or company
        if who == "its" and company in read_parties(view).leads:
            continue  # "a round led by A, lifting its valuation": the company that raised, not A

        qualifier_word = re.search(r"(above|over|past)\s+$", text[: m.end()])
        if qualifier_word and found.qualifier is None:
            found = AmountMatch(found.money, found.start, found.end, "more than", found.usd_approx, found.approx_end)
        source = re.match(r"^([A-Z][a-z]+(?: [a-z]+){1,4}) (?:put|said|reported)", text)
        _valuation_event(view, company, found, m.start(), source=source.group(1).lower() if source else None)
    for m in _FIGURE_SAME.finditer(text):
        found = amount_after(amounts, m.end() - 8, window=20)
        if found and re.search(r"\bsame (?:round|deal)\b", text[m.end() :]):
            source = re.search(r"(?:while|and)\s+([A-Za-z ]+?) reported", text)
            _valuation_event(
                view,
                view.doc.last_round.get("company") or view.doc.topic,
                found,
                m.start(),
                source=source.group(1) if source else None,
            )
    for m in _MARKET_VALUE.finditer(text):
        found = amount_after(amounts, m.end(), window=14)
        if found:
            company = subject_before(view, m.start()) or view.subject_ref(m.start()) or view.doc.topic
            _valuation_event(view, company, found, m.start(), kind="market value")
