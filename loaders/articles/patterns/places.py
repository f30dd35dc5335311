"""Place and parent frames: units, arms and subsidiaries; listings named by a debut or a "-listed" adjective;
headquarters from "-based", "based in" and descriptions."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import OPENING_PARTICIPLE, SentenceView, clause_start
from loaders.articles.lexicon import CLAUSE_WORDS, INDEX_WORDS
from loaders.articles.mentions import Mention, guess_kind, looks_like_person
from loaders.articles.patterns.clauses import organisation_of, which_antecedent
from loaders.articles.patterns.move_words import DOWN, UP
from loaders.drafts import Span

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    parents(view)
    listings(view)
    suffix_tickers(view)
    traded_in(view)
    headquarters(view)


# --- parents and listings ---------------------------------------------------------------------------------
# "an affiliate of" is a tie (ties.py), not a unit
UNIT = r"(?:unit|arm|subsidiary|division|brand|business|spin-?off|offshoot|subsidiaries)"

# "X, the AI chip unit of Y" / "X, a private-equity firm under Y" / "X, a ... outlet owned by Y"
_UNIT_OF = re.compile(
    rf"^,\s+(?:an?|the|its)\s+(?:[\w()-]+\s+){{0,5}}?(?:{UNIT}\s+(?:of|under|owned by)|(?:firm|company|outlet|"
    rf"fund|group|lab|platform|maker|manufacturer|developer)\s+(?:under|owned by|controlled by))\s+(?:the\s+)?(?=[A-Z])"
)

# "Y's AI chip arm X", "Geely's electric vehicle (EV) brand Zeekr", "Y's early-stage venture capital arm X"
_OWNERS_UNIT = re.compile(rf"^['’]s?\s+(?:[\w()-]+\s+){{0,5}}?{UNIT},?\s+(?=[A-Z])")

_AS_SUBSIDIARY = re.compile(
    r"\b(?:as|is|was|became|becomes|remains)\s+an?\s+(?:wholly[- ]owned\s+)?subsidiary of\s+(?=[A-Z])"
)

_CREATED = re.compile(r"\b(?:established|set up|founded|created|formed|launched)\s+(?=[A-Z])")
_THROUGH_SUBSIDIARY = re.compile(r"\bthrough (?:its )?(?:[a-z-]+ )?subsidiary,?\s+(?=[A-Z])")

_PARENT_APPOSITIVE = re.compile(
    r"^,\s+(?P<child>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+parent(?: company| group)?\b"
)


# "SF Group, the parent of SF Express": the parent named first
_PARENT_OF_APPOSITIVE = re.compile(r"^,\s+(?:the|its)\s+parent(?: company| group)? of\s+(?:the\s+)?(?=[A-Z])")
# "Lenovo's ShenQi mobile unit": the unit's name before its noun
_NAMED_UNIT = re.compile(rf"^['’]s?\s+(?P<unit>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,2}})\s+(?:[a-z-]+\s+){{0,2}}{UNIT}\b")
# "Sea, which owns gaming service Garena", "Sea owns e-commerce site Shopee" (a stake or shares is no unit)
_OWNS = re.compile(
    r"\b(?:which |that )?owns\s+(?!(?:an?\s+)?(?:[\d.]+\s?%|stake|shares|majority|minority))"
    # a description of what is owned ("gaming service", "Swedish automaker")
    r"(?:(?:the|an?)\s+)?(?!(?:the|an?)\s)(?:[A-Z][a-z]+(?:ish|ese|an)\s+)?(?:[a-z-]+\s+){1,3}(?=[A-Z])"
)


def parents(view: SentenceView) -> None:
    """Units, arms, brands and subsidiaries named in appositives and possessives; "X, Y's parent company"."""
    for found in _OWNS.finditer(view.text):
        owner = view.subject_mention(found.start())
        _parent(view, view.mention_at(found.end()), owner)
    for m in view.mentions:
        rest = view.text[m.end :]
        parent_first = _PARENT_OF_APPOSITIVE.match(rest)
        if parent_first and not m.possessive:
            _parent(view, view.mention_at(m.end + parent_first.end()), m)
        named_unit = _NAMED_UNIT.match(rest) if m.possessive else None
        unit_m = view.mention_at(m.end + named_unit.start("unit")) if named_unit else None
        if unit_m is not None and not view.is_person(unit_m) and not view.is_person(m):
            # the name before "unit" is the unit's own (resolve would read it as a mere modifier of the noun)
            unit = view.b.entity(unit_m.text, _ORG, view.span(unit_m.start, unit_m.end))
            span = view.span(m.start, unit_m.end)
            view.b.relate(RelationType.SUBSIDIARY_OF, unit, view.resolve(m, _ORG), span)
        unit_of = _UNIT_OF.match(rest)
        if unit_of and not m.possessive:
            _parent(view, m, view.mention_at(m.end + unit_of.end()))
        owned = _OWNERS_UNIT.match(rest) if m.possessive else None
        if owned:
            _parent(view, view.mention_at(m.end + owned.end()), m)
        parent_of = _PARENT_APPOSITIVE.match(rest)
        if parent_of and not m.possessive:
            _parent(view, view.mention_at(m.end + parent_of.start("child")), m)
    for found in _AS_SUBSIDIARY.finditer(view.text):
        created = _CREATED.search(view.text, 0, found.start())  # "A established X in 2023 as a subsidiary of Y"
        child = view.mention_at(created.end()) if created else view.subject_mention(found.start())
        _parent(view, child, view.mention_at(found.end()))
    for found in _THROUGH_SUBSIDIARY.finditer(view.text):
        parent = view.subject_mention(found.start())
        _parent(view, view.mention_at(found.end()), parent)


def _parent(view: SentenceView, child_m: Mention | None, parent_m: Mention | None) -> None:
    if child_m is None or parent_m is None or child_m == parent_m:
        return
    if view.is_person(child_m) or view.is_person(parent_m) or looks_like_person(parent_m.text):
        return
    child, parent = view.resolve(child_m, _ORG), view.resolve(parent_m, _ORG)
    start, end = min(child_m.start, parent_m.start), max(child_m.end, parent_m.end)
    view.b.relate(RelationType.SUBSIDIARY_OF, child, parent, view.span(start, end))


_MARKETS = (
    r"(?P<place>(?:Shanghai )?STAR [Mm]arket|Hong Kong|Shanghai|Shenzhen|Beijing|New York|Nasdaq|NYSE|Tokyo|Seoul|"
    r"Taipei|Singapore|London|Frankfurt|Paris|Amsterdam|Mumbai|Sydney|Wall Street)"
)
_LISTING_PLACE = re.compile(
    r"\b(?:(?:first|1st) day of trading|trading debut|market debut|stock market debut|debut(?:ed|s)?|listing|IPO|"
    r"initial public offering|went public|began trading|started trading)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:in|on)\s+"
    rf"(?:the\s+)?{_MARKETS}\b(?:'s)?(?:\s+(?:Stock\s+)?Exchange|\s+bourse|\s+market)?"
)
# "on its Hong Kong debut", "since their Hong Kong listings", "X's Nasdaq IPO": the market named before the debut
_PLACE_DEBUT = re.compile(
    rf"\b(?:its|their|a|the|[A-Z][\w.&-]*['’]s?)\s+{_MARKETS}\s+(?:stock market\s+|trading\s+|market\s+)?"
    r"(?:debut|listings?|IPO|initial public offering)\b"
)

_PLACE_LISTED = re.compile(rf"\b{_MARKETS}-listed\s+(?:[a-z-]+\s+){{0,4}}")
_LISTED_APPOSITIVE = re.compile(
    rf"(?P<org>[A-Z][\w.&:-]*(?: [A-Z][\w.&-]*){{0,3}}),\s+(?:the|a|an)\s+{_MARKETS}-listed\b"
)

_EXCHANGES = {
    "Nasdaq": "Nasdaq",
    "NYSE": "New York Stock Exchange",
    "New York": "New York Stock Exchange",
    "Wall Street": "New York Stock Exchange",
    # a city whose exchange is not "<city> Stock Exchange"
    "Taipei": "Taiwan Stock Exchange",
    "Seoul": "Korea Exchange",
    "Singapore": "Singapore Exchange",
    "Sydney": "Australian Securities Exchange",
    "Paris": "Euronext Paris",
    "Amsterdam": "Euronext Amsterdam",
    # the Shanghai exchange's board for technology companies
    "STAR market": "STAR Market",
    "STAR Market": "STAR Market",
    "Shanghai STAR market": "STAR Market",
    "Shanghai STAR Market": "STAR Market",
}


# "Tesla (NASDAQ:TSLA)", "Samsung Electronics (KS:005930)", "Intel (Nasdaq: INTC)": the exchange code of a ticker
_TICKER_EXCHANGES = {
    "NASDAQ": "Nasdaq",
    "NYSE": "New York Stock Exchange",
    "HK": "Hong Kong Stock Exchange",
    "HKG": "Hong Kong Stock Exchange",
    "HKEX": "Hong Kong Stock Exchange",
    "SEHK": "Hong Kong Stock Exchange",
    "KS": "Korea Exchange",
    "KRX": "Korea Exchange",
    "KOSDAQ": "KOSDAQ",
    "TYO": "Tokyo Stock Exchange",
    "TSE": "Tokyo Stock Exchange",
    "SS": "Shanghai Stock Exchange",
    "SHA": "Shanghai Stock Exchange",
    "SZ": "Shenzhen Stock Exchange",
    "SHE": "Shenzhen Stock Exchange",
    "TW": "Taiwan Stock Exchange",
    "TPE": "Taiwan Stock Exchange",
    "TWSE": "Taiwan Stock Exchange",
    "NSE": "National Stock Exchange of India",
    "BSE": "BSE",
    "LSE": "London Stock Exchange",
    "LON": "London Stock Exchange",
    "ASX": "Australian Securities Exchange",
    "SGX": "Singapore Exchange",
}
# "X shares rose 0.4% to close at NT$229.50 on the Taiwan Stock Exchange": the exchange its shares trade on
_TRADES_ON = re.compile(
    r"\b(?:close[ds]?|closing|ended|finished|settled|traded|trading|trades|opened|debuted)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}?\bon the "
    r"(?P<exchange>(?:[A-Z][\w-]*\s){1,4}(?:Stock\s)?Exchange|Nasdaq|NYSE)\b"
)
TICKER_RULE = "places.tickers.LISTED_ON"
# "(NYSE: XX)", "(NYSE:NIO – Get Free Report)", "(NYSE: BABA and HKEX: 9988 (HKD Counter))": every code in it
_TICKER = re.compile(r"^\.?\s*\((?=[A-Za-z]{2,6}\s?:)(?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_CODE = re.compile(r"(?:^|\band\s+|[,;]\s*)(?P<code>[A-Za-z]{2,6})\s?:\s?[A-Z0-9][A-Z0-9.]{0,9}\b")


def listings(view: SentenceView) -> None:
    """ "X closed 693% higher on its first day of trading in Shanghai", "X's Hong Kong debut", "the
    Shanghai-listed X", "X (NYSE: XX)": X is listed on that exchange."""
    for m in [*_LISTING_PLACE.finditer(view.text), *_PLACE_DEBUT.finditer(view.text)]:
        named = view.mention_at(m.start())  # "CALB's Hong Kong IPO": the owner opens the match
        owner = named if named is not None and named.possessive else view.mention_before(m.start(), limit=6)
        possessive = owner is not None and owner.possessive
        company = view.resolve(owner, _ORG) if possessive else which_antecedent(view, m.start())
        company = company or (None if possessive else view.subject_ref(m.start()))
        _listed(view, company, m.group("place"), view.span(clause_start(view.text, m.start()), m.end()))
    for m in _LISTED_APPOSITIVE.finditer(view.text):  # "Cambricon, the Shanghai-listed chip designer"
        company_m = view.mention_at(m.start("org"))
        if company_m is not None and company_m.end == m.end("org"):
            _listed(view, organisation_of(view, company_m), m.group("place"), view.span(m.start(), m.end()))
    for m in _PLACE_LISTED.finditer(view.text):
        company_m = view.mention_at(m.end())
        if company_m is not None and re.fullmatch(r"[A-Z]+-[a-z]+", company_m.text):
            continue  # "the Shanghai-listed AI-chip specialist": an adjective, not the company
        if company_m is not None and not view.is_person(company_m):
            _listed(view, view.resolve(company_m, _ORG), m.group("place"), view.span(m.start(), company_m.end))
    for m in _TRADES_ON.finditer(view.text):
        exchange = m.group("exchange").strip()
        name = _EXCHANGES.get(exchange, exchange)
        company = which_antecedent(view, m.start()) or view.subject_ref(m.start())
        if company is not None and company != view.b.find(name):
            _listed(view, company, name, view.span(clause_start(view.text, m.start()), m.end()))
    for company_m in view.mentions:
        ticker = _TICKER.match(view.text[company_m.end :])
        if ticker is None or view.b.find(company_m.text, EntityKind.PERSON) is not None:
            continue  # a person-shaped name with a ticker is a company ("Li Auto (NASDAQ: LI)"), a known person not
        span = view.span(company_m.start, company_m.end + ticker.end())
        for code in _CODE.finditer(ticker.group("inner").strip()):
            exchange = _TICKER_EXCHANGES.get(code.group("code").upper())
            if exchange:  # a rule of its own, so calibration tells a ticker's exchange code from a debut's city
                rule = span.model_copy(update={"rule": TICKER_RULE})
                _listed(view, view.resolve(company_m, _ORG), exchange, rule, ticker=True)


