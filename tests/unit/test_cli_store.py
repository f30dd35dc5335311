"""`ckg init` and `ckg stats` on the embedded store, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "data" / "graph"
    monkeypatch.setenv("CKG_DB_PATH", str(db))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    return db


def test_init_then_stats_prints_zero_counts(env: Path) -> None:
    runner = CliRunner()
    init = runner.invoke(app, ["init"])
    assert init.exit_code == 0, init.output
    assert str(env) in init.output
    stats = runner.invoke(app, ["stats", "--format", "json"])
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.output) == {
        "entities": 0,
        "relations": 0,
        "events": 0,
        "sources": 0,
        "attribute_values": 0,
        "by_kind": {},
    }


def test_stats_before_init_says_what_to_do(env: Path) -> None:
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 1
    assert "ckg init" in result.output


def test_error_messages_print_user_text_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    from cli.common import fail

    message = 'seeds/x.yaml: funding_rounds[0].amount: "[bold]" is not an amount; see org:x:'
    fail(message)
    assert message in capsys.readouterr().err.replace("\n", "")
