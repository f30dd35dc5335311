"""People who join a rival are no company competing; a new version of a line released by a company is that company's,
even when the text named the line as if it were a firm; a company described by an appositive and then "that was
acquired by X" is the one X bought, never the person named before it. Sentences written for these tests (fictional
companies and people)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _of(type_: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == type_}


@pytest.mark.parametrize(
    "text",
    [
        "Velmont has shed six managers since spring. Earlier Lena Varga and Hal Brisk S, both partners at the "
        "Oslo-based company quit their posts and joined rivals Quorra Tech and Brantor, respectively.",
        "Earlier Lena Varga, a director at the firm, quit and defected to rival Quorra Tech.",
    ],
)
def test_a_person_who_joins_a_rival_is_no_company_compared(text: str) -> None:
    assert not any("Lena Varga" in pair for pair in _of("COMPARED_TO", text))


def test_a_company_that_joins_its_rivals_still_competes_with_them() -> None:
    text = "Velmont said profit rose. Later, Dorrance Systems joined its rivals Quorra Tech and Brantor Labs."
    assert ("Dorrance Systems", "Quorra Tech") in _of("COMPARED_TO", text)


def test_a_version_of_a_line_named_as_a_firm_is_the_releasing_companys() -> None:
    text = (
        "Kestrel shows Europe can now train models at home.\n\n"
        "In late June, Velmont, Europe's largest delivery platform, released Kestrel-2.0."
    )
    developed = _of("DEVELOPED", text)
    assert ("Velmont", "Kestrel-2.0") in developed
    assert ("Kestrel", "Kestrel-2.0") not in developed


def test_a_version_named_after_its_own_releaser_stays_the_releasers() -> None:
    assert ("Velmont", "Velmont-2.0") in _of("DEVELOPED", "Velmont said profit rose. Velmont released Velmont-2.0.")


@pytest.mark.parametrize(
    "text",
    [
        "Hal Brisk co-founded Tellix AI, a Finnish lab that was acquired by Orvane last year.",
        "The project is led by Lena Varga, a linguist; and Hal Brisk, co-founder with Tellix AI, the largest "
        "private AI lab in Europe that was acquired by Orvane last year for $665 million.",
    ],
)
def test_the_company_an_appositive_describes_is_the_one_bought(text: str) -> None:
    assert _of("ACQUIRED", text) == {("Orvane", "Tellix AI")}
