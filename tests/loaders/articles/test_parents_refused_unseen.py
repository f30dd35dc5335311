"""Parents refused where the name after "part of" or "the parent of" is no company the unit belongs to: a scheme
with a year in its name, a person's holdings, another company's rival; and an analyst "the firm" gives no post at
the text's company, nor is a capitalised title qualifier ("Current CEO A") an employer. Sentences written for
these tests (fictional companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples as _relations


@pytest.mark.parametrize(
    "text",
    [
        "Orlen Nexa, part of the Horizon 2030 initiative, said sales rose.",
        "Orlen Nexa, part of Ivo Tamm's family office, said sales rose.",
        "Velt Motors, the parent of Orlen Nexa's biggest rival, said sales rose.",
    ],
)
def test_no_parent_from_a_scheme_a_persons_holdings_or_a_rival(text: str) -> None:
    assert not any(r == "SUBSIDIARY_OF" for _, r, _ in _relations(text))
    # the same frames naming a company still give the parent
    assert ("Orlen Nexa", "SUBSIDIARY_OF", "Halvard Group") in _relations("Orlen Nexa, part of Halvard Group, rose.")
    assert ("Orlen Nexa", "SUBSIDIARY_OF", "Velt Motors") in _relations("Velt Motors, the parent of Orlen Nexa, rose.")


@pytest.mark.parametrize(
    "text",
    [
        "Halbrook Energy shares fell 4%. Mara Quist, the company's analyst, said the outlook was weak.",
        "Halbrook Energy shares fell 4%. Analysts at Corvane said the outlook was weak, with Mara Quist, the firm's "
        "head of research, cutting her target.",
    ],
)
def test_the_firms_analyst_is_no_post_at_the_texts_company(text: str) -> None:
    assert ("Mara Quist", "WORKS_AT", "Halbrook Energy") not in _relations(text)
    text = "Halbrook Energy shares fell 4%. Ivo Tamm, its chief executive, said demand was weak."
    assert ("Ivo Tamm", "WORKS_AT", "Halbrook Energy") in _relations(text)


@pytest.mark.parametrize("qualifier", ["Current", "Interim", "Outgoing", "Longtime", "Acting", "Deputy"])
def test_a_capitalised_title_qualifier_is_no_employer(qualifier: str) -> None:
    text = f"Halbrook Energy shares fell. {qualifier} CEO Ivo Tamm said demand was weak."
    assert not any(org.lower() == qualifier.lower() for _, r, org in _relations(text) if r == "WORKS_AT")
