"""Price moves named as a noun: "closed at $26, a 34.57 percent jump", "a daily loss of 1.52%", "the S&P 500's loss
of 2.25%"; not a business result ("a 20% jump in revenue") nor a move taken back or compared ("erased a 5% gain")."""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.move_checks import METRIC, SESSION_EXTREME, another_instrument, move_date
from loaders.articles.patterns.move_quotes import Emit

# "sold 41,403 vehicles, a 25% increase", "hired 300 engineers, a 15% rise": a counted quantity changed, not the
# share price (points, currencies and shares counted are the stock's own figures)
_COUNTED = re.compile(
    r"\b(?:sold|delivered|shipped|produced)\s+(?:about |nearly |over |more than )?\d[\d,.]*[^,;]*,\s+$"
    r"|\b[a-z]+ed\s+(?:about |nearly |over |more than |some )?\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?"
    r"(?!(?:points?|shares|won|yuan|yen|rupees|cents|pence|euros?|dollars?|pounds?|ringgit|baht|pesos?)\b)[a-z]{3,}"
    r"[^,;%]*,\s+$"
)


# "a 34.57 percent jump", "a -3.6% move", "a notable 5.8 percent decrease", "a daily loss of 1.52%", "boosted by
# X's 0.4% gain": the move as a noun
_MOVE_NOUN = re.compile(
    r"(?:(?:\ban?\s+(?:(?:notable|modest|marginal|slight|sharp|steep|hefty|whopping|solid|further|massive)\s+)?"
    r"|(?<=['’]s )|(?<=s['’] ))(?P<pct>[-+]?\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)\s+(?:[a-z]+\s+)?"
    r"(?P<noun>jump|gain|rise|surge|rally|increase|decrease|climb|advance|drop|fall|decline|loss|slide|plunge|slump|"
    r"move|premium|discount)\b"
    r"|\b(?:a |an )?(?:daily |weekly |one-day |intraday |massive |hefty |steep )?"
    r"(?P<noun2>loss|gain|decline|drop|rise|fall|increase|decrease|premium|discount) of (?:nearly |about |over )?"
    r"(?P<pct2>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b))",
    re.IGNORECASE,
)
# "saw a 3% jump in its share price": the stock's move, though "saw" often reports a result
_IN_ITS_PRICE = re.compile(r"\s+in\s+(?:its|their)\s+(?:share|stock)\s+prices?\b")
# "posted a loss of Rs 1,800 crore, a 288% increase": a loss in money (not "the index's loss of 2.25%")
_A_LOSS = re.compile(
    r"\b(?:net\s+|operating\s+)?loss(?:es)?\s+of\s+(?![\d.,\s]*(?:%|per ?cent|percent))", re.IGNORECASE
)
# "a 20% jump in revenue", "reported a 220% jump": a business result, not the share price
_RESULT_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?" + METRIC.pattern, re.IGNORECASE)
_TRADED = re.compile(
    r"\s+(?:in\s+(?:early\s+|late\s+)?(?:trading|trade)|on\s+the\s+[A-Z][\w-]+\s+(?:on|in|as|after)\b)"
)
_RESULT_BEFORE = re.compile(r"\b(?:reported|reports|posted|posts|recorded|records|logged|saw|sees)\s+$", re.IGNORECASE)
_COMPARED = re.compile(
    r"\b(?:than|surpassed by|exceeded by|compared with|compared to|versus|vs\.?|against|"
    # "erased a 5% gain", "pared a 3% loss": a move taken back, not the day's
    r"erased|erasing|pared|paring|trimmed|trimming|wiped out|wiping out|gave up|giving up)"
    r"\s+(?:only\s+|an?\s+|its\s+|the\s+)?(?:early\s+|earlier\s+)?$",
    re.IGNORECASE,
)
# "a 2% gain for the index", "a 1% drop in the broader market": the move of something no name says
_UNNAMED_OWNER = re.compile(
    r"\s+(?:in|of|for|by|at|on)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:markets?|(?:sub-?)?(?:index|indices|indexes|sectors?)|gauges?|benchmarks?|industry|peers?|rivals?|average|composite|"
    r"parent|unit|subsidiary|"
    r"suppliers?|customers?|partners?|competitors?)\b"
    # "a 0.12% gain in growth stocks": shares no name says
    r"|\s+(?:in|of|for|among)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:stocks|shares|equities|names)\b"
)
# "a 3.9% sequential decline in desktops", "a 12% rise in bookings": a count of goods or orders, not the stock (time,
# trading and the shares themselves are the stock's: "a 20% drop in two sessions", "a 3% rise in share prices")
_IN_A_COUNTED_THING = re.compile(
    r"\s+in\s+(?!(?:[a-z]+\s+)?(?:trading|trade|sessions?|days?|weeks?|months?|years?|hours?|minutes?)\b)"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b(?<!shares)(?<!stocks)(?<!prices)(?<!equities)(?<!markets)"
)
_NAMED_IN = re.compile(
    r"\s+(?:in|of|for|by|at|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?=[A-Z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)"
    r"(?![A-Z][A-Za-z]{0,2}\$?\.?\s?\d)"  # "a 40% premium at Rs 1,200": a price, no name
)
# "outperforming a 0.12% gain in growth stocks": the yardstick's move, not the clause subject's
_OUTPACED = re.compile(
    r"\b(?:outperform(?:ed|ing|s)?|outpac(?:ed|ing|es)|underperform(?:ed|ing|s)?|beat(?:ing|s)?|lagg(?:ed|ing)|"
    r"lags?|trail(?:ed|ing|s)?)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_BROKERS_NOTE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,3}(?:upgrade|downgrade|note|report)\b")
