"""Whose figure a market wrap states: a sub-index, a sector, futures or a second counter named after an index or a
stock is another instrument, and a clause telling another company's occasion ("after Y's debut, where shares
jumped") moves Y's shares, not the text's company (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves as _moves

_OPENING = "Asian shares were mixed on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Halvex 600 technology index rose 1.4%, while the broader Halvex 600 fell 0.2%.",
            {("Halvex 600", -0.2)},
        ),
        ("The Orvane banks index rose 1.1% and the Orvane gained 0.4%.", {("Orvane", 0.4)}),
        ("The Halvex 200 energy sector fell 1.5%.", set()),
        ("The Kelmont Composite ex-financials fell 0.5%.", set()),
        ("Kelmont Composite futures fell 0.5%.", set()),
        (
            "The Dravel Composite Index rose 0.8%, while the Dravel Composite ex-Banks index fell 0.2%.",
            {("Dravel Composite Index", 0.8)},
        ),
        (
            "The Tessaly World ex-Orvane Index, which tracks developed markets, is up around 26 percent this year.",
            set(),
        ),
    ],
)
def test_a_sub_index_sector_or_futures_named_after_an_index_moves_apart_from_it(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(_OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velquor Gold ETF (3081) rose 1.2% and Velquor Gold ETF-R (83081) rose 0.9%.",
        "Velquor Gold ETF rose 1.2%, Velquor Gold ETF-U, up 0.9%, lagged.",
        "Velquor Gold ETF (3081) rose 1.2%; Velquor Gold ETF-R (+0.9%) trailed.",
    ],
)
def test_a_second_counter_moves_apart_from_the_fund(text: str) -> None:
    assert _moves(_OPENING + text) == {("Velquor Gold ETF", 1.2)}


@pytest.mark.parametrize(
    "text",
    [
        "Velquor's listing follows Nimbatek Systems' Kelmont debut in late November, where shares jumped 400%.",
        "The debut comes after Nimbatek Systems' listing last month, when its shares soared 250%.",
    ],
)
def test_a_clause_telling_another_companys_occasion_is_not_the_texts_move(text: str) -> None:
    moves = _moves("Velquor listed in Halvex on Friday, raising $300 million. " + text)
    assert not any(name == "Velquor" for name, _ in moves)


def test_the_texts_own_occasion_moves_its_shares_and_another_companys_does_not() -> None:
    text = (
        "Velquor Holdings listed in Halvex on Friday, when its shares soared 25%. The debut comes after Nimbatek "
        "Systems' listing last month, when its shares soared 250%."
    )
    assert _moves(text) == {("Velquor Holdings", 25.0)}


def test_a_rally_at_another_company_is_that_companys_move() -> None:
    text = "Velquor Holdings shares rose 2%, following a 10% rally at Nimbatek Systems last week."
    assert _moves(_OPENING + text) == {("Velquor Holdings", 2.0), ("Nimbatek Systems", 10.0)}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Brisco Batteries (KX:BRB) announced the release of preliminary specifications for its new cells. This "
        "enables the company to begin talks with partners. Shares closed 1.08 per cent higher at 9.4 cents.",
        "Dorran Group, the banking concern, was hit by worries over its exposure to the media group Quell. The shares "
        "fell 4.8 per cent.",
    ],
)
def test_the_shares_of_a_paragraph_about_another_company_are_not_the_topics(paragraph: str) -> None:
    moves = _moves("Velquor Holdings rose 2% on Monday after its results.\n" + paragraph)
    assert moves == {("Velquor Holdings", 2.0)}


def test_the_shares_of_a_paragraph_about_the_topic_and_a_broker_are_the_topics() -> None:
    text = (
        "Velquor Holdings reported record revenue on Monday.\n"
        "Analysts at Brisco Securities said demand was strong. The shares rose 4.8 per cent.\n"
        "Dorran Group was hit by worries over its exposure to the media group Quell. The shares fell 3.9 per cent.\n"
        "Even before Quell's move, its shares had dropped 9 per cent. They fell another 2.2 per cent on Tuesday."
    )
    assert _moves(text) == {("Velquor Holdings", 4.8), ("Velquor Holdings", -9.0), ("Velquor Holdings", -2.2)}


@pytest.mark.parametrize(
    "text",
    [
        "The Orvane index of value shares rose 0.24%, outperforming a 0.12% gain in growth stocks.",
        "Velquor Holdings stock was down by just over 2% by the close, but it is up by about 20% from a one-year low.",
        '"Tech dictated the board," Brisco Investment analyst Dana Pell said, referring to a 0.98 percent increase on '
        "the tech-heavy Kelmont index.",
    ],
)
def test_a_comparison_a_distance_from_a_low_or_a_sub_index_gives_no_figure_to_the_name(text: str) -> None:
    moves = _moves(_OPENING + text)
    assert ("Orvane", 0.24) not in moves and ("Orvane", 0.12) not in moves
    assert ("Velquor Holdings", 20.0) not in moves
    assert not any(name.startswith("Brisco") for name, _ in moves)


def test_a_live_quote_glued_after_a_name_is_no_part_of_the_story() -> None:
    text = (
        "Quorra QRRA, +8.03% shares finished up 8% at $500.81, while the Harlow Chip Index HCX, +6.13% rose 6.1%. "
        "Other chip stocks that outpaced the HCX index included Brantor Inc. BRN, +8.08% up 8.1% and Tellix Corp. "
        "TLX, +4.91% up 4.8%."
    )
    assert _moves(text) == {("Quorra", 8.0), ("Harlow Chip Index", 6.1), ("Brantor", 8.1), ("Tellix", 4.8)}
