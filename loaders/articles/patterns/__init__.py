"""Pattern families: each module reads one kind of statement from a sentence."""

from __future__ import annotations

from collections.abc import Callable

from loaders.articles.context import SentenceView
from loaders.articles.patterns import (
    acquisitions,
    agreements,
    bonds,
    capitalisation,
    careers,
    corporate,
    deals,
    figures,
    founding,
    funding,
    holders,
    leaders,
    makers,
    market,
    ownership,
    people,
    places,
    products,
    ratings,
    rivals,
    roles,
    seats,
    supply,
    targets,
    ties,
    underwriters,
)

# The clause frames first: where two families read the same statement, the first one's rule and confidence are kept.
FAMILIES: tuple[Callable[[SentenceView], None], ...] = (
    roles.apply,
    deals.apply,
    acquisitions.apply,
    makers.apply,
    ratings.apply,
    targets.apply,
    places.apply,
    seats.apply,
    supply.apply,
    founding.apply,
    people.apply,
    careers.apply,
    ties.apply,
    underwriters.apply,
    leaders.apply,
    ownership.apply,
    corporate.apply,
    funding.apply,
    holders.apply,
    products.apply,
    rivals.apply,
    market.apply,
    capitalisation.apply,
    bonds.apply,
    figures.apply,
    agreements.apply,
)
