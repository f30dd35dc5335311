"""Checks on price moves: which of a document's moves another one of the same stock says better, which words
before a move verb say that no stock moved, whose move a relative clause states and the date a move is told for."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView
from loaders.articles.datelines import is_dateline
from loaders.articles.lexicon import BANK_WORDS
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.analysts import context_actor
from loaders.articles.patterns.move_words import FIGURE_NAME, METRIC
from loaders.drafts import EventDraft

# "fell more than 5%", "rose nearly 20%": a figure said loosely, which a precise one of the same move replaces
_LOOSE = frozenset({"more than", "over", "just over", "nearly", "almost", "about", "around", "roughly", "close to"})


def _decimals(value: float) -> int:
    text = f"{abs(value):g}"
    return len(text.split(".")[1]) if "." in text else 0


def _loose(move: EventDraft) -> bool:
    """A figure said loosely: with "more than"/"nearly", as a fraction ("a third"), or as a whole number."""
    qualifier = move.properties.get("qualifier")
    return qualifier in _LOOSE or "as_text" in move.properties or (move.pct_change or 0) == int(move.pct_change or 0)


def _same_move(loose: EventDraft, precise: EventDraft) -> bool:
    """ "fell more than 5%" and "fell 5.2%", "plummeted 67%" and "plummeted 67.07%", "losing a third" and "down
    33.75%": the second says the first's move to more places."""
    a, b = abs(loose.pct_change or 0), abs(precise.pct_change or 0)
    if _decimals(b) <= _decimals(a) or "as_text" in precise.properties or a == 0:
        return False
    qualifier = loose.properties.get("qualifier")
    if qualifier in ("more than", "over", "just over"):
        return a < b < a + 1
    if qualifier in ("nearly", "almost"):
        return a - 1 < b < a
    return abs(a - b) < 1


def drop_shadowed_moves(events: list[EventDraft]) -> list[EventDraft]:
    """A move the document says better elsewhere is dropped: a direction-only move of a stock whose figure the text
    gives ("BYD's shares have risen since then" beside "BYD fell 2.2%"), and a loose figure of a move the text also
    gives precisely ("fell more than 5%" beside "fell by 5.2%")."""
    moves = [e for e in events if e.kind == EventKind.PRICE_MOVE]
    with_figure = {e.subject for e in moves if e.pct_change is not None}
    dropped: set[int] = set()
    for i, move in enumerate(moves):
        if move.pct_change is None:
            if move.subject in with_figure:
                dropped.add(id(move))
            continue
        if not _loose(move):
            continue
        for other in moves[:i] + moves[i + 1 :]:
            if other.subject != move.subject or other.direction != move.direction or other.pct_change is None:
                continue
            if _same_move(move, other) and not _loose_qualifier(other):
                dropped.add(id(move))
                break
    return [e for e in events if id(e) not in dropped]


def _loose_qualifier(move: EventDraft) -> bool:
    return move.properties.get("qualifier") in _LOOSE


# "X's <noun phrase> fell": the phrase names no stock ("X's non-AI business", "X's fortune")
_OWNED_NOT_SHARES = re.compile(
    r"['’]s?\s+(?!(?:[\w-]+\s+){0,4}?(?:shares|stocks?|ADRs|ADSs|share price|market (?:value|cap\w*))\b)"
    r"(?:[\w-]+\s+){1,5}(?:has\s+|have\s+|had\s+)?(?:been\s+)?$"
)
_NOT_SUBJECT = re.compile(
    r"\b(?:stocks|shares of [a-z]|names|designers|sector|market|investors|traders)\b", re.IGNORECASE
)

