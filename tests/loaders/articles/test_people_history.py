"""Who works where, who founded what and where a company sits, in phrasings news uses that the other tests do not
cover (fictional names, sentences written here): founders whose employer runs into their name, a board's members,
a place's possessive opening a sentence, relative clauses of running a firm, titles said with a verb, quote
speakers."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all, relation_triples


def test_a_founder_whose_former_employer_runs_into_the_name() -> None:
    text = "Pellucid Systems was founded by former researcher at Gravemont Partners Ilan Fosse."
    assert ("Ilan Fosse", "FOUNDED", "Pellucid Systems") in relation_triples(text)
    assert employment(text) == {("Ilan Fosse", "Gravemont Partners"): True}


def test_a_glued_founder_then_a_second_one() -> None:
    text = "Pellucid Systems was founded in 2019 by former engineer at Quillmark Robotics Ilan Fosse and Dara Menzel."
    triples = relation_triples(text)
    assert {("Ilan Fosse", "FOUNDED", "Pellucid Systems"), ("Dara Menzel", "FOUNDED", "Pellucid Systems")} <= triples
    assert employment(text) == {("Ilan Fosse", "Quillmark Robotics"): True}


def test_founders_described_with_an_ex_employer() -> None:
    text = "Pellucid Systems was founded by ex-Gravemont Partners researchers Ilan Fosse and Dara Menzel."
    founded = {(s, o) for s, kind, o in relation_triples(text) if kind == "FOUNDED"}
    assert founded == {("Ilan Fosse", "Pellucid Systems"), ("Dara Menzel", "Pellucid Systems")}


def test_a_singular_former_title_is_the_first_persons_alone() -> None:
    text = "Kestrova was co-founded by former Brightwater Robotics engineer Dara Menzel and Ilan Fosse in 2021."
    assert employment(text) == {("Dara Menzel", "Brightwater Robotics"): True}
    plural = "Kestrova was founded by former Brightwater Robotics engineers Dara Menzel and Ilan Fosse in 2021."
    assert set(employment(plural)) == {("Dara Menzel", "Brightwater Robotics"), ("Ilan Fosse", "Brightwater Robotics")}


def test_a_board_member_serves_the_company() -> None:
    text = "The event was attended by Ilan Fosse, Chairman of the Board of Velquor Holdings, and others."
    assert set(employment(text)) == {("Ilan Fosse", "Velquor Holdings")}


def test_a_place_possessive_opening_the_sentence_seats_the_described_company() -> None:
    text = "Singapore's tech unicorn Zentrova Labs said it would cut 10% of its staff."
    assert ("Zentrova Labs", "HEADQUARTERED_IN", "Singapore") in relation_triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korvan Bank's chief economist Ruth Ellery said inflation would ease.", {("Ruth Ellery", "Korvan Bank")}),
        (
            "Korvan Bank chief investment strategist Ruth Ellery said stocks would rise.",
            {("Ruth Ellery", "Korvan Bank")},
        ),
        (
            '"It is the first step," Odo Brack, Velquor\'s chief AI scientist, said in a statement.',
            {("Odo Brack", "Velquor")},
        ),
        ('"Quorra Labs is undervalued," said Dara Menzel of Brisk Securities.', {("Dara Menzel", "Brisk Securities")}),
    ],
)
def test_economists_scientists_and_quoted_speakers(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(employment(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dara Menzel, who runs Quorra Labs, said sales doubled.", {("Dara Menzel", "Quorra Labs")}),
        (
            "Dara Menzel, who heads Quorra Labs' European business, said sales doubled.",
            {("Dara Menzel", "Quorra Labs")},
        ),
        (
            "Dara Menzel, who leads the robotics team at Quorra Labs, said sales doubled.",
            {("Dara Menzel", "Quorra Labs")},
        ),
        ("Dara Menzel, who leads Quorra Labs' investment in Velquor, said sales doubled.", set()),
        ("Dara Menzel, who runs Quorra Labs' rival Velquor Systems, said sales doubled.", set()),
        ("Dara Menzel, who oversees Asia for Quorra Labs, said sales doubled.", set()),
        ("Dara Menzel, who manages Quorra Labs' largest shareholder, Tarvel Capital, said it was fine.", set()),
    ],
)
def test_who_runs_a_firm_works_there(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(employment(text)) == expected


def test_a_moved_headquarters_is_the_new_seat_unless_denied() -> None:
    moved = "Pellucid Systems moved its headquarters from Lyon to Paris last year."
    assert {(s, o) for s, kind, o in relation_triples(moved) if kind == "HEADQUARTERED_IN"} == {
        ("Pellucid Systems", "Paris")
    }
    for text in (
        "Pellucid Systems denied it had moved its headquarters to Singapore.",
        "Pellucid Systems plans to move its headquarters to Berlin.",
    ):
        assert not any(kind == "HEADQUARTERED_IN" for _, kind, _ in relation_triples(text))


def test_a_move_from_one_city_is_no_seat_of_the_other() -> None:
    text = "Korvan Bank moved to Tarnwick from Bonn."
    assert not any(kind == "HEADQUARTERED_IN" for _, kind, _ in relation_triples(text))


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Quorra Labs said revenue rose. Its chief executive, Ilan Fosse, said growth would continue.", False),
        ("Quorra Labs said revenue rose. The company's chief executive, Ilan Fosse, said it would grow.", False),
        ("Quorra Labs said revenue rose, according to Ilan Fosse, the company's CFO.", False),
        ("Quorra Labs said its former chief executive, Ilan Fosse, had left.", True),
    ],
)
def test_its_title_then_the_name_set_off_by_commas(text: str, former: bool) -> None:
    assert employment(text) == {("Ilan Fosse", "Quorra Labs"): former}


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Ilan Fosse is the CEO of Velquor Holdings.", False),
        ("Ilan Fosse has been Velquor Holdings' chief executive since 2019.", False),
        ("Ilan Fosse, 52, became chief executive of Velquor Holdings in 2019.", False),
        ("Ilan Fosse took over as chief executive of Velquor Holdings in 2019.", False),
        ("Ilan Fosse is now director of research at Velquor Holdings.", False),
        ("Ilan Fosse served as chief executive of Velquor Holdings from 2015 to 2019.", True),
        ("Ilan Fosse was chief executive of Velquor Holdings until 2020.", True),
    ],
)
def test_a_title_said_with_a_verb(text: str, former: bool) -> None:
    assert employment(text) == {("Ilan Fosse", "Velquor Holdings"): former}


@pytest.mark.parametrize(
    "text",
    [
        "Ilan Fosse, whose sister is the CEO of Velquor Holdings, said the outlook was weak.",
        "Ilan Fosse is expected to become chief executive of Velquor Holdings.",
        "Ilan Fosse is an adviser to Velquor Holdings.",
        "Ilan Fosse, the son-in-law of Dara Menzel, is chairman of Velquor Holdings.",
    ],
)
def test_a_title_that_is_someone_elses_or_not_held(text: str) -> None:
    assert employment(text) == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Velquor Holdings, a Hefei, China-based battery maker, raised funds.", "Hefei"),
        ("Velquor Holdings is a drone maker based out of Singapore.", "Singapore"),
        ("Velquor Holdings, based out of Singapore, raised funds.", "Singapore"),
    ],
)
def test_more_ways_to_say_where_a_company_is_based(text: str, place: str) -> None:
    assert {(s, o) for s, kind, o in relation_triples(text) if kind == "HEADQUARTERED_IN"} == {
        ("Velquor Holdings", place)
    }


def test_a_maker_described_inside_a_phrase_is_not_the_subjects_seat() -> None:
    text = "Velquor Holdings is an investor in a drone maker based in Singapore."
    assert not any(kind == "HEADQUARTERED_IN" for _, kind, _ in relation_triples(text))


def test_a_title_before_a_listed_name_is_that_names() -> None:
    text = "Backers include Tarvel founder Odo Brack, Velquor chief AI scientist Yann LeDrue and others."
    assert ("Odo Brack", "Velquor") not in employment(text)


def test_founders_named_after_with_and_a_description() -> None:
    text = (
        "Quorra Labs was founded by former researcher at Velquor Ilan Fosse with former Tarvel researchers, "
        "Odo Brack and Dara Menzel."
    )
    founded = {s for s, kind, o in relation_triples(text) if kind == "FOUNDED" and o == "Quorra Labs"}
    assert founded == {"Ilan Fosse", "Odo Brack", "Dara Menzel"}
    assert employment(text)[("Ilan Fosse", "Velquor")] is True


@pytest.mark.parametrize(
    "text",
    [
        "Quorra Labs was founded in 2012 by Ilan Fosse, with investors Odo Brack and Dara Menzel providing money.",
        "Quorra Labs was founded by Ilan Fosse with the help of Odo Brack.",
    ],
)
def test_people_with_a_founder_who_are_not_founders(text: str) -> None:
    founded = {s for s, kind, o in relation_triples(text) if kind == "FOUNDED"}
    assert founded == {"Ilan Fosse"}


@pytest.mark.parametrize(
    "text",
    [
        "Thessaly Motors spun off its battery division as Anvera Power in 2019.",
        "Thessaly Motors spun off Anvera Power in 2019.",
        "Thessaly Motors completed the spin-off of Anvera Power in 2019.",
    ],
)
def test_a_parent_spinning_off_a_company(text: str) -> None:
    spun = {(s, o) for s, kind, o in relation_triples(text) if kind == "SPUN_OFF_FROM"}
    assert spun == {("Anvera Power", "Thessaly Motors")}


@pytest.mark.parametrize(
    "text",
    [
        "Thessaly Motors plans to spin off Anvera Power next year.",
        "Thessaly Motors denied it would spin off Anvera Power.",
    ],
)
def test_a_planned_or_denied_spin_off_is_no_fact(text: str) -> None:
    assert not any(kind == "SPUN_OFF_FROM" for _, kind, _ in relation_triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ilan Fosse, who is the CEO of Quorra Labs' largest customer Velquor, said demand was soft.",
        "Ilan Fosse is the CEO of Quorra Labs' parent, Velquor Holdings.",
        "Ilan Fosse has been chief executive of Quorra Labs' parent company since 2019.",
    ],
)
def test_the_head_of_a_firms_parent_or_customer_is_not_its_staff(text: str) -> None:
    assert ("Ilan Fosse", "Quorra Labs") not in employment(text)


def test_the_head_of_a_firms_unit_works_at_the_firm() -> None:
    assert employment("Ilan Fosse became the CEO of Quorra Labs' US unit in 2020.") == {
        ("Ilan Fosse", "Quorra Labs"): False
    }


def test_a_past_founder_founded_the_firm_still() -> None:
    text = "Ilan Fosse was chief executive and co-founder of Quorra Labs."
    assert ("Ilan Fosse", "FOUNDED", "Quorra Labs") in relation_triples(text)
    assert employment(text) == {("Ilan Fosse", "Quorra Labs"): True}


def test_two_founders_before_who_founded() -> None:
    text = "Ilan Fosse and Dara Menzel, who founded Quorra Labs in 2015, met at Velquor."
    founded = {s for s, kind, o in relation_triples(text) if kind == "FOUNDED" and o == "Quorra Labs"}
    assert founded == {"Ilan Fosse", "Dara Menzel"}


def test_a_co_founder_with_a_chief_officer_title() -> None:
    text = "Quorra Labs co-founder and chief technology officer Dara Menzel said sales rose."
    assert ("Dara Menzel", "FOUNDED", "Quorra Labs") in relation_triples(text)
    assert employment(text) == {("Dara Menzel", "Quorra Labs"): False}


def test_the_firm_a_relative_clause_says_spun_off_a_company() -> None:
    text = (
        "Tarvel began as a venture between the government and Korvan Holdings NV, the Dutch giant that eventually "
        "spun off Pellucid Systems."
    )
    spun = {(s, o) for s, kind, o in relation_triples(text) if kind == "SPUN_OFF_FROM"}
    assert spun == {("Pellucid Systems", "Korvan Holdings")}


def test_the_head_of_a_universitys_lab_is_at_the_university() -> None:
    text = "Dr. Ilan Fosse, head of Harlow University's Robotics Lab, founded Quorra Labs in 1990."
    assert set(employment(text)) == {("Ilan Fosse", "Harlow University")}


def test_who_leads_a_known_product_works_at_no_product() -> None:
    text = "Quorra Labs released Zephyr 3, its new chatbot. Dara Menzel, who leads Zephyr 3, said it was fast."
    assert employment(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Former Brightwater Robotics engineer Dara Menzel founded Kestrova.",
        "Ex-Brightwater Robotics engineer Dara Menzel founded Kestrova.",
    ],
)
def test_a_former_employer_opening_the_sentence(text: str) -> None:
    assert employment(text) == {("Dara Menzel", "Brightwater Robotics"): True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quorra named a new chief executive after the resignation of Chairman Lena Varga.", {True}),
        ("Quorra named a new chief executive after the departure of Chief Executive Lena Varga.", {True}),
        ("Quorra named a new chief executive after the death of Chairman Lena Varga.", set()),
    ],
)
def test_a_job_named_with_its_end_is_a_former_job_or_none(text: str, expected: set) -> None:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    jobs = [r for r in draft.relations if r.type.value == "WORKS_AT" and names[r.subject] == "Lena Varga"]
    assert {bool(r.properties.get("former")) for r in jobs} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorra appointed Ines Braga, previously chief financial officer at Brantor, as its new finance chief.",
        "Ines Braga, Brantor's head of sales until 2021, now runs a fund.",
        "Ines Braga, head of sales at Brantor until 2021, now runs a fund.",
    ],
)
def test_an_appositive_title_that_has_ended_is_a_former_job(text: str) -> None:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    jobs = [r for r in draft.relations if r.type.value == "WORKS_AT" and names[r.object] == "Brantor"]
    assert jobs and all(r.properties.get("former") for r in jobs)
