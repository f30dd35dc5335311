"""Share moves and analyst actions on sentences written for these tests: who acted, what moved, and figures that
belong to something else than the stock (a neighbour, an index, a sales figure)."""

from __future__ import annotations

from tests.loaders.articles.conftest import analyst_actions, read_all


def test_a_double_downgrade_written_as_one_verb_is_the_brokers_not_the_stocks() -> None:
    actions = analyst_actions(
        "Tellix shares fell 5% after Brantor Capital double-downgraded its rating on the chipmaker."
    )
    assert actions == {("Brantor Capital", "Tellix", "downgrade")}


def test_a_cut_target_for_two_stocks_is_read_from_the_first_stocks_figures() -> None:
    actions = analyst_actions(
        "On Tuesday Brantor Securities lowered its target price for Orvane Electronics to 64,500 won from 81,000 won "
        "and for Tellix to 47,200 won from 58,900 won, pointing to a thinner order book."
    )
    assert ("Brantor Securities", "Orvane Electronics", "cut_target") in actions
    assert not any(action == "raise_target" for _, _, action in actions)


def test_increases_in_price_targets_counted_as_a_noun_are_no_ones_action() -> None:
    actions = analyst_actions(
        "Harlow Capital shrugged at the quarter. Since Quorra Labs posted its numbers last month, the street has "
        "seen a handful of increases in price targets."
    )
    assert actions == set()


def test_stocks_named_after_for_are_rated_not_the_brokers_of_a_following_participle() -> None:
    actions = analyst_actions(
        "Orvane Electronics Co. and Tellix Inc. shares rose on Monday. Regional brokerages have raised their target "
        "prices for Orvane Electronics and Tellix, lifting Orvane Electronics’ target price to around 90,000 won."
    )
    assert not any(actor in ("Orvane Electronics", "Tellix") for actor, _, _ in actions)


def _moves(text: str) -> set[tuple[str | None, float | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names.get(e.subject), e.pct_change) for e in draft.events if e.kind.value == "PRICE_MOVE"}


def test_figures_paired_respectively_with_the_direction_said_twice_are_no_single_names() -> None:
    moves = _moves(
        "Harlow Motor added 0.71% and Dorrance Corp gained 2.38%, while map maker Quorra and chat app "
        "Tellix were up 1.27% and up 4.15%, respectively."
    )
    assert ("Tellix", 1.27) not in moves
    assert {("Harlow Motor", 0.71), ("Dorrance", 2.38)} <= moves


def test_a_listing_venue_said_between_the_name_and_its_shares_is_no_part_of_the_name() -> None:
    moves = _moves("Quorra Bank Hong Kong shares climbed 4.6% on Wednesday once the lender unveiled a repurchase plan.")
    assert moves == {("Quorra Bank", 4.6)}


def test_an_it_sector_figure_after_named_movers_is_no_pronouns_move() -> None:
    moves = _moves(
        "Shares of Quorra fell 4.2% and Tellix plunged 9.8% as funds trimmed holdings. The heaviest losers "
        "were Tellix, Orvane Inc, down 6.35%, and Quorra. A gauge of utility stocks slipped 0.7%, the IT "
        "sector fell 2.9%, and the tech index dropped 2.4%."
    )
    assert not any(pct == -2.9 for _, pct in moves)
    assert ("Orvane", -6.35) in moves


def test_a_change_in_goods_shipped_is_no_share_move() -> None:
    moves = _moves(
        "Velmont Corp on Tuesday posted a 7.15 percent annual surge in its October sales. Velmont shipped "
        "640,000 tablets and 380,000 printers in October, lifting fourth-quarter volume to 1.8 million units, "
        "a 2.7 percent quarterly decline in tablets and a 13.4 percent increase in printers."
    )
    assert moves == set()


def test_a_drop_in_two_sessions_is_still_the_stocks() -> None:
    moves = _moves("Tellix Inc. closed at $12.40 on Friday, a 20% drop in two sessions.")
    assert moves == {("Tellix", -20.0)}


def test_a_tickers_quote_yields_to_the_move_the_text_tells() -> None:
    moves = _moves(
        "Stocks drifted sideways on Wednesday, but software company Quorra Labs (QRLB 1.10%) lagged badly. "
        "Shares were down by more than 6% around 1:40 p.m."
    )
    assert moves == {("Quorra Labs", -6.0)}


def test_a_tickers_quote_alone_is_still_read() -> None:
    assert _moves("Velquor (VLQ -7.4% ) slides after a downgrade.") == {("Velquor", -7.4)}


def test_a_legal_form_cut_from_its_name_by_a_place_in_brackets_moves_nothing() -> None:
    moves = _moves(
        "Trading in Quorra Precision Instruments (Suzhou) Co Ltd, a lab equipment maker, was paused two times on "
        "its debut as the stock tripped volatility limits - once after jumping 25%, again after gaining 45% from "
        "the opening price."
    )
    assert not any(name == "Co Ltd" for name, _ in moves)


