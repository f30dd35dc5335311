"""Seats, listings and names a reader took from words that name no company: an index or a regulator after a
country's possessive, a nationality before another company's ticker, a company's operations in a country ("the
Kenya business"), things counted ("2,000 X-Drones") taken for the company "it" stands for, a region before an
investor, a founder's name glued to the company it founded; and a city of two words before its state ("Fort Worth,
Texas-based X"). Sentences written for these tests, fictional names."""

from __future__ import annotations

import pytest

from loaders.articles.mentions import find_mentions
from tests.loaders.articles.conftest import read_all, relation_triples


def _triples(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in relation_triples(text) if r == relation}


def _names(text: str) -> set[str]:
    return {e.name for e in read_all(text).entities}


def test_an_index_written_in_title_case_after_a_country_is_not_seated() -> None:
    text = "Taiwan's Taiex closed 1.2% lower on Friday as Tellix shares slipped."
    assert not any(s == "Taiex" for s, _ in _triples(text, "HEADQUARTERED_IN"))


def test_a_regulator_after_a_country_is_not_a_company_with_a_seat() -> None:
    text = "Norway's Financial Supervisory Commission has approved a loan to Brantor."
    assert _triples(text, "HEADQUARTERED_IN") == set()
    assert ("Velmont", "Norway") in _triples("Norway's Velmont said it would hire 200 engineers.", "HEADQUARTERED_IN")


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Fort Worth, Texas-based Orvane Freight hired 40 drivers in March.", ("Orvane Freight", "Fort Worth")),
        ("Tellix, a Santa Clara, California-based maker of sensors, cut its forecast.", ("Tellix", "Santa Clara")),
        ("Visiting Denver, Colorado-based Quorra, the minister praised its plant.", ("Quorra", "Denver")),
    ],
)
def test_a_city_of_one_or_two_words_before_its_state_is_the_seat(text: str, seat: tuple[str, str]) -> None:
    assert seat in _triples(text, "HEADQUARTERED_IN")


@pytest.mark.parametrize("nationality", ["Chilean", "Argentinean"])
def test_a_nationality_before_another_company_s_ticker_is_no_listed_company(nationality: str) -> None:
    text = f'Fans call Brantor (NYSE: BRN) "the {nationality} (NASDAQ: QRR)" of online payments.'
    assert _triples(text, "LISTED_ON") == {("Brantor", "New York Stock Exchange")}
    assert nationality not in _names(text)


def test_a_company_s_operations_in_a_country_are_not_its_seat() -> None:
    text = "Quorra opened a lab in Leeds. Sales in the Kenya business rose 30% last year, the company said."
    assert not any(place == "Kenya" for _, place in _triples(text, "HEADQUARTERED_IN"))
    based = "Quorra grew fast. The Nairobi-based business raised $5 million."
    assert ("Quorra", "Nairobi") in _triples(based, "HEADQUARTERED_IN")


def test_things_counted_at_the_head_of_a_sentence_are_not_the_company_it_stands_for() -> None:
    text = (
        "Velmont Robotics builds drones for farms. More than 2,000 Skyhawk-Drones were sold last year. "
        "It is a public firm whose stock trades on the Nasdaq."
    )
    assert _triples(text, "LISTED_ON") == {("Velmont Robotics", "Nasdaq")}


def test_a_region_before_an_investor_is_no_investor() -> None:
    text = "Quorra raised $30 million from Tellix Partners and a Gulf Coast investor."
    assert ("Gulf Coast", "Quorra") not in _triples(text, "INVESTED_IN")
    assert ("Tellix Partners", "Quorra") in _triples(text, "INVESTED_IN")


