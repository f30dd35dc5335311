"""Who is compared with whom: companies (a product's comparison is its maker's too), never a pronoun, a sector, a
person after a company's possessive or a deal ranked by size. Sentences written for these tests (fictional names)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _compared(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "COMPARED_TO"}


def test_its_rival_after_while_is_the_main_clauses_companys() -> None:
    text = (
        "Harlow Corp said on Monday it would tighten export rules. Harlow Corp expects chip sales to slow. "
        "Market bellwether Velto lost 0.8 percent to 59,200 won, while its chipmaking rival Quorra plunged 4.4 percent."
    )
    assert _compared(text) == {("Velto", "Quorra")}


def test_the_company_named_right_before_competing_competes_not_a_pronoun() -> None:
    text = (
        '"They mentioned that they built their own chip and I thought, what is going on here, why is Velto '
        'competing with Quorra?" Dane said.'
    )
    assert _compared(text) == {("Velto", "Quorra")}


def test_a_products_rivals_are_its_makers() -> None:
    text = (
        "Velto released its Step 5 model in May. Its attention design cut cache needs by 93%, making Step 5 far "
        "more compatible with local hardware than rivals like Quorra."
    )
    assert _compared(text) == {("Velto", "Quorra")}


def test_products_compared_compare_their_makers_too() -> None:
    text = "Velto's Tarn X1 reportedly outperforms Quorra's Zelkar 9 on several benchmarks."
    assert _compared(text) == {("Tarn X1", "Zelkar 9"), ("Velto", "Quorra")}


@pytest.mark.parametrize(
    "text",
    [
        "Velto is luring more partners into its alliance to better compete with global Big Tech companies.",
        "Velto raised $696 million through the IPO. This IPO is the second-largest in Hong Kong this year, "
        "trailing only behind Quorra Group's US$4.6 billion deal last month.",
    ],
)
def test_no_company_compared_with_a_sector_or_a_deal(text: str) -> None:
    assert _compared(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velto Motors launched its first car in May. Its competitors include Quorra, Zelkar and Marlow Motors.",
            {("Velto Motors", "Quorra"), ("Velto Motors", "Zelkar"), ("Velto Motors", "Marlow Motors")},
        ),
        (
            "Velto Robotics raised money. The start-up, whose Hangzhou-based peers include Quorra and Zelkar, was "
            "founded in 2017.",
            {("Velto Robotics", "Quorra"), ("Velto Robotics", "Zelkar")},
        ),
        (
            "Morgan Kestrel added Velto and peers Quorra and Zelkar to its research list.",
            {("Velto", "Quorra"), ("Velto", "Zelkar")},
        ),
        ("Velto, one of China's challengers to Quorra, raised a new round of funding.", {("Velto", "Quorra")}),
        ("Velto, the startup taking on Quorra, has quit the market.", {("Velto", "Quorra")}),
        (
            "Velto's second-generation processor, Tarn (pronounced tarn), is designed to challenge products from "
            "industry leader Quorra Corp.",
            {("Velto", "Quorra")},  # the processor is no company: its maker challenges Quorra
        ),
        ("The Stoxx 600 has climbed 8.8 per cent this year, but lags the S&P 500 index.", {("Stoxx 600", "S&P 500")}),
    ],
)
def test_rivals_introduced_by_include_peers_challenge_take_on_and_lag(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _compared(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock trailing an index is a share-price comparison, no rivalry
        ("Shares of Velto Holdings trailed the S&P 500 on Monday, which registered a daily loss of 1.5%.", set()),
        # "Velto's online marketplaces Kestra and Lumo" are Velto's: Velto is the rival
        (
            "Marlow Group is the owner of Tarsk, a competitor to Velto's online marketplaces Kestra and Lumo.",
            {("Tarsk", "Velto")},
        ),
    ],
)
def test_a_rival_is_a_company_not_an_index_or_its_products(text: str, expected: set[tuple[str, str]]) -> None:
    assert _compared(text) == expected


def test_a_relative_clause_competes_for_its_head() -> None:
    assert _compared("Velto Group bought Quorra Chips, which competes with Zelkar Corp.") == {
        ("Quorra Chips", "Zelkar")
    }