# "X (688795.SS)", "Meituan 3690.HK": a listing code with its exchange's suffix
_SUFFIX_TICKER = re.compile(r"\s*\(?\d{3,6}\.(?P<x>HK|SS|SH|SZ|T|KS|KQ|TW|TWO|NS|BO|SI)\)?(?![\w.])")
_SUFFIX_EXCHANGES = {
    "HK": "Hong Kong Stock Exchange",
    "SS": "Shanghai Stock Exchange",
    "SH": "Shanghai Stock Exchange",
    "SZ": "Shenzhen Stock Exchange",
    "T": "Tokyo Stock Exchange",
    "KS": "Korea Exchange",
    "KQ": "KOSDAQ",
    "TW": "Taiwan Stock Exchange",
    "TWO": "Taipei Exchange",
    "NS": "National Stock Exchange of India",
    "BO": "BSE",
    "SI": "Singapore Exchange",
}
SUFFIX_TICKER_RULE = "places.suffix_tickers.LISTED_ON"
# "X's Hong Kong-listed shares", "its New York-listed shares" (the text's company)
_OWN_LISTED_SHARES = re.compile(rf"['’]s?\s+{_MARKETS}-listed\s+(?:shares|stock|ADRs)\b")
_ITS_LISTED_SHARES = re.compile(rf"\b[Ii]ts\s+{_MARKETS}-listed\s+(?:shares|stock|ADRs)\b")


