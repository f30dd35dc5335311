"""Acquisitions and stakes bought: the buyer ACQUIRED the company (with `stake_pct` when a share of it was bought).

Frames: "X acquired / bought / took a N% stake in Y", "X completed its acquisition of Y", "X announced the closing
of the acquisition of Y", "Y was acquired by X", "X's (earlier) acquisitions of A and B", "X paid $N for a N% stake
in Y", "A sold Y to X", "Y was sold to a consortium led by X". A deal only agreed, planned, bid for or under way
("agreed to acquire", "is buying", "offered to buy") is no acquisition: the verbs here are of completed deals, and
the clause's modality drops the rest."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import MAKER_DESCRIBED
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.acquisition_checks import (
    buyer_outside_parentheses,
    not_closed,
    possessor_before,
    reported_buyer,
)
from loaders.articles.patterns.acquisition_lists import acquisitions_listed
from loaders.articles.patterns.acquisition_targets import bought, describes_the_next
from loaders.articles.patterns.clauses import Statement, clause_agents, clause_date, in_aside, organisations
from loaders.articles.records import not_a_party

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON

_STAKE_SIZE = r"(?:additional|further|combined|controlling|majority|minority|significant|strategic|sizable|sizeable|large|small|substantial)"  # noqa: E501
_PCT = r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
_ACQUIRE = re.compile(
    r"\b(?:has |had |have |was )?(?:acquired|acquiring|bought|purchased|took over|snapped up|"
    r"(?:completed|completes|closed|closes|finalised|finalized|finalises|finalizes|fulfil(?:l?s|led)) (?:its |the )?"
    r"(?:(?!of\b)[\w$€£¥.,-]+ ){0,2}?(?:acquisition|purchase|takeover) of|"  # "completed the $2 billion takeover of"
    r"(?:went|going) on to (?:acquire|buy)|took|takes|acquires|buys)\s+"
    r"(?:(?:an?|its|the)\s+)?"
    rf"(?:{_STAKE_SIZE}\s+)?(?:{_PCT}\s+)?"
    r"(?:(?P<stake>stake|interest|holding)\s+(?:in|of)\s+)?"
)
# What a verb of buying takes that is no company: shares, debt, or a quantity of goods ("2,000 X chips", "a large
# number of X GPUs")
_GOODS = re.compile(
    r"(?:(?:about|some|more\s+than|over|nearly|around)\s+)?(?:[\d,.]+\s+(?!(?:per\s?cent|percent)\b)|"
    r"(?:an?\s+)?(?:large\s+|small\s+|huge\s+|record\s+)?(?:number|batch|quantity)\s+of\s+|"
    r"(?:tens\s+of\s+)?(?:thousands|hundreds|millions|dozens)\s+of\s+|(?:shares|stock|bonds|notes|debt)\b)"
)
# "X is acquiring Y", "X is buying Y": a deal under way, not closed
_UNDER_WAY = re.compile(r"\b(?:is|are|was|were)\s+$")
# "X has announced the closing of the acquisition of Y", "X announced the completion of its purchase of Y"
_CLOSING_OF = re.compile(
    r"\b(?:closing|completion|close)\s+of\s+(?:the|its)\s+(?:[\w$.-]+\s+){0,3}?(?:acquisition|purchase|takeover)\s+of\s+"
)

# "X's acquisition of Y", "its previous acquisitions of A and B", "X's $700 million purchase of Y"
# What the company bought may be described first: "of Israeli AI orchestration company Y", "of chipmaker Y"
_DESCRIBED_TARGET = (  # "of chipmaker Y", "of startups A and B"
    r"(?:the\s+)?(?=[A-Z]|(?:[\w-]+\s+){0,6}?(?:compan(?:y|ies)|firms?|start-?ups?|makers?|chipmakers?|carmakers?|"
    r"developers?|designers?|providers?|platforms?|operators?|marketplaces?|studios?|group)\s+[A-Z])"
)
# "X's failed / proposed / planned acquisition of Y": a deal not done
_UNDONE = r"(?!(?:failed|proposed|planned|potential|possible|aborted|abandoned|blocked|rejected|pending|mooted)\b)"
_ACQUISITION_OF = re.compile(
    rf"['’]s?\s+(?:{_UNDONE}[\w$.-]+\s+){{0,3}}(?:acquisitions?|purchases?|takeovers?|buyouts?)\s+of\s+{_DESCRIBED_TARGET}"
)
_SINCE = re.compile(r"\b(?:since|after|following)\s+$")
_ITS_ACQUISITION_OF = re.compile(
    rf"\b[Ii]ts\s+(?:{_UNDONE}[\w$.-]+\s+){{0,3}}(?:acquisitions?|purchases?|takeovers?|buyouts?)\s+of\s+"
    rf"{_DESCRIBED_TARGET}"
)
# "Y has officially been acquired by German chip giant X", "on the heels of Y's acquisition by X in 2020"
_ACQUIRED_BY = re.compile(
    rf"(?:(?P<noun>['’]s?\s+(?:{_UNDONE}[\w$.-]+\s+){{0,3}}(?:acquisition|purchase|takeover|buyout)\s+by\s+)"
    r"|\b(?:was|were|got|gets|(?:has|have|had)\s+(?:\w+ly\s+)?been)\s+(?:\w+ly\s+)?"
    r"(?:(?:acquired|bought|purchased|taken over)\s+by|sold\s+to)\s+)"
    rf"(?:(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:consortium|group)\s+led\s+by\s+)?{MAKER_DESCRIBED}(?=[A-Z])"
)
# "X expanded through acquisitions of A, B and C", "X grew via the purchase of Y"
_THROUGH_ACQUISITIONS = re.compile(
    rf"\b(?:through|via)\s+(?:the\s+)?(?:[\w$.-]+\s+){{0,2}}?(?:acquisitions?|purchases?|takeovers?)\s+of\s+"
    rf"{_DESCRIBED_TARGET}"
)
# "Y, a Swedish developer of chip designs, acquired by X in 2012": a purchase the appositive states as done
_APPOSITIVE_ACQUIRED = re.compile(
    r",\s+(?:(?:later|subsequently|since)\s+)?(?:acquired|bought|purchased|taken over)\s+by\s+(?:the\s+)?(?=[A-Z])"
)
# "X invested $400 million in Y ... and took a 10% stake": the stake is in the company invested in
_INVESTED_IN = re.compile(r"\b(?:invested|put)\s+[^;]{0,40}?\bin\s+")
_TOOK_STAKE = re.compile(
    rf"\band\s+(?:took|acquired|received|gained|got)\s+an?\s+(?:{_STAKE_SIZE}\s+)?{_PCT}\s+(?:stake|holding|interest)\b"
    r"(?!\s+(?:in|of)\b)"
)
# "X paid $230 million for a 10% stake in Y", "X paid for a majority stake in Y"
_PAID_FOR = re.compile(
    rf"\bpaid\s+(?:[^,;]{{0,40}}?\s+)?for\s+(?:an?|its|the)\s+(?:{_STAKE_SIZE}\s+)?(?:{_PCT}\s+)?"
    r"(?P<stake>stake|interest|holding)\s+in\s+"
)
# "A sold Y to X", "sold its 20 per cent stake in Y to X", "sold their chip company Y for $370 million in 2011 to X"
_SOLD = re.compile(
    rf"\bsold\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:{_PCT}\s+)?(?:(?P<stake>stake|holding)\s+in\s+)?"
)
_SOLD_TO = re.compile(r"[^;.]{0,80}?\bto\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:consortium|group)\s+led\s+by\s+)?")

# "The round gives X an 11% stake": X bought that share of the company raising the round
_GIVES_STAKE = re.compile(r"\b(?:gives|gave|giving)\s+(?=[A-Z])")
_STAKE_GIVEN = re.compile(rf"\s+(?:an?\s+)?(?:{_STAKE_SIZE}\s+)?{_PCT}\s+(?:stake|holding)\b(?!\s+in\b)")
# "took a 49% stake in A, a controlling interest in B": the stakes listed after the first
_MORE_STAKES = re.compile(
    rf",\s+(?:and\s+)?(?:an?|its)\s+(?:{_STAKE_SIZE}\s+)?(?:{_PCT}\s+)?(?P<stake>stake|interest|holding)\s+in\s+"
)
# "its tender offer for Y", "the $61 billion purchase of Y", "X's deal for Y"
_DEAL_FOR = re.compile(
    r"(?P<own>['’]s?|\b[Ii]ts|\b[Tt]he)\s+(?:[\w$.-]+\s+){0,3}?"
    r"(?:acquisition|purchase|takeover|tender offer|buyout|deal)\s+(?:of|for)\s+"
)
# "... has been successfully completed", "..., which closed last year", "..., which A helped close"
_DEAL_DONE = re.compile(
    r"\.?(?:[^;.]|\.(?=\d)){0,80}?(?:\b(?:has|have|had)\s+been\s+|\b(?:was|were)\s+)(?:successfully\s+)?"
    r"(?:completed|closed|finali[sz]ed)\b"
    r"|\.?(?:[^;.,]|\.(?=\d)){0,30}?,?\s+(?:which|that)\s+(?:(?:[A-Z][\w-]+\s+)?helped\s+close|closed|was\s+(?:completed|closed))\b"
)
# "X almost acquired Y", "X failed to buy Y", "X tried to take over Y": what did not happen
_NOT_DONE = re.compile(
    r"\b(?:almost|nearly|reportedly|allegedly|purportedly|failed\s+to|tried\s+to|attempted\s+to|sought\s+to|bid\s+to|"
    r"would\s+have|"
    r"(?:said|reported|believed|rumou?red|alleged|thought|understood)\s+to)\s+(?:\w+\s+)?$"  # "is said to have bought"
)
# "a stake in X's India unit", "its acquisition of X's India operations", "bought X's stake in Z": X's unit, assets
# or holding was bought, not X
_ADVICE = re.compile(r"\b(?:recommend\w*|advis\w*|suggest\w*|urg\w+|rate[sd]?|analysts?)\s+(?:\w+\s+)?$", re.IGNORECASE)


def apply(view: SentenceView) -> None:
    """Acquisitions. The readers only find statements (buyer ACQUIRED company); this function states them, so each
    keeps the rule name `acquisitions.apply`."""
    readers = (
        _acquire_verbs,
        _closings,
        _passives,
        _acquisition_nouns,
        _through_acquisitions,
        _appositive_acquired,
        _stakes_taken,
        _completed_deals,
        _paid_for,
        _sold_to,
        _stakes_given,
        acquisitions_listed,
    )
    for reader in readers:
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)


def _acquire_verbs(view: SentenceView) -> Iterator[Statement]:
    """ "X acquired Y", "X took a 21% stake in Y", "X acquired a significant stake in A and B in 2017"."""
    for m in _ACQUIRE.finditer(view.text):
        stake = m.group("stake")
        if m.group("pct") and not stake:
            continue  # "took 20% of the market": a share of something else
        if not stake and re.match(r"(?:took|takes)\b(?!\s+over)", m.group(0).lstrip()):
            continue  # "took" names a stake or nothing ("took over Y" names Y)
        took_over = "took over" in m.group(0)  # "took over Y", not "took over as CEO", "took over the running of Y"
        if took_over and (not view.text[m.end() : m.end() + 1].isupper() or _TOOK_OVER_AS.match(view.text, m.end())):
            continue
        if _NOT_DONE.search(view.text, 0, m.start()) or _PARTICIPLE_ADJECTIVE.search(view.text, 0, m.start()):
            continue  # "X almost acquired Y", "X failed to buy Y": no purchase; "its newly acquired Y": whose?
        if _ADVICE.search(view.text, 0, m.start()) or _UNDER_WAY.search(view.text, 0, m.start() + 1):
            continue  # "analysts who recommend buying X"; "X is acquiring Y": advice, or a deal not closed
        if re.match(r"\s*(?:is|are|was|were)\s", view.text[max(0, m.start() - 4) : m.start() + 1]):
            continue
        if not stake and _GOODS.match(view.text, m.end()):
            continue  # "bought shares of X", "bought 2,000 X chips": securities or goods, not the company
        targets = bought(view, m.end(), many=bool(stake))
        if not targets or _OWN_VERB.match(view.text, targets[-1].end):
            continue  # "... stake in EV maker Y has been lagging": a headline glued to the story's first sentence
        more = _MORE_STAKES.match(view.text, targets[-1].end) if stake else None
        if more is not None:  # "a 49% stake in A, a controlling interest in B"
            targets += bought(view, more.end())
        described = _DESCRIBED_BUYER.search(view.text, 0, m.start())
        if described is not None:  # "A joined X after the company bought Y": X, the company named before
            named = [n for n in organisations(view, view.mentions) if n.end <= described.start()]
            buyers = named[-1:] if named and not looks_like_person(named[-1].text) else []
            for buyer in buyers:
                for target in targets:
                    yield from _statement(view, buyer, target, m.end(), m.group("pct"))
            continue
        reported = reported_buyer(view, m.start())
        if reported is not None and not reported:
            continue  # "A said rivals bought Y": what A reports names no buyer A could stand for
        buyers = reported or _nearest_buyer(view, m.start()) or organisations(view, clause_agents(view, m.start()))
        if m.group(0).lstrip().startswith(("acquiring", "going", "went")) or not buyers:
            # "The group took a stake in A, as well as acquiring B": the clause's subject buys, not A
            buyer_ref = view.subject_ref(m.start())
            if buyer_ref is not None and view.b.record(buyer_ref).kind == _ORG:
                for target in targets:
                    yield from _stated(view, buyer_ref, target, m.start(), m.end(), m.group("pct"))
            continue
        for buyer in buyers[:1]:
            if took_over and (view.is_person(buyer) or looks_like_person(buyer.text)):
                continue  # "Ann Lee took over Y in 2018": a post taken, no company bought
            for target in targets:
                yield from _statement(view, buyer, target, m.end(), m.group("pct"))


_TOOK_OVER_AS = re.compile(r"[^.;]{0,80}?\bas\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:[A-Z]{2,4}|[a-z]+)\b")
# "its newly acquired Y business", "the recently bought Y": an adjective, its owner is no clause's subject
_PARTICIPLE_ADJECTIVE = re.compile(r"\b(?:its|their|his|her|our|the|a|an)\s+(?:\w+ly\s+)?$")
# "after the company acquired": a clause whose buyer is a company the sentence named before, by its noun
_DESCRIBED_BUYER = re.compile(
    r"\b(?:after|when|as|because|since|before|once|while)\s+the\s+(?:company|firm|group|start-?up)\s+$"
)
# "A bought B and today, C acquired D": a clause of its own opens with the name right before the verb
_OWN_VERB = re.compile(r"\s+(?:has|have|had|is|are|was|were)\s+(?!been\s+(?:acquired|bought|sold))")
_NEW_CLAUSE = re.compile(
    r"(?:,|\band|\bwhile|\bbut|\bwhereas|\bafter|\bbecause|\bthat|\bon\s+(?:the\s+)?news(?:\s+that)?)\s+"
    r"(?:(?:today|now|later|then|also|since)\s*,?\s+)*"
    r"(?:[A-Z][\w.-]*-based\s+)?(?:(?!(?:the|its|their|an?)\s)[a-z][\w-]*\s+){0,3}$"  # "and payments firm Y"
)  # "X rose on news Y took a stake in Z", "after Y bought Z": Y's clause


def _nearest_buyer(view: SentenceView, verb: int) -> list[Mention]:
    """The name standing right before the verb when it opens a clause of its own after another ("A bought B and
    today, C acquired D": C), else none (the clause's subject is read as usual)."""
    nearest = view.mention_before(verb + 1, limit=2)
    if nearest is None or nearest.possessive or not _NEW_CLAUSE.search(view.text, 0, nearest.start):
        return []
    earlier = [m for m in view.mentions if m.end <= nearest.start]
    listed = bool(earlier) and re.fullmatch(r"\s*,?\s*and\s+", view.text[earlier[-1].end : nearest.start])
    if listed and any(a.end() == earlier[-1].start for a in _ACQUIRE.finditer(view.text, 0, earlier[-1].start)):
        listed = False  # "A acquired B, and C bought D": B is bought, C opens a clause of its own
    if not earlier or listed or in_aside(view.text, nearest, verb):
        return []  # "A and B acquired C": a list of buyers, read as the clause's subject
    return organisations(view, [nearest])


def _closings(view: SentenceView) -> Iterator[Statement]:
    """ "X has announced the closing of the acquisition of Y"."""
    for m in _CLOSING_OF.finditer(view.text):
        buyers = organisations(view, clause_agents(view, m.start()))
        for target in bought(view, m.end()):
            for buyer in buyers[:1]:
                yield from _statement(view, buyer, target, m.end(), None)


def _passives(view: SentenceView) -> Iterator[Statement]:
    """ "Y was acquired by X", "Y was sold to a consortium led by X", "Y's acquisition by X"."""
    for m in _ACQUIRED_BY.finditer(view.text):
        # "A mentions that B founded Y, which was sold to X", "B co-founded Y, a Finnish lab that was acquired by X"
        which = _WHICH_WAS.search(view.text, 0, m.start()) or _DESCRIBED_THAT.search(view.text, 0, m.start())
        target = view.mention_before(which.start() + 1, limit=2) if which else view.subject_mention(m.start())
        if m.group("noun"):  # "Y's acquisition by X": the noun's owner, unless the clause undoes the deal
            owner = view.mention_before(m.start(), limit=0)
            done = owner is not None and owner.possessive and not looks_like_person(owner.text)
            target = Mention(owner.text, owner.start, owner.end) if owner and done else None
            target = None if target is None or not_closed(view, target.start, [target]) else target
        yield from _statement(view, view.mention_at(m.end()), target, m.end(), None)


_WHICH_WAS = re.compile(r",\s+(?:which|that)\s+(?:(?:later|then|eventually|ultimately|also)\s+)?$")
# ", a Finnish lab that", ", Europe's largest AI lab in Helsinki that": the relative clause closes an appositive, so
# what it says is said of the name before the appositive's comma
_DESCRIBED_THAT = re.compile(
    r",\s+(?:an?|the|[A-Z][\w.&-]*['’]s?)\s+(?:[\w’'-]+\s+){0,6}?(?:which|that)\s+"
    r"(?:(?:later|then|eventually|ultimately|also)\s+)?$"
)


def _acquisition_nouns(view: SentenceView) -> Iterator[Statement]:
    """ "X's acquisition of Y", "its previous acquisitions of A and B" ("its": the clause's subject)."""
    for owner in view.mentions:
        found = _ACQUISITION_OF.match(view.text, owner.end) if owner.possessive else None
        if found:
            targets = _targets(view, found.end())
            for target in targets if not not_closed(view, owner.start, targets) else []:
                yield from _statement(view, owner, target, found.end(), None)
    for found in _ITS_ACQUISITION_OF.finditer(view.text):
        buyer = possessor_before(view, found.start()) or view.subject_ref(found.start()) or view.doc.topic
        targets = _targets(view, found.end())
        if buyer is None or view.b.record(buyer).kind != _ORG or not_closed(view, found.start(), targets):
            continue
        for target in targets:
            if not target.possessive and not view.is_person(target):
                span = view.span(found.start(), target.end)
                extra: dict[str, Any] = {"valid_from": clause_date(view, target.start)}
                if _SINCE.search(view.text, 0, found.start()):  # "since its purchase of Y in 2009": done, whatever
                    extra["presupposed"] = True  # the clause around it hedges ("This would be X's biggest deal")
                yield RelationType.ACQUIRED, buyer, view.resolve(target, _ORG), span, extra


def _targets(view: SentenceView, pos: int) -> list[Mention]:
    """The companies named right at `pos` ("A and B"), or past a description of them ("Israeli AI company Y")."""
    first = view.mention_at(pos)
    if first is not None and not not_a_party(first.text) and not describes_the_next(view, first):
        return view.name_list(pos)
    return bought(view, pos, many=True)


def _through_acquisitions(view: SentenceView) -> Iterator[Statement]:
    """ "In 2000, X expanded through acquisitions of A, B (a content provider) and C": the clause's subject bought
    each."""
    for m in _THROUGH_ACQUISITIONS.finditer(view.text):
        buyers = organisations(view, clause_agents(view, m.start()))
        if not buyers and _IT_EXPANDED.match(view.text, clause_start(view.text, m.start())):
            yield from _its_purchases(view, m)  # "It later grew into Peru via the purchase of Y": the text's
        if len(buyers) != 1:
            continue
        for target in _targets(view, m.end()):
            if not target.possessive:
                yield from _statement(view, buyers[0], target, m.end(), None)


_IT_EXPANDED = re.compile(r"\W*(?:It|The (?:company|firm|group))\s+(?:[a-z]+\s+){0,2}?(?:expanded|grew|entered)\b")


def _its_purchases(view: SentenceView, m: re.Match[str]) -> Iterator[Statement]:
    buyer = view.subject_ref(m.start())
    for target in _targets(view, m.end()) if buyer is not None else []:
        if not target.possessive:
            yield from _stated(view, buyer, target, m.start(), m.end(), None)


def _appositive_acquired(view: SentenceView) -> Iterator[Statement]:
    """ "Y, a Swedish developer of chip designs, acquired by X in 2012": Y is the name the appositive follows."""
    for m in _APPOSITIVE_ACQUIRED.finditer(view.text):
        buyer = view.mention_at(m.end())
        head = view.text[: m.start()]
        appositive = head.rfind(", ")
        described = appositive >= 0 and re.match(r",\s+(?:an?|the)\s", head[appositive:]) is not None
        target = view.mention_before(appositive if described else m.start(), limit=1)
        if buyer is None or target is None or buyer.possessive or target.possessive:
            continue
        yield from _statement(view, buyer, target, buyer.end, None)


def _stakes_taken(view: SentenceView) -> Iterator[Statement]:
    """ "X previously invested $400 million in Y and took a 10% stake": X bought that share of Y."""
    for m in _TOOK_STAKE.finditer(view.text):
        invested = [i for i in _INVESTED_IN.finditer(view.text, clause_start(view.text, m.start()), m.start())]
        if not invested:
            continue
        targets = bought(view, invested[-1].end())
        buyers = organisations(view, clause_agents(view, invested[-1].start()))
        if targets and len(buyers) == 1 and not targets[0].possessive:
            yield from _statement(view, buyers[0], targets[0], m.end(), m.group("pct"))


def _completed_deals(view: SentenceView) -> Iterator[Statement]:
    """ "X said its tender offer for Y has been successfully completed", "following the $61 billion purchase of Y,
    which closed last year" (the text's company bought Y), "X's deal for Y, which A helped close"."""
    for m in _DEAL_FOR.finditer(view.text):
        targets = _targets(view, m.end())
        done = _DEAL_DONE.match(view.text, targets[-1].end) if targets else None
        if done is None or targets[0].possessive:
            continue
        own = m.group("own")
        if own.startswith(("'", "’")):
            owner = view.mention_before(m.start() + 1, limit=1)
            buyer = view.resolve(owner, _ORG) if owner is not None and owner.possessive else None
        elif own.lower() == "its":
            buyer = view.subject_ref(m.start())
        else:  # "The acquisition of Y by X was completed": X; else the text's company
            by = re.match(r"\s+by\s+(?=[A-Z])", view.text[targets[0].end :])
            agent = view.mention_at(targets[0].end + by.end()) if by is not None else None
            buyer = view.resolve(agent, _ORG) if agent is not None and _may_buy(view, agent) else view.doc.topic
        if buyer is None or view.b.record(buyer).kind != _ORG:
            continue
        yield from _stated(view, buyer, targets[0], m.start(), done.end(), None)


def _may_buy(view: SentenceView, m: Mention) -> bool:
    return not m.possessive and not view.is_person(m) and not not_a_party(m.text)


def _paid_for(view: SentenceView) -> Iterator[Statement]:
    """ "X paid $230 million for a 10% stake in Y"."""
    for m in _PAID_FOR.finditer(view.text):
        buyers = organisations(view, clause_agents(view, m.start()))
        for target in bought(view, m.end())[:1]:
            for buyer in buyers[:1]:
                yield from _statement(view, buyer, target, m.end(), m.group("pct"))


def _sold_to(view: SentenceView) -> Iterator[Statement]:
    """ "A sold Y (for $N in 2011) to X": X acquired Y (a stake in Y when the text says so)."""
    for m in _SOLD.finditer(view.text):
        if re.match(r"\s*(?:shares|stock|bonds|notes|products|units|cars|phones|chips)\b", view.text[m.end() :]):
            continue
        sold = bought(view, m.end())[:1]
        if not sold:
            continue
        to = _SOLD_TO.match(view.text, sold[0].end)
        buyer = view.mention_at(to.end()) if to is not None else None
        if buyer is not None and not buyer.possessive:
            yield from _statement(view, buyer, sold[0], buyer.end, m.group("pct"))


def _statement(
    view: SentenceView, buyer_m: Mention | None, target_m: Mention | None, end: int, pct: str | None
) -> Iterator[Statement]:
    if buyer_m is None or target_m is None or buyer_m == target_m or view.is_person(target_m):
        return
    if not_a_party(target_m.text) or not_a_party(buyer_m.text):
        return
    if buyer_outside_parentheses(view, buyer_m, end):
        return  # "X's purchase of Y (see Z completes acquisition of Y Tech)": the parentheses name their own buyer
    buyer_kind = _PERSON if looks_like_person(buyer_m.text) and view.b.find(buyer_m.text, _ORG) is None else _ORG
    yield from _stated(view, view.resolve(buyer_m, buyer_kind), target_m, buyer_m.start, end, pct)


def _stated(
    view: SentenceView, buyer: str | None, target_m: Mention, start: int, end: int, pct: str | None
) -> Iterator[Statement]:
    """buyer ACQUIRED the company named, with the stake bought and the date of the clause."""
    if view.is_person(target_m) or not_a_party(target_m.text):
        return
    if target_m.possessive:
        return  # "a stake in X's India unit", "acquired X's customers": X's unit or clients were bought, not X
    extra = {
        "properties": {"stake_pct": float(pct)} if pct else None,
        "valid_from": clause_date(view, min(end, target_m.start)),
    }
    span = view.span(min(start, target_m.start), max(end, target_m.end))
    yield RelationType.ACQUIRED, buyer, view.resolve(target_m, _ORG), span, extra


def _stakes_given(view: SentenceView) -> Iterator[Statement]:
    """ "The round gives X an 11% stake": X acquired that share of the company the round is for (the text's)."""
    for m in _GIVES_STAKE.finditer(view.text):
        holder = view.mention_at(m.end())
        found = _STAKE_GIVEN.match(view.text, holder.end) if holder is not None else None
        if holder is None or found is None or holder.possessive or view.is_person(holder):
            continue
        buyer = view.resolve(holder, _ORG)
        # the round's company; the text's topic may have moved to the holder this sentence names first
        company = view.doc.last_round.get("company") or view.doc.topic
        company = view.doc.previous_topic if company == buyer else company
        if buyer is not None and company is not None and buyer != company and view.b.record(company).kind == _ORG:
            extra = {"properties": {"stake_pct": float(found.group("pct"))}, "valid_from": clause_date(view, m.start())}
            yield RelationType.ACQUIRED, buyer, company, view.span(m.start(), found.end()), extra
