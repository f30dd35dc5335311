"""Bonds and convertibles sold: "sold 6 billion yuan of dim sum bonds", "the pricing of its offering of US$650
million convertible senior notes", "raised ¥405 billion from a 35-year subordinated retail bond", "issued convertible
bonds worth $430 million". The issuer is the name that sells (right before the issuing verb), else the clause's
subject or the text's company; the event's date is never the bond's maturity."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import clause_agents, clause_date, relative_agent
from loaders.articles.patterns.money_owner import in_yen, unit_raised
from loaders.drafts import EventDraft, JSONValue, Span
from loaders.money import AmountMatch

_ORG = EntityKind.ORGANIZATION
# A bond issue is money raised: a smaller figure is a denomination ("per $100,000 of bonds") or a price
_SMALLEST_ISSUE = 1e6


def apply(view: SentenceView) -> None:
    bonds(view)
    bond_issues(view)


_BOND = re.compile(
    # the words that qualify it: not a possessive's "s", a figure's "-year" or "billion", nor a verb ("sold green
    # bonds")
    r"\b(?P<inst>(?:(?<![\w'’.-])(?!(?:of|the|its|a|an|with|and|in|on|for|from|to|through|via|into|sold|issued|priced|placed|raised|"
    r"sells|issues|prices|million|billion|trillion|mln|bln|bn)\b)[a-z-]+ ){0,2}"
    r"(?:bonds?|notes|convertibles?|debentures))\b"
)
# What makes an amount beside a bond its issue: "$2 billion of bonds", "a $2 billion bond sale", "sold a $2 billion",
# "bonds worth $430 million", "bonds with a volume of €2.9 billion"
_AMOUNT_OF_BOND = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:of\s+(?:[a-z]+\s+){0,3}(?:bonds?|notes|convertibles?|debt)"
    # not "loans of $5bn plus freshly issued bonds"; "in 7-year bonds", "in 12-year and 25-year bonds": by maturity
    r"|(?:\d+-year\s+and\s+)?(?:[a-z\d-]+\s+){0,2}(?:sale|deal|issue|offering|bonds?)\b)"
)
# "Harlow has borrowed $6bn in a four-part bond issue": the sale borrowed it
_BORROWED = re.compile(r"\bborrowed\s+(?:(?:about|around|some|nearly)\s+)?$")
_IN_BOND_SALE = re.compile(
    r"(?![^;$€£¥]{0,80}?\b(?:loans?|banks?|credit|plans?)\b)[^;$€£¥]{0,80}?\bbond\s+(?:issues?|sales?|offerings?|deals?)\b"
)
_SOLD_AMOUNT = re.compile(
    r"(?:\b(?:sold|issued|priced|placed)\s+(?:(?:a|an|its)\s+)?"
    r"|\b(?:bonds?|notes|convertibles?|debentures)\s+(?:worth|totall?ing|amounting to|with an? (?:volume|value|size|"
    r"total) of)\s+(?:(?:about|around|some|up to|nearly)\s+)?)$"
)


# "issued bonds of $2 billion": the instrument before the amount (a sale only with an issuing word in the clause)
_BONDS_OF = re.compile(
    r"\b(?:bonds?|notes|convertibles?|debentures)\s+of\s+(?:(?:about|around|some|up to|nearly)\s+)?$"
)
_NOT_BOND_AFTER = re.compile(
    r"\s*(?:of|in|worth of)\s+(?:[a-z-]+\s+){0,2}(?:shares|stock|equity|assets|loans?|property|stakes?)\b"
)
# "term loans of $3 billion and a bond issue": a loan's amount, no bond's
_LOAN_AMOUNT = re.compile(
    r"\b(?:loans?|credit|facility|facilities|borrowings?)\s+(?:of|worth|totall?ing)\s+(?:(?:about|around|some|up to|"
    r"nearly)\s+)?$",
    re.IGNORECASE,
)


# The words of a sale in the clause of "$2 billion of bonds": without one the amount is debt outstanding or held
_ISSUE_WORD = re.compile(
    r"\b(?:sold|sells?|selling|issu(?:e|es|ed|ing|ance)|pric(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|placed|placement|"
    r"offer(?:s|ed|ing)?|sale|launch(?:es|ed|ing)?|tapp(?:ed|ing)|deal|debut)\b",
    re.IGNORECASE,
)


_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])\s")


def bonds(view: SentenceView) -> None:
    """An amount beside a bond or a note ("sold 6 billion yuan of dim sum bonds", "a $2 billion bond sale"): the
    issuer is the one selling it, else the subject of the clause naming the instrument or the text's company."""
    text = view.text
    bond = _BOND.search(text)
    if bond is None:
        return
    instrument = re.sub(r"^(?:of|the|its|a|an|with)\s+", "", bond.group("inst")).strip()
    instrument = (
        re.sub(r"s$", "", instrument) if instrument.endswith("bonds") or instrument.endswith("notes") else instrument
    )
    named = view.subject_ref(bond.start())
    if named is None:
        subject_m = view.subject_mention()
        if subject_m is not None and _BENCHMARK.match(text, subject_m.end):
            subject_m = None  # "notes sold at 1.45 points over the US Treasury yield": the benchmark, no issuer
        named = view.resolve(subject_m, _ORG) if subject_m else _last_issuer(view) or view.doc.topic
    opening = view.subject_mention(before=bond.start())
    if opening is not None and (re.match(r"\s+by\s", text[opening.end :]) or _SALE_ROLE.match(text, opening.end)):
        named = None  # "Issuance by X totalled $2 billion", "A was the lead manager of the sale": no seller
    for found in view.amounts:
        after = text[found.text_end : found.text_end + 40]
        before = text[max(0, found.start - 60) : found.start]
        borrowed = _BORROWED.search(before) and _IN_BOND_SALE.match(text, found.text_end)
        if not (_AMOUNT_OF_BOND.match(after) or _SOLD_AMOUNT.search(before) or _BONDS_OF.search(before) or borrowed):
            continue
        if _not_an_issue(view, found.start) or _LOAN_AMOUNT.search(before) or _NOT_BOND_AFTER.match(after):
            continue  # "sold $1 billion of stock": shares, not the bonds the sentence names
        # "has $2 billion of bonds maturing", "its $1 billion of notes fell to 60 cents": debt held, no issue; a
        # list item ("- $2bn in seven-year bonds") is a tranche listed under its sale
        sold = _SOLD_AMOUNT.search(before) or _ISSUE_WORD.search(text, clause_start(text, found.start))
        if not sold and not _LIST_ITEM.match(text):
            continue
        if found.money.amount < _SMALLEST_ISSUE:
            continue
        seller = _SELLER.search(before)
        verb = found.start - len(before) + seller.start() if seller else clause_start(text, found.start)
        issuer = _issuer(view, verb) if seller else named
        hired = _HIRED.search(text, clause_start(text, found.start), found.start)
        if hired is not None:
            issuer = view.subject_ref(hired.start()) or view.doc.topic
        elif _not_the_seller(view, verb, found.end):
            issuer = None  # "A managed the sale of $500 million of bonds": a bank, no issuer named
        owner = _owner_before(view, found.start)
        # "Velquor's $1.5bn bond sale": Velquor's; "priced a $400 million bond for Velquor": Velquor
        issuer = owner or _named_bonds(view, found.text_end) or _issued_for(view, found.text_end) or issuer
        if issuer is None:
            continue
        coupon = re.search(r"(\d+(?:\.\d+)?)%\s+coupon", after + text[found.text_end + 40 : found.text_end + 80])
        tranches = re.search(r"\b(two|three|four|dual)[- ](?:part|tranche)", after)
        props = {
            "usd_approx": found.usd_approx.amount if found.usd_approx else None,
            "coupon_pct": float(coupon.group(1)) if coupon else None,
            "tranches": {"two": 2, "dual": 2, "three": 3, "four": 4}[tranches.group(1)] if tranches else None,
            "qualifier": found.qualifier,
        }
        date = _issue_date(view, found.end, 70) or _issue_date(view, found.start, 40, before=True)
        span = view.span(found.start, found.text_end).model_copy(update={"rule": "bonds.bonds.SECURITY_ISSUE"})
        _issue(view, issuer, found, instrument, date, span, props)