def suffix_tickers(view: SentenceView) -> None:
    """ "X (688795.SS)", "Meituan 3690.HK", "X's (its) Hong Kong-listed shares": X is listed on that exchange."""
    for company_m in view.mentions:
        ticker = _SUFFIX_TICKER.match(view.text, company_m.end)
        owned = _OWN_LISTED_SHARES.match(view.text, company_m.end) if company_m.possessive else None
        listed = ticker or owned
        if listed is None or view.b.find(company_m.text, EntityKind.PERSON) is not None:
            continue
        span = view.span(company_m.start, listed.end()).model_copy(update={"rule": SUFFIX_TICKER_RULE})
        place = _SUFFIX_EXCHANGES[ticker.group("x")] if ticker is not None else listed.group("place")
        _listed(view, view.resolve(company_m, _ORG), place, span, ticker=ticker is not None)
    for its in _ITS_LISTED_SHARES.finditer(view.text):
        span = view.span(its.start(), its.end()).model_copy(update={"rule": SUFFIX_TICKER_RULE})
        _listed(view, view.subject_ref(its.start()) or view.doc.topic, its.group("place"), span)


# Markets with one main exchange: a stock that moved "in Hong Kong" trades on its exchange ("in New York" does not
# tell Nasdaq from the NYSE)
_ONE_EXCHANGE = r"(?P<place>Hong Kong|Shanghai|Shenzhen|Tokyo|Seoul|Taipei|Singapore|Sydney|Frankfurt|Paris|London)"
_MOVED_IN = re.compile(
    rf"\b(?:{UP}|{DOWN})\b(?:[^.;]|\.(?=\d)){{0,80}}?\bin {_ONE_EXCHANGE}"
    r"(?: trading\b| on [A-Z][a-z]+day\b|(?=[\s,.;]))(?!-)"
)
# "X shares on the Hong Kong Stock Exchange opened higher", "already listed in Shenzhen, X ...", "is listed in Y"
_SHARES_ON = re.compile(
    rf"\b(?:shares|stock)\s+(?:on|in)\s+(?:the\s+)?(?:{_MARKETS}(?:\s+(?:Stock\s+)?Exchange)?\b|"
    r"(?P<exchange>(?:[A-Z][\w-]*\s){1,4}(?:Stock\s)?Exchange)\b)"
)
_LISTED_IN = re.compile(
    rf"\b(?:[Aa]lready |currently |dual-|primary-|is |are |was |were |been )listed (?:in|on) (?:the )?{_MARKETS}\b"
)


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
            _listed(view, stock, m.group("place"), _ruled(span, "moved_in"))
    for m in _SHARES_ON.finditer(view.text):
        owner = view.mention_before(m.start(), limit=4)
        place = m.group("exchange") or m.group("place")
        span = view.span(owner.start if owner else m.start(), m.end())
        _listed(view, organisation_of(view, owner), place.strip(), _ruled(span, "shares_on"))
    for m in _LISTED_IN.finditer(view.text):
        opening = re.match(r"\s*(?:[A-Z][a-z]+\s+)?$", view.text[: m.start()]) and view.text[m.end() :].startswith(",")
        company_m = view.subject_mention(after=m.end()) if opening else None
        company = view.resolve(company_m, _ORG) if company_m is not None else view.subject_ref(m.start())
        span = view.span(clause_start(view.text, m.start()), m.end())
        _listed(view, company, m.group("place"), _ruled(span, "listed_in"))


