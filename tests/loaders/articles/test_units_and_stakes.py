"""Units, brands and stakes in the ways news names them (fictional companies, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


def _units(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "SUBSIDIARY_OF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor Capital, the private equity arm of Strathmoor Group and Harlow Partners, manages 300 bn yuan.",
            {("Velquor Capital", "Strathmoor Group"), ("Velquor Capital", "Harlow Partners")},
        ),
        (
            "Shares of Zintel rose 2.9 percent, and Strathmoor's IT service wing Strathmoor SDX gained 2.1 percent.",
            {("Strathmoor SDX", "Strathmoor")},
        ),
        (
            "Quintara, which saw its market value soar due to the popularity of its gaming unit Garvex and e-commerce "
            "unit Shopfra, had its shares tumble since then.",
            {("Garvex", "Quintara"), ("Shopfra", "Quintara")},
        ),
        (
            "Strathmoor, home to brands such as Jorvik and Kessel, has tied up with a Chinese startup.",
            {("Jorvik", "Strathmoor"), ("Kessel", "Strathmoor")},
        ),
        (
            "Onvexa Inc., Strathmoor Co.'s property management unit, fell as much as 7.9% in its debut.",
            {("Onvexa", "Strathmoor")},
        ),
    ],
)
def test_units_and_brands_named_by_their_parent(text: str, expected: set[tuple[str, str]]) -> None:
    assert _units(text) == expected


def test_shares_bought_that_take_a_holding_to_a_share_are_a_stake_of_that_share() -> None:
    draft = read_all(
        "Strathmoor has bought additional shares in carmaker Velquor, taking its holdings in the EV maker to 49.5%."
    )
    names = {e.ref: e.name for e in draft.entities}
    stakes = {(names[r.subject], names[r.object], r.properties.get("stake_pct")) for r in draft.relations}
    assert stakes == {("Strathmoor", "Velquor", 49.5)}


def test_shares_bought_with_no_holding_named_state_no_stake() -> None:
    text = "Strathmoor has bought additional shares in carmaker Velquor, the company said on Monday."
    assert {kind for _, kind, _ in relation_triples(text)} == set()


def test_a_name_listed_after_the_parent_with_a_comma_is_no_second_parent() -> None:
    text = (
        "Kestrel ships samples to customers including Velquor Research, the AI arm of the Strathmoor Group, and "
        "Harlow Oil Co, the people said."
    )
    assert _units(text) == {("Velquor Research", "Strathmoor Group")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quintara reported results on Monday. The company credited continued growth from its subsidiaries, "
            "including e-commerce giant Shopvex, which is expanding further.",
            {("Shopvex", "Quintara")},
        ),
        (
            "Velquor is a chip designer. The company owns numerous subsidiaries, including newly acquired fabless IC "
            "company Arova Technology Corp and power chipmaker Richvex Technology Corp.",
            {("Arova Technology", "Velquor"), ("Richvex Technology", "Velquor")},
        ),
        (
            "Carmaker Strathmoor Automobile has offered $2.2 billion to privatize Zeekor, its premium electric vehicle "
            "(EV) brand, a year after its listing.",
            {("Zeekor", "Strathmoor Automobile")},
        ),
        (
            "The EV maker has developed a small EV with Quorra's (QRA.O) self-driving technology unit Waymex.",
            {("Waymex", "Quorra")},
        ),
        (
            "The deal follows Velquor's moves to sell its memory chip unit to Kesterly and take public part of its "
            "Mobilex self-driving car chip unit.",
            {("Mobilex", "Velquor")},
        ),
    ],
)
def test_units_named_by_their_owner_s_its(text: str, expected: set[tuple[str, str]]) -> None:
    assert _units(text) == expected


def test_the_unit_of_a_possessed_name_belongs_to_that_name_not_its_owner() -> None:
    text = "Quorvane agreed to buy Belmora Tech, the healthcare marketing unit of Halvex Group's Trindle, for $9."
    assert _units(text) == {("Belmora Tech", "Trindle")}
    assert _units("Belmora Tech, a chip unit under Halvex Group's Trindle, rose.") == {("Belmora Tech", "Trindle")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmont Group said its music, film and publishing unit, Tellix Studios, will work with Brantor Inc.",
            {("Tellix Studios", "Velmont Group")},
        ),
        (
            "Harlow Energy, which makes inverters, said on Wednesday that Orvane Power, a wholly-owned subsidiary "
            "of the company, will ship parts to a tram builder.",
            {("Orvane Power", "Harlow Energy")},
        ),
        (
            "Harlow Energy said that Orvane Power, Inc., an overseas subsidiary of the group, signed a supply deal.",
            {("Orvane Power", "Harlow Energy")},
        ),
    ],
)
def test_a_unit_described_by_a_list_of_trades_or_as_the_company_s_own(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _units(text) == expected


def test_a_unit_of_the_company_s_rival_is_not_the_subject_s() -> None:
    text = "Harlow Energy said that Orvane Power, a unit of the company's rival Dorrance Corp., signed a deal."
    assert ("Orvane Power", "Harlow Energy") not in _units(text)


def test_every_company_listed_after_owns_is_a_unit_of_the_owner() -> None:
    text = "Velmont Holding also owns Norwegian truck maker Tellix Trucks and coach builder the Orvane Coach Company."
    assert _units(text) == {("Tellix Trucks", "Velmont Holding"), ("Orvane Coach Company", "Velmont Holding")}


def test_a_name_opening_a_clause_of_its_own_after_owns_a_and_is_no_unit() -> None:
    text = "Velmont Holding owns Tellix Cars and Brantor Group owns the Orvane Motor Company."
    assert ("Orvane Motor Company", "Velmont Holding") not in _units(text)


def test_the_described_company_that_owns_units_is_the_one_the_text_is_about() -> None:
    text = (
        "Velmont Holding has taken a 6.2% stake in Brantor AG, the Austrian truckmaker said on Tuesday. The Korean "
        "truckmaker already owns Norwegian truck maker Tellix Trucks and coach builder the Orvane Coach Company."
    )
    assert {("Tellix Trucks", "Velmont Holding"), ("Orvane Coach Company", "Velmont Holding")} <= _units(text)
