"""What a product's maker, a rival, a purchase and a parent are not: sellers, hosts and buyers of another's product,
names that only qualify a deal, models listed as rivals, deals still to close, units no longer or not yet owned.
Sentences written for these tests (fictional companies and products)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import contract_parties, relation_triples


def _of(kind: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, k, o in relation_triples(text) if k == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Kestrane Cloud offers the Halcyon-3 model to its business customers.",
        "Nimbic has launched Halcyon-3 on its cloud platform, giving customers access to the model.",
        "Kestrane Bank introduced Halcyon-3 to its call centres last month.",
        "Carriers including Telvana rolled out the X9, Ravix's newest phone, on Friday.",
        "Plumora released Brava 3 benchmarks showing that rivals lag behind.",
    ],
)
def test_a_seller_a_host_or_a_tester_of_a_product_is_not_its_maker(text: str) -> None:
    makers = {maker for maker, _ in _of("DEVELOPED", text)}
    assert not makers & {"Kestrane Cloud", "Nimbic", "Kestrane Bank", "Telvana", "Plumora"}


def test_a_chip_named_in_a_relative_clause_is_not_the_launcher_s() -> None:
    text = "Orvell Motors launched the Corsa EV, which uses the Tellus T4 chip from Dentara."
    assert ("Orvell Motors", "Tellus T4") not in _of("DEVELOPED", text)
    assert ("Orvell Motors", "Corsa") in _of("DEVELOPED", text)


@pytest.mark.parametrize(
    ("text", "maker", "product"),
    [
        ("Zorvane introduced Halcyon-3 in March, while Quillet launched Brava 3 in April.", "Quillet", "Brava 3"),
        (
            "Zorvane Systems launched Halcyon-3, the company's most powerful model, on Tuesday.",
            "Zorvane Systems",
            "Halcyon-3",
        ),
        ("Plumora, a Zorvane customer, launched Pluma Assist on Monday.", "Plumora", "Pluma Assist"),
    ],
)
def test_a_launch_by_the_clause_s_subject_still_names_its_maker(text: str, maker: str, product: str) -> None:
    assert (maker, product) in _of("DEVELOPED", text)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Zorvane's Brava 3 integration lets users switch models.", "Brava 3"),
        ("Quillet's H20 order from Dentara was cancelled.", "H20"),
        ("Quillet's Vela-2 rival, Halcyon-3, scored higher.", "Vela-2"),
    ],
)
def test_a_name_that_only_qualifies_the_owner_s_deal_or_rival_is_not_the_owner_s_product(
    text: str, product: str
) -> None:
    assert all(p != product for _, p in _of("DEVELOPED", text))


def test_a_model_named_as_a_rival_is_no_rival_company() -> None:
    assert _of("COMPARED_TO", "Quillet's Vela-2 rival, Halcyon-3, scored higher.") == set()
    assert _of("COMPARED_TO", "Zorvane's biggest rival, Quillet, cut prices last week.") == {("Zorvane", "Quillet")}


@pytest.mark.parametrize(
    "text",
    [
        "Merrant Group's acquisition of Solvix is expected to close in the fourth quarter.",
        "Merrant Group's purchase of Solvix still needs the approval of regulators.",
        "Merrant Group's takeover of Solvix will create the region's biggest payments firm.",
    ],
)
def test_a_purchase_still_to_close_is_no_acquisition(text: str) -> None:
    assert _of("ACQUIRED", text) == set()


def test_a_purchase_said_to_have_closed_is_an_acquisition() -> None:
    text = "Merrant Group's purchase of Solvix, which closed in March, will add to earnings this year."
    assert _of("ACQUIRED", text) == {("Merrant Group", "Solvix")}


@pytest.mark.parametrize(
    "text",
    [
        "Solvix, a former unit of Merrant Group, raised $20 million.",
        "Merrant Group's former payments arm, Solvix, raised $20 million.",
        "Solvix, a former division owned by Merrant Group, raised $20 million.",
    ],
)
def test_a_former_unit_is_no_subsidiary(text: str) -> None:
    assert _of("SUBSIDIARY_OF", text) == set()


def test_a_planned_spin_off_has_not_spun_off() -> None:
    assert _of("SPUN_OFF_FROM", "Merrant Group's planned spin-off Solvix raised $20 million.") == set()
    assert _of("SPUN_OFF_FROM", "Merrant Group's payments spin-off Solvix raised $20 million.") == {
        ("Solvix", "Merrant Group")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Solvix, the payments unit of Merrant Group, raised $20 million.",
        "Merrant Group's payments arm, Solvix, raised $20 million.",
    ],
)
def test_a_unit_named_now_is_a_subsidiary(text: str) -> None:
    assert _of("SUBSIDIARY_OF", text) == {("Solvix", "Merrant Group")}


def test_a_product_powered_by_a_chip_is_no_customer_of_the_chip_maker() -> None:
    assert _of("SUPPLIES", "The X9 is powered by Dentara's Tellus T4 processor.") == set()


def test_a_sentence_ending_in_a_model_number_ends_there() -> None:
    text = "Zorvane said on Tuesday it had launched Halcyon-3. Quillet launched Brava 3."
    assert _of("DEVELOPED", text) == {("Zorvane", "Halcyon-3"), ("Quillet", "Brava 3")}


def test_in_a_round_up_the_name_right_before_the_launch_is_the_maker() -> None:
    text = "Next, Telvana launched a fibre service, Nimbic opened stores and Ambrel unveiled the Aster-2 model."
    assert _of("DEVELOPED", text) == {("Ambrel", "Aster-2")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fenmore Research said Zorvane faces competition from Quillet.", {("Zorvane", "Quillet")}),
        ("Zorvane said it competes with Quillet and Ambrel.", {("Zorvane", "Quillet"), ("Zorvane", "Ambrel")}),
    ],
)
def test_the_company_a_source_reports_on_is_the_competitor_not_the_source(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _of("COMPARED_TO", text) == expected


def test_a_holding_bought_from_a_company_is_no_purchase_of_that_company() -> None:
    assert ("Merrant Group", "Solvix") not in _of("ACQUIRED", "Merrant Group bought Solvix's stake in Tavora Labs.")


@pytest.mark.parametrize(
    "text",
    [
        "The company said that its Iranian food delivery app Quickbite grew by 197%.",
        "The market saw Dutch chip equipment maker Velmora's seven-year e330 million offering, managed by Fenmore.",
    ],
)
def test_a_demonym_or_a_garbled_amount_is_no_product(text: str) -> None:
    assert {p for _, p in _of("DEVELOPED", text)} & {"Iranian", "e330"} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Fenmore Securities analyst Tom Reyes noted, "For Zorvane to compete with Quillet Cloud, it needs more."',
            set(),
        ),
        ("Zorvane competes with Quillet, Fenmore analyst Tom Reyes said.", {("Zorvane", "Quillet")}),
    ],
)
def test_an_analyst_s_firm_is_neither_competitor_nor_rival(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of("COMPARED_TO", text) == expected


def test_a_nationality_word_after_its_is_no_product_of_the_text_s_company() -> None:
    text = "Quorra said sales rose. The company further stated that its Iranian food delivery app Bitely grew by 19%."
    assert all(p != "Iranian" for _, p in _of("DEVELOPED", text))


def test_the_deal_named_before_is_no_new_contract_of_its_announcer() -> None:
    assert (
        contract_parties("On May 9, the day Merrant announced the deal, Solvix said its chairman had resigned.")
        == set()
    )
    assert contract_parties("Merrant signed the supply agreement with Solvix on Monday.") == {("Merrant", ("Solvix",))}
    assert contract_parties("Merrant signed the deal to provide batteries to Solvix's cars.") == {("Merrant", ())}


@pytest.mark.parametrize(
    "text",
    [
        "Kestrane's use of Halcyon-3 cut costs by 20%.",
        "Kestrane's Halcyon-3 chatbot, licensed from Zorvane, answers questions.",
        "Kestrane's new X9 phones, bought from Ravix, were handed to staff.",
        "Kestrane's X9 stock sold out within hours.",
    ],
)
def test_a_user_s_or_a_buyer_s_possessive_names_no_maker(text: str) -> None:
    assert {maker for maker, _ in _of("DEVELOPED", text)} & {"Kestrane"} == set()


def test_a_possessive_with_a_date_after_the_name_still_names_the_maker() -> None:
    assert ("Zorvane", "Halcyon-3") in _of("DEVELOPED", "Zorvane's Halcyon-3 model from March tops the rankings.")


def test_an_app_named_with_its_owner_is_no_unit() -> None:
    assert _of("SUBSIDIARY_OF", "Plumora, the owner of the Pluma app, was sold to Nimbic.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorvane was the second-biggest decliner after Quillet.", set()),
        ("Zorvane is the third-largest company in the index, after Quillet and Ambrel.", set()),
        ("Zorvane's stock is the No. 2 performer this year, behind Quillet.", set()),
        ("Zorvane is now the second-largest chatbot maker behind Quillet.", {("Zorvane", "Quillet")}),
    ],
)
def test_a_ranking_of_stocks_is_no_rivalry(text: str, expected: set[tuple[str, str]]) -> None:
    assert _of("COMPARED_TO", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ravix Corp reported results. Telvana Ltd said subscribers rose. Telvana X9 plans start at $30 a month.",
        "Zorvane Ltd said revenue rose. Zorvane H1 profit doubled.",
    ],
)
def test_a_carrier_s_plans_or_a_half_year_named_after_a_firm_are_no_products(text: str) -> None:
    assert _of("DEVELOPED", text) == set()


@pytest.mark.parametrize(
    "text",
    ["Tavora Labs, a spin-off of Merrant Group, raised $50 million.", "Merrant Group's spin-off, Tavora Labs, rose."],
)
def test_a_spin_off_has_spun_off_and_is_no_unit(text: str) -> None:
    assert _of("SUBSIDIARY_OF", text) == set()
    assert _of("SPUN_OFF_FROM", text) == {("Tavora Labs", "Merrant Group")}


def test_former_clients_hold_no_contract() -> None:
    assert contract_parties("Zorvane's former clients include Kestrane Bank.") == set()
    assert contract_parties("Zorvane's clients include Kestrane Bank.") == {("Zorvane", ("Kestrane Bank",))}


def test_a_name_in_a_relative_clause_after_unlike_is_no_rival() -> None:
    assert ("Telvana", "Quillet") not in _of(
        "COMPARED_TO", "Unlike Kestrane Bank, which uses Quillet, Telvana chose Zorvane."
    )
    assert _of("COMPARED_TO", "Unlike Quillet, Zorvane does not charge for its basic tier.") == {("Zorvane", "Quillet")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Solvix, a unit of Merrant Group's rival Fenmore Holdings, rose 2%.", {("Solvix", "Fenmore Holdings")}),
        ("Solvix, a unit of Merrant Group until 2021, is now independent.", set()),
    ],
)
def test_the_parent_is_the_company_the_possessive_leads_to_and_a_tie_that_ended_is_none(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _of("SUBSIDIARY_OF", text) == expected


def test_a_tier_word_is_no_product_name() -> None:
    assert _of("DEVELOPED", "Zorvane's Pro model costs more than its Basic plan.") == set()
    assert _of("DEVELOPED", "Zorvane's Halcyon Pro model costs more.") == {("Zorvane", "Halcyon Pro")}


@pytest.mark.parametrize(
    "text",
    [
        "Merrant Group's failed acquisition of Solvix cost it $50 million.",
        "Merrant Group acquired Solvix's parent, Tavora Holdings, in 2019.",
    ],
)
def test_a_failed_purchase_or_a_purchase_of_the_parent_is_no_acquisition_of_the_company(text: str) -> None:
    assert ("Merrant Group", "Solvix") not in _of("ACQUIRED", text)


@pytest.mark.parametrize(
    "text",
    [
        "Quorra is one of three firms in Norway building AI models - the others are Hal Brisk's Velo9 and Tellix.",
        "Lena Varga's Orvane7 chatbot has 2 million users.",
    ],
)
def test_a_person_named_as_the_owner_of_a_model_shaped_name_is_not_its_developer(text: str) -> None:
    makers = {maker for maker, _ in _of("DEVELOPED", text)}
    assert not makers & {"Hal Brisk", "Lena Varga"}


def test_a_company_whose_name_is_shaped_like_a_person_s_still_owns_its_product() -> None:
    text = "Shares of Harlow Dorrance Ltd. rose after Harlow Dorrance's Velo9 chatbot passed 2 million users."
    assert ("Harlow Dorrance", "Velo9") in _of("DEVELOPED", text)


def test_a_fund_an_investor_acts_through_is_no_vehicle_made() -> None:
    text = "Quorra Bank raised £40 million in a round led by Harlow Investors through its Harlow Nova vehicle."
    assert not any(t == "DEVELOPED" for _, t, _ in relation_triples(text))
    assert ("Tellix", "DEVELOPED", "Orvane X1") in relation_triples(
        "Tellix unveiled its Orvane X1 vehicle at the show."
    )
