"""Listings: a debut or an IPO in a market, a "-listed" adjective, a ticker's exchange code or a listing code's
suffix, a stock trading on a market."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import INDEX_WORDS
from loaders.articles.mentions import after_possessive, guess_kind
from loaders.articles.patterns import described, notices
from loaders.articles.patterns.clauses import organisation_of, which_antecedent
from loaders.articles.patterns.exchanges import (
    EXCHANGES,
    HYPHEN,
    MARKETS,
    ON_EXCHANGE,
    RIC_EXCHANGES,
    SHORT_FORMS,
    SUFFIX_EXCHANGES,
    TICKER_EXCHANGES,
    debt_listed,
    exchange_named,
    listing_not_yet,
    named_right_before,
    state_listing,
)
from loaders.articles.patterns.move_words import UP_OR_DOWN
from loaders.articles.patterns.offerings import offering_terms
from loaders.articles.records import not_a_party
from loaders.drafts import Span

_ORG = EntityKind.ORGANIZATION


def apply(view: SentenceView) -> None:
    listings(view)
    suffix_tickers(view)
    market_shares(view)
    traded_in(view)
    priced_in_hong_kong(view)


# "X climbed 12.4 per cent to HK$19", "X debuted at HK$31.60": a share price in Hong Kong dollars is a price on the
# Hong Kong exchange (the only currency here that names one market)
_HK_PRICE = re.compile(
    r"\b(?:rose|rises|fell|falls|gained|gains|added|jumped|surged|soared|climbed|dropped|slid|slumped|declined|lost"
    r"|tumbled|plunged|slipped|advanced|rallied|retreated|eased|edged|closed|ended|opened|debuted|traded|finished)\b"
    r"(?:[^.;$]|\.(?=\d)){0,60}?\b(?:to|at)\s+HK\$\s?[\d.,]+\b(?!\s*(?:m|mn|bn|million|billion|trillion)\b)"
)
# "Its revenue rose 12 per cent to HK$9.50 a share": a figure the company reports, not its share price
_FIGURE_BEFORE = re.compile(r"\b(?:revenues?|sales|profits?|income|earnings|EBITDA|dividends?|payouts?)\b[^,;]*$", re.I)
PRICED_RULE = "listings.priced_in_hong_kong.LISTED_ON"


def priced_in_hong_kong(view: SentenceView) -> None:
    for m in _HK_PRICE.finditer(view.text):
        if _FIGURE_BEFORE.search(view.text, clause_start(view.text, m.start()), m.start()):
            continue
        company = view.subject_ref(m.start())
        if company is not None:
            span = view.span(clause_start(view.text, m.start()), m.end()).model_copy(update={"rule": PRICED_RULE})
            state_listing(view, company, "Hong Kong", span, presupposed=True)


_LISTING_PLACE = re.compile(
    r"\b(?:(?:first|1st) day of trading|trading debut|market debut|stock market debut|debut(?:ed|s)?|listing|IPO|"
    r"initial public offering|went public|began trading|started trading)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:in|on)\s+"
    r"(?:the\s+)?(?:mainland\s+)?(?:China['’]s\s+)?"  # "a debut on mainland China's Star Market"
    rf"(?:the\s+)?{MARKETS}\b(?:'s)?(?:\s+(?:Stock\s+)?Exchange|\s+bourse|\s+market)?"
)
# "on its Hong Kong debut", "since their Hong Kong listings", "X's Nasdaq IPO": the market named before the debut
_PLACE_DEBUT = re.compile(
    rf"\b(?:its|their|a|the|[A-Z][\w.&-]*['’]s?)\s+{MARKETS}\s+(?:stock market\s+|trading\s+|market\s+)?"
    r"(?:debut|listings?|IPO|initial public offering)\b"
)

# "Shenzhen-listed carmaker X" (not "the Hong Kong-listed unit of Y": Y owns the listed unit)
_PLACE_LISTED = re.compile(
    rf"\b{MARKETS}{HYPHEN}listed(?:,\s+(?:[A-Z][\w.]*\s)?[A-Z][\w.]*{HYPHEN}based)?"  # "NYSE-listed, U.S.-based X"
    r"\s+(?:(?:shares|stock|ADRs)\s+of\s+|"  # "the Hong Kong-listed shares of X"
    r"(?:(?!(?:of|in|for|to|by|with|and|or|at|on|from|under)\b)[a-z-]+\s+){0,4}"
    r"(?!(?:of|in|for|to|by|with|and|or|at|on|from|under)\b))"
)
_LISTED_APPOSITIVE = re.compile(
    rf"(?P<org>[A-Z][\w.&:-]*(?: [A-Z][\w.&-]*){{0,3}}),\s+(?:the|a|an)\s+{MARKETS}{HYPHEN}listed\b"
)


# "X shares rose 0.4% to close at NT$229.50 on the Taiwan Stock Exchange": the exchange its shares trade on
_TRADES_ON = re.compile(
    # not "the most traded shares on the NSE", "listing requirements on the Tokyo Stock Exchange"
    r"\b(?:close[ds]?|closing|ended|finished|settled|(?<!most )traded|trading|trades|(?<=shares )trade|opened|debuted|"
    r"debut|"
    r"listing(?=\s+(?:at|its|their|on)\b))\b"
    rf"(?:[^.;]|\.(?=\d)){{0,60}}?\bon (?:both )?(?:the )?{ON_EXCHANGE}"
)
# "On the NSE, X closed at ...", "At the BSE, shares of X listed at par": the exchange put first
_AND_EXCHANGE = re.compile(rf"\s+(?:and|as well as)\s+(?:on\s+)?(?:the\s+)?{ON_EXCHANGE}")
_FRONTED_EXCHANGE = re.compile(rf"^(?:On|At) (?:the )?{ON_EXCHANGE},\s+")
_FRONTED_MOVE = re.compile(r"\b(?:close[ds]|ended|finished|settled|traded|opened|debuted|listed|rose|fell)\b")
TICKER_RULE = "places.tickers.LISTED_ON"
# "(NYSE: XX)", "(NYSE:NIO – Get Free Report)", "(NYSE: BABA and HKEX: 9988 (HKD Counter))": every code in it
# "(NASDAQ:)": a page that linked the code away still names the exchange; "(QRVN:NASDAQ)": the code first
# "(OTCMKTS:XXXXY)": seven letters; "(FSE: XX / OTCQX: XXXXY)": codes parted by a slash
_TICKER = re.compile(
    r"^\.?\s*\((?=[A-Za-z]{2,7}\s?:|[A-Z0-9]{1,8}:[A-Z]{2,6}\))(?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)"
)
_CODE = re.compile(r"(?:^|\band\s+|[,;/]\s*)(?P<code>[A-Za-z]{2,7})\s?:\s?(?:[A-Z0-9][A-Z0-9.]{0,9}\b|$)")
_CODE_FIRST = re.compile(r"[A-Z0-9]{1,8}:(?P<code>[A-Z]{2,6})")


def listings(view: SentenceView) -> None:
    """ "X closed 693% higher on its first day of trading in Shanghai", "X's Hong Kong debut": X is listed there."""
    for m in [*_LISTING_PLACE.finditer(view.text), *_PLACE_DEBUT.finditer(view.text)]:
        named = view.mention_at(m.start())  # "CALB's Hong Kong IPO": the owner opens the match
        owner = named if named is not None and named.possessive else view.mention_before(m.start(), limit=6)
        possessive = owner is not None and owner.possessive
        company = view.resolve(owner, _ORG) if possessive else which_antecedent(view, m.start())
        company = company or (None if possessive else view.subject_ref(m.start()))
        if listing_not_yet(view, m.end()):
            continue
        span = view.span(clause_start(view.text, m.start()), m.end())
        state_listing(view, company, m.group("place"), span, terms=offering_terms(view, company))
        for place in _and_markets(view, m.end()):  # "debuted in Hong Kong and Shanghai"
            state_listing(view, company, place, span)
    listed_adjectives(view)
    described.listed_description(view)
    trades_on(view)
    listed_on_board(view)
    notices.apply(view)
    tickers(view)


_AND_MARKET = re.compile(rf"\s+(?:and|as well as)\s+(?:in\s+|on\s+)?(?:the\s+)?{MARKETS}\b(?![-\u2010\u2011])")


def _and_markets(view: SentenceView, end: int) -> list[str]:
    """The markets named after a listing's own ("listed in Hong Kong and Shanghai")."""
    found = _AND_MARKET.match(view.text, end)
    return [found.group("place")] if found is not None else []


