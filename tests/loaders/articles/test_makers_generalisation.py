"""Who made a product, on phrasings the product readers were not tuned on: the subject of the verb right before
"its", an appositive that closes before the verb, a maker named after the product ("which is manufactured by Z",
"a Z-made handset"), common words describing a product named after them, and names that qualify an account or a
funding round. Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples as _relations


def _developed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in _relations(text) if t == "DEVELOPED"}


def test_its_after_a_second_subject_is_that_subjects() -> None:
    text = "Round-up: Corvane unveiled Tessio 4; Drummel released Pavik 5 and Lorrent showed its K50 chip."
    assert ("Drummel", "K50") not in _developed(text)


def test_an_appositive_parent_does_not_make_what_the_subject_unveiled() -> None:
    text = "Drummel, Corvane's smartphone arm, unveiled the Pavik 9."
    developed = _developed(text)
    assert ("Corvane", "Pavik 9") not in developed
    assert ("Drummel", "Pavik 9") in developed


@pytest.mark.parametrize(
    "text",
    [
        # a seller's product named with the maker in a relative clause
        "Tamsey Mobile's Pyrel phone, which is manufactured by Oskin Electronics, goes on sale Friday.",
        # a maker joined to "made" in an appositive
        "Tamsey Mobile introduced the Pyrel Max, an Oskin-made handset, to its customers.",
    ],
)
def test_a_maker_named_after_the_product_is_its_maker_not_the_seller(text: str) -> None:
    assert not any(maker == "Tamsey Mobile" for maker, _ in _developed(text))


def test_common_words_before_a_kind_describe_the_product_named_after_it() -> None:
    text = "Drummel's Big Data platform, Pavik Cloud, now serves 500 firms."
    assert ("Drummel", "Big Data") not in _developed(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to a post on Drummel's official Pavik X2 account, the deal closed.",
        "The notice on Drummel's Pavik X2 page said so.",
        "Drummel's A-plus series funding round is expected to raise $100 million.",
    ],
)
def test_a_name_qualifying_an_account_or_a_round_is_no_product(text: str) -> None:
    assert _developed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Drummel priced the notes on Monday. The order book was the second-largest of all time, behind only "
        "Corvane's huge offering in 2013.",
        "Drummel's order book was the third-biggest this year, behind Corvane's record sale in May.",
    ],
)
def test_a_deal_ranked_behind_anothers_deal_makes_no_rivals(text: str) -> None:
    assert {(s, o) for s, t, o in _relations(text) if t == "COMPARED_TO"} == set()


def test_a_company_ranked_behind_another_is_still_its_rival() -> None:
    text = "Drummel is the second-largest smartphone maker, behind only Corvane."
    assert ("Drummel", "COMPARED_TO", "Corvane") in _relations(text)


def test_models_compared_are_not_what_the_unnamed_subject_stands_for() -> None:
    text = "Corvane released Pavik-3 on Monday. The system outperformed Lintel's Orba-2 and Tamsey's Vexa-4."
    compared = {(s, o) for s, t, o in _relations(text) if t == "COMPARED_TO"}
    assert ("Vexa-4", "Orba-2") not in compared and ("Tamsey", "Lintel") not in compared
    assert ("Pavik-3", "Orba-2") in compared


def test_another_makers_model_named_before_is_not_what_its_model_stands_for() -> None:
    text = (
        "Lintel released Orba-2.5 last week. Corvane says its model outperformed Lintel's Orba-2 and Tamsey's Orba-3."
    )
    assert not any(t == "COMPARED_TO" for _, t, _ in _relations(text))


def test_a_product_in_a_relative_clause_competes_not_its_maker() -> None:
    text = "Carmaker Corvane unveiled the Pavik S9 sedan, which competes with Lintel's Orba X."
    assert ("Corvane", "COMPARED_TO", "Orba X") not in _relations(text)


def test_a_company_in_a_relative_clause_still_competes() -> None:
    text = "The goal for Corvane, which competes with Lintel and Tamsey, is growth."
    assert ("Corvane", "COMPARED_TO", "Lintel") in _relations(text)


def test_a_rival_paired_with_a_company_is_that_companys_rival() -> None:
    text = "This comes as Corvane Group and rival Lintel Group are in talks to invest in Tamsey."
    assert ("Corvane Group", "COMPARED_TO", "Lintel Group") in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvane's Smart Home platform now connects 50 million devices.",
        "Corvane launched its AI Assistant app in Japan.",
        "Corvane's Open Platform lets developers build apps.",
        "Corvane released the Annual Sustainability Report on Monday.",
        "Corvane unveiled its Next-Gen Battery technology at the show.",
    ],
)
def test_a_line_of_business_in_common_words_is_no_product(text: str) -> None:
    assert _developed(text) == set()


def test_a_brand_word_leading_common_words_still_names_a_product() -> None:
    assert ("Corvane", "Cash App") in _developed("Corvane launched its Cash App service in Japan.")


@pytest.mark.parametrize(
    "text",
    [
        "Lintel Inc, which sells the Pavik phone in Europe, said sales rose.",
        "Tamsey Ltd's Pavik 9 review was positive.",
    ],
)
def test_a_seller_or_a_reviewer_is_no_maker(text: str) -> None:
    assert _developed(text) == set()


def test_a_company_selling_its_own_phones_made_them() -> None:
    assert ("Lintel", "Pavik") in _developed("Lintel Inc sells its Pavik phones in Europe.")


@pytest.mark.parametrize("reader", ["Lena Varga", "the analyst"])
def test_its_after_a_fronted_for_phrase_is_the_fronted_companys(reader: str) -> None:
    text = f"Drummel stock gained 2%. For Corvane, {reader} sees brisk orders for its AI chip Q770."
    developed = _developed(text)
    assert ("Corvane", "Q770") in developed
    assert ("Drummel", "Q770") not in developed and ("Lena Varga", "Q770") not in developed


def test_a_product_listed_as_an_example_of_another_owners_range_is_not_its_prefixs() -> None:
    text = "Tellix Inc said sales rose. The startup beat Corvane’s newest GPUs on the market such as the Tellix A100."
    assert not any(s == "Tellix" for s, _ in _developed(text))


def test_a_product_prefixed_by_its_maker_is_still_the_makers() -> None:
    assert any(
        s == "Tellix" for s, _ in _developed("Tellix Inc said sales rose. The startup outpaced the Tellix A100.")
    )
