"""Ways news names who invested (fictional companies, sentences written here): each way once went unread on real
text, so each names its investors here and nothing else."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from loaders.articles import ArticleExtractor
from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Participants in Velora's latest funding included Corvel Capital, Nemia Ventures and Tarvo Holdings.",
            {("Corvel Capital", "Velora"), ("Nemia Ventures", "Velora"), ("Tarvo Holdings", "Velora")},
        ),
        (
            "Corvel Capital, alongside other prominent VCs like Nemia Ventures and Tarvo Capital, invested in Velora.",
            {("Corvel Capital", "Velora"), ("Nemia Ventures", "Velora"), ("Tarvo Capital", "Velora")},
        ),
        (
            "Velora has attracted funding at a valuation exceeding $2.5 billion, with Corvel Group and Nemia "
            "Capital investing.",
            {("Corvel Group", "Velora"), ("Nemia Capital", "Velora")},
        ),
        (
            "Cornerstone investors in Velora's listing included Corvel Fund and Nemia Capital, among others.",
            {("Corvel Fund", "Velora"), ("Nemia Capital", "Velora")},
        ),
        (
            "Velora's backers from earlier rounds include Corvel Partners and Nemia Capital.",
            {("Corvel Partners", "Velora"), ("Nemia Capital", "Velora")},
        ),
        (
            "Corvel Group has reportedly led a funding round of over US$600 million for AI startup Velora.",
            {("Corvel Group", "Velora")},
        ),
    ],
)
def test_investors_named_by_a_list_an_aside_or_a_participle(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_the_leads_of_a_round_already_read_are_its_investors_and_no_second_round() -> None:
    text = (
        "Velora Labs has raised $1 billion in a Series B round. Co-leading the round are e-commerce giant "
        "Corvel Group and Nemia Capital, according to the Post."
    )
    assert _investors(text) == {("Corvel Group", "Velora Labs"), ("Nemia Capital", "Velora Labs")}
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    assert len([e for e in draft.events if e.kind == EventKind.FUNDING_ROUND]) == 1


def test_valuing_it_names_the_company_of_the_round_not_its_lead() -> None:
    draft = ArticleExtractor(min_confidence=0.0).extract(
        "Corvel Ventures led a $75 million investment in Velora, valuing it at nearly $500 million."
    )
    names = {e.ref: e.name for e in draft.entities}
    assert {names[e.subject] for e in draft.events if e.kind == EventKind.VALUATION} == {"Velora"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lead investor in Velora Robotics' $140M Series B is Corvel Capital, a platform linked to a battery "
            "giant.",
            {("Corvel Capital", "Velora Robotics")},
        ),
        (
            "Velora, a Beijing-based developer, raised more than USD 200 million in a new financing round led by "
            "Corvel Group with Nemia and Tarvo Capital.",
            {("Corvel Group", "Velora"), ("Nemia", "Velora"), ("Tarvo Capital", "Velora")},
        ),
        (
            "Velora Technology received 1.1 billion yuan in a series A round from a multitude of well known "
            "investors— Corvel Capital, Nemia Capital and others.",
            {("Corvel Capital", "Velora Technology"), ("Nemia Capital", "Velora Technology")},
        ),
        (
            "Velora makes games. The company has Chinese giant Corvel as one of its shareholders.",
            {("Corvel", "Velora")},
        ),
        (
            "The deal allows Velora, in which advertising giant Corvel holds an 18.7 per cent stake, to grow.",
            {("Corvel", "Velora")},
        ),
    ],
)
def test_holders_and_leads_named_by_their_role(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_an_aside_about_the_investor_and_a_round_for_the_company_name_no_other_target() -> None:
    text = (
        "Velora Labs makes chips. Corvel Group as well as Nemia Partners – an early investor in Tarvo, Ostra and "
        "Quill – also took part in Velora Labs' second financing round. Nio Capital led a $57 million series B round "
        "for the company featuring Corvel Motors parent Daimler."
    )
    invested = _investors(text)
    assert ("Nemia Partners", "Velora Labs") in invested and ("Nio Capital", "Velora Labs") in invested
    assert not {pair for pair in invested if pair[0] in ("Tarvo", "Ostra", "Quill") and pair[1] == "Velora Labs"}
    assert not {pair for pair in invested if pair[1] in ("Corvel Motors", "Daimler")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leading the Velora AI’s first round are Corvel Venture Partners, Nemia Games and Tarvo Capital.",
            {("Corvel Venture Partners", "Velora AI"), ("Nemia Games", "Velora AI"), ("Tarvo Capital", "Velora AI")},
        ),
        (
            "Velora Labs raised $100 million. The round also saw participation from Corvel Capital, Accel, and Saab.",
            {("Corvel Capital", "Velora Labs"), ("Accel", "Velora Labs"), ("Saab", "Velora Labs")},
        ),
        (
            "Velora Labs raised $450 million. Other backers in the round include repeat investors Avenir and Corvel "
            "Capital.",
            {("Avenir", "Velora Labs"), ("Corvel Capital", "Velora Labs")},
        ),
        (
            "Velora Labs makes chips. The round, led by the Lisbon Municipal Pension Fund, marks a rare bet.",
            {("Lisbon Municipal Pension Fund", "Velora Labs")},
        ),
    ],
)
def test_leads_and_participants_named_after_an_owner_or_a_description(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


def test_a_person_or_a_firm_that_is_a_shareholder_in_a_company_invested_in_it() -> None:
    text = (
        "Velora AI makes models. Former Corvel CEO Ada Moss is also a shareholder in Velora AI, as reported by "
        "Reuters. Nemia Capital is a major backer in Velora AI."
    )
    assert _investors(text) == {("Ada Moss", "Velora AI"), ("Nemia Capital", "Velora AI")}


def test_a_company_described_by_its_relation_to_another_is_the_investor() -> None:
    text = (
        "Turing Inc. said Monday it raised about 15.3 billion yen from investors including Velora Motor Corp. "
        "supplier Denso Corp."
    )
    found = relation_triples(text)
    assert ("Denso", "INVESTED_IN", "Turing") in found
    assert not [t for t in found if t[0].startswith("Velora")]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "Velora AI said it raised 20 billion yen. Velora, which works with banks, got new capital from existing "
            "backer Corvel Financial Group Inc. as well as new investors Factor Funds, Tamsin Capital and Ruvo "
            "Ventures.",
            {"Corvel Financial Group", "Factor Funds", "Tamsin Capital", "Ruvo Ventures"},
        ),
        ("Corvel itself pumped $100 million into Velora last month.", {"Corvel"}),
        (
            "Velora raised $308 million in a Series D. General Atlantic led the round, with big bets from investment "
            "leviathans Corvel Group, Tamsin, and Ruvo Capital.",
            {"General Atlantic", "Corvel Group", "Tamsin", "Ruvo Capital"},
        ),
    ],
)
def test_investors_named_after_capital_came_from_them(text: str, investors: set[str]) -> None:
    assert {s for s, r, o in relation_triples(text) if r == "INVESTED_IN" and o.startswith("Velora")} == investors


def test_as_well_as_alone_introduces_no_investor() -> None:
    text = "Velora raised $10 million in a round and makes chips as well as software for Corvel Systems."
    assert not [t for t in relation_triples(text) if t[1] == "INVESTED_IN"]


def test_capital_received_goes_to_the_clause_subject_not_the_last_round() -> None:
    text = (
        "Turing Inc. said it raised 15 billion yen from Denso Corp. Separately, Sakana AI said it raised 20 billion "
        "yen. Sakana, which works with banks, got new capital from existing backer Corvel Financial Group Inc."
    )
    found = relation_triples(text)
    assert ("Corvel Financial Group", "INVESTED_IN", "Sakana AI") in found
    assert ("Corvel Financial Group", "INVESTED_IN", "Turing") not in found


def test_a_person_raising_for_a_venture_names_the_venture_as_the_round_s_company() -> None:
    text = (
        "Anna Berg, co-founder of Corvel, has raised USD 1 billion in funding for her new artificial intelligence "
        "venture, Safe Labs (SL). Investors in the venture include prominent firms such as Fenwick Capital and "
        "Halden Partners."
    )
    found = relation_triples(text)
    assert {s for s, r, o in found if r == "INVESTED_IN" and o == "Safe Labs"} == {"Fenwick Capital", "Halden Partners"}
    assert not [t for t in found if t[1] == "INVESTED_IN" and t[2] != "Safe Labs"]


def test_nationalities_among_the_descriptors_of_listed_investors() -> None:
    text = (
        "Velora has some big investors, including South Korean chip giant Corvel Hynix, telecom firms Tamsin "
        "Telecom and Ruvo Telecom, and Saudi Arabian oil giant Aramco."
    )
    assert {s for s, r, o in relation_triples(text) if r == "INVESTED_IN"} == {
        "Corvel Hynix",
        "Tamsin Telecom",
        "Ruvo Telecom",
        "Aramco",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Velora Inc. makes chips. Concerns we raised at that time have emerged, citing competition from Nemia Corp.",
        "Velora Inc. makes chips. Investors are wary as Nemia Corp faces new tariffs, analysts said.",
    ],
)
def test_words_that_only_look_like_a_round_name_no_investor(text: str) -> None:
    assert _investors(text) == set()


def test_the_owner_of_the_valuation_is_the_company_investors_joined() -> None:
    text = (
        "Tarvo Holdings is watching. The fundraising propelled Velora's valuation to US$3.3 billion and attracted "
        "other investors including Nemia Capital and existing backer Corvel Group."
    )
    assert _investors(text) == {("Nemia Capital", "Velora"), ("Corvel Group", "Velora")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nemia Capital holds a 10% stake in Velora Systems.", {("Nemia Capital", "Velora Systems", 10.0)}),
        ("Nemia Capital owns 8% of Velora Systems.", {("Nemia Capital", "Velora Systems", 8.0)}),
        (
            "Nemia Capital and Tarvo Group all hold more than 5% in Velora Systems.",
            {("Nemia Capital", "Velora Systems", 5.0), ("Tarvo Group", "Velora Systems", 5.0)},
        ),
        (
            "After the sale, Nemia Group is left with an 88% stake in Velora Systems.",
            {("Nemia Group", "Velora Systems", 88.0)},
        ),
        ("Nemia Group's 20% stake in Velora Systems is worth $3 billion.", {("Nemia Group", "Velora Systems", 20.0)}),
        (
            "Velora Systems founder Ada Tarvo holds a 13.8% stake in Velora Systems.",
            {("Ada Tarvo", "Velora Systems", 13.8)},
        ),
        ("Nemia Group plans to hold 5% of Velora Systems.", set()),
        ("Velora Systems holds 30% of the global market.", set()),
        ("Velora Systems has 30% of Nemia Group's customers.", set()),
    ],
)
def test_a_stake_held_is_an_investment_with_its_share(text: str, expected: set[tuple[str, str, float]]) -> None:
    found = ArticleExtractor(min_confidence=0).extract(text)
    names = {e.ref: e.name for e in found.entities}
    stakes = {
        (names[r.subject], names[r.object], r.properties.get("stake_pct"))
        for r in found.relations
        if r.type.value == "INVESTED_IN"
    }
    assert stakes == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora makes chips. Velora's backers from earlier rounds include Nemia Ventures and Halden Capital's "
            "early-stage venture capital arm Corvel Ventures.",
            {("Nemia Ventures", "Velora"), ("Corvel Ventures", "Velora")},
        ),
        (
            "Velora makes chips. Later, Nemia, Tarvo and Halden, three local technology firms, poured tens of "
            "millions of yuan in the pre-A round.",
            {("Nemia", "Velora"), ("Tarvo", "Velora"), ("Halden", "Velora")},
        ),
        (
            "Velora makes chips. Velora's funding was led by Canada's Nemia Capital and joined by other investors "
            "such as Tarvo Partners.",
            {("Nemia Capital", "Velora"), ("Tarvo Partners", "Velora")},
        ),
        (
            "Velora makes chips. Velora grew fast. Later, Nemia Capital returned for a $300m round that also "
            "featured Tarvo Partners.",
            {("Nemia Capital", "Velora"), ("Tarvo Partners", "Velora")},
        ),
        (
            "Velora makes chips. Nemia Capital and Tarvo Partners had contributed to a $158m series I round closed "
            "in May 2018.",
            {("Nemia Capital", "Velora"), ("Tarvo Partners", "Velora")},
        ),
        (
            "Halden Holdings makes games. Halden Holdings has contributed to a US$300-plus million round AI "
            "startup Velora just closed.",
            {("Halden Holdings", "Velora")},
        ),
        (
            "Velora Systems raises US$700 million from Nemia, Tarvo, Halden, a filing shows.",
            {("Nemia", "Velora Systems"), ("Tarvo", "Velora Systems"), ("Halden", "Velora Systems")},
        ),
    ],
)
def test_more_ways_of_naming_a_round_s_investors(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Robotics said it had raised 400 million yuan. Other co-investors in Velora Robotics' Series C "
            "funding round included Corvel Capital, Nemia Fund and Tarvo Holdings.",
            {
                ("Corvel Capital", "Velora Robotics"),
                ("Nemia Fund", "Velora Robotics"),
                ("Tarvo Holdings", "Velora Robotics"),
            },
        ),
        (
            "Velora raised $50 million from Corvel Capital, Nemia Partners and Canada's Tarvo Fund.",
            {("Corvel Capital", "Velora"), ("Nemia Partners", "Velora"), ("Tarvo Fund", "Velora")},
        ),
        (
            "Velora makes chips. Corvel Holdings, one of the company's largest shareholders, sold some shares.",
            {("Corvel Holdings", "Velora")},
        ),
        (
            "Money keeps flowing to Korean chip company Velora Labs. The memory chip firm said Monday that it raised "
            "$300 million from investors including Corvel Capital and Nemia Partners.",
            {("Corvel Capital", "Velora Labs"), ("Nemia Partners", "Velora Labs")},
        ),
    ],
)
def test_investors_in_long_lists_after_a_place_as_holders_or_before_any_topic(text: str, expected: set) -> None:
    assert _investors(text) == expected


def test_a_company_saying_it_had_raised_reports_one_round_a_past_total_does_not() -> None:
    said = ArticleExtractor(min_confidence=0.0).extract(
        "Velora Robotics said it had raised 400 million yuan in fresh funding."
    )
    total = ArticleExtractor(min_confidence=0.0).extract(
        "By then Velora Robotics had raised 400 million yuan in funding."
    )
    assert [e.kind for e in said.events] == [EventKind.FUNDING_ROUND]
    assert [e.kind for e in total.events] == []


def test_funding_a_startup_introduced_by_a_description_makes_it_the_next_sentence_s_it() -> None:
    text = (
        "Corvel Capital has backed several AI companies. Nemia and Tarvo, meanwhile, recently funded another "
        "Beijing-based AI startup, Velora, which has created a chatbot. It was founded in 2021 by Zhou Bowan, a "
        "professor who once led an AI lab."
    )
    triples = relation_triples(text)
    assert {("Nemia", "INVESTED_IN", "Velora"), ("Tarvo", "INVESTED_IN", "Velora")} <= triples
    assert ("Zhou Bowan", "FOUNDED", "Velora") in triples
    assert not any(t[2] == "Corvel Capital" for t in triples if t[1] == "FOUNDED")


def test_a_company_that_competes_with_an_x_backed_rival_did_not_fund_it() -> None:
    triples = relation_triples("Velora, a model company that competes with Corvel-backed Nemia, raised $270 million.")
    assert ("Velora", "INVESTED_IN", "Nemia") not in triples
    assert ("Corvel", "INVESTED_IN", "Nemia") in triples


def test_a_company_funded_by_investors_and_research_funded_by_a_foundation() -> None:
    assert _investors("Velora makes chips. The startup was funded by Corvel Capital and Nemia Partners.") == {
        ("Corvel Capital", "Velora"),
        ("Nemia Partners", "Velora"),
    }
    assert _investors("Velora makes chips. The research was funded by the Corvel Foundation.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount with a decimal point between the verb and the company
        ("Harlow Group invested $2.25 billion in Quorra Robotics in March.", {("Harlow Group", "Quorra Robotics")}),
        ("Dorrance Capital put $40 million into Tellix Labs last spring.", {("Dorrance Capital", "Tellix Labs")}),
        ("Orvane put in $75 million to become Brantor's biggest shareholder.", {("Orvane", "Brantor")}),
        # "put" without money is no investment
        ("Orvane put its faith in Brantor after the merger.", set()),
        ("Dorrance Capital put pressure on Tellix Labs to sell.", set()),
    ],
)
def test_putting_an_amount_into_a_company_is_investing_in_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_the_valuation_an_investors_money_lifted_is_the_companys_it_went_to() -> None:
    text = (
        "Quorra Robotics makes arms for warehouses. Robot maker Quorra Robotics is based in Lyon.\n\n"
        "Tool giant Harlow put in $90 million to become Quorra Robotics's top shareholder, roughly doubling the "
        "valuation to about $700 million."
    )
    draft = ArticleExtractor().extract(text)
    names = {e.ref: e.name for e in draft.entities}
    valued = {names[e.subject] for e in draft.events if e.kind == EventKind.VALUATION}
    assert valued == {"Quorra Robotics"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tellix, a Peruvian lending startup, has landed US$45 million in financing from Harlow Credit and an "
            "unidentified Gulf investor.",
            {("Harlow Credit", "Tellix")},
        ),
        (
            "Brantor, a Ghanaian logistics startup, raised $7 million in seed funding from Orvane Ventures and "
            "Dorrance Partners, Velmont Daily reports.",
            {("Orvane Ventures", "Brantor"), ("Dorrance Partners", "Brantor")},
        ),
    ],
)
def test_an_unnamed_investors_description_and_the_reporting_source_are_no_investors(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow Pay landed a $75 million Series B led by Orvane Capital and joined by Brantor Partners and "
            "Dorrance Ventures.",
            {("Orvane Capital", "Harlow Pay"), ("Brantor Partners", "Harlow Pay"), ("Dorrance Ventures", "Harlow Pay")},
        ),
        (
            "Tellix was set up in 2004 and raised about $31 million from venture firms including Orvane Capital and "
            "Velmont Partners.",
            {("Orvane Capital", "Tellix"), ("Velmont Partners", "Tellix")},
        ),
    ],
)
def test_backers_joining_a_led_round_or_named_as_examples_of_venture_firms(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


def test_a_series_led_by_a_firm_is_a_round_but_a_valuation_secured_is_not() -> None:
    draft = ArticleExtractor().extract("Harlow Pay landed a $75 million Series B led by Orvane Capital.")
    assert [e.amount.amount for e in draft.events if e.kind == EventKind.FUNDING_ROUND and e.amount] == [75e6]
    draft = ArticleExtractor().extract("Chip designer Brantor has secured a $12.5bn (£9.9bn) valuation in New York.")
    assert not [e for e in draft.events if e.kind == EventKind.FUNDING_ROUND]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's unit named after its possessive is the investor, and the list goes on after it
        (
            "Quorra Rides raised $600 million last spring from backers including Brantor's Velmont and Tellix.",
            {("Velmont", "Quorra Rides"), ("Tellix", "Quorra Rides")},
        ),
        # a fund described by capitalised words: its owner, and the list goes on
        (
            "Harlow Pay raised $90 million from Orvane Group's Nordic fund and Dorrance Partners.",
            {("Orvane Group", "Harlow Pay"), ("Dorrance Partners", "Harlow Pay")},
        ),
    ],
)
def test_a_possessive_in_an_investor_list_names_the_owners_unit_or_fund_and_the_list_goes_on(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velmont, a maker of snacks, raised $2 million in a seed round led by Orvane Ventures, and former Harlow "
        "Chief Hal Brisk.",
        "Velmont raised $2 million from Orvane Ventures and Harlow CEO Hal Brisk.",
    ],
)
def test_the_firm_in_a_persons_title_among_the_backers_is_no_investor(text: str) -> None:
    assert ("Harlow", "Velmont") not in _investors(text)
    assert ("Orvane Ventures", "Velmont") in _investors(text)


def test_firms_named_as_examples_of_a_class_at_work_back_no_company_of_the_text() -> None:
    for text in (
        "Quorra Vision raised $40 million last week. Growth like this shows how venture capital is flooding into "
        "robotics, with firms like Dorrance Partners leading rounds that reward new hardware.",
        "Quorra Vision raised $40 million last week. Capital keeps flowing into robotics, with funds like Dorrance "
        "Partners backing several deals a month.",
    ):
        assert _investors(text) == set()
