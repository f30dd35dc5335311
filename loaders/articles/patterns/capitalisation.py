"""What the market values a listed company at: "X has a market capitalization of about $36 billion", "Ford's
capitalization stands at $46 billion", "giving it a market value of HK$170 billion", and a debut or a close
"valuing the company at $179 billion".

A market value is a valuation whose basis is the share price, not a funding round: it is stated as a VALUATION
event with `basis: market capitalization`, so an analyst can tell the two apart.
"""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import EXCHANGE_WORDS, INDEX_WORDS
from loaders.articles.patterns.clauses import clause_date, which_antecedent
from loaders.articles.patterns.valuations import LISTED_VALUE
from loaders.drafts import EventDraft
from loaders.money import AmountMatch

BASIS = "market capitalization"
# "market capitalization of", "market cap stands at", "market value topped", "capitalisation reached"
_CAP = re.compile(
    r"\b(?:market\s+(?:capitali[sz]ation|cap|value)|capitali[sz]ation)s?\s+"
    r"(?:of|at|to|was|is|stands\s+at|stood\s+at|reached|hit|topped|surpassed|above|beyond|exceeding|exceeded)\s+"
    r"(?:(?:about|around|roughly|nearly|over|more than|some|approximately|close to|just over)\s+)?$",
    re.IGNORECASE,
)
# "Ford Motor's (ticker: F) capitalization", "X's market value": the owner right before the noun
_OWNER = re.compile(r"['’]s?\s+(?:\([^()]{1,30}\)\s+)?(?:[a-z-]+\s+){0,2}$")
_PRONOUN = re.compile(r"\b(?:its|giving it|gave it|gives it|valuing it|with)\s+(?:an?\s+)?$", re.IGNORECASE)
_GAVE_THE_FIRM = re.compile(
    r"\b(?:gave|giving|gives|give|lifting|lifted|leaving|left)\s+(?:it|the\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|group|"
    r"maker|business|lender|bank|carrier|insurer|retailer))\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}$"
)
_FREE_FLOAT = re.compile(r"\b(?:free[- ]float|float-adjusted)\s+(?:market\s+)?$", re.IGNORECASE)
_SEVERAL = re.compile(r"\b(?:combined|together|collectively|total|respectively|caps)\b", re.IGNORECASE)


def apply(view: SentenceView) -> None:
    market_values(view)
    listed_values(view)


# "closed up 64% at RMB 224.1, valuing X at about RMB 23.9 billion", "At the open, X was valued at almost $60 billion"
_VALUED_AT = re.compile(
    r"\b(?:valuing|valued|values)\s+(?P<who>it|the (?:[\w-]+ ){0,3}?(?:company|firm|group|start-?up|maker|developer)"
    r"|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})?\s*at\s+"
    r"(?:(?:about|around|roughly|nearly|over|more than|some|almost|approximately|close to|just over)\s+)?$"
)


def listed_values(view: SentenceView) -> None:
    """What listed shares value their company at, said of a debut, the open or a close."""
    for found in view.amounts:
        cue = _VALUED_AT.search(view.text, max(0, found.start - 80), found.start)
        if cue is None or found.money.amount < 1e8:
            continue
        if not LISTED_VALUE.search(view.text[clause_start(view.text, cue.start()) : found.end + 40]):
            continue  # a round's valuation: valuations.valuations reads it (rule deals.valuations)
        named = view.mention_at(cue.start("who")) if cue.group("who") and cue.group("who")[0].isupper() else None
        if named is not None and not view.is_person(named):
            company = _organisation(view, view.resolve(named, EntityKind.ORGANIZATION))
        else:
            # "The Ledger reported that its shares rose ..., valuing the firm at": the firm, not the outlet
            subject = view.reported_subject(cue.start()) or view.subject_ref(cue.start())
            company = _organisation(view, subject or view.doc.topic)
        if company is not None:
            _market_value(view, company, found, cue.start(), "capitalisation.listed_values.VALUATION")


