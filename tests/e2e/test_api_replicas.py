"""Two `ckg serve` processes over one Neo4j answer alike, and a write through one is visible through the other at once.

The API holds no copy of the graph: names, search candidates and the change counter are read from the database
(issue #18), so replicas behind a load balancer (docker-compose.yml's `proxy`, Aura, a cluster) agree. Runs where
CKG_NEO4J_URI is set (it wipes that database); the embedded store has one writer and is not for replicas.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from loaders.pipeline import load_paths
from tests.neo4j_store import emptied_neo4j_store

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "replica-key-0123456789"
READY_SECONDS = 60.0
PROFILE = 'name: Quorra Labs\nfounded: "2021-05"\nfounders: [Ada Quorra]\ninvestors: [MiniMax]\n'
INGEST = """mutation($content: String!) { ingest(content: $content, format: "yaml", path: "quorra.yaml") {
  created linked } }"""
SEARCH = "query($text: String!) { search(text: $text, limit: 5) { score matched entity { id name } } }"
LOOKUP = '{ organization(name: "quorra labs") { id name founders { name } investors { investor { name } } } }'


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def api_process(workdir: Path, name: str) -> Iterator[str]:
    """`ckg serve` over the Neo4j the environment names, on a free port; stopped with SIGTERM whatever happens."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CKG_") or k.startswith("CKG_NEO4J_")}
    env.update(CKG_API_KEY=API_KEY, PYTHONPATH=str(ROOT))
    log = workdir / f"{name}.log"
    command = [sys.executable, "-m", "cli.main", "serve", "--port", str(port), "--log-level", "warning"]
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_SECONDS
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{name} did not become ready: {log.read_text()}")
            time.sleep(0.1)
        yield url
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def post(url: str, query: str, variables: dict[str, Any] | None = None, key: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = httpx.post(f"{url}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    body: dict[str, Any] = response.json()
    assert response.status_code == 200 and not body.get("errors"), body
    data: dict[str, Any] = body["data"]
    return data


def test_two_api_processes_over_one_neo4j_answer_alike_and_see_each_others_writes(tmp_path: Path) -> None:
    store = emptied_neo4j_store()
    try:
        assert not load_paths(store, [ROOT / "seeds" / "minimax.yaml"]).failed
    finally:
        store.close()
    with ExitStack() as stack:
        first = stack.enter_context(api_process(tmp_path, "first"))
        second = stack.enter_context(api_process(tmp_path, "second"))
        for text in ("minimax", "mini max", "hailuo"):
            assert post(first, SEARCH, {"text": text}) == post(second, SEARCH, {"text": text})
        before = post(second, SEARCH, {"text": "quora labs"})["search"]  # also fills the second's answer cache
        assert "org:quorra-labs" not in {hit["entity"]["id"] for hit in before}
        created = post(first, INGEST, {"content": PROFILE}, key=API_KEY)["ingest"]
        assert created == {"created": 2, "linked": 1}  # Quorra Labs and Ada Quorra; MiniMax linked
        found = post(second, LOOKUP)["organization"]  # at once, through the other process
        assert found["id"] == "org:quorra-labs" and found["founders"] == [{"name": "Ada Quorra"}]
        assert found["investors"][0]["investor"]["name"] == "MiniMax"
        hits = post(second, SEARCH, {"text": "quora labs"})["search"]
        assert hits and hits[0]["entity"]["id"] == "org:quorra-labs"
        assert post(first, SEARCH, {"text": "quora labs"}) == post(second, SEARCH, {"text": "quora labs"})