# "over the five-year US Treasury yield", "above Treasuries", "the Bund curve": a benchmark the bonds are priced on
_BENCHMARK = re.compile(r"['’]?s?\s+(?:[\w-]+\s+)?(?:yields?|rates?|benchmarks?|curve|equivalents?|securities)\b")


def _last_issuer(view: SentenceView) -> str | None:
    """The issuer of the last bond the text read ("The five-year bonds of $1 billion were issued at ...")."""
    issues = [e.subject for e in view.b.events.values() if e.kind == EventKind.SECURITY_ISSUE]
    return issues[-1] if issues else None


# "A was the lead manager of the $500 million bond sale": a bank's role in another's sale
_SALE_ROLE = re.compile(
    r"\s+(?:is|was|were|are|has been|had been|acted as|acts as|served as)\s+(?:(?:the|an?|one of the)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:managers?|bookrunners?|book-runners?|arrangers?|underwriters?|coordinators?|dealers?|"
    r"advis[eo]rs?|trustees?|guarantors?)\b"
)


# "Tessel also sold $2 billion of bonds", "completed its issuance of": the verb whose seller is named before it
_SELLER = re.compile(
    r"\b(?:sold|sells|sell|issued|issues|priced|prices|placed|raised|raises|launch(?:es|ed)|completed|closed|"
    r"(?:offering|issuance|sale|placement|pricing) of)\b[^.;$€¥£]{0,40}$",
    re.IGNORECASE,
)
# Between the seller and its verb: "Tessel Inc. sold", "Tessel has also completed its issuance of", "Halden
# represented Tessel in its offering of"
_AGENT_GAP = re.compile(
    r"(?:\.|['’]s)?\)?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:also|has|have|had|successfully|recently|then|finally|just|"
    r"already|said|says|announced|announces|that|it|on\s+\w+day|\w+day)\s+)*(?:(?:completed|announced|closed|launched|began|started|finished|"
    r"priced|set)\s+)?(?:(?:in|for|with)\s+)?(?:(?:its|an?|the)\s+)?(?:(?:private|public|proposed|upsized|"
    r"inaugural|debut)\s+)?"
)


