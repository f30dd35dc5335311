"""A backer's or owner's name of several words written before the firm ("of Brantor Capital-backed Quorra") only
describes the firm: the title's holder founded or works at the firm, never at the backer. Sentences written for these
tests (fictional companies and people)."""

from __future__ import annotations

from tests.loaders.articles.conftest import employment, relation_triples


def test_a_founder_of_a_backed_firm_founded_the_firm_not_its_backer() -> None:
    text = "On the coast, Ravi Dorrance, cofounder of Brantor Capital-backed Quorra, a tile maker, is hiring again."
    triples = relation_triples(text)
    assert ("Ravi Dorrance", "FOUNDED", "Quorra") in triples
    assert ("Ravi Dorrance", "FOUNDED", "Brantor Capital") not in triples


def test_a_chief_of_an_owned_firm_works_at_the_firm_not_its_owner() -> None:
    text = "Ravi Dorrance, chief executive of Tellix Group-owned Orvane, said margins improved."
    assert employment(text) == {("Ravi Dorrance", "Orvane"): False}