_LOSSES = re.compile(r"(?:['’]s?)?\s+(?:net\s+|operating\s+|quarterly\s+)?loss(?:es)?\b")
# "X, Korea's largest maker by sales, fell", "X, which reported strong sales, rose": said of X, no figure's owner
_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an|which|who|[A-Z][\w-]*['’]s?)\s[^,()]{1,80},\s*$")
_SHARE_PRICE = re.compile(r"\b(?:share|stock)\s+prices?\b", re.IGNORECASE)


_OTHER_MOVER = re.compile(
    # ("X was the worst performer, with shares plunging 9%": X's own; "with shares of rivals falling": theirs)
    r"\b(?:with|while|whereas|as)\s+(?!its?\b|their\b|they\b|shares\b(?!\s+(?:of|in)\b)|the (?:stock|shares)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}$"
    # "Onshore shares were muted, with the blue-chip X300 index declining": the index named after "with" moved
    r"|\b(?:with|while|whereas)\s+(?!its\b|their\b)(?:the\s+)?(?:\S+\s+){0,3}(?:index|gauge|benchmark)\s+$"
)
# "Revenue from X Services surged 20%": the business figure of a unit, not a stock; "Sales of the Tundra, Velt's
# flagship SUV, rose 40%": the figure of a thing X owns, described after it
_METRIC_OF = re.compile(
    r"(?!prices?\b)" + METRIC.pattern + r"\s+(?:from|of|at|in|for|by)\s+(?:the\s+|its\s+)?(?:[^,;]{1,40},\s+)?$",
    re.IGNORECASE,
)
_BOURSES = frozenset({"NSE", "BSE", "NYSE", "HKEX", "SGX", "KRX", "TWSE", "TSE", "LSE", "ASX", "SSE", "SZSE"})


# Words that describe an index itself ("the X stock index", "the X benchmark index"), not one of its sub-indexes
_SAME_INDEX = (
    r"(?:stocks?|shares?|equity|equities|benchmark|main|key|composite|broader|broad|blue-chip|all-share|weighted|"
    r"price|headline|flagship|bellwether|market|total|large-cap)\b"
)
# "the X 600 technology index", "the X banks index", "the X 200 energy sector", "X ex-Japan", "X futures": another
# index or instrument named after the index's name; "X-R", "X-U": a second counter of a stock or fund
_ANOTHER_INSTRUMENT = re.compile(
    r"(?:['’]s?)?\s+(?:ex-[\w.-]+|futures\b|(?:(?!" + _SAME_INDEX + r")[a-z][\w-]*\s+){1,2}"
    r"(?:sub-?index|index|indices|indexes|gauge|sector|sub-?sector)\b"
    r"|(?:index|gauge)\s+of\s+(?:[a-z][\w-]*\s+){1,3}(?:shares|stocks|companies)\b)"  # "X index of value shares"
)

_CURRENCY_LINE = re.compile(r"\s*\((?:USD|HKD|RMB|CNY|CNH|EUR|GBP|JPY|SGD|CAD|AUD|US\$|HK\$|S\$|A\$|C\$)\)")
_INDEX_SHAPED = re.compile(r"(?:\b\d{2,4}|\b(?:Index|Composite|Average))$")
_A_SECTOR_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:banks|miners|insurers|utilities|automakers|carmakers|chipmakers|retailers|telecoms|lenders|"
    r"developers|builders|airlines|financials|industrials|energy|technology|tech|healthcare|materials)\b"
)
_SUB_INDEX_OF = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){1,3}(?:shares|stocks|companies)\b")


def another_instrument(text: str, named: Mention) -> bool:
    """Whether the name at `named` opens the name of another instrument than the one it names: a sub-index or
    sector of an index ("the X 600 technology index"), an index without a region ("X ex-Japan"), its futures, or a
    stock's or fund's second counter ("X-R")."""
    if _ANOTHER_INSTRUMENT.match(text, named.end) is not None or re.search(r"-[RU]$", named.text) is not None:
        return True
    if _CURRENCY_LINE.match(text, named.end) is not None:
        return True  # "the X Gold ETF (USD) gained 0.5%": the fund's line in another currency
    if _INDEX_SHAPED.search(named.text) and _A_SECTOR_AFTER.match(text, named.end):
        return True  # "X 600 banks rose 1.2%": a sector of the index moved, not the index
    # "the X index of value shares" when the name already holds its index word ("X index" known from before)
    index_named = re.search(r"\s(?:index|gauge)$", named.text, re.IGNORECASE) is not None
    return index_named and _SUB_INDEX_OF.match(text, named.end) is not None


