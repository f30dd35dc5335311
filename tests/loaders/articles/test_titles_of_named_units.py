"""A title of a unit named after its owner ("president of X subsidiary Y", "head of X's chip unit Y") is a job at
the unit Y, not at its owner X (fictional names, sentences written here); an unnamed unit stands for its owner.
"X's founder and chief executive, A" is both a founding and a job."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, relation_triples


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tom Hallard, president of Quorvane subsidiary Veltrix Engine, unveiled the model.", "Veltrix Engine"),
        ('"Demand is strong," said Tom Hallard, chief executive of Quorvane unit Veltrix Engine.', "Veltrix Engine"),
        ("Tom Hallard, head of Quorvane's chip unit Veltrix Semiconductor, said orders rose.", "Veltrix Semiconductor"),
    ],
)
def test_the_title_of_a_named_unit_is_a_job_at_the_unit(text: str, unit: str) -> None:
    assert employment(text) == {("Tom Hallard", unit): False}


def test_the_title_of_an_unnamed_unit_stays_the_owners() -> None:
    text = "Tom Hallard, chief executive of the Quorvane unit, said orders rose."
    assert employment(text) == {("Tom Hallard", "Quorvane"): False}


@pytest.mark.parametrize(
    "text",
    [
        "Torvane Labs' founder and chief executive, Ada Lenzing, said sales doubled.",
        "Torvane Labs's co-founder and president Ada Lenzing said sales doubled.",
    ],
)
def test_a_possessive_founder_and_title_is_a_founding_and_a_job(text: str) -> None:
    assert ("Ada Lenzing", "FOUNDED", "Torvane Labs") in relation_triples(text)
    assert employment(text) == {("Ada Lenzing", "Torvane Labs"): False}


@pytest.mark.parametrize(
    "text",
    [
        "Velmont now has three leaders, with Hal Brisk, head of the Home Appliance (HA) Division, among them.",
        "Quorra Labs hired Lena Varga, who was also the head of the Robot Learning Group at Tellix Institute.",
    ],
)
def test_the_name_after_head_of_the_is_a_unit_not_a_person(text: str) -> None:
    people = {subject for subject, kind, _ in relation_triples(text) if kind == "WORKS_AT"}
    assert not people & {"Home Appliance", "Robot Learning Group", "Robot Learning"}
