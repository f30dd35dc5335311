"""A title inside a group of former staff ("started by former Velmont engineers such as CTO A") is no current post
at the firm they left: the group has left it, the title is from elsewhere. Sentences
written for these tests (fictional companies and people)."""

from __future__ import annotations

from tests.loaders.articles.conftest import read_all


def _current_jobs(text: str) -> set[tuple[str, str]]:
    draft = read_all(text)
    names = {e.ref: e.name for e in draft.entities}
    return {
        (names[r.subject], names[r.object])
        for r in draft.relations
        if r.type.value == "WORKS_AT" and not r.properties.get("former")
    }


def test_a_title_among_former_staff_is_no_current_job_at_the_firm_they_left() -> None:
    text = "Quorra, a robotics startup started last year by former Velmont engineers such as CTO Ravi Dorrance, grew."
    assert ("Ravi Dorrance", "Velmont") not in _current_jobs(text)


def test_a_title_in_a_team_list_still_names_the_job() -> None:
    text = "Quorra, whose team includes CTO Ravi Dorrance, raised money."
    assert _current_jobs(text) == {("Ravi Dorrance", "Quorra")}
