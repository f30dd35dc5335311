"""API test fixtures: a real LadybugStore in tmp_path, the app over it, helpers to run GraphQL."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.backends.ladybug import LadybugStore
from graph.model import StatementBatch
from graph.store import GraphStore
from tests.api.graphs import SOURCES, small_graph

API_KEY = "test-key-0123456789"


def write_graph(store: GraphStore, batch: StatementBatch) -> None:
    for src in SOURCES:
        store.write(StatementBatch(source=src))
    store.write(batch)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LadybugStore]:
    db = LadybugStore(tmp_path / "graph")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="session")
def small_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small graph written once per session into a closed store file (writing it costs ~1 s)."""
    path = tmp_path_factory.mktemp("small-template") / "graph"
    template = LadybugStore(path)
    try:
        write_graph(template, small_graph())
    finally:
        template.close()
    return path


@pytest.fixture
def small_store(small_graph_file: Path, tmp_path: Path) -> Iterator[LadybugStore]:
    """This test's own copy of the small graph: it may write without other tests seeing it."""
    path = tmp_path / "graph"
    shutil.copyfile(small_graph_file, path)
    wal = small_graph_file.with_name(small_graph_file.name + ".wal")
    if wal.exists():  # a close leaves a small WAL unfolded (LadybugStore.close_checkpoint_mb): it is part of the store
        shutil.copyfile(wal, path.with_name(path.name + ".wal"))
    db = LadybugStore(path)
    try:
        yield db
    finally:
        db.close()


def make_client(store: GraphStore, **settings: Any) -> TestClient:
    return TestClient(create_app(Settings(_env_file=None, **settings), store=store))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """For tests that only read: one small graph per test module (opening a store costs ~0.5 s)."""
    shared = LadybugStore(tmp_path_factory.mktemp("small") / "graph")
    write_graph(shared, small_graph())
    try:
        with make_client(shared, api_key=API_KEY) as test_client:
            yield test_client
    finally:
        shared.close()


@pytest.fixture
def writable_client(small_store: LadybugStore) -> Iterator[TestClient]:
    """For tests that write (or check that nothing was written): a client over this test's own small_store."""
    with make_client(small_store, api_key=API_KEY) as test_client:
        yield test_client


def gql(client: TestClient, query: str, variables: dict[str, Any] | None = None, **headers: str) -> dict[str, Any]:
    """POST a query; return the JSON body (data and errors)."""
    response = client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    body: dict[str, Any] = response.json()
    body["status"] = response.status_code
    return body


def data(client: TestClient, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """POST a query that must succeed; return its data."""
    body = gql(client, query, variables)
    assert body["status"] == 200, body
    assert not body.get("errors"), body["errors"]
    result: dict[str, Any] = body["data"]
    return result
