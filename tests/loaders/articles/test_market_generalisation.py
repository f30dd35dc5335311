"""Market, analyst, bond and headcount readings on phrasings the corpus had not shown before: another thing's figure
beside a move verb, moves said with a session or a quote, a brokerage's short name, an issuer named by its
possessive, counts that are layoffs or goals (fictional companies, sentences written here)."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import price_moves as _moves
from tests.loaders.articles.conftest import read_all


@pytest.mark.parametrize(
    "text",
    [
        "The index of Asian software shares, which includes Velquor Holdings and Nimbatek Systems, dropped 2%.",
        "Zantrix Motors, whose bonds have fallen 15% this month, said it would sell two plants.",
        "Nimbatek Systems lost 30% of its customers last year.",
        "Velquor Holdings stock is trading 16.9% below its 52-week high.",
        "Velquor Holdings' holding in Nimbatek Systems fell 2% after the placement.",
        "Inflation in Kelbrin rose 3.2% in March, the statistics office said.",
    ],
)
def test_another_things_figure_beside_a_move_verb_is_no_move(text: str) -> None:
    assert _moves(text) == set()


def test_a_noun_with_its_own_relative_clause_moved_not_the_clause_subject() -> None:
    text = (
        "Brintell Systems, Daxter Labs and Zantrix Motors came off by up to 4%, dragging the tech index down 3%, "
        "followed by software that slumped 2.5%."
    )
    assert ("Brintell Systems", -2.5) not in _moves(text)


def test_a_fall_in_the_consensus_target_is_no_move_of_the_stock() -> None:
    text = (
        "Velquor Holdings shares rose 2% on Monday. The consensus target price for the stock has fallen from $303 "
        "in March, a fall of 2.7%."
    )
    assert _moves(text) == {("Velquor Holdings", 2.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Holdings' Hong Kong stock was trading up 4.7 percent at HK$73.95 as of 1:50 p.m.",
            {("Velquor Holdings", 4.7)},
        ),
        ("Nimbatek Systems yesterday rose by the daily limit of 10 percent to NT$20.9.", {("Nimbatek Systems", 10.0)}),
        ("Velquor Holdings ended its first day of trading 16 percent higher.", {("Velquor Holdings", 16.0)}),
        (
            "Velquor Holdings (VLQ) +2.2%, Nimbatek Systems (NMBT) -1.1%.",
            {("Velquor Holdings", 2.2), ("Nimbatek Systems", -1.1)},
        ),
        (
            "Shares of Dutch firm Daxter Labs, the biggest maker of coating tools in the world, shed almost 11%.",
            {("Daxter Labs", -11.0)},
        ),
        (
            "Ostrivo Aviation on Monday reported weaker traffic. The airline's shares fell 2%.",
            {("Ostrivo Aviation", -2.0)},
        ),
    ],
)
def test_moves_said_with_a_session_a_limit_a_quote_or_a_description(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


def _analyst_actions(text: str) -> set[tuple[str | None, str | None, str | None]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.actor), e.action, names.get(e.subject)) for e in draft.events if e.kind.value == "ANALYST_ACTION"
    }


def test_a_company_upgrading_its_own_plants_rates_no_stock() -> None:
    assert _analyst_actions("Velquor Holdings said it upgraded its factories in Kelbrin last year.") == set()


def test_a_brokerage_and_co_keeps_its_name_without_the_ampersand() -> None:
    actions = _analyst_actions("Marsten & Co upgraded Velquor Holdings to buy from hold on Tuesday.")
    assert actions == {("Marsten", "upgrade", "Velquor Holdings")}


def _issues(text: str) -> set[tuple[str | None, float, str, str | None]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(e.subject), e.amount.amount, e.amount.currency, str(e.date) if e.date else None)
        for e in draft.events
        if e.kind.value == "SECURITY_ISSUE" and e.amount is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marsten & Co acted as lead manager on Velquor Holdings' $1.5 billion bond sale.",
            {("Velquor Holdings", 1.5e9, "USD", None)},
        ),
        (
            "Velquor Holdings sold $2 billion of bonds on Tuesday in its first dollar debt offering since 2021.",
            {("Velquor Holdings", 2e9, "USD", None)},
        ),
    ],
)
def test_the_issuer_named_by_its_possessive_and_no_date_of_an_earlier_sale(
    text: str, expected: set[tuple[str, float, str, str | None]]
) -> None:
    assert _issues(text) == expected


def _counts(text: str) -> set[tuple[str | None, str, object]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names.get(a.entity), a.attribute, a.value) for a in draft.attributes if a.attribute in ("users", "employees")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velquor Holdings closed its plant in May, laying off over 300 workers.", set()),
        ("Velquor Holdings mobilized over 200 employees to support the relief effort.", set()),
        ("Daxter Labs hired 50 employees in the first half.", set()),
        ("Daxter Labs is on track to reach 500 million users by 2030.", set()),
        (
            "The Nimbatek Systems app trails Daxter Labs' estimated 180 million users.",
            {("Daxter Labs", "users", 180_000_000)},
        ),
        ("Zantrix Motors employs approximately 1,000 engineers.", {("Zantrix Motors", "employees", 1000)}),
    ],
)
def test_headcounts_and_users_not_layoffs_hires_or_goals(text: str, expected: set[tuple[str, str, int]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Holdings' revenue grew 20%, beating estimates, while the shares fell 4%.",
            {("Velquor Holdings", -4.0)},
        ),
        (
            "Daxter Labs' ADRs jumped 11% in New York, while its Hong Kong shares gained 8%.",
            {("Daxter Labs", 11.0), ("Daxter Labs", 8.0)},
        ),
        ("Marsten upgraded Velquor Holdings to buy, and the stock rose 5%.", {("Velquor Holdings", 5.0)}),
    ],
)
def test_the_stock_of_a_later_clause_is_the_company_the_sentence_named_or_rated(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading was busy. Nimbatek Systems upgraded to Outperform from Neutral at Quorvane Capital.",
            {("Quorvane Capital", "upgrade", "Nimbatek Systems")},
        ),
        (
            "Nimbatek Systems has been downgraded by Quorvane Capital and Marsten Securities.",
            {
                ("Quorvane Capital", "downgrade", "Nimbatek Systems"),
                ("Marsten Securities", "downgrade", "Nimbatek Systems"),
            },
        ),
    ],
)
def test_passive_ratings_in_a_wire_headline_and_by_a_list_of_brokerages(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _analyst_actions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The share price of Velquor Holdings surged to 82,000 won, up 5.1 percent from the previous close.",
            {("Velquor Holdings", 5.1)},
        ),
        ("Nimbatek Systems shares gave up early gains to trade 0.3% lower.", {("Nimbatek Systems", -0.3)}),
    ],
)
def test_a_figure_after_the_price_reached_or_a_session_traded(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Electric-vehicle maker Velquor VLQ closed up 23% today after an upgrade.",
            {("Velquor", 23.0)},
        ),
        ("Quorvane Systems QVS stock slipped 2% after the bond sale.", {("Quorvane Systems", -2.0)}),
        ("Velquor SDX shares rose 3%.", {("Velquor SDX", 3.0)}),
    ],
)
def test_a_ticker_that_spells_the_name_is_no_part_of_it(text: str, expected: set[tuple[str, float]]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading was busy. Shares in Quorvane's self-driving unit Velquor Systems rose 30 percent after listing.",
            {("Velquor Systems", 30.0)},
        ),
        ("Trading was busy. Kelvane News reported that its shares rose 30 percent in early trading.", set()),
    ],
)
def test_the_owner_of_the_shares_not_the_owner_of_the_unit_or_the_reporter(
    text: str, expected: set[tuple[str, float | None]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velquor Composite fell 1.24% at the close, and earlier dropped more than 2% to a three-week low.",
            {("Velquor Composite", -1.24)},
        ),
        (
            "The Velquor Composite rose over 3%, tracking a rally abroad, with Nimbatek Systems leading gains, "
            "jumping 12%.",
            {("Velquor Composite", 3.0), ("Nimbatek Systems", 12.0)},
        ),
        (
            "Among Quorvane suppliers, Velquor Precision, a lens maker, gained 2.03 percent to close at NT$2,010.00.",
            {("Velquor Precision", 2.03)},
        ),
        (
            "Velquor Holdings listed its health unit on Friday. Due to a muted response it fell below the expected "
            "price range of 26 to 31 euros a share.",
            set(),
        ),
        (
            "Marsten's somewhat merciful upgrade follows an 80% decline in the software firm's share price over "
            "the past year.",
            set(),
        ),
    ],
)
def test_an_earlier_extreme_a_with_clause_a_prepositional_opening_a_price_range_and_a_brokers_note(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _moves(text) == expected


def test_a_company_raising_its_own_outlook_rates_no_stock() -> None:
    text = (
        "Velquor Holdings shares rose 1.2% on Friday. Nimbatek Systems posted a higher-than-expected profit and "
        "upgraded its outlook at an investor meeting."
    )
    assert _analyst_actions(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Recent layoffs have not reached Linkbay yet, where 2,000 users have added Nimbatek Systems to their profiles.",
        "Taking 420 employees out of that count is still a net increase for Nimbatek Systems.",
        "Daxter Labs lost 1 million customers in the first half.",
        "Velquor Holdings runs a payments app. With 5 million active users, the platform represents an effort by "
        "banks to adapt.",
        "Four outsourcing firms have together reduced their headcount by over 40,000 employees in two years.",
        "Nimbatek Systems saw a reduction of 12,300 employees; Daxter Labs reported a smaller drop of 2,100 employees.",
        "Velquor Holdings said the cuts impact about 500 employees.",
        "Daxter Labs had a net addition of about 7 million users year on year.",
        "Velquor Holdings employs about 300 people at its Lisbon plant.",
        "Nimbatek Systems has 1,200 employees at its chip division.",
    ],
)
def test_counts_that_act_change_or_describe_another_thing_are_no_headcount(text: str) -> None:
    assert _counts(text) == set()
