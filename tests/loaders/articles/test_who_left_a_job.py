"""Only a person who is the subject of "left"/"quit" has left a job: "A left X in 2019", "A, who later left X";
a deal or a collapse that "left X" in some state says nothing of the speaker's career."""

from __future__ import annotations

import pytest

from tests.loaders.articles.conftest import employment


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Hal Brisk said the merger left Velmont with a large debt.",
        "Hal Brisk said the collapse of Orvane left Velmont exposed to rate rises.",
    ],
)
def test_a_thing_that_left_a_company_gives_no_one_a_former_job(text: str) -> None:
    assert ("Hal Brisk", "Velmont") not in employment(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga left Velmont in 2019 to start Tellix.",
        "Lena Varga, who later left Velmont, founded Tellix.",
        "Lena Varga abruptly quit Velmont last spring.",
        "A second co-founder, chief scientist Lena Varga, left Velmont in May.",
    ],
)
def test_the_person_who_left_worked_there(text: str) -> None:
    assert employment(text).get(("Lena Varga", "Velmont")) is True
