"""`ckg export`, `ckg import` and `ckg migrate` through the real CLI on real embedded stores."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from graph.backends.ladybug import LadybugStore
from graph.settings import StoreSettings
from tests.exchange.conftest import write_synthetic

COUNTS: dict[str, int] = {}


@pytest.fixture
def source_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "source" / "graph"
    store = LadybugStore(db)
    COUNTS.update(write_synthetic(store, 40))
    store.close()
    monkeypatch.setenv("CKG_DB_PATH", str(db))
    monkeypatch.setenv("COLUMNS", "400")  # rich wraps at the terminal width: keep messages on one line
    for name in ("CKG_NEO4J_URI", "CKG_NEO4J_PASSWORD", "CKG_NEO4J_USER", "CKG_NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    return db


def test_export_then_import_into_another_store(
    source_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    outputs = {}
    for suffix in ("jsonl", "graphml", "cypher"):
        out = tmp_path / "out" / f"graph.{suffix}"
        result = runner.invoke(app, ["export", str(out)])
        assert result.exit_code == 0, result.output
        assert f"{COUNTS['entity']} entities, {COUNTS['relation']} relations" in result.output
        outputs[suffix] = out.read_bytes()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")], "no temporary file is left"
    stdout = runner.invoke(app, ["export", "-", "--format", "jsonl"])
    assert stdout.exit_code == 0 and stdout.stdout_bytes == outputs["jsonl"]

    monkeypatch.setenv("CKG_DB_PATH", str(tmp_path / "copy" / "graph"))
    imported = runner.invoke(app, ["import", str(tmp_path / "out" / "graph.graphml")])
    assert imported.exit_code == 0, imported.output
    assert "created" in imported.output and f"{COUNTS['entity']} entities" in imported.output
    again = runner.invoke(app, ["import", str(tmp_path / "out" / "graph.cypher")])
    assert again.exit_code == 0 and "created nothing new; updated nothing" in again.output
    result = runner.invoke(app, ["export", "-", "--format", "jsonl"])
    assert result.stdout_bytes == outputs["jsonl"]


def test_import_errors_are_one_clear_line(source_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"format": "company-kg", "version": 1}\n{"kind": "entity", "data": {"id": "org:x"}}\n')
    result = CliRunner().invoke(app, ["import", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl: line 2: entity org:x, field" in result.output and "Traceback" not in result.output
    missing = CliRunner().invoke(app, ["import", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1 and "nope.jsonl: no such file" in missing.output
    unknown = CliRunner().invoke(app, ["export", str(tmp_path / "graph.txt")])
    assert unknown.exit_code == 1 and "cannot tell the format" in unknown.output


def test_migrate_needs_a_neo4j_uri(source_db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["migrate"])
    assert result.exit_code == 1 and "give --to bolt://host:7687" in result.output
    wrong = runner.invoke(app, ["migrate", "--to", "http://localhost:7474"])
    assert wrong.exit_code == 1 and "expected one of bolt://" in wrong.output


def test_migrate_reports_an_unreachable_neo4j(source_db: Path) -> None:
    # Port 9 on loopback: nothing listens, the connection is refused at once (no network needed).
    result = CliRunner().invoke(app, ["migrate", "--to", "bolt://127.0.0.1:9", "--password", "x"])
    assert result.exit_code == 1
    assert "Neo4j at bolt://127.0.0.1:9 does not answer" in result.output


def test_migrate_prints_counts_side_by_side_and_a_rerun_writes_nothing(
    source_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The target is a real second embedded store standing where Neo4j would (migrate only sees a GraphStore)."""
    import cli.exchange_commands as commands

    target_path = tmp_path / "target" / "graph"
    opened: list[str | None] = []

    def open_target(settings: StoreSettings | None = None) -> LadybugStore:
        assert settings is not None
        opened.append(settings.neo4j_uri)
        return LadybugStore(target_path)

    monkeypatch.setattr(commands, "open_store", open_target)
    runner = CliRunner()
    first = runner.invoke(app, ["migrate", "--to", "neo4j+s://example.databases.neo4j.io", "--password", "pw"])
    assert first.exit_code == 0, first.output
    assert opened == ["neo4j+s://example.databases.neo4j.io"]
    entities, live = COUNTS["entity"], COUNTS["entity"] - COUNTS["merge_record"]  # merged entities are retracted
    assert re.search(rf"\bentities\s+│\s+{entities} │\s+{entities} │ ok", first.output)
    assert re.search(rf"live entities\s+│\s+{live} │\s+{live} │ ok", first.output)
    assert "differs" not in first.output and f"wrote {COUNTS['source']} sources, {entities} entities" in first.output
    again = runner.invoke(app, ["migrate", "--to", "neo4j+s://example.databases.neo4j.io", "--password", "pw"])
    assert again.exit_code == 0, again.output
    assert "nothing to write: the target already had everything" in again.output