# "A analysts said", "A strategist Ada Moss wrote": the people of a firm speaking, the firm no seller
_ITS_PEOPLE_SAID = re.compile(
    r"['’]?s?\s+(?:[a-z-]+\s+){0,2}(?:analysts?|economists?|strategists?|traders?|spokes(?:man|woman|person)|"
    r"researchers?|bankers?|investors?|executives?|officials?)\b"
)

# "the company hired A and B to sell $2bn of bonds": the banks sell for the one hiring them
_HIRED = re.compile(
    r"\b(?:hired|hires|appointed|appoints|mandated|mandates|tapped|taps|picked|picks|engaged|engages|selected|"
    r"selects|retained|retains|enlisted|enlists)\s+[^;.]{1,80}?\s+to\s+(?:sell|issue|arrange|manage|price|market)\b"
)


def _issuer(view: SentenceView, verb: int) -> str | None:
    """The company selling: the name right before the issuing verb ("Quorra Labs Inc. sold", "Tessel also
    completed its issuance of", "represented Tessel in its offering of"), else the clause's named subject, else
    (for "the company", "it") the issuer the text last named, else its company."""
    named = view.mention_before(verb, limit=60)
    relative = relative_agent(view, verb)  # "A followed B, which sold $1 billion of bonds": B
    if relative:
        named = relative[0]
    elif named is None or not _AGENT_GAP.fullmatch(view.text, named.end, verb):
        named = view.subject_mention(before=verb, after=clause_start(view.text, verb))
        if named is not None and _ITS_PEOPLE_SAID.match(view.text, named.end):
            return None  # "A analysts said X's bonds rallied after it sold $500 million of notes": A only speaks
    if named is not None and not view.is_person(named):
        ref = view.resolve(named, _ORG)
        record = view.b.record(ref) if ref is not None else None
        if record is not None and record.kind == _ORG and not re.search(r"\d[.,]\d|%", record.name):
            return ref  # "Bln Of 0.50" from a title-case headline is no issuer
        return None
    for event in reversed(view.b.events.values()):
        if event.kind == EventKind.SECURITY_ISSUE:
            return event.subject  # "The company raised $500 million in a six-year bond": the issuer named before
    return view.subject_ref(verb) or view.doc.topic


def _owner_before(view: SentenceView, start: int) -> str | None:
    """The company whose possessive stands right before the amount ("Velquor's $1.5 billion bond sale")."""
    named = view.mention_before(start, limit=4)
    if named is None or not named.possessive or view.is_person(named):
        return None
    if not re.fullmatch(r"['’]s?\s+(?:\w+\s+)?", view.text[named.end : start]):
        return None
    ref = view.resolve(named, _ORG)
    return ref if ref is not None and view.b.record(ref).kind == _ORG else None


