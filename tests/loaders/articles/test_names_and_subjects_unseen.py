"""Names and subjects in phrasings the extractor had not seen (sentences written for these tests, fictional names):
a place compound before "shares" ("Hong Kong-traded") is no company, a spread in basis points and an amount in a
currency letter ("R3.8 billion") are no names, a title before a department ("SVP of Engineering") is no employer,
a brand or product before "owner"/"maker" describes the company after it, and "the company" in a clause of its own
is the company the sentence named before it."""

from __future__ import annotations

from graph.model import EntityKind, EventKind
from loaders.articles.builder import DraftBuilder
from loaders.articles.gazetteer import GazetteerIndex
from loaders.articles.mentions import find_mentions
from loaders.articles.name_stops import is_stop
from loaders.articles.name_tokens import is_name_token
from loaders.drafts import EventDraft
from tests.loaders.articles.conftest import price_moves, read_all, relation_triples


def _entity_names(text: str) -> set[str]:
    return {e.name for e in read_all(text).entities}


def test_a_place_compound_before_shares_leaves_the_owner_as_the_mover() -> None:
    text = "Velmont Motors' Hong Kong-traded shares jumped 5.36 percent to HK$112 as of press time on Tuesday."
    assert price_moves(text) == {("Velmont Motors", 5.36)}


def test_a_spread_in_basis_points_is_no_name() -> None:
    assert not any(is_name_token(token) for token in ("75bps", "95bp", "5bn"))
    text = (
        "Quorra Group sold bonds in three 500 million-euro tranches, with seven-year debt priced at around 75bps "
        "and a 12-year maturity in the 95bps area."
    )
    assert not {"75bps", "95bps"} & _entity_names(text)


def test_an_amount_in_a_currency_letter_is_no_name_and_a_unit_s_value_is_not_its_buyer_s() -> None:
    text = (
        "Brantor Payments is investing up to R3.8 billion ($200 million) into Tellix's fintech unit, which is "
        "valued at R98.8 billion."
    )
    draft = read_all(text)
    assert "R3.8" not in {e.name for e in draft.entities}
    assert not [e for e in draft.events if e.kind.value == "VALUATION"]


def test_a_title_before_a_department_names_no_employer() -> None:
    assert "SVP of Engineering" not in _entity_names(
        "On Tuesday, Quorra said that Hal Brisk, its SVP of Engineering in charge of search, was stepping down."
    )
    assert ("Lena Varga", "WORKS_AT", "Tellix Systems") in relation_triples(
        "Lena Varga, EVP of Sales at Tellix Systems, said demand was strong in the second quarter."
    )


def test_a_brand_before_owner_describes_the_company_that_moved() -> None:
    text = "Velt owner Orvane Group meanwhile rose 3.7% after reporting 7% sales growth in the first quarter."
    assert price_moves(text) == {("Orvane Group", 3.7)}


def test_a_line_of_goods_opening_the_sentence_is_no_product() -> None:
    assert not [
        t
        for t in relation_triples("Sportswear maker Brantor rose 3.35% after the baseball star was named the best.")
        if t[1] == "DEVELOPED"
    ]
    assert ("Quorra Labs", "DEVELOPED", "Velbot") in relation_triples(
        "Velbot creator Quorra Labs said on Monday it had raised $300 million from Harlow Ventures."
    )


def test_the_company_in_a_clause_of_its_own_is_the_one_named_before() -> None:
    text = "Hal Brisk had joined Quorra in 2010 after the company acquired his startup Velmont Technologies."
    triples = relation_triples(text)
    assert ("Quorra", "ACQUIRED", "Velmont Technologies") in triples
    assert not [t for t in triples if t[1] == "ACQUIRED" and t[0] != "Quorra"]


def test_a_contract_with_itself_is_dropped_and_a_round_keeps_only_other_investors() -> None:
    text = "Quorra signed a deal."
    builder = DraftBuilder(text, GazetteerIndex({}))
    quorra = builder.entity("Quorra", EntityKind.ORGANIZATION)
    harlow = builder.entity("Harlow Capital", EntityKind.ORGANIZATION)
    assert quorra is not None and harlow is not None
    span = builder.span(0, len(text))
    builder.event(
        EventDraft(kind=EventKind.CONTRACT, subject=quorra, summary="deal", participants=(quorra,), span=span),
        ("contract",),
    )
    builder.event(
        EventDraft(
            kind=EventKind.FUNDING_ROUND, subject=quorra, summary="round", participants=(quorra, harlow), span=span
        ),
        ("round",),
    )
    assert list(builder.events) == [("round",)]
    assert builder.events[("round",)].participants == (harlow,)


