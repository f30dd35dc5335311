"""Whom "the startup" stands for in a text about a larger company: the one company the text called a start-up, or
the topic when the text called the topic one. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _rounds(text: str) -> set[tuple[str, float]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {(names[e.subject], e.amount.amount) for e in draft.events if e.kind.value == "FUNDING_ROUND" and e.amount}


_LEAD = (
    "Brantor Group led a $600 million round in robotics startup Quorra Labs. "
    "Brantor Group has backed nine hardware firms this year, and Brantor Group shares rose 2%. "
    "Quorra Labs makes warehouse robots. "
)


def test_the_startup_is_the_one_company_the_text_called_a_startup_not_its_larger_topic() -> None:
    rounds = _rounds(_LEAD + "Earlier, the startup raised $85 million from Tellix.")
    assert ("Quorra Labs", 85_000_000) in rounds
    assert ("Brantor Group", 85_000_000) not in rounds


def test_the_startup_is_the_topic_when_the_text_called_the_topic_one() -> None:
    text = (
        "Velmont, a payments startup, raised $40 million from Harlow Capital. Velmont was set up in 2019 and "
        "Velmont serves 300 shops. Last year the startup raised $12 million."
    )
    assert ("Velmont", 12_000_000) in _rounds(text)


def test_a_startup_the_topic_did_not_back_is_not_what_the_startup_stands_for() -> None:
    text = (
        "Brantor Group posted record sales. Brantor Group has 40 plants, and Brantor Group shares rose 2%. "
        "Its rival is drone startup Orvane. Earlier, the startup raised $85 million from Tellix."
    )
    assert ("Orvane", 85_000_000) not in _rounds(text)
