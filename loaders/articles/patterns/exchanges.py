"""Stock exchanges as news names them: the markets a listing is read in, exchange codes of tickers and listing
codes, and the LISTED_ON statement every listing reader makes (`state_listing`)."""

from __future__ import annotations

import re
from typing import Any

from graph.model import EntityKind, RelationType
from loaders.articles.confidence import blank_relative_clauses
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, looks_like_person
from loaders.drafts import Span

_ORG = EntityKind.ORGANIZATION

# "Shanghai-listed", "Shanghai‑listed" (a non-breaking hyphen), "Shanghai‐listed"
HYPHEN = "[-\u2010\u2011\u2013]"  # "Abu Dhabi–based": an en dash some outlets set for the hyphen
# Exchanges and boards news names by a short form ("debuted on the Kosdaq", "Kospi-listed", "on the NSE")
SHORT_FORMS = r"NASDAQ|Kosdaq|KOSDAQ|Kospi|KOSPI|HKEX|SSE|SZSE|ChiNext|NSE|BSE"
MARKETS = (
    r"(?P<place>(?:Shanghai )?(?:STAR|Star) [Mm]arket|Hong Kong|Shanghai|Shenzhen|Beijing|New York|Nasdaq|NYSE|"
    rf"Tokyo|Seoul|Taipei|Singapore|London|Frankfurt|Paris|Amsterdam|Mumbai|Sydney|Wall Street|{SHORT_FORMS})"
)

# An exchange a stock trades on, by name ("the Taiwan Stock Exchange", "Nasdaq", "the KOSPI market") or as a city's
# exchange or bourse ("the Hong Kong exchange")
ON_EXCHANGE = (
    rf"(?:(?P<exchange>(?:[A-Z][\w-]*\s){{1,4}}(?:Stock\s)?Exchange|Nasdaq|NYSE|{SHORT_FORMS})(?:\s+market)?\b"
    r"(?![-\u2010\u2011])"  # not "on the Nasdaq-listed fund"
    r"|(?P<city>Hong Kong|Shanghai|Shenzhen|Tokyo|Taiwan|London|Singapore)\s+(?:stock\s+)?(?:exchange|bourse)\b)"
)


def exchange_named(m: re.Match[str]) -> str:
    """The exchange an ON_EXCHANGE match names, as written ("the Hong Kong bourse": the Hong Kong Stock Exchange;
    a short form stays one, and state_listing names it)."""
    if m.group("city"):
        return f"{m.group('city')} Stock Exchange"
    return m.group("exchange").strip()


EXCHANGES = {
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
    "Star Market": "STAR Market",
    "Star market": "STAR Market",
    "Shanghai Star Market": "STAR Market",
    "Shanghai Star market": "STAR Market",
    "NASDAQ": "Nasdaq",
    # Korea Exchange's two boards, named as news names them
    "Kosdaq": "KOSDAQ",
    "KOSDAQ": "KOSDAQ",
    "Kospi": "KOSPI",
    "KOSPI": "KOSPI",
    "HKEX": "Hong Kong Stock Exchange",
    "SSE": "Shanghai Stock Exchange",
    "SZSE": "Shenzhen Stock Exchange",
    # the Shenzhen exchange's growth board
    "ChiNext": "ChiNext",
    "NSE": "National Stock Exchange of India",
    "BSE": "BSE",
}


# "Tesla (NASDAQ:TSLA)", "Samsung Electronics (KS:005930)", "Intel (Nasdaq: INTC)": the exchange code of a ticker
TICKER_EXCHANGES = {
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
    "TWO": "Taipei Exchange",
    "TSX": "Toronto Stock Exchange",
    "TSXV": "TSX Venture Exchange",
    "FRA": "Frankfurt Stock Exchange",
    "FSE": "Frankfurt Stock Exchange",
    "ETR": "Frankfurt Stock Exchange",
    "XETRA": "Frankfurt Stock Exchange",
    "EPA": "Euronext Paris",
    "AMS": "Euronext Amsterdam",
    "SWX": "SIX Swiss Exchange",
    "BIT": "Borsa Italiana",
    "IDX": "Indonesia Stock Exchange",
    "KLSE": "Bursa Malaysia",
    "TASE": "Tel Aviv Stock Exchange",
    "JSE": "Johannesburg Stock Exchange",
    # the over-the-counter market has no one exchange: its tier keeps the code news writes ("OTC: BMWYY")
    "OTC": "OTC",
    "OTCPK": "OTCPK",
    "OTCQX": "OTCQX",
    "OTCQB": "OTCQB",
    "OTCMKTS": "OTCMKTS",
}

