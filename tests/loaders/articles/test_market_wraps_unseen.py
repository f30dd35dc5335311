"""Market wraps and analyst lines in phrasings the tuned corpus had not shown: a count's change named as a noun, a
sub-index known by its index's name, a clause whose subject no name says, a range of figures for a list, "the shares"
after another company's described shares, a security other than the stock upgraded, a headline's verb glued to a
brokerage's name and a sentence adverb read as a name (fictional names, sentences written here)."""

from __future__ import annotations

import pytest

from graph.model import EntityKind
from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import StaticGazetteer, read_all
from tests.loaders.articles.conftest import price_moves as _moves


@pytest.mark.parametrize(
    "text",
    [
        "Velquor Holdings hired 300 engineers, a 15% rise from a year earlier.",
        "Nimbatek Systems added 120 stores last year, a 4% increase.",
        "The technology sub-index outpaced the main Kelmont indexes and gained 1.4 per cent.",
        "Brintell Systems, Daxter Labs and Zantrix Motors were among the biggest losers, falling 4% to 7%.",
        "Velquor Holdings said it would cut jobs. Worries over its exposure sent shares in the Kelmont banking group "
        "sharply lower. The shares fell 4.8 per cent to 33.64 euros.",
    ],
)
def test_no_move_of_the_named_stock_is_read_from_another_things_figure(text: str) -> None:
    assert _moves(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velquor Holdings shed 300 points, or 2.1%, on Monday.", {("Velquor Holdings", -2.1)}),
        ("Velquor Holdings closed at $26.10, a 3.5% gain on the day.", {("Velquor Holdings", 3.5)}),
        (
            "The Kelmont Composite rose 1.1%, and Velquor Holdings jumped 5%.",
            {("Kelmont Composite", 1.1), ("Velquor Holdings", 5.0)},
        ),
        (
            "Velquor Holdings said it would cut jobs. The shares fell 4.8 per cent to 33.64 euros.",
            {("Velquor Holdings", -4.8)},
        ),
    ],
)
def test_the_stocks_own_figures_still_move_it(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


def test_a_sub_index_of_value_shares_is_not_its_index_when_the_index_is_known_by_name() -> None:
    gazetteer = StaticGazetteer({"kelmont index": ("Kelmont", EntityKind.ORGANIZATION)})
    text = "The Kelmont index of value shares rose 0.24%, outperforming a 0.12% gain in growth stocks."
    draft = ArticleExtractor(min_confidence=0.0).extract(text, gazetteer=gazetteer)
    assert [e for e in draft.events if e.kind.value == "PRICE_MOVE"] == []


def _actions(text: str) -> set[tuple[str | None, str, str | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor), e.action or "", names.get(e.subject))
        for e in draft.events
        if e.kind.value == "ANALYST_ACTION"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Capital upgraded Velquor Holdings' bonds to buy.",
        "Halvern Capital upgraded Velquor Holdings' dollar bonds to overweight.",
    ],
)
def test_a_security_other_than_the_stock_upgraded_is_no_rating_of_the_stock(text: str) -> None:
    assert _actions(text) == set()


def test_a_headlines_capitalised_rating_verb_ends_the_brokerages_name() -> None:
    text = "Velquor Holdings fell. On January 17, Halvern Securities Upgraded its rating on Velquor Holdings to Buy."
    assert _actions(text) == {("Halvern Securities", "upgrade", "Velquor Holdings")}


