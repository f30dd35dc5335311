"""Where names start and end, and what is no party at all, on sentences written for these tests: an opening
preposition or verb, money and quote codes glued to a figure, "for" between two names, a legal form after a
country in brackets, a nationality said of a person, sector and creed words, reporting periods, a place or an
index named like a maker or product, and the outlet a source spoke to."""

from __future__ import annotations

import pytest

from loaders.articles.cleaning import clean
from loaders.articles.mentions import find_mentions
from loaders.articles.records import clean_surface
from loaders.articles.vocabulary import document_vocabulary
from tests.loaders.articles.conftest import price_moves, read_all, relation_triples


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Among Velt Inc suppliers, Largo Optics gained 2%.", ["Velt Inc", "Largo Optics"]),
        ("Despite Korvane warnings, Tarvik Labs rose.", ["Korvane", "Tarvik Labs"]),
        ("Taking 420 jobs out still leaves Brisk ahead.", ["Brisk"]),
        ("Boeing 737 deliveries rose in May.", ["Boeing 737"]),
        ("Today Quorra bought Careem Labs for AED11 billion.", ["Quorra", "Careem Labs"]),
        ("Tarvik sold its stake in Velt Limited for US$3 billion.", ["Tarvik", "Velt Limited"]),
        ("It is the top buyer in Asia for Korvane chips.", ["Asia", "Korvane"]),
        (
            "The Institute for Advanced Study and the Centre for Chips said so.",
            ["Institute for Advanced Study", "Centre for Chips"],
        ),
        ("FRANKFURT (Reuters) - Velt VELTGn.DE, a chip supplier, said so.", ["FRANKFURT", "Reuters", "Velt"]),
        ("Sakana Labs hired Welshman Llion Jones.", ["Sakana Labs", "Llion Jones"]),
        ("New Velmont (01234.HK) fell 2%.", ["New Velmont"]),  # the name as its exchange lists it
        ("Shares of Great Harlow (NYSE: GH) rose.", ["Great Harlow"]),
        ("New Velmont products went on sale.", ["Velmont"]),
        ("New Harlow Research cut Velt to neutral.", ["New Harlow Research", "Velt"]),  # ends in a company word
        ("Shares of New Quorra Holdings fell.", ["New Quorra Holdings"]),
        ("New Velmont Group chief executive Lena Varga spoke.", ["Velmont Group", "Lena Varga"]),  # its new head
        ("NEW YORK (Wire) - Velmont fell.", ["NEW YORK", "Velmont"]),  # a place, not a company called YORK
        ("Key Points An analyst raised the target on Velt.", ["Key Points", "Velt"]),  # an article starts words
        ("Velt Highlights The company raised prices.", ["Velt Highlights"]),
        ("Nguyen Van An said sales rose.", ["Nguyen Van An"]),  # a given name, not an article
        # a capitalised word joined to an English noun describes the company after it
        ("Shares of Glass-wafer supplier Quorra jumped.", ["Quorra"]),
        ("Quorra, like Battery-giant Orvane, fell.", ["Quorra", "Orvane"]),
        ("Velmont-brand owner Brantor fell.", ["Brantor"]),
        ("Velt chairman Park Jae-won and Eui-sun Moon spoke.", ["Velt", "Park Jae-won", "Eui-sun Moon"]),
        ("Funds poured into Harlow-rival Lucor Motors.", ["Harlow-rival Lucor Motors"]),  # read by the rivals
        ("Year-to-date Quorra has gained 40%.", ["Quorra"]),
        # a legal form after "Co." stays in the name; an offering's rule is no name
        (
            "Harlow & Co. International plc and Velt Co. Ltd ran the Regulation S deal.",
            ["Harlow & Co. International plc", "Velt Co. Ltd"],
        ),
        ("Velt & Co. The deal closed under Rule 144A.", ["Velt & Co"]),
        # a single initial inside a name
        ("The round was led by Q. Harlow Price and Velt.", ["Q. Harlow Price", "Velt"]),
        ("Velt hired Lena K. Varga as adviser.", ["Velt", "Lena K. Varga"]),
        ("Quorra raised a Series B. Velmont led it.", ["Quorra", "Velmont"]),
        ("Velt bought 9% of the K-pop agency Quorra Entertainment.", ["Velt", "Quorra Entertainment"]),
        ("Shares of smartphone IC designer Quorra Inc. fell.", ["Quorra Inc"]),  # a product acronym describes
        ("PC maker Brantor Group and OLED supplier Orvane rose.", ["Brantor Group", "Orvane"]),
        # a sentence adverb made from a common adjective, without its comma; a given name ending in -ly stays
        ("Finally Brantor shares fell.", ["Brantor"]),
        ("Notably Orvane Group advanced.", ["Orvane Group"]),
        ("Kelly Brisk and Bradley Varga spoke.", ["Kelly Brisk", "Bradley Varga"]),
        # a name that is a possessive, then its legal form; an owner's possessive before a unit's name stays one
        ("Shares of Kessel's Inc rose, as did Harlow's Corp.", ["Kessel's Inc", "Harlow's Corp"]),
        ("Tellix's Orvane unit grew.", ["Tellix", "Orvane"]),
        # a common word and a kind of bank opening the sentence describe the name after them
        ("Challenger bank Orlo Bank raised money.", ["Orlo Bank"]),
        # a service left alone once the investors before it are dropped is no name
        ("Analysts at Harlow's Investors Service cut it.", ["Harlow"]),
    ],
)
def test_where_a_name_starts_and_ends(text: str, names: list[str]) -> None:
    assert [m.text for m in find_mentions(text)] == names


