"""Market wraps and analyst lines in phrasings the tuned corpus had not shown: a noun phrase a name only qualifies
("SMS volumes at X"), a session's extreme the stock made back, wire codes inside a paired list, moves quoted in
brackets, a product or asset upgraded, and a target whose verb and figures disagree (fictional names, sentences
written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves as _moves
from tests.loaders.articles.conftest import read_all


@pytest.mark.parametrize(
    "text",
    [
        "SMS volumes at Ostravo Telecom fell 8% in the quarter, while its shares rose 2%.",
        "BDR holders of Tavoran Foods saw their units fall 3%.",
        "Downloads of the Pintlex app dropped 18% last month.",
        "Analysts said the Quimbrel losses have declined 20 per cent, the brokerage noted.",
        "Halvora 600 banks rose 1.2% on Tuesday.",
        "Pintlex app downloads plunged 30% after the outage.",
        "The Pintlex app saw installs drop 25% last week.",
    ],
)
def test_a_figure_of_a_noun_phrase_moves_no_name_in_it(text: str) -> None:
    assert _moves(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Belvanor Airlines climbed 7% at one point on Wednesday, before giving up all of its gains.",
        "Shares of Gresmoor Bank rose as much as 4.5%, their biggest intraday gain since May, before erasing the "
        "advance.",
        "Ravelstow Mining fell as much as 9% in early trading. The stock later recovered to trade flat.",
    ],
)
def test_a_sessions_extreme_the_stock_made_back_is_not_its_move(text: str) -> None:
    assert _moves(text) == set()


def test_a_reversal_to_end_lower_keeps_only_the_close() -> None:
    text = "Marrowdale Group shares rose as much as 6% on Thursday but later reversed course to end down 0.5%."
    assert _moves(text) == {("Marrowdale Group", -0.5)}


def test_an_extreme_only_pared_stays_a_move() -> None:
    text = "Hollinor Media jumped as much as 15% in morning trade before paring gains."
    assert _moves(text) == {("Hollinor Media", 15.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chip-related shares fell, with Dorrinex Tech 6857.T and Keswold Electron 8035.T down 1.99% and 1.87%, "
            "respectively.",
            {("Dorrinex Tech", -1.99), ("Keswold Electron", -1.87)},
        ),
        (
            "Also rising were other tech stocks, including Varnelto (up more than 1%) and Pemburix (up 3%).",
            {("Varnelto", 1.0), ("Pemburix", 3.0)},
        ),
        (
            "Shares of Ostrelia rose 5%, while peers Tarrantix Semi (up 6% Wednesday) also outperformed.",
            {("Ostrelia", 5.0), ("Tarrantix Semi", 6.0)},
        ),
        (
            "The bank has been working with advisers at Halvex Partners (HVX+2.11%) on the sale.",
            {("Halvex Partners", 2.11)},
        ),
        (
            "Wistoria (XX:WTC) shares surged by 5.2 per cent, Xerova (XX:XRO) by 4.2 per cent, and Nextora (XX:NXT) "
            "by 3.5 per cent.",
            {("Wistoria", 5.2), ("Xerova", 4.2), ("Nextora", 3.5)},
        ),
        (
            "The tech gauge lost 1.7%, with social media giant Tenmora and food-delivery firm Meltano down 3% and "
            "3.9%, respectively.",
            {("Tenmora", -3.0), ("Meltano", -3.9)},
        ),
        (
            "Intequo rose 2.53%, Qualmora 0.95%, and Kelvadon's Tarrantix Semi also gained 0.82%.",
            {("Intequo", 2.53), ("Qualmora", 0.95), ("Tarrantix Semi", 0.82)},
        ),
    ],
)
def test_wire_codes_and_bracketed_figures_move_their_names(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def _actions(text: str) -> set[tuple[str | None, str, str | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor or ""), e.action or "", names.get(e.subject))
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Pemborne Power upgraded Ostrelix's turbines at its Kelvadon plant.",
        "Dorrinex Tech upgraded Keswold Semi to strategic supplier status.",
        "Grivora Capital raised Amberlux Industries' price target to $45 from $58.",
        "Grivora Capital cut its price target on Amberlux Industries to $58 from $45.",
        "Grivora Capital lowered its target for Amberlux Industries to $58, up from $45.",
        "Halvex Securities upgraded Kelvadon equities to overweight.",
    ],
)
def test_no_analyst_action_from_an_upgraded_asset_or_a_target_whose_figures_disagree(text: str) -> None:
    assert _actions(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grivora Capital upgraded Amberlux Industries to buy from hold.",
            {("Grivora Capital", "upgrade", "Amberlux Industries")},
        ),
        (
            "Grivora Capital upgraded Amberlux Industries' stock to outperform.",
            {("Grivora Capital", "upgrade", "Amberlux Industries")},
        ),
        (
            "Grivora Capital cut its price target on Amberlux Industries to $45 from $58.",
            {("Grivora Capital", "cut_target", "Amberlux Industries")},
        ),
    ],
)
def test_rating_and_target_moves_that_agree_stay(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _actions(text) == expected


def test_a_name_opened_by_a_capitalised_stop_word_after_the_moves_whole() -> None:
    text = "The Quarrix 200 declined by 24.5 points or 0.3% to 7026.5, while the All Ordinaries dropped 0.4%."
    assert _moves(text) == {("Quarrix 200", -0.3), ("All Ordinaries", -0.4)}


def test_a_fragment_of_generic_index_words_moves_nothing() -> None:
    text = "The Halvora 225 (HLV) Stock Average fell 131.20, or 1.3 percent, as of the midday break."
    assert {name for name, _ in _moves(text)} <= {"Halvora 225"}


def test_a_quote_board_moves_each_index_by_its_own_line_and_passes_over_currencies_and_commodities() -> None:
    board = (
        "Advertisement\nKelvadon markets closed\n  • Halvora 100\n\n    7,895.85\n    +18.80 (+0.24%)\n     \n"
        "  • Halvora/Crown\n\n    1.1607\n    -0.0076 (-0.65%)\n     \n  • Quarrix ETF USD\n\n    51.20\n"
        "    +0.40 (+0.79%)\n     \n  • Crude Oil\n\n    83.24\n    -0.52 (-0.62%)\n     \n  • Varnelto 50\n\n"
        "    4,967.23\n    -43.89 (-0.88%)\n     \n"
        "Dorrinex Tech shares fell 5.9 percent on Friday after the chipmaker cut its outlook.\n"
    )
    assert _moves(board) == {("Halvora 100", 0.24), ("Varnelto 50", -0.88), ("Dorrinex Tech", -5.9)}


def test_a_list_after_a_second_verb_takes_that_verbs_direction_not_the_firsts() -> None:
    text = (
        "Brinmora Bank rose 2% and Corvathi Insurance 1%, while Pellucida Robotics shed 3%, Ambrosia Paper 2.5% and "
        "Halvexo Steel 0.8%."
    )
    assert _moves(text) == {
        ("Brinmora Bank", 2.0),
        ("Corvathi Insurance", 1.0),
        ("Pellucida Robotics", -3.0),
        ("Ambrosia Paper", -2.5),
        ("Halvexo Steel", -0.8),
    }


def test_an_item_before_but_keeps_its_lists_direction() -> None:
    text = "Dorvania Oil fell 2%, Brenmoria Gas 1.5% but Castlemoor Power rose 3%, Quarrixa Grid 1%."
    assert _moves(text) == {
        ("Dorvania Oil", -2.0),
        ("Brenmoria Gas", -1.5),
        ("Castlemoor Power", 3.0),
        ("Quarrixa Grid", 1.0),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Stock movers. Brokerage Coldmere Securities raised Pennovar Mills to buy.",
        "Broker Coldmere Securities raised Pennovar Mills to buy on Monday.",
    ],
)
def test_a_brokerage_introduced_by_its_trade_is_named_without_it(text: str) -> None:
    assert _actions(text) == {("Coldmere Securities", "upgrade", "Pennovar Mills")}
