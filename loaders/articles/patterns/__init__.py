"""Pattern families: each module reads one kind of statement from a sentence."""

from __future__ import annotations

from collections.abc import Callable

from loaders.articles.context import SentenceView
from loaders.articles.patterns import corporate, founding, funding, market, people, products

FAMILIES: tuple[Callable[[SentenceView], None], ...] = (
    founding.apply,
    people.apply,
    corporate.apply,
    funding.apply,
    products.apply,
    market.apply,
)
