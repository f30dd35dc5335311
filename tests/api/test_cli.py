"""`ckg query` runs GraphQL locally without a server; `ckg schema` prints the served schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.local import print_schema, writes
from cli.main import app
from graph.backends.ladybug import LadybugStore
from tests.api.conftest import write_graph
from tests.api.graphs import small_graph

runner = CliRunner()


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "graph"
    store = LadybugStore(path)
    write_graph(store, small_graph())
    store.close()
    monkeypatch.setenv("CKG_DB_PATH", str(path))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    return path


def test_query_prints_json(db_path: Path) -> None:
    result = runner.invoke(app, ["query", '{ organization(name: "Z.ai") { name } }'])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"data": {"organization": {"name": "Zhipu AI"}}}


def test_query_from_a_file_with_variables(db_path: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.graphql"
    query.write_text(
        "query($n: String!, $k: Int) { organization(name: $n) { name } search(text: $n, limit: $k) { score } }"
    )
    result = runner.invoke(app, ["query", "-f", str(query), "--var", "n=T-Head", "--var", "k=1"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["data"]["organization"] == {"name": "T-Head"} and len(body["data"]["search"]) == 1


def test_query_errors_exit_non_zero(db_path: Path) -> None:
    result = runner.invoke(app, ["query", "{ nope }"])
    assert result.exit_code == 1
    assert "Cannot query field 'nope'" in json.loads(result.stdout)["errors"][0]["message"]


def test_schema_prints_the_served_schema(tmp_path: Path) -> None:
    target = tmp_path / "schema.graphql"
    result = runner.invoke(app, ["schema", "graphql", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == print_schema()


def test_local_queries_may_run_mutations_without_a_key(db_path: Path) -> None:
    mutation = 'mutation { ingest(content: "name: Moonshot AI\\ncategories: [ai_lab]\\n", format: "yaml") { created } }'
    result = runner.invoke(app, ["query", mutation])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["data"]["ingest"]["created"] >= 1
    found = runner.invoke(app, ["query", '{ organization(name: "Moonshot AI") { categories } }'])
    assert json.loads(found.stdout) == {"data": {"organization": {"categories": ["ai_lab"]}}}


def test_a_bad_variable_is_a_clear_error(db_path: Path) -> None:
    result = runner.invoke(app, ["query", "{ stats { entities } }", "--var", "novalue"])
    assert result.exit_code == 1
    assert "expected name=value" in result.output


@pytest.mark.parametrize(
    ("text", "opens_for_writing"),
    [
        ("{ stats { entities } }", False),
        ("query Q { stats { entities } }", False),
        ('mutation { unmerge(mergeId: "m") { id } }', True),
        ('query Q { stats { entities } } mutation M { unmerge(mergeId: "m") { id } }', True),
        ("{ stats { entities ", False),  # a syntax error: reported by the executor, no store written
    ],
)
def test_only_a_mutation_opens_the_store_for_writing(text: str, opens_for_writing: bool) -> None:
    # A query opens the embedded store read-only, so that it works beside a running `ckg serve`.
    assert writes(text) is opens_for_writing


def test_a_query_before_any_load_creates_the_empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CKG_DB_PATH", str(tmp_path / "new" / "graph"))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    result = runner.invoke(app, ["query", "{ stats { entities } }"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"data": {"stats": {"entities": 0}}}