def test_a_founder_glued_to_the_company_it_founded_is_no_part_of_its_name() -> None:
    names = _names("Lena Varga-founded Orvane Health was valued at $900 million in its latest round.")
    assert "Orvane Health" in names
    assert not any("founded" in name for name in names)


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Montréal-based holding company Velmont Capital cut its stake.", ("Velmont Capital", "Montréal")),
        ("Tellix, a São Paulo-based lender, raised $50 million.", ("Tellix", "São Paulo")),
        ("Orvane is headquartered in Zürich and sells sensors.", ("Orvane", "Zürich")),
    ],
)
def test_a_place_written_with_its_accents_is_the_seat(text: str, seat: tuple[str, str]) -> None:
    assert seat in _triples(text, "HEADQUARTERED_IN")


def test_a_seven_letter_market_code_and_codes_parted_by_a_slash_are_each_a_listing() -> None:
    assert ("Tellix Holdings", "OTCMKTS") in _triples(
        "Analysts at Harlow upgraded Tellix Holdings (OTCMKTS:TLXHY) to buy on Tuesday.", "LISTED_ON"
    )
    listed = _triples("Orvane AG (FSE: ORV / OTCQX: ORVNY) priced a hybrid bond on Monday.", "LISTED_ON")
    assert listed == {("Orvane", "Frankfurt Stock Exchange"), ("Orvane", "OTCQX")}


@pytest.mark.parametrize(
    "text",
    [
        "Brantor's Frankfurt IPO is expected to raise $300 million for its cloud unit.",
        "Brantor, set to debut in Frankfurt on Friday, priced its shares at the top of the range.",
        "Brantor's IPO on the Shenzhen Stock Exchange was suspended by regulators in March.",
    ],
)
def test_an_offering_still_ahead_or_stalled_lists_nothing(text: str) -> None:
    assert _triples(text, "LISTED_ON") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Brantor's Frankfurt IPO raised $300 million last week.",
        "Brantor, listed on the Nasdaq, will report results on Monday.",
        "Brantor, which listed in Hong Kong in 2020, will open a plant in Poland.",
    ],
)
def test_an_offering_done_still_lists_the_company_whatever_follows(text: str) -> None:
    assert {s for s, _ in _triples(text, "LISTED_ON")} == {"Brantor"}


def test_the_outlet_a_source_told_is_not_the_company_the_report_is_about() -> None:
    text = (
        "Quorra raised $100 million in May. People familiar with the matter told Dorrance that the "
        "four-year-old startup is now valued at more than $3 billion."
    )
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    valued = {names.get(e.subject) for e in draft.events if e.kind.value == "VALUATION"}
    assert valued == {"Quorra"}
    assert "Dorrance" not in names.values()


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Last week Quorra, a startup out of Kenya that runs a mobile bank, raised $10 million.", ("Quorra", "Kenya")),
        (
            "The round is led by Tellix Partners, the VC out of Europe, with Orvane joining.",
            ("Tellix Partners", "Europe"),
        ),
        (
            "The Velmont Research Institute (VRI), a research centre based in Abu Dhabi, released a model.",
            (
                "Velmont Research Institute",
                "Abu Dhabi",
            ),
        ),
        (
            "Velmont invested in Brantor Holdings (BH), the Abu Dhabi–based AI company.",
            ("Brantor Holdings", "Abu Dhabi"),
        ),
        ("Dorrance agreed to buy U.K.-based chip business Tellix for $5 billion.", ("Tellix", "United Kingdom")),
        ("Meanwhile Orvane, another Shenzhen giant established in 2012, showed a robot.", ("Orvane", "Shenzhen")),
        ("Lena Varga posted the news on Chinese video platform Tellix on Monday.", ("Tellix", "China")),
    ],
)
def test_seats_said_out_of_a_place_after_a_short_form_with_an_en_dash_or_another_description(
    text: str, seat: tuple[str, str]
) -> None:
    assert seat in _triples(text, "HEADQUARTERED_IN")


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Several technology companies listed on the Tokyo Stock Exchange, including Quorra and Velmont Robotics, "
            "issued bonds this year.",
            {("Quorra", "Tokyo Stock Exchange"), ("Velmont Robotics", "Tokyo Stock Exchange")},
        ),
        (
            "Its margins sit between those of fellow Nasdaq-listed heavyweights Brantor and Tellix.",
            {("Brantor", "Nasdaq"), ("Tellix", "Nasdaq")},
        ),
    ],
)
def test_every_company_a_listed_plural_names_is_listed(text: str, listed: set[tuple[str, str]]) -> None:
    assert _triples(text, "LISTED_ON") == listed


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bankers did not know what to make of Quorra results.", "Bankers"),
        ("Economists did not know what to make of Quorra results.", "Economists"),
        ("Whichever read you take, Quorra did well.", "Whichever"),
        ("Pre-Covid, the churn was low at Quorra.", "Pre-Covid"),
    ],
)
def test_a_word_opening_a_sentence_names_nothing(text: str, word: str) -> None:
    assert [m.text for m in find_mentions(text)] == ["Quorra"]


