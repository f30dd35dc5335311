"""People's names, titles and founders as news writes them, and words that are no party (a department after a title,
a country's short name, the pronoun "I"); sentences written here, fictional names."""

from __future__ import annotations

import pytest

from loaders.articles.mentions import find_mentions, looks_like_person
from loaders.articles.vocabulary import document_vocabulary
from tests.loaders.articles.conftest import read_all, relation_triples


def test_a_department_written_after_a_title_is_no_person() -> None:
    text = '"He has done well," Marcus Feld, Executive Vice President Overseas Operations at Quorvane, said.'
    assert all(subject != "Overseas Operations" for subject, _, _ in relation_triples(text))
    for department in ("Overseas Operations", "Investor Relations", "Corporate Affairs", "Business Development"):
        assert not looks_like_person(department), department
    assert looks_like_person("Marcus Feld")


def test_a_country_s_short_name_employs_nobody() -> None:
    text = "Kimhe acted as the underwriters' PRC legal counsel, led by partner Lin Weiqiang with partner Zhou Mei."
    employers = {o for s, kind, o in relation_triples(text) if kind == "WORKS_AT"}
    assert "PRC" not in employers and employers <= {"Kimhe"}


def test_the_pronoun_i_is_never_a_name() -> None:
    text = "He is handing over, and I am delighted, to Carla Venn, who works closely with the new CEO Tobin Marsh."
    assert [m.text for m in find_mentions(text, 0, document_vocabulary(text))] == ["Carla Venn", "Tobin Marsh"]
    text = "Quorvane unveiled its Helix I chip after a Series I round."
    assert "Helix I" in [m.text for m in find_mentions(text, 0, document_vocabulary(text))]


def test_a_title_with_its_department_still_names_the_firm_after_at() -> None:
    text = '"He has done well," Marcus Feld, Executive Vice President Overseas Operations at Quorvane, said.'
    assert ("Marcus Feld", "WORKS_AT", "Quorvane") in relation_triples(text)


def test_the_staff_of_a_firm_s_unit_work_at_the_firm() -> None:
    text = "Carla Venn, vice president of Quorvane supply chain unit, will report to the board."
    assert ("Carla Venn", "WORKS_AT", "Quorvane") in relation_triples(text)


def test_a_plural_business_noun_and_a_second_noun_close_one_name() -> None:
    def names(text: str) -> list[str]:
        return [m.text for m in find_mentions(text, 0, document_vocabulary(text))]

    assert names("Carla Venn, CEO of Velmar Exchanges and Clearing, welcomed the listing.") == [
        "Carla Venn",
        "Velmar Exchanges and Clearing",
    ]
    assert names("Shares of Quorvane Holdings and Velmar rose.") == ["Quorvane Holdings", "Velmar"]
    assert names("It counts Helm Ventures and Matrix among its investors.") == ["Helm Ventures", "Matrix"]
    assert names("Velmar Technologies and Quorvane Group signed a deal.") == ["Velmar Technologies", "Quorvane Group"]


def test_a_quoted_speaker_s_title_may_follow_without_a_comma() -> None:
    text = '"Stocks fell," said Carla Venn head of financial analysis at Halvex Partners.'
    assert ("Carla Venn", "WORKS_AT", "Halvex Partners") in relation_triples(text)
    assert not relation_triples("Tobin Marsh chief of staff Carla Venn met Lin Weiqiang director Dana Holt.")


def _founders(text: str) -> set[str]:
    return {s for s, kind, o in relation_triples(text) if kind == "FOUNDED"}


def test_honorifics_before_founders_keep_the_list_going() -> None:
    assert _founders("Quorvane was founded by Dr Vivek Raman and Dr Pratik Kumar in August 2023.") == {
        "Vivek Raman",
        "Pratik Kumar",
    }
    text = "Quorvane, which was founded in 2018 by CEO Omri Gal, Dr. Ronen Dar, and Prof. Meir Feld, makes chips."
    assert _founders(text) == {"Omri Gal", "Ronen Dar", "Meir Feld"}


def test_a_described_name_that_opens_a_clause_is_no_further_founder() -> None:
    assert _founders("Quorvane was founded by Tobin Marsh, and chief scientist Carla Venn joined later.") == {
        "Tobin Marsh"
    }
    assert _founders("Quorvane was founded by Tobin Marsh and Carla Venn, who later left.") == {
        "Tobin Marsh",
        "Carla Venn",
    }


def test_a_firm_s_founders_named_after_it_each_founded_it() -> None:
    assert _founders("Zepvo founders Aadit Pal and Kaival Vora are in talks with Velmar.") == {
        "Aadit Pal",
        "Kaival Vora",
    }
    assert _founders("Zepvo co-founders Aadit Pal, Kaival Vora and Dana Holt met investors.") == {
        "Aadit Pal",
        "Kaival Vora",
        "Dana Holt",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Velmar Vice President Dana Holt said so.",
        "Velmar Senior Vice President Dana Holt said so.",
        "Velmar vice-chair and president Dana Holt will join the board.",
        "Velmar vice chairman Dana Holt said so.",
    ],
)
def test_a_vice_or_senior_title_between_firm_and_person(text: str) -> None:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    works = [(names[r.subject], names[r.object], r.span.rule) for r in draft.relations if r.type.value == "WORKS_AT"]
    assert works == [("Dana Holt", "Velmar", "titles.role.WORKS_AT")]


def test_a_department_before_a_title_employs_nobody() -> None:
    text = (
        "The three are R&D Senior Vice President Tobin Marsh, Senior Vice President of Operations Dana Holt, and more."
    )
    assert not {o for _, kind, o in relation_triples(text) if kind == "WORKS_AT"} & {"R&D", "Operations"}
