"""Price targets stated without an active verb of the broker's: wire lines ("Micron price target raised to $150
from $130 at Mizuho", "X had its target price cut by analysts at Y", "the target price for X was raised to 115
yuan"), a target held "up from" or "down from" the prior one, and broker tables ("UBS | Buy | 180 -> 160")."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.analysts import (
    GUIDANCE,
    acting,
    analyst_event,
    context_actor,
    last_rated,
    rated_after,
    rated_in_context,
)
from loaders.articles.patterns.rating_ladder import ladder_says

_ORG = EntityKind.ORGANIZATION


def apply(view: SentenceView) -> None:
    passive_targets(view)
    received_targets(view)
    held_targets(view)
    table_targets(view)


_TARGET = r"(?:(?:stock[- ])?price[- ]target|target[- ]price|price objective|(?-i:PT|TP)|(?:12-month\s+)?target)"
_UP = ("rais", "lift", "increas", "boost", "hik", "bump")
_PRICE = re.compile(r"(?:[$€¥£₹]|\b(?:HK|NT|US|S)\$|\b(?:Rs|RMB|HKD|KRW|INR|CNY|TWD|USD)\b|\d\s*(?:won|yuan|yen))")

# "Micron price target raised to $150 from $130 at Mizuho", "the target price for SMIC has been raised from 53 yuan
# to 75 yuan", "GigaDevice's target was lifted to RMB234", "Baidu had its target price cut by analysts at HSBC"
_PASSIVE_TARGET = re.compile(
    rf"(?:(?P<owner>(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}}))(?:['’]s?)?\s+(?:\([^()]{{0,30}}\)\s+)?(?:had its\s+)?"
    rf"|\b(?:[Tt]he|[Ii]ts)\s+)?{_TARGET}(?:\s+(?:for|on)\s+(?=[A-Z]))?"
    r"(?P<for>(?:[^,;]|,\s(?=Inc\b|Ltd\b|Corp\b)){0,40}?)"  # "the target for X, Inc. was cut"
    r"\s+(?:was\s+|were\s+|has been\s+|had been\s+|is\s+|got\s+)?(?P<verb>raised|lifted|increased|boosted|hiked|bumped|"
    r"cut|lowered|reduced|trimmed|slashed|decreased)\b",
    re.IGNORECASE,
)
_ANY_TARGET = re.compile(r"(?i:target|objective)|\bPT\b|\bTP\b")
# "... at Mizuho", "by equities researchers at HSBC", "by Fenwick"
_BY = re.compile(r"\b(?:at|by)\s+(?:(?:[a-z-]+\s+){0,3}(?:at|with)\s+)?(?=[A-Z])")


def passive_targets(view: SentenceView) -> None:
    """A target raised or cut with the broker after it ("at Mizuho") or before it in the text (the last one seen
    acting): an action of that broker on the company whose target it is."""
    if not _ANY_TARGET.search(view.text):
        return  # the pattern is costly to scan; most sentences name no target
    for m in _PASSIVE_TARGET.finditer(view.text):
        end = view.text.find(";", m.end())
        rest = view.text[m.end() : end if end >= 0 else len(view.text)][:80]
        if not _PRICE.search(rest) or GUIDANCE.search(view.text[max(0, m.start() - 20) : m.end()]):
            continue  # "its target was raised": whose and to what? a priced target only; never a sales target
        by = _BY.search(rest)
        named = view.mention_at(m.end() + by.end()) if by else None
        of = re.match(r"\s+(?:of|at|from|with)\s+", view.text[named.end :]) if named is not None else None
        by_someone = named is not None
        if named is not None and (
            view.is_person(named) or (of and looks_like_person(named.text) and not view.b.find(named.text, _ORG))
        ):
            named = view.mention_at(named.end + of.end()) if of else None  # "reduced by A of Fenwick": A's firm
        if named is not None and not view.is_person(named):
            actor = view.resolve(named, _ORG)
        else:  # "cut by A": the firm the text names as writing on stocks; nobody named: the one it saw acting or
            # naming its analysts ("a report from X called chips cheap" names no firm that raised a target)
            actor = context_actor(view, employing=not by_someone)
        rated = _owner(view, m) or last_rated(view, actor)
        action = "raise_target" if m.group("verb").lower().startswith(_UP) else "cut_target"
        analyst_event(view, actor, rated, action, m, reading="passive")


# "X scored a price-target raise to $83 from $71 at Y", "X got a target cut from Y": Y acted on X
_RECEIVED_TARGET = re.compile(
    r"\b(?:got|gets|received|receives|scored|scores|earned|earns|won|wins)\s+(?:an?\s+)?"
    r"(?:price[- ]target|target[- ]price|PT)\s+(?P<verb>raise|hike|increase|bump|boost|lift|cut|reduction|trim)s?\b"
    r"[^;]{0,40}?\s(?:at|from|by)\s+(?=[A-Z])",
    re.IGNORECASE,
)


def received_targets(view: SentenceView) -> None:
    """ "X scored a price-target raise at Y": the firm after "at" acted on the clause's subject."""
    for m in _RECEIVED_TARGET.finditer(view.text):
        named = view.mention_at(m.end())
        actor = view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None
        if actor is not None:
            up = m.group("verb").lower().startswith(_UP)
            analyst_event(view, actor, view.subject_ref(m.start()), "raise_target" if up else "cut_target", m)


