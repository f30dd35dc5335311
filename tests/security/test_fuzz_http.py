"""Hypothesis fuzzing of the HTTP surface: queries generated from the served GraphQL schema (valid and
invalid), mutations without the key, arbitrary bodies and methods on /graphql, /healthz and /readyz.

Properties: never a 5xx, never a stack trace or a path, a schema-valid query never hits an internal
error (production mode masks those as "Internal error.", which the test looks for), and a refused
mutation writes nothing. Example counts are bounded so the suite stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, nodes, queries

from api.app import create_app
from api.schema import build_schema
from api.settings import Settings
from graph.backends.ladybug import LadybugStore
from loaders.pipeline import load_paths
from tests.reliability.consistency import canonical_export
from tests.reliability.corpus import write_profiles
from tests.security.test_api_abuse import assert_no_leak

API_KEY = "fuzz-key-0123456789abcdef"
SETTINGS = Settings(_env_file=None, api_key=API_KEY, production=True)
SDL = build_schema(SETTINGS).as_str()
PARTIAL_DATES = st.one_of(
    st.from_regex(r"\A(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d))?)?\Z"),
    st.text(max_size=12),
)
SCALARS = {
    "PartialDate": PARTIAL_DATES.map(nodes.String),
    "DateTime": st.just("2026-01-01T00:00:00Z").map(nodes.String),
    "JSON": st.text(max_size=20).map(nodes.String),
}
NAMES = st.sampled_from(["Granite Capital", "Harbour Capital", "org:granite-capital", "", "nobody", "%", "'}) //"])
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, LadybugStore]]:
    folder = tmp_path_factory.mktemp("fuzz")
    store = LadybugStore(folder / "graph")
    write_profiles(folder / "docs", 4, seed=21)
    assert not load_paths(store, [folder / "docs"]).failed
    try:
        with TestClient(create_app(SETTINGS, store=store), raise_server_exceptions=False) as client:
            yield client, store
    finally:
        store.close()


def _post(client: TestClient, query: object, **headers: str) -> tuple[int, dict[str, Any]]:
    response = client.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code < 500, response.text
    assert_no_leak(response.text)
    return response.status_code, response.json()


def _messages(body: dict[str, Any]) -> list[str]:
    return [str(e.get("message")) for e in body.get("errors") or []]


@FUZZ
@given(query=queries(SDL, custom_scalars=SCALARS))
def test_schema_valid_queries_never_fail_inside(fuzz_client: tuple[TestClient, LadybugStore], query: str) -> None:
    client, _ = fuzz_client
    status, body = _post(client, query)
    assert status == 200
    assert "Internal error." not in _messages(body), (query, body["errors"])


@FUZZ
@given(query=queries(SDL, custom_scalars=SCALARS, mode=Mode.NEGATIVE))
def test_invalid_queries_get_client_errors(fuzz_client: tuple[TestClient, LadybugStore], query: str) -> None:
    client, _ = fuzz_client
    status, body = _post(client, query)
    assert status in (200, 400)
    assert body.get("errors"), body
    assert "Internal error." not in _messages(body)


@settings(FUZZ, max_examples=15)
@given(mutation=mutations(SDL, custom_scalars=SCALARS), key=st.sampled_from(["", "Bearer nope", "Basic x", None]))
def test_generated_mutations_without_the_key_write_nothing(
    fuzz_client: tuple[TestClient, LadybugStore], mutation: str, key: str | None
) -> None:
    client, store = fuzz_client
    before = canonical_export(store)
    status, body = _post(client, mutation, **({} if key is None else {"Authorization": key}))
    assert body.get("data") is None
    assert body.get("errors")
    if status == 200:  # refused while validating the arguments, before any resolver ran
        assert "API key" not in body["errors"][0]["message"]
    else:
        assert status in (401, 403), body
    assert canonical_export(store) == before


@FUZZ
@given(name=NAMES | st.text(max_size=40), hops=st.integers(-(2**31), 2**31 - 1), first=st.integers(-(2**31), 2**31 - 1))
def test_arguments_at_the_edges_are_answered_or_refused_clearly(
    fuzz_client: tuple[TestClient, LadybugStore], name: str, hops: int, first: int
) -> None:
    client, _ = fuzz_client
    query = """query($n: String!, $h: Int, $f: Int) {
      paths(from: $n, to: "Harbour Capital", maxHops: $h) { hops { relation } }
      organizations(first: $f, filter: {nameContains: $n}) { totalCount }
      search(text: $n) { score } organization(name: $n) { id } timeline(entity: $n) { id }
    }"""
    response = client.post("/graphql", json={"query": query, "variables": {"n": name, "h": hops, "f": first}})
    assert response.status_code < 500
    assert_no_leak(response.text)
    assert "Internal error." not in _messages(response.json())


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
    path=st.sampled_from(["/graphql", "/healthz", "/readyz", "/graphql/", "/explore/../../etc/passwd", "/nope"]),
    body=st.one_of(st.binary(max_size=300), JSON_VALUES.map(lambda v: json.dumps(v).encode())),
    content_type=st.sampled_from(["application/json", "text/plain", "application/graphql", "multipart/form-data"]),
)
def test_arbitrary_requests_never_get_a_server_error(
    fuzz_client: tuple[TestClient, LadybugStore], method: str, path: str, body: bytes, content_type: str
) -> None:
    client, _ = fuzz_client
    response = client.request(method, path, content=body, headers={"content-type": content_type})
    assert response.status_code < 500, (method, path, body, response.text)
    assert_no_leak(response.text)
    assert "root:" not in response.text
    if path == "/healthz" and method == "GET":
        assert response.json() == {"status": "ok"}


def test_the_fuzzed_schema_is_the_served_one() -> None:
    assert "type Query" in SDL and "ingest(" in SDL
    assert Path(__file__).name  # the SDL comes from the app itself, not from a copied file
