"""Jobs, former jobs, parents, seats and listings in phrasings the readers had not met (sentences written here,
fictional names): a hire told as done ("A joined X in 2014"), a post not yet taken up ("X's incoming CEO"), a former
title behind a possessive ("X's former finance chief"), a nationality before a firm's description ("chief executive
of Chinese AI firm X"), an appositive naming only a past employer ("A, previously at X,"), "X owns Y", a city
written without its accents, and a stock that trades on two exchanges."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, relation_triples


@pytest.mark.parametrize(
    "text",
    [
        "Ilsa Varnholt joined Quenmoor Dynamics last month, the company said in a filing.",
        "Ilsa Varnholt has joined rival robotics company Quenmoor Dynamics, she wrote on Monday.",
        "Ilsa Varnholt, a veteran of Brolland Motors, joined Quenmoor Dynamics last month.",
        "Ilsa Varnholt, who joined Quenmoor Dynamics from Brolland Motors in 2019, said orders rose.",
        "Analysts said Ilsa Varnholt joined Quenmoor Dynamics this week after a decade in banking.",
    ],
)
def test_a_hire_told_as_done_is_a_current_job(text: str) -> None:
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ilsa Varnholt will join Quenmoor Dynamics as chief executive in May, the company said.",
        "Ilsa Varnholt is leaving Brolland Motors to join Quenmoor Dynamics, the company said.",
        "Ilsa Varnholt joined Quenmoor Dynamics in 2005 and left in 2010 to start a bakery.",
        "Ilsa Varnholt joined Quenmoor Dynamics' board in 2019, the company said.",
        "Ilsa Varnholt joined Quenmoor Dynamics and Brolland Motors in backing the start-up.",
        "Ilsa Varnholt joined Quenmoor Dynamics as an adviser last year, the company said.",
        "Ilsa Varnholt joined Quenmoor Dynamics in a $40 million round last year.",
        "Ilsa Varnholt, who has not joined Quenmoor Dynamics, said orders rose.",
        # a career's start a profile looks back on: the person may have moved on since
        "Ilsa Varnholt joined Quenmoor Dynamics in 1998 and now chairs a bank.",
        "Ilsa Varnholt joined Quenmoor Dynamics Co., a Harlow Group affiliate, in 1971.",
        "Ilsa Varnholt joined the Quenmoor Fellowship last month.",
        "After that, Ilsa Varnholt joined Quenmoor Dynamics as global vice president for sales.",
    ],
)
def test_a_planned_hire_a_board_seat_a_round_or_a_job_left_again_is_no_current_job(text: str) -> None:
    assert ("Ilsa Varnholt", "Quenmoor Dynamics") not in employment(text) or employment(text)[
        ("Ilsa Varnholt", "Quenmoor Dynamics")
    ]


def test_the_person_who_joined_is_the_one_named_before_the_verb_not_the_speaker() -> None:
    jobs = employment("Tobin Marsh said Ilsa Varnholt joined Quenmoor Dynamics last week.")
    assert ("Tobin Marsh", "Quenmoor Dynamics") not in jobs
    assert jobs.get(("Ilsa Varnholt", "Quenmoor Dynamics")) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ilsa Varnholt, Quenmoor Dynamics' incoming chief executive, said orders rose.",
        "Ilsa Varnholt, Quenmoor Dynamics' chief executive-designate, said orders rose.",
        "Ilsa Varnholt, the incoming chief executive of Quenmoor Dynamics, said orders rose.",
        "Quenmoor Dynamics' incoming CEO Ilsa Varnholt said orders rose.",
        "Quenmoor Dynamics incoming CEO Ilsa Varnholt said orders rose.",
    ],
)
def test_a_post_not_yet_taken_up_is_no_job(text: str) -> None:
    assert ("Ilsa Varnholt", "Quenmoor Dynamics") not in employment(text)


def test_a_former_title_behind_the_possessive_is_a_former_job() -> None:
    text = "Quenmoor Dynamics has hired Brolland Motors' former finance chief, Ilsa Varnholt, as treasurer."
    assert employment(text).get(("Ilsa Varnholt", "Brolland Motors")) is True


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Ilsa Varnholt, the chief executive of Chinese AI firm Quenmoor, said orders rose.", "Quenmoor"),
        ("Ilsa Varnholt, an analyst at Japanese brokerage Brolland Securities, cut her target.", "Brolland Securities"),
    ],
)
def test_a_nationality_may_open_the_description_of_the_employer(text: str, firm: str) -> None:
    assert employment(text).get(("Ilsa Varnholt", firm)) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ilsa Varnholt, previously at Brolland Motors, joined Quenmoor Dynamics in 2021.",
        "Ilsa Varnholt, most recently at Brolland Motors, said orders rose at Quenmoor Dynamics.",
    ],
)
def test_an_appositive_naming_only_a_past_employer_is_a_former_job(text: str) -> None:
    assert employment(text).get(("Ilsa Varnholt", "Brolland Motors")) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow Industries owns Pellmark Devices and Brisby Motors, the filing showed.", True),
        ("Harlow Industries, which owns Pellmark Devices, reported a profit.", True),
        ("Harlow Industries no longer owns Pellmark Devices, the filing showed.", False),
        ("Harlow Industries owns Pellmark Devices shares worth $2 billion, the filing showed.", False),
        ("Harlow Industries owns a 20% stake in Pellmark Devices, the filing showed.", False),
    ],
)
def test_owning_a_company_whole_makes_it_a_unit(text: str, expected: bool) -> None:
    triples = relation_triples(text)
    assert (("Pellmark Devices", "SUBSIDIARY_OF", "Harlow Industries") in triples) is expected


def test_a_city_written_without_its_accents_is_a_seat() -> None:
    triples = relation_triples("Corvalia Pagos, headquartered in Sao Paulo, said card volumes rose.")
    assert ("Corvalia Pagos", "HEADQUARTERED_IN", "Sao Paulo") in triples


def test_a_stock_that_trades_on_both_exchanges_is_listed_on_each() -> None:
    text = "Brisby Motors, which trades on both the Nasdaq and the Hong Kong Stock Exchange, fell 3% on Monday."
    triples = relation_triples(text)
    assert ("Brisby Motors", "LISTED_ON", "Nasdaq") in triples
    assert ("Brisby Motors", "LISTED_ON", "Hong Kong Stock Exchange") in triples


@pytest.mark.parametrize(
    ("text", "firm", "former"),
    [
        ("Quenmoor boss Ilsa Varnholt said the company would open a plant in Ghent.", "Quenmoor", False),
        ("Former Brolland Motors boss Ilsa Varnholt said the plant would open in Ghent.", "Brolland Motors", True),
    ],
)
def test_a_boss_named_with_the_firm_works_there(text: str, firm: str, former: bool) -> None:
    assert employment(text).get(("Ilsa Varnholt", firm)) is former


@pytest.mark.parametrize(
    "text",
    [
        "Quenmoor Dynamics' outgoing chief executive Ilsa Varnholt said orders rose.",
        "Ilsa Varnholt, Quenmoor Dynamics' outgoing chief executive, said orders rose.",
        "Quenmoor Dynamics ousted chief executive Ilsa Varnholt on Monday.",
    ],
)
def test_a_chief_on_the_way_out_or_pushed_out_holds_no_current_job(text: str) -> None:
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Quenmoor Dynamics fired its chief executive, Ilsa Varnholt, on Monday.",
        "Ilsa Varnholt, Quenmoor Dynamics' chief executive until March, said orders rose.",
        "Quenmoor Dynamics fell 4% after it announced the departure of its chief executive, Ilsa Varnholt, on Monday.",
    ],
)
def test_a_post_ended_by_a_firing_or_an_end_month_is_a_former_job(text: str) -> None:
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is True


def test_a_firm_that_has_a_new_chief_names_who_holds_the_post() -> None:
    text = "Quenmoor Dynamics has a new chief financial officer, Ilsa Varnholt, the company said on Monday."
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is False


def test_a_person_led_firm_is_headed_by_that_person() -> None:
    text = "Ilsa Varnholt-led Quenmoor Dynamics listed its shares on the Nasdaq on Friday."
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is False
    assert employment("A Velt-led round valued Quenmoor Dynamics at $2 billion on Friday.") == {}


def test_a_managing_director_named_after_the_firm_works_there() -> None:
    text = "Quenmoor Dynamics' MD Mr Ilsa Varnholt said: the drilling results were strong."
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is False


def test_a_seat_in_two_cities_names_both() -> None:
    triples = relation_triples("Quenmoor Dynamics, headquartered in San Francisco and Lagos, will soon list.")
    assert {("Quenmoor Dynamics", "HEADQUARTERED_IN", p) for p in ("San Francisco", "Lagos")} <= triples


def test_who_is_also_the_companys_title_is_a_job_at_the_texts_company() -> None:
    text = (
        "Quenmoor Dynamics raised $40 million on Monday. Ilsa Varnholt, who is also the company's chief operating "
        "officer, said the money would fund a plant."
    )
    assert employment(text).get(("Ilsa Varnholt", "Quenmoor Dynamics")) is False


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries will back Quenmoor Medical Inc., a Tokyo startup that develops endoscopy software.",
        "Quenmoor Medical is a Tokyo startup that develops endoscopy software.",
        "A camera made by Quenmoor Medical, a Tokyo company developing endoscopes, guided the surgeon.",
    ],
)
def test_a_place_opening_the_appositive_description_seats_the_name_before_it(text: str) -> None:
    assert ("Quenmoor Medical", "HEADQUARTERED_IN", "Tokyo") in relation_triples(text)


def test_a_place_describing_something_else_seats_nothing() -> None:
    text = "Quenmoor Medical, a Tokyo unit of Harlow Industries, develops endoscopy software."
    assert ("Quenmoor Medical", "HEADQUARTERED_IN", "Tokyo") not in relation_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quenmoor Dynamics has a new chief executive, Ilsa Varnholt, who will take over in July.",
        "Ilsa Varnholt joined Quenmoor Dynamics on Monday as a board member, the company said.",
    ],
)
def test_a_new_chief_still_to_come_or_a_board_seat_is_no_job_yet(text: str) -> None:
    assert ("Ilsa Varnholt", "Quenmoor Dynamics") not in employment(text)