def _ruled(span: Span, reading: str) -> Span:
    """The span under a rule of its own (`places.traded_in.<reading>`), so calibration weighs each reading."""
    return span.model_copy(update={"rule": f"places.traded_in.{reading}.LISTED_ON"})


def _stock_subjects(view: SentenceView, pos: int) -> list[str]:
    first = view.subject_mention(pos)
    if first is not None and first.possessive and guess_kind(first.text) == EntityKind.PLACE:
        end = first.end  # "Shares of China's AI startups A and B": the names after the place's description
        first = next((m for m in view.mentions if end < m.start <= end + 40), None)
    listed = view.name_list(first.start, pos) if first is not None else []
    companies = [organisation_of(view, m) for m in listed] if len(listed) > 1 else []
    companies = companies or [view.subject_ref(pos)]
    # "the Hang Seng index fell 1% in Hong Kong": an index, no listed company
    index_words = INDEX_WORDS | {"hang", "seng"}
    return [c for c in companies if c is not None and not set(view.b.record(c).name.lower().split()) & index_words]


def _listed(view: SentenceView, company: str | None, place: str, span: Span, *, ticker: bool = False) -> None:
    """`company` is listed on `place`; a person-shaped name only when a ticker follows it ("Li Auto (NASDAQ: LI)")."""
    if company is None or view.b.record(company).kind != _ORG:
        return
    if not ticker and looks_like_person(view.b.record(company).name):
        return
    full_name = place in _TICKER_EXCHANGES.values() or place.endswith("Exchange")
    name = _EXCHANGES.get(place, place if full_name else f"{place} Stock Exchange")
    exchange = view.b.entity(name, _ORG)
    if exchange is None:
        return
    view.b.record(exchange).categories.add("exchange")
    view.b.relate(RelationType.LISTED_ON, company, exchange, span)


