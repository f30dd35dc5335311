"""Wraps and analyst round-ups in phrasings the tuned corpus had not shown: a market's index named with a possessive,
a plural noun a name only qualifies, a fund or bond line of a company's, a session's low given with its figure, and
a round-up of passive rating changes, each with its own stock and brokerage (fictional names, sentences written
here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import analyst_actions, price_moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders were cautious on Friday. Quorvane Labs shares rose 3%, as the market's broader index fell 0.5%.",
            {("Quorvane Labs", 3.0)},
        ),
        (
            "Traders were cautious on Friday. Tessmark Tier II lenders fell 2%, while Quorvane Labs gained 1%.",
            {("Quorvane Labs", 1.0)},
        ),
        ("Traders were cautious on Friday. Shares in Orvandel shipping firms fell 3%.", set()),
        (
            "Traders were cautious on Friday. Brellix Partners' fund tracking chip stocks gained 2.2% and its bond "
            "fund slipped 0.3%.",
            set(),
        ),
        (
            "Traders were cautious on Friday. Quorvane Labs rose 2% on Monday and fell 1% on Tuesday.",
            {("Quorvane Labs", 2.0), ("Quorvane Labs", -1.0)},
        ),
        (
            "Traders were cautious on Friday. Quorvane Labs rose 2%, and its shares have doubled this year.",
            {("Quorvane Labs", 2.0)},
        ),
    ],
)
def test_a_figure_goes_to_the_stock_that_moved_not_to_a_name_that_only_qualifies_it(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traders were cautious on Friday. Daxmoor Robotics shares hit an intraday low of $3.10, a drop of 12%.",
        "Traders were cautious on Friday. Daxmoor Robotics shares fell to a low of $14.20 during the session, down 8%.",
    ],
)
def test_a_sessions_low_with_its_figure_is_not_the_stocks_move(text: str) -> None:
    assert price_moves(text) == set()


def test_a_low_touched_before_the_close_leaves_the_closing_figure() -> None:
    text = (
        "Traders were cautious on Friday. Daxmoor Robotics shares fell to a low of $14.20 during the session, down "
        "8%, and later closed down 3%."
    )
    assert price_moves(text) == {("Daxmoor Robotics", -3.0)}


def _actions(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(actor, action or "", rated) for actor, rated, action in analyst_actions(text)}


def test_a_round_up_of_passive_rating_changes_gives_each_stock_its_own_brokerage() -> None:
    text = (
        "Brokers were busy on Monday. Among analyst moves, Quorvane Labs was raised to buy at Tessel Securities, "
        "Daxmoor Robotics was cut to neutral at Harnick Capital and Brellix Systems had its target raised at Morrow "
        "Partners."
    )
    assert _actions(text) == {
        ("Tessel Securities", "upgrade", "Quorvane Labs"),
        ("Harnick Capital", "downgrade", "Daxmoor Robotics"),
    }


def test_passive_rating_changes_by_several_brokerages_stay_with_their_stock() -> None:
    text = "Brokers were busy on Monday. Quorvane Labs was downgraded by Tessel Securities and Harnick Capital."
    assert _actions(text) == {
        ("Tessel Securities", "downgrade", "Quorvane Labs"),
        ("Harnick Capital", "downgrade", "Quorvane Labs"),
    }


@pytest.mark.parametrize("lead", ["Heavyweights", "Laggard", "Miner", "Shipbuilders", "Newcomer"])
def test_a_markets_word_before_a_list_of_names_is_no_part_of_the_first_name(lead: str) -> None:
    text = f"Traders were cautious on Friday. {lead} Quorvane Labs and Daxmoor Robotics rose 2.1% and 0.8%."
    assert price_moves(text) == {("Quorvane Labs", 2.1), ("Daxmoor Robotics", 0.8)}


@pytest.mark.parametrize(
    "text",
    [
        "Brokers were busy on Monday. Morrow Partners raised the price target on Quorvane Labs' Tessa headset to $499.",
        "Brokers were busy on Monday. Morrow Partners raised its price target on Quorvane Labs' Tessa chip unit.",
    ],
)
def test_a_target_on_a_companys_product_or_unit_is_no_target_on_its_stock(text: str) -> None:
    assert _actions(text) == set()


def test_a_wire_line_raising_a_named_stocks_pt_rates_that_stock() -> None:
    text = (
        "Brokers were busy on Monday. Tessel Securities raises Quorvane Labs PT to $40. The brokerage kept its rating."
    )
    assert _actions(text) == {("Tessel Securities", "raise_target", "Quorvane Labs")}


def test_a_figure_after_a_session_low_that_has_its_own_owner_still_moves_that_owner() -> None:
    text = (
        "Traders were cautious on Friday. Daxmoor Robotics shares were down 6.9% at 15.06 crowns by the midday break, "
        "recovering from a session low of 14.62 crowns, and lagging a 0.81% fall by the blue chip Tessmark Index."
    )
    assert price_moves(text) == {("Daxmoor Robotics", -6.9), ("Tessmark Index", -0.81)}


def test_in_a_wrap_with_tickers_in_brackets_each_name_keeps_its_own_figure() -> None:
    text = (
        "Traders were cautious on Friday. Quorvane Labs (QVL) fell 3.4%, Daxmoor Robotics (DXR) rose 1.2% and "
        "Brellix Systems (BRX) was flat."
    )
    assert price_moves(text) == {("Quorvane Labs", -3.4), ("Daxmoor Robotics", 1.2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders were cautious on Friday. The tech index rose 0.75 percent after Quorvane Labs, the market's most "
            "heavily weighted stock, gained 1.01 percent.",
            {("Quorvane Labs", 1.01)},
        ),
        (
            "Traders were wary. Brellix Systems fell 2% while Daxmoor Robotics, the sector leader, rose 1%.",
            {("Brellix Systems", -2.0), ("Daxmoor Robotics", 1.0)},
        ),
        ("Traders were cautious on Friday. Investors in Daxmoor Robotics, the sector leader, lost 1%.", set()),
        ("Traders were cautious on Friday. Brellix Systems' unit, the payments arm, rose 2%.", set()),
    ],
)
def test_a_description_set_off_by_commas_keeps_the_name_before_it_as_the_mover(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


def test_the_counter_is_the_stock_of_the_company_the_text_is_about() -> None:
    text = "Quorvane Industries reported results on Friday. The counter added nearly 7% in the session."
    assert price_moves(text) == {("Quorvane Industries", 7.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Carriers were busy. Tessel Telecom upgraded Daxmoor Networks, its main vendor, to gold partner status.",
        "Carriers were busy on Monday. Brellix Software upgraded Daxmoor Networks to version 5 of its platform.",
    ],
)
def test_an_upgrade_to_a_status_or_a_version_is_no_rating(text: str) -> None:
    assert _actions(text) == set()


def test_an_upgrade_to_a_rating_with_a_description_of_the_stock_is_still_read() -> None:
    text = "Brokers were busy. Tessel Securities upgraded Daxmoor Networks, the cable maker, to buy from hold."
    assert _actions(text) == {("Tessel Securities", "upgrade", "Daxmoor Networks")}


def test_the_latters_debut_figure_is_not_given_to_the_company_named_first() -> None:
    text = (
        "Traders were cautious on Friday. Daxmoor Robotics, which invested in Brellix Systems, rose 5% after the "
        "latter's shares surged 45% on debut."
    )
    assert price_moves(text) == {("Daxmoor Robotics", 5.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Results were strong on Friday. Brellix Systems jumped 35% in sales in the quarter.",
        "Results were strong on Friday. Brellix Systems rose to 12 million users, up 40%.",
        "Results were strong on Friday. Brellix Systems, up 18% in revenue terms, beat rivals.",
        "Results were strong on Friday. Brellix Systems added 15% more stores.",
        "Results were strong on Friday. Brellix Systems is up 12% in subscribers this year.",
    ],
)
def test_a_business_measure_named_with_the_figure_is_no_stock_move(text: str) -> None:
    assert price_moves(text) == set()


def test_a_close_in_a_currency_named_in_words_is_still_the_stocks_move() -> None:
    text = "Traders were cautious on Friday. Quorvane Labs rose 3 per cent to 41.20 crowns."
    assert price_moves(text) == {("Quorvane Labs", 3.0)}


def test_a_clause_of_its_own_after_paired_figures_moves_its_own_name() -> None:
    text = (
        "Traders were cautious on Friday. Quorvane Labs and Daxmoor Robotics rose 2% and 3%, while Brellix Systems "
        "fell 4%."
    )
    assert price_moves(text) == {("Quorvane Labs", 2.0), ("Daxmoor Robotics", 3.0), ("Brellix Systems", -4.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Brokers were busy on Monday. Quorvane Labs fell more than 2% following a downgrade by Harnick Capital.",
        "Brokers were busy on Monday. Quorvane Labs shares fell 3% after a Harnick Capital downgrade.",
        "Brokers were busy on Monday. Quorvane Labs shares fall after Harnick Capital downgrade",
    ],
)
def test_a_stock_that_moved_after_a_brokerages_downgrade_was_downgraded_by_it(text: str) -> None:
    assert _actions(text) == {("Harnick Capital", "downgrade", "Quorvane Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Brokers were busy on Monday. Daxmoor Robotics fell after a downgrade by Harnick Capital of its rival Brellix.",
        "Brokers were busy. Daxmoor Robotics fell after Harnick Capital's upgrade of its rival Brellix Systems.",
        "Brokers were busy on Monday. Daxmoor Robotics rose following a software upgrade by Brellix Systems.",
    ],
)
def test_an_action_on_another_stock_or_a_products_upgrade_rates_no_one_here(text: str) -> None:
    assert ("Daxmoor Robotics" not in {rated for _, _, rated in _actions(text)}) and _actions(text) <= {
        ("Harnick Capital", "upgrade", "Brellix Systems")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Traders were wary. Tessmark's Brellix Group has lost 68.5% of its initial value since its listing in April.",
        "Traders were wary. Brellix Group is down about 70% from an initial valuation of $6 billion since its IPO.",
    ],
)
def test_a_valuation_lost_since_a_listing_is_no_move_of_the_stock(text: str) -> None:
    assert price_moves(text) == set()


def test_value_the_shares_lost_is_still_their_move() -> None:
    text = "Traders were wary. Brellix Group shares have lost 40% of their value this year."
    assert price_moves(text) == {("Brellix Group", -40.0)}


def test_a_funds_figure_after_its_managers_own_is_not_the_managers_move() -> None:
    text = "Funds were active on Monday. Tessmark Asset Management rose 2% after its flagship fund gained 5%."
    assert price_moves(text) == {("Tessmark Asset Management", 2.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Markets moved on Monday. Quorvane Group H shares fell 2.2% on Monday.",
        "Markets moved on Monday. BRIEF-Quorvane Group shares fell 2.2% on Monday.",
        "Markets moved on Monday. EXCLUSIVE-Quorvane Group shares fell 2.2% on Monday.",
        "Markets moved on Monday. Quorvane Group NYSE:QVG fell 2.2% on Monday.",
    ],
)
def test_a_share_class_a_wire_slug_or_an_exchange_code_is_no_part_of_the_name_that_moved(text: str) -> None:
    assert price_moves(text) == {("Quorvane Group", -2.2)}


def test_a_growing_loss_is_no_move_of_the_stock() -> None:
    text = "Results were strong. Quorvane Labs posted a loss of 1,800 crowns, a 288 per cent increase from a year ago."
    assert price_moves(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders were wary. Other notable declines included Tessmark Group, the poultry company, which fell 4.7%.",
            {("Tessmark Group", -4.7)},
        ),
        (
            "Traders were wary. Quorvane Labs rose 3%, outpacing the index, a broad gauge, which fell 2%.",
            {("Quorvane Labs", 3.0)},
        ),
        (
            "Traders were wary. Brellix Systems, a supplier to Quorvane Labs, which rose 4%, said so.",
            {("Quorvane Labs", 4.0)},
        ),
    ],
)
def test_a_relative_clause_after_a_description_moves_the_name_described(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


def test_an_indexs_loss_given_as_a_figure_still_moves_the_index() -> None:
    text = "Traders were wary. Quorvane Labs lost 8% over the month, lagging the Tessmark 500's loss of 2.25%."
    assert price_moves(text) == {("Quorvane Labs", -8.0), ("Tessmark 500", -2.25)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders were wary. Tessmark Building was the worst performer on the index, with shares plunging 9.3%.",
            {("Tessmark Building", -9.3)},
        ),
        ("Traders were wary. Quorvane Labs rose 3%, with shares of rivals falling 2%.", {("Quorvane Labs", 3.0)}),
        ("Traders were wary. Quorvane Labs rose 3%, with shares in the sector falling 2%.", {("Quorvane Labs", 3.0)}),
    ],
)
def test_shares_after_with_are_the_subjects_own_unless_another_owner_follows(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


def test_wire_lines_moving_a_named_stock_to_a_rating_at_a_brokerage_are_rating_changes() -> None:
    text = "Brokers were busy. Quorvane Labs cut to sell at Harnick Capital; Brellix Labs raised to buy at Morrow Bank."
    assert _actions(text) == {
        ("Harnick Capital", "downgrade", "Quorvane Labs"),
        ("Morrow Bank", "upgrade", "Brellix Labs"),
    }


def test_a_rating_moved_at_a_brokerage_with_no_name_before_it_rates_no_one() -> None:
    assert _actions("Brokers were busy on Monday. The outlook was bleak, cut to sell at Harnick Capital.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Traders were wary on Friday. Quorvane Labs witnessed a 3% jump in its share price.",
        "Traders were wary on Friday. Quorvane Labs' revenue increased by 2%, and its share price rose 3%.",
    ],
)
def test_its_share_price_is_the_stock_of_the_company_named_before(text: str) -> None:
    assert price_moves(text) == {("Quorvane Labs", 3.0)}


def test_an_index_that_fell_after_a_downgrade_was_not_rated_by_the_brokerage() -> None:
    text = "Brokers were busy on Monday. The Tessmark Composite fell 1% after a downgrade by Torvale Ratings."
    assert _actions(text) == set()
    assert price_moves(text) == {("Tessmark Composite", -1.0)}