_DESCRIBED_OWNER = re.compile(
    r"\s+(?:in|of)\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*['’]s?\s+(?:share price|shares|stock)\b"
)
_RELATIVE_OWNER = re.compile(r",\s+(?:which|that)\s+(?:[a-z]+\s+){1,3}$")
# "the average target price for the stock has fallen to $290, a fall of 2.7%": analysts' figure, not the stock's
_ANALYSTS_FIGURE = re.compile(r"\b(?:target|consensus|estimates?|forecasts?|guidance)\b", re.IGNORECASE)
_DOWN_NOUNS = frozenset({"drop", "fall", "decline", "loss", "slide", "plunge", "slump", "decrease", "discount"})
# "listed at a premium of 44% to the issue price", "debuts with 44% premium": a debut's move from its offer price;
# not a placement priced above the last close nor the grey market's bet
_DEBUT_PRICE = re.compile(r"\s+(?:to|over|above|on)\s+(?:its|the|their)\s+(?:issue|offer|offering|IPO)\s+price\b")
_GREY_MARKET = re.compile(r"\bgr[ae]y market\b")
_DEBUT_WORDS = re.compile(r"\b(?:debut(?:s|ed)?|listed|listing|lists|opened|opens)\b", re.IGNORECASE)
_AT_A_PRICE = re.compile(
    r"\b(?:closed|ended|finished|settled|opened|traded|trading|listed|debuted)\s+at\s+(?:[^,;%]|,(?=\d{3})){1,30},\s+"
    r"(?:an?\s+)?$",
    re.IGNORECASE,
)


def noun_moves(view: SentenceView, emit: Emit, clause_start: Callable[[str, int], int]) -> None:
    """ "Zeekr closed at $26, a 34.57 percent jump from its offer price": the clause's subject moved."""
    for m in _MOVE_NOUN.finditer(view.text):
        head = view.text[max(0, m.start() - 80) : m.start()]
        noun = (m.group("noun") or m.group("noun2")).lower()
        business = METRIC.search(head) or _A_LOSS.search(head)  # "posted a loss of $2m, a 288% increase"
        if (business and not re.search(r"\b(?:shares|stock)\b", head)) or _COMPARED.search(head):
            continue  # "revenue, a 20% increase"; "surpassed by only a 4.6% loss": another figure's yardstick
        if noun in ("premium", "discount") and not _a_debut(view, m):
            continue  # "placed shares at a premium of 32% to the last close": a price set, no move
        if m.group("noun2") in ("increase", "decrease") and not _AT_A_PRICE.search(head):
            continue  # "an increase of 5%" moves a price only right after one ("closed at $11.50, an increase of")
        if _an_extremes_figure(view.text, clause_start(view.text, m.start()), m.start()):
            continue  # "hit an intraday low of $3.10, a drop of 12%": the session's extreme
        if METRIC.search(m.group(0)):
            continue  # "X's 12% revenue increase", "a 5% dividend rise": a business figure named inside the noun
        if _COUNTED.search(view.text, max(0, m.start() - 80), m.start()) or _ANALYSTS_FIGURE.search(head):
            continue  # "sold 41,403 vehicles, a 25% increase"; "the consensus target has fallen, a fall of 2.7%"
        # "reported a 20% jump": a result; "posted a 5% gain on the Kosdaq on Tuesday": the subject's trading day
        result = _RESULT_BEFORE.search(head) is not None
        traded = result and _TRADED.match(view.text, m.end()) is not None
        its_price = _IN_ITS_PRICE.match(view.text, m.end()) is not None  # "saw a 3% jump in its share price"
        if not its_price and (_RESULT_AFTER.match(view.text[m.end() :]) or (result and not traded)):
            continue
        # "a 1% fall in X", "a 0.8% fall by the blue-chip X index", "a 10% rally at X": X moved
        named_in = None if traded else _NAMED_IN.match(view.text, m.end())
        if _UNNAMED_OWNER.match(view.text, m.end()) or (
            not its_price and _IN_A_COUNTED_THING.match(view.text, m.end())
        ):
            continue  # "a 1% fall in the index", "a 4% drop in its Kelmont-listed peer": no company named
        owner = view.mention_at(named_in.end()) if named_in else None
        if named_in is not None and (owner is None or another_instrument(view.text, owner)):
            continue  # "a 3% rise in Asian markets": a capitalised word that names no company; "in the X tech index"
        which = _RELATIVE_OWNER.search(view.text[: m.start()])
        if owner is None and which:  # "trailed the S&P 500, which registered a loss of 1.5%": the index moved
            owner = view.mention_before(which.start(), limit=8)
            if owner is None:
                continue
        if re.search(r"['’]s?\s+$", view.text[: m.start()]):  # "the S&P 500's loss of 2.25%": the owner moved
            owner = view.mention_before(m.start(), limit=4)
            if owner is None or not owner.possessive:
                continue  # "the sector's loss": no company
        if owner is None and _OUTPACED.search(head):
            continue  # "outperforming a 0.12% gain in growth stocks": the yardstick's move
        owner = owner or _priced_before(view, m.start()) or _with_a_figure(view, m.start())
        if owner is None and _several_named(view, clause_start(view.text, m.start()), m.start()):
            continue  # "stocks that outpaced the X index included A, +6.18% with a 6.2% gain": whose? refused
        subject = view.resolve(owner, EntityKind.ORGANIZATION) if owner else view.subject_ref(m.start())
        if owner is None and _DESCRIBED_OWNER.match(view.text, m.end()):
            subject = view.doc.topic  # "follows an 80% decline in the software firm's share price": the text's company
        if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
            continue
        if owner is None and _BROKERS_NOTE.search(head):
            continue  # "Citi's upgrade follows a 20% fall": the broker's note, not its stock
        if METRIC.fullmatch(view.b.record(subject).name):
            continue  # "EPS of $0.03, a 200% increase": a business figure
        pct = float(m.group("pct") or m.group("pct2"))
        down = pct < 0 or noun in _DOWN_NOUNS
        signed = -abs(pct) if down else abs(pct)
        date = move_date(view, m.end())
        emit(view, subject, date, signed, down, {}, view.span(clause_start(view.text, m.start()), m.end()))


