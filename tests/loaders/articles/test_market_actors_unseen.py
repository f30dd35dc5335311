"""Share moves and analyst actions on sentences written for these tests: who acted, what moved, and figures that
belong to something else than the stock (a neighbour, an index, a sales figure)."""

from __future__ import annotations

from loaders.articles import ArticleExtractor
from loaders.drafts import DocumentDraft


def _read(text: str) -> DocumentDraft:
    return ArticleExtractor(min_confidence=0.0).extract(text)


def _actions(text: str) -> set[tuple[str | None, str | None, str | None]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), names.get(e.subject), e.action)
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


def test_a_double_downgrade_written_as_one_verb_is_the_brokers_not_the_stocks() -> None:
    actions = _actions("Tellix shares fell 5% after Brantor Capital double-downgraded its rating on the chipmaker.")
    assert actions == {("Brantor Capital", "Tellix", "downgrade")}


def test_a_cut_target_for_two_stocks_is_read_from_the_first_stocks_figures() -> None:
    actions = _actions(
        "Brantor Securities lowered its target price for Orvane Electronics to 86,000 won from 110,000 won and for "
        "Tellix to 123,000 won from 172,000 won on Monday."
    )
    assert ("Brantor Securities", "Orvane Electronics", "cut_target") in actions
    assert not any(action == "raise_target" for _, _, action in actions)


def test_increases_in_price_targets_counted_as_a_noun_are_no_ones_action() -> None:
    actions = _actions(
        "Harlow Capital did not know what to make of the results. In the weeks since Quorra Labs reported its "
        "earnings, there have been a couple increases in price targets."
    )
    assert actions == set()


def test_stocks_named_after_for_are_rated_not_the_brokers_of_a_following_participle() -> None:
    actions = _actions(
        "Orvane Electronics Co. and Tellix Inc. shares rose on Monday. Regional brokerages have raised their target "
        "prices for Orvane Electronics and Tellix, lifting Orvane Electronics’ target price to around 90,000 won."
    )
    assert not any(actor in ("Orvane Electronics", "Tellix") for actor, _, _ in actions)


def _moves(text: str) -> set[tuple[str | None, float | None]]:
    draft = _read(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names.get(e.subject), e.pct_change) for e in draft.events if e.kind.value == "PRICE_MOVE"}


def test_figures_paired_respectively_with_the_direction_said_twice_are_no_single_names() -> None:
    moves = _moves(
        "Harlow Motor added 0.44% and Dorrance Corp gained 3.02%, while search engine Quorra and instant messenger "
        "Tellix were up 1.55% and up 2.60%, respectively."
    )
    assert ("Tellix", 1.55) not in moves
    assert {("Harlow Motor", 0.44), ("Dorrance", 3.02)} <= moves


def test_a_listing_venue_said_between_the_name_and_its_shares_is_no_part_of_the_name() -> None:
    moves = _moves("Quorra Bank Hong Kong shares rose as much as 3.1% after it said it will buy back shares.")
    assert moves == {("Quorra Bank", 3.1)}


def test_an_it_sector_figure_after_named_movers_is_no_pronouns_move() -> None:
    moves = _moves(
        "Shares of Quorra fell 5.9% and Tellix plunged 11.6% as shareholders cut positions. The biggest decliners "
        "were Tellix, Orvane Inc, down 7.49%, and Quorra. The sub-index tracking energy shares dipped 0.4%, the IT "
        "sector fell 3.6%, and the tech index dropped 3.1%."
    )
    assert not any(pct == -3.6 for _, pct in moves)
    assert ("Orvane", -7.49) in moves


def test_a_change_in_goods_shipped_is_no_share_move() -> None:
    moves = _moves(
        "Velmont Corp yesterday reported a 9.94 percent year-on-year surge in revenue for last month. Velmont "
        "shipped 900,000 desktop computers and 900,000 displays last month, bringing third-quarter totals to 2.45 "
        "million units, a 3.9 percent sequential decline in desktops and an 11.36 percent increase in displays."
    )
    assert moves == set()


def test_a_drop_in_two_sessions_is_still_the_stocks() -> None:
    moves = _moves("Tellix Inc. closed at $12.40 on Friday, a 20% drop in two sessions.")
    assert moves == {("Tellix", -20.0)}


def test_a_tickers_quote_yields_to_the_move_the_text_tells() -> None:
    moves = _moves(
        "The market was flat on Tuesday, but software company Quorra Labs (QRLB 0.80%) was a big underperformer. "
        "Shares were down by more than 4% at 3:15 p.m."
    )
    assert moves == {("Quorra Labs", -4.0)}


def test_a_tickers_quote_alone_is_still_read() -> None:
    assert _moves("Velquor (VLQ -7.4% ) slides after a downgrade.") == {("Velquor", -7.4)}


def test_a_legal_form_cut_from_its_name_by_a_place_in_brackets_moves_nothing() -> None:
    moves = _moves(
        "Trading in Quorra Microelectronics Technology (Shanghai) Co Ltd, a semiconductor firm, was halted twice as "
        "the company's shares hit two circuit breakers - first after rising 30%, then after climbing 60% from the "
        "market open."
    )
    assert not any(name == "Co Ltd" for name, _ in moves)


