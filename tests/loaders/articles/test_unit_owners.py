"""Who owns a unit: the person a company's name qualifies ("owned by Y co-founder A"), and the company acting
through its unit in an active clause ("X will buy Y through its unit Z": Z is X's). Sentences written for these
tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _parents(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "SUBSIDIARY_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "Solvane Ventures, the venture firm owned by Tarnex co-founder Ada Moss, led the round.",
        "Solvane Ventures, a fund owned by Tarnex chief executive Ada Moss, opened in Lisbon.",
    ],
)
def test_a_company_owned_by_a_person_named_by_role_is_no_unit_of_the_persons_company(text: str) -> None:
    assert _parents(text) == set()


def test_a_firm_owned_by_a_company_stays_its_unit() -> None:
    assert _parents("Solvane Ventures, the venture firm owned by Tarnex Group, led the round.") == {
        ("Solvane Ventures", "Tarnex Group")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ferrin Labs said it would buy all shares of Solvane through its subsidiary Orlo Nine.",
        "Solvane will be acquired by Ferrin Labs through its subsidiary Orlo Nine.",
    ],
)
def test_the_unit_a_buyer_acts_through_is_the_buyers(text: str) -> None:
    assert ("Orlo Nine", "Ferrin Labs") in _parents(text)
    assert ("Orlo Nine", "Solvane") not in _parents(text)


@pytest.mark.parametrize(
    "text",
    [
        "The group, where Harlow is its largest holder, posted a loss as costs rose at its delivery unit Brisko.",
        "The group, in which Harlow owns a stake, posted a loss at its delivery unit Brisko.",
    ],
)
def test_an_owner_named_in_a_relative_aside_does_not_own_the_units(text: str) -> None:
    assert ("Brisko", "SUBSIDIARY_OF", "Harlow") not in relation_triples(text)


def test_a_subject_before_a_relative_aside_still_owns_its_unit() -> None:
    text = "Orvane, whose largest holder is Harlow, said its delivery unit Brisko grew."
    assert ("Brisko", "SUBSIDIARY_OF", "Orvane") in relation_triples(text)
