"""Money a listed company raises from the public (a float, a rights issue) is no funding round; a round named
"follow-on" still is. Fictional names and figures."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor


def _rounds(text: str) -> set[tuple[str, float | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind.value == "FUNDING_ROUND"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dorrance Mining raised A$640 million in its float on the local exchange last week.",
        "Harlow Telecom raised $900 million in a rights issue to cut its debt.",
        "Harlow Telecom raised $900 million through a rights offering to existing holders.",
    ],
)
def test_money_raised_from_the_public_is_no_round(text: str) -> None:
    assert _rounds(text) == set()


def test_a_follow_on_round_is_still_a_round() -> None:
    text = "Tellix Robotics raised $35 million in a follow-on funding round led by Orvane Ventures."
    assert _rounds(text) == {("Tellix Robotics", 3.5e7)}
