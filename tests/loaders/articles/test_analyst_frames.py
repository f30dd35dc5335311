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


def _rules(text: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), names.get(e.subject), e.action, e.span.rule)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra Labs price target raised to $150 from $130 at Fenwick.",
            ("Fenwick", "Quorra Labs", "raise_target", "ratings.raise_target.passive.ANALYST_ACTION"),
        ),
        (
            "Quorra Labs (NASDAQ:QRL – Get Rating) had its target price cut by equities researchers at Halden "
            "Securities from $195.00 to $180.00 in a report issued on Friday.",
            ("Halden Securities", "Quorra Labs", "cut_target", "ratings.cut_target.passive.ANALYST_ACTION"),
        ),
        (
            "Fenwick raised the target price for Quorra Labs to 75 yuan, and the target price for Tessel Micro was "
            "raised to 115 yuan.",
            ("Fenwick", "Tessel Micro", "raise_target", "ratings.raise_target.passive.ANALYST_ACTION"),
        ),
    ],
)
def test_a_target_moved_in_the_passive_names_its_broker_after_it_or_before(text: str, expected: tuple) -> None:
    assert expected in _rules(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra Labs was downgraded by Fenwick from a “neutral” rating to an “underweight” rating on Friday. "
            "They presently have a $5.00 target price on the stock, down from their prior target price of $8.50.",
            ("Fenwick", "Quorra Labs", "cut_target"),
        ),
        (
            "Halden Securities upgraded Quorra Labs to Equal Weight from Underweight with a price target of $130, up "
            "from $98.",
            ("Halden Securities", "Quorra Labs", "raise_target"),
        ),
        (
            "Fenwick Securities recently presented Quorra Labs's target price at 125,000 won, down by 13.8 percent "
            "from its earlier target.",
            ("Fenwick Securities", "Quorra Labs", "cut_target"),
        ),
    ],
)
def test_a_target_held_up_or_down_from_the_prior_one_is_a_move(text: str, expected: tuple) -> None:
    assert expected in {a[:3] for a in _rules(text)}


def test_a_company_s_own_target_and_the_street_s_average_are_no_broker_s() -> None:
    text = (
        "Fenwick cut its price target on Quorra Labs to $40. Quorra Labs cut its sales target to $5 billion, down "
        "from $6 billion. The average target price is $50, up from $45."
    )
    assert {a[:3] for a in _rules(text)} == {("Fenwick", "Quorra Labs", "cut_target")}


def test_a_broker_table_reads_each_moved_row() -> None:
    text = (
        "Quorra Labs shares fell 2% on Monday.\n"
        "The following table lists the ratings and target prices (HKD) for Quorra Labs (01211.HK) from four "
        "brokers:Broker | Rating | Target Price (HKD)Fenwick | Buy | 233 Halden | Buy | 180 -> 160 Corvel Capital | "
        "Outperform | 161 -> 170 Kestrel | Buy -> Underperform | 159 -> 105 Related news: Halden cuts the target "
        "as margins shrink. Corvel sees demand holding up.\n"
    )
    found = {a[:3] for a in _rules(text) if a[3] and ".table." in a[3]}
    assert found == {
        ("Halden", "Quorra Labs", "cut_target"),
        ("Corvel Capital", "Quorra Labs", "raise_target"),
        ("Kestrel", "Quorra Labs", "cut_target"),
        ("Kestrel", "Quorra Labs", "downgrade"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Moss, a researcher at Fenwick Securities, has also upgraded the investment opinion on Quorra Labs "
            "from 'neutral' to 'buy'.",
            ("Fenwick Securities", "Quorra Labs", "upgrade", "neutral", "buy"),
        ),
        (
            "Lisbon's Fenwick Securities has downgraded its stock rating for Quorra Labs to “neutral” from "
            "“outperform,” citing demand.",
            ("Fenwick Securities", "Quorra Labs", "downgrade", "outperform", "neutral"),
        ),
        (
            "Analysts are split on Quorra Labs. One analyst (Fenwick's Ada Moss) upgraded Quorra Labs to buy from "
            "neutral.",
            ("Fenwick", "Quorra Labs", "upgrade", "neutral", "buy"),
        ),
        (
            "Quorra Labs rose 3%. Fenwick on Weds boosted its PT by $6 to $24, pointing to a deal.",
            ("Fenwick", "Quorra Labs", "raise_target", None, None),
        ),
        (
            "Fenwick Securities analysts led by Ada Moss raised their price target on Quorra Labs to $40.",
            ("Fenwick Securities", "Quorra Labs", "raise_target", None, None),
        ),
    ],
)
def test_the_firm_behind_an_analyst_a_perfect_tense_or_a_weekday(text: str, expected: tuple) -> None:
    assert expected in _actions(text)


@pytest.mark.parametrize(
    ("text", "rated"),
    [
        ("Ravenna Capital downgraded Ostrand Labs' parent Quillon Group to hold.", {"Quillon Group"}),
        ("Ravenna Capital cut Ostrand Labs' target price by 10% to $27.", {"Ostrand Labs"}),
        ("Ravenna Capital raised Ostrand Labs' earnings forecast for next year.", set()),
    ],
)
def test_a_name_owning_what_follows_is_not_the_stock_rated_unless_it_owns_the_target(text: str, rated: set) -> None:
    assert {action[1] for action in _actions(text)} == rated


def test_a_gloss_in_brackets_after_a_rating_is_no_rating_set() -> None:
    text = "Harlow Securities downgraded Quorra Motors from overweight (akin to buy) to equal weight (akin to hold)."
    assert _actions(text) == {("Harlow Securities", "Quorra Motors", "downgrade", "overweight", "equal weight")}