def listed_adjectives(view: SentenceView) -> None:
    """ "Cambricon, the Shanghai-listed chip designer", "Kosdaq-listed startup X"."""
    for m in _LISTED_APPOSITIVE.finditer(view.text):
        company_m = view.mention_at(m.start("org"))
        if company_m is not None and company_m.end == m.end("org"):
            company = organisation_of(view, company_m)  # a description takes the listing as given
            state_listing(view, company, m.group("place"), view.span(m.start(), m.end()), presupposed=True)
    for m in _PLACE_LISTED.finditer(view.text):
        company_m = view.mention_at(m.end())
        if company_m is not None and re.fullmatch(rf"[A-Z]+{HYPHEN}[a-z]+|[ABH]", company_m.text):
            continue  # "the Shanghai-listed AI-chip specialist", "its Hong Kong-listed H shares": no company
        # "fellow Nasdaq-listed peers A and B": a plural noun lists the companies
        named = view.name_list(m.end()) if re.search(r"[a-z]s\s+$", m.group(0)) else [company_m]
        for company_m in named:
            if company_m is not None and not view.is_person(company_m):
                span = view.span(m.start(), company_m.end)
                state_listing(view, view.resolve(company_m, _ORG), m.group("place"), span, presupposed=True)
    listed_including(view)
    listed_opening(view)


