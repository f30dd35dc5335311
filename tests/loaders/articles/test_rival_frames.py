"""Rivalries in more wordings, on sentences written for these tests: who competes with whom."""

from __future__ import annotations

import pytest

from loaders.articles import ArticleExtractor


def _rivals(text: str) -> set[tuple[str, str]]:
    draft = ArticleExtractor(min_confidence=0.0).extract(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[r.subject], names[r.object]) for r in draft.relations if r.type.value == "COMPARED_TO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quorra Labs raised money. The startup competes against the likes of Halden Systems and chatbot-maker "
            "Tessel Micro.",
            {("Quorra Labs", "Halden Systems"), ("Quorra Labs", "Tessel Micro")},
        ),
        (
            "Quorra Labs sells cars. The company continues to pose strong competition to Tessel Micro in China.",
            {("Quorra Labs", "Tessel Micro")},
        ),
        (
            "Quorra Labs raised money. The business has become one of Europe's most promising AI firms, competing "
            "with Tessel Micro of France.",
            {("Quorra Labs", "Tessel Micro")},
        ),
        (
            "According to Gartner, Quorra Labs is the world's third-largest cloud computing player behind Tessel "
            "Micro and Halden Systems.",
            {("Quorra Labs", "Tessel Micro"), ("Quorra Labs", "Halden Systems")},
        ),
        (
            "Quorra Labs has been expanding into phone assembly, rivaling Tessel Micro, the only other iPhone "
            "assembler in India.",
            {("Quorra Labs", "Tessel Micro")},
        ),
        (
            "Quorra Labs is a leader in video, where it competes aggressively with industry giants like Tessel "
            "Micro and Halden Systems.",
            {("Quorra Labs", "Tessel Micro"), ("Quorra Labs", "Halden Systems")},
        ),
        (
            "Ada Moss was hired as Quorra Labs is struggling to stop margins from contracting amid price "
            "competition from Tessel Micro and Halden Systems.",
            {("Quorra Labs", "Tessel Micro"), ("Quorra Labs", "Halden Systems")},
        ),
        (
            "Corvex sparked a price war in the market, prompting Quorra Labs and its main competitors, including "
            "Tessel Micro and Halden Systems, to lower their prices.",
            {("Quorra Labs", "Tessel Micro"), ("Quorra Labs", "Halden Systems")},
        ),
        (
            "Fenwick revised its valuation of Quorra Labs to 2.8 times revenue, in line with global peers like "
            "Tessel Micro and Halden Systems.",
            {("Quorra Labs", "Tessel Micro"), ("Quorra Labs", "Halden Systems")},
        ),
        (
            "Competing with Quorra Labs are Tessel Micro, the big brother in the camera industry, and Halden Systems.",
            {("Quorra Labs", "Tessel Micro"), ("Quorra Labs", "Halden Systems")},
        ),
        (
            "Quorra Energy tumbled 2.14 percent, while its smaller rival Tessel SDI was down 1.2 percent.",
            {("Quorra Energy", "Tessel SDI")},
        ),
    ],
)
def test_rivalries_in_more_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert _rivals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorra Labs joins Tessel Micro and Silicon Valley peers such as Halden Systems in placing big bets on AI.",
        "Quorra Labs is the second company to go public using the new rule after Tessel Micro (2228.HK).",
    ],
)
def test_peers_joined_and_an_order_of_events_are_no_rivalry(text: str) -> None:
    assert _rivals(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan copies the playbook of Velto's competitor Quorra Labs.", {("Velto", "Quorra Labs")}),
        ("Hangzhou also hosts Brantel's rival Zentrix Labs.", {("Brantel", "Zentrix Labs")}),
        ("Velto's rivals Quorra Labs and Lintel fell.", {("Velto", "Quorra Labs"), ("Velto", "Lintel")}),
        ("Funds poured $2 billion into Harlow-rival Lucor Motors on Monday.", {("Harlow", "Lucor Motors")}),
        ("Tarvik Labs, widely known as China's Korvane, doubled on its debut.", {("Tarvik Labs", "Korvane")}),
        ("Often called the Velto of Latin America, Mercana runs shops in 18 countries.", {("Mercana", "Velto")}),
        ("Zentrix Labs wants to become Europe's answer to Brantel.", {("Zentrix Labs", "Brantel")}),
        (
            "Unlike Lintel, Marvane or Pelora, Quorra Labs spent its money abroad.",
            {("Quorra Labs", "Lintel"), ("Quorra Labs", "Marvane"), ("Quorra Labs", "Pelora")},
        ),
        ("Quorra Labs has been losing market share to Velto since 2022.", {("Quorra Labs", "Velto")}),
        ("Lintel is slugging it out with Pelora for local buyers.", {("Lintel", "Pelora")}),
    ],
)
def test_rivals_named_by_owner_compound_epithet_contrast_and_lost_share(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _rivals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unlike last year, Quorra Labs paid no dividend.",
        "Unlike Lintel, which lost money, Quorra Labs paid a dividend.",  # the aside is Lintel's, read elsewhere
        "Velto's Orca model rivals nothing on the market today.",
        "Tarvik Labs, known as China's largest drone maker, raised money.",
    ],
)
def test_no_rivalry_without_a_named_rival_in_the_frame(text: str) -> None:
    assert _rivals(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "“Tellix is not in competition with Dorrance,” Lena Varga, who runs Tellix, told reporters.",
        "Tellix said it is not competing with Dorrance for clients.",
        "Tellix isn’t really competing with Dorrance, its chief said.",
    ],
)
def test_a_denied_rivalry_sets_no_company_against_another(text: str) -> None:
    assert not _rivals(text)


def test_a_rivalry_stated_now_still_counts() -> None:
    assert ("Tellix", "Dorrance") in _rivals("Tellix said it is now competing with Dorrance.")
