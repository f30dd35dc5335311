"""Names in market wraps: a company named by a trade word ("Foods", "Realty", "Consultancy") or quoted beside its
figure ("X(down 1.01 per cent)") is no person, a fiscal period quoted beside a figure is no company, and a close
told as "settling up 0.71%" is the day's move (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from loaders.articles.personal_names import east_asian_name
from tests.loaders.articles.conftest import price_moves as _moves

_OPENING = "Regional stocks were mixed on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Top losers: Daxter Labs (-4.2%), Kelvane Foods (-3.1%), Zantrix Motors (-3.9%).",
            {("Daxter Labs", -4.2), ("Kelvane Foods", -3.1), ("Zantrix Motors", -3.9)},
        ),
        (
            "Brisco Tech(down 1.24 per cent), Dorran Quell(down 1.01 per cent) and Velquor(down 0.99 per cent) were "
            "the top losers of the day.",
            {("Brisco Tech", -1.24), ("Dorran Quell", -1.01), ("Velquor", -0.99)},
        ),
    ],
)
def test_a_name_quoted_beside_its_figure_is_a_company_not_a_person(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(_OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders said Kelvane Foods fell 2.2% after the results.", {("Kelvane Foods", -2.2)}),
        ("Traders said Zantrix Realty slid 1.4% after the results.", {("Zantrix Realty", -1.4)}),
    ],
)
def test_a_company_named_by_its_trade_word_is_no_person(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(_OPENING + text) == expected


def test_a_fiscal_period_quoted_beside_a_figure_is_no_company() -> None:
    text = (
        "Top losers: Daxter Labs (-4.2%), Kelvane Foods (-3.1%). Velquor Holdings reported another license revenue "
        "decline in F2Q15 (-6.7%), the broker said."
    )
    assert _moves(_OPENING + text) == {("Daxter Labs", -4.2), ("Kelvane Foods", -3.1)}


def test_a_close_told_as_settling_up_is_the_days_move() -> None:
    text = "Velquor Holdings shares reached an intraday record of $146 before settling up 0.71% at $142.50."
    assert _moves(_OPENING + text) == {("Velquor Holdings", 0.71)}


def test_rows_of_a_movers_table_glued_to_the_prose_are_moves() -> None:
    text = (
        "The Halvex index closed at a record on Tuesday, led by software stocks.\n"
        "HALVEX TOP GAINERS\n"
        "- Velquor: 3.26 per cent\n"
        "- Brisco Tech: 2.94 per cent\n"
        "HALVEX TOP LOSERS\n"
        "- Dorran Quell: -0.14 per cent\n"
        "- Kelvane Foods: 1.2%\n"
        "KELMONT TOP GAINERS\n"
        "- Velquor: 2.95 per cent\n"
        "Shareholders\n"
        "- Zantrix Capital: 12.5 per cent\n"
    )
    expected = {("Velquor", 3.26), ("Brisco Tech", 2.94), ("Dorran Quell", -0.14), ("Kelvane Foods", -1.2)}
    assert _moves(text) == expected


def test_a_preferred_share_class_named_alone_is_no_company() -> None:
    text = "Dorrava ON (SA:) fell 1.8% as prices dropped, while Quellbanco (SA:) PN rose 0.69%."
    assert _moves(_OPENING + text) == {("Dorrava ON", -1.8)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price in millions of a currency is no count of things the figure reached
        ("Brantor Bio slipped 4.6 percent to 2 million won on Friday.", {("Brantor Bio", -4.6)}),
        # a participle after "with" gives the named stock's move
        ("Most banks lost ground, with Orlo Financial plummeting 7.1 percent.", {("Orlo Financial", -7.1)}),
        ("The index rose, with Orlo Financial skyrocketing 12 percent.", {("Orlo Financial", 12.0)}),
    ],
)
def test_a_price_in_millions_and_a_participle_after_with_are_moves(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_figure_that_reached_a_count_of_things_is_still_no_move() -> None:
    assert _moves("Brantor Pay users rose 12% to 3 million users.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a debut's premium or discount to its offer price is the day's move
        (
            "Brantor Tech shares listed at Rs 1,480 on the NSE, a premium of nearly 96 per cent to the issue price.",
            {("Brantor Tech", 96.0)},
        ),
        ("On the BSE, Brantor Tech opened with a 72 per cent premium at Rs 1,050.", {("Brantor Tech", 72.0)}),
        ("Orlo Foods closed at a discount of 9 per cent to its IPO price on its first day.", {("Orlo Foods", -9.0)}),
        # a placement priced above the last close, and the grey market's bet, are no moves
        ("Orlo sold new shares at a premium of 21.5 percent to their latest closing price.", set()),
        ("Shares of Orlo were trading at a premium of 65 per cent on the grey market.", set()),
    ],
)
def test_a_debuts_premium_to_its_offer_price_is_a_move(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_surname_before_a_word_no_pinyin_spells_names_a_company() -> None:
    assert not east_asian_name("Zhou Auto") and east_asian_name("Zhou Xiaoming")
    assert _moves("Zhou Auto rose 12.5 percent to HK$40, a new high since May.") == {("Zhou Auto", 12.5)}