def test_a_time_word_or_a_law_opening_a_clause_is_no_employer_or_party() -> None:
    post = "Post-Covid, the churn spread to engineers, who quit in droves. Its deputy CFO Hal Brisk resigned."
    assert _triples(post, "WORKS_AT") == set()
    law = (
        "Funds stayed frozen after the city's Fair Trading and Consumer Protection Act froze them when Quorra "
        "wired $7.5 million into accounts held by two clients, Tellix Trading Co and Velmont Trading Co."
    )
    assert not any(name.startswith(("Fair Trading", "Consumer")) for name in _names(law))


def test_an_event_named_after_a_company_is_not_where_its_chief_works() -> None:
    text = (
        "Velmont Motors unveiled a sedan on Saturday. At the company's annual “VM Day” in the city of Lyon, "
        "Chief Executive Hal Brisk said the sedan would ship next year."
    )
    assert _triples(text, "WORKS_AT") == {("Hal Brisk", "Velmont Motors")}


def test_a_listing_adjective_before_a_seat_adjective_lists_the_company_after_both() -> None:
    text = "Its alumni founded NYSE-listed, U.S.-based Quorra Networks Inc. and several smaller start-ups."
    assert ("Quorra Networks", "New York Stock Exchange") in _triples(text, "LISTED_ON")
    assert ("Quorra Networks", "United States") in _triples(text, "HEADQUARTERED_IN")


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Now headquartered in Lyon and publicly listed in Hong Kong, Quorra is the largest maker of sensors.",
            ("Quorra", "Hong Kong Stock Exchange"),
        ),
        ("Listed in Shanghai since 2019, Tellix makes chips for cars.", ("Tellix", "Shanghai Stock Exchange")),
    ],
)
def test_a_fronted_listing_phrase_lists_the_subject_after_its_comma(text: str, listed: tuple[str, str]) -> None:
    assert _triples(text, "LISTED_ON") == {listed}


def test_a_fronted_phrase_listing_something_else_lists_no_company() -> None:
    assert _triples("Listed in the annual ranking, Quorra was named a leader.", "LISTED_ON") == set()


def test_a_described_company_opening_a_sentence_is_the_one_the_sentence_before_opened_with() -> None:
    text = (
        "Harlow Securities cut its rating on Velmont. Quorra (NYSE: QR) posted results on Monday. "
        "The software company based in Singapore posted a wider loss."
    )
    assert _triples(text, "HEADQUARTERED_IN") == {("Quorra", "Singapore")}
    assert _triples("Quorra acquired the startup based in Lyon last year.", "HEADQUARTERED_IN") == set()


def test_and_between_two_descriptions_after_a_seat_still_seats_the_name() -> None:
    text = "Oslo-based freight and insurance company Quorra Ltd sold $350 million of bonds."
    assert ("Quorra", "Oslo") in _triples(text, "HEADQUARTERED_IN")
