"""Valuations: "valued at about $3 billion", "at a valuation exceeding $2.5 billion", "a $45bn valuation", "valuing
it around $9 billion": the company's value (never a deal's, an asset's or listed shares' value). Moved from deals.py,
which reads the investors of the same sentences."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.confidence import blank_relative_clauses
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.patterns.clauses import PART_WHICH, clause_date, relative_agent, which_antecedent
from loaders.articles.patterns.money_owner import (
    ONGOING,
    ROUND_IN,
    UNNAMED_VALUED,
    bought_company,
    invested_name,
    round_company,
    valuation_of,
    value_subject,
    valued_organisation,
)
from loaders.drafts import EventDraft
from loaders.money import AmountMatch

_ORG = EntityKind.ORGANIZATION
_RULE = "deals.valuations.VALUATION"  # the rule's name from before the move, which its calibration is kept under

# "valued at", "a valuation of": a comma between the cue and the amount ends the phrase ("at a $400m valuation, less
# than half the $1bn its rival fetched")
_VALUE_CUE_BEFORE = re.compile(
    r"\b(?:valuation|valued|valuing|values(?! of\b))\b"
    r"(?P<rest>(?:[^.;,$€¥£]|,(?=\s+which\s+(?:stood|was|is|came|sat)\b)){0,45})$"  # "its valuation, which stood at"
)

_VALUE_CUE_AFTER = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:post-money |pre-money )?valuation\b")

_VALUE_WHO = re.compile(
    r"\b(?:valued|valuing|values|value|giving|gives|give)\s+(?P<who>it|them|"
    r"the (?:(?:[a-z-]+|[A-Z]{2,4}|[A-Z][a-z]+) ){0,4}?"  # "the European AI defense leader"
    r"(?:company|firm|start-?up|startup|group|developer|lab|maker|leader|unicorn|champion|giant)|(?=[A-Z]))"
)

LISTED_VALUE = re.compile(
    r"\b(?:at the (?:open|close)|shares? (?:closed|opened|traded|rose|fell)|trading|debut|IPO price|listing|flotation|"
    r"newly[- ]listed|"
    r"opened at|closed at|market value|market capitali[sz]ation)\b",
    re.IGNORECASE,
)

NOT_A_COMPANY_VALUE = re.compile(
    r"\b(?:deal|acquisition|transaction|contract|order|bonds?|notes|issue|issuance|offering|takeover|purchase|stake|"
    r"assets?|partnership|project|programme|program|market value|"
    r"market cap(?:italisation|italization)?|shares|holdings?|sale|merger|package|bid|offer|proposal|fortunes?|wealth|"
    r"net worth|index|indices|benchmark|gauge|bourse|"
    r"(?:its|their|the|an?|['’]s?)\s+(?:[\w$.-]+\s+){0,3}?fund(?![\w-]))\b"  # "its new fund, valued at": its size
    r"(?:[^.;]|\.(?=\d)){0,40}$"  # "a stake of 18.5%, valued at": the stake's worth; "the X stock index, valued at"
)


# "valued the round at", "values its stake at": what is valued is a thing the company raised or holds
_VALUED_THING = re.compile(
    r"(?:valued|values|valuing|value)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:round|deal|stake|"
    r"transaction|offering|IPO|bid|offer|assets?|unit|division|portfolio|shares|holdings?|investment|bonds?|notes)\b"
)
_HOPED_FOR = re.compile(
    r"\b(?:targeted|targeting|target|hoped-for|sought|seeking|desired|expected|aimed|eyeing|eyes|eyed|wants?|wanted|"
    r"(?:hop|aim|push|ask|look)(?:s|ed|ing)?\s+for)\s+"  # "had hoped for a valuation of": none agreed
    r"(?:(?:an?|the)\s+)?(?:valuation\s+(?:of\s+)?)?(?:(?:about|around|under|below|over|above|of)\s+)?$"
)
_HOPED_AFTER = re.compile(
    r"\s+(?:post-money\s+|pre-money\s+)?valuation\s+(?:that\s+)?(?:[A-Z][\w.&-]*\s+){1,3}"
    r"(?:had\s+)?(?:hoped|sought|expected|wanted|targeted)\b"
)
_ROUND_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:round|financing|fundraising|investment)\b")
_OTHER_MONEY = re.compile(r"\b(?:with|after|following|when|while|plus|and)\b")


def valuations(view: SentenceView) -> None:
    """ "valued at about $3 billion", "at a valuation exceeding $2.5 billion", "a $45bn valuation", "valuing it
    around $9 billion", "giving the company a $157 billion valuation": the company's valuation."""
    for found in view.amounts:
        head = view.text[max(0, found.start - 60) : found.start]
        before = _VALUE_CUE_BEFORE.search(head)
        after = _VALUE_CUE_AFTER.match(view.text[found.end :])
        if (before is None and after is None) or found.money.amount < 1e6:
            continue  # a price target of $170 is no company's value
        if LISTED_VALUE.search(view.text[clause_start(view.text, found.start) : found.end + 40]):
            continue  # what listed shares are worth at the open or the close: a market value
        cue_start = found.start - (len(head) - before.start()) if before else found.start
        if NOT_A_COMPANY_VALUE.search(view.text[max(0, cue_start - 50) : cue_start]):
            continue
        if _VALUED_THING.match(view.text, cue_start):
            continue  # "investors valued the round at $100 million": the round's size, no company's value
        if before and re.search(r"\b(?:market|enterprise|deal|transaction)\s+$", head[: before.start()]):
            continue
        if ONGOING.search(view.text, clause_start(view.text, cue_start), cue_start):
            continue  # "X was conducting a new round at a valuation of $2 billion": not set yet
        if UNNAMED_VALUED.search(view.text[max(0, cue_start - 40) : cue_start]) or PLURAL_VALUED.search(
            view.text, max(0, cue_start - 60), cue_start
        ):
            continue  # "home to three startups valued at above $1 billion", "A and B, which have been valued at"
        if _HOPED_FOR.search(head[: before.start()] if before else head) or _HOPED_AFTER.match(view.text, found.end):
            continue  # "the seller's targeted valuation of 1.5 trillion yen", "the $50bn valuation A hoped for"
        if before and after is None and _ROUND_AFTER.match(view.text, found.end):
            continue  # "the $3.5bn valuation it fetched on a $250m private round": the $250m is the round's
        if before and _OTHER_MONEY.search(before.group("rest")):
            continue  # "a $4bn valuation last year with a $180m investment": the $180m is the round's
        if re.search(
            r"\b(?:collectively|combined|together|total|altogether)\b", view.text[max(0, cue_start - 30) : found.end]
        ):
            continue  # "over 100 firms, valued collectively at $1 trillion": several companies' sum
        if re.search(r"\brespectively\b", view.text[clause_start(view.text, cue_start) :]) or _paired(view, found):
            continue  # "A and B were valued at $2 billion and $4 billion (respectively)": the pairs are not read
        if after is None and _HOLDERS_MARK.match(view.text, cue_start) and _ITS.search(view.text, 0, cue_start):
            continue  # "cut its valuation for X by 30% to $310m": what a holder carries X's stake at, not a round's
        of_named = valuation_of(view, found.end + after.end()) if after else None  # "the valuation of rival X"
        company = view.resolve(of_named, _ORG) if of_named else _valued_company(view, cue_start)
        if not valued_organisation(view, company) or _another_companys_figure(view, company, found.start, found.end):
            continue  # "a fraction of Y's $40 billion", "below the $900 million Y fetched": Y's value, a comparison
        date = view.date_near(found.end, after_only=True, window=40) or clause_date(view, cue_start)
        money = found.money
        view.b.event(
            EventDraft(
                kind=EventKind.VALUATION,
                subject=company,
                date=date,
                summary=f"valuation {money}",
                amount=money,
                properties={"qualifier": found.qualifier} if found.qualifier else {},
                qualifier=f"{money.currency}{money.amount}",
                span=view.span(clause_start(view.text, cue_start), found.end).model_copy(update={"rule": _RULE}),
            ),
            (EventKind.VALUATION, company, str(date), money.amount, money.currency),
        )


