"""Price moves: which readings state a move and whose it is (fictional companies, sentences written here)."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from tests.loaders.articles.conftest import read_all


def _moves(text: str) -> set[tuple[str, float | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[e.subject], e.pct_change) for e in draft.events if e.kind == EventKind.PRICE_MOVE}


def test_a_loose_figure_gives_way_to_the_precise_one_of_the_same_move() -> None:
    text = (
        "Qorvane (QRV) fell more than 5% in early deals on Monday. By noon Qorvane had fallen by 5.2% to $3.10, "
        "and Zintel had plummeted 67% before it steadied. Zintel's stock price plummeted by 67.07% in all."
    )
    assert _moves(text) == {("Qorvane", -5.2), ("Zintel", -67.07)}


def test_a_direction_without_figure_gives_way_to_the_stocks_figure() -> None:
    text = "Velquor paid for the stake in 2008 and the shares have risen since then. Velquor shares were down 2.2%."
    assert _moves(text) == {("Velquor", -2.2)}


@pytest.mark.parametrize(
    "text",
    [
        "Brimwell Securities covers Tokyo. Falls of the regional index also encouraged selling, Brimwell added.",
        "Velquor sold zero-coupon bonds. Investors who buy them expect the stock to rise above the conversion price.",
        "Revenue from Velquor Cloud Services surged by 20% to $3 billion in the quarter.",
        "Compared to the popular Qorvo phone processor, the overall performance in imaging is 52% higher.",
    ],
)
def test_said_foretold_and_business_figures_are_no_moves(text: str) -> None:
    assert _moves(text) == set()


def test_added_to_is_no_move() -> None:
    text = "Velquor shares were down 3.5% on the day. The sharp fall in IT stocks added to the weakness in Mumbai."
    assert _moves(text) == {("Velquor", -3.5)}


def test_an_index_named_after_with_is_not_the_name_that_opens_the_clause() -> None:
    text = "Onshore shares were muted on Tuesday, with the blue-chip Velquor300 index declining less than 0.1%."
    assert not {name for name, _ in _moves(text)} & {"Onshore"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velquor Composite climbed 21-point-06 points, or zero-point-51 percent, to close at 4,129. "
            "Brimwell Energy slid three-point-five percent.",
            {("Velquor Composite", 0.51), ("Brimwell Energy", -3.5)},
        ),
        (
            "That day, the Velquor Composite closed at 4,129.68, up 21.06 points (0.51%) from the previous session.",
            {("Velquor Composite", 0.51)},
        ),
        ("Brimwell Energy is trading at 378,750 won, up 15,250 won (4.2%) on the day.", {("Brimwell Energy", 4.2)}),
        (
            "Brimwell Games listed on Tuesday. It slid at the open, before staging a comeback to end the day at "
            "454,000 won, off 8.8 percent from the IPO price.",
            {("Brimwell Games", -8.8)},
        ),
    ],
)
def test_figures_in_points_spoken_or_after_a_change_in_money(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_its_shares_after_another_companys_deed_are_the_texts_company() -> None:
    text = (
        "Kestrel Mobile fell 2% on Monday after Dravon sold its stake. Even before Dravon's move, its ADRs had "
        "dropped 39 per cent from the high in October."
    )
    assert _moves(text) == {("Kestrel Mobile", -2.0), ("Kestrel Mobile", -39.0)}


def test_the_stock_is_the_one_stock_the_sentence_before_moved() -> None:
    text = (
        "Travel agency Kestrel Trips slumped 19.2 per cent after regulators opened a probe into the company. "
        "Kestrel Trips was fined in 2020. E-commerce giant Dravon Group fell 2.6 per cent to "
        "HK$164.60, as investors booked profit. The stock had surged 18 per cent in the previous four sessions."
    )
    assert _moves(text) == {("Kestrel Trips", -19.2), ("Dravon Group", -2.6), ("Dravon Group", 18.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By contrast, Brimwell Energy (-3.03%) and Zentrafy (-0.99%) were weak.",
            {("Brimwell Energy", -3.03), ("Zentrafy", -0.99)},
        ),
        (
            "On the other hand, Velquor Ltd(down 1.48 per cent) and Quorra(up 1.24 per cent) closed the day.",
            {("Velquor", -1.48), ("Quorra", 1.24)},
        ),
        ("On November 5, Velquor (141.950, -4.08, -2.79%) commenced trading.", {("Velquor", -2.79)}),
        ("Velquor (VLQ -7.4% ) slides after a downgrade.", {("Velquor", -7.4)}),
    ],
)
def test_quote_figures_beside_a_name(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading as VLQ, Velquor Technology closed the day up 2.15 percent at $13.80.",
            {("Velquor Technology", 2.15)},
        ),
        (
            "Velquor Technologies debuted in Mumbai on Thursday. It was trading at Rs. 1,676.10, down by Rs 473.90 "
            "or 22.04 percent, at 1 pm.",
            {("Velquor Technologies", -22.04)},
        ),
        (
            "Velquor Auto Inc. was recently up 8.5% and Quorra Inc. jumped 14%.",
            {("Velquor Auto", 8.5), ("Quorra", 14.0)},
        ),
        (
            "Velquor Technologies debuted in Shanghai on Friday. Shares of the Chinese firm, the first chipmaker to "
            "list this year, were down 33.75% on its debut.",
            {("Velquor Technologies", -33.75)},
        ),
    ],
)
def test_moves_after_the_day_a_money_change_an_adverb_or_a_described_company(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


def test_a_place_in_parentheses_is_part_of_the_name_not_an_alias() -> None:
    draft = read_all("Velquor Robotics (Shenzhen) rose 3% on its debut in Hong Kong on Monday.")
    velquor = next(e for e in draft.entities if e.name == "Velquor Robotics")
    assert "Shenzhen" not in velquor.aliases and "Velquor Robotics (Shenzhen)" in velquor.aliases


def test_a_change_from_the_opening_trade_is_not_the_days_move() -> None:
    text = (
        "Velquor Technologies debuted in Seoul on Monday. It closed 8.8 percent below its IPO price. While it "
        "finished up 1.23 percent from the opening trade, it still lost money for early buyers."
    )
    assert _moves(text) == {("Velquor Technologies", -8.8)}


def test_an_exchange_code_before_a_ticker_is_no_part_of_the_name() -> None:
    text = (
        "Velquor Group (NYSE:VLQ – Get Rating) was upgraded by Quorra Research on Friday. Several other brokerages "
        "have also issued reports on VLQ. Shares of NYSE VLQ traded down 1.3% during midday trading on Friday."
    )
    assert _moves(text) == {("VLQ", -1.3)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Group, which trimmed its annual net forecast on Friday, weighed down the market as it tumbled "
            "3.21 percent to 11,320 yen.",
            {("Velquor Group", -3.21)},
        ),
        (
            "Velquor Semiconductor made a strong start. Velquor's shares opened at 58.88 yuan, 13 per cent higher "
            "than the IPO price of 52 yuan.",
            {("Velquor Semiconductor", 13.0)},
        ),
    ],
)
def test_it_after_as_and_a_figure_after_the_price(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_clauses_before_a_respectively_list_keep_their_own_moves() -> None:
    text = (
        "Zentrafy Gold jumped more than 11% while Quorra Gold plunged roughly 7%; Velquor Gold and Brimwell Gold fell "
        "about 3% and 2% respectively."
    )
    assert _moves(text) == {
        ("Zentrafy Gold", 11.0),
        ("Quorra Gold", -7.0),
        ("Velquor Gold", -3.0),
        ("Brimwell Gold", -2.0),
    }


def test_more_move_verbs_and_another() -> None:
    text = (
        "Velquor's stock jumped another 11% on Monday. Velquor Bio dipped 2.72 percent, Zentrafy Chem increased "
        "0.92 percent and Quorra Semi shot down 10.4 percent. Brimwell increased its stake in Zentrafy Chem."
    )
    assert _moves(text) == {
        ("Velquor", 11.0),
        ("Velquor Bio", -2.72),
        ("Zentrafy Chem", 0.92),
        ("Quorra Semi", -10.4),
    }


def test_a_move_of_the_previous_session_is_not_the_days() -> None:
    text = (
        "Velquor Motor, however, was up 1.14 percent at 2,921 yen after falling 1.55 percent in the previous session."
    )
    assert _moves(text) == {("Velquor Motor", 1.14)}


def test_a_legal_suffix_glued_to_the_next_sentence_ends_the_sentence() -> None:
    text = (
        "Kestrel sedan\nZTrek Inc.ZTrek Inc. was downgraded Thursday at Brimwell, as analyst Dana Holt suggested the "
        "company's stock has run up too much.\nThe stock rose 2.3% in premarket trading Thursday."
    )
    assert _moves(text) == {("ZTrek", 2.3)}


def test_a_record_before_the_figure() -> None:
    text = "Shares of Velquor, the Beijing-based chip designer, surged by a record 400% on its first day of trading."
    assert _moves(text) == {("Velquor", 400.0)}


@pytest.mark.parametrize(
    "figure",
    ["The FY24 EPS rises by 12%.", "Analysts said the Q3 EPS fell 6%.", "The FY25/26 EBITDA climbs 9%."],
)
def test_a_periods_earnings_figure_moving_is_no_stock_move(figure: str) -> None:
    assert _moves(f"Velmont Inc. rose 3% on Tuesday. {figure}") == {("Velmont", 3.0)}


def test_the_agent_of_a_participle_before_which_is_not_the_mover() -> None:
    text = (
        "Velmont Inc. rose 13% since May, while other developers covered by Harlow Partners, which collectively "
        "dropped by 40%, lagged."
    )
    assert _moves(text) == {("Velmont", 13.0)}
    # a clause's own agent before ", which" still moves
    assert _moves("Brantor was bought last year by Velmont Inc., which rose 4% on Tuesday.") == {("Velmont", 4.0)}
