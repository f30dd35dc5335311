"""A target raised or cut in the passive with no firm after it: the firm the text saw acting earlier raised it, never
one the text only named as writing on the sector (fictional names, sentences written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import analyst_actions


def test_a_firm_only_named_as_writing_on_the_sector_is_not_the_one_that_raised_a_passive_target() -> None:
    text = (
        "A research note from Harlow Securities in May called the memory sector oversold. Quorra Labs shares rose 3% "
        "on Wednesday. Quorra Labs stayed at Buy, and its price target was lifted by $5 to $61."
    )
    assert {a for a in analyst_actions(text) if a[0] == "Harlow Securities"} == set()


def test_a_firm_that_acted_earlier_in_the_text_still_raises_a_passive_target() -> None:
    text = (
        "Harlow Securities upgraded Velmont Corp to buy on Monday. Tellix Systems rose 2%. The price target on Tellix "
        "Systems was raised to $42 from $38."
    )
    assert ("Harlow Securities", "Tellix Systems", "raise_target") in analyst_actions(text)


def test_a_firm_the_text_named_with_its_analyst_still_cuts_a_passive_target() -> None:
    text = (
        "Chip stocks may be peaking, warned Harlow Securities analyst Lena Varga. Her new price target for Velmont "
        "Corp is $80, down from $95, while Tellix Systems' target was cut to $31 from $35."
    )
    assert ("Harlow Securities", "Tellix Systems", "cut_target") in analyst_actions(text)
