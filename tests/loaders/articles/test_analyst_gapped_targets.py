"""A target verb said once for two stocks ("lowered its target for A to $86 from $110 and for B to $12 from $17"):
the second stock's target moved too, unless its own figures go the other way; "cut down" or "cut back" a target
(fictional names, sentences written here)."""

from __future__ import annotations

from tests.loaders.articles.conftest import analyst_actions


def test_the_second_stock_after_and_for_has_its_target_cut_too() -> None:
    text = (
        "Harlow Securities trimmed its target price for Velmont Foods to $41 from $47 and for Orvane Mills to $9 "
        "from $11."
    )
    assert analyst_actions(text) == {
        ("Harlow Securities", "Velmont Foods", "cut_target"),
        ("Harlow Securities", "Orvane Mills", "cut_target"),
    }


def test_a_second_stock_whose_figures_go_the_other_way_is_not_read() -> None:
    text = (
        "Harlow Securities raised its target price for Velmont Foods to $52 from $47 and for Orvane Mills to $9 "
        "from $11."
    )
    assert analyst_actions(text) == {("Harlow Securities", "Velmont Foods", "raise_target")}


def test_a_target_cut_down_or_cut_back_is_a_cut_target() -> None:
    text = "Harlow Securities cut down Velmont Foods' target price to $41 from $47 on Friday."
    assert analyst_actions(text) == {("Harlow Securities", "Velmont Foods", "cut_target")}