def not_the_stock(view: SentenceView, m: re.Match[str], subject_m: Mention) -> bool:
    """Whether the name before a move verb is no stock: an object, a place or exchange, a business figure, another
    instrument named after it."""
    text = view.text
    if another_instrument(text, subject_m):
        return True
    if (
        _NOT_SUBJECT.search(text[subject_m.end : subject_m.end + 12])
        and not re.match(r"['’]?s? shares", text[subject_m.end :])
        and not text[subject_m.end :].startswith(",")  # "BYD, the market leader, slipped": an appositive
    ):
        return True
    if (
        guess_kind(subject_m.text) == EntityKind.PLACE
        or subject_m.text.endswith("Exchange")
        or subject_m.text in _BOURSES
    ):
        return True  # a place, or an exchange ("Taiwan Stock Exchange"): its index moved, not a stock
    if _METRIC_OF.search(text, max(0, subject_m.start - 60), subject_m.start):
        return True
    if _OTHER_MOVER.search(text[subject_m.end : m.start()]):
        return True  # "X ended 0.8% lower, with tech stocks falling 6.5%": the sector's figure
    between = _SHARE_PRICE.sub("", text[subject_m.end : m.start()])  # "X's share price slumped": the stock
    between = _APPOSITIVE.sub("", between)  # "X, Korea's largest maker by sales, fell": a description of X
    if METRIC.search(between) or METRIC.fullmatch(subject_m.text) or FIGURE_NAME.search(subject_m.text):
        return True  # "X's revenue rose 8%", "The FY24 EPS rises by 12%": a business figure, not the share price
    if _LOSSES.match(text, subject_m.end):
        return True  # "The X losses declined 20%"
    # "X's chip business declined 40%": something X owns moved, not its stock
    return _OWNED_NOT_SHARES.match(text[subject_m.end : m.start()]) is not None


# "expects the stock to rise", "shares could fall": a move foretold, not one that happened
_FORETOLD = re.compile(
    r"\b(?:could|would|may|might|will|should|can|expect(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}to|"
    r"(?:likely|set|poised|forecast|predicted|projected|expected)\s+to)\s+$",
    re.IGNORECASE,
)
# "up 1.2% from the opening trade": not the day's change; "after dipping 1.55% in the previous session": another day's
_FROM_THE_OPEN = re.compile(
    r"\s+(?:from\s+(?:the|its)\s+open(?:ing)?\b|(?:in|on|during)\s+the\s+(?:previous|prior)\s+(?:trading\s+)?"
    r"(?:session|day)\b|(?:a day earlier|the day before|the previous day)\b)",
    re.IGNORECASE,
)
# "X (XX), the leader, is up 5%", "X's stock was 3% lower": what may stand between a stock and "is"/"was"
_COPULA_SUBJECT = re.compile(
    r"(?:['’]s?)?(?:\s*\([^()]{1,20}\))?(?:,[^,]{1,80},)?\s+(?:(?:[A-Z][\w-]*\s+)?(?:shares|stock|ADRs|index)\s+)?"
    r"(?:\w+ly\s+)?"
)


