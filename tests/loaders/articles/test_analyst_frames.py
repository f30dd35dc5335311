"""Analyst frames on sentences written for these tests: who acts, which stock is rated, which action it is."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from loaders.drafts import DocumentDraft


def _read(text: str) -> DocumentDraft:
    return ArticleExtractor(min_confidence=0.0).extract(text)


def _actions(text: str) -> set[tuple[str | None, str | None, str | None, str | None, str | None]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), names.get(e.subject), e.action, e.from_rating, e.to_rating)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


def test_two_brokers_cutting_one_stock_on_one_day_are_two_events() -> None:
    draft = _read(
        "Quorra Labs fell 5% on Monday. Fenwick cut its price target on Quorra Labs to $40. "
        "Halden Securities cut its price target on Quorra Labs to $38."
    )
    actions = [e for e in draft.events if e.kind.value == "ANALYST_ACTION"]
    assert len(actions) == 2
    assert len({e.qualifier for e in actions}) == 2  # one stored event each, not one merged


def test_a_later_reason_in_the_clause_does_not_make_the_action_a_plan() -> None:
    draft = _read(
        "Quorra Labs fell 5%. Fenwick keeps its buy rating but trims its price target to $192 from $204, saying "
        "Quorra Labs expects profit to decline."
    )
    (action,) = [e for e in draft.events if e.kind.value == "ANALYST_ACTION"]
    assert action.action == "cut_target" and "modality" not in action.properties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fenwick Securities cut Quorra Labs from a “buy” rating to a “neutral” rating on Tuesday.",
            ("Fenwick Securities", "Quorra Labs", "downgrade", "buy", "neutral"),
        ),
        ("Halden raised Quorra Labs to Buy from Hold.", ("Halden", "Quorra Labs", "upgrade", "hold", "buy")),
        (
            "Quorra Labs slid 7%. Ostrava Capital lowers the drone maker to an Underperform rating from Neutral.",
            ("Ostrava Capital", "Quorra Labs", "downgrade", "neutral", "underperform"),
        ),
        (
            "Halden Securities cut its rating on Quorra Labs to sell.",
            ("Halden Securities", "Quorra Labs", "downgrade", None, "sell"),
        ),
        (
            "Quorra Labs jumped. Fenwick moved the stock to overweight from underweight.",
            ("Fenwick", "Quorra Labs", "upgrade", "underweight", "overweight"),
        ),
    ],
)
def test_a_rating_raised_or_cut_to_a_named_rating_is_an_upgrade_or_a_downgrade(text: str, expected: tuple) -> None:
    assert expected in _actions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quorra Labs cut costs to add capacity.",
        "Quorra Labs raised prices to buy time.",
        "Quorra Labs raised its delivery target to 300,000 cars.",
        "Quorra Labs lifted its sales target for the year.",
    ],
)
def test_a_company_s_own_moves_and_targets_are_no_analyst_action(text: str) -> None:
    assert _actions(text) == set()


def test_a_credit_rating_cut_stays_a_rating_cut() -> None:
    assert ("Moody", "Quorra Labs", "cut_rating", None, None) in _actions(
        "Moody's cut its rating on Quorra Labs by one notch to Baa3."
    )


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Fenwick downgraded Quorra Labs to hold and lowers the target from $30 to $26.", "cut_target"),
        ("Corvel Capital took its price objective on Quorra Labs down to $3.", "cut_target"),
        ("Quorra Labs rose 2%. Halden revised its target on Quorra Labs up to ₹278 from ₹235.", "raise_target"),
        ("Quorra Labs rose 2%. Halden, reiterating buy, is revising its target from Rs 280 to Rs 320.", "raise_target"),
        ("Quorra Labs fell 9%. Ostrava Capital is nearly halving its price target to HK$100.", "cut_target"),
        ("Quorra Labs rose 2%. Fenwick on Wednesday boosted its QRL PT by $6 to $24.", "raise_target"),
    ],
)
def test_targets_moved_in_any_wording(text: str, action: str) -> None:
    assert action in {a[2] for a in _actions(text) if a[1] == "Quorra Labs"}


def test_an_analyst_or_the_bank_acts_for_the_firm_the_text_named() -> None:
    text = (
        "Shares of Quorra Labs rose 3% after a bullish note at Fenwick Securities. The analyst upgraded Quorra Labs "
        'to "overweight" from "equal weight" and lifted its price target from $107 to $190.'
    )
    assert ("Fenwick Securities", "Quorra Labs", "upgrade", "equal weight", "overweight") in _actions(text)
    text = (
        "Chips will be scarce, Halden said in a report on Thursday. The US investment bank cut its rating on "
        'Quorra Labs from "overweight" to "equal-weight" and lowered its target price on the stock.'
    )
    assert {a[:3] for a in _actions(text)} == {
        ("Halden", "Quorra Labs", "downgrade"),
        ("Halden", "Quorra Labs", "cut_target"),
    }


def test_the_analyst_named_alone_completes_the_action_of_the_firm() -> None:
    text = (
        "Shares of Quorra Labs slid Tuesday after a Fenwick analyst downgraded the Lisbon drone company. "
        'The analyst, Paula Reis, cut her rating to "Underperform" from "Neutral" and cut her target price to $83.'
    )
    assert _actions(text) == {
        ("Fenwick", "Quorra Labs", "downgrade", "neutral", "underperform"),
        ("Fenwick", "Quorra Labs", "cut_target", None, None),
    }


def test_a_description_is_the_stock_that_moved_in_its_clause() -> None:
    text = (
        "Tessel Micro rose 1%, while Quorra Labs's stock jumped 4.2% after Fenwick upgraded the Lisbon drone "
        "leader to buy from neutral."
    )
    assert _actions(text) == {("Fenwick", "Quorra Labs", "upgrade", "neutral", "buy")}


def test_several_brokers_raising_their_targets_each_act() -> None:
    text = (
        "Quorra Labs rose 2%. Fenwick and Halden have also increased their price targets, with Fenwick setting a "
        "new target of $280 and Halden raising its target to $290."
    )
    assert {a[:3] for a in _actions(text)} == {
        ("Fenwick", "Quorra Labs", "raise_target"),
        ("Halden", "Quorra Labs", "raise_target"),
    }


def test_a_broker_s_ticker_beside_its_name_is_not_the_stock() -> None:
    text = "Quorra Labs rose 2%. Halden Group Inc. HG increased its stock-price target to 290,000 won on Tuesday."
    assert {(a[1], a[2]) for a in _actions(text)} == {("Quorra Labs", "raise_target")}


def test_a_publication_tag_and_an_exchange_are_not_the_stock() -> None:
    text = (
        "[THE LEDGER] Quorra Labs is slowing, said Halden Securities on Dec. 17, downgrading the recommendation to "
        "a hold from a buy."
    )
    assert _actions(text) == {("Halden Securities", "Quorra Labs", "downgrade", "buy", "hold")}