# --- headquarters -----------------------------------------------------------------------------------------
_PLACE = r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
# "US-based X" names a seat; "the US company" does not
_PLACE_OR_CODE = r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?|US|U\.S\.|UK|UAE)"
_COUNTRY_CODES = {"US": "United States", "U.S.": "United States", "UK": "United Kingdom", "UAE": "United Arab Emirates"}

ORG_NOUN = (
    r"(?:company|firm|start-?up|giant|maker|automaker|carmaker|chipmaker|developer|group|lab|designer|platform|"
    r"operator|unicorn|provider|manufacturer|business|conglomerate|investor|venture)"
)
# "Taipei-based Macquarie analyst Daniel Chang": the person is based there, not the firm
_PERSON_ROLE_AFTER = re.compile(r"\s+(?:analysts?|economists?|strategists?|reporters?|correspondents?|spokes\w+)\b")
# "Shenzhen, south China-based Foxconn": the city before the region is where it is based
_CITY_BEFORE = re.compile(
    r"(?P<city>[A-Z][a-z]+),\s+(?:(?:south|north|east|west|central|southern|northern|eastern|"
    r"western)\s+)?$"
)

# "Beijing-based start-up DeepSeek", "Shanghai-based artificial intelligence chip developer Enflame Technology"
_BASED_BEFORE_NAME = re.compile(rf"\b{_PLACE_OR_CODE}-(?:based|headquartered)\s+(?:[a-z-]+\s+|AI\s+){{0,6}}(?=[A-Z])")

