"""More agreement and supply frames, on sentences written for these tests (fictional companies): a quoted kind of
agreement, "entered into agreement" without an article, a collaboration entered into, a relative clause after the
agreement that plans something of its own; and a use named after "chips for" that is no customer."""

from __future__ import annotations

import pytest

from graph.model import EntityKind
from tests.loaders.articles.conftest import StaticGazetteer, contract_parties, relation_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora makes robots. In May, the company signed a “cooperative agreement” with South Korean telecoms "
            "company Nemia Telecom.",
            {("Velora", ("Nemia Telecom",))},
        ),
        (
            "Birch Group also entered into a collaboration with Velora that it said will help grow its business.",
            {("Birch Group", ("Velora",))},
        ),
        (
            "Velora makes cameras. It also said it entered into agreement with Quorra to make its chips.",
            {("Velora", ("Quorra",))},
        ),
        (
            "Velora makes chips. Its customers include major groups such as Quorra, Birch Motors, and French "
            "government departments.",
            {("Velora", ("Quorra",)), ("Velora", ("Birch Motors",))},
        ),
        (
            "Velora Energy listed on Friday. Quorra Capital, Birch Securities and Nemia Financial Advisory and "
            "Securities (India) are the book running lead managers of the Velora Energy IPO.",
            {
                ("Quorra Capital", ("Velora Energy",)),
                ("Birch Securities", ("Velora Energy",)),
                ("Nemia Financial Advisory and Securities", ("Velora Energy",)),
            },
        ),
    ],
)
def test_agreements_read(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert contract_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Birch Group announced a collaboration on robotics.",  # with nobody named
        "Birch Group plans to enter into a collaboration with Velora.",  # a plan
        "Birch Group entered into talks with Velora about a collaboration.",  # talks, no agreement
        "Dave Brown was involved in Quorra's deal with Velora.",  # a deal of no kind: an investment as often
    ],
)
def test_no_agreement(text: str) -> None:
    assert contract_parties(text) == set()


def test_a_use_after_chips_for_is_no_customer() -> None:
    text = "Velora also manufactures AI chips for Internet of Things (IoT) applications and for Quorra and Birch."
    supplies = {(s, o) for s, kind, o in relation_triples(text) if kind == "SUPPLIES"}
    assert ("Velora", "Internet of Things") not in supplies
    text = "Velora manufactures AI chips for Internet of Things (IoT) applications."
    assert not [t for t in relation_triples(text) if t[1] == "SUPPLIES"]


def _supplies(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in relation_triples(text) if kind == "SUPPLIES"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra released its next-generation processor 3A6000 on Tuesday. Computer brands, including Velora, "
            "Tilde and Birch, have launched new computer series based on the Quorra 3A6000 processor.",
            {("Quorra", "Velora"), ("Quorra", "Tilde"), ("Quorra", "Birch")},
        ),
        ("Velora's data centres run on Quorra's GPUs.", {("Quorra", "Velora")}),
        ("Velora launched a laptop powered by Quorra chips.", {("Quorra", "Velora")}),
    ],
)
def test_chips_used(text: str, expected: set[tuple[str, str]]) -> None:
    assert _supplies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velora will use Quorra's chips next year.",  # a plan
        "Velora Chat is trained and run on thousands of Quorra's GPUs.",  # a model, maybe a product, runs on them
        "Velora makes phones using its own Velora chips.",  # its own
        "Velora's valuation is based on Quorra's chip sales.",  # no user of chips named
    ],
)
def test_no_chips_used(text: str) -> None:
    assert _supplies(text) == set()


def test_the_partner_named_right_before_the_verb_is_the_subject() -> None:
    text = (
        "To meet latency targets for its flagship Velo 30B model, Quorra AI collaborated with Birch to co-design chips."
    )
    affiliated = {(s, o) for s, kind, o in relation_triples(text) if kind == "AFFILIATED_WITH"}
    assert affiliated == {("Quorra AI", "Birch")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora is an AI lab in Hangzhou. The business disclosed in December that it had trained the model with "
            "2,000 Quorra H800 chips for less than $6 million.",
            {("Quorra", "Velora")},
        ),
        ("Velora trained its models on thousands of Quorra chips.", {("Quorra", "Velora")}),
        ("Velora's reliance on Quorra's GPU ecosystem has become a vulnerability.", {("Quorra", "Velora")}),
        ("Velora plans to train its models on Quorra chips.", set()),  # a plan
        ("Velora's reliance on Quorra's cloud services grew.", set()),  # no chips
    ],
)
def test_chips_a_model_is_trained_on(extract, text: str, expected: set[tuple[str, str]]) -> None:
    known = StaticGazetteer({"quorra": ("Quorra", EntityKind.ORGANIZATION)})  # the graph knows Quorra as a company
    assert extract(text, known).relations("SUPPLIES") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora makes AI chips. Customer adoption by Quorra AI Research and Birchflare validates Velora's RNGD "
            "chip for real-world performance.",
            {("Velora", "Quorra AI Research"), ("Velora", "Birchflare")},
        ),
        (
            "Velora's chips have been adopted by Quorra and Birch Cloud.",
            {("Velora", "Quorra"), ("Velora", "Birch Cloud")},
        ),
        ("Customer adoption by Quorra and Birch grew fast.", set()),  # adoption of what: unsaid
        ("Velora's chips may be adopted by Quorra.", set()),  # hedged
    ],
)
def test_chips_adopted(text: str, expected: set[tuple[str, str]]) -> None:
    assert _supplies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With Quorra's Veo and now Birch's new Velora partnership fighting for supremacy, the push highlights "
            "competition.",
            {("Birch", "Velora")},
        ),
        ("Quorra's new Paris partnership grew.", set()),  # a place is no partner
    ],
)
def test_partnership_named_by_a_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, kind, o in relation_triples(text) if kind == "AFFILIATED_WITH"} == expected


def test_a_nationality_before_company_names_no_party_of_the_deal() -> None:
    text = "Halvex Motors signed a supply deal with a Czech company in March."
    assert contract_parties(text) == {("Halvex Motors", ())}


def test_a_short_name_in_capitals_is_that_name_only_in_capitals(extract) -> None:
    known = StaticGazetteer({"ON": ("ON Quorra", EntityKind.ORGANIZATION)})  # a ticker the graph holds
    draft = extract("On Friday, Halvex Corp. shares fell 3% in Oslo.", known).draft
    assert "ON Quorra" not in {e.name for e in draft.entities}
    shouted = extract("Shares of ON rose 4% on Friday.", known).draft
    assert "ON Quorra" in {e.name for e in shouted.entities}
