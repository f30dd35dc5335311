"""A product introduced by "its" after a company accused or sued ("X accused Y of ... through its platform, Z") may
be either company's, so neither is its maker; a numbered military or corporate unit ("Signals Unit 8200") is no
product. Sentences written for these tests (fictional companies)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import relation_triples


def _developed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in relation_triples(text) if t == "DEVELOPED"}


@pytest.mark.parametrize(
    "text",
    [
        "Last spring, Velmont, a wallet backed by 20 lenders, accused Brantor of dominating the payments market "
        "through its popular platform, Quorra Pay.",
        "Velmont sued Brantor over patents for its best-selling app, Kestrel.",
    ],
)
def test_its_product_after_a_company_accused_has_no_maker(text: str) -> None:
    assert _developed(text) == set()


def test_its_product_with_no_company_accused_stays_the_subjects() -> None:
    assert ("Velmont", "Kestrel") in _developed("Velmont launched its best-selling app, Kestrel, in May.")


def test_a_numbered_unit_is_no_product() -> None:
    text = "Founded by veterans of the Tellix’s Signals Unit 8200, Velmont makes software."
    assert _developed(text) == set()