def test_a_sentence_adverb_opening_the_sentence_is_no_company() -> None:
    text = (
        "Brokers rated the stock this week.\n"
        "Kelmont stocks closed today, the Kelmont Composite Index rose 1.53%, Velquor Group closed at 11.5 dollars, "
        "an increase of 2.68%. Intraday, Velquor ’s stock price once reached a high of 11.84 dollars.\n"
        "On May 8, Halvern Bank released its latest rating on Velquor Group, a “buy” rating. Halvern Bank raised the "
        "target price from 12.8 dollars to 13.30 dollars."
    )
    names = {e.name for e in read_all(text).entities}
    assert "Intraday" not in names
    assert _actions(text) == {("Halvern Bank", "raise_target", "Velquor Group")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Financials added 0.2%, boosted by Velquor Holdings’s 0.4% gain.",
            {("Financials", 0.2), ("Velquor Holdings", 0.4)},
        ),
        (
            "Stocks rose, led by Velquor Holdings' 6% gain and Nimbatek Systems' 4% rise.",
            {("Velquor Holdings", 6.0), ("Nimbatek Systems", 4.0)},
        ),
        ("Velquor Holdings' 12% revenue increase beat forecasts.", set()),
        ("Nimbatek Systems booked a 5% dividend rise, its first in years.", set()),
    ],
)
def test_a_possessive_names_whose_move_the_noun_is(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Consumption Index .VCSI rises 1.2%, Velquor Index .VI gains 0.1%.",
            {("Velquor Consumption Index", 1.2), ("Velquor Index", 0.1)},
        ),
        ("Velquor Holdings rose 1.2%, Nimbatek Systems [NMB] gains 0.1%.", {("Velquor Holdings", 1.2)}),
        ("Velquor Holdings rose 1.2%, Nimbatek Systems * gained 0.1%.", {("Velquor Holdings", 1.2)}),
        (
            "Velquor Holdings 0700.HK fell 2%, while Nimbatek Systems 9988.HK rose 1%.",
            {("Velquor Holdings", -2.0), ("Nimbatek Systems", 1.0)},
        ),
        (
            "Kelmont stocks closed today, the Kelmont Composite Index rose 1.53%, Velquor Group closed at 11.5 "
            "dollars, an increase of 2.68%.",
            {("Kelmont Composite Index", 1.53), ("Velquor Group", 2.68)},
        ),
        ("Velquor Group's revenue reached $5 billion, an increase of 20%.", set()),
    ],
)
def test_in_a_wrap_each_figure_goes_to_the_name_it_follows_or_to_none(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Holdings slumped 9.1% to $6.76 and Nimbatek Systems was again easier, losing 7.4%.",
            {("Velquor Holdings", -9.1)},
        ),
        (
            "Velquor Holdings declined as much as 14 per cent in intraday trade after the broader market dipped over "
            "2 per cent.",
            {("Velquor Holdings", -14.0)},
        ),
        (
            "Velquor Holdings closed down $2.00, or nearly 7%, to $27.23 on Friday, a day when the market closed down "
            "nearly 4%.",
            {("Velquor Holdings", -7.0)},
        ),
        (
            "The Kelmont 200 fell back below 7100 points to close at 7097.0 on Tuesday as tech stocks took a whacking "
            "and dropped 4.2%.",
            {("Kelmont 200", None)},
        ),
        ("Velquor Holdings, which rose as investors cheered, gained 3%.", {("Velquor Holdings", 3.0)}),
        (
            "Chip stocks that outpaced the Kelmont Chip Index on Tuesday included Velquor Holdings, with a 6.2% gain.",
            {("Velquor Holdings", 6.2)},
        ),
    ],
)
def test_a_figure_an_unnamed_mover_or_a_later_name_states_is_not_the_first_names(
    text: str, expected: set[tuple[str, float | None]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Holdings (NYSE: VLQ) rose more than 7% after Halvern Capital (NYSE: HCP) upgraded the stock.",
            {("Halvern Capital", "upgrade", "Velquor Holdings")},
        ),
        ("Velquor Holdings (NYSE:) rose more than 7% after Halvern Capital (NYSE:) upgraded the stock.", set()),
        (
            "Velquor Holdings soared 18.4 per cent this week with Halvern Capital and Marsten Securities both "
            "increasing their price targets on the payments provider.",
            set(),
        ),
    ],
)
def test_the_stock_that_moved_is_never_the_brokerage_acting_on_it(
    text: str, expected: set[tuple[str | None, str, str | None]]
) -> None:
    assert _actions(text) == expected
