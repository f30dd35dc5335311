"""Whose money went where when a sentence holds more than one company (fictional names, sentences written here):
a second clause, an aside, a relative clause or a name the mention finder cut in two once sent an investor to the
wrong company."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _investors(text: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, kind, obj in relation_triples(text) if kind == "INVESTED_IN"}


def test_a_second_clause_raising_money_keeps_its_own_investors() -> None:
    text = (
        "Halvane Biotech raised $20 million from Talmeric Capital, while Quorvane raised $15 million from Brisken "
        "Ventures."
    )
    found = _investors(text)
    assert ("Talmeric Capital", "Halvane Biotech") in found
    assert ("Brisken Ventures", "Halvane Biotech") not in found


def test_the_lead_is_the_subject_an_aside_describes_not_the_last_name_of_the_aside() -> None:
    text = (
        "Talmeric Capital, an early backer of Yentra Robotics and Quorvane, led the $20 million round in Halvane "
        "Biotech."
    )
    assert _investors(text) == {
        ("Talmeric Capital", "Yentra Robotics"),
        ("Talmeric Capital", "Quorvane"),
        ("Talmeric Capital", "Halvane Biotech"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvane competes with Halvane Biotech, which raised $20 million from Talmeric Capital last year.",
            {("Talmeric Capital", "Halvane Biotech")},
        ),
        (
            "Quorvane Labs raised $40 million from Talmeric Capital, the Singapore fund that also backed Halvane "
            "Robotics and Pendro Systems.",
            {
                ("Talmeric Capital", "Quorvane Labs"),
                ("Talmeric Capital", "Halvane Robotics"),
                ("Talmeric Capital", "Pendro Systems"),
            },
        ),
    ],
)
def test_a_relative_clause_is_about_the_name_before_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yentra Robotics raised 500 million yuan from Pelmar Development and Investment Corp and Seven Rivers "
            "Capital.",
            {("Pelmar Development and Investment", "Yentra Robotics"), ("Seven Rivers Capital", "Yentra Robotics")},
        ),
        (
            "Yentra Robotics raised $10 million from state-backed State Development and Investment, Brisken Capital "
            "and Incubator Group (BCIG), and Oldfarrow Partners.",
            {
                ("State Development and Investment", "Yentra Robotics"),
                ("Brisken Capital and Incubator Group", "Yentra Robotics"),
                ("Oldfarrow Partners", "Yentra Robotics"),
            },
        ),
        (
            "Yentra Robotics raised $10 million from Five Source Capital and Brisken Ventures.",
            {("Five Source Capital", "Yentra Robotics"), ("Brisken Ventures", "Yentra Robotics")},
        ),
    ],
)
def test_a_firm_name_with_a_number_word_or_two_fields_of_business_stays_whole(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


def test_money_put_in_a_companys_rival_goes_to_the_rival() -> None:
    text = "Yentra Robotics makes robots. Talmeric Capital invested in Yentra Robotics' rival Quorvane last year."
    assert _investors(text) == {("Talmeric Capital", "Quorvane")}


@pytest.mark.parametrize(
    "text",
    [
        "Talmeric Capital closed its third fund at $500 million, with commitments from limited partners including "
        "the Pelorin Pension Fund.",
        "Talmeric Capital had considered investing in Quorvane Labs but walked away.",
        "Talmeric Capital backed out of investing in Quorvane Labs after the audit.",
    ],
)
def test_a_funds_own_backers_and_an_investment_only_weighed_state_nothing(text: str) -> None:
    assert _investors(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorvane Labs raised $40 million. Investors in Halvane Robotics include Brisken Ventures.",
            {("Brisken Ventures", "Halvane Robotics")},
        ),
        (
            "Quorvane Labs raised $40 million. Halvane Robotics also announced a round this week, led by Brisken "
            "Ventures.",
            {("Brisken Ventures", "Halvane Robotics")},
        ),
        (
            "Quorvane Labs raised $40 million from Talmeric Capital, Brisken Ventures and the Pendro family office.",
            {("Talmeric Capital", "Quorvane Labs"), ("Brisken Ventures", "Quorvane Labs")},
        ),
    ],
)
def test_the_company_a_later_sentence_names_is_the_one_invested_in(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected
