"""Names that describe another name (fictional names, sentences written here): "X rival Y", "X chip unit Y",
"X supplier Y" open a clause whose subject is Y, so the seat and the founding year are Y's."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import read_all, relation_triples


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Quorvane Systems rival Torvik Labs, founded in 2015, is based in Denver.", "Torvik Labs"),
        (
            "Quorvane Systems chip unit Torvik Semiconductor, founded in 2015, is based in Denver.",
            "Torvik Semiconductor",
        ),
        ("Quorvane Systems supplier Torvik Labs, founded in 2015, is based in Denver.", "Torvik Labs"),
    ],
)
def test_the_described_name_is_the_subject(text: str, subject: str) -> None:
    draft = read_all(text)
    seats = {(s, o) for s, kind, o in relation_triples(text) if kind == "HEADQUARTERED_IN"}
    assert seats == {(subject, "Denver")}
    founded = {e.name: str(e.founded_on) for e in draft.entities if e.founded_on}
    assert founded == {subject: "2015"}
