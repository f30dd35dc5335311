"""Price moves written with a ticker aside, a described company, a lasting state or a list of figures (fictional
companies, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves as _moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The downgrade is hitting the sector with shares of Velquor (VLQ) down 5%, Zintel (ZTL) down 4% and "
            "Quorra (QRA) down 1%.",
            {("Velquor", -5.0), ("Zintel", -4.0), ("Quorra", -1.0)},
        ),
        ("Velquor's stock remains down by roughly 40% over the past year.", {("Velquor", -40.0)}),
        (
            "Velquor Technology debuted on the STAR Market on Friday. The Tianjin-based firm's shares surged 72% in "
            "early trading.",
            {("Velquor Technology", 72.0)},
        ),
    ],
)
def test_moves_in_more_shapes(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_figure_from_early_trading_is_no_move_when_the_close_is_given() -> None:
    assert _moves("Velquor shares surged 72% in early trading but closed up 64% at 224 yuan.") == {("Velquor", 64.0)}


def test_currency_pairs_futures_and_public_bodies_have_no_share_price() -> None:
    text = (
        "Velquor Corp gained 1.6% in Tokyo. USD/JPY fell 0.04% to 149.2, Gold Futures fell 0.25% and the "
        "Department of Commerce rose 0.3% in a survey."
    )
    assert _moves(text) == {("Velquor", 1.6)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of equipment maker Velquor recovered somewhat to end down 0.6% on Friday.", {("Velquor", -0.6)}),
        ("Shares of the robot maker Velquor closed their first day 98 per cent higher.", {("Velquor", 98.0)}),
        ("Quorra rose 2.5%, and Velquor weakened 4.9%.", {("Quorra", 2.5), ("Velquor", -4.9)}),
        (
            "The Hang Seng Index fell 1.1%, with the Velquor Tech Index decreasing by 3.21% to 5,395.",
            {("Hang Seng Index", -1.1), ("Velquor Tech Index", -3.21)},
        ),
        ("The Zintel 225 index rose 151.81 points, or 0.65 pct, to end at 23,559.", {("Zintel 225", 0.65)}),
    ],
)
def test_moves_with_more_verbs_and_units(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_word_opening_a_bullet_and_the_owner_of_an_index_have_no_move() -> None:
    text = "** Around the region, Velquor's Asia ex-Japan stock index was weaker by 0.77% on Friday."
    assert _moves(text) == set()
