"""`ckg unload` and `ckg unload --undo` through the real CLI and store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore
from graph.exchange.records import HISTORY_KINDS
from tests.loaders.cli_runner import run


def export(db: Path) -> list[str]:
    store = LadybugStore(db)
    try:
        return [r.model_dump_json() for r in store.export() if r.kind not in HISTORY_KINDS]  # the graph, not its logs
    finally:
        store.close()


@pytest.fixture
def loaded(db: Path, seeds: Path) -> Path:
    code, out = run("load", str(seeds / "minimax.yaml"), str(seeds / "tencent.yaml"))
    assert code == 0, out
    return seeds / "minimax.yaml"


def test_unload_by_path_prints_the_changes_and_undo_restores_the_exact_graph(db: Path, loaded: Path) -> None:
    before = export(db)
    code, out = run("unload", str(loaded))
    assert code == 0, out
    assert "unloaded: source:" in out and "Yan Junjie FOUNDED MiniMax" in out
    assert "retracted" in out and "citation dropped" in out and "undo with `ckg unload --undo source:" in out
    assert export(db) != before
    code, out = run("unload", "--undo", str(loaded))
    assert code == 0, out
    assert "restored:" in out
    assert export(db) == before


def test_unload_json_report_and_dry_run_write_nothing(db: Path, loaded: Path) -> None:
    before = export(db)
    code, out = run("unload", "minimax company profile", "--dry-run", "--format", "json")  # its title
    assert code == 0, out
    report = json.loads(out)
    assert report["dry_run"] is True and report["retracted"] > 0 and report["citations_dropped"] > 0
    assert report["sources"][0]["path"] == str(loaded.resolve())
    assert {"action", "target", "id", "text", "sources"} <= set(report["changes"][0])
    assert export(db) == before


def test_an_unknown_source_fails_with_a_clear_message(db: Path, loaded: Path) -> None:
    code, out = run("unload", "Minimax profle")
    assert code == 1
    assert 'error: no loaded source matches "Minimax profle"' in out and "Traceback" not in out
    code, out = run("unload", "--undo", str(loaded))
    assert code == 1 and "nothing to undo" in out


def test_an_edited_profile_reports_what_it_superseded(db: Path, tmp_path: Path) -> None:
    profile = tmp_path / "acme.yaml"
    profile.write_text("name: Acme Robotics\ninvestors: [Fenwick Capital, Quorra Ventures]\n", encoding="utf-8")
    assert run("load", str(profile))[0] == 0
    profile.write_text("name: Acme Robotics\ninvestors: [Fenwick Capital]\n", encoding="utf-8")
    code, out = run("load", str(profile), "--format", "json")
    assert code == 0, out
    assert json.loads(out)["superseded"] == 1
    profile.write_text("name: Acme Robotics\n", encoding="utf-8")
    code, out = run("load", str(profile))
    assert code == 0 and "superseded" in out and "1 statement it no longer makes retracted" in out


def test_the_readme_examples_say_what_the_commands_print(db: Path, seeds: Path) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    (line,) = [x for x in readme.splitlines() if x.startswith("ckg unload seeds/minimax.yaml --dry-run")]
    promised = line.split('"')[1]
    assert run("load", str(seeds))[0] == 0
    code, out = run("unload", str(seeds / "minimax.yaml"), "--dry-run")
    assert code == 0 and out.splitlines()[-1] == promised
    before = export(db)
    assert run("unload", "MiniMax company profile")[0] == 0
    code, out = run("unload", "--undo", str(seeds / "minimax.yaml"))
    assert code == 0 and export(db) == before


HOLDER = """
import sys
from graph.backends.ladybug import LadybugStore
store = LadybugStore(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
store.close()
"""


def test_a_dry_run_works_beside_another_process_holding_the_store(db: Path, loaded: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        code, out = run("unload", str(loaded), "--dry-run", "--format", "json")
        assert code == 0, out
        assert json.loads(out)["retracted"] > 0
        code, out = run("unload", str(loaded))
        assert code == 1 and "store busy" in out
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
