"""People: East Asian name shapes, current and former employers, staff named by title. Sentences written for
these tests (fictional companies and people)."""

from __future__ import annotations

import pytest

from loaders.articles.mentions import looks_like_person
from loaders.articles.personal_names import east_asian_name
from tests.loaders.articles.conftest import employment, read_all
from tests.loaders.articles.conftest import relation_triples as _relations


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zhang Yubo", True),
        ("He Xiaopeng", True),
        ("Ma Jun", True),
        ("Conghui An", True),
        ("Jun Young-hyun", True),
        ("Lee Kai-Fu", True),
        ("He Can", False),  # "He can ...": an English word after a pronoun
        ("Xing Ye", False),  # a one-syllable word before a surname: a brand as likely as a name
        ("Auto Li", False),
        ("Zhang Jianzhong Holdings", False),
    ],
)
def test_east_asian_name_shapes(name: str, expected: bool) -> None:
    assert east_asian_name(name) is expected


def test_a_surname_that_is_a_pronoun_or_a_month_still_leads_a_name() -> None:
    assert ("He Xiaopeng", "WORKS_AT", "Vantor Motors") in _relations(
        "Vantor Motors CEO and Chairman He Xiaopeng spoke to reporters."
    )
    assert looks_like_person("Ma Jun")
    found = _relations(
        "Talon Semiconductor is led by a senior team that includes COO Ma Jun, CTO Liu Bo and CFO Xu Hao."
    )
    assert {(p, o) for p, t, o in found if t == "WORKS_AT"} == {
        ("Ma Jun", "Talon Semiconductor"),
        ("Liu Bo", "Talon Semiconductor"),
        ("Xu Hao", "Talon Semiconductor"),
    }
    assert _relations("He Can Do It, Says Talon Semiconductor.") == set()


def test_a_surname_alone_later_is_the_person_not_a_company() -> None:
    text = (
        "In late 2023, Zhang Jianzhong faced hard times at Torvo Labs. "
        "Two years later, Zhang has delivered: Torvo Labs listed its shares in Shanghai."
    )
    names = {e.name for e in read_all(text).entities}
    assert "Zhang" not in names


def test_staff_by_title_work_at_the_company_named_last_not_at_the_outlet() -> None:
    text = (
        "Ledger News reported that the rebuilt Quorra - under new CEO Anna Berg and CFO Tomas Lind - is raising money."
    )
    assert employment(text) == {("Anna Berg", "Quorra"): False, ("Tomas Lind", "Quorra"): False}


def test_a_former_title_is_no_current_job() -> None:
    text = "The group included Anna Berg, the founder of Quorra, former Corvel CEO Tomas Lind, and two engineers."
    assert employment(text) == {("Tomas Lind", "Corvel"): True}
    listed = "Vantor is buying Quorra from its co-founder and former director Wang Huiwen."
    assert not [e for e in employment(listed) if e[0] == "Wang Huiwen"]


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        (
            "Founded in 2021 by former Corvel Group employees, including Anna Berg, Quorra makes apps.",
            "Anna Berg",
            "Corvel Group",
        ),
        ("Quorra was founded by Anna Berg, who previously worked at Corvel for 13 years.", "Anna Berg", "Corvel"),
        (
            "Founded by Anna Berg alongside ex-Corvel researchers Tomas Lind and Ivo Sousa, Quorra grew.",
            "Tomas Lind",
            "Corvel",
        ),
        ("The firm was founded by Anna Berg, a former Corvel (NASDAQ: CRVL) employee, in 2011.", "Anna Berg", "Corvel"),
        ("Anna Berg left Corvel in 2019 to start Quorra.", "Anna Berg", "Corvel"),
    ],
)
def test_former_employers(text: str, person: str, employer: str) -> None:
    assert employment(text).get((person, employer)) is True


def test_a_former_employer_list_takes_only_the_people_it_introduces() -> None:
    text = "The firm was founded by Anna Berg, a former Corvel (NASDAQ: CRVL) employee, and Tomas Lind, in 2011."
    assert ("Tomas Lind", "Corvel") not in employment(text)


