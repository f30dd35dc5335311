"""Models compared in reported speech: the model right before the verb is compared, not the speaker ("A said the
Y 7 outperforms the Z 3"), and a speaker named after the list ("..., Ann Lee said") is no model compared. Sentences
written for these tests (fictional people, companies and models)."""

from __future__ import annotations

from tests.loaders.articles.conftest import relation_triples


def _compared(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "COMPARED_TO"}


def test_the_model_before_the_verb_is_compared_not_the_speaker() -> None:
    text = "Lei said that the Vexa 7 outperforms the Orvo 3 in more than 90% of specifications."
    assert _compared(text) == {("Vexa 7", "Orvo 3")}


def test_a_speaker_after_the_models_listed_is_no_model_compared() -> None:
    text = "Velmora's Orion 4 outperformed the Mira 2 and the Zeta 5, Ann Lee said."
    assert _compared(text) == {("Orion 4", "Mira 2"), ("Orion 4", "Zeta 5")}


def test_a_model_matched_before_its_part_outperforms_another_is_not_the_one_compared() -> None:
    for text in (
        "The processor is said to match Brantor's Vega 9, while its GPU reportedly outperforms the Orvane 520.",
        "Benchmarks show the processor matching Brantor's Vega 9 Pro, with its graphics core outperforming the "
        "Orvane 520.",
    ):
        assert ("Vega 9", "Orvane 520") not in _compared(text)
        assert ("Vega 9 Pro", "Orvane 520") not in _compared(text)