# "firms traded on the Tokyo bourse, such as A, B and C": each company the list names
_LISTED_INCLUDING = re.compile(
    r"\b(?:companies|firms|stocks|groups|issuers)\s+(?:listed|traded)\s+"
    rf"(?:on\s+(?:the\s+)?{ON_EXCHANGE}|in\s+{MARKETS}\b),?\s+(?:including|such as|like|among them)\s+"
)


# "Run from Lyon and also listed in Paris, X ...", "Traded in Seoul since 2016, X ...": a
# fronted phrase lists the subject after its comma
_LISTED_OPENING = re.compile(
    r"^(?:[A-Z][a-z]+\s[^,;]{0,60}?\s+and\s+)?(?:(?:[Nn]ow|[Pp]ublicly|[Aa]lso|[Ss]till)\s+)*"
    rf"(?:[Ll]isted|[Tt]raded)\s+(?:in|on)\s+(?:the\s+)?{MARKETS}\b(?:\s+since\s+\d{{4}})?,\s"
)


def listed_opening(view: SentenceView) -> None:
    m = _LISTED_OPENING.match(view.text)
    subject = view.subject_mention(after=m.end()) if m is not None else None
    if m is not None and subject is not None and not view.is_person(subject):
        span = view.span(0, subject.end)
        state_listing(view, view.resolve(subject, _ORG), m.group("place"), span, presupposed=True)


def listed_including(view: SentenceView) -> None:
    for m in _LISTED_INCLUDING.finditer(view.text):
        place = m.group("place") or exchange_named(m)
        for named in view.name_list(m.end()):
            if not view.is_person(named):
                span = view.span(m.start(), named.end)
                state_listing(view, view.resolve(named, _ORG), place, span, presupposed=True)