def test_leaving_a_place_is_no_job() -> None:
    assert employment("Anna Berg left Hong Kong in 2019.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The round was led by Quorra Capital, the venture firm headed up by Anna Berg, with Corvel taking part.",
            ("Anna Berg", "Quorra Capital"),
        ),
        ("Before the open, Corvel's (NYSE: CRV) Tomas Lind lifted his fair value estimate.", ("Tomas Lind", "Corvel")),
        ("One analyst (Corvel's Zixiao Yang) upgraded the stock.", ("Zixiao Yang", "Corvel")),
        ("Analysts include Corvel chief AI scientist Anna Berg.", ("Anna Berg", "Corvel")),
        ("Corvel's co-founder and Chief Executive Officer (CEO) Anna Berg showed a chatbot.", ("Anna Berg", "Corvel")),
        (
            '"Growth will slow," said Corvel Intelligence senior analyst Anna Berg.',
            ("Anna Berg", "Corvel Intelligence"),
        ),
        ('"Demand is weak," said Anna Berg, an analyst from Corvel Securities.', ("Anna Berg", "Corvel Securities")),
    ],
)
def test_people_named_through_their_organisation(text: str, expected: tuple[str, str]) -> None:
    assert employment(text).get(expected) is False


@pytest.mark.parametrize(
    "text",
    [
        "Users can ask Corvel's Gemini Ultra anything.",  # a product shaped like a person's name
        "The Series B round was led by Anna Berg, who also backed Quorra.",  # she led a round, not a company
    ],
)
def test_no_job_from_a_product_or_a_round_a_person_led(text: str) -> None:
    assert employment(text) == {}


def test_founders_named_with_titles_in_a_relative_clause_of_a_colon_name() -> None:
    text = "Tel Aviv-based Run:ai, which was founded in 2018 by CEO Anna Berg, has built a scheduler."
    found = _relations(text)
    assert ("Anna Berg", "FOUNDED", "Run:ai") in found
    assert ("Run:ai", "HEADQUARTERED_IN", "Tel Aviv") in found


def test_a_name_ending_like_a_nationality_stays_in_a_list_of_founders() -> None:
    text = (
        "Torvo Labs listed in Shanghai. The listing minted billionaires, including co-founders such as vice "
        "president Zhang Yubo (US$1.7 billion), director Zhou Yuan (US$1.4 billion) and vice president Wang Dong."
    )
    founders = {s for s, r, o in _relations(text) if r == "FOUNDED" and o == "Torvo Labs"}
    assert founders == {"Zhang Yubo", "Zhou Yuan", "Wang Dong"}


def test_founders_of_the_firm_an_appositive_describes_not_of_the_round_s_company() -> None:
    text = (
        "Kestrel has raised 600 million euros in a new funding round, led by Prima Vera, the investment firm "
        "co-founded by Corvel CEO Anna Berg and early investor Tomas Lind."
    )
    founded = {(s, o) for s, r, o in _relations(text) if r == "FOUNDED"}
    assert founded == {("Anna Berg", "Prima Vera"), ("Tomas Lind", "Prima Vera")}


def test_an_investor_in_a_company_did_not_found_it() -> None:
    text = "Anna Berg, a co-founder of Corvel Systems and a key early investor in Quorra, spoke."
    assert {(s, o) for s, r, o in _relations(text) if r == "FOUNDED"} == {("Anna Berg", "Corvel Systems")}


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Velora was cofounded in April 2023 by Anna Berg, formerly of Corvel DeepMind, alongside Tomas Lind and "
            "Ivo Sousa, formerly of Quorra AI.",
            {("Anna Berg", "Corvel DeepMind"), ("Tomas Lind", "Quorra AI"), ("Ivo Sousa", "Quorra AI")},
        ),
        ("Former Corvel CEO Anna Berg is also a shareholder in Velora.", {("Anna Berg", "Corvel")}),
        (
            "The company chairman is Tomas Lind, former president of chip equipment firm Corvel Electron.",
            {("Tomas Lind", "Corvel Electron")},
        ),
    ],
)
def test_former_jobs_named_after_the_person(text: str, former: set[tuple[str, str]]) -> None:
    assert {k for k, was in employment(text).items() if was} == former


