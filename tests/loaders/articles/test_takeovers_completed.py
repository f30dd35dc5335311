"""Purchases named by "took over Y" and by a completed takeover with its price between the article and the noun
("completed the $2 billion takeover of Y"); a post taken over, a role taken over or a takeover only in part is no
purchase. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples as _relations


def _acquired(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == "ACQUIRED"}


@pytest.mark.parametrize(
    "text",
    [
        "Halcyra took over Ferrin Labs in 2018.",
        "Halcyra completed the $2 billion takeover of Ferrin Labs last week.",
        "Halcyra completed the €450 million purchase of Ferrin Labs on Friday.",
    ],
)
def test_a_company_taken_over_or_a_priced_takeover_completed_was_bought(text: str) -> None:
    assert _acquired(text) == {("Halcyra", "Ferrin Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee took over Ferrin Labs in 2018 as chief executive.",
        "Halcyra took over as the largest shareholder of Ferrin Labs.",
        "Halcyra took over the running of Ferrin Labs.",
        "Halcyra took over from Velmora as the top seller in May.",
        "Halcyra completed the first phase of the acquisition of Ferrin Labs.",
    ],
)
def test_a_post_a_role_or_a_first_phase_taken_over_is_no_purchase(text: str) -> None:
    assert _acquired(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa-based chip firm Ferrin Labs has officially been acquired by German chip giant Halcyra.",
        "Ferrin Labs was acquired by Canadian software company Halcyra in 2019.",
        "The round comes on the heels of Ferrin Labs' acquisition by Halcyra in 2020 for $200 million.",
    ],
)
def test_a_buyer_named_past_an_adverb_or_a_description_or_after_the_targets_noun_bought_it(text: str) -> None:
    assert _acquired(text) == {("Halcyra", "Ferrin Labs")}


@pytest.mark.parametrize(
    "text",
    [
        "Ferrin Labs' planned acquisition by Halcyra was blocked.",
        "Ferrin Labs' acquisition by Halcyra is expected to close in May.",
        "Regulators blocked Ferrin Labs' takeover by Halcyra.",
        "Ann Lee's acquisition by Halcyra surprised fans.",
        "Halcyra has sold to Velmora its robotics unit.",
    ],
)
def test_a_takeover_by_a_buyer_still_pending_undone_or_of_a_person_is_no_purchase(text: str) -> None:
    assert _acquired(text) == set()


def test_a_purchase_only_reported_is_no_purchase() -> None:
    text = "Halcyra reportedly bought Ferrin Labs for $300 million, according to people familiar with the matter."
    assert _acquired(text) == set()
