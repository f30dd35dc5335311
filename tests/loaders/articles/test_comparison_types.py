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