def _a_debut(view: SentenceView, m: re.Match[str]) -> bool:
    """Whether a premium or discount at `m` is a debut's, against the offer price (not the grey market's)."""
    if _GREY_MARKET.search(view.text, m.end(), m.end() + 40):
        return False
    return bool(_DEBUT_PRICE.match(view.text, m.end()) or _DEBUT_WORDS.search(view.text, 0, m.start()))


# "... low of $3.10, a drop of 12%": the noun right after the extreme's price is the extreme's
_EXTREMES_PRICE = re.compile(r"\b(?:low|high|trough|peak)s?\s+of\s+[^,;]{1,25},\s+(?:an?\s+)?$", re.IGNORECASE)


def _an_extremes_figure(text: str, start: int, noun: int) -> bool:
    extreme = SESSION_EXTREME.search(text, start, noun)
    return extreme is not None and _EXTREMES_PRICE.search(text, extreme.start(), noun) is not None


_PRICED_GAP = re.compile(r"(?:['’]s?)?\s+(?:shares\s+|stock\s+)?(?:[a-z]+\s+)?")


def _priced_before(view: SentenceView, position: int) -> Mention | None:
    """The name right before "closed at $11.50, " that a noun at `position` follows ("A rose 1%, B closed at $11.50,
    an increase of 2.7%": B's move, not the sentence's first name)."""
    head_start = max(0, position - 80)
    at_price = _AT_A_PRICE.search(view.text, head_start, position)
    named = view.mention_before(at_price.start(), limit=30) if at_price is not None else None
    if named is None or at_price is None or not _PRICED_GAP.fullmatch(view.text, named.end, at_price.start()):
        return None
    return named


def _several_named(view: SentenceView, start: int, end: int) -> bool:
    """Whether the clause before a noun move names more than one company (no person or place): its subject is
    then no safe owner of a figure the noun gives without one."""
    named = set()
    for n in view.mentions:
        venue = re.search(r"\b[Oo]n\s+(?:the\s+)?$", view.text[max(0, n.start - 8) : n.start])  # "on the NSE"
        if start <= n.start < end and not view.is_person(n) and guess_kind(n.text) != EntityKind.PLACE and not venue:
            named.add(view.resolve(n, EntityKind.ORGANIZATION))
    return len(named - {None}) > 1


# "included X, with a 6.2% gain", "X XYZ, +6.18% with a 6.2% gain": the name (its ticker and quote) right before
_WITH_GAP = re.compile(r"(?:\s+[A-Z]{2,5})?(?:,\s*[-+−]?\d+(?:\.\d+)?%)?,?\s+with\s+")


def _with_a_figure(view: SentenceView, position: int) -> Mention | None:
    named = view.mention_before(position, limit=30)
    if named is None or view.is_person(named) or not _WITH_GAP.fullmatch(view.text, named.end, position):
        return None
    return named
