"""A load killed with SIGKILL at any point leaves every document fully present or absent; a rerun
completes the rest and the result equals an uninterrupted load.

Half the kill points are chosen inside a document's transaction (the loader process kills itself on a
chosen database call: BEGIN, any statement, COMMIT); the other half come from outside at a random moment
of the load. The fast variant runs in `make test`; the 1,000-document, 20-kill run is marked `long`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore
from graph.store import ExportRecord, StoreError
from loaders.pipeline import load_paths
from tests.reliability.consistency import canonical_export, inconsistencies, source_ids
from tests.reliability.corpus import write_profiles

ROOT = Path(__file__).resolve().parents[2]
CALLS_PER_WRITE = 18  # BEGIN, ~15 statements, COMMIT, and the first read after it
KILL_TIMEOUT = 120


@dataclass
class KillLoop:
    documents: int
    runs: int = 0
    kills: int = 0
    snapshots: list[tuple[str, list[ExportRecord]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _child(db: Path, docs: Path, kill_at: str | None = None) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "tests.reliability.load_child", str(db), str(docs)]
    if kill_at:
        args.append(kill_at)
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _snapshot(db: Path) -> list[ExportRecord]:
    store = LadybugStore(db)  # opens read-write: proves a killed writer left no lock behind
    try:
        return list(store.export())
    finally:
        store.close()


def _present(db: Path, quiet: bool = False) -> int:
    """Documents committed so far, read through a read-only open (works while a loader holds the store)."""
    if not db.exists():
        return 0
    try:
        store = LadybugStore(db, read_only=True)
    except StoreError:
        if quiet:  # e.g. the loader is creating the file right now
            return 0
        raise
    try:
        return store.stats().sources
    finally:
        store.close()


def _kill_inside_a_transaction(db: Path, docs: Path, rng: random.Random, remaining: int, kills_left: int) -> str:
    write = rng.randint(1, max(1, 2 * remaining // (kills_left + 1)))
    call = rng.randint(1, CALLS_PER_WRITE)
    process = _child(db, docs, f"{write}:{call}")
    _, err = process.communicate(timeout=KILL_TIMEOUT)
    assert process.returncode == -signal.SIGKILL, f"loader did not die at write {write} call {call}: {err}"
    return f"self-kill at write {write}, call {call}"


def _kill_from_outside(db: Path, docs: Path, rng: random.Random, remaining: int, kills_left: int) -> str:
    # Progress lines count the documents already loaded (reported unchanged) too: aim past them.
    target = _present(db) + rng.randint(1, max(1, 2 * remaining // (kills_left + 1)))
    delay = rng.uniform(0, 0.05)  # a document takes ~20-40 ms: land anywhere inside the next one
    process = _child(db, docs)
    assert process.stdout is not None
    loaded = 0
    for line in process.stdout:
        if line.startswith("loaded"):
            loaded += 1
            if loaded >= target:
                break
    time.sleep(delay)  # the moment of the kill is what this test varies
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=KILL_TIMEOUT)
    assert process.returncode == -signal.SIGKILL, "the loader finished before it could be killed"
    return f"killed from outside after {loaded} progress lines + {delay * 1000:.0f} ms"


def _kill_ckg_load(db: Path, docs: Path, rng: random.Random, remaining: int, kills_left: int) -> str:
    """The real command (it prints no progress to wait for): watch the store through read-only opens until
    it has committed a random number of new documents, then kill it a random moment later."""
    target = _present(db) + rng.randint(1, max(1, 2 * remaining // (kills_left + 1)))
    env = {**os.environ, "CKG_DB_PATH": str(db)}
    args = [sys.executable, "-m", "cli.main", "load", str(docs)]
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + KILL_TIMEOUT
    while process.poll() is None and time.monotonic() < deadline and _present(db, quiet=True) < target:
        pass  # each look opens the store read-only (~50 ms)
    time.sleep(rng.uniform(0, 0.05))  # the moment of the kill is what this test varies
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    _, err = process.communicate(timeout=KILL_TIMEOUT)
    assert process.returncode == -signal.SIGKILL, f"`ckg load` ended before the kill ({process.returncode}): {err}"
    return f"`ckg load` killed once the store held {target} documents"


def run_kill_loop(tmp_path: Path, documents: int, kill_points: int, seed: int) -> KillLoop:
    docs = tmp_path / "docs"
    write_profiles(docs, documents)
    db = tmp_path / "graph"
    rng = random.Random(seed)
    loop = KillLoop(documents=documents)
    present = 0
    for number in range(kill_points):
        if number % 2 == 0:
            kill = _kill_inside_a_transaction
        elif number % 4 == 1 and documents - present > 200:
            kill = _kill_ckg_load
        else:
            kill = _kill_from_outside
        how = kill(db, docs, rng, documents - present, kill_points - number)
        loop.runs += 1
        loop.kills += 1
        records = _snapshot(db)
        present = len(source_ids(records))
        loop.snapshots.append((how, records))
        if present >= documents:
            break
    finisher = _child(db, docs)
    _, err = finisher.communicate(timeout=KILL_TIMEOUT * 5)
    loop.runs += 1
    assert finisher.returncode == 0, f"the rerun did not complete the load: {err}"

    complete = _snapshot(db)
    for how, records in loop.snapshots:
        loop.problems.extend(f"after {how}: {p}" for p in inconsistencies(records, complete))
    if len(source_ids(complete)) != documents:
        loop.problems.append(f"the rerun left {len(source_ids(complete))} of {documents} documents")

    reference = LadybugStore(tmp_path / "reference")
    try:
        assert not load_paths(reference, [docs]).failed
        expected = canonical_export(reference)
    finally:
        reference.close()
    resumed = LadybugStore(db)
    try:
        if canonical_export(resumed) != expected:
            loop.problems.append("the killed-and-resumed graph differs from an uninterrupted load")
    finally:
        resumed.close()
    return loop


def test_a_load_killed_three_times_leaves_whole_documents_and_a_rerun_completes_it(tmp_path: Path) -> None:
    loop = run_kill_loop(tmp_path, documents=30, kill_points=3, seed=2026)
    assert loop.kills == 3
    assert loop.problems == []


@pytest.mark.long
def test_a_thousand_document_load_killed_at_twenty_points_stays_consistent(tmp_path: Path) -> None:
    started = time.monotonic()
    loop = run_kill_loop(tmp_path, documents=1000, kill_points=20, seed=20261123)
    print(
        f"\ncrash safety: {loop.documents} documents, {loop.kills} SIGKILLs, {loop.runs} loader runs, "
        f"{len(loop.problems)} inconsistencies, {time.monotonic() - started:.0f} s"
    )
    for how, records in loop.snapshots:
        print(f"  {how}: {len(source_ids(records))} documents present")
    assert loop.kills == 20
    assert loop.problems == []