# "rivals A and B, which have recently been valued at": the pair's figure, no one company's
PLURAL_VALUED = re.compile(r",\s+(?:which|that|who)\s+(?:have|were|are)\b[^,;.]{0,30}$")
# "the $900 million Y fetched in March", "the $2 billion valuation that Y received": the figure of Y, named after it
_FETCHED_BY = re.compile(
    r"\s+(?:(?:post-money\s+|pre-money\s+)?valuation\s+)?(?:that\s+|which\s+)?(?P<name>[A-Z][\w.&-]*)"
    r"[^,;]{0,40}?\s(?:had\s+|has\s+|was\s+)?(?:fetched|received|got|secured|commanded|reached|achieved|won|"
    r"attained|hit|notched|garnered|raised\s+at)\b"
)


# "its valuation for X", "marked down its valuation of X": a holder's books, which the text says X is carried at
_HOLDERS_MARK = re.compile(r"valuation\s+(?:for|of)\s+(?:the\s+)?(?=[A-Z])")
_ITS = re.compile(r"\b(?:its|their)\s+$")


def _paired(view: SentenceView, found: AmountMatch) -> bool:
    """Whether the amount is one of a list of amounts ("valued at $20 billion and $12 billion")."""
    return any(
        re.fullmatch(r",?\s+(?:and|or)\s+", view.text[a.end : found.start] if a.end <= found.start else "")
        or re.fullmatch(r",?\s+(?:and|or)\s+", view.text[found.end : a.start] if found.end <= a.start else "")
        for a in view.amounts
        if a is not found
    )


