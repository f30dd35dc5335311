"""Pattern families: each module reads one kind of statement from a sentence."""

from __future__ import annotations

from collections.abc import Callable

from loaders.articles.context import SentenceView
from loaders.articles.patterns import corporate, founding, frames, funding, market, people, products

# frames first: where two families read the same statement, the first one's rule and confidence are kept
FAMILIES: tuple[Callable[[SentenceView], None], ...] = (
    frames.apply,
    founding.apply,
    people.apply,
    corporate.apply,
    funding.apply,
    products.apply,
    market.apply,
)
