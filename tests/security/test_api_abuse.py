"""Abuse of the HTTP surface against a real server on 127.0.0.1: each abuse is refused with a clear
error, no response leaks a stack trace or a file path, refused mutations write nothing, and the server
keeps serving throughout."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.backends.ladybug import LadybugStore
from loaders.pipeline import load_paths
from tests.reliability.consistency import canonical_export
from tests.reliability.corpus import write_profiles
from tests.reliability.live_server import live_server

API_KEY = "abuse-key-0123456789abcdef"
REQUEST_TIMEOUT = 2.0
ROOT = str(Path(__file__).resolve().parents[2])
LEAKS = ("Traceback", 'File "', ".py", "site-packages", ROOT, "/tmp/")
INGEST = 'mutation { ingest(content: "name: Intruder Robotics", format: "yaml") { created } }'
MERGE = 'mutation { merge(keepId: "org:granite-capital", mergeId: "org:harbour-capital") { id } }'
UNMERGE = 'mutation { unmerge(mergeId: "org:harbour-capital") { id } }'


class Served:
    def __init__(self, base: str, store: LadybugStore, folder: Path) -> None:
        self.base = base
        self.store = store
        self.folder = folder
        self.client = httpx.Client(base_url=base, timeout=30)

    def post(self, body: Any, **headers: str) -> httpx.Response:
        return self.client.post("/graphql", json=body, headers=headers)

    def query(self, query: str, variables: dict[str, Any] | None = None, **headers: str) -> tuple[int, dict[str, Any]]:
        response = self.post({"query": query, "variables": variables or {}}, **headers)
        assert_no_leak(response.text)
        return response.status_code, response.json()

    def assert_still_serving(self) -> None:
        assert self.client.get("/healthz").json() == {"status": "ok"}
        assert self.client.get("/readyz").status_code == 200
        status, body = self.query("{ stats { sources } }")
        assert status == 200 and body["data"]["stats"]["sources"] == 6, body


def assert_no_leak(text: str) -> None:
    for leak in LEAKS:
        assert leak not in text, f"response leaks {leak!r}: {text[:500]}"


def first_error(body: dict[str, Any]) -> str:
    message: str = body["errors"][0]["message"]
    return message


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("abuse")
    store = LadybugStore(folder / "graph")
    write_profiles(folder / "docs", 6, seed=8)
    assert not load_paths(store, [folder / "docs"]).failed
    settings = Settings(_env_file=None, api_key=API_KEY, production=True, request_timeout_seconds=REQUEST_TIMEOUT)
    try:
        with live_server(create_app(settings, store=store)) as base:
            serving = Served(base, store, folder)
            yield serving
            serving.client.close()
    finally:
        store.close()


def nested_relations(depth: int) -> str:
    inner = "id"
    for _ in range(depth):
        inner = f"relations {{ other {{ {inner} }} }}"
    return f'{{ organization(name: "Granite Capital") {{ {inner} }} }}'


def introspection_bomb(depth: int) -> str:
    """The classic: fields of the type of fields of the type of ... (the answer grows with each level)."""
    inner = "name"
    for _ in range(depth):
        inner = f"fields {{ type {{ ofType {{ {inner} }} }} }}"
    return f"{{ __schema {{ types {{ {inner} }} }} }}"


QUERY_ABUSE = {
    "deep query": (nested_relations(40), "exceeds maximum operation depth"),
    "alias flood": ("{ " + " ".join(f"a{i}: stats {{ entities }}" for i in range(300)) + " }", "aliases"),
    "token flood": ("{ stats { " + "entities " * 20_000 + "} }", "tokens"),
    "huge first": ("{ organizations(first: 1000000) { totalCount } }", "first: 1000000 is out of range"),
    "negative first": ("{ sources(first: -1) { totalCount } }", "first: -1 is out of range"),
    "first beyond 32 bits": ("{ organizations(first: 99999999999) { totalCount } }", "32-bit"),
    "maxHops 50": (
        '{ paths(from: "Granite Capital", to: "Harbour Capital", maxHops: 50) { hops { relation } } }',
        "maxHops: 50 is out of range",
    ),
    "huge search limit": ('{ search(text: "a", limit: 100000) { score } }', "limit: 100000 is out of range"),
    "garbage cursor": ('{ organizations(after: "0") { totalCount } }', "after:"),
    "forged cursor": ('{ sources(after: "WyJhIl0=") { totalCount } }', "is not a cursor this API returned"),
    "bad date": ('{ timeline(entity: "Granite Capital", since: "2024-13") { date } }', "month 13"),
    "unknown field": ("{ stats { secrets } }", "Cannot query field 'secrets'"),
    "syntax error": ("{ stats { entities ", "Syntax Error"),
    "introspection bomb": (introspection_bomb(6), "Maximum introspection depth exceeded"),
}


@pytest.mark.parametrize("case", sorted(QUERY_ABUSE))
def test_abusive_queries_get_clear_errors_and_the_server_keeps_serving(served: Served, case: str) -> None:
    query, expected = QUERY_ABUSE[case]
    status, body = served.query(query)
    assert status in (200, 400), body
    assert body.get("data") in (None, {}) or all(v is None for v in body["data"].values()), body
    assert expected in first_error(body), first_error(body)
    served.assert_still_serving()


@pytest.mark.parametrize(
    ("content", "content_type", "status", "expected"),
    [
        (b'{"query": ', "application/json", 400, "JSON"),
        (b"not json at all", "application/json", 400, "JSON"),
        (b"\xff\xfe\x00garbage", "application/json", 400, "JSON"),
        (b"[1, 2, 3]", "application/json", 400, ""),
        (b'{"query": 5}', "application/json", 400, ""),
        (b'{"query": "{ stats { entities } }", "variables": "nope"}', "application/json", 400, ""),
        (b"", "application/json", 400, ""),
        (b"query=%7B%7D", "application/x-www-form-urlencoded", 415, ""),
        (json.dumps({"query": "{ a }", "pad": "x" * 3_000_000}).encode(), "application/json", 413, "too large"),
    ],
)
def test_malformed_and_oversized_bodies_are_refused(
    served: Served, content: bytes, content_type: str, status: int, expected: str
) -> None:
    response = served.client.post("/graphql", content=content, headers={"content-type": content_type})
    assert response.status_code == status or (status == 415 and response.status_code in (400, 415)), response.text
    assert_no_leak(response.text)
    assert expected in response.text
    served.assert_still_serving()


def test_a_streamed_body_over_the_limit_is_refused_without_content_length(served: Served) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"query": "{ stats { entities } }", "pad": "'
        for _ in range(40):
            yield b"x" * 100_000
        yield b'"}'

    response = served.client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "too large" in response.text
    served.assert_still_serving()


def _raw(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    assert host == "127.0.0.1"
    return socket.create_connection((host, int(port)), timeout=15)


def _read_response(sock: socket.socket) -> str:
    received = b""
    while b"\r\n\r\n" not in received or not received.rstrip().endswith(b"}"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        received += chunk
    return received.decode("latin-1")


def test_slow_clients_time_out_and_do_not_block_others(served: Served) -> None:
    stalled_body = [_raw(served.base) for _ in range(20)]
    stalled_headers = [_raw(served.base) for _ in range(20)]
    try:
        for sock in stalled_body:
            sock.sendall(
                b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b'Content-Length: 1000\r\n\r\n{"query": "{ stats'
            )
        for sock in stalled_headers:
            sock.sendall(b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")
        served.assert_still_serving()  # 40 stalled connections do not hold up a normal client
        for sock in stalled_body:  # each stalled body is cut off by the request time limit
            answer = _read_response(sock)
            assert answer.startswith("HTTP/1.1 504"), answer
            assert "timed out" in answer
        served.assert_still_serving()
    finally:
        for sock in [*stalled_body, *stalled_headers]:
            sock.close()


@pytest.mark.parametrize("mutation", [INGEST, MERGE, UNMERGE])
@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer"}, 401),
        ({"Authorization": "Bearer wrong-key"}, 403),
        ({"Authorization": f"Basic {API_KEY}"}, 401),
        ({"Authorization": f"Bearer {API_KEY}x"}, 403),
        ({"Authorization": f"Bearer {API_KEY[:-1]}"}, 403),
        ({"X-Api-Key": API_KEY}, 401),
    ],
)
def test_mutations_without_the_right_key_are_refused_and_write_nothing(
    served: Served, mutation: str, headers: dict[str, str], status: int
) -> None:
    before = canonical_export(served.store)
    code, body = served.query(mutation, None, **headers)
    assert code == status, body
    assert body.get("data") is None
    assert "API key" in first_error(body)
    assert canonical_export(served.store) == before


def test_a_mutation_over_get_is_refused(served: Served) -> None:
    before = canonical_export(served.store)
    response = served.client.get("/graphql", params={"query": INGEST}, headers={"Authorization": f"Bearer {API_KEY}"})
    assert response.status_code in (400, 405), response.text
    assert_no_leak(response.text)
    assert canonical_export(served.store) == before


@pytest.mark.parametrize("production", [True, False])
def test_internal_errors_leak_no_stack_trace_or_path(tmp_path: Path, production: bool) -> None:
    store = LadybugStore(tmp_path / "graph")
    settings = Settings(_env_file=None, production=production)
    with live_server(create_app(settings, store=store)) as base, httpx.Client(base_url=base, timeout=30) as client:
        store.close()  # every store call now fails inside the server
        response = client.post("/graphql", json={"query": "{ stats { entities } organizations { totalCount } }"})
        assert response.status_code == 200
        assert_no_leak(response.text)
        errors = response.json()["errors"]
        if production:
            assert {e["message"].split(" Reference: ")[0] for e in errors} == {"Internal error."}
        assert client.get("/readyz").status_code == 503
        assert client.get("/healthz").status_code == 200