# "X is listed on the main board of the Hong Kong Stock Exchange", "X listed on the SZSE in 2010" (a short form:
# corporate.py reads a listing on a named "... Exchange")
_LISTED_ON_BOARD = re.compile(
    r"\b(?:listed|listing|debuted|began trading|trades|traded|went public|floated)\s+(?:on|in)\s+(?:the\s+)?"
    r"(?:(?:[Mm]ain|[Gg]rowth|GEM|[Pp]rime|[Ss]tandard)\s+(?:[Bb]oard|[Mm]arket|[Ss]ection)\s+of\s+(?:the\s+)?"
    rf"{ON_EXCHANGE}|(?P<short>{SHORT_FORMS})\b(?![-‑]))"
)


def listed_on_board(view: SentenceView) -> None:
    """ "X is listed on the main board of the Hong Kong Stock Exchange", "X listed on the SZSE in 2010"."""
    for m in _LISTED_ON_BOARD.finditer(view.text):
        if listing_not_yet(view, m.end()) or debt_listed(view, m.start()):
            continue
        company = which_antecedent(view, m.start()) or view.subject_ref(m.start())
        name = m.group("short") or exchange_named(m)
        state_listing(view, company, name, view.span(clause_start(view.text, m.start()), m.end()))


def trades_on(view: SentenceView) -> None:
    """ "X shares closed at NT$229.50 on the Taiwan Stock Exchange", "On the NSE, X closed at ..."."""
    for m in _TRADES_ON.finditer(view.text):
        name = exchange_named(m)
        company = which_antecedent(view, m.start()) or view.subject_ref(m.start())
        exchange = view.b.find(EXCHANGES.get(name, name))
        if exchange is not None and exchange.ref == company:
            continue  # "the Taiwan Stock Exchange closed ... on the Taiwan Stock Exchange": no company named
        if company is not None and not listing_not_yet(view, m.end()):
            state_listing(view, company, name, view.span(clause_start(view.text, m.start()), m.end()))
            second = _AND_EXCHANGE.match(view.text, m.end())  # "traded on the X Stock Exchange and the Y Exchange"
            if second is not None:
                state_listing(view, company, exchange_named(second), view.span(m.start(), second.end()))
    fronted = _FRONTED_EXCHANGE.match(view.text)
    move = _FRONTED_MOVE.search(view.text, fronted.end()) if fronted is not None else None
    if fronted is not None and move is not None:
        state_listing(view, view.subject_ref(move.start()), exchange_named(fronted), view.span(0, fronted.end()))


def tickers(view: SentenceView) -> None:
    """ "X (NYSE: XX)": X is listed on the exchange of the ticker's code, under a rule of its own (calibration tells
    a ticker's exchange code from a debut's city)."""
    for company_m in view.mentions:
        after = after_possessive(view.text, company_m)  # "X's (NASDAQ:XX) price cuts": the ticker is X's too
        ticker = _TICKER.match(view.text[after:])
        if ticker is None or view.b.find(company_m.text, EntityKind.PERSON) is not None:
            continue  # a person-shaped name with a ticker is a company ("Li Auto (NASDAQ: LI)"), a known person not
        if not_a_party(company_m.text):
            continue  # '"the Brazilian (NASDAQ: XX)"': a nickname's nationality before another company's ticker
        span = view.span(company_m.start, after + ticker.end()).model_copy(update={"rule": TICKER_RULE})
        inner = ticker.group("inner").strip()
        codes = [code.group("code").upper() for code in _CODE.finditer(inner)]
        code_first = _CODE_FIRST.fullmatch(inner)
        if code_first is not None and not any(code in TICKER_EXCHANGES for code in codes):
            codes = [code_first.group("code")]  # "(QRVN:NASDAQ)"
        for code in codes:
            exchange = TICKER_EXCHANGES.get(code)
            if exchange:
                company = view.resolve(company_m, _ORG)
                # a ticker takes the listing as given, whatever its clause plans ("results expected from X (NYSE: XX)")
                state_listing(view, company, exchange, span, ticker=True, presupposed=True)


