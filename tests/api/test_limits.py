"""Abuse limits: depth, aliases, tokens, page size, maxHops, body size, time; masked internal errors."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send

from api.limits import RequestTimeout
from graph.backends.ladybug import LadybugStore
from tests.api.conftest import gql, make_client


def first_error(body: dict[str, Any]) -> str:
    message: str = body["errors"][0]["message"]
    return message


def test_deep_queries_are_refused(client: TestClient) -> None:
    nested = "name"
    for _ in range(8):
        nested = f"founders {{ founded {{ {nested} }} }}"
    body = gql(client, f'{{ organization(name: "MiniMax") {{ {nested} }} }}')
    assert "exceeds maximum operation depth" in first_error(body)
    assert body["data"] is None


def test_too_many_aliases_are_refused(client: TestClient) -> None:
    aliases = " ".join(f"a{i}: stats {{ entities }}" for i in range(31))
    assert "aliases found. Allowed: 30" in first_error(gql(client, f"{{ {aliases} }}"))


def test_too_many_tokens_are_refused(client: TestClient) -> None:
    fields = " ".join("entities" for _ in range(2100))
    assert "more than 2000 tokens" in first_error(gql(client, f"{{ stats {{ {fields} }} }}"))


def test_page_size_over_200_is_refused(client: TestClient) -> None:
    assert (
        first_error(gql(client, "{ organizations(first: 201) { totalCount } }")) == "first: 201 is out of range (0-200)"
    )
    assert first_error(gql(client, "{ sources(first: 500) { totalCount } }")) == "first: 500 is out of range (0-200)"
    body = gql(client, "{ organizations(first: 200) { totalCount } }")
    assert body["data"]["organizations"]["totalCount"] == 7


def test_max_hops_over_6_is_refused(client: TestClient) -> None:
    body = gql(client, '{ paths(from: "Tencent", to: "SenseTime", maxHops: 50) { hops { relation } } }')
    assert first_error(body) == "maxHops: 50 is out of range (1-6)"


def test_a_huge_body_is_refused_with_413(client: TestClient) -> None:
    padding = "x" * 3_000_000
    response = client.post("/graphql", json={"query": "{ stats { entities } }", "variables": {"pad": padding}})
    assert response.status_code == 413
    assert "request body too large" in response.json()["errors"][0]["message"]


class FailingStats:
    """Delegates to the real store, except that stats() fails like a broken backend would."""

    def __init__(self, inner: LadybugStore) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def stats(self) -> Any:
        raise RuntimeError("disk on fire at /secret/path")


def test_production_mode_masks_internal_errors_but_not_user_errors(small_store: LadybugStore) -> None:
    failing = FailingStats(small_store)
    with make_client(failing, production=True) as client:
        assert first_error(gql(client, "{ stats { entities } }")).startswith("Internal error. Reference: ")
        assert first_error(gql(client, "{ organizations(first: 999) { totalCount } }")).startswith("first: 999")
        assert "month 13" in first_error(gql(client, '{ timeline(entity: "MiniMax", since: "2024-13") { date } }'))
    with make_client(failing) as client:
        assert "disk on fire" in first_error(gql(client, "{ stats { entities } }"))


def test_a_request_over_the_time_limit_gets_504() -> None:
    never = asyncio.Event()

    async def stuck(scope: Scope, receive: Receive, send: Send) -> None:
        await never.wait()

    client = TestClient(RequestTimeout(stuck, seconds=0.05))  # no lifespan: the app only answers HTTP
    response = client.get("/anything")
    assert response.status_code == 504
    assert "timed out" in response.json()["errors"][0]["message"]


class Unreachable:
    """Delegates to the real store, except that ping() reports the backend as unreachable."""

    def __init__(self, inner: LadybugStore) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def ping(self) -> bool:
        return False


def test_readyz_is_503_when_the_store_does_not_answer(small_store: LadybugStore) -> None:
    with make_client(Unreachable(small_store)) as client:
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.json() == {"status": "unavailable"}


def test_a_huge_streamed_body_without_content_length_is_refused_with_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"query": "{ stats { entities } }", "variables": {"pad": "'
        for _ in range(30):
            yield b"x" * 100_000
        yield b'"}}'

    response = client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
