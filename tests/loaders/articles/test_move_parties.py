"""Whose move a market sentence states: a share class is no company, "the acquirer's
stock" and "the stock" a firm speaks of are not the story's company, a firm the text calls "the brokerage" is no
stock, and two companies of one family ("Velt Motors", "Velt Group") stay two (fictional companies, sentences
written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves, read_all


def _names(text: str) -> set[str]:
    return {e.name for e in read_all(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Holdings' class B shares fell 2.3%, while its class A shares were little changed.",
            {("Velquor Holdings", -2.3)},
        ),
        ("Velquor Holdings Class A shares rose 1.2% to $44.10.", {("Velquor Holdings", 1.2)}),
    ],
)
def test_a_share_class_is_the_companys_stock_not_a_company(text: str, expected: set[tuple[str, float]]) -> None:
    assert price_moves(text) == expected
    assert _names(text) == {"Velquor Holdings"}


def test_a_share_class_letter_is_never_an_entity() -> None:
    text = "Velquor Holdings' H shares rose 3% on Monday while its A shares rose 1%."
    assert not _names(text) & {"H", "A"}


@pytest.mark.parametrize(
    "text",
    [
        "Brintell Systems agreed to buy Daxter Labs for $2 billion. Daxter Labs shares soared 30%, and the "
        "acquirer's stock fell 4%.",
        "Daxter Labs shares soared 30% on Monday, and the parent company's shares fell 4%.",
    ],
)
def test_the_stock_of_another_party_named_by_its_role_is_not_the_named_companys(text: str) -> None:
    assert price_moves(text) == {("Daxter Labs", 30.0)}


def test_the_company_a_data_provider_shows_moving_is_the_one_that_moved() -> None:
    text = "Pellmark Analytics data showed Velquor Holdings' stock rose 11% in May."
    assert price_moves(text) == {("Velquor Holdings", 11.0)}


def test_a_firm_saying_the_stock_rose_is_not_the_stock() -> None:
    text = "Frostmere Securities, which rates Velquor Holdings a buy, said the stock rose 4% after results."
    assert ("Frostmere Securities", 4.0) not in price_moves(text)


def test_a_firm_the_text_calls_the_brokerage_is_not_what_the_shares_are_of() -> None:
    text = (
        "Frostmere Securities said on Monday it expects Velquor Holdings to post stronger margins. The brokerage "
        "raised its target to $50. Shares rose 3% in afternoon trade."
    )
    assert ("Frostmere Securities", 3.0) not in price_moves(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zantrix Motors rose 2.6%. Zantrix Group fell 1%.", {("Zantrix Motors", 2.6), ("Zantrix Group", -1.0)}),
        (
            "Its parent, Zantrix Group, fell 1.9%, while Zantrix Motors rose 2.6%.",
            {("Zantrix Group", -1.9), ("Zantrix Motors", 2.6)},
        ),
        (
            "Velquor Holdings said it would list Velquor Energy separately. Velquor Energy shares rose 6% in their "
            "debut.",
            {("Velquor Energy", 6.0)},
        ),
    ],
)
def test_two_companies_of_one_family_keep_their_own_moves(text: str, expected: set[tuple[str, float]]) -> None:
    assert price_moves(text) == expected
    # a short form and a group's forms of one name stay one company
    for same in ("Zantrix Holdings", "Zantrix", "Zantrix Group Ltd"):
        both = f"Zantrix Group shares rose 2% on Monday. {same} shares fell 1% on Tuesday."
        assert len({name for name, _ in price_moves(both)}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Velquor Holdings rose 4%. Its biggest customer saw its shares fall 5%.",
        "Velquor Holdings rose 4%. The subsidiary's shares fell 1%.",
        "Velquor Holdings rose 4%. Its preferred shares fell 1%.",
    ],
)
def test_another_security_or_party_of_the_company_is_not_its_stock(text: str) -> None:
    assert price_moves(text) == {("Velquor Holdings", 4.0)}


def test_a_credit_rating_cut_rates_the_company_whose_rating_it_is_and_its_grade_is_no_company() -> None:
    draft = read_all("Kelvane Ratings downgraded Velquor Holdings' credit rating to BB+ from BBB-.")
    names = {e.ref: e.name for e in draft.entities}
    rated = {(names[e.actor or ""], names[e.subject]) for e in draft.events if e.kind.value == "ANALYST_ACTION"}
    assert rated == {("Kelvane Ratings", "Velquor Holdings")}
    assert not set(names.values()) & {"BB", "BBB"}


def test_a_dateline_without_a_date_is_no_company() -> None:
    text = (
        "KELMONT (Orvane Wire) -- The Kelmont Stock Exchange said on Monday it had approved Velquor Holdings' "
        "listing. The stock rose 30% in its debut."
    )
    assert "KELMONT" not in {name for name, _ in price_moves(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Frostmere Securities expects Velquor Holdings to beat estimates. Its shares rose 2%.",
        "Pellmark Analytics, a data provider, said Velquor Holdings' shares were the most traded on Monday. They "
        "rose 9%.",
    ],
)
def test_shares_said_after_a_brokerage_or_data_provider_opened_the_text_are_not_its_own(text: str) -> None:
    assert not {name for name, _ in price_moves(text)} & {"Frostmere Securities", "Pellmark Analytics"}


def test_a_share_of_a_market_gained_is_no_move_of_the_stock() -> None:
    assert price_moves("Velquor Holdings gained 5% market share in the quarter.") == set()


@pytest.mark.parametrize("kind", ["Foreigners", "Traders", "Insiders"])
def test_a_kind_of_market_participant_is_no_party(kind: str) -> None:
    assert kind not in _names(f"{kind} bought Velquor Holdings for a fifth straight day, lifting the shares 3%.")


def test_figures_paired_with_a_list_of_coded_names_go_to_each_name_in_turn() -> None:
    text = (
        "Medical names weakened, with Velquor Holdings (01234.HK) and Nimbatek Systems (05678.HK) down 7.2% and "
        "4.8%, respectively, and Daxter Labs (09876.HK) down 3.5%."
    )
    assert price_moves(text) == {("Velquor Holdings", -7.2), ("Nimbatek Systems", -4.8), ("Daxter Labs", -3.5)}
    coded = "Velquor Holdings (01234.HK) and Nimbatek Systems (05678.HK) dropped 4.1% and 6.6%, respectively."
    assert price_moves(coded) == {("Velquor Holdings", -4.1), ("Nimbatek Systems", -6.6)}


@pytest.mark.parametrize(
    "text",
    [
        "Velquor Holdings CEO's salary increased by 4.6% to $2 million last year.",
        "Velquor Holdings shares were down 6.9% at midday, lagging a 0.81% fall by the blue chip Kelvane Composite.",
    ],
)
def test_a_pay_rise_or_a_benchmarks_fall_is_not_the_companys_move(text: str) -> None:
    assert not {pct for name, pct in price_moves(text) if name == "Velquor Holdings"} & {4.6, -0.81}


@pytest.mark.parametrize(
    "text",
    [
        "Velquor Holdings fell 1%, mirroring a 4% drop in its Kelmont-listed peer.",
        "Velquor Holdings fell 1% on Monday, lagging a 4% drop in Asian markets.",
    ],
)
def test_a_move_named_as_a_noun_of_another_thing_or_day_is_not_the_companys(text: str) -> None:
    assert price_moves(text) == {("Velquor Holdings", -1.0)}


def test_a_security_named_in_capitals_is_no_company_that_moved() -> None:
    text = "Velquor Holdings said profit rose. Its Kelmont Depositary Receipts fell 2%."
    assert "Kelmont Depositary Receipts" not in {name for name, _ in price_moves(text)}


def test_names_with_their_own_figures_after_a_paired_list_keep_them() -> None:
    text = (
        "Velquor Holdings (01234.HK) and Nimbatek Systems (05678.HK) dropped 4.1% and 6.6%, respectively, Daxter "
        "Labs (09876.HK) fell 5.4%, and Brintell Systems (04321.HK) and Zantrix Motors (03456.HK) each fell 5.3%."
    )
    assert price_moves(text) == {
        ("Velquor Holdings", -4.1),
        ("Nimbatek Systems", -6.6),
        ("Daxter Labs", -5.4),
        ("Brintell Systems", -5.3),
        ("Zantrix Motors", -5.3),
    }


def test_a_session_high_is_no_move_when_the_next_sentence_tells_the_close() -> None:
    text = (
        "Velquor Holdings saw its shares jump as much as 40.7 per cent from its IPO price. The stock, however, "
        "closed sharply lower at HK$60.15."
    )
    assert ("Velquor Holdings", 40.7) not in price_moves(text)
    assert ("Velquor Holdings", 40.7) in price_moves("Velquor Holdings saw its shares jump as much as 40.7 per cent.")