# "X (688795.SS)", "Meituan 3690.HK": the suffix of a listing code names its exchange
SUFFIX_EXCHANGES = {
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

# "(BRNT.HE)", "(QRS.O)": the suffix of a wire's letter code names its exchange
RIC_EXCHANGES = {
    "OQ": "Nasdaq",
    "O": "Nasdaq",
    "N": "New York Stock Exchange",
    "L": "London Stock Exchange",
    "TO": "Toronto Stock Exchange",
    "HE": "Nasdaq Helsinki",
    "ST": "Nasdaq Stockholm",
    "CO": "Nasdaq Copenhagen",
    "PA": "Euronext Paris",
    "AS": "Euronext Amsterdam",
    "BR": "Euronext Brussels",
    "DE": "Frankfurt Stock Exchange",
    "MI": "Borsa Italiana",
    "AX": "Australian Securities Exchange",
}

# A city with two main exchanges: "debuted in New York", "its Wall Street IPO" are read as the NYSE, unless the text
# names Nasdaq as a market (not its indexes), where the New York listing may well be Nasdaq's
_CITY_OF_TWO = frozenset({"New York", "Wall Street"})
_NASDAQ_MARKET = re.compile(
    r"\bNasdaq\b(?![-\s]+(?:Composite|100|Golden|Biotech|[Ii]ndex|[Cc]omposite))", re.IGNORECASE
)


def nasdaq_unsaid(view: SentenceView, place: str) -> bool:
    """Whether `place` is a city of two exchanges in a text that also names Nasdaq: which one it lists on is unsaid."""
    return place in _CITY_OF_TWO and _NASDAQ_MARKET.search(view.b.source) is not None


# The rule of a listing read without a rule of its own (the name it had when `_listed` lived in places.py, which
# calibration knows it by)
LISTED_RULE = "places.listed.LISTED_ON"


# "received approval for a Hong Kong IPO", "had considered listing on Nasdaq", "dropping an earlier plan to list in
# Shanghai": a listing approved, weighed or given up has not happened (confidence.py holds the general plan words)
_NOT_YET = re.compile(
    r"\b(?:approv(?:al|als|ed|es)|green[- ]light|nod|clearance|applications?|applied|considered|weighed|"
    r"contemplated|pursu(?:e|es|ed|ing)|dropp(?:ed|ing)|shelved|postponed|delayed|cancell?(?:ed|ing)|scrapped|"
    r"preparations?|hired|mandated|hearings?|weigh(?:s|ing)?|consider(?:s|ing)?|explor(?:e|es|ed|ing)|"
    r"mull(?:s|ed|ing)?|eye(?:s|d|ing)?|seek(?:s|ing)?|sought|fil(?:e|es|ed|ing)(?:\s+\w+)?\s+for|"
    r"withdr(?:ew|awn|aw|aws|awing)|abandon(?:s|ed|ing)?|"
    r"(?:set|slated|poised|scheduled|expected|due)\s+to)\b"  # "X, set to debut in Hong Kong on Friday, priced ..."
)


def listing_not_yet(view: SentenceView, pos: int) -> bool:
    """Whether the clause before `pos` (a debut, IPO or listing word) approves, weighs or drops the listing rather
    than reports it ("X, which shelved a New York IPO in 2021, debuted in Hong Kong" still lists X there)."""
    head = blank_relative_clauses(view.text[:pos])
    start = clause_start(view.text, pos)
    if _NOT_YET.search(head, start) is not None or _PLANNED.match(view.text, pos) is not None:
        return True
    return _OFFERING_NOUN.search(view.text, start, pos) is not None and _NOT_YET_AFTER.match(view.text, pos) is not None


# "X's Hong Kong listing plan", "its Nasdaq IPO application": the noun after the listing makes it a plan or a step
_PLANNED = re.compile(
    r"\s+(?:plans?|applications?|bid|filings?|prospectus|proposal|ambitions?|hopes|approval|talks|preparations?"
    r"|hearing|timetable|process)\b"
)


# "X's Hong Kong IPO is expected to raise $300m", "its IPO on the Y exchange was suspended": the offering the clause
# names has yet to happen, or stalled
_OFFERING_NOUN = re.compile(r"\b(?:IPO|listing|debut|flotation|initial public offering)\b")
_NOT_YET_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|were|has been|had been)\s+)?(?:(?:now|also|still|reportedly)\s+)?"
    r"(?:expected|set|slated|scheduled|due|planned|likely|poised|suspended|halted|delayed|postponed|stalled|"
    r"will|could|would|may|might|aims?|seeks?)\b"
)