def test_founders_named_alongside_after_an_aside_and_a_surname_alone_as_the_founder() -> None:
    text = (
        "Velora was cofounded in April 2023 by Anna Berg, formerly of Corvel DeepMind, alongside Tomas Lind and "
        "Ivo Sousa, formerly of Quorra AI."
    )
    assert {s for s, r, o in _relations(text) if r == "FOUNDED"} == {"Anna Berg", "Tomas Lind", "Ivo Sousa"}
    later = "Liang Wenfeng runs a hedge fund. Wenfeng established Velora in May 2023 as a lab."
    assert ("Liang Wenfeng", "FOUNDED", "Velora") in _relations(later)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Bob McAllan", True), ("Conor O'Hare", True), ("Timothée Lacroix", True), ("MacBook Pro", False)],
)
def test_surname_prefixes_and_accented_letters_shape_person_names(name: str, expected: bool) -> None:
    assert looks_like_person(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bob McAllan, Asia-Pacific chair at Nemia Exchange, said he was hopeful.", ("Bob McAllan", "Nemia Exchange")),
        (
            "Nemia co-founder Ilya Tarvo has been named CEO of his AI startup Velora Systems.",
            ("Ilya Tarvo", "Velora Systems"),
        ),
        (
            "Velora Systems said it has appointed Ada Lindqvist as the new head of its chip business.",
            ("Ada Lindqvist", "Velora Systems"),
        ),
        (
            '"It is complicated," said Dave Brown, a Nemia Web Services vice president.',
            ("Dave Brown", "Nemia Web Services"),
        ),
        (
            "Velora Systems makes chips. Velora Systems is led by Chief Executive Officer Manish Chandra.",
            ("Manish Chandra", "Velora Systems"),
        ),
    ],
)
def test_more_ways_of_naming_a_job(text: str, expected: tuple[str, str]) -> None:
    assert expected in employment(text)


def test_the_new_head_of_another_company_s_unit_is_not_the_appointer_s_job() -> None:
    assert ("Ada Lindqvist", "Velora Systems") not in employment(
        "Velora Systems has appointed Ada Lindqvist as the head of Nemia Group's chip unit."
    )


def test_titles_after_veterans_of_a_company_are_jobs_at_the_new_one() -> None:
    jobs = employment(
        "Velora was founded in 2020 by three veterans of US chipmaker Nemia Micro Devices (NMD) – chairman Chen "
        "Weiliang and co-chief technology officers Peng Li and Yang Jian."
    )
    assert ("Chen Weiliang", "Velora") in jobs and not any(org.startswith("US") for _, org in jobs)
    # the titles are no jobs at the company they are veterans of (a former job there, careers.py, is)
    assert jobs.get(("Chen Weiliang", "Nemia Micro Devices")) in (None, True)
    founders = {
        s
        for s, r, o in _relations(
            "Velora was founded in 2020 by three veterans of US chipmaker Nemia Micro Devices (NMD) – chairman Chen "
            "Weiliang and co-chief technology officers Peng Li and Yang Jian."
        )
        if r == "FOUNDED" and o == "Velora"
    }
    assert founders == {"Chen Weiliang", "Peng Li", "Yang Jian"}


def test_the_chief_of_an_unnamed_owner_works_at_no_company_of_the_text() -> None:
    text = (
        "Velora Systems debuted on Monday. “It is a big moment,” said the stock exchange’s chief executive Bonnie "
        "Chan Yi-ting."
    )
    assert not any(person.startswith("Bonnie") for person, _ in employment(text))


def _founded_on(text: str) -> dict[str, str]:
    return {e.name: str(e.founded_on) for e in read_all(text).entities if e.founded_on}


