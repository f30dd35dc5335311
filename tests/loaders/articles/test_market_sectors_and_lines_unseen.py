"""Market wraps in phrasings the tuned corpus had not shown: a sector's word before the names, a wire code's fragment,
a sub-index named after its index, a second counter in brackets, a figure the stock later came back from, a wire
code after a name shaped like a person's, and a relative clause set off after the name (fictional names, sentences
written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves as _moves
from tests.loaders.articles.conftest import read_all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Refiners Tarnwell Energy and Oskeby Petroleum rose 2.2% and 3.1%, respectively.",
            {("Tarnwell Energy", 2.2), ("Oskeby Petroleum", 3.1)},
        ),
        ("Automakers Gantry Motors and Holm Auto fell 1.5% each.", {("Gantry Motors", -1.5), ("Holm Auto", -1.5)}),
        ("Steel makers L.T jumped 3.16% to top the board.", set()),
    ],
)
def test_a_sectors_word_or_a_wire_codes_fragment_names_no_company(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Marrick Composite index closed 0.4% higher, led by a 3% gain in the banking sub-index.",
            {("Marrick Composite", 0.4)},
        ),
        (
            "The Harlan 225 fell 0.6%, while the broader Vesk index lost 0.4% and the Vesk growth index slid 1.1%.",
            {("Harlan 225", -0.6), ("Vesk", -0.4)},
        ),
        (
            "The Rennick US ETF (RUE) rose 0.4%, while its hedged share class (RUEH) gained 0.3%.",
            {("Rennick US ETF", 0.4)},
        ),
    ],
)
def test_another_line_of_an_index_or_fund_keeps_its_own_figure(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_figure_the_stock_later_came_back_from_is_not_its_move() -> None:
    text = "Sorvel Pharma shares dropped 5% on Monday morning but later pared losses to trade down 1%."
    assert _moves(text) == {("Sorvel Pharma", -1.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carmaker cut its outlook. Volsted Auto (VLS.DE) fell 2.7% on Tuesday.", {("Volsted Auto", -2.7)}),
        ("Volsted Auto (VLS.DE) was down 2.7% at 1230 GMT.", {("Volsted Auto", -2.7)}),
        ("Shares of Fennick Retail, which reported strong sales, edged up 0.3%.", {("Fennick Retail", 0.3)}),
        ("The All Brenlows dropped 0.6% on Friday.", {("All Brenlows", -0.6)}),
    ],
)
def test_a_name_with_a_wire_code_or_an_aside_keeps_its_move(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Other chip shares leading the index lower included Dorran, off 7.7%, and Socket Labs, down 6.3%.",
            {("Dorran", -7.7), ("Socket Labs", -6.3)},
        ),
        ("Elsewhere, Openly Pay was off 7.3% at $1.82 on Thursday.", {("Openly Pay", -7.3)}),
        ("The index was off its lows, while Kelvin Foods shares were off 2% on Monday.", {("Kelvin Foods", -2.0)}),
        (
            "The uplift was felt across the sector, with Xeron edging 4.1 per cent higher to $96.93.",
            {("Xeron", 4.1)},
        ),
    ],
)
def test_off_and_edging_state_a_move(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Media increased 12% to 3.2 million users over the summer.",
        "Kestrel Media jumped to second place with a 12% share of the market.",
        "Kestrel Media, up 12% year on year, reported revenue of $3.2 billion.",
        "Kestrel Media rose 14% year on year in net profit terms, the filing showed.",
    ],
)
def test_a_business_figure_is_no_share_move(text: str) -> None:
    assert _moves(text) == set()


def test_a_quotations_opening_word_is_neither_the_topic_nor_the_stock_rated() -> None:
    text = (
        'Harvick Motors stock fell after brokers turned cautious. "Margins will suffer," Kai Moss, senior equity '
        "analyst at Tremont Research, said in a note on Wednesday. He cut the price target by 30 per cent to $10."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    rated = {names[e.subject] for e in draft.events if e.kind.value == "ANALYST_ACTION"}
    assert "Margins" not in rated and "Margins" not in names.values()


def test_a_funds_line_in_another_currency_keeps_its_own_figure() -> None:
    text = "The Lanmore Gold Trust ETF rose 0.6%, and the Lanmore Gold Trust ETF (USD) gained 0.5%."
    assert _moves(text) == {("Lanmore Gold Trust ETF", 0.6)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarvel Bank shares slumped as much as 8% in the morning session before recovering most of the losses.",
            set(),
        ),
        ("Tarvel Bank dropped 6% on Tuesday, before bouncing back to close 1% higher.", {("Tarvel Bank", 1.0)}),
        ("Tarvel Bank's stock initially sank 6% but pared the decline by the close.", set()),
        ("Tarvel Bank shares initially plunged 10%, only to rebound later in the day.", set()),
    ],
)
def test_a_fall_the_stock_made_back_is_not_its_move(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dunmore Electric soared to the daily limit of 30% on Tuesday.", {("Dunmore Electric", 30.0)}),
        ("The announcement pushed Dunmore Electric's stock price up by 9%.", {("Dunmore Electric", 9.0)}),
    ],
)
def test_a_move_to_the_daily_limit_or_pushed_up_is_read(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_gain_posted_on_an_exchange_is_the_subjects_but_a_reported_result_is_not() -> None:
    assert _moves("Dunmore Electric posted a 5% gain on the Kosdaq on Tuesday.") == {("Dunmore Electric", 5.0)}
    assert _moves("Kinver Labs reported a 20% rise in revenue on Tuesday.") == set()
    text = "Kinver Labs rose 2%, outpacing a 1% gain on the Pellam Composite on Tuesday."
    assert _moves(text) == {("Kinver Labs", 2.0), ("Pellam Composite", 1.0)}


def test_a_gapped_items_day_closes_it() -> None:
    text = "Brenlow Tech rose 3% and Corvin Soft 2% on Tuesday, while Dallow Chips was flat."
    assert _moves(text) == {("Brenlow Tech", 3.0), ("Corvin Soft", 2.0)}


def test_spoken_figures_pair_with_their_names_respectively() -> None:
    text = (
        "Tarrow Electronics added three-point-12 percent to 52-thousand-100 won, while Selkirk Hyntra and Dunmore "
        "Electric climbed zero-point-96 percent and four-point-07 percent to finish at 127-thousand and 88-thousand "
        "won respectively."
    )
    assert _moves(text) == {("Tarrow Electronics", 3.12), ("Selkirk Hyntra", 0.96), ("Dunmore Electric", 4.07)}


def test_a_question_states_no_move() -> None:
    assert _moves("Why have Wexmoor Global shares jumped more than 7% today?") == set()
