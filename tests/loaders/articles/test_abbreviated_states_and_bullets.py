"""A US state as news abbreviates it after a city ("Fremont, Calif.") is a place, never the company the sentence is
about; a common word opening a dash bullet ("- Backed by A and B, ...") starts a sentence and names nothing.
Sentences written for these tests (fictional companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


@pytest.mark.parametrize(("city", "state"), [("Sacramento", "Calif."), ("Denver", "Colo."), ("Tampa", "Fla.")])
def test_an_abbreviated_state_after_a_city_is_no_company(city: str, state: str) -> None:
    text = (
        f"Quorra closed a $40 million round on Monday. Based in {city}, {state} Quorra counts Velmont and Tellix "
        "among its backers."
    )
    names = {e.name for e in read_all(text).entities}
    assert state.rstrip(".") not in names
    assert all(state.rstrip(".") not in (s, o) for s, _, o in relation_triples(text))


def test_a_common_word_opening_a_dash_bullet_is_no_company() -> None:
    text = (
        "A new force in robotics emerges\n"
        "- Lena Varga lands $40m for her company, Quorra Labs, barely a year after launch.\n"
        "- Backed by Velmont Partners and Tellix Capital, the round positions the lab as a challenger to giants "
        "like Orvane and Brantor.\n"
    )
    assert "Backed" not in {e.name for e in read_all(text).entities}
