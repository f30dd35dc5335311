"""Rounds and valuations on phrasings written for these tests with fictional names: the round and the value a
relative clause gives a rival named after the sentence's subject are the rival's."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _events(text: str, kind: str) -> set[tuple[str, float]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[e.subject], e.amount.amount)
        for e in draft.events
        if e.kind.value == kind and e.amount is not None and not e.properties.get("modality")
    }


def test_a_rivals_raise_at_a_valuation_in_a_relative_clause_is_the_rivals_not_the_subjects() -> None:
    text = "Velmora AI competes with Nuvora Systems, which raised $100 million at a $1 billion valuation."
    assert _events(text, "VALUATION") == {("Nuvora Systems", 1e9)}
    assert _events(text, "FUNDING_ROUND") == {("Nuvora Systems", 1e8)}
    own = "Velmora AI, which raised $100 million at a $1 billion valuation, competes with Nuvora Systems."
    assert _events(own, "VALUATION") == {("Velmora AI", 1e9)}  # the subject's own raise stays its own


def test_a_rivals_raise_last_year_at_a_valuation_of_is_the_rivals_not_the_subjects() -> None:
    text = "Velmora AI competes with Nuvora Systems, which last year raised $100 million at a valuation of $1 billion."
    assert _events(text, "VALUATION") == {("Nuvora Systems", 1e9)}
    assert _events(text, "FUNDING_ROUND") == {("Nuvora Systems", 1e8)}


def test_a_company_named_like_a_person_with_its_acronym_in_brackets_is_a_company_that_raised() -> None:
    text = (
        "Ada Moss, co-founder of Quorra Labs, has raised USD 1 billion in funding for her new venture, "
        "Tarvel Brightwater (TBW). Investors in the venture include Harbury Partners and Ostrane Ventures."
    )
    assert _events(text, "FUNDING_ROUND") == {("Tarvel Brightwater", 1e9)}
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    invested = {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == "INVESTED_IN"}
    assert invested == {("Harbury Partners", "Tarvel Brightwater"), ("Ostrane Ventures", "Tarvel Brightwater")}


def test_a_possessive_typed_with_an_opening_quote_names_the_company_after_it_as_the_raiser() -> None:
    text = "Shares rose over the weekend when Ada Moss‘s Velmora said it raised $6 billion to fund development."
    assert _events(text, "FUNDING_ROUND") == {("Velmora", 6e9)}


def test_a_holders_mark_of_a_company_on_its_books_is_no_valuation_of_either() -> None:
    for text in (
        "Orvane Capital said it had trimmed its valuation for Velmont by a third to $310 million in June.",
        "Brantor Holdings wrote down its valuation of Tellix Pay to $88 million at the end of the quarter.",
    ):
        assert _events(text, "VALUATION") == set()
        draft = read_all(text)
        assert not [a for a in draft.attributes if a.attribute == "valuation"]
    own = "Velmont raised $40 million at a valuation of $310 million."
    assert _events(own, "VALUATION") == {("Velmont", 3.1e8)}


def test_money_two_companies_took_in_their_public_offerings_is_no_private_round() -> None:
    text = (
        "Tellix Robotics took in about HK$3.2 billion (US$410 million) while Orvane Auto secured close to "
        "HK$960 million (US$123 million) in their initial public offerings last spring."
    )
    assert _events(text, "FUNDING_ROUND") == set()
    assert _events("Orvane Auto raised $40 million in a Series B round.", "FUNDING_ROUND") == {("Orvane Auto", 4e7)}


def test_money_secured_in_debt_financing_is_no_funding_round() -> None:
    for text in (
        "Harlow Pay raises $35 Million in debt financing to expand lending.",
        "Brantor Freight raises $18 million through a venture debt facility from Dorrance Bank.",
    ):
        assert _events(text, "FUNDING_ROUND") == set()
    assert _events("Harlow Pay secured $35 million in a Series A round.", "FUNDING_ROUND") == {("Harlow Pay", 3.5e7)}
