"""Stock exchanges as news names them: the markets a listing is read in, exchange codes of tickers and listing
codes, and the LISTED_ON statement every listing reader makes (`state_listing`)."""

from __future__ import annotations

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.mentions import looks_like_person
from loaders.drafts import Span

_ORG = EntityKind.ORGANIZATION

MARKETS = (
    r"(?P<place>(?:Shanghai )?STAR [Mm]arket|Hong Kong|Shanghai|Shenzhen|Beijing|New York|Nasdaq|NYSE|Tokyo|Seoul|"
    r"Taipei|Singapore|London|Frankfurt|Paris|Amsterdam|Mumbai|Sydney|Wall Street)"
)

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

# The rule of a listing read without a rule of its own (the name it had when `_listed` lived in places.py, which
# calibration knows it by)
LISTED_RULE = "places.listed.LISTED_ON"


def state_listing(view: SentenceView, company: str | None, place: str, span: Span, *, ticker: bool = False) -> None:
    """`company` is listed on `place`; a person-shaped name only when a ticker follows it ("Li Auto (NASDAQ: LI)")."""
    if company is None or view.b.record(company).kind != _ORG:
        return
    if not ticker and looks_like_person(view.b.record(company).name):
        return
    full_name = place in TICKER_EXCHANGES.values() or place.endswith("Exchange")
    name = EXCHANGES.get(place, place if full_name else f"{place} Stock Exchange")
    exchange = view.b.entity(name, _ORG)
    if exchange is None:
        return
    view.b.record(exchange).categories.add("exchange")
    span = span if span.rule else span.model_copy(update={"rule": LISTED_RULE})
    view.b.relate(RelationType.LISTED_ON, company, exchange, span)
