"""The terms of an offering a listing sentence gives: the offer price and what the IPO raised ("debuted in Hong Kong
after raising HK$6.7 billion at HK$139 a share"), kept on the LISTED_ON statement as gold writes them."""

from __future__ import annotations

import re
from typing import Any

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import guess_kind

# "from its offer price of HK$22", "the IPO price of HK$19", "priced at $51", "sold shares at $51 a piece"
_PRICE_BEFORE = re.compile(
    r"(?:\b(?:IPO|offer(?:ing)?|issue|listing)\s+price\s+(?:of\s+|at\s+|was\s+)?|\bpriced\s+(?:its\s+\w+\s+)?at\s+|"
    r"\bshares\s+at\s+)(?:about\s+|around\s+)?$"
)
_PER_SHARE_AFTER = re.compile(r"^\s*(?:a|per|each)\s+(?:share|piece)\b|^\s*apiece\b")
# "after raising HK$6.7 billion", "raised $190mn", "whose IPO raised about $5.55 billion"
_RAISED_BEFORE = re.compile(
    r"\b(?:rais(?:ed|ing|es)|to raise|proceeds of)\s+(?:about\s+|around\s+|approximately\s+|nearly\s+|some\s+|"
    r"just over\s+|more than\s+|over\s+)?$"
)


def offering_terms(view: SentenceView, company: str | None) -> dict[str, Any]:
    """offer_price, proceeds, currency (and usd_approx) of `company`'s offering the sentence reports; {} when it
    gives none. One currency: a price in another currency than the proceeds is left out rather than mislabelled."""
    price = proceeds = None
    for amount in view.amounts:
        head = view.text[: amount.start]
        if _someone_else(view, company, head):
            continue  # "the largest IPO since Y raised $740 million": Y's offering, not the company's
        per_share = _PER_SHARE_AFTER.match(view.text[amount.text_end :]) is not None
        if price is None and (_PRICE_BEFORE.search(head) or (per_share and re.search(r"\bat\s+$", head))):
            price = amount
        elif proceeds is None and _RAISED_BEFORE.search(head) and not per_share:
            proceeds = amount
    terms: dict[str, Any] = {}
    if proceeds is not None:
        terms |= {"proceeds": proceeds.money.amount, "currency": proceeds.money.currency}
        if proceeds.usd_approx is not None:
            terms["usd_approx"] = proceeds.usd_approx.amount
    if price is not None and terms.get("currency", price.money.currency) == price.money.currency:
        terms |= {"offer_price": price.money.amount, "currency": price.money.currency}
    return terms


def _someone_else(view: SentenceView, company: str | None, head: str) -> bool:
    """Whether the name nearest before the amount's verb is another company than `company` ("since Y raised")."""
    named = view.mention_before(len(head), limit=60)
    if named is None or company is None:
        return False
    if view.is_person(named) or guess_kind(named.text) == EntityKind.PLACE:
        return False
    known = view.b.find(named.text)
    return known is None or known.ref != company
