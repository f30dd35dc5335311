"""Scale scenarios measured as a user meets them, each in a process of its own (issue #18):

- `ckg load one-profile.yaml` into the big graph: wall time from process start to exit;
- `ckg serve`: process start to the first answered search, then search latency over HTTP and the server's
  peak RSS (VmHWM) after the searches and name look-ups;
- resolution of 10k mentions through the store's name index, including every read it makes.

Used by benchmarks/scale_benchmark.py (run_phase); each function takes the store's path and opens nothing
while the child process runs (the embedded store has one writer).
"""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEARCH = "query($text: String!) { search(text: $text, limit: 10) { score entity { id name } } }"
LOOKUP = "query($name: String!) { organization(name: $name) { id name aliases } }"


def _env(store_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CKG_")}
    return {**env, "CKG_DB_PATH": str(store_path), "PYTHONPATH": str(REPO), **extra}


def _ckg(*args: str) -> list[str]:
    return [sys.executable, "-m", "cli.main", *args]


def cli_load_one(store_path: Path, profile: Path) -> dict[str, Any]:
    """`ckg load PROFILE --format json` as a user runs it: a new process, the whole command timed."""
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        _ckg("load", str(profile), "--format", "json"),
        cwd=REPO,
        env=_env(store_path),
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        report = {"error": (done.stdout + done.stderr)[-500:]}
    return {
        "wall_s": wall,
        # The process's CPU: on this shared machine the wall time is mostly waiting for a core.
        "cpu_s": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "exit_code": done.returncode,
        "created": report.get("created"),
        "linked": report.get("linked"),
        "statements": report.get("statements"),
        "error": report.get("error") or (done.stderr[-300:] if done.returncode else None),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(port: int, document: str, variables: dict[str, Any], timeout: float = 30) -> dict[str, Any]:
    body = json.dumps({"query": document, "variables": variables}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        data: dict[str, Any] = json.loads(response.read())
    return data


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds a process has used so far (/proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def serve_and_search(
    store_path: Path, searches: list[str], names: list[str], deadline_s: float = 120
) -> dict[str, Any]:
    """Start `ckg serve`, time process start -> first answered search, then the searches and look-ups over
    HTTP; the server's peak RSS at the end. The server is stopped (by its own pid) whatever happens."""
    port = _free_port()
    t0 = time.perf_counter()
    server = subprocess.Popen(
        _ckg("serve", "--port", str(port), "--log-level", "warning"),
        cwd=REPO,
        env=_env(store_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        first: float | None = None
        while first is None and time.perf_counter() - t0 < deadline_s:
            if server.poll() is not None:
                raise RuntimeError(f"ckg serve exited: {(server.stderr.read() if server.stderr else b'')[-500:]!r}")
            try:
                answer = _post(port, SEARCH, {"text": searches[0]}, timeout=deadline_s)
            except OSError:
                time.sleep(0.02)
                continue
            if answer.get("errors"):
                raise RuntimeError(f"search failed: {answer['errors']}")
            first = time.perf_counter() - t0
        first_cpu = _cpu_s(server.pid)
        search_ms: list[float] = []
        for text in searches:
            t1 = time.perf_counter()
            answer = _post(port, SEARCH, {"text": text})
            search_ms.append((time.perf_counter() - t1) * 1000)
            if answer.get("errors"):
                raise RuntimeError(f"search failed: {answer['errors']}")
        searched_cpu = _cpu_s(server.pid)
        lookup_ms: list[float] = []
        for name in names:
            t1 = time.perf_counter()
            _post(port, LOOKUP, {"name": name})
            lookup_ms.append((time.perf_counter() - t1) * 1000)
        return {
            "start_to_first_search_s": first,
            "start_to_first_search_cpu_s": first_cpu,
            "searches": len(search_ms),
            "search_cpu_ms": (
                (searched_cpu - first_cpu) * 1000 / len(search_ms)
                if searched_cpu is not None and first_cpu is not None and search_ms
                else None
            ),
            "search_p50_ms": _percentile(search_ms, 50),
            "search_p95_ms": _percentile(search_ms, 95),
            "search_p99_ms": _percentile(search_ms, 99),
            "lookup_p50_ms": _percentile(lookup_ms, 50) if lookup_ms else None,
            "lookup_p99_ms": _percentile(lookup_ms, 99) if lookup_ms else None,
            "server_peak_rss_mb": _peak_rss_mb(server.pid),
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
