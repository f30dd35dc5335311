"""Readers during a load, and two loaders at once.

- Many concurrent GraphQL readers while documents load into the same process's store (through the
  pipeline in a thread and through the ingest mutation): no errors, and no torn read: a funding round is
  never seen without its lead and investors, nor a company without its round.
- A second loader process on the embedded store fails fast with the "store busy" message while the
  first one holds it, and the first one's load completes unharmed.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from graph.backends.ladybug import LadybugStore
from loaders.pipeline import load_paths
from tests.reliability.consistency import canonical_export, funding_rounds_without_investors
from tests.reliability.corpus import write_profiles
from tests.reliability.live_server import live_server

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "reliability-key-0123456789"
ROUNDS_QUERY = """
query Rounds($first: Int) {
  organizations(filter: {nameContains: "Robotics"}, first: $first) {
    totalCount
    nodes { id name fundingRounds { id amount { amount currency } leads { id } investors { id name } } }
  }
  stats { entities sources events }
}
"""
INGEST = """
mutation Ingest($content: String!) { ingest(content: $content, format: "yaml") { statements unchanged } }
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LadybugStore]:
    opened = LadybugStore(tmp_path / "graph")
    try:
        yield opened
    finally:
        opened.close()


def torn(body: dict[str, Any]) -> list[str]:
    """Every company/round seen in a half-written state (each generated company has one round: 1 lead + 2)."""
    problems = []
    for org in body["data"]["organizations"]["nodes"]:
        rounds = org["fundingRounds"]
        if len(rounds) != 1:
            problems.append(f"{org['id']} seen with {len(rounds)} funding rounds")
        for found in rounds:
            if len(found["leads"]) != 1 or len(found["investors"]) != 3 or found["amount"] is None:
                problems.append(f"{found['id']} seen with {len(found['investors'])} investors: {found}")
    return problems


async def read_while(
    base: str, done: threading.Event, reading: threading.Event, readers: int, on_read: Callable[[int], None]
) -> tuple[int, list[str], list[int]]:
    """`readers` clients query in a loop until `done`, telling `on_read` the sources each answer counts; returns
    (requests, problems, sources seen over time)."""
    problems: list[str] = []
    seen: list[int] = []
    requests = 0

    async def reader(client: httpx.AsyncClient) -> None:
        nonlocal requests
        while not done.is_set() or requests < readers:
            response = await client.post("/graphql", json={"query": ROUNDS_QUERY, "variables": {"first": 200}})
            requests += 1
            body = response.json()
            if response.status_code != 200 or body.get("errors"):
                problems.append(f"{response.status_code}: {body.get('errors')}")
                continue
            problems.extend(torn(body))
            seen.append(body["data"]["stats"]["sources"])
            on_read(seen[-1])
            reading.set()

    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        await asyncio.gather(*(reader(client) for _ in range(readers)))
    return requests, problems, seen


def test_concurrent_graphql_readers_never_see_a_half_loaded_document(tmp_path: Path, store: LadybugStore) -> None:
    pipeline_docs = write_profiles(tmp_path / "pipeline", 16, seed=11)
    ingest_docs = write_profiles(tmp_path / "ingest", 6, seed=12)
    app = create_app(Settings(_env_file=None, api_key=API_KEY, store_threads=2), store=store)
    done = threading.Event()
    reading = threading.Event()  # the writers start once the readers are answered
    failures: list[str] = []
    # Half-way through its documents the pipeline waits until a reader is answered with them: a read while the
    # load runs (the ingested documents are fewer than half, so an answer counting half or more saw the load's).
    half = len(pipeline_docs) // 2
    paused, answered_mid_load = threading.Event(), threading.Event()
    waited: list[bool] = []

    def on_read(sources: int) -> None:
        if paused.is_set() and sources >= half:
            answered_mid_load.set()

    def halfway(done_docs: int, total: int, path: str) -> None:
        if done_docs == half:
            paused.set()
            waited.append(answered_mid_load.wait(timeout=30))

    def pipeline_writer() -> None:
        try:
            reading.wait(timeout=60)
            report = load_paths(store, [tmp_path / "pipeline"], progress=halfway)
            failures.extend(d.error or "" for d in report.failed)
        finally:
            done.set()

    def ingest_writer(base: str) -> None:
        reading.wait(timeout=60)
        with httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {API_KEY}"}) as client:
            for path in ingest_docs:
                response = client.post("/graphql", json={"query": INGEST, "variables": {"content": path.read_text()}})
                body = response.json()
                if response.status_code != 200 or body.get("errors"):
                    failures.append(f"ingest {path.name}: {response.status_code} {body}")

    with live_server(app) as base:
        writer = threading.Thread(target=pipeline_writer)
        ingester = threading.Thread(target=ingest_writer, args=(base,))
        writer.start()
        ingester.start()
        requests, problems, _ = asyncio.run(read_while(base, done, reading, readers=6, on_read=on_read))
        writer.join()
        ingester.join()

    assert failures == []
    assert problems == []
    assert requests >= 8
    assert len(ingest_docs) < half and waited == [True], "no read was answered while the load ran (paused half-way)"
    assert store.stats().sources == len(pipeline_docs) + len(ingest_docs)
    assert funding_rounds_without_investors(store) == []


def _paused_loader(db: Path, docs: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CKG_TEST_PAUSE_AT": "3"}
    args = [sys.executable, "-m", "tests.reliability.load_child", str(db), str(docs)]
    return subprocess.Popen(
        args, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_a_second_loader_process_fails_fast_with_store_busy_and_harms_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_profiles(docs, 8, seed=5)
    db = tmp_path / "graph"
    first = _paused_loader(db, docs)
    assert first.stdout is not None and first.stdin is not None
    try:
        for line in first.stdout:  # wait until the first loader is mid-load and holds the store
            if line.strip() == "paused":
                break
        env = {**os.environ, "CKG_DB_PATH": str(db)}
        second = subprocess.run(
            [sys.executable, "-m", "cli.main", "load", str(docs)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        # It returned while the first loader still holds the store (paused): it did not wait for the lock.
        holder_still_running = first.poll() is None
        reader = LadybugStore(db, read_only=True)  # what `ckg stats` does while a load runs
        try:
            seen_while_paused = reader.stats().sources
            first.stdin.write("go\n")
            first.stdin.flush()
            _, err = first.communicate(timeout=60)
            seen_after = reader.stats().sources  # the same read-only handle, after the writer committed more
        finally:
            reader.close()
    finally:
        if first.poll() is None:
            first.kill()
    assert second.returncode != 0
    assert "store busy" in second.stderr, second.stderr
    assert str(db) in second.stderr
    assert "Traceback" not in second.stderr
    assert holder_still_running
    assert first.returncode == 0, err
    assert seen_while_paused == 3, "a read-only reader must see exactly the committed documents"
    # A read-only open is a snapshot (tests/unit/test_ladybug_backend.py): it never sees a later commit.
    assert seen_after == 3, seen_after

    loaded = LadybugStore(db)
    reference = LadybugStore(tmp_path / "reference")
    try:
        assert not load_paths(reference, [docs]).failed
        assert loaded.stats().sources == 8
        assert canonical_export(loaded) == canonical_export(reference)
    finally:
        loaded.close()
        reference.close()