# "X (688795.SS)", "Meituan 3690.HK": a listing code with its exchange's suffix
_SUFFIX_TICKER = re.compile(r"\.?\s*\(?\d{3,6}\.(?P<x>HK|SS|SH|SZ|T|KS|KQ|TW|TWO|NS|BO|SI)\)?(?![\w.])")
SUFFIX_TICKER_RULE = "places.suffix_tickers.LISTED_ON"
# "Brantor Oy (BRNT.HE)", "Quorra (QRS.O)": a wire's code of letters and its exchange's suffix (two letters at least
# before the dot: not "(S.A.)")
_RIC = re.compile(rf"\s*\([A-Z][A-Z0-9]{{1,5}}\.(?P<x>{'|'.join(RIC_EXCHANGES)})\)")
RIC_RULE = "listings.ric_tickers.LISTED_ON"
# "X's Hong Kong-listed shares", "its New York-listed shares" (the text's company)
# a share class may stand before the noun ("its Hong Kong-listed H shares", "X's Shanghai-listed A-shares")
_SHARES = r"(?:(?:[ABH]|class [A-Z])[- ])?(?:shares|stock|ADRs|ADSs)\b"
_OWN_LISTED_SHARES = re.compile(rf"['’]s?\s+{MARKETS}{HYPHEN}listed\s+{_SHARES}")
_ITS_LISTED_SHARES = re.compile(rf"\b[Ii]ts\s+{MARKETS}{HYPHEN}listed\s+{_SHARES}")


# "Baidu's Hong Kong shares", "its Shanghai stock", "Hong Kong shares of X": a market with one main exchange ("X's
# New York shares" does not tell the NYSE from Nasdaq)
_ONE_MARKET = r"(?P<place>Hong Kong|Shanghai|Shenzhen|Tokyo|Seoul|Taipei|Singapore|Nasdaq|NYSE)"
_SHARE_NOUN = r"(?:shares|stock(?:\s+price)?|ADRs|ADSs)\b"
# "X's Hong Kong and Shenzhen shares": both
_OWN_MARKET_SHARES = re.compile(
    rf"['’]s?\s+{_ONE_MARKET}(?:\s+and\s+{_ONE_MARKET.replace('place', 'place2')})?\s+{_SHARE_NOUN}"
)
_ITS_MARKET_SHARES = re.compile(rf"\b[Ii]ts\s+{_ONE_MARKET}\s+{_SHARE_NOUN}")
_MARKET_SHARES_OF = re.compile(rf"\b{_ONE_MARKET}\s+(?:shares|stock)\s+of\s+(?=[A-Z])")
MARKET_SHARES_RULE = "listings.market_shares.LISTED_ON"


def market_shares(view: SentenceView) -> None:
    """ "Baidu's Hong Kong shares fell", "its Shanghai shares", "Hong Kong shares of X rose": X trades there."""
    for company_m in view.mentions:
        owned = _OWN_MARKET_SHARES.match(view.text, company_m.end) if company_m.possessive else None
        if owned is not None and not view.is_person(company_m):
            span = view.span(company_m.start, owned.end()).model_copy(update={"rule": MARKET_SHARES_RULE})
            for place in filter(None, owned.group("place", "place2")):
                state_listing(view, view.resolve(company_m, _ORG), place, span)
    for its in _ITS_MARKET_SHARES.finditer(view.text):
        span = view.span(its.start(), its.end()).model_copy(update={"rule": MARKET_SHARES_RULE})
        state_listing(view, view.subject_ref(its.start()) or view.doc.topic, its.group("place"), span)
    for m in _MARKET_SHARES_OF.finditer(view.text):
        named = view.mention_at(m.end())
        if named is None or view.is_person(named) or guess_kind(named.text) == EntityKind.PLACE:
            continue  # "Hong Kong shares of Chinese carmakers": no company named
        span = view.span(m.start(), named.end).model_copy(update={"rule": MARKET_SHARES_RULE})
        state_listing(view, view.resolve(named, _ORG), m.group("place"), span)


