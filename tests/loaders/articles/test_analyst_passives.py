"""Analyst actions told from the rated stock's side ("X was raised to buy at Y", "X won an upgrade to outperform
from Y"), a broker's second action in a relative clause ("..., which also lowered its target"), and a common noun
opening the sentence that names no broker (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor

_OPENING = "Velquor Electronics shares moved on Monday. "


def _actions(text: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(_OPENING + text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), names.get(e.subject), e.action, e.to_rating)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Electronics was raised to buy at Marsten Securities.",
            {("Marsten Securities", "Velquor Electronics", "upgrade", "buy")},
        ),
        (
            "Nimbatek Systems was cut to neutral from buy by Harwick Partners on Tuesday.",
            {("Harwick Partners", "Nimbatek Systems", "downgrade", "neutral")},
        ),
        (
            "Velquor Electronics won an upgrade to outperform from Marsten Securities.",
            {("Marsten Securities", "Velquor Electronics", "upgrade", "outperform")},
        ),
        (
            "Velquor Electronics was cut to neutral at Harwick Partners, which also lowered its target to $30.",
            {
                ("Harwick Partners", "Velquor Electronics", "downgrade", "neutral"),
                ("Harwick Partners", "Velquor Electronics", "cut_target", None),
            },
        ),
    ],
)
def test_an_action_told_from_the_rated_stocks_side(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _actions(text) == expected


def test_a_common_noun_opening_the_sentence_is_no_broker() -> None:
    assert _actions("Brokerages raised their targets on Velquor Electronics, lifting the consensus to $45.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marsten Securities upgraded Nimbatek Systems, Velquor Electronics' biggest rival, to buy.",
            {("Marsten Securities", "Nimbatek Systems", "upgrade", "buy")},
        ),
        (
            "Marsten Securities upgraded Velquor Electronics' parent, Nimbatek Systems, to buy.",
            {("Marsten Securities", "Nimbatek Systems", "upgrade", "buy")},
        ),
        (
            "Marsten Securities cut its target on Nimbatek Systems to $20 from $25. It also upgraded the Kelmont "
            "market to overweight from neutral.",
            {("Marsten Securities", "Nimbatek Systems", "cut_target", None)},
        ),
        ("Marsten Securities upgraded Velquor Electronics bonds to overweight.", set()),
        ("The Kelmont regulator upgraded Velquor Electronics' license.", set()),
        ("Velquor Electronics upgraded Nimbatek Systems to a strategic supplier.", set()),
    ],
)
def test_a_rating_verb_rates_only_the_stock_it_names(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert _actions(text) == expected


def test_a_passive_target_after_a_lower_case_word_is_its_owners() -> None:
    text = (
        "Dorrance Research upgraded Quorra Systems to buy. Quorra Systems' price target was raised to $30 from $25, "
        "while Tellix Corp's target was cut to $12 from $15."
    )
    cuts = {(actor, rated) for actor, rated, action, _ in _actions(text) if action == "cut_target"}
    assert cuts == {("Dorrance Research", "Tellix")}  # the legal form is dropped from the name
