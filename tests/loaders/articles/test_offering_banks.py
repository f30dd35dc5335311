"""The banks of an offering are affiliated with its issuer (sentences written for these tests, fictional names):
bookrunners, underwriters, coordinators and managers of a bond sale or an IPO, banks hired to sell the notes; the
issuer is the company named with the offering, the one that hired the banks, or the one the text says sold the
securities. A mandate only planned, or a role with no offering in sight, states nothing."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _banks(text: str) -> dict[tuple[str, str], object]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object]): r.properties.get("role")
        for r in draft.relations
        if r.type.value == "AFFILIATED_WITH"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmora Holdings sold $2 billion of five-year bonds on Tuesday. Tarn Bank, Osk Securities and Birch "
            "Capital Markets are the joint bookrunners on the sale.",
            {
                ("Tarn Bank", "Velmora Holdings"): "joint bookrunner",
                ("Osk Securities", "Velmora Holdings"): "joint bookrunner",
                ("Birch Capital Markets", "Velmora Holdings"): "joint bookrunner",
            },
        ),
        (
            "Velmora Holdings sold $500 million of notes. Tarn Bank was the sole bookrunner for the unrated deal.",
            {("Tarn Bank", "Velmora Holdings"): "sole bookrunner"},
        ),
        (
            "Velmora Holdings surged 40% in its Shanghai debut. The offering was led by Tarn Securities as the lead "
            "underwriter, while Osk Securities and Nemia Securities participated as joint bookrunners.",
            {
                ("Tarn Securities", "Velmora Holdings"): "lead underwriter",
                ("Osk Securities", "Velmora Holdings"): "joint bookrunner",
                ("Nemia Securities", "Velmora Holdings"): "joint bookrunner",
            },
        ),
        (
            "Velmora Holdings raised $1 billion in its Nasdaq IPO. Tarn Bank, Osk Securities and Nemia Capital were "
            "among the underwriters for the IPO.",
            {
                ("Tarn Bank", "Velmora Holdings"): "underwriter",
                ("Osk Securities", "Velmora Holdings"): "underwriter",
                ("Nemia Capital", "Velmora Holdings"): "underwriter",
            },
        ),
        (
            "The world's largest lens maker hired Tarn Bank and Osk Securities to sell $1.5bn of 10-year notes.",
            {},
        ),
        (
            "Velmora Holdings returned to the bond market on Monday. The world's largest lens maker hired Tarn Bank "
            "and Osk Securities to sell $1.5bn of 10-year notes.",
            {("Tarn Bank", "Velmora Holdings"): "manager", ("Osk Securities", "Velmora Holdings"): "manager"},
        ),
        (
            "Tarn Bank, Osk Securities and Nemia Capital will manage the offering of Velmora Holdings bonds.",
            {
                ("Tarn Bank", "Velmora Holdings"): "manager",
                ("Osk Securities", "Velmora Holdings"): "manager",
                ("Nemia Capital", "Velmora Holdings"): "manager",
            },
        ),
        ("Tarn Bank was an underwriter of Pellam's IPO last year.", {("Tarn Bank", "Pellam"): "underwriter"}),
        (
            "Velmora Holdings priced $500 million of notes on Monday. Tarn Bank and Osk Securities acted as joint book "
            "runners and lead managers, it said.",
            {
                ("Tarn Bank", "Velmora Holdings"): "joint book runner",
                ("Osk Securities", "Velmora Holdings"): "joint book runner",
            },
        ),
        (
            "Velmora Holdings priced $700 million of senior notes. The joint bookrunners were Tarn Bank, Osk "
            "Securities and Nemia Capital.",
            {
                ("Tarn Bank", "Velmora Holdings"): "joint bookrunner",
                ("Osk Securities", "Velmora Holdings"): "joint bookrunner",
                ("Nemia Capital", "Velmora Holdings"): "joint bookrunner",
            },
        ),
        (
            "Pellam Systems raised HK$2 billion in its Hong Kong IPO on Friday. The sole sponsor of the IPO is Tarn "
            "Securities.",
            {("Tarn Securities", "Pellam Systems"): "sole sponsor"},
        ),
        (
            "Velmora Holdings sold 1.5 billion euros of bonds in three tranches. Tarn Bank Plc and Osk Securities "
            "Inc. are global co-ordinators on the deal.",
            {
                ("Tarn Bank Plc", "Velmora Holdings"): "global co-ordinator",
                ("Osk Securities", "Velmora Holdings"): "global co-ordinator",
            },
        ),
    ],
)
def test_offering_banks_are_affiliated_with_the_issuer(text: str, expected: dict[tuple[str, str], object]) -> None:
    assert _banks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Holdings is considering a bond sale and plans to hire Tarn Bank and Osk Securities as bookrunners.",
        "Velmora Holdings hosted a gala. Tarn Bank and Osk Securities were the sponsors of the evening.",
    ],
)
def test_a_mandate_planned_or_without_an_offering_is_not_stated(text: str) -> None:
    assert _banks(text) == {}


def test_a_bank_of_an_earlier_list_is_never_the_issuer() -> None:
    # No issuer is named, so neither list has one; the first bank of the first list is not what the text is about
    # either ("Bank of China"-shaped names keep the list going).
    text = (
        "The carmaker priced US$750m of five-year notes after final orders of US$1.1bn. Tarn Bank, "
        "Bank of Osk, Nemia Capital (Asia) and Birch Securities are joint global coordinators and joint bookrunners "
        "on the new notes issue. Quill Bank, Harrow Securities and Lune Capital are joint lead managers."
    )
    assert _banks(text) == {}