def test_a_named_company_s_business_valued_in_a_relative_clause_is_not_the_company() -> None:
    text = "Harlow agreed to take a minority stake in its payments business, which the company values at $5 billion."
    assert not [e for e in read_all(text).events if e.kind.value == "VALUATION"]


def test_a_legal_form_s_full_stop_does_not_end_a_list() -> None:
    text = "Quorra raised $50 million from Tellix Inc. and Velmont Capital in a round that closed on Monday."
    triples = relation_triples(text)
    assert {("Tellix", "INVESTED_IN", "Quorra"), ("Velmont Capital", "INVESTED_IN", "Quorra")} <= triples


def test_the_startup_is_the_company_the_text_just_described_by_its_founding() -> None:
    text = (
        "Harlow said it has made a small investment in the French firm. Harlow has worked mostly with Orvane, "
        "investing $13 billion in the California startup. Quorra, formed in early 2023 by former engineers at "
        "Brantor, has positioned itself as a European champion. In December, the startup closed a $415 million "
        "round from a range of investors, including Tellix Inc. and Velmont Corp."
    )
    triples = relation_triples(text)
    assert {("Tellix", "INVESTED_IN", "Quorra"), ("Velmont", "INVESTED_IN", "Quorra")} <= triples
    assert not [t for t in triples if t[1] == "INVESTED_IN" and t[2] == "Harlow"]


def test_a_title_closing_a_name_run_is_no_part_of_the_company() -> None:
    assert [m.text for m in find_mentions("Hal Brisk resigned as Quorra Managing Director and CEO on Friday.")] == [
        "Hal Brisk",
        "Quorra",
    ]
    assert [
        m.text for m in find_mentions("Quorra Executive Director Hal Brisk met Tellix Managing Partner Ada Moss.")
    ] == [
        "Quorra",
        "Hal Brisk",
        "Tellix",
        "Ada Moss",
    ]


def test_a_section_heading_is_no_company() -> None:
    builder = DraftBuilder("", GazetteerIndex({}))
    for heading in ("Market Implications", "Key Takeaways", "Strategic Benefits"):
        assert builder.entity(heading, EntityKind.ORGANIZATION) is None
    assert builder.entity("Quorra Systems", EntityKind.ORGANIZATION) is not None


def test_an_index_named_with_a_year_shaped_number_keeps_it() -> None:
    assert price_moves("The small-cap Russell 2000 rose 1.2% on Tuesday, while Quorra gained 3% after results.") == {
        ("Russell 2000", 1.2),
        ("Quorra", 3.0),
    }
    assert [m.text for m in find_mentions("Hal Russell 2020 was a good year for the firm.")] == ["Hal Russell"]


def test_a_market_s_size_is_not_the_value_of_a_contract() -> None:
    text = (
        "Tellix Payments signed an agreement with a Spanish rewards provider, its first move in a growth industry "
        "worth $30 billion per year in the region."
    )
    contracts = [e for e in read_all(text).events if e.kind == EventKind.CONTRACT]
    assert contracts and all(e.amount is None for e in contracts)


def test_openings_and_labels_are_no_part_of_a_name() -> None:
    cases = {
        "Following Quorra's $40 million round last month, Tellix raised $5 million.": ["Quorra", "Tellix"],
        "Marrow Partners for IPO mandates won the deal.": ["Marrow Partners"],
        "Earnings Preview Quenby Logistics shares rose on Monday.": ["Quenby Logistics"],
        "Key Takeaways Velmont Robotics raised money from Harlow.": ["Velmont Robotics", "Harlow"],
        "Sovereign wealth fund Harlow Capital led the round.": ["Harlow Capital"],
    }
    for text, names in cases.items():
        assert [m.text for m in find_mentions(text)] == names, text


def test_a_place_describing_a_start_up_is_kept_for_its_seat() -> None:
    text = "Singapore start-up Liquid Tellix expanded. Sovereign fund Harlow Capital led."
    assert not is_stop("Singapore", 0, text, frozenset())
    assert is_stop("Sovereign", text.index("Sovereign"), text, frozenset())


def test_a_participle_used_as_an_adjective_names_no_buyer() -> None:
    text = (
        "Research firm Harlow Capital released a report on the stock, claiming its newly acquired Velmont business "
        "is bleeding accounts."
    )
    assert not [t for t in relation_triples(text) if t[1] == "ACQUIRED"]