_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _named_bonds(view: SentenceView, end: int) -> str | None:
    """The issuer the amount names ("sold $1 billion of Velquor bonds to investors": Velquor, not the seller)."""
    of = _OF_NAMED.match(view.text, end)
    named = view.mention_at(of.end()) if of else None
    if named is None or view.is_person(named) or not _BOND.match(view.text, named.end + 1 + named.possessive * 2):
        return None
    return view.resolve(named, _ORG)


# "A managed the sale of $500 million of bonds", "A arranged the offering": the banks running another's sale
_MANAGED = re.compile(
    r"\b(?:manag(?:e|es|ed|ing)|arrang(?:e|es|ed|ing)|underwr(?:ote|ites|itten|iting)|ran|runs?|running|handled|"
    r"handles|coordinated|coordinates|advis(?:e|es|ed|ing)(?:\s+on)?|(?:co-)?led|(?:co-)?leads?|(?:co-)?leading)\s+"
    r"(?:(?:the|an?|its|their)\s+)?(?:[\w$€£¥.,%-]+\s+){0,4}?(?:sale|offering|issuance|issue|placement|pricing|deal)\b",
    re.IGNORECASE,
)
# "Global companies sold $90 billion of bonds", "issuers including A and B sold": many sellers' sum, no one's issue
_MANY_SELLERS = re.compile(
    r"\b(?:companies|firms|issuers|borrowers|banks|lenders|governments|sovereigns|corporates|utilities|insurers|"
    r"developers|start-?ups|businesses)\b(?:,?\s+(?:including|such as|like)\s[^;]*?)?,?\s+"
    r"(?:(?:that|which|who)\s+)?(?:(?:have|had|also|collectively|together|jointly|combined|reportedly|have\s+been|were)\s+)*$",
    re.IGNORECASE,
)


def _not_the_seller(view: SentenceView, verb: int, end: int) -> bool:
    """Whether the clause of the selling verb at `verb` and the amount ending at `end` names no one issuer: a bank
    running the sale ("A managed the sale of"), many sellers ("Asian issuers sold"), or an unnamed part of a company
    ("X's Indian unit sold"), or several sellers summed ("A and B together sold")."""
    start = clause_start(view.text, verb)
    head = view.text[start : max(verb, end) + 40]  # "A was mandated to run the $500 million bond sale"
    if _SUMMED.search(view.text, start, max(verb, end)) or _several_sellers(view, clause_agents(view, verb)):
        return True  # "A and B sold a combined $3 billion of bonds": whose share is whose, the text does not say
    if re.search(r"\brespectively\b", view.text[start:]):
        return True  # "A and B sold $5m and $3m of bonds respectively": the pairs are not read
    if _FOR_OTHERS.match(view.text, end):
        return True  # "A raised $2 billion for clients through bond sales": a bank selling others' bonds
    return bool(_MANAGED.search(head) or _MANY_SELLERS.search(view.text, start, verb) or unit_raised(view, verb))


_FOR_OTHERS = re.compile(
    r"\s+(?:(?:in|of)\s+(?:[a-z-]+\s+){0,2}(?:bonds?|notes|debt)\s+)?(?:for|on behalf of)\s+(?:its\s+|their\s+)?"
    r"(?:[a-z-]+\s+)?(?:clients|customers|issuers|borrowers|companies|corporates|governments|others)\b"
)


def _several_sellers(view: SentenceView, names: list[Mention]) -> bool:
    """Whether the clause's subject lists several names joined by "and" ("A and B sold"; not "A, China's biggest
    delivery platform, sold")."""
    if len(names) < 2 or any(n.possessive for n in names):
        return False
    return re.search(r"\band\b|&", view.text[names[0].end : names[-1].start]) is not None


_SUMMED = re.compile(r"\b(?:combined|together|collectively|jointly|between them|altogether)\b")


# "priced a $400 million bond for Velquor", "the $500 million notes sale on behalf of Velquor", "a $500 million
# offering by Velquor": the issuer named after
_FOR_ISSUER = re.compile(
    r"\s*(?:(?:[\w.%-]+\s+){0,5}?(?:bonds?|notes|convertibles?|debentures|sale|deal|issue|offering)\s+)?"
    # "the sale follows a $1 billion deal from Velquor": Velquor's deal
    r"(?:for|on behalf of|(?<=sale )(?:by|from)|(?<=deal )(?:by|from)|(?<=issue )(?:by|from)|(?<=offering )(?:by|from))"
    r"\s+(?:the\s+)?(?=[A-Z])"
)


