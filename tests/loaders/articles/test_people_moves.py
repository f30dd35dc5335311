"""Founders, jobs, moves and seats in more phrasings news uses (sentences written here, fictional names): founders
named in a relative clause, a former title in an appositive, descriptions before a firm's name, moves between
employers, seats said with "whose headquarters", and a quote that closes in a later sentence."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all, relation_triples


def _founders(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "FOUNDED"}


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmora, which Ilan Fosse and Dara Menzel started in a garage in 2016, now employs 300 people.",
            {("Ilan Fosse", "Velmora"), ("Dara Menzel", "Velmora")},
        ),
        ("Quorvane, which Ilan Fosse co-founded in May 2015, sells robots.", {("Ilan Fosse", "Quorvane")}),
        ("Dara Menzel, one of Zentrova's founders, said the firm would expand.", {("Dara Menzel", "Zentrova")}),
        ("Ilan Fosse, one of the co-founders of Quorvane, said sales rose.", {("Ilan Fosse", "Quorvane")}),
        (
            "Quorvane was started by Deena Holt, Marek Pask and Ilan Fosse.",
            {("Deena Holt", "Quorvane"), ("Marek Pask", "Quorvane"), ("Ilan Fosse", "Quorvane")},
        ),
        ("Quorvane was formed in 2015 by Ilan Fosse.", {("Ilan Fosse", "Quorvane")}),
        ("Ilan Fosse, who started Quorvane in 2015, said demand was strong.", {("Ilan Fosse", "Quorvane")}),
        ("Ilan Fosse, who set up Quorvane in 2015, said demand was strong.", {("Ilan Fosse", "Quorvane")}),
        ("Ilan Fosse, 42, founded Quorvane in 2015.", {("Ilan Fosse", "Quorvane")}),
        (
            "Zentrova's co-founders, Ilan Fosse and Dara Menzel, said the company was profitable.",
            {("Ilan Fosse", "Zentrova"), ("Dara Menzel", "Zentrova")},
        ),
        (
            "The founders of Zentrova, Ilan Fosse and Dara Menzel, met at university.",
            {("Ilan Fosse", "Zentrova"), ("Dara Menzel", "Zentrova")},
        ),
        (
            "Zentrova was founded in 2015 by three former Quillmark engineers: Ilan Fosse, Dara Menzel and Marek Pask.",
            {("Ilan Fosse", "Zentrova"), ("Dara Menzel", "Zentrova"), ("Marek Pask", "Zentrova")},
        ),
    ],
)
def test_founders_named_in_a_relative_clause_a_partitive_or_after_started_by(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _founders(text) == expected


def test_the_relative_clause_dates_the_founding() -> None:
    draft = read_all("Quorvane, which Ilan Fosse and Dara Menzel co-founded in May 2015, sells robots.")
    assert {str(e.founded_on) for e in draft.entities if e.founded_on} == {"2015-05"}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvane, which Ilan Fosse joined in 2016, sells robots.",
        "Quorvane, which Ilan Fosse said was profitable, sells robots.",
        "The project was started by Deena Holt in 2019.",
        "Ilan Fosse, one of Quorvane's biggest investors, said sales rose.",
        "Quorvane was formed by the merger of Korvan Systems and Brightwater Analytics.",
        "Quorvane was founded in 2001 by the merger of Korvan Systems and Brightwater Analytics.",
        "Zentrova's founders, investors and staff met in Lisbon.",
    ],
)
def test_no_founder_from_other_relative_clauses_or_things_started(text: str) -> None:
    assert _founders(text) == set()


def test_a_former_title_in_a_possessive_appositive_is_a_former_job() -> None:
    text = "Ilan Fosse, Zentrova's former chief financial officer, was charged with fraud."
    assert employment(text) == {("Ilan Fosse", "Zentrova"): True}


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Rhea Tamsin, the 61-year-old founder and CEO of Zentrova Co., said sales rose.",
            "Rhea Tamsin",
            "Zentrova",
        ),
        (
            "Odo Brack, co-founder and CEO of Lisbon-based farm robotics firm Quorvane, spoke at the fair.",
            "Odo Brack",
            "Quorvane",
        ),
        (
            "Ilan Fosse, chief executive of Nasdaq-listed chip designer Zentrova, said sales rose.",
            "Ilan Fosse",
            "Zentrova",
        ),
        ("Ilan Fosse is currently Zentrova's chief operating officer.", "Ilan Fosse", "Zentrova"),
    ],
)
def test_a_title_read_through_an_age_or_a_description_of_the_firm(text: str, person: str, org: str) -> None:
    assert employment(text).get((person, org)) is False


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Ilan Fosse founded Zentrova in 2019 after leaving Brightwater Analytics.",
            "Ilan Fosse",
            "Brightwater Analytics",
        ),
        (
            "After leaving Brightwater Analytics in 2018, Ilan Fosse founded Zentrova.",
            "Ilan Fosse",
            "Brightwater Analytics",
        ),
        ("Ilan Fosse, who joined Zentrova from Quillmark in 2021, leads its chip team.", "Ilan Fosse", "Quillmark"),
        ("Ilan Fosse joined Zentrova from rival Quillmark last month.", "Ilan Fosse", "Quillmark"),
        (
            "Morris Kell set out on his own in 2004 after an 18-year career at Quillmark Instruments.",
            "Morris Kell",
            "Quillmark Instruments",
        ),
        (
            "Ilan Fosse was previously an executive at rival drone software company Quillmark.",
            "Ilan Fosse",
            "Quillmark",
        ),
        (
            "Zentrova hired Dara Menzel, a former global marketing officer at Quillmark, in May.",
            "Dara Menzel",
            "Quillmark",
        ),
        ("Before joining Zentrova, Ilan Fosse worked at Quillmark for eight years.", "Ilan Fosse", "Quillmark"),
        ("Ilan Fosse, who previously ran Quillmark, joined Zentrova.", "Ilan Fosse", "Quillmark"),
        ("Ilan Fosse, who headed Quillmark from 2010 to 2018, joined Zentrova.", "Ilan Fosse", "Quillmark"),
        ("Ilan Fosse, who led Quillmark for a decade, joined Zentrova.", "Ilan Fosse", "Quillmark"),
        ("Ilan Fosse was ousted as Quillmark's chief executive in 2020.", "Ilan Fosse", "Quillmark"),
        (
            "Zentrova was founded in 2015 by three former Quillmark engineers: Ilan Fosse, Dara Menzel and Marek Pask.",
            "Marek Pask",
            "Quillmark",
        ),
    ],
)
def test_a_former_employer_named_through_a_move_or_a_past_post(text: str, person: str, org: str) -> None:
    assert employment(text).get((person, org)) is True


@pytest.mark.parametrize(
    "text",
    [
        "Investors who joined the round from Japan included Korvan Capital.",
        "After leaving Japan, Ilan Fosse founded Zentrova.",
        "Zentrova signed a deal with Korvan after leaving the talks with Quillmark.",
        "Ilan Fosse, who led Quillmark to a record year, joined the board.",
        "Ilan Fosse, who led Quillmark's Series A round, joined the board.",
    ],
)
def test_no_former_employer_from_a_place_or_a_firm_that_moves(text: str) -> None:
    assert not any(former for former in employment(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Zentrova, whose headquarters is in Lisbon, makes drones for farmers.",
        "Zentrova has its head office in Lisbon.",
        "Zentrova's headquarters are in Lisbon.",
        "Zentrova is headquartered in the Portuguese capital Lisbon.",
        "Zentrova, founded in 2019 and headquartered in Lisbon, makes drones.",
        "Korvan also backed a second Lisbon-based AI startup, Zentrova, last year.",
        "Lisbon-headquartered Portuguese drone maker Zentrova hired 40 engineers.",
        "Korvan licensed its engine to Lisbon-based gaming studio Zentrova.",
        "Now headquartered in Lisbon and traded in Madrid, Zentrova employs 900 people.",
    ],
)
def test_more_ways_to_name_a_seat(text: str) -> None:
    assert _seats(text) - {("Zentrova", "Portugal")} == {("Zentrova", "Lisbon")}  # "Portuguese drone maker": both


@pytest.mark.parametrize(
    "text",
    [
        "Zentrova plans to move its headquarters to Madrid.",
        "Zentrova, with offices in Lisbon and Madrid, makes drones for farmers.",
        "Zentrova's headquarters was in Lisbon until last year.",
        "Lisbon-based investors, including Zentrova, bought shares.",
        "Lisbon-based startups, Zentrova and Korvan, raised money.",
        "As a wholly owned unit of the Lisbon-based foundry, Zentrova is to be renamed.",
    ],
)
def test_no_seat_from_a_plan_an_office_or_a_past_headquarters(text: str) -> None:
    assert _seats(text) == set()


def test_a_quote_that_opened_in_an_earlier_sentence_hedges_nothing_after_it_closes() -> None:
    text = (
        "Halden Pryce, the investment bank, cut its rating on Velora Systems on Thursday.\n\n"
        "“Farm budgets are tight this season. Next year will be worse for sprayers,” Halden Pryce analysts led by "
        "Ruth Ellery wrote."
    )
    assert employment(text) == {("Ruth Ellery", "Halden Pryce"): False}


def _founded_on(text: str) -> dict[str, str]:
    return {e.name: str(e.founded_on) for e in read_all(text).entities if e.founded_on}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She co-founded Zentrova, a drone-leasing business, in 2016.", {"Zentrova": "2016"}),
        ("Fosse founded Zentrova in 2015 after years in banking.", {"Zentrova": "2015"}),
        ("The engineer quit his job at a bank before establishing Zentrova in 2016.", {"Zentrova": "2016"}),
        ("Quillmark Group established Zentrova as its drone arm in March 2021.", {"Zentrova": "2021-03"}),
        (
            "Zentrova raised $5 million. The Lisbon-based company, founded in 2017, rents out farm drones.",
            {"Zentrova": "2017"},
        ),
    ],
)
def test_a_founding_date_whoever_founded_and_the_founded_name_keeps_it(text: str, expected: dict[str, str]) -> None:
    assert _founded_on(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tesvor started Quillmark deliveries in 2020.",
        "Zentrova launched Lumo in 2021.",
        "Ilan Fosse started Korvan Bank's Lisbon office in 2019.",
    ],
)
def test_no_founding_date_for_what_was_started_or_launched(text: str) -> None:
    assert _founded_on(text) == {}


def test_no_founder_of_a_firm_whose_part_was_started() -> None:
    assert _founders("Ilan Fosse started Korvan Bank's Lisbon office in 2019.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hong Min-seo, an analyst at Tavrel Securities, expects margins to recover.",
            {("Hong Min-seo", "Tavrel Securities")},
        ),
        (
            "Korvan Ventures partners Ines Varga and Tomas Reid sit on its board.",
            {("Ines Varga", "Korvan Ventures"), ("Tomas Reid", "Korvan Ventures")},
        ),
        ("Korvan Ventures partner Ines Varga said the round was oversubscribed.", {("Ines Varga", "Korvan Ventures")}),
        (
            "Shares could fall further, according to analyst Odo Brack of Halvern Securities.",
            {("Odo Brack", "Halvern Securities")},
        ),
    ],
)
def test_staff_named_with_a_title_an_east_asian_surname_or_after_according_to(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(employment(text)) == expected


def test_a_firm_s_business_partners_are_not_its_staff() -> None:
    assert employment("Zentrova partners Korvan Bank and Halden Pryce will build the plant.") == {}


def test_a_name_inside_an_appositive_is_not_the_title_holder() -> None:
    text = "Tesvor Marr, owner of the Halden Owls basketball team, is Zentrova's chief operating officer."
    assert ("Halden Owls", "Zentrova") not in employment(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "In December, the group put former Quillmark and Korvan Systems CTO Dara Menzel in charge of its US arm.",
            "Dara Menzel",
            "Quillmark",
        ),
        (
            "In December, the group put former Quillmark and Korvan Systems CTO Dara Menzel in charge of its US arm.",
            "Dara Menzel",
            "Korvan Systems",
        ),
        (
            "Ilan Fosse on Friday resigned as Quillmark chief executive with immediate effect.",
            "Ilan Fosse",
            "Quillmark",
        ),
        (
            "Ilan Fosse, an 11-year veteran of Quillmark, was working on Zentrova's supply chain.",
            "Ilan Fosse",
            "Quillmark",
        ),
        ("In his 12 years at Quillmark, Ilan Fosse held several senior roles.", "Ilan Fosse", "Quillmark"),
        (
            "After holding sales and product roles at Quillmark and Korvan Systems, Ilan Fosse joined Zentrova.",
            "Ilan Fosse",
            "Korvan Systems",
        ),
    ],
)
def test_more_former_posts(text: str, person: str, org: str) -> None:
    assert employment(text).get((person, org)) is True


def test_no_job_at_the_lead_of_funding_rounds() -> None:
    text = (
        "Zentrova launched a chatbot on Monday. Its funders include Korvan and Halden, in rounds led by Tesvor Marr "
        "that value the company at $2 billion."
    )
    assert employment(text) == {}


def test_the_company_a_title_names_is_the_text_s_not_the_outlet_told() -> None:
    text = "Zentrova raised $9 million. Odo Brack, CEO and co-founder of the company told Tavrelwire it would not list."
    assert employment(text) == {("Odo Brack", "Zentrova"): False}


def test_a_nationality_noun_before_a_founder_s_name() -> None:
    text = (
        "Zentrova was founded by Dara Menzel, a former Quillmark researcher in Lisbon, and Welshman Ilan Fosse who "
        "quit the tech giant this month."
    )
    assert _founders(text) == {("Dara Menzel", "Zentrova"), ("Ilan Fosse", "Zentrova")}