def test_the_companys_share_price_closing_out_the_session_down_is_the_stocks_move() -> None:
    moves = _moves(
        "Quorra (QRA 2.05%) stock slumped Monday after the firm trimmed its annual outlook. The company's share "
        "price closed out the session down 6.3%, per figures from a market data provider."
    )
    assert moves == {("Quorra", -6.3)}


def test_the_companys_share_price_going_on_to_close_higher_is_the_stocks_move() -> None:
    moves = _moves(
        "Quorra, the chipmaker, started the week off positively. The company's share price went mildly north to "
        "close the day 0.6% higher."
    )
    assert moves == {("Quorra", 0.6)}


def test_a_named_analysts_participle_acts_for_the_firm_before_the_word_analyst() -> None:
    actions = analyst_actions(
        "Late on Monday, Brantor Securities analyst Lena Varga revised her view of Quorra Corporation, "
        "downgrading the shares from Buy to Hold."
    )
    assert actions == {("Brantor Securities", "Quorra", "downgrade")}


def test_a_downgrade_issued_for_a_stock_and_a_target_adjusted_down_are_the_issuers() -> None:
    actions = analyst_actions(
        "On Friday, Brantor Securities analyst Lena Varga issued a downgrade for Quorra & Co shares from outperform "
        "to in-line, adjusting the price target to JPY 2,150 from JPY 2,800."
    )
    assert actions == {("Brantor Securities", "Quorra", "downgrade"), ("Brantor Securities", "Quorra", "cut_target")}


def test_the_stock_rating_of_a_company_described_by_its_trade_rates_that_company() -> None:
    actions = analyst_actions(
        "Brantor Securities analyst Lena Varga upgraded the stock rating of Korean battery maker Quorra (NYSE: QRA) "
        'from "Hold" to "Buy".'
    )
    assert actions == {("Brantor Securities", "Quorra", "upgrade")}


def test_shares_in_a_startup_described_with_an_acronym_are_the_named_startups() -> None:
    assert _moves("Shares in Chinese AI startup Quorra soared as much as 78% on Friday.") == {("Quorra", 78.0)}


def test_a_close_at_a_long_described_price_then_its_figure_is_the_stocks_move() -> None:
    moves = _moves(
        "Orvane Electronics finished at a record high of 58,300 won on the Seoul exchange Thursday, up "
        "2.47 percent from the previous day."
    )
    assert moves == {("Orvane Electronics", 2.47)}


def test_sliding_from_one_rank_to_another_is_no_price_move() -> None:
    moves = _moves("Quorra Corp shares slid from eighth to 12th in the ranking of the largest listed companies.")
    assert moves == set()


def test_a_broker_named_with_its_legal_tail_right_before_the_verb_acts() -> None:
    actions = analyst_actions(
        "Quorra Manufacturing Co. (QMC) shares jumped in Taipei trade after Brantor Partners Inc. raised its price "
        "target by 22% to NT$1,480, lifting the stock to a new peak."
    )
    assert actions == {("Brantor Partners", "Quorra Manufacturing", "raise_target")}


def test_a_publications_bracketed_tag_is_no_broker() -> None:
    actions = analyst_actions(
        "[The Daily Ledger] With Quorra and Tellix due to report quarterly numbers, local brokerages have been "
        "raising their target prices in quick succession."
    )
    assert actions == set()


def test_an_analyst_set_off_as_the_analyst_at_a_firm_acts_for_that_firm() -> None:
    actions = analyst_actions(
        "Tellix Inc. shares slipped. On March 4, the stock lost 5 per cent when Hal Brisk, the analyst at "
        "Brantor Capital, downgraded the stock to ‘sell’ from ‘hold’."
    )
    assert actions == {("Brantor Capital", "Tellix", "downgrade")}


def test_an_analyst_from_a_firm_raising_his_target_acts_for_the_firm() -> None:
    actions = analyst_actions(
        "Tellix Inc. shares fell. This month, analyst Lena Varga from Dorrance Capital increased his target price "
        "to $105 from $100, and maintained his ‘buy’ recommendation."
    )
    assert actions == {("Dorrance Capital", "Tellix", "raise_target")}


def test_a_target_reduced_by_an_analyst_of_a_firm_is_the_firms_cut() -> None:
    actions = analyst_actions(
        "The target price for Tellix Solutions, Inc. was reduced by Hal Brisk of Dorrance Capital on July 12 from "
        "$160 to $140."
    )
    assert actions == {("Dorrance Capital", "Tellix Solutions", "cut_target")}


def test_a_target_on_a_company_raised_by_a_firm_is_the_firms_raise() -> None:
    actions = analyst_actions("The price target on Tellix was raised to $50 from $40 by Dorrance Capital.")
    assert actions == {("Dorrance Capital", "Tellix", "raise_target")}


def test_a_price_target_raise_scored_at_a_firm_is_the_firms_raise() -> None:
    actions = analyst_actions(
        "Tellix Inc. (NYSE:TLX) scored a price-target raise to $83 from $71 at Dorrance Capital, which kept its "
        '"buy" call on the shares.'
    )
    assert actions == {("Dorrance Capital", "Tellix", "raise_target")}
