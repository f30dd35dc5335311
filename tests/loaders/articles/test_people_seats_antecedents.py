"""Whom a description or a bare title stands for, and when a listing or a post is no fact: a fronted phrase's last
name, a paragraph about another company, a listing plan, a titled person who left. Sentences written for these tests
(fictional companies)."""

from __future__ import annotations

from loaders.articles.mentions import looks_like_person
from tests.loaders.articles.conftest import relation_triples


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "HEADQUARTERED_IN"}


def test_the_last_name_of_a_fronted_phrase_is_not_what_the_based_description_describes() -> None:
    text = (
        "Following the launch of Quorra's $35 million Velmont Fund, the Osaka-based firm took stakes in nine startups."
    )
    assert ("Velmont Fund", "Osaka") not in _seats(text)


def test_a_based_description_stands_for_the_company_its_paragraph_introduced_with_the_same_noun() -> None:
    text = (
        "Brantor posted a loss. Brantor shares fell 3%.\n"
        "Traders cheered a report that Orvane plans to take a 4% holding in payments firm Tellix. "
        "Shares of the Vienna-based firm climbed 6%."
    )
    seats = _seats(text)
    assert ("Tellix", "Vienna") in seats
    assert ("Brantor", "Vienna") not in seats


def test_a_based_description_in_a_paragraph_naming_only_other_companies_is_nobody_s_seat() -> None:
    text = (
        "Brantor posted a loss. Brantor shares fell 3%.\n"
        "Investors also bought Orvane and Tellix. Shares of the Vienna-based company climbed 6%."
    )
    assert _seats(text) == set()


def test_a_based_description_opening_a_paragraph_is_the_topic_s_seat() -> None:
    text = "Brantor posted a loss in Paris.\nThe Paris-based company raised more money than Tellix."
    assert ("Brantor", "Paris") in _seats(text)


def test_a_listing_plan_is_no_listing() -> None:
    listed = {(s, o) for s, t, o in relation_triples("Orvane's Hong Kong listing plan was first reported in March.")}
    assert listed == set()
    assert relation_triples("Orvane's Hong Kong listing drew strong demand.")


def test_a_bare_title_is_not_the_topic_s_when_the_sentence_names_only_another_company() -> None:
    text = (
        "Quorra invested $900 million in Velmont this week. "
        "CEO Hal Brisk has defended the deal, noting that the funds extend Velmont's runway."
    )
    assert ("Hal Brisk", "WORKS_AT", "Quorra") not in relation_triples(text)


def test_a_bare_title_stays_the_topic_s_when_the_sentence_names_the_topic_too() -> None:
    text = "Quorra raised $50 million this week. CEO Hal Brisk said Quorra would hire staff in Tellix's home town."
    assert ("Hal Brisk", "WORKS_AT", "Quorra") in relation_triples(text)


def test_a_titled_person_who_left_the_company_held_a_former_job(extract) -> None:
    got = extract(
        "A source said that Hal Brisk, the co-founder and technical director of Tellix Labs left the company."
    )
    assert got.relation("WORKS_AT", "Hal Brisk", "Tellix Labs").properties.get("former") is True


def test_a_ticker_lists_its_company_whatever_the_clause_plans() -> None:
    text = "Results are expected from Brantor (NYSE: BRT) and Quorra (NASDAQ: QRR) this week."
    triples = relation_triples(text)
    assert ("Brantor", "LISTED_ON", "New York Stock Exchange") in triples
    assert ("Quorra", "LISTED_ON", "Nasdaq") in triples


def test_a_listing_code_lists_its_company_in_a_clause_of_plans() -> None:
    text = "Velmont is planning to sell cars in Europe, joining rivals including Tellix (9876.HK)."
    assert ("Tellix", "LISTED_ON", "Hong Kong Stock Exchange") in relation_triples(text)


def test_joined_initials_before_a_chinese_surname_name_a_person() -> None:
    text = "Velmont's president, Hal Brisk, flew to Taipei to apologise to Quorra's CEO, Y.C. Lin."
    assert ("Y.C. Lin", "WORKS_AT", "Quorra") in relation_triples(text)


def test_joined_initials_before_a_word_that_is_no_chinese_surname_stay_a_company_name() -> None:
    assert not looks_like_person("J.P. Morgan")
    assert not looks_like_person("S.F. Express")


def test_a_nationality_before_a_hyphenated_maker_seats_the_company() -> None:
    text = "Swedish telecoms equipment-maker Quorra dismissed talk of a profit warning."
    assert ("Quorra", "Sweden") in _seats(text)


def test_a_company_noun_makes_a_two_word_name_a_company_s() -> None:
    text = "Japanese chip equipment giant Tellix Harlow (TXH) replaced the leaders of its Taipei unit."
    assert ("Tellix Harlow", "Japan") in _seats(text)