# "the Hangzhou-based tech giant", "this Chongqing-based automaker", "the Beijing start-up"
_BASED_DESCRIPTION = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+{_PLACE}(?:-based)?\s+(?:[a-z-]+\s+){{0,3}}?{ORG_NOUN}\b(?!\s+[A-Z])"
)

# "X is a Suzhou-based maker of robots", "X, a Shenzhen-based chipmaker, ..."
_BASED_PREDICATE = re.compile(
    rf"(?P<link>,\s+(?:an?|the)|\b(?:is|was)\s+(?:an?|the))\s+{_PLACE_OR_CODE}-(?:based|headquartered)\b"
)


# "X, a fast-growing AI startup based in Singapore" / "The company is based in an AI lab in Hangzhou"
_BASED_IN = re.compile(rf"\bbased in\s+(?:(?:an?|the)\s+[^,.;]{{0,30}}?\s+in\s+)?{_PLACE}\b")


def headquarters(view: SentenceView) -> None:
    for m in _BASED_BEFORE_NAME.finditer(view.text):
        org_m = view.mention_at(m.end())
        between = view.text[m.end("place") : m.end()].split()[1:]  # the words after "-based"
        if any(w in CLAUSE_WORDS or w.endswith("ed") for w in between):
            continue
        if between and not re.fullmatch(rf"{ORG_NOUN}|AI|ai", between[-1]):
            continue  # "Hong Kong-based investors bought X": the words before the name name no company
        if org_m is None or view.is_person(org_m) or _PERSON_ROLE_AFTER.match(view.text, org_m.end):
            continue
        _based(view, view.resolve(org_m, _ORG), m)
    for m in _BASED_PREDICATE.finditer(view.text):
        if m.group("link").startswith(","):
            opening = OPENING_PARTICIPLE.match(view.text)
            if opening is not None and m.start() < opening.end():
                continue  # "Backed by A and B, the Lisbon-based venture": B is not what is described
            org_m = view.mention_before(m.start() + 1, limit=1)
            org = view.resolve(org_m, _ORG) if org_m is not None and not view.is_person(org_m) else None
        else:
            org = view.subject_ref(m.start())
        _based(view, org, m)
    based_description(view)
    for m in _BASED_IN.finditer(view.text):
        head = view.text[: m.start()]
        appositive = re.search(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:an?|the)\s+[^,;]{0,60}$", head)
        if appositive:
            org_m = view.mention_at(appositive.start("org"))
            if org_m is not None and not view.is_person(org_m):
                _based(view, view.resolve(org_m, _ORG), m)
        elif re.search(r"\b(?:[Tt]he (?:company|firm|start-?up|group|lab|venture)|[Ii]t)(?: (?:is|was) |, )$", head):
            _based(view, view.doc.topic, m)
        elif head.endswith(", "):  # "Cohere, based in Toronto, ..."
            org_m = view.mention_before(m.start(), limit=2)
            if org_m is not None and not view.is_person(org_m):
                _based(view, view.resolve(org_m, _ORG), m)


