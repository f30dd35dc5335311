"""Who put money into which company, and which rounds there were (fictional companies, sentences written here):
words that are no investor, investees that are not the round's, amounts that are no round; and ways of naming a
round's investors that once went unread."""

from __future__ import annotations

import pytest

from graph.model import EventKind
from loaders.drafts import DocumentDraft
from tests.loaders.articles.conftest import read_all


def _names(draft: DocumentDraft) -> dict[str, str]:
    return {e.ref: e.name for e in draft.entities}


def _investors(text: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = _names(draft)
    return {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == "INVESTED_IN"}


def _rounds(text: str) -> set[tuple[str, float | None]]:
    draft = read_all(text)
    names = _names(draft)
    return {
        (names[e.subject], e.amount.amount if e.amount else None)
        for e in draft.events
        if e.kind == EventKind.FUNDING_ROUND and not e.properties.get("modality")
    }


# --- no investor ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "VC" names the kind of the firms listed, not one of them
            "Velora Labs raised $50 million in a Series B round. Other VC firms such as Corvel Capital and Nemia "
            "Ventures participated in this round of financing.",
            {("Corvel Capital", "Velora Labs"), ("Nemia Ventures", "Velora Labs")},
        ),
        (  # "the A and B governments": the names describe the governments, which the text does not name
            "Velora Quantum secured a $620 million funding package from the Tarvonian Federal and Quessland "
            "governments this spring.",
            set(),
        ),
        (  # the owner's fund is the investor: "X's Y Fund"
            "Velora Pay raised $639 million from Corvel’s Tamsin Growth Fund 2.",
            {("Tamsin Growth Fund 2", "Velora Pay")},
        ),
        (
            "Velora Drive raised $500 million from investors including Nemia Group’s Arlo Technology Fund and "
            "Quessa’s Dorn Capital.",
            {("Arlo Technology Fund", "Velora Drive"), ("Dorn Capital", "Velora Drive")},
        ),
        (  # the holder is the name the verb follows, not the one its aside describes it by
            "Corvel Holdings, the investment arm of Nemia University, hold a 51 per cent stake in Velora Group.",
            {("Corvel Holdings", "Velora Group")},
        ),
        (  # "X, backed by A, and B": the aside closes before B
            "Rivals include Tarvo AI, backed by Corvel Systems, and Nemia Labs.",
            {("Corvel Systems", "Tarvo AI")},
        ),
        (  # talks are no investment yet
            "Velora Labs is in advanced talks about raising fresh capital from a number of investors, including "
            "Corvel Ventures.",
            set(),
        ),
    ],
)
def test_investors_are_named_parties_of_the_round(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


# --- no round, or not this company's -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # startups in general raised the money, not the text's company
            "Velora Semiconductor became the latest chip startup to raise money last week.\n\nThose numbers are "
            "well ahead of last year's pace, when such startups raised just under $8.8 billion across 490 deals.",
            set(),
        ),
        (  # "the QRX chip company" is the text's company; QRX describes it
            "Velora Labs builds inference chips. The QRX chip company closes a $650 million round led by Corvel "
            "Capital.",
            {("Velora Labs", 650_000_000)},
        ),
        (  # "that the company raised": the company, not the filings' agency
            "Velora Labs designs chips. All that exists online are a couple Corvel Registry filings from October "
            "showing that the company raised $10.3 million.",
            {("Velora Labs", 10_300_000)},
        ),
        (  # what a company had raised before the latest round is a total, and not the investor's
            "Corvel Group previously invested $400 million in Velora Labs — which had raised $1.1 billion before "
            "this latest round — and took a 10% stake.",
            set(),
        ),
    ],
)
def test_rounds_belong_to_the_company_that_raised_them(text: str, expected: set[tuple[str, float]]) -> None:
    assert _rounds(text) == expected