def test_a_noun_a_person_may_take_does_not_seat_a_person_shaped_name() -> None:
    assert _seats("US investor Hal Brisk bought more shares this week.") == set()
    assert _seats("Japanese game designer Hal Brisk left the studio.") == set()


def test_banco_makes_a_name_a_bank_s() -> None:
    text = "The index was hurt by weak earnings from Spain's Banco Dorrance and Germany's Tellix."
    assert {("Banco Dorrance", "Spain"), ("Tellix", "Germany")} <= _seats(text)


def _jobs(text: str, extract) -> dict[tuple[str | None, str | None], bool]:
    got = extract(text)
    return {
        (got.name(r.subject), got.name(r.object)): bool(r.properties.get("former"))
        for r in got.draft.relations
        if r.type.value == "WORKS_AT"
    }


def test_a_surname_the_text_gave_a_person_holds_the_posts_a_copula_states(extract) -> None:
    text = (
        "Quorra named Hal Brisk chief executive. In addition to Velmont, Brisk is a founding managing partner of "
        "Tellix Ventures and chairman of Orvane International."
    )
    jobs = _jobs(text, extract)
    assert jobs[("Hal Brisk", "Tellix Ventures")] is False
    assert jobs[("Hal Brisk", "Orvane International")] is False


def test_he_holds_the_post_a_copula_states_for_the_person_named_before(extract) -> None:
    text = "Quorra named Hal Brisk chief executive. He is also executive chairman of hardware maker Dorrance Systems."
    assert _jobs(text, extract)[("Hal Brisk", "Dorrance Systems")] is False


def test_a_titled_person_who_lost_the_job_held_it_before(extract) -> None:
    text = "Quorra's directors gathered on Thursday. Quorra president Hal Brisk has lost his post after the review."
    assert _jobs(text, extract)[("Hal Brisk", "Quorra")] is True


def test_both_titles_of_the_company_are_read_after_a_name(extract) -> None:
    got = extract(
        "Quorra closed a $14 million round. Lena Varga, CFO and co-founder of the company, said hiring would double."
    )
    assert ("Lena Varga", "Quorra") in got.relations("FOUNDED")
    assert got.relation("WORKS_AT", "Lena Varga", "Quorra").properties["role"] == "CFO and co-founder"


def test_who_is_a_bare_title_works_at_the_topic() -> None:
    text = "Quorra raised $8 million on Tuesday. Lena Varga, who is CFO, joined its board as a deputy chair."
    assert ("Lena Varga", "WORKS_AT", "Quorra") in relation_triples(text)


def test_who_is_a_bare_title_names_no_employer_in_a_sentence_naming_another_company() -> None:
    text = "Quorra raised $5 million this week. Lena Varga, who is the CFO, met Tellix on Monday."
    assert ("Lena Varga", "WORKS_AT", "Quorra") not in relation_triples(text)


def test_a_share_price_in_hong_kong_dollars_lists_the_stock_in_hong_kong() -> None:
    text = "Velmont Group climbed 4.6 per cent to HK$52.30 from HK$50, while Brantor gained 11.2 per cent to HK$6.05."
    triples = relation_triples(text)
    assert ("Velmont Group", "LISTED_ON", "Hong Kong Stock Exchange") in triples
    assert ("Brantor", "LISTED_ON", "Hong Kong Stock Exchange") in triples


def test_a_debut_price_in_hong_kong_dollars_lists_the_company_in_hong_kong() -> None:
    text = "Tellix Technology, which sells warehouse robots, debuted at HK$27.40, level with its offer price."
    assert ("Tellix Technology", "LISTED_ON", "Hong Kong Stock Exchange") in relation_triples(text)


def test_an_amount_in_hong_kong_dollars_that_is_no_share_price_lists_nothing() -> None:
    text = "Quorra raised HK$500 million from investors, bringing its funding to HK$2 billion."
    assert not any(t == "LISTED_ON" for _, t, _ in relation_triples(text))


def test_a_figure_in_hong_kong_dollars_lists_nothing() -> None:
    for text in (
        "Quorra's revenue rose 12 per cent to HK$9.5 billion last year.",
        "Quorra's net profit climbed to HK$3.10 per share in the half.",
    ):
        assert not any(t == "LISTED_ON" for _, t, _ in relation_triples(text))


def test_he_founded_what_he_established_after_a_year_opening_the_sentence(extract) -> None:
    got = extract("Hal Brisk moved to Harlow. By 1993, he established Orvane, which specialised in dried foods.")
    assert ("Hal Brisk", "Orvane") in got.relations("FOUNDED")
    assert str(got.entity("Orvane").founded_on) == "1993"


def test_he_who_started_something_founded_no_company_by_that_reading(extract) -> None:
    got = extract("Hal Brisk moved to Harlow. In 2024, he also started Tellix, a blog about cars.")
    assert ("Hal Brisk", "Tellix") not in got.relations("FOUNDED")