def suffix_tickers(view: SentenceView) -> None:
    """ "X (688795.SS)", "Meituan 3690.HK", "X's (its) Hong Kong-listed shares": X is listed on that exchange."""
    for company_m in view.mentions:
        ticker = _SUFFIX_TICKER.match(view.text, company_m.end)
        owned = _OWN_LISTED_SHARES.match(view.text, company_m.end) if company_m.possessive else None
        listed = ticker or owned
        if listed is None or view.b.find(company_m.text, EntityKind.PERSON) is not None:
            continue
        span = view.span(company_m.start, listed.end()).model_copy(update={"rule": SUFFIX_TICKER_RULE})
        place = SUFFIX_EXCHANGES[ticker.group("x")] if ticker is not None else listed.group("place")
        presupposed = ticker is not None  # "a bid for X (0123.HK)": the code lists X whatever the clause says
        state_listing(view, view.resolve(company_m, _ORG), place, span, ticker=presupposed, presupposed=presupposed)
    for company_m in view.mentions:
        ric = _RIC.match(view.text, after_possessive(view.text, company_m))
        if ric is not None and view.b.find(company_m.text, EntityKind.PERSON) is None:
            span = view.span(company_m.start, ric.end()).model_copy(update={"rule": RIC_RULE})
            exchange = RIC_EXCHANGES[ric.group("x")]
            state_listing(view, view.resolve(company_m, _ORG), exchange, span, ticker=True, presupposed=True)
    for its in _ITS_LISTED_SHARES.finditer(view.text):
        span = view.span(its.start(), its.end()).model_copy(update={"rule": SUFFIX_TICKER_RULE})
        state_listing(view, view.subject_ref(its.start()) or view.doc.topic, its.group("place"), span)


# Markets with one main exchange: a stock that moved "in Hong Kong" trades on its exchange ("in New York" does not
# tell Nasdaq from the NYSE)
_ONE_EXCHANGE = r"(?P<place>Hong Kong|Shanghai|Shenzhen|Tokyo|Seoul|Taipei|Singapore|Sydney|Frankfurt|Paris|London)"
_MOVED_IN = re.compile(
    rf"\b(?:{UP_OR_DOWN})\b(?:[^.;]|\.(?=\d)){{0,80}}?\bin {_ONE_EXCHANGE}"
    r"(?: trading\b| on [A-Z][a-z]+day\b|(?=[\s,.;]))(?!-)"
)
# "X rose 4% on the Harlow Exchange", "its stock climbed 9 per cent on the NSE": a move on a named exchange
# (the last move before the exchange: "revenue rose 5%, and A fell 2% on the Nasdaq" is A's)
_MOVED_ON = re.compile(
    rf"\b(?:{UP_OR_DOWN})\b(?:(?!(?:{UP_OR_DOWN})\b)[^.;]|\.(?=\d)){{0,60}}?\b(?:on|in) (?:the )?{ON_EXCHANGE}"
)
# "X shares on the Hong Kong Stock Exchange opened higher", "already listed in Shenzhen, X ...", "is listed in Y"
_SHARES_ON = re.compile(
    rf"\b(?:shares|stock)\s+(?:on|in)\s+(?:the\s+)?(?:{MARKETS}(?:\s+(?:Stock\s+)?Exchange)?\b|"
    r"(?P<exchange>(?:[A-Z][\w-]*\s){1,4}(?:Stock\s)?Exchange)\b)"
)
_LISTED_IN = re.compile(
    r"\b(?:[Aa]lready |currently |dual-|primary-|is |are |was |were |been )listed (?:in|on) (?:both )?(?:the )?"
    rf"{MARKETS}\b(?!['’]s)"
)  # not "listed on Shanghai's STAR Market" (a board of its own, read in corporate.py)


_DEBT_WORD = re.compile(r"\b(?:bonds?|notes|debentures|convertibles?|yields?)\b")
_STOCK_WORD = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|ADRs?)\b")