def _issued_for(view: SentenceView, end: int) -> str | None:
    """The issuer named after an amount as the one the bonds were sold for ("a $400 million bond for Velquor")."""
    found = _FOR_ISSUER.match(view.text, end)
    named = view.mention_at(found.end()) if found else None
    if named is None or view.is_person(named) or named.possessive:
        return None
    ref = view.resolve(named, _ORG)
    return ref if ref is not None and view.b.record(ref).kind == _ORG else None


# "repaid $400 million of notes", "underwrote the $500 million bond sale for X", "bought $200 million of X bonds":
# debt paid back, bought, held or arranged for another, not sold by the one named
_NOT_SOLD = re.compile(
    r"\b(?:repa(?:y|ys|id|ying)|redeem(?:s|ed|ing)?|repurchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|"
    r"tender(?:s|ed|ing)?|refinanc(?:e|es|ed|ing)|default(?:s|ed|ing)?(?:\s+on)?|hold(?:s|ing)?|held|owns?|owned|"
    r"invest(?:s|ed|ing)?|underwr(?:ote|ites|itten|iting)|arrang(?:e|es|ed|ing)|restructur(?:e|es|ed|ing)|retir(?:e|es|ed|ing)|"
    r"guarantee(?:s|d)?|guaranteeing)\b"
    r"(?:\s+(?:all|the|its|their|an?|some|about|nearly|up to|more than)\b)*\s*$",
    re.IGNORECASE,
)


def _not_an_issue(view: SentenceView, start: int) -> bool:
    """ "per $100,000 of bonds": a denomination; "an option to purchase an additional $112.5 million": an option;
    "repaid $400 million of notes": debt paid back, bought or arranged, no issue of the one named; "upsized from
    the previously announced $250 million": the size before."""
    head = view.text[max(0, start - 40) : start]
    if _NOT_DONE.search(view.text, clause_start(view.text, start), start) or _PRICING_AHEAD.search(view.text, start):
        return True  # "the board approved the issuance of up to $1 billion of bonds", "postponed a $1 billion sale"
    edge = re.search(r"\b(?:per|additional)\s+$", head[-12:])
    return bool(edge) or any(p.search(head) for p in (_NOT_SOLD, _ORDERS_FOR, _EARLIER_SIZE))


# "enlarged from the $90M first announced": the size the sale had before, not what was sold
_EARLIER_SIZE = re.compile(
    r"\b(?:(?:upsized|increased|raised|up)\s+from|(?:previously|initially|originally)\s+(?:announced|planned|proposed"
    r"|expected|targeted))\b[^.;$€£¥]{0,40}$"
)


# A sale approved, put off or only being marketed: no bonds sold yet
_NOT_DONE = re.compile(
    r"\b(?:approv(?:al|als|ed|es|ing)|authori[sz](?:ation|ed|es|ing)|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|"
    r"shelv(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|mandat(?:e|es|ed|ing)|marketing|commenc(?:e|es|ed|ing)|"
    # "set initial price guidance for its $500 million bond", "is taking orders for": still being sold
    r"guidance|price talk|taking orders|opened books|books? (?:open|opened))\b",
    re.IGNORECASE,
)


# "launched a $500 million bond offering, with pricing expected later": sold only once it prices
_PRICING_AHEAD = re.compile(
    r"\b(?:pricing|to price)\s+(?:is\s+)?(?:expected|due|set|scheduled)\b|\b(?:set|expected|due)\s+to\s+price\b"
)


# "orders for more than $3 billion of the notes": demand for the bonds, not the amount sold
_ORDERS_FOR = re.compile(
    r"\b(?:orders?|bids?|demand|books?|subscriptions?)\s+(?:of|for|worth|totall?ing|exceeding|topping)\s+"
    r"(?:(?:more than|over|about|around|nearly|almost|some|roughly)\s+)?$",
    re.IGNORECASE,
)


# A date after these is the bond's maturity or a call date, not the day it was sold
# ("its first since 2021": an earlier sale's year)
_MATURITY = re.compile(
    r"\b(?:due|matur\w*|until|through|callable|redeem\w*|starting|since)\s+(?:in\s+|on\s+|from\s+)?$", re.IGNORECASE
)


def _issue_date(view: SentenceView, pos: int, window: int, before: bool = False) -> PartialDate | None:
    """The date nearest `pos` (after it, or on either side with `before`) that is no maturity."""
    best: tuple[int, PartialDate] | None = None
    for d in view.dates:
        since = view.text[d.start : d.end].lower().startswith("since")  # "since 2021" is read with its "since"
        if d.date is None or since or _MATURITY.search(view.text[max(0, d.start - 20) : d.start]):
            continue
        if d.start >= pos:
            distance = d.start - pos
        elif before:
            distance = pos - d.end + 10
        else:
            continue
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, d.date)
    return best[1] if best else None