_AUXILIARIES = re.compile(r"\s+(?:(?:is|are|was|were|has|have|had|been|also|already|first|originally)\s+)*")


def named_right_before(view: SentenceView, pos: int) -> Mention | None:
    """ "X rival Y listed in Hong Kong", "whose backer Y is listed in Tokyo": the company named right before the
    listing verb (its auxiliaries aside), not the sentence's subject."""
    named = view.mention_before(pos, limit=20)
    if (
        named is None
        or named.possessive
        or view.is_person(named)
        or not _AUXILIARIES.fullmatch(view.text, named.end, pos)
    ):
        return None
    return named


# "the bonds were listed on the Stock Exchange of Hong Kong", "notes to be listed in Singapore": debt, not its issuer
_DEBT_BEFORE = re.compile(
    r"\b(?:bonds?|notes?|debentures?|securities|convertibles?|paper|warrants)\s+"
    r"(?:(?:are|were|is|was|will|would|to|be|been|have|has|had|being|currently|also|already)\s+)*$"
)


def debt_listed(view: SentenceView, start: int) -> bool:
    """Whether the listing word at `start` lists bonds or notes rather than the company's shares."""
    return _DEBT_BEFORE.search(view.text, 0, start) is not None


def state_listing(
    view: SentenceView,
    company: str | None,
    place: str,
    span: Span,
    *,
    ticker: bool = False,
    presupposed: bool = False,
    terms: dict[str, Any] | None = None,
) -> None:
    """`company` is listed on `place`; a person-shaped name only when a ticker follows it ("Li Auto (NASDAQ: LI)").
    The exchange keeps the short form the text wrote ("NSE") as one of its names (a ticker's code does not: in the
    graph, "TYO" or "NYSE" as a name of the exchange drew other companies' statements to it, measured on dev);
    `presupposed`: a description takes the listing as given, whatever its clause plans; `terms`: the offering's
    (offer_price, proceeds, currency)."""
    if company is None or view.b.record(company).kind != _ORG or nasdaq_unsaid(view, place):
        return
    if not ticker and looks_like_person(view.b.record(company).name):
        return
    full_name = place in TICKER_EXCHANGES.values() or place in RIC_EXCHANGES.values() or place.endswith("Exchange")
    name = EXCHANGES.get(place, place if full_name else f"{place} Stock Exchange")
    exchange = view.b.entity(name, _ORG)
    if exchange is None:
        return
    record = view.b.record(exchange)
    record.categories.add("exchange")
    short = re.fullmatch(SHORT_FORMS, place) is not None and place.upper() != name.upper()
    if short or (place.lower() != name.lower() and place.lower().endswith(name.lower())):
        record.add_alias(place)  # "NSE"; "Shanghai STAR Market", the fuller form of the STAR Market
    span = span if span.rule else span.model_copy(update={"rule": LISTED_RULE})
    view.b.relate(RelationType.LISTED_ON, company, exchange, span, presupposed=presupposed, properties=terms)