# --- investors and rounds read -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Robotics makes chips. In January, the designer had further garnered $400 million in its Series "
            "C2 round from investment firm Corvel Gifford, Nemia Partners, among others.",
            {("Corvel Gifford", "Velora Robotics"), ("Nemia Partners", "Velora Robotics")},
        ),
        (
            "Velora Robotics raised $350 million. The Series C3 round saw the participation from a clutch of "
            "industry groups – including Corvel Auto, Nemia Motors and Tarvo Optical.",
            {
                ("Corvel Auto", "Velora Robotics"),
                ("Nemia Motors", "Velora Robotics"),
                ("Tarvo Optical", "Velora Robotics"),
            },
        ),
        (
            "Velora Robotics raised $350 million. The funding also includes participation from Corvel Capital and "
            "Nemia Ventures.",
            {("Corvel Capital", "Velora Robotics"), ("Nemia Ventures", "Velora Robotics")},
        ),
        (
            "Corvel Materia, an investment firm, is heading Velora’s Series D round, the startup said.",
            {("Corvel Materia", "Velora")},
        ),
        (  # the owner's firm named in an aside leads, not the owner
            "Ada Moss’s investment firm, Corvel Materia, is heading Velora’s Series D round (€600 million).",
            {("Corvel Materia", "Velora")},
        ),
    ],
)
def test_investors_named_by_a_round_verb_or_a_participation(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Robotics, an AI chip designer, has gathered an aggregate of $350 million in its Series C3 round "
            "of financing.",
            {("Velora Robotics", 350_000_000)},
        ),
        (
            "Ada Moss has turned to defense. His latest move: leading a €600 million funding round in Velora.",
            {("Velora", 600_000_000)},
        ),
    ],
)
def test_rounds_read_from_an_aggregate_or_a_lead(text: str, expected: set[tuple[str, float]]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Chips was founded in 2016. It received an angel round of funding worth 10 million yuan from "
            "Corvel Academy in April.",
            {("Velora Chips", 10_000_000)},
        ),
    ],
)
def test_rounds_of_a_named_venture_or_received(text: str, expected: set[tuple[str, float]]) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "A’s joint fund and B": the list goes on after an owner's unnamed fund
            "Velora Robotics makes chips. Its round was co-led by Corvel Bank Capital’s joint fund and smart "
            "manufacturing-focused Nemia Fund.",
            {("Corvel Bank Capital", "Velora Robotics"), ("Nemia Fund", "Velora Robotics")},
        ),
        (  # "funding from": the money came from them, with no verb of raising
            "Velora Robotics makes chips. The series B built on $5m in series A funding from Corvel Ventures, Nemia "
            "Capital and Tarvo Fund in 2016.",
            {
                ("Corvel Ventures", "Velora Robotics"),
                ("Nemia Capital", "Velora Robotics"),
                ("Tarvo Fund", "Velora Robotics"),
            },
        ),
        (
            "Carmaker Corvel Motors agreed a $300m investment in Velora Drive, a driving software developer, "
            "yesterday.",
            {("Corvel Motors", "Velora Drive")},
        ),
    ],
)
def test_investors_of_an_owners_fund_a_funding_or_an_investment(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # people introduced by what they do, then firms
            "Velora Robotics raised 105 million euros. Other shareholders include Businessmen Ada Moss and Rolf "
            "Sander, Corvel Holding and Belgian firm Tarvo.",
            {
                ("Ada Moss", "Velora Robotics"),
                ("Rolf Sander", "Velora Robotics"),
                ("Corvel Holding", "Velora Robotics"),
                ("Tarvo", "Velora Robotics"),
            },
        ),
        (  # a single backer the lead is joined by
            "Velora Robotics makes chips. Corvel Group led a US$1 billion funding round in Velora Robotics with "
            "existing backer Nemia Management, people said.",
            {("Corvel Group", "Velora Robotics"), ("Nemia Management", "Velora Robotics")},
        ),
        (  # backers named through their investment arm
            "Velora Robotics makes chips. They joined previous backers including the investment arm of food delivery "
            "giant Corvel and Nemia, the sources said.",
            {("Corvel", "Velora Robotics"), ("Nemia", "Velora Robotics")},
        ),
    ],
)
def test_investors_named_by_what_they_are_or_as_a_single_backer(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_leading_a_round_names_its_company_or_follows_with() -> None:
    assert _rounds("Ada Moss has turned to defense. His latest move: leading a €600 million round in Velora.") == {
        ("Velora", 600_000_000)
    }
    assert (
        _rounds(  # whose round is not said: not the lead's own
            "Corvel Holdings has been part of every Velora funding round since the startup was founded, including "
            "leading the $48 million pre-series A round."
        )
        == set()
    )


def test_funding_from_names_investors_unless_inside_an_aside() -> None:
    assert ("Corvel Ventures", "Velora Robotics") in _investors(
        "Velora Robotics makes chips. The series B built on $5m in series A funding from Corvel Ventures in 2016."
    )
    text = (
        "Velora Telecom builds networks. Partners include Nemia Labs – who it was reported earlier this week got a "
        "multi-billion dollar investment from Corvel – and Tarvo."
    )
    assert ("Corvel", "Velora Telecom") not in _investors(text)


def test_an_adjective_before_a_manufacturer_is_no_investor() -> None:
    text = "Automotive manufacturer Corvel Motors agreed a $300m investment in Velora Drive yesterday."
    assert _investors(text) == {("Corvel Motors", "Velora Drive")}


def test_a_completed_round_then_its_lead_and_other_investors() -> None:
    text = (
        "Velora Robotics recently announced the successful completion of a $100 million Series A funding round. "
        "This round was led by Corvel Ventures and included prominent investors such as Nemia Capital, Tarvo Fund."
    )
    draft = read_all(text)
    names = _names(draft)
    rounds = [e for e in draft.events if e.kind == EventKind.FUNDING_ROUND]
    assert [(names[e.subject], e.amount.amount if e.amount else None) for e in rounds] == [
        ("Velora Robotics", 100_000_000)
    ]
    leads = {names[r.subject] for r in draft.relations if r.properties.get("lead")}
    assert leads == {"Corvel Ventures"}
    assert _investors(text) == {(n, "Velora Robotics") for n in ("Corvel Ventures", "Nemia Capital", "Tarvo Fund")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Robotics has recently completed a new round of financing exceeding 1.1 billion yuan.",
            {("Velora Robotics", 1_100_000_000)},
        ),
        (  # the listing is only weighed: the money came from a private round
            "Chinese AI robot developer Velora Robotics has raised over 1 billion yuan in a Series C round of "
            "financing as the firm is said to be weighing an initial public offering (IPO) in Hong Kong.",
            {("Velora Robotics", 1_000_000_000)},
        ),
    ],
)
def test_rounds_of_financing_exceeding_an_amount_or_before_a_listing(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert _rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velora Robotics raised money. The top-tier investors include the strategic investment arm of Corvel "
            "(a listed company), Nemia Capital and Tarvo Fund.",
            {("Corvel", "Velora Robotics"), ("Nemia Capital", "Velora Robotics"), ("Tarvo Fund", "Velora Robotics")},
        ),
    ],
)
def test_investors_after_an_arm_or_a_count(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investors(text) == expected


def test_a_stake_sold_is_held_no_more() -> None:
    assert (
        _investors("Corvel Motors said Nemia's 100 percent stake in Velora Cars was sold for 100 million pounds.")
        == set()
    )
    assert _investors("Corvel Motors said Nemia's 100 percent stake in Velora Cars grew in value.") == {
        ("Nemia", "Velora Cars")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # in a story about a listing, a raise at a valuation is still a private round
            "Corvel Foods made its trading debut after an initial public offering on Monday.\n\nVelora Foods has "
            "raised a whopping $665 million at a $3.6 billion valuation, its chief executive told us.",
            {("Velora Foods", 665_000_000)},
        ),
        (  # the amount before "round" is the round's
            "Velora Foods makes apps. However, Corvel's mammoth $950 million round from Nemia and Tarvo last month "
            "is the biggest this year.",
            {("Corvel", 950_000_000)},
        ),
    ],
)
def test_rounds_at_a_valuation_or_sized_before_round(text: str, expected: set[tuple[str, float]]) -> None:
    assert _rounds(text) == expected


