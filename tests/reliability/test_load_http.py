"""Bounded loopback load test: a mixed GraphQL workload against a real server process on 127.0.0.1 for
60 s (CKG_LOAD_SECONDS) from a small asyncio client, at the highest rate the machine sustains (a closed
loop of concurrent clients keeps the server saturated). Requires 0 5xx and 0 errors; reports rate, p50,
p99 and the error rate. Marked `long`: run with `make test-long`.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from graph.backends.ladybug import LadybugStore
from loaders.pipeline import load_paths
from tests.reliability.corpus import INVESTORS, company_profiles, write_profiles

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = "127.0.0.1"
MAX_REQUESTS = 500_000  # a hard bound besides the duration
CLIENTS = int(os.environ.get("CKG_LOAD_CLIENTS", "24"))


@dataclass
class LoadResult:
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    graphql_errors: int = 0
    by_kind: dict[str, list[float]] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    @property
    def errors(self) -> int:
        return sum(n for s, n in self.statuses.items() if s != 200) + self.graphql_errors


def workload(names: list[str]) -> list[tuple[str, str, dict[str, object]]]:
    """(kind, query, variables) mixes: look-ups with nested fields, search, paths, timelines, pages, stats."""
    org = """query($n: String!) { organization(name: $n) { id name foundedOn categories
      founders { name } investors { investor { name } lead } headquarters { name }
      fundingRounds { date amount { amount currency } leads { name } investors { name } evidence { quote } }
      products { name productKind } } }"""
    mixes: list[tuple[str, str, dict[str, object]]] = []
    for name in names:
        mixes.append(("organization", org, {"n": name}))
        mixes.append(
            (
                "search",
                "query($t: String!) { search(text: $t, limit: 10) { score entity { id name } } }",
                {"t": name[:5]},
            )
        )
        mixes.append(("timeline", "query($n: String!) { timeline(entity: $n) { date kind summary } }", {"n": name}))
    for investor in INVESTORS:
        mixes.append(
            (
                "paths",
                """query($a: String!, $b: String!) { paths(from: $a, to: $b, maxHops: 4, limit: 3)
          { hops { from { name } relation to { name } } } }""",
                {"a": investor, "b": names[0]},
            )
        )
        mixes.append(
            (
                "investments",
                """query($n: String!) { organization(name: $n) {
          investments { investee { name } round { date amount { amount } } } } }""",
                {"n": investor},
            )
        )
    mixes.append(
        ("page", "{ organizations(first: 50) { totalCount nodes { name foundedOn } pageInfo { endCursor } } }", {})
    )
    mixes.append(("stats", "{ stats { entities relations events sources byKind } }", {}))
    mixes.append(("sources", "{ sources(first: 20) { totalCount nodes { title sha256 } } }", {}))
    return mixes


async def drive(base: str, mixes: list[tuple[str, str, dict[str, object]]], seconds: float) -> LoadResult:
    assert base.startswith(f"http://{LOOPBACK}:")
    result = LoadResult()
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)

    async def client_loop(client: httpx.AsyncClient, rng: random.Random) -> None:
        while time.monotonic() < deadline and result.requests < MAX_REQUESTS:
            kind, query, variables = rng.choice(mixes)
            started = time.perf_counter()
            response = await client.post("/graphql", json={"query": query, "variables": variables})
            elapsed = time.perf_counter() - started
            result.latencies.append(elapsed)
            result.by_kind.setdefault(kind, []).append(elapsed)
            result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1
            if response.status_code == 200 and response.json().get("errors"):
                result.graphql_errors += 1

    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        await asyncio.gather(*(client_loop(client, random.Random(i)) for i in range(CLIENTS)))
    result.seconds = time.monotonic() - started
    return result


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def _serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CKG_DB_PATH": str(db), "CKG_PRODUCTION": "true"}
    env.pop("CKG_API_KEY", None)
    args = [
        sys.executable,
        "-m",
        "uvicorn",
        "api.app:create_app",
        "--factory",
        "--host",
        LOOPBACK,
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    return subprocess.Popen(args, cwd=ROOT, env=env)


def _wait_until_ready(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited during start-up"
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)  # start-up, not a test timing: the server process is still importing
    raise AssertionError("the server did not become ready within 60 s")


@pytest.mark.long
def test_a_minute_of_mixed_graphql_load_gets_no_server_errors(tmp_path: Path) -> None:
    seconds = float(os.environ.get("CKG_LOAD_SECONDS", "60"))
    db = tmp_path / "graph"
    store = LadybugStore(db)
    write_profiles(tmp_path / "docs", 200, seed=31)
    report = load_paths(store, [ROOT / "seeds", tmp_path / "docs"])
    assert not report.failed
    stats = store.stats()
    store.close()
    names = [*[str(p["name"]) for p in company_profiles(200, seed=31)][:40], "MiniMax", "Alibaba", "DeepSeek"]

    port = _free_port()
    base = f"http://{LOOPBACK}:{port}"
    server = _serve(db, port)
    try:
        _wait_until_ready(base, server)
        result = asyncio.run(drive(base, workload(names), seconds))
        alive = httpx.get(f"{base}/healthz", timeout=5).status_code
    finally:
        server.terminate()
        server.wait(timeout=30)

    rate = result.requests / result.seconds
    mix = {k: (len(v), round(sorted(v)[len(v) // 2] * 1000)) for k, v in sorted(result.by_kind.items())}
    server_errors = sum(n for s, n in result.statuses.items() if s >= 500)
    print(
        f"\nload test: {result.requests} requests in {result.seconds:.1f} s = {rate:.0f} req/s with {CLIENTS} "
        f"concurrent clients; p50 {result.percentile(50):.1f} ms, p95 {result.percentile(95):.1f} ms, "
        f"p99 {result.percentile(99):.1f} ms, max {max(result.latencies) * 1000:.0f} ms; "
        f"5xx {server_errors}; error rate {result.errors / result.requests:.4%}; statuses {result.statuses}; "
        f"graph {stats.entities} entities / {stats.relations} relations / {stats.sources} sources; "
        f"mix (count, median ms) {mix}"
    )
    assert alive == 200
    assert result.requests > 0
    assert server_errors == 0
    assert result.errors == 0
