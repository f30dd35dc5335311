"""Wrap phrasings with the verb said once or the figure set off from it: a list whose items are set apart by
semicolons, each name with its own figure after a comma, and a weekday between the verb and its figure (fictional
names, sentences written here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import price_moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chip stocks were mixed. Quorra Labs gained 4.5%; Velmont Corp, 1.7%; and Brantor Inc, 0.6%.",
            {("Quorra Labs", 4.5), ("Velmont", 1.7), ("Brantor", 0.6)},
        ),
        (
            "Chip stocks were mixed. Tellix Systems slid 2.2%; Orvane Group, 1.4%, and Harlow Inc, 0.9%.",
            {("Tellix Systems", -2.2), ("Orvane Group", -1.4), ("Harlow", -0.9)},
        ),
    ],
)
def test_each_item_of_a_semicolon_list_moves_its_own_figure_the_verbs_way(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chip stocks were mixed. Quorra Labs gained 4.5%; Velmont Corp, its parent, owns 30%.",
        "Chip stocks were mixed. Quorra Labs gained 4.5%; Velmont Corp, 30% of whose sales are chips, was flat.",
    ],
)
def test_a_name_after_a_semicolon_with_no_figure_of_its_own_gets_no_neighbours_figure(text: str) -> None:
    assert price_moves(text) == {("Quorra Labs", 4.5)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Quorra Labs sank Thursday by 3.85 percent to 51,200 won.", {("Quorra Labs", -3.85)}),
        ("Velmont Corp shares jumped on Friday 6.5% after the results.", {("Velmont", 6.5)}),
        ("Brantor Inc stock climbed today by 2.1% in Seoul.", {("Brantor", 2.1)}),
        ("Tellix Systems shares ended Wednesday's session 0.7% higher.", {("Tellix Systems", 0.7)}),
        ("Orvane Group closed Monday's session down 2.35% at $88.10.", {("Orvane Group", -2.35)}),
    ],
)
def test_a_weekday_between_the_verb_and_its_figure_keeps_the_figure(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orvane Group slipped 0.3%, while search portal Quorra and payments app Velmont were up 1.25% and up 3.4%, "
            "respectively.",
            {("Orvane Group", -0.3), ("Quorra", 1.25), ("Velmont", 3.4)},
        ),
        (
            "Online grocer Tellix and ride-hailing service Brantor fell 2.1% and 0.8%, respectively.",
            {("Tellix", -2.1), ("Brantor", -0.8)},
        ),
    ],
)
def test_paired_figures_go_to_names_each_described_by_its_trade(text: str, expected: set[tuple[str, float]]) -> None:
    assert price_moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorra said Velmont and Brantor rose 3%, 2% and 1%.",
        "Quorra, which supplies Velmont and Brantor, rose 3%, 2% and 1%, respectively.",
    ],
)
def test_a_name_joined_to_a_list_by_a_verb_or_a_relative_clause_gets_no_paired_figure(text: str) -> None:
    assert price_moves(text) == set()
