"""Price moves of a company the sentence only describes ("Shares of the German firm"): the text's company, unless
the sentence before names another one the description may fit (fictional companies, sentences written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import price_moves as _moves


def test_a_nationality_before_the_noun_is_a_description_not_a_name() -> None:
    text = "Orvane Software posted a quarterly loss on Tuesday. Shares of the Danish firm were up 7.25% in Copenhagen."
    assert _moves(text) == {("Orvane Software", 7.25)}


def test_a_described_mover_after_a_sentence_naming_only_others_is_not_the_topic() -> None:
    text = (
        "Orvane Software shares rose 2% on Tuesday after Orvane Software said its sales doubled.\n"
        "The sector was also helped by news that Brantor Group would buy a 9% stake in Tellix for 300 million "
        "euros. Shares of the billing firm jumped 6.5%."
    )
    assert _moves(text) == {("Orvane Software", 2.0)}


def test_a_described_mover_after_a_sentence_naming_the_topic_is_the_topic() -> None:
    text = (
        "Orvane Software said on Tuesday that its sales doubled in the quarter.\n"
        "Analysts at Brantor Group said they backed Orvane Software's new strategy. Shares of the billing firm "
        "closed 6.5% higher."
    )
    assert _moves(text) == {("Orvane Software", 6.5)}


def test_a_paragraph_ending_in_a_wire_credit_after_its_full_stop_is_read() -> None:
    text = (
        "Tokyo stocks closed lower on Monday as investors took profits.\n\n"
        "Orvane Motor slumped 2.25 per cent to ¥561.5 but Harlow Motor jumped 1.5 per cent to ¥7,400. ― AFP"
    )
    assert _moves(text) == {("Orvane Motor", -2.25), ("Harlow Motor", 1.5)}


def test_figures_paired_with_the_clause_subjects_when_an_object_ends_the_names() -> None:
    text = (
        "Quorra Financial Group and Velmont Financial Group did the most to lift the Zintel, rising 3.16% and "
        "1.87%, respectively."
    )
    assert _moves(text) == {("Quorra Financial Group", 3.16), ("Velmont Financial Group", 1.87)}


def test_a_move_noun_after_an_adjective_of_degree_is_the_subjects_move() -> None:
    text = "Orvane Software was the day's biggest loser, experiencing a notable 5.25 percent decrease."
    assert _moves(text) == {("Orvane Software", -5.25)}


def test_a_business_figure_after_an_adjective_of_degree_is_no_move() -> None:
    assert _moves("Orvane Software reported a modest 5% increase in revenue for the quarter.") == set()


def test_a_qualified_figure_after_the_closing_price_is_the_days_move() -> None:
    text = "Orvane Software shares closed at $69.70, nearly 7.5% higher than their last close on Friday."
    assert _moves(text) == {("Orvane Software", 7.5)}


def test_a_described_firms_shares_closing_after_an_early_figure_close_the_day() -> None:
    text = (
        "Orvane Technology began trading on the Zintel board on Friday. The Dorrance-based firm’s shares leapt 48% "
        "in morning trading but surrendered part of that rise to close up 39% at 13.2 euros."
    )
    assert _moves(text) == {("Orvane Technology", 39.0)}


def test_its_stock_price_losing_part_of_its_value_is_the_companys_move() -> None:
    text = (
        "Orvane Motors said its finance chief would leave.\n"
        "Its stock price has lost about 45% of its value since March, after two profit warnings."
    )
    assert _moves(text) == {("Orvane Motors", -45.0)}
