"""Founders belong to the company their sentence is about, not to a neighbour the text also names: the company just
told about in a roundup, the firm of the next title in a list, a past post, a name in another script. Sentences
written for these tests (fictional companies and people)."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _founded(text: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == "FOUNDED"}


def test_the_company_after_a_sentence_about_another_is_not_the_topic() -> None:
    text = (
        "Quorra raised $40 million in a round led by Velmont on Monday.\n\n"
        "Orvane Capital invested in Brantor Labs last year.\n\n"
        "The Lisbon-based platform for coworking desks Brantor Labs raised $3.4 million from angel investors.\n\n"
        "Established in 2019 by Lena Varga and Hal Brisk, the company provides a marketplace for offices."
    )
    assert _founded(text) == set()


def test_the_company_after_a_sentence_about_the_topic_is_the_topic() -> None:
    text = (
        "Quorra raised $40 million in a round led by Velmont on Monday.\n\n"
        "Established in 2019 by Lena Varga and Hal Brisk, the company provides drones to farms."
    )
    assert _founded(text) == {("Lena Varga", "Quorra"), ("Hal Brisk", "Quorra")}


def test_each_founder_in_a_list_of_titled_names_founded_their_own_company() -> None:
    text = (
        "We have seen many founders quit, including Tellix co-founder Hal Brisk, Orvane's co-founder Lena Varga, "
        "and others."
    )
    assert _founded(text) == {("Hal Brisk", "Tellix"), ("Lena Varga", "Orvane")}


def test_a_past_post_after_a_founding_is_no_founding() -> None:
    text = (
        "Founded by veterans of the Harlow Signals Unit 8200, Velmont said Tellix would join as an investor.\n\n"
        "“Adding Tellix to its ranks will improve our research,” said Hal Brisk, co-founder and CEO of Velmont and "
        "a former commander of the Harlow Technology & Intelligence Unit 8200."
    )
    assert _founded(text) == {("Hal Brisk", "Velmont")}


def test_a_founder_titled_by_a_name_in_another_script_is_not_the_topics() -> None:
    text = "Quorra has raised $60 million from names including 亚马逊 founder Hal Brisk and investor Tom Orr."
    assert _founded(text) == set()


def test_its_founder_after_a_sentence_opened_by_another_company_is_that_companys() -> None:
    text = (
        "Quorra Capital has backed 12 robot makers this year. Quorra Capital invested in Tellix and Orvane. Quorra "
        "Capital is based in Oslo.\n\nBrantor Labs opened in March 2024. Though its team is tiny, its co-founder Hal "
        "Brisk teaches chemistry."
    )
    assert _founded(text) == {("Hal Brisk", "Brantor Labs")}


def test_a_participial_founding_before_a_described_company_noun_is_the_topics() -> None:
    for aside in (", ", "—co-author of a famous paper—"):
        text = (
            "Quorra Labs raised $40 million on Monday, Quorra Labs said.\n\n"
            f"Founded by former Tellix researchers Hal Brisk and Lena Varga{aside}the Oslo-based company is "
            "building robots."
        )
        assert _founded(text) == {("Hal Brisk", "Quorra Labs"), ("Lena Varga", "Quorra Labs")}


def test_the_former_employer_in_a_participial_founding_never_becomes_the_company() -> None:
    text = (
        "Quorra Labs\nTL;DR: Quorra Labs reached a $2 billion valuation in May. Founded by former Tellix researchers "
        "Hal Brisk and Lena Varga—co-author of a famous paper—the Oslo-based company is building robots."
    )
    assert not any(org == "Tellix" for _, org in _founded(text))