def based_description(view: SentenceView) -> None:
    """ "the Hangzhou-based tech giant": the description names the text's company, a weaker reading (a rule of its
    own, so calibration tells it apart)."""
    for m in _BASED_DESCRIPTION.finditer(view.text):
        named = view.mention_before(m.start(), limit=2)
        opening = OPENING_PARTICIPLE.match(view.text)  # "Backed by A and B, the Lisbon-based venture": neither
        apposed = named is not None and view.text[named.end : m.start()] == ", " and not view.is_person(named)
        apposed = apposed and not (opening is not None and m.start() <= opening.end())
        # "Upstage, the Seoul startup behind ...": the name it describes; else the company the text is about
        org = view.resolve(named, _ORG) if apposed and named is not None else view.doc.topic
        place_ref = _known_place(view, org, m)
        if place_ref is not None and org is not None:
            span = view.span(m.start(), m.end())
            view.b.relate(RelationType.HEADQUARTERED_IN, org, place_ref, span, presupposed=True)


def _based(view: SentenceView, org: str | None, m: re.Match[str]) -> None:
    place_ref = _known_place(view, org, m)
    if place_ref is not None and org is not None:
        # "-based" describes the company whatever its clause plans ("a potential investment in London-based X")
        view.b.relate(RelationType.HEADQUARTERED_IN, org, place_ref, view.span(m.start(), m.end()), presupposed=True)


def _known_place(view: SentenceView, org: str | None, m: re.Match[str]) -> str | None:
    """The place of `m` when the reader knows it as one (a country or a city, never "the Chinese company") and
    `org` is an organisation."""
    place, start, end = m.group("place"), m.start("place"), m.end("place")
    code = place if place in _COUNTRY_CODES else None
    place = _COUNTRY_CODES.get(place, place)  # "US-based Nvidia": the United States
    city = _CITY_BEFORE.search(view.text, 0, start)
    if city is not None and city.end() == start and _is_place(view, city.group("city")):
        place, start, end, code = city.group("city"), city.start("city"), city.end("city"), None
    if org is None or view.b.record(org).kind != _ORG or not _is_place(view, place):
        return None
    ref = view.b.entity(place, EntityKind.PLACE, view.span(start, end))
    if code is not None and ref is not None:
        view.b.record(ref).add_alias(code)  # the text's own form of the name ("US") stays one of its names
    return ref


def _is_place(view: SentenceView, name: str) -> bool:
    known = view.b.gazetteer.lookup(name)
    return guess_kind(name) == EntityKind.PLACE or (known is not None and known[1] == EntityKind.PLACE)
