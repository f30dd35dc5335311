"""What a listed company does with its exchange or suffers from it: "X said in a filing to the Hong Kong stock
exchange", "according to a Hong Kong bourse filing", "trading in X was suspended by the Tokyo Stock Exchange". A
company files with, and is suspended by, the exchange it is listed on; a filing about an IPO or a listing
application is no listing yet."""

from __future__ import annotations

import re

from loaders.articles.context import SentenceView
from loaders.articles.patterns.exchanges import ON_EXCHANGE, exchange_named, state_listing

# "X said in a filing to the Hong Kong stock exchange", "In a filing with the Taiwan Stock Exchange, X said"
_FILING_WITH = re.compile(rf"\b(?:regulatory\s+)?filings?\s+(?:to|with)\s+(?:the\s+)?{ON_EXCHANGE}")
# "according to a Hong Kong bourse filing", "X said in a Hong Kong Stock Exchange filing"
_EXCHANGE_FILING = re.compile(rf"\b(?:an?|its|the)\s+{ON_EXCHANGE}\s+filings?\b")
# "trade was temporarily suspended by the Tokyo Stock Exchange", "the Tokyo Stock Exchange then suspended their trading"
_SUSPENDED = re.compile(
    rf"\b(?:trading|trade)\b[^.;]{{0,40}}?\b(?:suspended|halted)\s+by\s+(?:the\s+)?{ON_EXCHANGE}"
    rf"|{ON_EXCHANGE.replace('(?P<exchange>', '(?P<exchange2>').replace('(?P<city>', '(?P<city2>')}\s+"
    r"(?:then\s+|later\s+|temporarily\s+|briefly\s+)?(?:suspended|halted)\s+(?:their|its|the\s+stock's)\s+trading\b"
)
# a filing that offers shares or applies to list says nothing of a listing yet
_OFFERING = re.compile(
    r"\b(?:IPO|initial public offering|listing|prospectus|application|offering|spin-?off|debut)\b", re.IGNORECASE
)


def apply(view: SentenceView) -> None:
    notices = [*_FILING_WITH.finditer(view.text), *_EXCHANGE_FILING.finditer(view.text)]
    if notices and _OFFERING.search(view.text) is None:
        for m in notices:
            _listed(view, m, exchange_named(m), "filing")
    for m in _SUSPENDED.finditer(view.text):
        exchange = exchange_named(m) if m.group("exchange") or m.group("city") else _second(m)
        _listed(view, m, exchange, "suspended")


def _second(m: re.Match[str]) -> str:
    return f"{m.group('city2')} Stock Exchange" if m.group("city2") else m.group("exchange2").strip()


# "Shares in X slid before trade was suspended by ...": the stock the sentence opens with
_SHARES_OF = re.compile(r"^\s*(?:[Ss]hares|[Tt]rading)\s+(?:in|of)\s+(?=[A-Z])")


def _listed(view: SentenceView, m: re.Match[str], exchange: str, reading: str) -> None:
    """The company the clause is about: the subject after an opening phrase ("In a filing to A, X said") or before."""
    opening = view.text[: m.start()].strip() in ("In a", "In an", "In its", "According to a", "According to an")
    after = view.text.find(",", m.end())
    shares = _SHARES_OF.match(view.text)
    company_m = view.subject_mention(after=after + 1) if opening and after > 0 else None
    company_m = company_m or (view.mention_at(shares.end()) if shares is not None else None)
    company = view.resolve(company_m, None) if company_m is not None else view.subject_ref(m.start())
    span = view.span(0 if opening else m.start(), m.end()).model_copy(update={"rule": f"notices.{reading}.LISTED_ON"})
    state_listing(view, company, exchange, span, presupposed=True)  # "X will buy Y, according to a ... filing"