def test_the_companys_share_price_closing_out_the_session_down_is_the_stocks_move() -> None:
    moves = _moves(
        "Quorra (QRA 1.42%) stock sank Thursday following a downward guidance revision. The company's share price "
        "closed out the session down 8.5%, according to data from a vendor."
    )
    assert moves == {("Quorra", -8.5)}


def test_the_companys_share_price_going_on_to_close_higher_is_the_stocks_move() -> None:
    moves = _moves(
        "Quorra, the chipmaker, started the week off positively. The company's share price went mildly north to "
        "close the day 0.6% higher."
    )
    assert moves == {("Quorra", 0.6)}


def test_a_named_analysts_participle_acts_for_the_firm_before_the_word_analyst() -> None:
    actions = _actions(
        "On Wednesday, Brantor Securities analyst Lena Varga adjusted the firm’s stance on Quorra Corporation, "
        "downgrading the stock from Neutral to Sell."
    )
    assert actions == {("Brantor Securities", "Quorra", "downgrade")}


def test_a_downgrade_issued_for_a_stock_and_a_target_adjusted_down_are_the_issuers() -> None:
    actions = _actions(
        "On Thursday, Brantor Securities analyst Lena Varga issued a downgrade for Quorra & Co shares from buy to "
        "neutral, adjusting the price target to JPY 3,600 from JPY 5,000."
    )
    assert actions == {("Brantor Securities", "Quorra", "downgrade"), ("Brantor Securities", "Quorra", "cut_target")}


def test_the_stock_rating_of_a_company_described_by_its_trade_rates_that_company() -> None:
    actions = _actions(
        "Brantor Securities analyst Lena Varga upgraded the stock rating of Chinese EV maker Quorra (NYSE: QRA) "
        'from "Neutral" to "Buy".'
    )
    assert actions == {("Brantor Securities", "Quorra", "upgrade")}


def test_shares_in_a_startup_described_with_an_acronym_are_the_named_startups() -> None:
    assert _moves("Shares in Chinese AI startup Quorra soared as much as 78% on Friday.") == {("Quorra", 78.0)}


def test_a_close_at_a_long_described_price_then_its_figure_is_the_stocks_move() -> None:
    moves = _moves(
        "Orvane Electronics finished at an all-time high of 72,900 won on the Seoul bourse Monday, up 1.96 percent "
        "from the prior session."
    )
    assert moves == {("Orvane Electronics", 1.96)}


def test_sliding_from_one_rank_to_another_is_no_price_move() -> None:
    moves = _moves("Quorra Corp shares slid from eighth to 12th in the ranking of the largest listed companies.")
    assert moves == set()


def test_a_broker_named_with_its_legal_tail_right_before_the_verb_acts() -> None:
    actions = _actions(
        "Quorra Manufacturing Co. (QMC) shares surged in Taipei after Brantor Group Inc. raised its price target by "
        "35% to NT$2,330, pushing the stock to a fresh record."
    )
    assert actions == {("Brantor Group", "Quorra Manufacturing", "raise_target")}


def test_a_publications_bracketed_tag_is_no_broker() -> None:
    actions = _actions(
        "[The Daily Ledger] As Quorra and Tellix prepare to announce their results, securities firms have been "
        "raising their target prices one after another."
    )
    assert actions == set()


def test_an_analyst_set_off_as_the_analyst_at_a_firm_acts_for_that_firm() -> None:
    actions = _actions(
        "Tellix Inc. shares fell. On June 13, the share price dropped 3 per cent when Hal Brisk, the analyst at "
        "Brantor Capital, downgraded the stock to a ‘neutral’ recommendation from a ‘buy’."
    )
    assert actions == {("Brantor Capital", "Tellix", "downgrade")}


def test_an_analyst_from_a_firm_raising_his_target_acts_for_the_firm() -> None:
    actions = _actions(
        "Tellix Inc. shares fell. This month, analyst Lena Varga from Dorrance Capital increased his target price "
        "to $105 from $100, and maintained his ‘buy’ recommendation."
    )
    assert actions == {("Dorrance Capital", "Tellix", "raise_target")}


def test_a_target_reduced_by_an_analyst_of_a_firm_is_the_firms_cut() -> None:
    actions = _actions(
        "The target price for Tellix Solutions, Inc. was reduced by Hal Brisk of Dorrance Capital on July 12 from "
        "$160 to $140."
    )
    assert actions == {("Dorrance Capital", "Tellix Solutions", "cut_target")}


def test_a_target_on_a_company_raised_by_a_firm_is_the_firms_raise() -> None:
    actions = _actions("The price target on Tellix was raised to $50 from $40 by Dorrance Capital.")
    assert actions == {("Dorrance Capital", "Tellix", "raise_target")}


def test_a_price_target_raise_scored_at_a_firm_is_the_firms_raise() -> None:
    actions = _actions(
        "Tellix Inc. (NYSE:TLX) scored a price-target raise to $240 from $210 at Dorrance Capital, with the brokerage "
        'firm maintaining its "outperform" rating.'
    )
    assert actions == {("Dorrance Capital", "Tellix", "raise_target")}
