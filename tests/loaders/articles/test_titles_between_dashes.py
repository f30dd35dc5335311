"""A title set off between dashes after a name reads like one between commas: "A – founder and former CEO of X,
once ... –" founded X and worked there before; "A – chief executive of X –" works there."""

from __future__ import annotations

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import employment

ANSWERED = 0.85


def test_a_founder_and_former_chief_between_dashes() -> None:
    text = "Tellix was set up by Hal Brisk – founder and former CEO of Velmont, once a search leader – in April."
    draft = ArticleExtractor().extract(text)
    names = {e.ref: e.name for e in draft.entities}
    founded = {
        (names[r.subject], names[r.object])
        for r in draft.relations
        if r.type.value == "FOUNDED" and r.span.confidence >= ANSWERED
    }
    assert ("Hal Brisk", "Velmont") in founded
    assert employment(text).get(("Hal Brisk", "Velmont")) is True


def test_a_current_title_between_dashes() -> None:
    assert (
        employment("Lena Varga – chief executive of Orvane – said sales rose in May.").get(("Lena Varga", "Orvane"))
        is False
    )