def _owner(view: SentenceView, m: re.Match[str]) -> str | None:
    """The company whose target moves: the name before it ("Micron price target") or after "for"."""
    if m.group("owner"):
        named = view.mention_at(m.start("owner"))
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    if m.group("for"):
        return rated_after(view, m.start("for"))
    if _SAW_ITS.search(view.text, max(0, m.start() - 8), m.start() + 4):
        return view.subject_ref(m.start())  # "X saw its target raised at Y": X's, not the stock last rated
    return None


_SAW_ITS = re.compile(r"\b(?:saw|sees|had|has|got|gets)\s+[Ii]ts\s$")


# "has a $5.00 target price on the stock, down from their prior target price of $8.50", "with a price target of
# $130, up from $98", "with a price target of $7, which was lowered from $12", "presented X's target price at
# 125,000 won, down by 13.8 percent from its earlier target"
_HELD = re.compile(
    rf"\b{_TARGET}\b(?P<mid>[^;]{{0,60}}?),?\s+(?:(?P<dir>up|down)\s+(?:by\s+[^,;]{{1,25}}?\s+)?"
    r"|which\s+(?:was|has been|had been)\s+(?P<verb>raised|lifted|increased|boosted|cut|lowered|reduced|trimmed)\s+)"
    r"from\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:prior|previous|earlier|old)\b|[$€¥£₹]|(?:HK|NT|US)\$|Rs|\d)",
    re.IGNORECASE,
)


def held_targets(view: SentenceView) -> None:
    """A target stated with its move from the prior one: the broker of the clause (or of the action just read in
    this sentence) raised or cut its target on the stock."""
    for m in _HELD.finditer(view.text):
        near = view.text[max(0, m.start() - 25) : m.end("mid")]
        if not _PRICE.search(near) or re.search(r"\b(?:average|consensus|median|mean)\b", near, re.IGNORECASE):
            continue  # the Street's average target moves, no one broker's
        if GUIDANCE.search(view.text[max(0, m.start() - 20) : m.start()]):
            continue  # "its sales target, up from ...": the company's own
        earlier = _earlier_action(view, m.start())
        actors = [earlier[0]] if earlier else acting(view, m.start(), [])
        up = m.group("dir").lower() == "up" if m.group("dir") else m.group("verb").lower().startswith(_UP)
        action = "raise_target" if up else "cut_target"
        for actor in actors:
            owner = re.search(r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+$", view.text[: m.start()])
            named = view.mention_at(owner.start("o")) if owner else None
            rated = view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None
            rated = rated or (earlier[1] if earlier else None) or rated_in_context(view, m.start(), actor)
            analyst_event(view, actor, rated, action, m, reading="held")


def _earlier_action(view: SentenceView, pos: int) -> tuple[str, str | None, int] | None:
    """The analyst action this sentence read before `pos` ("upgraded X to buy with a target of $130, up from ...")."""
    start = view.sentence.start
    for event in reversed(view.b.events.values()):
        at = event.span.start if event.span.start is not None else -1
        if event.kind == EventKind.ANALYST_ACTION and start <= at < start + pos and event.actor is not None:
            return (event.actor, event.subject, pos)
    return None


# "Broker | Rating | Target Price (HKD) UBS | Buy | 180 -> 160 Jefferies | Buy -> Underperform | 159 -> 105"
_TABLE_HEAD = re.compile(r"\bBrokers?\s*\|\s*(?:Investment\s+)?Rating\s*\|\s*Target", re.IGNORECASE)
_ROW = re.compile(
    r"(?P<broker>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\s*\|\s*(?P<r1>[A-Za-z][A-Za-z -]*?)"
    r"(?:\s*->\s*(?P<r2>[A-Za-z][A-Za-z -]*?))?\s*\|\s*(?P<t1>\d[\d.,]*)(?:\s*->\s*(?P<t2>\d[\d.,]*))?"
)


def table_targets(view: SentenceView) -> None:
    """A broker table's rows: a target moved ("180 -> 160") or a rating moved ("Buy -> Underperform")."""
    head = _TABLE_HEAD.search(view.text)
    if head is None:
        return
    named = re.search(r"\bfor\s+(?=[A-Z])", view.text[: head.start()])
    company = view.mention_at(named.end()) if named else None
    rated = view.resolve(company, _ORG) if company is not None else view.doc.topic
    for row in _ROW.finditer(view.text, head.end()):
        broker = view.mention_at(row.start("broker")) or Mention(row.group("broker"), row.start(), row.end("broker"))
        actor = view.resolve(broker, _ORG)
        if actor is None:
            continue
        t1, t2 = row.group("t1"), row.group("t2")
        if t2 is not None and float(t1.replace(",", "")) != float(t2.replace(",", "")):
            up = float(t2.replace(",", "")) > float(t1.replace(",", ""))
            analyst_event(view, actor, rated, "raise_target" if up else "cut_target", row, reading="table")
        rating_up = ladder_says(row.group("r1"), row.group("r2")) if row.group("r2") else None
        if rating_up is not None:
            ratings = (row.group("r1").lower(), row.group("r2").lower())
            analyst_event(view, actor, rated, "upgrade" if rating_up else "downgrade", row, "table", ratings)