# "sold $1.75 billion of its convertible senior notes", "raised ¥405 billion from a 35-year subordinated retail
# bond", "the pricing of its offering of US$650 million convertible senior notes", "moved to raise $15 billion in the
# bond market", "completed its private offering of US$5 billion aggregate principal amount of 0.50% notes"
_ISSUE_BEFORE = re.compile(
    r"\b(?:sold|sells|issued|issues|priced|prices|raised|raises|raise|raising|placed|places|offered|selling|issuing|"
    r"(?:pricing|sale|issuance|issue|placement|offering) of(?: its| an?| the)?(?: [\w-]+){0,3}? (?:offering )?(?:of )?)"
    r"[^.;$€¥£]{0,40}$",
    re.IGNORECASE,
)
_INSTRUMENT_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:of|in|from|worth of)\s+)?(?:(?:its|an?|the|new)\s+)?"
    r"(?P<kind>(?:[\w.%-]+\s+){0,7}(?:bonds?|notes|convertibles?|debentures))\b",
    re.IGNORECASE,
)


def bond_issues(view: SentenceView) -> None:
    """Bonds and convertibles sold for an amount: the issuer is the one selling (or the clause's subject, or the
    text's company). Runs after the bond reading above, which it completes: an amount already issued is skipped."""
    issued = {(e.amount.amount, e.amount.currency) for e in view.b.events.values() if e.amount and e.instrument}
    for found in view.amounts:
        if (found.money.amount, found.money.currency) in issued or found.money.amount < _SMALLEST_ISSUE:
            continue
        verb = _ISSUE_BEFORE.search(view.text[max(0, found.start - 120) : found.start])
        instrument = _INSTRUMENT_AFTER.match(view.text[found.end :])
        if verb is None or instrument is None or _not_an_issue(view, found.start):
            continue
        verb_at = max(0, found.start - 120) + verb.start()
        issuer = _issued_for(view, found.end) or (
            None if _not_the_seller(view, verb_at, found.end) else _issuer(view, verb_at)
        )
        if issuer is None or view.b.record(issuer).kind != _ORG:
            continue
        words = " ".join(instrument.group("kind").lower().split()).split(" of ")[-1]  # "... amount of X notes"
        kind = re.sub(r"(bond|note|convertible|debenture)s\b", r"\1", words)
        date = _issue_date(view, found.end, 40) or clause_date(view, verb_at)
        span = view.span(clause_start(view.text, verb_at), found.end + instrument.end())
        _issue(
            view, issuer, found, kind, date, span.model_copy(update={"rule": "bonds.bond_issues.SECURITY_ISSUE"}), {}
        )


_NOT_AN_ISSUER = re.compile(r"\b(?:[Pp]rogram(?:me)?s?|[Ss]chemes?|[Ff]rameworks?|[Ii]ndex|[Ii]ndices|ETFs?)$")
_FIGURE_NAME = re.compile(r"[\d.,]+\s?(?:bps?|basis points?|%|pct|percent|[A-Za-z]{0,2})", re.IGNORECASE)


def _issue(
    view: SentenceView,
    issuer: str,
    found: AmountMatch,
    kind: str,
    date: PartialDate | None,
    span: Span,
    props: dict[str, JSONValue],
) -> None:
    """The issue's event, under the rule of the reading that found it (`span.rule`)."""
    if _FIGURE_NAME.fullmatch(view.b.record(issuer).name):
        return  # "seven-year debt at around 75bps": a spread the mention finder took for a name, no issuer
    if _NOT_AN_ISSUER.search(view.b.record(issuer).name):
        return  # "the X Green Bond Programme issued": a programme or an index the bonds are sold under, no issuer
    money = (in_yen(view, found) or found).money  # "¥50 billion of samurai bonds" in a text about Japan: yen
    view.b.event(
        EventDraft(
            kind=EventKind.SECURITY_ISSUE,
            subject=issuer,
            date=date,
            summary=f"{kind} {money}",
            amount=money,
            instrument=kind,
            properties={k: v for k, v in props.items() if v is not None},
            qualifier=f"{money.currency}{money.amount}",
            span=span,
        ),
        (EventKind.SECURITY_ISSUE, issuer, money.amount, money.currency, str(date)),
    )