def traded_in(view: SentenceView) -> None:
    """ "X closed up 0.2% in Hong Kong", "X shares on the Hong Kong Stock Exchange", "Already listed in Shenzhen,
    X ...": the stock trades on that market."""
    for m in _MOVED_IN.finditer(view.text):
        head = view.text[: m.start()]
        if not _STOCK_WORD.search(head) and not re.match(r"(?:closed|ended|finished)", m.group(0)):
            continue  # "sales fell 30% in Shanghai": a business figure, not the stock
        span = view.span(clause_start(view.text, m.start()), m.end())
        for stock in _stock_subjects(view, m.start()):  # "A and B soared in Hong Kong": both trade there
            state_listing(view, stock, m.group("place"), _ruled(span, "moved_in"))
    for m in _MOVED_ON.finditer(view.text):
        start = clause_start(view.text, m.start())
        if _FIGURE_BEFORE.search(view.text, start, m.start()) or _DEBT_WORD.search(view.text, start, m.start()):
            continue  # "its revenue rose 5% on the Nasdaq-listed ...", "X's bonds rose on the Singapore Exchange"
        if _STOCK_WORD.search(view.text, 0, m.start()) or view.mention_before(m.start(), limit=20) is not None:
            span = view.span(start, m.end())
            for stock in _movers(view, m.start()):  # "A rose 3% on the Taipei Exchange": A trades there
                state_listing(view, stock, exchange_named(m), _ruled(span, "moved_on"))
    for m in _SHARES_ON.finditer(view.text):
        owner = view.mention_before(m.start(), limit=4)
        place = m.group("exchange") or m.group("place")
        span = view.span(owner.start if owner else m.start(), m.end())
        state_listing(view, organisation_of(view, owner), place.strip(), _ruled(span, "shares_on"))
    for m in _LISTED_IN.finditer(view.text):
        if debt_listed(view, m.start()):
            continue
        opening = re.match(r"\s*(?:[A-Z][a-z]+\s+)?$", view.text[: m.start()]) and view.text[m.end() :].startswith(",")
        company_m = view.subject_mention(after=m.end()) if opening else named_right_before(view, m.start())
        company = view.resolve(company_m, _ORG) if company_m is not None else view.subject_ref(m.start())
        span = view.span(clause_start(view.text, m.start()), m.end())
        for place in [m.group("place"), *_and_markets(view, m.end())]:  # "dual-listed in Hong Kong and New York"
            state_listing(view, company, place, _ruled(span, "listed_in"))


def _ruled(span: Span, reading: str) -> Span:
    """The span under a rule of its own (`places.traded_in.<reading>`), so calibration weighs each reading."""
    return span.model_copy(update={"rule": f"places.traded_in.{reading}.LISTED_ON"})


# "A shares fell", "A's share price rose": the stock named right before its move
_NAMED_STOCK = re.compile(r"(?:['’]s?)?(?:\s+(?:shares|stock|share price|stock price|ADRs))?\s+")


def _movers(view: SentenceView, pos: int) -> list[str]:
    """The stocks whose move ends at `pos`: the name right before the verb ("revenue rose, and A shares fell"),
    else the clause's subjects."""
    named = view.mention_before(pos, limit=20)
    if named is not None and not view.is_person(named) and _NAMED_STOCK.fullmatch(view.text, named.end, pos):
        return [c for c in [organisation_of(view, named)] if c is not None and not _an_index(view, c)]
    return _stock_subjects(view, pos)


def _an_index(view: SentenceView, ref: str) -> bool:
    """ "the Hang Seng index fell 1% in Hong Kong": an index, no listed company."""
    return bool(set(view.b.record(ref).name.lower().split()) & (INDEX_WORDS | {"hang", "seng"}))


def _stock_subjects(view: SentenceView, pos: int) -> list[str]:
    first = view.subject_mention(pos)
    if first is not None and first.possessive and guess_kind(first.text) == EntityKind.PLACE:
        end = first.end  # "Shares of China's AI startups A and B": the names after the place's description
        first = next((m for m in view.mentions if end < m.start <= end + 40), None)
    listed = view.name_list(first.start, pos) if first is not None else []
    companies = [organisation_of(view, m) for m in listed] if len(listed) > 1 else []
    companies = companies or [view.subject_ref(pos)]
    return [c for c in companies if c is not None and not _an_index(view, c)]