def market_values(view: SentenceView) -> None:
    for found in view.amounts:
        head = view.text[max(0, found.start - 70) : found.start]
        cue = _CAP.search(head)
        if cue is None or found.money.amount < 1e8 or _SEVERAL.search(view.text[: found.end]):
            continue  # "the market caps of A and B stand at ... respectively": several companies
        if _FREE_FLOAT.search(head, 0, cue.start()):
            continue  # what the traded shares are worth, not the company
        cue_start = found.start - (len(head) - cue.start())
        company = _owner(view, cue_start)
        if company is not None:
            _market_value(view, company, found, cue_start, "capitalisation.market_values.VALUATION")


def _market_value(view: SentenceView, company: str, found: AmountMatch, cue_start: int, rule: str) -> None:
    """One VALUATION on the basis of the share price; `rule` names the reading, so calibration weighs each apart."""
    money = found.money
    date = view.date_near(found.end, after_only=True, window=40) or clause_date(view, cue_start)
    props: dict[str, str] = {"basis": BASIS}
    if found.qualifier:
        props["qualifier"] = found.qualifier
    view.b.event(
        EventDraft(
            kind=EventKind.VALUATION,
            subject=company,
            date=date,
            summary=f"market value {money}",
            amount=money,
            properties=props,
            qualifier=f"{money.currency}{money.amount}",
            span=view.span(clause_start(view.text, cue_start), found.end).model_copy(update={"rule": rule}),
        ),
        (EventKind.VALUATION, company, str(date), money.amount, money.currency),
    )


def _owner(view: SentenceView, cue: int) -> str | None:
    """The company whose market value the cue states: "X's market cap", "X, which has a market value of", "its
    market value" (the company the sentence or the text is about), else the clause's subject."""
    before = view.text[:cue]
    owner = _OWNER.search(before)
    named = view.mention_before(owner.start() + 1, limit=1) if owner else None
    if named is not None and named.possessive and not view.is_person(named):
        return _organisation(view, view.resolve(named, EntityKind.ORGANIZATION))
    antecedent = which_antecedent(view, cue) or _which_went_on(view, before)
    if antecedent is not None:
        return _organisation(view, antecedent)
    earlier = subject_before(view, cue)
    if earlier is not None:
        return _organisation(view, earlier)
    if _PRONOUN.search(before):
        return _organisation(view, view.subject_ref(cue) or view.doc.topic)
    subject = view.subject_mention(cue)
    if subject is not None and _EXCHANGE_AFTER.match(view.text, subject.end):
        return None  # "the X stock exchange gave a price ..., implying a market value of": the listed company's
    return _organisation(view, view.subject_ref(cue))


# "led by X, which surged 19%, marking a record and pushing its market cap beyond": the participles go on with what
# X did, so "its" is X's, not the dateline's or the sentence's subject
_WHICH = re.compile(r",\s+which\s+")
_PARTICIPLE_ITS = re.compile(r",\s+(?:[a-z]+ing\b[^,;]{0,60}?\band\s+)?[a-z]+ing\s+its\s+$")
_SAID = re.compile(r"\b(?:said|says|reported|noted|added|told)\b")  # "X, which tracks it, said Y rose": Y's


def _which_went_on(view: SentenceView, before: str) -> str | None:
    which = next(reversed(list(_WHICH.finditer(before))), None)
    rest = before[which.end() :] if which is not None else ""
    if which is None or ";" in rest or _SAID.search(rest) or not _PARTICIPLE_ITS.search(before, which.end()):
        return None
    return which_antecedent(view, which.end())


_EXCHANGE_AFTER = re.compile(r"\s+(?:stock\s+)?(?:exchange|bourse|index)\b", re.IGNORECASE)


def subject_before(view: SentenceView, cue: int) -> str | None:
    """X of "X's shares rose 8%. The gain gave the firm a market value of": the company the sentence before opened
    with, when this one names none before the cue; not the text's first company."""
    if not _GAVE_THE_FIRM.search(view.text, 0, cue) or view.subject_mention(cue) is not None:
        return None
    return view.doc.last_subject


def _organisation(view: SentenceView, ref: str | None) -> str | None:
    if ref is None or view.b.record(ref).kind != EntityKind.ORGANIZATION:
        return None
    record = view.b.record(ref)
    last_word = record.name.split()[-1].lower()
    if {"index", "exchange", "brokerage"} & record.categories or last_word in INDEX_WORDS | EXCHANGE_WORDS:
        return None  # "the index's market value": no company's; a brokerage quoted on ratings is not the topic
    return ref
