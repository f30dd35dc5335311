"""Jobs read from successions, owners named after what they own, seats after a nationality word and journalists'
titles (sentences written here, fictional names): a predecessor named after "took over from" held the post, "the
founder of X owner Y" founded Y, and a reporter works at the outlet named with the title."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, relation_triples


def _founders(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "FOUNDED"}


def _seats(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "HEADQUARTERED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, Dorian Pike took over from co-founder Lena Hartwell as Brellow Networks' CEO.",
        "Dorian Pike took over from Lena Hartwell as chief executive of Brellow Networks in 2019.",
    ],
)
def test_a_predecessor_named_after_took_over_from_held_the_post(text: str) -> None:
    assert employment(text).get(("Lena Hartwell", "Brellow Networks")) is True


def test_a_former_unit_is_no_persons_former_job() -> None:
    text = "Pellucid Circuits, a former unit of Tarnwick Holdings, said output rose."
    assert not {(s, o) for s, t, o in relation_triples(text) if t == "WORKS_AT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Others include Dorian Pike, the founder of Velmora Dynamics owner Tarnwick Holdings.",
            {("Dorian Pike", "Tarnwick Holdings")},
        ),
        (
            "Dorian Pike, the founder of Velmora Dynamics' parent Tarnwick Holdings, said sales rose.",
            {("Dorian Pike", "Tarnwick Holdings")},
        ),
    ],
)
def test_the_founder_of_a_companys_owner_founded_the_owner(text: str, expected: set[tuple[str, str]]) -> None:
    assert _founders(text) == expected


def test_the_chief_of_a_companys_parent_works_at_the_parent() -> None:
    jobs = employment("Dorian Pike, chief executive of Velmora Dynamics parent Tarnwick Holdings, said sales rose.")
    assert ("Dorian Pike", "Tarnwick Holdings") in jobs
    assert ("Dorian Pike", "Velmora Dynamics") not in jobs


@pytest.mark.parametrize(
    "text",
    [
        "Brellow Networks is a Swedish battery maker based in Stockholm.",
        "Brellow Networks is a Swedish battery maker headquartered in Stockholm.",
    ],
)
def test_a_seat_after_a_nationality_word(text: str) -> None:
    assert _seats(text) == {("Brellow Networks", "Stockholm")}


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        ("Dorian Pike is the editor-in-chief of Quorrel Media.", "Dorian Pike", "Quorrel Media"),
        ("The deal was first reported by Quorrel Media journalist Dorian Pike.", "Dorian Pike", "Quorrel Media"),
        ("Nadia Farrow, a reporter for Quorrel Media, wrote about Velmora Dynamics.", "Nadia Farrow", "Quorrel Media"),
        ("Nadia Farrow, a correspondent at Quorrel Media, said the market was calm.", "Nadia Farrow", "Quorrel Media"),
    ],
)
def test_a_journalist_works_at_the_outlet_named_with_the_title(text: str, person: str, outlet: str) -> None:
    assert employment(text).get((person, outlet)) is False


def test_a_reporter_told_by_an_executive_works_at_the_outlet_not_the_company() -> None:
    jobs = employment("Velmora Dynamics chief executive Harriet Quell told Quorrel Media reporter Nadia Farrow so.")
    assert jobs.get(("Nadia Farrow", "Quorrel Media")) is False
    assert ("Nadia Farrow", "Velmora Dynamics") not in jobs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Hartwell, a Zentrix Software veteran, founded Brellow Networks in 2019.",
            {("Lena Hartwell", "Brellow Networks")},
        ),
        (
            "Lena Hartwell, who studied physics, founded Brellow Networks in 2019.",
            {("Lena Hartwell", "Brellow Networks")},
        ),
        (
            "Lena Hartwell and Dorian Pike, both veterans of Zentrix Software, founded Brellow Networks in 2019.",
            {("Lena Hartwell", "Brellow Networks"), ("Dorian Pike", "Brellow Networks")},
        ),
    ],
)
def test_founders_named_before_an_aside(text: str, expected: set[tuple[str, str]]) -> None:
    assert _founders(text) == expected


def test_a_cofounder_and_former_chief_founded_the_company_and_left_the_post() -> None:
    text = "Brellow Networks co-founder and former chief executive Lena Hartwell sold shares."
    assert _founders(text) == {("Lena Hartwell", "Brellow Networks")}
    assert employment(text) == {("Lena Hartwell", "Brellow Networks"): True}


def test_a_chief_and_former_chairman_still_holds_the_first_post() -> None:
    jobs = employment("Brellow Networks chief executive and former chairman Lena Hartwell sold shares.")
    assert jobs == {("Lena Hartwell", "Brellow Networks"): False}


@pytest.mark.parametrize(
    "text",
    [
        "Skorvik Energy hired Ivar Lund from rival Tarnwick Holdings, where he was head of sales.",
        "Skorvik Energy has poached Ivar Lund from Tarnwick Holdings.",
        "Skorvik Energy named Ivar Lund chief financial officer. Lund joins from Tarnwick Holdings.",
    ],
)
def test_a_hire_from_another_company_is_a_job_there_before(text: str) -> None:
    assert employment(text).get(("Ivar Lund", "Tarnwick Holdings")) is True


def test_a_hire_from_another_company_is_a_persons_job_never_a_firms() -> None:
    assert employment("Skorvik Energy has poached Ivar Lund from Tarnwick Holdings.") == {
        ("Ivar Lund", "Tarnwick Holdings"): True
    }
    assert not employment("Skorvik Energy hired Tarnwick Holdings from Brisket Partners to advise on the deal.")


@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        ("Tarnwick Holdings executive Ivar Lund said demand was strong.", "Ivar Lund", "Tarnwick Holdings"),
        (
            "Ivar Lund, a broker at Tarnwick Securities, told reporters the index fell.",
            "Ivar Lund",
            "Tarnwick Securities",
        ),
        ("Ivar Lund, group treasurer of Brellow Networks, said the bonds sold well.", "Ivar Lund", "Brellow Networks"),
        (
            "Ivar Lund, vice-chairman and co-head of Asia coverage at Tarnwick Holdings, said deals were back.",
            "Ivar Lund",
            "Tarnwick Holdings",
        ),
    ],
)
def test_more_titles_name_a_current_job(text: str, person: str, firm: str) -> None:
    assert employment(text).get((person, firm)) is False


def test_researchers_listed_after_their_firm_all_work_there() -> None:
    text = "The flaw, said Brellow Networks researchers Dorian Pike, Lena Hartwell and Ivar Lund, was fixed in May."
    jobs = employment(text)
    assert {p for (p, firm), was in jobs.items() if firm == "Brellow Networks" and not was} == {
        "Dorian Pike",
        "Lena Hartwell",
        "Ivar Lund",
    }


def test_an_investor_named_with_the_company_holds_no_job_there() -> None:
    text = "Dorian Pike, a Tarnwick Holdings investor, founded Brellow Networks."
    assert ("Dorian Pike", "Tarnwick Holdings") not in employment(text)
    assert _founders(text) == {("Dorian Pike", "Brellow Networks")}


def test_another_firms_executive_hired_away_is_no_current_job_there() -> None:
    assert employment("Tarnwick Holdings executive Ivar Lund said demand was strong.") == {
        ("Ivar Lund", "Tarnwick Holdings"): False
    }
    hired = employment("Chief executive Dorian Pike was replaced by Tarnwick Holdings executive Ivar Lund last week.")
    assert ("Ivar Lund", "Tarnwick Holdings") not in hired


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Kestrel Lode managing director Dorian Pike said the supply deal was significant.", "Kestrel Lode"),
        ("Paxley Brellow CEO Dorian Pike said customers could trade from Wednesday.", "Paxley Brellow"),
    ],
)
def test_a_firm_named_like_a_person_before_a_chiefs_title(text: str, firm: str) -> None:
    assert employment(text) == {("Dorian Pike", firm): False}
