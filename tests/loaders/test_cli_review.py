"""`ckg review` through the real CLI and store: the queue, accept, reject, undo and the log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.loaders.cli_runner import run

ARTICLE = "Quorra Labs raised $40 million from state-owned Fenwick Capital.\n"


@pytest.fixture
def note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CKG_DB_PATH", str(tmp_path / "data" / "graph"))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    monkeypatch.setenv(
        "CKG_REVIEW_BELOW", "0.99"
    )  # every extracted statement waits, whatever the confidence table says
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "note.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def queue() -> list[dict[str, object]]:
    code, out = run("review", "--format", "json")
    assert code == 0, out
    found: list[dict[str, object]] = json.loads(out)
    return found


def test_the_load_report_counts_what_waits_for_review_and_the_queue_lists_it(note: Path) -> None:
    code, out = run("load", str(note), "--explain")
    assert code == 0, out
    assert "for review" in out and "rule funding.apply.INVESTED_IN, for review]" in out
    items = queue()
    assert [(i["target"], i["rule"]) for i in items] == [
        ("event", "funding.apply.FUNDING_ROUND"),
        ("relation", "funding.apply.INVESTED_IN"),
    ]
    code, out = run("review")
    assert code == 0 and "2 statements waiting for review" in out and "Fenwick Capital invested in Quorra Labs" in out


def test_reject_then_undo_through_the_cli_and_the_log_says_who(note: Path) -> None:
    run("load", str(note))
    rel_id = str(next(i["id"] for i in queue() if i["target"] == "relation"))
    code, out = run("review", "reject", rel_id, "--note", "not in the filing")
    assert code == 0 and f"rejected {rel_id}" in out
    assert rel_id not in [i["id"] for i in queue()]
    code, out = run("load", str(note))  # the same document again: still rejected
    assert code == 0 and rel_id not in [i["id"] for i in queue()]
    code, out = run("review", "undo", rel_id)
    assert code == 0 and f"undid the reject of {rel_id}: candidate again" in out
    assert rel_id in [i["id"] for i in queue()]
    code, out = run("review", "log", "--format", "json")
    (entry,) = json.loads(out)
    assert entry["decision"] == "reject" and entry["note"] == "not in the filing" and entry["undone_at"]


def test_accepting_all_or_none(note: Path) -> None:
    run("load", str(note))
    ids = [str(i["id"]) for i in queue()]
    code, out = run("review", "accept", *ids, "rel:unknown")
    assert code == 1 and "no statement with id rel:unknown" in out
    assert len(queue()) == 2  # nothing was decided
    code, out = run("review", "accept", *ids, "--format", "json")
    assert code == 0 and [d["decision"] for d in json.loads(out)] == ["accept", "accept"]
    assert queue() == []
    code, out = run("review", "accept", ids[0])
    assert code == 1 and "already accepted" in out


def test_the_readme_review_example_names_the_ids_this_article_gives(note: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Reviewing uncertain statements\n", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    named = {word for line in example.splitlines() for word in line.split() if word.startswith(("rel:", "event:"))}
    run("load", str(note))
    assert named == {str(i["id"]) for i in queue()}
