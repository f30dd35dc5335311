"""A bond sale's size before it was upsized ("upsized from the previously announced $250 million") is no issue of its
own; the size sold still is. Fictional names and figures."""

from __future__ import annotations

from tests.loaders.articles.conftest import security_issues


def test_the_previously_announced_size_of_an_upsized_note_sale_is_no_issue() -> None:
    text = (
        "Velmont Devices priced its convertible notes on Friday. It sold $420 million of notes, a deal "
        "increased from $350 million of notes on strong demand."
    )
    assert (("Velmont Devices", 3.5e8)) not in security_issues(text)


def test_the_originally_planned_size_of_a_bond_sale_is_no_issue() -> None:
    text = "Dorrance Power sold $800 million of green bonds, above an originally planned sale of $500 million of bonds."
    assert ("Dorrance Power", 5e8) not in security_issues(text)


def test_the_size_sold_is_still_an_issue() -> None:
    text = "Dorrance Power sold $800 million of green bonds on Tuesday."
    assert security_issues(text) == {("Dorrance Power", 8e8)}