def test_a_lead_in_label_with_an_apostrophe_is_no_subject() -> None:
    text = "What’s Moving: Shares of the chip companies traded lower by between 1% and 5% in Hong Kong on Monday."
    assert relation_triples(text) == set()


def test_a_registered_place_in_brackets_inside_a_legal_name_and_its_ticker() -> None:
    text = "Shares of InnoVelt (Dorrance) Technology Holding Co. Ltd. (2577.HK) rose 3% on their debut on Monday."
    assert ("InnoVelt (Dorrance) Technology Holding", "LISTED_ON", "Hong Kong Stock Exchange") in relation_triples(text)
    assert ("Velt Systems", "LISTED_ON", "Shanghai Stock Exchange") in relation_triples(
        "Shares of Velt Systems Co. Ltd (600750.SS) rose 3% on Monday after the results."
    )


def test_a_legal_form_after_a_country_in_brackets_closes_the_name() -> None:
    draft = read_all("Velt said its unit Velt Telecom International (Netherlands) B.V. raised $500 million in notes.")
    assert "Velt Telecom International (Netherlands) B.V." in {e.name for e in draft.entities}
    assert "B.V" not in {e.name for e in draft.entities}


@pytest.mark.parametrize(
    "text",
    [
        "Foodtech startup Zomex said it completed the purchase of Blinko.",
        "Libertarian President Javier Molina sided with Mercano.",
        "Velt's Q4FY21 dollar revenue was $2.1 billion.",
        "The listing was the largest on Frankfurt's blue-chip Dax index in two decades.",
        "Mira Dal, CEO and co-founder of the company told Reuters it plans to grow.",
    ],
)
def test_no_sector_creed_period_place_or_outlet_as_a_party(text: str) -> None:
    parties = {name for triple in relation_triples(text) for name in (triple[0], triple[2])}
    assert not parties & {"Foodtech", "Libertarian", "Q4FY21", "Frankfurt", "Dax", "Reuters"}


@pytest.mark.parametrize(
    "text",
    [
        "The Street expects Velt to turn a profit next year. "
        "Mira Dal, the company’s chief operating officer, has sold stock.",
        "Brantor Capital took Velt off its Top Pick List as analyst Mira Dal lowered her target to $71.",
    ],
)
def test_the_markets_analysts_and_a_brokers_list_are_no_parties(text: str) -> None:
    assert not {e.name for e in read_all(text).entities} & {"Street", "Top Pick List"}


def test_a_sector_word_leaves_the_buyer_named_after_it() -> None:
    triples = relation_triples("Foodtech startup Zomex said it completed the purchase of Blinko.")
    assert ("Zomex", "ACQUIRED", "Blinko") in triples