# "lost 30% of its customers": a share of something else lost, not of the stock's value
_SHARE_OF = re.compile(r"\s+of\s+(?:its|their|the)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
_STOCK_VALUE = re.compile(r"\b(?:value|worth|valuation|market|capitali[sz]ation|gains?|losses|shares?|stock)\b")
_SHARE_OF_A_MARKET = re.compile(
    r"\s+(?:in\s+)?(?:(?:global|domestic|overall|its|their|the)\s+)?"
    r"(?:market\s+share|share\s+of\s+the\b|stake\b|of\s+the\s+(?:[\w-]+\s+)?market\b)",
    re.IGNORECASE,
)
# "is trading 16.9% below its 52-week high": a distance from a high or low, not a move
_FROM_A_PEAK = re.compile(r"\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:highs?|lows?|peaks?|records?)\b")
# "up by about 20% from a one-year low": a rebound from a low, not a move of the day
_FROM_A_LOW = re.compile(r"\s+from\s+(?:from\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:lows?|troughs?)\b")


# "it fell below the expected price range": an offering priced, not a stock traded
_A_RANGE = re.compile(
    r"\s*(?:below|above|short of|within|at the (?:top|bottom) of)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?range\b"
)
# "X, whose bonds have fallen 15%": the relative clause's noun moved; "followed by technology that slumped 2%": a noun
_OTHER_RELATIVE = re.compile(
    r"\bwhose\s+(?!(?:[A-Z][\w-]*\s+)?(?:shares|stock|ADRs|share price|stock price)\b)(?:[\w-]+\s+){1,3}$"
    r"|\b(?!(?:said|says|so|such|now|given|except|than|and|but|or|stocks?|shares|news|reports?)\b)[a-z][\w-]*(?<!ed)"
    r"\s+(?:that|which)\s+(?:\w+ly\s+)?$"
)


def not_the_days_figure(text: str, move: re.Match[str], start: int = 0) -> bool:
    """The verb and figure state no move of a stock of the clause starting at `start`: "X, whose bonds have fallen
    15%", "technology that slumped 2%", "it fell below the expected price range", "lost 30% of its customers",
    "16.9% below its 52-week high"."""
    if _OTHER_RELATIVE.search(text, start, move.start()) or _A_RANGE.match(text, move.end()):
        return True
    if move.group("pct") and _FROM_A_LOW.match(text, move.end()):
        return True
    if move.group("pct") and _SHARE_OF_A_MARKET.match(text, move.end()):
        return True  # "gained 5% market share", "raised its stake by 5%": a share of something, not the stock's move
    share_of = _SHARE_OF.match(text, move.end()) if move.group("pct") else None
    if share_of is not None and not _STOCK_VALUE.search(share_of.group("what")):
        return True
    return (move.group("hl") or "").lower() in ("below", "above") and _FROM_A_PEAK.match(text, move.end()) is not None


def not_a_stated_move(text: str, move: re.Match[str], subject_m: Mention | None, pct_given: bool) -> bool:
    """The verb of `move` states no move: "SBI added" (said), "added to the weakness", "expects it to rise", "finished
    up 1.2% from the opening trade" (not the day's change), or "is 52% higher" said of a name the figure is not about
    ("compared to X's processor, performance is 52% higher")."""
    verb, start = move.group("verb").lower(), move.start()
    if not pct_given and verb in ("added", "adds", "adding", "increased", "decreased"):
        return True
    if _FORETOLD.search(text, 0, start) or _FROM_THE_OPEN.match(text, move.end()):
        return True
    if SESSION_EXTREME.search(move.group(0)):
        return True  # "fell to a session low of $14.20, down 8%": the session's extreme, not the stock's move
    if _PREFERRED.search(text, max(0, start - 40), start):
        return True  # "its preferred shares fell 1%": a security apart from the company's stock
    if verb in ("is", "are", "was", "were") and subject_m is not None:
        return _COPULA_SUBJECT.fullmatch(text, subject_m.end, start) is None
    return False


_EXCHANGE_TICKER = re.compile(r"(?:NYSE|NASDAQ|HKEX|NSE|BSE|OTCMKTS|AMEX|TSX|ASX|KRX|SGX) (?=[A-Z0-9.]{1,8}$)")


def without_exchange_code(named: Mention | None) -> Mention | None:
    """ "Shares of NYSE SONY traded down": the ticker names the stock; the exchange code is no part of it."""
    code = _EXCHANGE_TICKER.match(named.text) if named is not None else None
    if named is None or code is None:
        return named
    return Mention(named.text[code.end() :], named.start + code.end(), named.end, named.possessive)


# "fell 40% since their debut in 2021", "down 60% from its 2021 high": the date a period starts, not the move's
_PERIOD_OPENS = re.compile(r"\bsince\b|\bfrom\s+(?:its|their|the)\s+$")


def move_date(view: SentenceView, end: int) -> PartialDate | None:
    """The date said right after a move (within 30 characters), unless a period opens first; else the text's."""
    for d in sorted(view.dates, key=lambda found: found.start):
        if d.date is not None and end <= d.start <= end + 30:
            opens = _PERIOD_OPENS.search(view.text, end, d.start) or view.text.startswith("since", d.start)
            return view.doc.published_at if opens else d.date
    return view.doc.published_at


# "hit an intraday low of $3.10, a drop of 12%", "fell to a session low of $14, down 8%": the session's extreme, not
# the stock's move (a close at a record high still moved it by its figure)
SESSION_EXTREME = re.compile(
    r"\b(?:intraday|session|day['’]s)\s+(?:low|high|trough|peak)s?\b"
    r"|\b(?:hit|hits|hitting|touched|touches|touching|reached|reaches|reaching|plumbed|(?:fell|dropped|sank|slid|"
    r"slumped|plunged|tumbled|rose|climbed|jumped|surged|soared|spiked)\s+to)\s+(?:an?|its|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:low|high|trough|peak)\b",
    re.IGNORECASE,
)
# "B, which lost 2%", "the index, which has risen 1%", "a stake in B, whose shares rose": a relative clause's verb
WHICH_HEAD = re.compile(
    r",\s+(?:which|that|whose\s+(?:[A-Z][\w-]*\s+)?(?:shares|stock|ADRs|share price|stock price))\s+"
    r"(?:(?:has|have|had|also|then|itself|both|each|all)\s+)*(?:\w+ly\s+)?$"
)
_ANTECEDENT_GAP = re.compile(r"\.?(?:['’]s?)?(?:\s+(?:shares|stock|ADRs))?(?:\s*\([^()]{1,20}\))?")


def relative_antecedent(view: SentenceView, comma: int) -> Mention | None:
    """The name right before ", which": "B, which lost 2%", "B shares, which ..."; None for a noun ("the index,
    which rose 1%"), whose move is no company's."""
    described = _DESCRIBED_BEFORE.search(view.text, 0, comma)  # "Velmar, the poultry company, which fell 4.7%"
    if described is not None and view.mentions_in(described.start(), comma):
        described = None  # "B, a supplier to X, which rose 4%": X, the name nearest
    end = described.start() if described is not None else comma
    named = view.mention_before(end, limit=30)
    if named is None or view.is_person(named) or not _ANTECEDENT_GAP.fullmatch(view.text, named.end, end):
        return None
    if _AGENT_OF_A_NOUN.search(view.text, max(0, named.start - 40), named.start):
        return None  # "other developers covered by X, which dropped 40%": the developers moved, not X
    return without_exchange_code(named)


_AGENT_OF_A_NOUN = re.compile(r"\b(?!(?:is|was|has|its|this|as)\s)[a-z]+s\s+[a-z]+ed\s+by\s+$")


_DESCRIBED_BEFORE = re.compile(r",\s+(?:the|a|an)\s+[^,;()%]{1,50}$")


def last_company_before(view: SentenceView, position: int) -> Mention | None:
    """The company named last before `position` in the sentence: what "the stock" or "the carmaker" refers to.
    Brokers and banks (they act on stocks, they are not the stock) and people are passed over."""
    for cand in reversed(view.mentions):
        if cand.end > position or view.is_person(cand) or is_dateline(view.text, cand):
            continue
        if any(w in BANK_WORDS for w in cand.text.lower().split()):
            continue
        return cand
    return None


def rated_before(view: SentenceView, position: int) -> str | None:
    """The stock an analyst action of this sentence rated before `position`."""
    start, end = view.sentence.start, view.sentence.start + position
    rated = [
        e.subject
        for e in view.b.events.values()
        if e.kind == EventKind.ANALYST_ACTION and e.span.start is not None and start <= e.span.start < end
    ]
    return rated[-1] if rated else None


_WHERE = re.compile(r"\b(?:in|at|on|from|to|across)\s+(?:the\s+)?[A-Z][a-z]+\s+$")
_REPORTS = re.compile(r"\b(?:said|says|say|told|added|noted|reported|reports|wrote|writes)\b")


def sole_company_before(view: SentenceView, position: int) -> str | None:
    """The one company the sentence names before `position` (no person, place or brokerage), if it names one and
    opens with it ("X's revenue grew 20%, while the shares fell 4%"; not "Even before X's move, its ADRs fell")."""
    found: set[str] = set()
    for named in view.mentions:
        if named.end > position or view.is_person(named) or guess_kind(named.text) == EntityKind.PLACE:
            continue
        if _WHERE.search(view.text, max(0, named.start - 20), named.start):
            continue  # "jumped 11% in New York": where, not who (a place the finder cut in two)
        ref = view.resolve(named, EntityKind.ORGANIZATION)
        if ref is None or view.b.record(ref).kind != EntityKind.ORGANIZATION:
            continue
        found.add(ref)
    sole = found.pop() if len(found) == 1 else None
    opening = view.mention_at(view.label_end())
    if sole is None or opening is None or view.resolve(opening, EntityKind.ORGANIZATION) != sole:
        return None
    if _REPORTS.search(view.text, opening.end, position):
        return None  # "X reported that its shares rose 30%": the one who reports is not the stock
    return None if "brokerage" in view.b.record(sole).categories else sole


NOT_A_SECURITY = re.compile(
    r"^[A-Z]{3}/[A-Z]{3}$|\bFutures?$|\b(?:Department|Ministry|Commission|Bureau|Administration) of\b"
    r"|\b(?:Depositary (?:Receipts|Shares)|Receipts|Warrants|Notes|Bonds|Debentures)$"  # a security, no company
    r"|^(?:Stock|Share|Stocks|Shares|Composite|Average|Index|Market|Benchmark)(?: (?:Stock|Share|Composite|Average|"
    r"Index|Market|Benchmark))*$"  # "Stock Average" cut from an index's name: no one stock or index named
)


def a_code_fragment(name: str) -> bool:
    """Whether a mover's name is a fragment of a wire code ("Steel makers .IISTL.T" cut to "L.T") or a legal form
    cut from its name ("X (Shanghai) Co Ltd" read as "Co Ltd"), no company."""
    return (
        re.fullmatch(r"[A-Z]\.[A-Z]{1,2}|(?:(?:Co|Corp|Inc|Ltd|Limited|LLC|PLC|plc|GmbH|AG|SA)\.?,?\s*)+", name)
        is not None
    )


_PREFERRED = re.compile(r"\b(?:preferred|preference)\s+(?:shares|stock)\b", re.IGNORECASE)
# "the acquirer's stock", "Its biggest customer saw its shares fall": a party named by its role to the story's company
_ROLE_OWNER = re.compile(
    r"\b(?:parent|rival|acquirer|buyer|bidder|target|peer|supplier|customer|partner|seller|owner|investor|"
    r"shareholder|competitor|client|suitor|unit|subsidiary|subsidiaries|affiliate|division|arm|spin-?off)s?\b",
    re.IGNORECASE,
)
# "X, which rates Y a buy, said the stock rose 4%": the one who speaks of "the stock" is not the stock
_SPEAKS_OF_STOCK = re.compile(
    r"\b(?:said|says|wrote|writes|noted|notes|added|adds|estimated|estimates)\s+(?:on \w+\s+)?(?:that\s+)?"
    r"(?:the (?:stock|shares)|shares)\s+(?:\w+\s+)?$"
)


def a_role_named(text: str, start: int, head: re.Match[str] | None) -> bool:
    """Whether the clause from `start` names the owner of the shares at `head` by its role to another company."""
    return head is not None and _ROLE_OWNER.search(text, start, start + head.end()) is not None


def speaker_of_the_stock(view: SentenceView, position: int, subject: str) -> bool:
    """Whether `subject` is the one the sentence has saying "the stock" moved ("X said the shares rose 4%")."""
    said = _SPEAKS_OF_STOCK.search(view.text, 0, position)
    if said is None:
        return False
    named = (view.b.find(n.text) for n in view.mentions if n.end <= said.start())
    return any(record is not None and record.ref == subject for record in named)


# A sentence opening with "The brokerage" goes on about the firm the text is about: it writes on stocks
_THE_BROKER = re.compile(r"(?:The|the) (?:brokerage|broker|research (?:firm|house))\b(?!['’])")


def note_brokerage_topic(view: SentenceView) -> None:
    """ "X said ... The brokerage raised its target": when the sentence before opened with the text's company and no
    other firm was seen writing on stocks, that company is the brokerage, whose stock no "the shares" of the text is."""
    topic = view.doc.topic
    if topic is None or topic != view.doc.last_subject or not _THE_BROKER.match(view.text, view.label_end()):
        return
    if context_actor(view, 0) in (None, topic):
        view.b.record(topic).categories.add("brokerage")


# "A and B both declined", "A (XX) and B (YY) each fell 5%": what stands between a list and its verb
_EACH = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:both|each|all)\s+")
_BEFORE_VERB = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+shares)?\s+")  # "A and B (YY) shares fell 2% each"


