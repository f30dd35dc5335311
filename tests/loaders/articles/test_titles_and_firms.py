"""People named with their firm or their title in the ways news writes them (fictional names, sentences written
here): who works where, and a title is never part of a company's name."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment, read_all, relation_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tobin Greer of Harlow Ventures described the release as a turning point.",
            ("Tobin Greer", "Harlow Ventures"),
        ),
        (
            "Lena Farrow of the Brightwater Institute for AI praised the model.",
            ("Lena Farrow", "Brightwater Institute for AI"),
        ),
        ("Zintel's CEO, Marta Quillon, projects revenue to grow.", ("Marta Quillon", "Zintel")),
        (
            "Velquor Electronics' mobile business chief, Shin Dae-ho, said the firm would buy chips.",
            ("Shin Dae-ho", "Velquor Electronics"),
        ),
        ("Velquor spokeswoman Dara Menzel said the reshuffle was the first step.", ("Dara Menzel", "Velquor")),
    ],
)
def test_a_person_named_with_a_firm_works_there(text: str, expected: tuple[str, str]) -> None:
    assert {(s, o) for s, kind, o in relation_triples(text) if kind == "WORKS_AT"} == {expected}


def test_a_person_of_a_country_works_nowhere() -> None:
    assert (
        relation_triples("Tessel Micro of France competes with Quorra Labs on price.")
        & {("Tessel Micro", "WORKS_AT", "France")}
        == set()
    )


def test_titles_of_a_list_of_executives_are_neither_companies_nor_names() -> None:
    text = (
        "The three are R&D Senior Vice President Shang Yiwen, Senior Vice President of Operations Mark Lin, and "
        "Senior Vice President of Business Development Carl Wen."
    )
    triples = relation_triples(text)
    assert not any("Senior" in s or "Senior" in o or "Business Development" in o for s, _, o in triples)


def test_wall_street_analysts_are_no_brokerage() -> None:
    text = (
        "Velquor's (NASDAQ:VLQ) shares got a boost today as Wall Street analysts upgraded the semiconductor giant. "
        "Benchmark analyst Cody Pell changed Velquor's status from Hold to Buy."
    )
    draft = read_all(text)
    actors = {e.name for e in draft.entities if any(ev.actor == e.ref for ev in draft.events)}
    assert actors == {"Benchmark"}


def test_a_founder_described_by_age_and_a_founder_named_in_a_participle() -> None:
    assert ("Tan Weiming", "FOUNDED", "Velquor AI") in relation_triples(
        "Velquor AI, founded by 33-year-old Tan Weiming, has sharply raised its profile."
    )
    text = (
        "Velquor seeks a chief executive to succeed 80-year-old Morten Skau. Skau, a veteran of the chip industry, "
        "pioneered the business, founding Velquor with government backing in 1987."
    )
    assert ("Morten Skau", "FOUNDED", "Velquor") in relation_triples(text)


def test_a_hire_named_with_an_aside_about_the_former_job() -> None:
    for aside in (
        ", former global executive vice-president at German rival Kestrel,",
        " – former global executive vice-president at German rival Kestrel –",
    ):
        triples = relation_triples(f"Zintel has named Huang Wenli{aside} its new president.")
        assert {("Huang Wenli", "WORKS_AT", "Zintel"), ("Huang Wenli", "WORKS_AT", "Kestrel")} <= triples
        draft = read_all(f"Zintel has named Huang Wenli{aside} its new president.")
        names = {e.ref: e.name for e in draft.entities}
        former = {names[r.object]: r.properties.get("former") for r in draft.relations if r.type.value == "WORKS_AT"}
        assert former == {"Zintel": None, "Kestrel": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The market is recovering," said Ann Kyle, a fund manager at Brightfold Asset Management.',
            {("Ann Kyle", "Brightfold Asset Management")},
        ),
        (
            "The decline is an excuse, said Steven Lo, director of institutional sales at Kestrel Kay Hian in Hong "
            "Kong.",
            {("Steven Lo", "Kestrel Kay Hian")},
        ),
        (
            '"We look forward to it," said Peter Welk, VP of Product and Partnerships at Zintel.',
            {("Peter Welk", "Zintel")},
        ),
        (
            "Quorra has appointed Velquor data center executive Justin Hollard as its CEO.",
            {("Justin Hollard", "Quorra"), ("Justin Hollard", "Velquor")},
        ),
        (
            "Quorra had hired Harlow co-founder Andrew Nin, who specializes in AI, as its chief scientist.",
            {("Andrew Nin", "Quorra")},
        ),
        (
            "Zintel's corporate communications manager Aaron Fowl told reporters the carmaker is interested.",
            {("Aaron Fowl", "Zintel")},
        ),
    ],
)
def test_staff_named_by_a_title_with_a_department_a_descriptor_or_an_aside(text: str, expected: set) -> None:
    assert {(s, o) for s, kind, o in relation_triples(text) if kind == "WORKS_AT"} == expected


def test_a_fund_manager_firm_holding_shares_stays_a_firm() -> None:
    text = (
        "Volantrix raised 800 million yuan. Fund manager Brellow Gifford, already a major investor in Volantrix, "
        "bought shares."
    )
    assert ("Brellow Gifford", "INVESTED_IN", "Volantrix") in relation_triples(text)


def test_founders_named_by_the_given_name_the_text_used_before_and_a_described_firm() -> None:
    text = (
        "Chen Yunwei and Chen Tianwei are brothers. Velquor was established back in 2016 by Yunwei and Tianwei, "
        "who are now 42 and 40."
    )
    founded = {(s, o) for s, kind, o in relation_triples(text) if kind == "FOUNDED"}
    assert founded == {("Chen Yunwei", "Velquor"), ("Chen Tianwei", "Velquor")}
    text = "Chen Tianwei, founder and CEO of AI chip startup Velquor Technologies, delivers a speech in Beijing."
    assert ("Chen Tianwei", "FOUNDED", "Velquor Technologies") in relation_triples(text)


def test_founders_listed_after_a_description_ending_in_a_comma() -> None:
    text = "Velquor.ai was founded by a pair of Harvard dropouts, Gavin Ubert and Chris Zhou, along with Robert Wach."
    founded = {(s, o) for s, kind, o in relation_triples(text) if kind == "FOUNDED"}
    assert founded == {("Gavin Ubert", "Velquor.ai"), ("Chris Zhou", "Velquor.ai"), ("Robert Wach", "Velquor.ai")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velquor, a Chinese chip company founded by Strathmoor Holdings, completed a round.",
            {("Strathmoor Holdings", "Velquor")},
        ),
        (
            "Velquor was founded in 2018 by Strathmoor Group and Kesterly Capital.",
            {("Strathmoor Group", "Velquor"), ("Kesterly Capital", "Velquor")},
        ),
        ("Velquor was founded by Stanford graduates in 2016.", set()),
        # an initial is no company: the founders are the people named with it
        ("Velquor was founded by N. R. Pike and Ann Lee in 1981.", {("N. R. Pike", "Velquor"), ("Ann Lee", "Velquor")}),
        (
            "Quorra has agreed to merge with Velquor Korea, an AI chip company established by Strathmoor Telecom.",
            {("Strathmoor Telecom", "Velquor Korea")},
        ),
        ("Velquor was founded by Tsinghua University in 2016.", set()),
    ],
)
def test_companies_that_found_a_company(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, kind, o in relation_triples(text) if kind == "FOUNDED"} == expected


def test_a_blank_check_partner_named_by_its_acronym_is_a_firm_and_no_employee() -> None:
    text = "Its stock doubled the last close of Velmont's SPAC partner, Silver Harbor Acquisition."
    assert not [t for t in relation_triples(text) if t[1] == "WORKS_AT"]


def test_a_founder_of_a_company_described_but_not_named_belongs_to_no_company_named_nearby() -> None:
    text = "Quorra holds shares in Velmont and Brantor Games, and the Korean gaming titan's founder Lena Varga is rich."
    assert not [t for t in relation_triples(text) if t[0] == "Lena Varga"]


def test_a_title_after_a_kind_of_organisation_names_no_employer_from_elsewhere_in_the_sentence() -> None:
    text = (
        "Quorra hired Harlow marketer Ines Braga as its head of brand and agency executive Tomas Reyes as vice "
        "president of marketing."
    )
    assert not [t for t in relation_triples(text) if t[0] == "Tomas Reyes" and t[2] == "Harlow"]


@pytest.mark.parametrize(
    ("text", "founded"),
    [
        ("Lena Varga, the founder of Brantor and a former Quorra executive, said so.", {"Brantor"}),
        ("Lena Varga, the founder of Brantor and a Quorra board member, said so.", {"Brantor"}),
        ("Lena Varga, founder of Brantor and Quorra, said so.", {"Brantor", "Quorra"}),
    ],
)
def test_a_founder_s_second_company_is_not_one_where_she_holds_a_job(text: str, founded: set[str]) -> None:
    assert {o for s, r, o in relation_triples(text) if r == "FOUNDED" and s == "Lena Varga"} == founded


def test_its_title_after_two_firms_names_no_employer() -> None:
    text = "The deal gives Velmont a small stake in Quorra Labs, and its vice-chair and president Hal Brisk will join."
    assert ("Hal Brisk", "Quorra Labs") not in employment(text)


def test_its_title_after_one_firm_is_that_firms() -> None:
    text = "Quorra Labs said sales rose, and its president Hal Brisk will join the board of Velmont."
    assert ("Hal Brisk", "Quorra Labs") in employment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Founded by Lena Varga, a post-doctoral fellow at Brantor University's robotics laboratory, Quorra makes arms.",
        "Founded by Lena Varga, a visiting fellow at Brantor University, Quorra makes arms.",
    ],
)
def test_an_academic_fellow_is_no_employee_of_the_university(text: str) -> None:
    assert ("Lena Varga", "Brantor University") not in employment(text)
