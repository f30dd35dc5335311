"""Analyst actions told after a first one: a target cut beside a rating kept, "It also upgraded" in the next
sentence, not "It upgraded its factories" (fictional companies, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import analyst_actions as _actions


def test_a_target_cut_beside_a_rating_kept_is_the_brokerages() -> None:
    text = "Frostmere Securities kept Velquor Holdings at buy but lowered its target to $70 from $82."
    assert _actions(text) == {("Frostmere Securities", "Velquor Holdings", "cut_target")}


def test_it_acting_after_an_analyst_action_is_the_same_brokerage() -> None:
    text = "Frostmere Securities downgraded Velquor Holdings to hold. It also upgraded Nimbatek Systems to buy."
    assert _actions(text) == {
        ("Frostmere Securities", "Velquor Holdings", "downgrade"),
        ("Frostmere Securities", "Nimbatek Systems", "upgrade"),
    }
    # "It" upgrading its own things rates no stock
    own = "Velquor Holdings was downgraded to hold at Frostmere Securities. It upgraded its factories last year."
    assert _actions(own) == {("Frostmere Securities", "Velquor Holdings", "downgrade")}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Frostmere Securities cut Velquor Holdings to hold.", "downgrade"),
        ("Frostmere Securities raised Velquor Holdings to buy on Monday.", "upgrade"),
        ("Frostmere Securities downgraded the stock of Velquor Holdings to hold.", "downgrade"),
    ],
)
def test_a_named_stock_moved_to_a_bare_rating_that_ends_the_clause_is_rated(text: str, action: str) -> None:
    assert _actions(text) == {("Frostmere Securities", "Velquor Holdings", action)}
    # a verb after "to" is no rating: "raised X to buy more chips"
    assert _actions("Velquor Holdings raised Nimbatek Systems to buy more chips.") == set()


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Adding to the pressure, Velquor Holdings got hit with a downgrade from Frostmere Securities.", "downgrade"),
        ("Velquor Holdings received a rare double upgrade from Frostmere Securities on Tuesday.", "upgrade"),
    ],
)
def test_a_rating_action_received_from_a_brokerage_rates_the_receiver(text: str, action: str) -> None:
    assert _actions(text) == {("Frostmere Securities", "Velquor Holdings", action)}
    # an upgrade of a thing is no rating: "got a software upgrade from Y"
    assert _actions("Velquor Holdings got a software upgrade from Nimbatek Systems.") == set()


def test_a_bank_named_bank_of_opens_its_name_though_the_text_says_the_bank() -> None:
    text = (
        "Frostmere Securities cut its target on Velquor Holdings to $70. Analysts at the bank said demand was weak.\n\n"
        "Bank of Dorrance Harlow kept an underweight rating and trimmed its target price to $40 from $44."
    )
    actors = {actor for actor, _, action in _actions(text) if action == "cut_target"}
    assert actors == {"Frostmere Securities", "Bank of Dorrance Harlow"}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Lena Varga of Frostmere Securities downgraded Velquor Holdings to neutral, with a price target of $7, "
            "which was lowered from $12.",
            "cut_target",
        ),
        (
            "Frostmere Securities upgraded Velquor Holdings to buy with a target price of $42, which was raised from "
            "$35.",
            "raise_target",
        ),
    ],
)
def test_a_target_said_with_the_one_it_was_moved_from_is_moved(text: str, action: str) -> None:
    assert ("Frostmere Securities", "Velquor Holdings", action) in _actions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velquor Holdings shares hit a record low after brokerage firm Frostmere Securities downgraded it.",
        "Velquor Holdings shares are down 9% on the week. They fell 3% on Tuesday after Frostmere Securities analyst "
        "Hal Brisk downgraded them to 'Hold' from 'Buy', citing slower orders.",
    ],
)
def test_a_pronoun_downgraded_is_the_stock_the_text_spoke_of(text: str) -> None:
    assert ("Frostmere Securities", "Velquor Holdings", "downgrade") in _actions(text)


def test_a_pronoun_raised_to_something_no_rating_names_is_no_action() -> None:
    text = "Frostmere Securities bought a stake in Velquor Holdings and upgraded it to a strategic partner."
    assert _actions(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Quorra Labs, Velmont Inc. and Tellix Systems count among a handful of names in which overseas brokers "
        "lifted the target price.",
        "Quorra Labs, Velmont Inc. and Tellix Systems are among the stocks where brokers raised their price targets.",
    ],
)
def test_stocks_listed_before_a_relative_clause_are_rated_not_the_brokers(text: str) -> None:
    # the relative clause's own subject ("brokers") acts; the names before it are the stocks whose targets moved
    assert {actor for actor, _, _ in _actions(text)} <= {None}


def test_a_target_the_subject_saw_raised_is_its_own_not_the_stock_rated_before() -> None:
    text = (
        "Brantor Corp. was upgraded to buy at Harlow Partners on Friday. "
        "Tellix Systems Inc. saw its price target raised to $52 from $47 at Dorrance Capital, which kept a hold rating."
    )
    assert ("Dorrance Capital", "Tellix Systems", "raise_target") in _actions(text)
    assert ("Dorrance Capital", "Brantor", "raise_target") not in _actions(text)