def coordinated(view: SentenceView, subject_m: Mention, verb: int, each_after: bool = False) -> list[Mention]:
    """ "A and B both declined over 1%", "A and B each lost 8%", "A and B fell 1.5% each" (`each_after`): every name
    of the list moved; else the one."""
    gap = _BEFORE_VERB if each_after else _EACH
    listed = view.name_list(subject_m.start, verb)
    if len(listed) > 1 and (
        _EACH.fullmatch(view.text, listed[-1].end, verb) or gap.fullmatch(view.text, listed[-1].end, verb)
    ):
        return listed
    if _EACH.fullmatch(view.text, subject_m.end, verb) or gap.fullmatch(view.text, subject_m.end, verb):
        for named in (n for n in view.mentions if n.end <= subject_m.start):  # the name before the verb ends the list
            listed = view.name_list(named.start, verb)
            if len(listed) > 1 and listed[-1] == subject_m:
                return listed
    return [subject_m]


# "... jumped as much as 40%. The stock, however, closed lower": the next sentence tells the close
_CLOSE_NEXT = re.compile(
    r"\s*(?:The (?:stock|shares)|It|They|Its shares)\b[^.;]{0,40}?\b(?:closed|ended|finished|settled|erased|"
    r"(?:recovered|rebounded) to (?:trade )?flat|reversed course|turned (?:negative|positive|lower|higher))\b"
)


def closes_next(view: SentenceView) -> bool:
    """Whether the sentence after this one tells how the stock closed (an extreme here is not the day's move)."""
    end = view.sentence.start + len(view.text)
    return _CLOSE_NEXT.match(view.b.source[end : end + 160]) is not None
