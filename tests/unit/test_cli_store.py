"""`ckg init`, `ckg reindex` and `ckg stats` on the embedded store, through the real CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from graph.cypher.queries import Query

DROP_TERMS = Query("MATCH (t:NameTerm) DELETE t")
DROP_STATE = Query("MATCH (s:StoreState) DELETE s")


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
        "candidates": 0,
        "by_kind": {},
    }


def test_reindex_rebuilds_the_name_index_that_finds_names(env: Path) -> None:
    from graph.backends.ladybug import LadybugStore
    from graph.model import Organization, StatementBatch

    store = LadybugStore(env)
    store.write(StatementBatch(entities=(Organization(id="org:moonshot-ai", name="Moonshot AI", aliases=("Kimi",)),)))
    store._write_tx(lambda run: run(DROP_TERMS))  # an index lost (or never built): nothing is found
    assert store.name_terms(["k:ORGANIZATION:kimi"]) == {}
    store.close()
    result = CliRunner().invoke(app, ["reindex"])
    assert result.exit_code == 0, result.output
    assert "rebuilt the name index" in result.output and str(env) in result.output
    reopened = LadybugStore(env, read_only=True)
    try:
        assert reopened.name_terms(["k:ORGANIZATION:kimi"])["k:ORGANIZATION:kimi"].members == ("org:moonshot-ai",)
    finally:
        reopened.close()


def test_the_readme_shows_what_reindex_prints(env: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (line,) = [x for x in readme.splitlines() if x.startswith("ckg reindex ")]
    promised = re.escape(line.split("# ", 1)[1].replace("data/graph", str(env)))
    pattern = re.sub(r"\\?[0-9][0-9,\\.]*", r"[0-9][0-9,.]*", promised)
    assert CliRunner().invoke(app, ["init"]).exit_code == 0
    result = CliRunner().invoke(app, ["reindex"])
    assert result.exit_code == 0 and re.fullmatch(pattern, " ".join(result.output.split())), (pattern, result.output)


def test_a_store_written_before_the_name_index_gets_one_when_opened(env: Path) -> None:
    from graph.backends.ladybug import LadybugStore
    from graph.model import Organization, StatementBatch

    store = LadybugStore(env)
    store.write(StatementBatch(entities=(Organization(id="org:moonshot-ai", name="Moonshot AI"),)))
    store._write_tx(lambda run: run(DROP_TERMS))
    store._write_tx(lambda run: run(DROP_STATE))
    store.close()
    reopened = LadybugStore(env)
    try:
        assert reopened.name_terms(["k:ORGANIZATION:moonshot ai"])["k:ORGANIZATION:moonshot ai"].size == 1
    finally:
        reopened.close()


def test_stats_before_init_says_what_to_do(env: Path) -> None:
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 1
    assert "ckg init" in result.output


def test_error_messages_print_user_text_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    from cli.common import fail

    message = 'seeds/x.yaml: funding_rounds[0].amount: "[bold]" is not an amount; see org:x:'
    fail(message)
    assert message in capsys.readouterr().err.replace("\n", "")
