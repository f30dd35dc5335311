"""Investors, rounds, values and bonds on phrasings written for these tests with fictional names: whose money a
sentence speaks of when a parent reports its unit's round, and who only says or arranges what another did."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples
from tests.loaders.articles.conftest import valuations as _values


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def test_a_unit_a_parent_reports_on_a_given_day_raised_the_money_not_the_parent() -> None:
    text = (
        "Quarnel Group said on Tuesday that its autonomous driving unit had raised $300 million from Harbury "
        "Partners and Ostrane Ventures."
    )
    assert _investors(text) == set()


def test_a_unit_a_parent_reports_in_a_statement_raised_the_money_not_the_parent() -> None:
    text = "Quarnel Group announced in a statement that its payments arm raised $80 million from Harbury Partners."
    assert _investors(text) == set()


def test_backers_a_participle_names_belong_to_the_company_it_describes_not_the_text_company() -> None:
    text = (
        "Quarnel Group reported higher profit on Monday. Velmora AI, backed by investors including Harbury "
        "Partners, works with Quarnel Group on chips."
    )
    assert _investors(text) == {("Harbury Partners", "Velmora AI")}


def test_investors_named_after_a_description_of_the_company_belong_to_it() -> None:
    text = (
        "Quarnel Group reported higher profit on Monday. Velmora AI, a startup funded by investors such as Harbury "
        "Partners and Ostrane Ventures, supplies it with chips."
    )
    assert _investors(text) == {("Harbury Partners", "Velmora AI"), ("Ostrane Ventures", "Velmora AI")}


def test_an_unnamed_company_backed_by_a_list_is_not_the_company_named_as_its_partner() -> None:
    text = (
        "Quarnel Group invested $1.5 billion in Velmora AI last year. The company, chaired by Ada Moss and backed "
        "by investors including Harbury Partners, had been working with partners such as Quarnel Group."
    )
    assert ("Harbury Partners", "Quarnel Group") not in _investors(text)


def test_investors_given_as_examples_of_a_class_pouring_money_back_no_one_the_text_is_about() -> None:
    text = (
        "Quarnel Group reported higher profit on Monday. Investors such as Harbury Partners have poured money into "
        "chip startups like Velmora AI."
    )
    assert ("Harbury Partners", "Quarnel Group") not in _investors(text)


def test_investors_in_a_rival_named_after_its_description_are_the_rivals() -> None:
    text = "Velmora AI raised $10 million. Investors in rival Nuvora Systems include Ostrane Ventures."
    assert _investors(text) == {("Ostrane Ventures", "Nuvora Systems")}


def test_investors_in_a_companys_rival_invested_in_the_rival_not_the_company() -> None:
    text = "Harbury Partners and Ostrane Ventures are among the investors in Velmora AI's rival Nuvora Systems."
    assert _investors(text) == {("Harbury Partners", "Nuvora Systems"), ("Ostrane Ventures", "Nuvora Systems")}


def test_a_bank_raising_money_for_clients_through_bonds_issued_none_itself() -> None:
    draft = read_all("Harbury Securities raised $2 billion for clients through bond sales in the quarter.")
    assert [e for e in draft.events if e.kind.value == "SECURITY_ISSUE"] == []


def test_another_companys_value_named_by_its_possessive_is_not_the_subjects() -> None:
    assert _values("Velmora AI's valuation is a fraction of Quarnel Group's $40 billion.") == set()


def test_a_value_another_company_fetched_is_not_the_subjects() -> None:
    text = "Velmora AI raised $50 million at a valuation below the $900 million Nuvora Systems fetched in March."
    assert ("Velmora AI", 900e6) not in _values(text)


def test_a_companys_unnamed_unit_valued_is_no_value_of_the_company() -> None:
    assert _values("Velmora AI's chip unit was valued at $300 million in the deal.") == set()


def test_a_class_of_investors_written_in_title_case_is_no_investor() -> None:
    text = "Velmora AI raised $20 million from Harbury Partners, Ostrane Ventures and Angel Investors."
    assert _investors(text) == {("Harbury Partners", "Velmora AI"), ("Ostrane Ventures", "Velmora AI")}


def test_a_class_glued_to_the_first_listed_investor_is_left_out_of_its_name() -> None:
    text = "Velmora AI raised $20 million. Existing Investors Harbury Partners and Ostrane Ventures also participated."
    assert _investors(text) == {("Harbury Partners", "Velmora AI"), ("Ostrane Ventures", "Velmora AI")}


def test_a_common_word_describing_the_investors_after_it_is_no_investor() -> None:
    text = "Velmora AI raised $20 million from Current investors including Harbury Partners."
    assert _investors(text) == {("Harbury Partners", "Velmora AI")}


def test_an_investment_firm_closing_a_fund_of_an_amount_raises_no_round() -> None:
    draft = read_all("Harbury Partners closed a $500 million fund to back AI startups such as Velmora AI.")
    assert [e for e in draft.events if e.kind.value == "FUNDING_ROUND"] == []


def test_a_name_in_a_fronted_clause_did_not_join_the_round_the_main_clause_reports() -> None:
    text = (
        "Velmora AI raised $40 million in March. Despite Quarnel Group warning investors to avoid rivals, Harbury "
        "Partners also participated in the round."
    )
    assert ("Quarnel Group", "Velmora AI") not in _investors(text)


def test_a_round_named_with_its_founders_possessive_is_the_companys_not_the_persons() -> None:
    text = "Harbury Partners also participated in Ada Moss's Velmora AI $6 billion funding round in 2024."
    assert "Ada Moss" not in {obj for _, obj in _investors(text)}


def test_a_programme_the_bonds_are_sold_under_is_no_issuer() -> None:
    draft = read_all("The Dellwyn Green Bond Programme issued $500 million of notes last year.")
    assert [e for e in draft.events if e.kind.value == "SECURITY_ISSUE"] == []


def test_other_backers_after_an_investor_named_first_belong_to_the_company_it_backed() -> None:
    text = "Harbury Partners invested in Velmora AI, Brontell News reported. Other backers include Ostrane Ventures."
    assert _investors(text) == {("Harbury Partners", "Velmora AI"), ("Ostrane Ventures", "Velmora AI")}


def test_a_name_in_the_report_after_a_list_of_investors_is_not_one_of_them() -> None:
    text = (
        "Velmora AI has received investment of 100 million yuan from Harbury Capital, the company announced on its "
        "Chatterly account."
    )
    assert _investors(text) == {("Harbury Capital", "Velmora AI")}


def test_backers_of_a_companys_unit_named_by_whose_are_not_the_companys() -> None:
    assert _investors("Quarnel Group, whose logistics arm is backed by Harbury Partners, reported a loss.") == set()


def test_investors_a_spun_off_business_counts_are_not_its_parents() -> None:
    text = "Quarnel Group is spinning off its cloud business, which counts Harbury Partners among its investors."
    assert _investors(text) == set()


def test_a_backed_adjective_before_a_kind_of_company_names_no_investee() -> None:
    assert _investors("A Harbury Partners-backed SPAC agreed to merge with Velmora AI.") == set()


def test_values_listed_for_a_list_of_companies_are_not_paired_by_guess() -> None:
    text = "Unicorns such as Velmora AI and Quarnel Labs, valued at $20 billion and $12 billion, dominate the sector."
    assert _values(text) == set()


def test_backers_of_an_unnamed_unit_are_not_the_parents() -> None:
    text = (
        "Quarnel Group reported a rise in profit on Tuesday. The company said its venture unit had invested in more "
        "than 40 startups last year. Backers of the unit include Harbury Partners."
    )
    assert _investors(text) == set()


def test_the_investors_of_a_firms_fund_are_not_investors_in_the_firm() -> None:
    text = "Harbury Partners closed its fourth fund at $800 million. The fund's investors include Ostrane Pension Fund."
    assert _investors(text) == set()


def test_a_benchmark_a_tranche_is_priced_over_is_not_its_issuer() -> None:
    text = (
        "Velmora Energy sold $1.5 billion of dollar bonds on Tuesday. The three-year notes of $500 million were sold "
        "with a coupon 1.45 percentage points higher than the corresponding Dellwyn Treasury yield."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    issuers = {names[e.subject] for e in draft.events if e.kind.value == "SECURITY_ISSUE"}
    assert issuers == {"Velmora Energy"}


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Energy has launched a $500 million bond offering, with pricing expected later on Tuesday.",
        "Velmora Energy commenced an offering of $500 million aggregate principal amount of senior notes.",
        "Velmora Energy set initial price guidance for its $500 million bond at around 150 basis points over "
        "Treasuries.",
    ],
)
def test_a_bond_offering_launched_or_marketed_but_not_priced_is_no_issue(text: str) -> None:
    draft = read_all(text)
    assert [e for e in draft.events if e.kind.value == "SECURITY_ISSUE" and not e.properties.get("modality")] == []


def test_a_name_opening_its_own_relative_clause_after_a_backed_company_is_not_backed_too() -> None:
    text = (
        "Among the investors in the quarter's largest rounds were Harbury Partners, which backed Velmora AI, and "
        "Ostrane Ventures, which led Quintrel Labs' Series B."
    )
    assert ("Harbury Partners", "Ostrane Ventures") not in _investors(text)
