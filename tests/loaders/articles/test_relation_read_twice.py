"""A relation two readers state: the surer reading is the one the statement keeps (its rule and confidence)."""

from __future__ import annotations

from graph.model import EntityKind, RelationType
from loaders.articles.builder import DraftBuilder
from loaders.articles.calibration import RULE_PRECISION
from loaders.articles.gazetteer import GazetteerIndex
from loaders.drafts import Span

HELD, SURE = "places.listed.LISTED_ON", "places.tickers.LISTED_ON"


def _listed_twice(first: str, second: str) -> Span:
    builder = DraftBuilder("Quorra Labs listed on the Harlow Exchange.", GazetteerIndex({}))
    company = builder.entity("Quorra Labs", EntityKind.ORGANIZATION)
    venue = builder.entity("Harlow Exchange", EntityKind.ORGANIZATION)
    for rule in (first, second):
        builder.relate(RelationType.LISTED_ON, company, venue, Span(quote="listed", start=12, end=18, rule=rule))
    (relation,) = builder.relations.values()
    return relation.span


def test_the_surer_reading_wins_whichever_came_first() -> None:
    assert RULE_PRECISION[HELD] < RULE_PRECISION[SURE]
    assert _listed_twice(HELD, SURE).rule == SURE
    assert _listed_twice(SURE, HELD).rule == SURE
    assert _listed_twice(HELD, SURE).confidence == RULE_PRECISION[SURE]
