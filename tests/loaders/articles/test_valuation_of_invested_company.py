"""A participle valuing "the company" after "A invested in X" values X, the company money went into, not the
investor nor an earlier round's company; an investment named in a relative clause does not. Fictional names."""

from __future__ import annotations

from loaders.articles import ArticleExtractor

_RULE = "deals.valuations.VALUATION"


def _values(text: str) -> set[tuple[str, float]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount)
        for e in draft.events
        if e.kind.value == "VALUATION" and e.amount is not None and e.span.rule.startswith(_RULE)
    }


def test_valuing_the_company_after_an_investment_in_it_values_that_company() -> None:
    text = (
        "Orvane Capital backed Harlow Systems in 2022. Orvane Capital has also invested in Dorrance AI, joining "
        "its Series B, valuing the company at $7.5 billion."
    )
    assert _values(text) == {("Dorrance AI", 7.5e9)}


def test_an_investment_in_a_relative_clause_is_not_the_valued_company() -> None:
    text = (
        "Orvane Capital, which has invested in Harlow Systems, led Dorrance AI's $80 million round, valuing the "
        "company at $900 million."
    )
    assert _values(text) == {("Dorrance AI", 9e8)}


def _valued_attributes(text: str) -> set[tuple[str, float]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[a.entity], a.value["amount"]) for a in draft.attributes if a.attribute == "valuation"}


def test_the_round_reader_gives_the_value_to_the_company_invested_in_not_the_investor() -> None:
    text = "Brantor Partners put $12 million into Tellix Robotics in June, valuing the startup at $310 million."
    assert _valued_attributes(text) == {("Tellix Robotics", 3.1e8)}


def test_the_round_reader_skips_an_investment_in_a_relative_clause() -> None:
    text = (
        "Hal Brisk's fund, which invested in Velmont Bio, led Quorra Labs' $25 million round, valuing the company "
        "at $150 million."
    )
    assert ("Velmont Bio", 1.5e8) not in _valued_attributes(text)
