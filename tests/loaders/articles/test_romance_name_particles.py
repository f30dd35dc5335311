"""A firm's name goes on through a Romance particle ("de", "des", "do") and the word after it."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


@pytest.mark.parametrize(
    ("sentence", "investor"),
    [
        ("Banque de Velmont put $12 million into Tellix, the Nairobi-based maker of meters.", "Banque de Velmont"),
        ("Caisse des prêts put $12 million into Tellix, the Nairobi-based maker of meters.", "Caisse des prêts"),
        ("Caixa do Orvane e Brantor put $9 million into Tellix, the Nairobi-based maker.", "Caixa do Orvane e Brantor"),
    ],
)
def test_the_investor_is_named_through_its_particle(sentence: str, investor: str) -> None:
    assert (investor, "INVESTED_IN", "Tellix") in relation_triples(sentence)


def test_an_english_lower_case_word_after_de_is_no_part_of_the_name() -> None:
    triples = relation_triples("Quorra de facto put $12 million into Tellix, the Nairobi-based maker of meters.")
    assert not any(subject.startswith("Quorra de") for subject, _, _ in triples)
