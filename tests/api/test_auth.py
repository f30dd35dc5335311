"""Mutations need `Authorization: Bearer <CKG_API_KEY>`; refused ones write nothing."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.store import GraphStore
from tests.api.conftest import API_KEY, gql, make_client

INGEST = """mutation { ingest(content: "Tencent invested in MiniMax in 2024.", format: "text", title: "t") {
  created statements unchanged } }"""
MERGE = 'mutation { merge(keepId: "org:zhipu-ai", mergeId: "org:minimax") { id } }'


def counts(store: GraphStore) -> tuple[int, ...]:
    stats = store.stats()
    return (stats.entities, stats.relations, stats.events, stats.attribute_values, stats.sources)


def test_a_mutation_without_a_key_is_401_and_writes_nothing(
    writable_client: TestClient, small_store: GraphStore
) -> None:
    before = counts(small_store)
    for mutation in (INGEST, MERGE):
        body = gql(writable_client, mutation)
        assert body["status"] == 401
        assert body["errors"][0]["message"].startswith("mutations need an API key")
    assert counts(small_store) == before
    assert small_store.entities(["org:minimax"])["org:minimax"].merged_into is None


def test_a_mutation_with_a_wrong_key_is_403_and_writes_nothing(
    writable_client: TestClient, small_store: GraphStore
) -> None:
    before = counts(small_store)
    for header in ("Bearer not-the-key", f"Basic {API_KEY}"):
        body = gql(writable_client, MERGE, Authorization=header)
        assert body["status"] in (401, 403)
    body = gql(writable_client, INGEST, Authorization="Bearer not-the-key")
    assert body["status"] == 403 and body["errors"][0]["message"] == "the API key is not valid"
    assert counts(small_store) == before


def test_mutations_are_disabled_without_a_configured_key(small_store: GraphStore) -> None:
    before = counts(small_store)
    with make_client(small_store) as client:
        body = gql(client, INGEST, Authorization=f"Bearer {API_KEY}")
    assert body["status"] == 403
    assert "mutations are disabled" in body["errors"][0]["message"]
    assert counts(small_store) == before


def test_queries_need_no_key(client: TestClient) -> None:
    body = gql(client, "{ stats { entities } }")
    assert body["status"] == 200 and body["data"]["stats"]["entities"] == 11


def test_an_unknown_ingest_format_is_a_clear_error(writable_client: TestClient, small_store: GraphStore) -> None:
    before = counts(small_store)
    body = gql(
        writable_client,
        'mutation { ingest(content: "x", format: "pdf") { created } }',
        Authorization=f"Bearer {API_KEY}",
    )
    assert body["errors"][0]["message"].startswith('format: "pdf" is not supported')
    assert counts(small_store) == before


def test_merging_an_unknown_id_is_a_clear_error(writable_client: TestClient, small_store: GraphStore) -> None:
    before = counts(small_store)
    body = gql(
        writable_client,
        'mutation { merge(keepId: "org:zhipu-ai", mergeId: "org:nope") { id } }',
        Authorization=f"Bearer {API_KEY}",
    )
    message = body["errors"][0]["message"]
    assert message == 'mergeId: no entity with id "org:nope"'
    assert counts(small_store) == before
