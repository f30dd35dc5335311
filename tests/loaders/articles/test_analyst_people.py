"""Rating moves an analyst named with his firm makes, ratings changed without a rating verb, several stocks moved at
once and a ticker standing for its company (fictional companies and people, sentences written here)."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from tests.loaders.articles.conftest import read_all, relation_triples

_LEAD = "Shares of carmaker Velquor (NYSE:VLQ) fell on Monday. "


def _actions(text: str) -> set[tuple[str, str, str, str | None, str | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.actor or ""], e.action or "", names[e.subject], e.from_rating, e.to_rating)
        for e in draft.events
        if e.kind == EventKind.ANALYST_ACTION
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Torrin Bay of Hallam Securities changed his rating from Buy to Hold.",
            {("Hallam Securities", "downgrade", "Velquor", "buy", "hold")},
        ),
        (
            _LEAD + "Dara Menzel of Kestrel Bank also downgraded the stock from Buy to Hold.",
            {("Kestrel Bank", "downgrade", "Velquor", "buy", "hold")},
        ),
        (
            _LEAD + "Kestrel Bank analyst Torrin Bay recently downgraded shares of Velquor from Hold to Sell.",
            {("Kestrel Bank", "downgrade", "Velquor", "hold", "sell")},
        ),
        (
            "Benchmark analyst Torrin Bay changed Velquor's status from Hold to Buy.",
            {("Benchmark", "upgrade", "Velquor", "hold", "buy")},
        ),
        (
            "An analyst at Hallam Securities upgraded shares of Velquor and Zentrico on Tuesday.",
            {
                ("Hallam Securities", "upgrade", "Velquor", None, None),
                ("Hallam Securities", "upgrade", "Zentrico", None, None),
            },
        ),
        (
            _LEAD + "The Kestrel Bank analysts increased their price target for VLQ stock from $12 to $23.",
            {("Kestrel Bank", "raise_target", "Velquor", None, None)},
        ),
    ],
)
def test_rating_moves_by_analysts_named_with_their_firm(text: str, expected: set[tuple]) -> None:
    assert _actions(text) == expected


def test_an_analyst_of_a_firm_works_there_and_is_no_company() -> None:
    triples = relation_triples(_LEAD + "Dara Menzel of Kestrel Bank downgraded the stock from Buy to Hold.")
    assert ("Dara Menzel", "WORKS_AT", "Kestrel Bank") in triples
    assert not any("Dara Menzel of" in subject or "Dara Menzel of" in obj for subject, _, obj in triples)


def test_changing_a_rating_with_no_order_between_the_two_is_no_action() -> None:
    assert (
        _actions(_LEAD + "Torrin Bay of Hallam Securities changed his rating from Sector Weight to Peer Perform.")
        == set()
    )
