"""`ckg load`, `ckg merge`, `ckg unmerge`, `ckg schema profile` through the real CLI and store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from graph.backends.ladybug import LadybugStore
from loaders.pipeline import NOTHING_READ
from tests.loaders.cli_runner import run


def test_load_seeds_twice_reports_everything_unchanged(db: Path, seeds: Path) -> None:
    code, out = run("load", str(seeds), "--format", "json")
    assert code == 0, out
    first = json.loads(out)
    assert first["documents"] == 14 and first["failed"] == 0 and first["created"] > 30
    code, out = run("load", str(seeds), "--format", "json")
    second = json.loads(out)
    assert code == 0 and second["unchanged"] == 14 and second["created"] == second["statements"] == 0


def test_a_failed_file_gives_exit_code_1_and_a_reason_without_traceback(db: Path, tmp_path: Path, seeds: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nfunders: [Y]\n", encoding="utf-8")
    code, out = run("load", str(bad), str(seeds / "minimax.yaml"))
    assert code == 1
    assert f"{bad}: funders: unknown field" in out
    assert "Traceback" not in out
    assert "new entities" in out


def test_dry_run_explain_quotes_every_statement_and_writes_nothing(db: Path, seeds: Path) -> None:
    code, out = run("load", str(seeds / "minimax.yaml"), "--dry-run", "--explain")
    assert code == 0, out
    assert "FOUNDED" in out and "Yan Junjie founded MiniMax" in out
    assert "dry run" in out
    store = LadybugStore(db)
    try:
        assert store.stats().sources == 0
    finally:
        store.close()


def test_merge_suggest_merge_and_unmerge(db: Path, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("name: Hillhouse Investment\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("name: Hilhouse Investments\n", encoding="utf-8")
    assert run("load", str(tmp_path / "a.yaml"))[0] == 0
    assert run("load", str(tmp_path / "b.yaml"))[0] == 0
    code, out = run("merge", "--suggest", "--format", "json")
    (candidate,) = json.loads(out)
    assert candidate["existing_id"] == "org:hillhouse-investment" and candidate["score"] >= 85
    code, out = run("merge", candidate["existing_id"], candidate["new_id"], "--reason", "typo", "--format", "json")
    assert code == 0, out
    record = json.loads(out)
    assert record["reason"] == "typo" and record["score"] == candidate["score"]
    assert json.loads(run("merge", "--suggest", "--format", "json")[1]) == []
    code, out = run("unmerge", record["id"])
    assert code == 0 and "separate again" in out
    code, out = run("unmerge", record["id"])
    assert code == 1 and "already undone" in out


def test_merge_errors_are_one_line(db: Path) -> None:
    code, out = run("merge", "org:a", "org:b")
    assert code == 1 and "no entity with id org:a" in out and "Traceback" not in out
    code, out = run("merge", "org:a")
    assert code == 1 and "--suggest" in out


def test_a_busy_store_is_one_clear_line(db: Path, seeds: Path) -> None:
    # The lock is per process: another process holds the store while `ckg load` runs.
    holder = LadybugStore(db)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "cli.main", "load", str(seeds / "minimax.yaml")],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "CKG_DB_PATH": str(db), "COLUMNS": "200"},
        )
    finally:
        holder.close()
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: store busy"), result.stderr


def test_profile_schema_to_stdout_and_file(tmp_path: Path) -> None:
    code, out = run("schema", "profile")
    assert code == 0 and "CompanyProfile" in json.loads(out)["$defs"]
    target = tmp_path / "profile.schema.json"
    code, _ = run("schema", "profile", "--output", str(target))
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["title"] == "company-kg profile"


def test_json_explain_lists_each_statement_with_its_quote(db: Path, seeds: Path) -> None:
    code, out = run("load", str(seeds / "t-head.yaml"), "--format", "json", "--explain", "--dry-run")
    assert code == 0, out
    (report,) = json.loads(out)["reports"]
    assert report["statements_explained"] == [
        'T-Head [org:t-head] SUBSIDIARY_OF Alibaba [org:alibaba]: "parent: T-Head is a subsidiary of Alibaba"'
    ]


def test_a_document_that_yields_nothing_warns_and_strict_makes_it_fail(db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "weather.txt"
    empty.write_text("It rained all day and the river rose by evening.\n", encoding="utf-8")
    code, out = run("load", str(empty), "--dry-run", "--format", "json")
    (report,) = json.loads(out)["reports"]
    assert code == 0 and report["warnings"] == [NOTHING_READ] and report["error"] is None
    code, out = run("load", str(empty), "--strict", "--format", "json")
    summary = json.loads(out)
    assert code == 1 and summary["failed"] == 1
    assert summary["reports"][0]["error"] == f"{empty}: {NOTHING_READ} (--strict)"
    store = LadybugStore(db)
    try:
        assert store.stats().sources == 0  # the failed document wrote nothing
    finally:
        store.close()
