"""A broker named with its legal form and a bare ticker right after ("Velmont Capital Group Inc. VCGI raised
...", "Tellix Corp. (TLX) lifted ...") acts under its name, not the ticker's (fictional names, sentences written
here)."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import analyst_actions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmont Capital Group Inc. VCGI raised its price target on Quorra Labs to $52 from $45 on Tuesday.",
            {("Velmont Capital Group", "Quorra Labs", "raise_target")},
        ),
        (
            "Tellix Corp. (TLX) lifted its target on Orvane Motors to $30.",
            {("Tellix", "Orvane Motors", "raise_target")},
        ),
        (
            "Quorra Labs shares rose 4% on Monday to a record. Velmont Capital Group Inc. VCGI raised its price "
            "target to $61 on Tuesday.",
            {("Velmont Capital Group", "Quorra Labs", "raise_target")},
        ),
    ],
)
def test_a_ticker_after_a_brokers_legal_name_is_no_actor_of_its_own(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert analyst_actions(text) == expected


def test_a_ticker_after_a_rated_companys_legal_name_leaves_the_broker_acting() -> None:
    text = "Harlow Securities raised its price target on Brantor Holdings Inc. BRH to $18 on Friday."
    assert analyst_actions(text) == {("Harlow Securities", "Brantor Holdings", "raise_target")}