def test_the_founding_date_goes_to_the_company_not_an_investor_or_a_person() -> None:
    assert _founded_on(
        "Founded in October 2020, Velora Threads is backed by Nemia Capital, and Tarvo Capital as leading investors."
    ) == {"Velora Threads": "2020-10"}
    assert _founded_on(
        "Velora Group makes phones. Ada Gow has been the head of the company since its founding in 1974."
    ) == {"Velora Group": "1974"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dana Holt joined Corvel Systems as chief executive officer in March.",
            {("Dana Holt", "Corvel Systems"): False},
        ),
        (
            "Corvel Systems hired a new boss. Dana Holt has joined the company as its chief technology officer.",
            {("Dana Holt", "Corvel Systems"): False},
        ),
    ],
)
def test_joining_a_company_as_a_title_is_a_job_there(text: str, expected: dict) -> None:
    assert employment(text) == expected


def test_a_person_who_left_one_company_and_founded_another() -> None:
    text = "Dana Holt left Corvel Systems in 2022 and founded Nemia Labs, a company that builds chatbots."
    assert _relations(text) == {("Dana Holt", "WORKS_AT", "Corvel Systems"), ("Dana Holt", "FOUNDED", "Nemia Labs")}
    assert employment(text) == {("Dana Holt", "Corvel Systems"): True}


def test_a_company_founded_under_a_description_and_a_launch_is_no_founding() -> None:
    assert _relations("In 2010, Dana Holt co-founded AI technology company Nemia Labs.") == {
        ("Dana Holt", "FOUNDED", "Nemia Labs")
    }
    assert ("Dana Holt", "FOUNDED", "Tarvo Fund") not in _relations(
        "Dana Holt joined the bank in 2010 and launched Tarvo Fund."
    )


def test_a_two_word_title_before_of_is_not_part_of_the_company_s_name() -> None:
    text = "Dana Holt, the Co-Founder and General Manager of Corvel Tech, has left the company."
    assert ("Dana Holt", "WORKS_AT", "Corvel Tech") in _relations(text)
    assert not any("Manager" in name for triple in _relations(text) for name in triple)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Founded by former Vexa researcher Ada Moss, and ex Nemia researchers Dana Holt, and Timo Lacroix – the "
            "three all studied in Paris – Corvel-backed Velora has a mission of open models.",
            {
                ("Ada Moss", "FOUNDED", "Velora"),
                ("Dana Holt", "FOUNDED", "Velora"),
                ("Timo Lacroix", "FOUNDED", "Velora"),
            },
        ),
        (
            "This is followed by taxi booking app Nemia, which is valued at US$1.6 billion and was established by Ada "
            "Moss in 2012. The third homegrown unicorn is e-commerce player Velora Group, which is valued at $1.3 "
            "billion and was founded by Dana Holt in 2012.",
            {("Ada Moss", "FOUNDED", "Nemia"), ("Dana Holt", "FOUNDED", "Velora Group")},
        ),
        (
            "Tarvo offered to buy a stake in NFDX, the venture firm Dan Grosz co-founded with Nat Friedmann.",
            {("Dan Grosz", "FOUNDED", "NFDX"), ("Nat Friedmann", "FOUNDED", "NFDX")},
        ),
        (
            "Ada Moss said she worked for Vexa and then founding the camera company Corvel Systems came next.",
            {("Ada Moss", "FOUNDED", "Corvel Systems")},
        ),
    ],
)
def test_founders_after_a_description_or_former_employers_in_the_lead(text: str, expected: set) -> None:
    assert {t for t in _relations(text) if t[1] == "FOUNDED"} == expected


def test_a_surname_formerly_of_several_companies_worked_at_each() -> None:
    text = "Velora president Wei Qiang quit. Wei, formerly of Corvel, Nemia Systems and Tarvo, led its products."
    former = {org for (person, org), was in employment(text).items() if person == "Wei Qiang" and was}
    assert former >= {"Corvel", "Nemia Systems", "Tarvo"}


def test_the_company_s_founder_is_the_founder_of_the_company_the_clause_names_not_of_the_topic() -> None:
    text = (
        "Velmont Robotics shares fell 3% on Monday after weak results, and Velmont Robotics cut its outlook for the "
        "year. Elsewhere, Brantor Holdings gained 2% after reports that the company's founder, Hal Brisk, is "
        "exploring ways to raise funds."
    )
    founded = {(s, o) for s, r, o in _relations(text) if r == "FOUNDED"}
    assert founded == {("Hal Brisk", "Brantor Holdings")}
