"""Whose money a sentence speaks of: the company raising a round or valued, named by "raised", "X's round", "a
round in X", or the one that reports it; and the currency a "¥" stands for."""

from __future__ import annotations

import dataclasses
import re

from graph.model import EntityKind, Money
from loaders.articles.context import SentenceView
from loaders.articles.mentions import looks_like_person
from loaders.money import AmountMatch

_ORG = EntityKind.ORGANIZATION

_LIST_OWNER = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[a-z-]+ ){0,3}(?:investors|backers|shareholders)\b"
    r"|\b(?:[Ii]nvestors|[Bb]ackers|[Ss]hareholders|[Pp]articipants) in (?:the )?"
    r"(?P<o2>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
)
# "X's Series C round", "X's valuation": the company the money went to
_MONEY_OWNER = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[\w$.-]+ ){0,4}?(?:round|funding|fundraising|valuation)\b"
)
ROUND_IN = re.compile(r"\b(?:round|funding|financing|investment)\s+(?:in|for|into)\s+(?=[A-Z])")
_MANY = r"(?:start-?ups|companies|firms|businesses|ventures|unicorns|players|developers|(?:chip|car|auto)?makers)"
# "when such startups raised $8.8 billion", "A, B and C together raised": many companies' sum, no one company's round
MANY_RAISED = re.compile(
    rf"\b{_MANY}\s+(?:(?:have|had|also|collectively|together|reportedly|already|jointly)\s+)*$"
    r"|\b(?:together|collectively|combined|between them)\s+(?:(?:have|had|also)\s+)*$"
    # "Startups including A, B and C have raised ...": the plural noun, then examples of it
    rf"|^(?:[\w-]+\s+){{0,3}}?{_MANY},?\s+(?:including|such as|like)\s[^;]*$",
    re.IGNORECASE,
)
_RAISE_VERB = re.compile(r"\b(?:raised|raises|secured|closed|completed|landed|received)\b")


def round_company(view: SentenceView) -> str | None:
    """The company raising money in this sentence: the subject of "raised", the owner of "X's round", else the
    round or the company the text is about."""
    listed_for = _LIST_OWNER.search(view.text)  # "X's backers include", "investors in X's listing included"
    if listed_for:
        named = view.mention_at(listed_for.start("o") if listed_for.group("o") else listed_for.start("o2"))
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    round_in = ROUND_IN.search(view.text)
    if round_in:  # "led a $1 billion round in Moonshot AI": the round names its company
        named = view.mention_at(round_in.end())
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    raised = _RAISE_VERB.search(view.text)
    if raised and MANY_RAISED.search(view.text, 0, raised.start()):
        return None  # "startups raised $994 million as investors poured money into companies like A": no one's round
    if raised:
        subject = view.subject_ref(raised.start())
        if subject is not None:
            return subject
    owner = _MONEY_OWNER.search(view.text)
    if owner:
        owner_m = view.mention_before(owner.end("o"), limit=0)
        # "X's Series C round"; in "A leads the Series C round" A is the lead, not the company
        if owner_m is not None and owner_m.possessive and not looks_like_person(owner_m.text):
            return view.resolve(owner_m, _ORG)
    return view.doc.last_round.get("company") or view.doc.topic or reporting_company(view)


# "The round was led by A, X said in a statement": X speaks of its own round
_REPORTED_BY = re.compile(
    r",\s+(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4})\s+(?:said|says|announced|confirmed)\b[^,;]{0,60}$"
)


def reporting_company(view: SentenceView) -> str | None:
    """The company that reports the round at the sentence's end ("..., X said on Monday."), for a text that has not
    named its company yet."""
    found = _REPORTED_BY.search(view.text.rstrip(" ."))
    named = view.mention_at(found.start("who")) if found is not None else None
    return view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None


_JAPAN = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka)\b")
_CHINA = re.compile(r"\b(?:yuan|RMB|renminbi|China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)\b")


def in_yen(view: SentenceView, amount: AmountMatch | None) -> AmountMatch | None:
    """ "¥20 billion" in a text about Japan is yen: the sign is written the same for yen and yuan."""
    if amount is None or amount.money.currency != "CNY" or view.text[amount.start : amount.start + 1] not in "¥￥":
        return amount
    if len(_JAPAN.findall(view.b.source)) <= len(_CHINA.findall(view.b.source)):
        return amount
    return dataclasses.replace(amount, money=Money(amount=amount.money.amount, currency="JPY"))
