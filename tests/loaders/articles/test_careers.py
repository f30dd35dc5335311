"""Former jobs read from departures, successions and past roles, on sentences written for these tests (fictional
companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all


def _former(text: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object])
        for r in draft.relations
        if r.type.value == "WORKS_AT" and r.properties.get("former")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeffrey Lo has resigned as Quorra's co-COO, according to local reports.", {("Jeffrey Lo", "Quorra")}),
        ("Sam Kettle, 66, stepped down as Nemia Telecom chairman in December.", {("Sam Kettle", "Nemia Telecom")}),
        (
            "Maria Ostrova stepped down as chief executive of Tilde Motors last year.",
            {("Maria Ostrova", "Tilde Motors")},
        ),
        ("Paul Brandt resigned from Velora Systems in March.", {("Paul Brandt", "Velora Systems")}),
        (
            "Birch Mobile has appointed Justin Holt as its new CEO, succeeding Peter Lund.",
            {("Peter Lund", "Birch Mobile")},
        ),
        (
            "Birch Mobile has named Justin Holt as its chief executive to replace Peter Lund, who is stepping down.",
            {("Peter Lund", "Birch Mobile")},
        ),
        ("Ana Ruiz succeeded Tom Hale as CTO of Velora Systems.", {("Tom Hale", "Velora Systems")}),
        (
            "Andrew Karp, who worked at Nemia Labs and has credibility across camps, rated the model highly.",
            {("Andrew Karp", "Nemia Labs")},
        ),
        (
            "Shuo Lin, who was a robotics and machine learning engineer at Tilde Motors, started a company.",
            {("Shuo Lin", "Tilde Motors")},
        ),
        (
            "Velora hired Michael Evers, a former top Quorra Capital executive, in May.",
            {("Michael Evers", "Quorra Capital")},
        ),
        (
            "Velora was co-founded by Dan Gray, formerly a leader in Nemia's search efforts, and Ann Lee.",
            {("Dan Gray", "Nemia")},
        ),
        ("Carl Lode was previously CEO of Velora Systems, a Swedish chip designer.", {("Carl Lode", "Velora Systems")}),
        (
            "Founded in 2023 by Wang Hu – founder and former CEO of Nemia Search, once a big engine – Velora grew.",
            {("Wang Hu", "Nemia Search")},
        ),
        (
            "Chang Chen, who announced his departure as head of the phone unit of Quorra China in May, joined Birch.",
            {("Chang Chen", "Quorra China")},
        ),
        (
            "Birch Search is a search engine. Yu Kan once led the autonomous driving business of Birch Search.",
            {("Yu Kan", "Birch Search")},
        ),
        (
            "Velora was founded by Ann Lee with former Birch researchers, Tim Lacro and Gil Lample.",
            {("Tim Lacro", "Birch"), ("Gil Lample", "Birch")},
        ),
    ],
)
def test_former_jobs(text: str, expected: set[tuple[str, str]]) -> None:
    assert _former(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jiang Dao is the founder of Velora. Before starting the company in 2023, he spent about 16 years at "
            "Quorra, where he rose to vice president.",
            {("Jiang Dao", "Quorra")},
        ),
        (
            "Zhao Li leads Velora. He also worked as an executive at Quorra Unigroup prior to founding Velora.",
            {("Zhao Li", "Quorra Unigroup")},
        ),
        ("Ann Lee and Tom Wu lead Velora. He worked at Quorra for years.", set()),  # which of the two is unsaid
        ("Ann Lee hired Tom Wu in May. He worked at Quorra for years.", set()),  # nor here
        (
            "Lu Ki joined Velora in May. He most recently ran Quorra's cloud business following an 11-year stint "
            "with Birch.",
            {("Lu Ki", "Birch")},
        ),
        (
            "Ann Lee founded Velora. Zhao Li, who serves as CEO, joined in 2019. He also worked as an executive at "
            "Quorra Unigroup.",
            {("Zhao Li", "Quorra Unigroup")},  # the person the sentence before opened with, not the founder
        ),
    ],
)
def test_former_jobs_of_the_person_he_stands_for(text: str, expected: set[tuple[str, str]]) -> None:
    assert _former(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lund will step down as Birch Mobile chairman next year.",  # announced for later
        "Peter Lund plans to resign from Birch Mobile.",  # a plan
        "Peter Lund denied he had resigned as Birch Mobile's chairman.",  # denied
        "Birch Mobile stepped down from the index committee.",  # a company, not a person
        "Justin Holt, who is an engineer at Velora Systems, spoke.",  # a present job
        "Peter Lund succeeded in convincing Birch Mobile to invest.",  # "succeeded in", not a succession
    ],
)
def test_no_former_job(text: str) -> None:
    assert _former(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peter Lund returned to lead Birch Mobile after a five-year spell as CEO of Finnish energy firm Nemia.",
            {("Peter Lund", "Nemia")},
        ),
        (
            "Velora was founded by seven engineers in 1981. Ashok Aro left the company in 1989 and sold his shares.",
            {("Ashok Aro", "Velora")},
        ),
        ("Velora was founded in 1981. Ashok Aro left the company for Birch in 1989.", set()),  # which company: unsaid
        # left, then came back
        ("Velora was founded in 2003. Ashok Aro left the company for many years and has now returned.", set()),
    ],
)
def test_stints_and_departures(text: str, expected: set[tuple[str, str]]) -> None:
    assert _former(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora was founded in 2020 by three veterans of US chipmaker Quorra Micro Devices (QMD) – chairman Chen "
            "Wei and co-chief technology officers Peng Li and Yang Jun.",
            {
                ("Chen Wei", "Quorra Micro Devices"),
                ("Peng Li", "Quorra Micro Devices"),
                ("Yang Jun", "Quorra Micro Devices"),
            },
        ),
        # the count does not agree with the names listed: which two is unsaid
        ("Velora was founded by two veterans of Quorra – chairman Chen Wei and engineers Peng Li and Yang Jun.", set()),
    ],
)
def test_veterans_listed_after_a_dash(text: str, expected: set[tuple[str, str]]) -> None:
    assert _former(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joseph Wan edits Velora News. Before joining Quorra, Joseph Wan was group editor for Birch Asia for more "
            "than ten years.",
            {("Joseph Wan", "Birch Asia")},
        ),
        (
            "Velora chief marketing officer Johan Lode has resigned. Prior to Nemia, Lode served as senior VP of "
            "marketing and product management for Birch's chipset division from 1996-2004.",
            {("Johan Lode", "Velora"), ("Johan Lode", "Birch")},
        ),
        ("Prior to that, Ann Lee was CEO of Quorra Labs.", {("Ann Lee", "Quorra Labs")}),
        ("Before joining Quorra, Ann Lee was in Paris with Birch executives.", set()),  # no post held
        (
            # "Joseph" alone, after two people of that given name, names neither for sure
            "Vice chair Joseph Tan replaced Zhang Wei as chair of Velora. Joseph Waring joins Nemia News as editor. "
            "Before joining Quorra, Joseph was group editor for Birch Asia for more than ten years.",
            {("Zhang Wei", "Velora")},
        ),
    ],
)
def test_posts_held_before(text: str, expected: set[tuple[str, str]]) -> None:
    assert _former(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zintel named Justin Hollard its CEO. Born in 1974, Hollard brings 25 years of experience, having worked "
            "with major firms such as Velquor, Kestrel Enterprise, and Harlow Corporation.",
            {("Justin Hollard", "Velquor"), ("Justin Hollard", "Kestrel Enterprise"), ("Justin Hollard", "Harlow")},
        ),
        (
            "Marcus Gomm, who previously worked at dating site Quindr, said he would train a model.",
            {("Marcus Gomm", "Quindr")},
        ),
        (
            "Yang Chaowen graduated from the University of California and brings Zintel over 35 years of experience "
            "at companies like Velquor and Kestrel.",
            {("Yang Chaowen", "Velquor"), ("Yang Chaowen", "Kestrel")},
        ),
    ],
)
def test_former_jobs_named_by_experience_or_a_described_employer(text: str, expected: set) -> None:
    assert _former(text) == expected
