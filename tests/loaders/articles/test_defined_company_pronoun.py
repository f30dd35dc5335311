"""Whom "It" stands for right after a sentence that defines another company by what it is ("X is a Y startup that
..."): that company, for the one sentence only. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all, relation_triples

_TEXT = (
    "Velmont Systems bought Quorra Labs for $2 billion on Monday. "
    "Velmont Systems, a camera maker, expects the chips to lift its sales, and Velmont Systems shares rose 3%. "
    "Quorra Labs is a Dutch startup that designs radar chips for drones. "
    "It employs more than 90 people and was founded by Lena Varga and Hal Brisk. "
    "It expects the purchase to close in June."
)


def test_it_after_a_sentence_defining_another_company_is_that_company() -> None:
    triples = relation_triples(_TEXT)
    assert ("Lena Varga", "FOUNDED", "Quorra Labs") in triples
    assert ("Lena Varga", "FOUNDED", "Velmont Systems") not in triples
    draft = read_all(_TEXT)
    names = {e.ref: e.name for e in draft.entities}
    headcounts = {(names[a.entity], a.value) for a in draft.attributes if a.attribute == "employees"}
    assert headcounts == {("Quorra Labs", 90)}


def test_the_defined_company_holds_only_the_sentence_right_after_its_definition() -> None:
    text = (
        "Velmont Systems bought Quorra Labs on Monday. Velmont Systems, a camera maker, expects higher sales. "
        "Quorra Labs is one of the leading makers of radar chips. "
        "Velmont Systems shares rose 4%. "
        "It was founded by Hal Brisk in 1998."
    )
    triples = relation_triples(text)
    assert ("Hal Brisk", "FOUNDED", "Quorra Labs") not in triples