def test_a_move_belongs_to_the_subject_after_an_opening_phrase_not_to_the_name_inside_it() -> None:
    moves = price_moves("Among Velt Inc suppliers, Largo Optics Co (LOC), a lens maker, gained 2.03 percent.")
    assert moves == {("Largo Optics", 2.03)}


def _employees(text: str) -> set[tuple[str, object]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[a.entity], a.value) for a in draft.attributes if a.attribute == "employees"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a question inside the clause is no topic the company's headcount could go to
        (
            "It is hard to say how far Blightland is from a big listing. Omer Shai, the firm's marketing chief, "
            "said the company actually now employs 600 people.",
            set(),
        ),
        ("Wixo listed in 2013. Omer Shai, its marketing chief, said the company employs 600 people.", {("Wixo", 600)}),
        ("Velt Labs employs 300 people in Oslo.", {("Velt Labs", 300)}),
    ],
)
def test_a_headcount_is_the_companys_never_the_speakers(text: str, expected: set[tuple[str, object]]) -> None:
    assert _employees(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales of the Tundra, Jorvik's flagship SUV, rose 40% in the quarter.", set()),
        ("Shares of Velt, Korvane's biggest customer, rose 4%.", {("Velt", 4.0)}),
    ],
)
def test_a_figure_of_something_a_company_owns_is_no_move_of_its_shares(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert price_moves(text) == expected


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Quorra Announced the Redemption of Its Notes", "Quorra"),
        ("Velmont Is Fully Betting on Chips", "Velmont"),
        ("Brantor Acquired Harlow Labs", "Brantor"),
    ],
)
def test_a_headline_verb_ends_the_name_before_it(headline: str, name: str) -> None:
    text = f"{headline}\n\nIt is a firm that announced it acquired a lab; the sale was limited to Sea Limited staff."
    mentions = [m.text for m in find_mentions(text, 0, document_vocabulary(text))]
    assert mentions[0] == name and "Sea Limited" in mentions


@pytest.mark.parametrize(
    ("surface", "name"),
    [("Velt-developer Harlow Games Inc.", "Harlow Games Inc."), ("ChatBot-maker Quorra", "Quorra")],
)
def test_a_descriptor_glued_before_a_name_is_no_part_of_it(surface: str, name: str) -> None:
    assert clean_surface(surface) == name


@pytest.mark.parametrize("description", ["German rival", "Berlin-based rival", "rival"])
def test_the_name_a_possessive_describes_is_the_subject_not_its_owner(description: str) -> None:
    draft = read_all(f"Quorra's {description} Brantor raised $50 million in a Series B round.")
    names = {e.ref: e.name for e in draft.entities}
    assert {names[e.subject] for e in draft.events if e.kind.value == "FUNDING_ROUND"} == {"Brantor"}


def test_a_rival_described_by_its_nationality_competes_with_the_owner() -> None:
    assert ("Quorra", "COMPARED_TO", "Brantor") in relation_triples("Quorra's Swedish rival Brantor won a deal.")


def test_a_listing_codes_exchange_suffix_ends_no_sentence() -> None:
    text = "FRANKFURT, Nov 25 (Wirewire) - Velt VELTGn.DE, a chip supplier, said its Chief Executive Lena Varga quits."
    assert ("Lena Varga", "WORKS_AT", "Velt") in relation_triples(text)


def test_a_text_wrapped_at_a_fixed_width_keeps_its_names_whole() -> None:
    wrapped = (
        "BRANTFORD Oct 12 Velmont International\n"
        "Capital Group Limited said on Wednesday that it has\n"
        "sold HK$2 billion of zero-coupon convertible bonds,\n"
        "which were twice oversubscribed, in the first such\n"
        "bond sale from a brokerage in the city."
    )
    draft = read_all(wrapped)
    names = {entity.ref: entity.name for entity in draft.entities}
    assert [(names[e.subject], e.kind.value) for e in draft.events] == [
        ("Velmont International Capital Group", "SECURITY_ISSUE")
    ]
    # short lines that each start with a capital (headlines, a list) are no wrapped text: they stay apart
    headlines = ["Velmont Capital Group shares fell sharply", "Quorra Labs rose on Monday after its results"] * 3
    assert [line.text for line in clean("\n".join(headlines)).lines] == headlines