def _another_companys_figure(view: SentenceView, company: str | None, start: int, end: int) -> bool:
    """Whether the amount is another company's than `company`, named against it: "a fraction of Y's $40 billion"
    (Y's possessive right before it) or "the $900 million Y fetched"."""
    owner = view.mention_before(start, limit=4)
    if owner is not None and owner.possessive and re.fullmatch(r"['’]s?\s+", view.text[owner.end : start]):
        return not view.is_person(owner) and view.resolve(owner, _ORG) != company
    fetched = _FETCHED_BY.match(view.text, end)
    named = view.mention_at(fetched.start("name")) if fetched is not None else None
    return named is not None and not view.is_person(named) and view.resolve(named, _ORG) != company


# "led by the Japanese conglomerate A, raising its valuation": A, described by any words, is the object


# An active "values"/"valuing" whose object names the company raising money ("valuing the startup at")
_VALUES_ROUNDS_COMPANY = re.compile(
    r"(?:values|valuing|valued)\s+(?:it|them|the\s+(?:[a-z-]+\s+){0,2}(?:company|firm|start-?up|group|lab|developer))"
    r"\s+at\b"
)
_OBJECT_BEFORE = re.compile(r"\b(?:by|from|with|of|to|and)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_ARTICLE_AFTER = re.compile(r",\s+(?:a|an|the)\s")
_RELATIVE_BEFORE = re.compile(r",\s*(?:whose|which|who|that)\b[^,]*$")


# "A, which valued X at $3 billion": X, the object of an active "valued"
_VALUED_NAME = re.compile(r"(?:valued|values|valuing)\s+(?=[A-Z])")


# "A invested in X at a valuation of", "A bought shares of X at": the company money went into
_INVESTED_IN_NAMED = re.compile(
    r"\b(?:invest(?:ed|s|ing)?|put|puts|putting|poured|pours|pumped|injected)\b[^;,]{0,40}?\b(?:in|into)\s+(?=[A-Z])"
)


# "which raised $100 million at": the verb of a raise whose amount stands before the valuation's
_RAISED_BEFORE = re.compile(
    r"\b(?:raised|raises|secured|secures|closed|closes|landed|received|completed|got)\b(?:[^;,]|,(?=\d)){0,60}$"
)


def relative_raiser(view: SentenceView, cue: int) -> str | None:
    """The company a relative clause raising money before a valuation's cue at `cue` is about ("Y, which last year
    raised $100m at a $1bn valuation": Y)."""
    raised = list(_RAISED_BEFORE.finditer(view.text, clause_start(view.text, cue), cue))[-1:]
    relative = relative_agent(view, raised[0].start()) if raised else None
    return view.resolve(relative[0], _ORG) if relative else None


def _valuer_ref(view: SentenceView, cue: int) -> str | None:
    """Who an active "valued the company at" names right before it as putting the value on it ("investors
    including A valued", "A, which values"): none for a participle or a passive."""
    passive = re.search(r"\b(?:was|were|is|are|be|been)\s+$", view.text[:cue])
    if not re.match(r"valu(?:ed|es)\b", view.text[cue:]) or passive:
        return None
    near = view.mention_before(cue, limit=16)
    if near is None or not _VALUER_GAP.fullmatch(view.text, near.end, cue) or view.is_person(near):
        return None
    return view.resolve(near, _ORG)


# "X's latest funding round in July valued the company at": X, whose round is the verb's subject
_OWNERS_ROUND_BEFORE = re.compile(
    r"['’]s?\s+(?:[\w$€£¥.-]+\s+){0,4}?(?:round|financing|fundraising|investment)\b(?:\s+(?:in|last|this)\s+\w+)?\s+$"
)


def _round_owner(view: SentenceView, cue: int) -> str | None:
    """X when the subject of "valued the company at" is X's round."""
    named = view.mention_before(cue, limit=60)
    if named is None or not named.possessive or view.is_person(named):
        return None
    if not _OWNERS_ROUND_BEFORE.fullmatch(view.text, named.end, cue):
        return None
    return view.resolve(named, _ORG)


_VALUER_GAP = re.compile(r",?\s+(?:(?:which|that|who)\s+)?(?:(?:also|has|have|had|reportedly|then)\s+)*")


# The subject's verb of putting money in (or leading the round): the valuation is of the company it went to
_PUTS_MONEY = re.compile(
    r"\s+(?:(?:also|has|had|have|reportedly)\s+)*(?:put|puts|invested|invests|poured|pours|injected|pumped|"
    r"ploughed|plowed|led|leads|co-led|co-leads)\b"
)

_BECOME_HOLDER = re.compile(
    r"\bto\s+become\s+(?=[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:shareholder|investor)\b)"
)


def invested_company(view: SentenceView, cue: int) -> str | None:
    """X of "A invested in X" in the sentence before the cue of a participle ("..., valuing the company at"); not in
    a relative clause ("A, which invested in Y, led X's round": X's round)."""
    invested = list(_INVESTED_IN_NAMED.finditer(blank_relative_clauses(view.text), 0, cue))[-1:]
    named = invested_name(view, invested[0].end()) if invested else None
    return view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None


def _valued_company(view: SentenceView, cue: int) -> str | None:
    valued = _VALUED_NAME.match(view.text, cue)
    named = view.mention_at(valued.end()) if valued is not None else None
    if named is not None and not named.possessive and not view.is_person(named):
        return view.resolve(named, _ORG)  # "according to A, which valued X at ...": X, not A
    if _VALUES_ROUNDS_COMPANY.match(view.text, cue):  # "A bought X in a deal valuing it at ...": X
        # "A, which values the company at ...", "investors including A valued the company at": A puts the value on
        # it, A is not valued
        company = _round_owner(view, cue) or bought_company(view, cue) or invested_company(view, cue)
        company = company or round_company(view)  # "A invested in X in its Series C, valuing the company at": X
        return None if company is not None and company == _valuer_ref(view, cue) else company
    antecedent = which_antecedent(view, cue)
    if antecedent is not None:
        return antecedent  # "X's peer Y, which is valued at ...": Y
    if PART_WHICH.search(view.text, 0, cue):
        return None  # "put $200m into X's payments unit, which is valued at ...": the unnamed unit's value, not X's
    if ROUND_IN.search(view.text, 0, cue):
        return round_company(view)  # "led a round for X, resulting in a valuation of ...": X's value
    relative = relative_raiser(view, cue)
    if relative is not None:  # "competes with Y, which raised $100m at a $1bn valuation": Y's value, not the subject's
        return relative
    invested = list(_INVESTED_IN_NAMED.finditer(view.text, clause_start(view.text, cue), cue))[-1:]
    if invested:  # "A invested in X at a $4 billion valuation": X's value, not A's
        named = invested_name(view, invested[0].end())
        return view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None
    subject = value_subject(view, cue)
    if subject is not None:
        return subject  # "A said X was valued at ...", "rivals A and X, valued at": X
    who = None
    for m in _VALUE_WHO.finditer(view.text, max(0, cue - 40), cue + 60):
        who = m
    if who is not None and who.group("who"):
        return round_company(view)  # "valuing it", "values the French startup": the company raising money
    elif who is not None:
        named = view.mention_at(who.end())
        if named is not None and named.possessive:
            return None  # "A values X's cloud business at ...": a part of X, or X's shares, not X
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    if re.search(
        r"\b(?:the|its) (?:[a-z-]+ ){0,2}(?:company|firm|start-?up|group|lab)['’]s? (?:[a-z-]+ ){0,2}$", view.text[:cue]
    ):
        return round_company(view)  # "the year-old firm's valuation"
    if re.search(
        r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth) (?:[a-z-]+ )?(?:companies|firms|start-?ups)\b", view.text[:cue]
    ):
        return None  # "the companies were valued at ...": a sum of several, no one company's value
    owner = re.search(r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[a-z-]+ ){0,2}$", view.text[:cue])
    if owner:
        owner_m = view.mention_before(owner.end("o"), limit=0)  # "Tokyo-based Turing's": Turing
        if owner_m is not None and owner_m.possessive and not view.is_person(owner_m):
            return view.resolve(owner_m, _ORG)
    appositive = re.search(r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:[a-z-]+\s+){0,3}$", view.text[:cue])
    before = view.text[: appositive.start("o")] if appositive else ""
    # "led by the conglomerate A, raising its valuation", "X, whose backers include A, is valued": A is no subject
    if appositive and _OBJECT_BEFORE.search(before) and _ARTICLE_AFTER.match(view.text, appositive.end("o")):
        return None  # "raised $5m from A, a firm valued at $4bn": the value of A, which the sentence only describes
    if appositive and not (_OBJECT_BEFORE.search(before) or _RELATIVE_BEFORE.search(before)):
        named = view.mention_at(appositive.start("o"))
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    investor = view.subject_mention(cue)
    if investor is not None and _PUTS_MONEY.match(view.text, investor.end):
        # "A put in $300m to become X's top shareholder, doubling the valuation": X's value, not A's
        holder = _BECOME_HOLDER.search(view.text, investor.end, cue)
        named = view.mention_at(holder.end()) if holder is not None else None
        return view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None
    # "the Financial Times had reported that X was raising ...": X, not the newspaper
    return view.reported_subject(cue) or view.subject_ref(cue) or view.doc.topic
