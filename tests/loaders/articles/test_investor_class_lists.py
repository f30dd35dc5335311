"""Investor lists named by their class after a verb of taking money ("raised $N from investors including A", "closed
a round with participation from A": read as money the company took from them), and lists whose clause only plans a
purchase ("investors including A will buy a stake": no investment). Fictional names and figures."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _investors(text: str) -> dict[tuple[str, str], str]:
    """(investor, company) -> the rule that read it."""
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[r.subject], names[r.object]): r.span.rule for r in draft.relations if r.type.value == "INVESTED_IN"}


def test_money_raised_from_investors_including_named_ones_is_read_as_taken_from_them() -> None:
    text = "Tellix has raised $12 million from investors including Orvane Ventures and Harlow Partners."
    read = _investors(text)
    assert set(read) == {("Orvane Ventures", "Tellix"), ("Harlow Partners", "Tellix")}
    # a reader of money taken, not the bare list's (calibrated below the floor); the round's reader is the surer
    assert set(read.values()) <= {"deals.raised_from.INVESTED_IN", "funding.apply.INVESTED_IN"}


def test_a_round_closed_with_participation_from_named_firms_was_taken_from_them() -> None:
    text = "Quorra Labs closed a $7 million seed round with participation from Brantor Capital and Dorrance Partners."
    read = _investors(text)
    assert set(read) == {("Brantor Capital", "Quorra Labs"), ("Dorrance Partners", "Quorra Labs")}
    assert set(read.values()) <= {"deals.raised_from.INVESTED_IN", "funding.apply.INVESTED_IN"}


def test_a_verb_of_no_round_before_the_participation_keeps_the_list_reading() -> None:
    text = (
        "Quorra Labs announced a new partnership with Velmont on Tuesday, with participation from Brantor Capital "
        "in its $7 million round."
    )
    assert all(rule != "deals.raised_from.INVESTED_IN" for rule in _investors(text).values())


def test_investors_that_will_buy_a_stake_have_not_invested() -> None:
    text = (
        "Orvane Group hopes to raise $700 million in a share sale. Backers such as Brantor Capital and Tellix "
        "Capital will together acquire a fifth of Orvane Group once the sale closes."
    )
    assert _investors(text) == {}


def test_investors_that_plan_to_buy_a_stake_have_not_invested() -> None:
    text = (
        "Orvane Group hopes to raise $700 million in a share sale. Investors including Brantor Capital and Tellix "
        "Capital plan to buy a 20 percent stake in the company."
    )
    assert _investors(text) == {}


def test_investors_that_bought_a_stake_invested() -> None:
    text = (
        "Orvane Group raised $70 million last year. Investors including Brantor Capital and Tellix Capital bought a "
        "20 percent stake in Orvane Group."
    )
    assert set(_investors(text)) == {("Brantor Capital", "Orvane Group"), ("Tellix Capital", "Orvane Group")}


def test_a_list_before_a_relative_clause_that_plans_is_still_the_rounds() -> None:
    text = "Quorra Labs raised $9 million from Brantor Capital and Tellix Capital, which will help it hire engineers."
    assert set(_investors(text)) == {("Brantor Capital", "Quorra Labs"), ("Tellix Capital", "Quorra Labs")}


def test_participation_after_the_rounds_lead_was_taken_from_the_participants() -> None:
    text = (
        "Harlow Robotics raised $18 million in a Series A led by Velmont Capital, with participation from Orvane "
        "Partners and Dorrance Ventures."
    )
    rules = _investors(text)
    taken = {"deals.raised_from.INVESTED_IN", "funding.apply.INVESTED_IN"}  # the surer of the two keeps it
    assert rules[("Orvane Partners", "Harlow Robotics")] in taken
    assert rules[("Dorrance Ventures", "Harlow Robotics")] in taken
    assert ("Velmont Capital", "Harlow Robotics") in rules


def test_participation_in_a_partnership_led_by_a_firm_is_no_money_taken() -> None:
    text = "Harlow Robotics announced a partnership led by Velmont Capital, with participation from Orvane Partners."
    assert "deals.raised_from.INVESTED_IN" not in _investors(text).values()
