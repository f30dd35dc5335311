"""Parents, purchases and listings a sentence names only in passing (fictional companies, sentences written here):
a family or an alliance is no parent, a person owns no subsidiary, a unit named before its noun is not the name
after it, a name before a role noun only describes the next one, a deal judged or undone is no purchase, and a
backer inside an appositive is not the company that listed."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _of_type(text: str, type_: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Brisco Motors is majority owned by the Tarlow family, its filings show.",
        "Brisco Motors, which is owned by the Tarlow family, reported higher sales.",
        "Brisco Motors is owned by Daniel Tarlow, who started it in 1990.",
        "Pendle Air is part of the Skyway alliance, which includes Coral Air and Norda Air.",
    ],
)
def test_a_family_an_alliance_or_a_person_is_no_parent_company(text: str) -> None:
    assert _of_type(text, "SUBSIDIARY_OF") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit is named before its noun: the name after the comma is the next item of a list
        ("Velto has long relied on Qantrel Corp's (NASDAQ: QNT) Marlo unit, Brisk Daily reported.", set()),
        (
            "The alliance includes Sorin, Huxley Technologies' Ascend computing business unit, Delmar and Pym.",
            {("Ascend", "Huxley Technologies")},
        ),
        # "Birch Motor's asset management arm Birch Capital": the arm is Birch Capital, not the item before it
        (
            "The round drew Tarn Motors, Birch Motor's asset management arm Birch Capital, and Sela Optics.",
            {("Birch Capital", "Birch Motor")},
        ),
        # "a unit of X supplier Y": Y owns the unit, X is Y's customer
        (
            "Investors include Velmora, the Hong Kong-listed unit of Qantrel supplier Ostrel Group.",
            {("Velmora", "Ostrel Group")},
        ),
        ("Halden Labs, a unit of Qantrel supplier Ostrel Group, fell 3%.", {("Halden Labs", "Ostrel Group")}),
        # a place or nationality before the noun only describes the unit
        ("Qantrel's Chinese unit Morrow Tech said sales rose.", {("Morrow Tech", "Qantrel")}),
        ("The round drew Pellam Capital's VC unit Orla Ventures and Tiko.", {("Orla Ventures", "Pellam Capital")}),
    ],
)
def test_units_are_the_names_their_nouns_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "SUBSIDIARY_OF") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polmar's purchase of Ardent Health was blocked by regulators.",
        "Regulators blocked Polmar Capital's acquisition of Ardent Health on Friday.",
        "Polmar Capital's takeover of Ardent Health fell through in March.",
    ],
)
def test_a_deal_judged_or_undone_is_no_purchase(text: str) -> None:
    assert _of_type(text, "ACQUIRED") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lantern Rides said on Tuesday it has acquired Gulf competitor Marrow Cabs for $3.1 billion.",
            {("Lantern Rides", "Marrow Cabs")},
        ),
        (
            "Dorvik Corp bought the business in 2015 when it bought Pellam for US$16.7bn, the company said.",
            {("Dorvik", "Pellam")},
        ),
    ],
)
def test_the_company_bought_is_named_past_its_description_and_before_its_price(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _of_type(text, "ACQUIRED") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years ago Lantern Retail acquired the Orvo Market chain and today, Marrow Rides acquired Pell Cabs.",
            {("Lantern Retail", "Orvo Market"), ("Marrow Rides", "Pell Cabs")},
        ),
        ("Backed by Sulto Capital, Lantern Retail acquired Pell Cabs in 2020.", {("Lantern Retail", "Pell Cabs")}),
    ],
)
def test_a_clause_of_its_own_names_its_own_buyer(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of_type(text, "ACQUIRED") == expected


def test_a_backer_inside_an_appositive_is_not_the_company_that_listed() -> None:
    text = "Korvane, the battery maker backed by Sulto Capital, listed on the Shenzhen Stock Exchange in 2021."
    assert _of_type(text, "LISTED_ON") == {("Korvane", "Shenzhen Stock Exchange")}