def test_a_list_goes_on_after_a_relative_clause_and_names_the_rounds_company() -> None:
    text = (
        "Velora Labs raised $6.6 billion. Other backers include Corvel Corp., which has already invested $13 "
        "billion in the startup, and Nemia Corp., the chipmaker whose processors are popular."
    )
    assert _investors(text) == {("Corvel", "Velora Labs"), ("Nemia", "Velora Labs")}


def test_a_round_in_yen_sign_in_a_text_about_japan() -> None:
    text = (
        "Tokyo-based Velora Labs is one of Japan's busiest startups.\n\nSeparately, Velora Labs said it raised "
        "¥20 billion at a valuation of about $2.6 billion."
    )
    rounds = [e for e in read_all(text).events if e.kind == EventKind.FUNDING_ROUND]
    assert [(e.amount.amount, e.amount.currency) for e in rounds if e.amount] == [(20_000_000_000, "JPY")]


def test_a_raise_from_named_investors_is_a_round_in_a_story_about_listings() -> None:
    text = (
        "Regulators in Tokyo want fewer early debuts, and Nemia Robotics made its trading debut after an initial "
        "public offering.\n\nSelf-driving startup Velora Motors said Monday it raised about ¥15.3 billion from "
        "investors including Corvel Corp."
    )
    assert _rounds(text) == {("Velora Motors", 15_300_000_000)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead described by who backs or owns it, between "led by" and its name
        (
            "Velora raised 600 million yuan in a round led by State-backed Quennet Internet Fund.",
            {("Quennet Internet Fund", "Velora")},
        ),
        # "with backing from" a list, after a round closed with no money verb of its own
        (
            "Velora closed a $300 million Series A1 round in 2023 with backing from Brantor Group and Orlo Holdings.",
            {("Brantor Group", "Velora"), ("Orlo Holdings", "Velora")},
        ),
    ],
)
def test_a_lead_described_before_its_name_and_backers_after_backing_from(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _investors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orlo blocked two lenders, Velora raised $42 million, and Brantor bought Quennet.",
        "Meanwhile, Orlo and Brantor have cut fees on their apps, Kenyan PayTech startup Velora raised $42 million to "
        "grow, and Quennet hired a new chief.",
    ],
)
def test_a_raise_told_after_another_companys_clause_is_the_raisers(text: str) -> None:
    assert _rounds(text) == {("Velora", 42e6)}


def test_a_raise_in_a_bracketed_relative_clause_is_the_named_companys() -> None:
    text = (
        "Guests included Ivo Renn and Mira Dal, co-founders of Velora Pay (which raised $64 million in May), and more."
    )
    assert _rounds(text) == {("Velora Pay", 64e6)}
