"""A sentence ending on the company it introduces ("... a Harlow-based startup called Tellix.") makes "The company"
in the next sentence that company, as "It was ..." after "another startup, X, which ...". Fictional names."""

from __future__ import annotations

from tests.loaders.articles.conftest import relation_triples

OPENING = "Chip startups keep drawing money: Brantor Labs raised $40 million from Velmont Capital last month.\n\n"


def test_the_company_after_a_startup_called_x_is_x() -> None:
    text = (
        OPENING + "Now there is another entrant, a Harlow-based startup called Tellix.\n\n"
        "The company said it has raised a $12 million seed round led by Orvane Ventures and Dorrance Partners.\n"
    )
    investors = {(s, o) for s, kind, o in relation_triples(text) if kind == "INVESTED_IN"}
    assert ("Orvane Ventures", "Tellix") in investors
    assert ("Orvane Ventures", "Brantor Labs") not in investors


def test_a_name_called_inside_the_sentence_leaves_the_topic() -> None:
    text = (
        OPENING + "Brantor Labs bought a startup called Tellix in May for its design team.\n\n"
        "The company said it has raised a $12 million round led by Orvane Ventures.\n"
    )
    investors = {(s, o) for s, kind, o in relation_triples(text) if kind == "INVESTED_IN"}
    assert ("Orvane Ventures", "Tellix") not in investors
