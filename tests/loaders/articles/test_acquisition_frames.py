"""More acquisition frames, on sentences written for these tests (fictional companies): a described target, a place
before it, headline tenses, acquisitions listed after "through", an appositive "acquired by", a stake taken with
an investment. Deals only planned or hedged stay unstated."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _acquired(text: str) -> dict[tuple[str, str], float | None]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): r.properties.get("stake_pct")
        for r in draft.relations
        if r.type.value == "ACQUIRED"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulators are probing chip giant Quorra Corp's acquisition of Israeli AI orchestration company Velora.",
            {("Quorra", "Velora"): None},
        ),
        ("Birch also acquired a 29.6% stake in Poland's Nemia Studios last year.", {("Birch", "Nemia Studios"): 29.6}),
        ("Birch completes acquisition of 21% stake in Velora.", {("Birch", "Velora"): 21.0}),
        (
            "In 2000, Quorra expanded through acquisitions of Velora, Nemia and Tilde.",
            {("Quorra", "Velora"): None, ("Quorra", "Nemia"): None, ("Quorra", "Tilde"): None},
        ),
        (
            "Carl Lode ran Velora, a Swedish developer of signal processor technology, acquired by Quorra in 2012.",
            {("Quorra", "Velora"): None},
        ),
        ("Quorra previously invested $400 million in Velora and took a 10% stake.", {("Quorra", "Velora"): 10.0}),
        (
            "Quorra is a chip group based in Osaka. Quorra makes chips. In 2016, the company bought chipmaker Nemia "
            "for $3.2bn, going on to acquire Tilde Devices for $6.7bn in 2018.",
            {("Quorra", "Nemia"): None, ("Quorra", "Tilde Devices"): None},
        ),
        # a buyer described before its name, in a clause of its own after another company's
        (
            "Orlo cut its fees, and Lisbon-based lender Velmora has purchased savings app Quennet.",
            {("Velmora", "Quennet"): None},
        ),
    ],
)
def test_acquisitions_read(text: str, expected: dict[tuple[str, str], float | None]) -> None:
    assert _acquired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorra plans to expand through acquisitions of Velora and Nemia.",  # a plan
        "Quorra's acquisition of new customers in Japan was slow.",  # customers, not a company
        "Quorra invested $40 million in Velora and took a 10% share of the market.",  # no stake
        "Velora, a chip designer, could be acquired by Quorra next year.",  # hedged
        "Quorra invested $40 million in Velora and may take a 10% stake.",  # hedged
    ],
)
def test_no_acquisition(text: str) -> None:
    assert _acquired(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tokyo, April 17 -- Government-backed Quorra Investment Corp. said Wednesday that its tender offer for "
            "Japanese materials giant Velora Corp. has been successfully completed.",
            {("Quorra Investment", "Velora"): None},
        ),
        (
            "Birch is a chip designer. Analysts cited management's execution following the $61 billion purchase of "
            "Nemia, which closed last year.",
            {("Birch", "Nemia"): None},
        ),
        (
            "Birch's deal for Nemia last fall, which Liu helped close, will let the company expand.",
            {("Birch", "Nemia"): None},
        ),
        (
            "Birch makes chips. The company owns numerous subsidiaries, including newly acquired fabless IC company "
            "Velora Technology Corp.",
            {("Birch", "Velora Technology"): None},
        ),
        (
            "In 2016, Quorra bought chipmaker Nemia for $3.2bn, going on to acquire Tilde Devices for $6.7bn in 2018 "
            "and then Velora Semiconductor for $5.9bn in 2021.",
            {("Quorra", "Nemia"): None, ("Quorra", "Tilde Devices"): None, ("Quorra", "Velora Semiconductor"): None},
        ),
        (  # the buyer opens a clause of its own after "on news", "after"
            "Tarvik stock jumped 28% on news Birch took a 5% stake in Chinese EV maker Velora, in a $700 million deal.",
            {("Birch", "Velora"): 5.0},
        ),
        (
            "Tarvik shares fell after Birch acquired DRAM maker Nemia for $2 billion last year, the company said.",
            {("Birch", "Nemia"): None},
        ),
        (  # a headline glued to the story: the company named last is the next sentence's subject
            "Tarvik stock jumps on news Birch takes 5% stake in EV maker Velora has been lagging in the race.",
            {},
        ),
    ],
)
def test_completed_deals_and_listed_targets(text: str, expected: dict[tuple[str, str], float | None]) -> None:
    assert _acquired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorra's tender offer for Velora is expected to be completed next month.",  # expected
        "In 2023, Quorra almost acquired Velora for $20 billion, but the deal was abandoned.",  # almost
        "Quorra failed to buy Velora in 2019.",
        # the India unit was bought: it goes unnamed, and Nemia was not bought
        "Birch Electronics said it has bought a 60% stake in Taiwanese contract manufacturer Nemia's India unit.",
        "Birch completed its acquisition of Nemia's India operations in March.",
    ],
)
def test_no_completed_deal(text: str) -> None:
    assert _acquired(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "This makes it Velmont's biggest takeover since its purchase of Orvane Optics Corp. in 2014.",
        "The deal would be Velmont's second-largest deal after its $7 billion purchase of Orvane Optics in 2020.",
    ],
)
def test_an_earlier_purchase_named_after_the_owner_of_a_new_deal_is_that_owner_s(text: str) -> None:
    assert set(_acquired(text)) == {("Velmont", "Orvane Optics")}


def test_a_hedged_purchase_of_the_owner_s_own_stays_unstated() -> None:
    text = "Velmont's board would approve its purchase of Orvane Optics next year."
    assert _acquired(text) == {}
