"""End to end without a browser: a real `ckg serve` process over an embedded store, and the command line beside it.

While the server holds the store for writing, the reading commands (`ckg query`, `ckg stats`, `ckg export`,
`ckg load --dry-run`, `ckg merge --suggest`) open it read-only and answer, `ckg load --api` loads through the
server's ingest mutation, the loaded facts answer through GraphQL, and a local writing command stops with a busy
message that names the server and how to load into it. The server is waited for by polling /readyz against a
deadline, and stopped (SIGTERM) in any case.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from cli.main import app
from cli.serving import record_path
from graph.backends.ladybug import LadybugStore
from loaders.pipeline import load_paths

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "e2e-key-0123456789"
READY_SECONDS = 60.0

PROFILE = """name: Quorra Labs
founded: "2021-05"
founders: [Ada Quorra]
investors: [Fenwick Capital]
"""
HEADLINE = "Brightwater Robotics raises $25 million"
ARTICLE = f"""{HEADLINE}

Brightwater Robotics, a Shenzhen maker of warehouse robots, raised $25 million in a round led by Quorra Labs.
"""
FACTS = """{
  quorra: organization(name: "Quorra Labs") { foundedOn founders { name } investors { investor { name } } }
  brightwater: organization(name: "Brightwater Robotics") {
    investors(includeCandidates: true) { investor { name } lead evidence { source { title } } }
  }
}"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_ready(server: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while True:
        try:
            if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass  # not listening yet
        if time.monotonic() > deadline:
            pytest.fail(f"the server was not ready within {READY_SECONDS:g} s: {log.read_text()}")
        try:
            server.wait(timeout=0.1)  # the pause between polls, which also notices a server that died
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the server exited with {server.returncode}: {log.read_text()}")


@contextmanager
def running_server(db: Path, workdir: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`ckg serve` on a free loopback port over `db`, with an API key; stopped with SIGTERM (killed if stuck)."""
    url = f"http://127.0.0.1:{_free_port()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CKG_")}
    env.update(CKG_DB_PATH=str(db), CKG_API_KEY=API_KEY, PYTHONPATH=str(ROOT))
    log = workdir / "server.log"
    command = [sys.executable, "-m", "cli.main", "serve", "--port", url.rsplit(":", 1)[1], "--log-level", "warning"]
    with log.open("wb") as out:  # cwd: no .env of the repo's is read
        server = subprocess.Popen(command, cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_ready(server, url, log)
        yield url, server
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def ckg(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def graphql(url: str, query: str) -> dict[str, Any]:
    response = httpx.post(f"{url}/graphql", json={"query": query}, timeout=30)
    body: dict[str, Any] = response.json()
    assert response.status_code == 200 and not body.get("errors"), body
    data: dict[str, Any] = body["data"]
    return data


def test_the_command_line_reads_and_loads_beside_a_running_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "data" / "graph"
    monkeypatch.chdir(tmp_path)  # no .env but the test's
    for name in [k for k in os.environ if k.startswith("CKG_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("CKG_DB_PATH", str(db))
    seeded = LadybugStore(db)
    try:
        assert not load_paths(seeded, [ROOT / "seeds" / "minimax.yaml"]).failed
    finally:
        seeded.close()
    profile, article, bad = tmp_path / "quorra.yaml", tmp_path / "brightwater.txt", tmp_path / "bad.yaml"
    profile.write_text(PROFILE, encoding="utf-8")
    article.write_text(ARTICLE, encoding="utf-8")
    bad.write_text("name: Quorra Labs\nfounded: 2021-13\n", encoding="utf-8")

    with running_server(db, tmp_path) as (url, server):
        # Reading commands open the store read-only beside the server.
        code, out = ckg("stats", "--format", "json")
        assert code == 0, out
        before = json.loads(out)
        assert before["sources"] == 1 and before["entities"] > 0
        code, out = ckg("query", '{ organization(name: "MiniMax") { name founders { name } } }')
        assert code == 0, out
        assert {"name": "Yan Junjie"} in json.loads(out)["data"]["organization"]["founders"]
        code, out = ckg("load", "--dry-run", "--format", "json", str(profile), str(article))
        assert code == 0 and json.loads(out)["statements"] >= 4, out
        code, out = ckg("export", str(tmp_path / "graph.jsonl"))
        assert code == 0 and '"org:minimax"' in (tmp_path / "graph.jsonl").read_text(encoding="utf-8"), out
        code, out = ckg("merge", "--suggest", "--format", "json")
        assert code == 0 and json.loads(out) == [], out

        # Writing locally: refused at once, naming the server and the command that loads into it.
        busy = f"store busy: `ckg serve` (PID {server.pid}) at {url} holds {db} for writing"
        for command in (("load", str(profile)), ("query", 'mutation { unmerge(mergeId: "m") { id } }')):
            code, out = ckg(*command)
            assert code == 1 and out.startswith(f"error: {busy}"), out
            assert f"`ckg load --api {url} FILE...`" in out

        # Loading through the server: the same report as a local load, errors naming the file.
        code, out = ckg("load", "--api", url, str(profile), str(article), "--format", "json")
        assert code == 1, out  # the key is not set yet
        assert "set CKG_API_KEY" in out
        monkeypatch.setenv("CKG_API_KEY", "not-the-key")
        code, out = ckg("load", "--api", url, str(profile))
        assert code == 1 and out.strip() == (
            f"error: {profile}: the server at {url}/graphql refused the request: the API key is not valid"
        ), out
        monkeypatch.setenv("CKG_API_KEY", API_KEY)
        code, out = ckg("load", "--api", url, str(profile), str(article), str(bad), "--format", "json")
        assert code == 1, out  # bad.yaml failed; the others loaded
        loaded = json.loads(out)
        assert (loaded["documents"], loaded["failed"], loaded["unchanged"]) == (3, 1, 0)
        reports = {Path(r["path"]).name: r for r in loaded["reports"]}
        assert reports["bad.yaml"]["error"].startswith(f"{bad}: founded: ")
        assert reports["quorra.yaml"]["statements"] >= 2 and reports["brightwater.txt"]["statements"] >= 2
        assert reports["brightwater.txt"]["source"]["title"] == HEADLINE

        # The loaded facts answer through the server's GraphQL...
        facts = graphql(url, FACTS)
        assert facts["quorra"] == {
            "foundedOn": "2021-05",
            "founders": [{"name": "Ada Quorra"}],
            "investors": [{"investor": {"name": "Fenwick Capital"}}],
        }
        # an extracted lead, asked for with candidates so that it answers whatever CKG_REVIEW_BELOW is
        (lead,) = [i for i in facts["brightwater"]["investors"] if i["investor"]["name"] == "Quorra Labs"]
        assert lead["lead"] and lead["evidence"][0]["source"]["title"] == HEADLINE
        # ... and through the command line, whose read-only open sees what the server committed since.
        code, out = ckg("query", FACTS)
        assert code == 0 and json.loads(out)["data"] == facts, out
        code, out = ckg("stats", "--format", "json")
        assert code == 0 and json.loads(out)["sources"] == before["sources"] + 2, out
        code, out = ckg("load", "--api", url, str(profile), "--format", "json")
        assert code == 0 and json.loads(out)["unchanged"] == 1, out  # loading again changes nothing

    assert server.returncode == 128 + signal.SIGTERM  # stopped by SIGTERM, after a clean shutdown:
    assert not record_path(db).exists()  # the server's record is gone
    after = LadybugStore(db)  # and the store is free for writing again
    try:
        assert after.stats().sources == before["sources"] + 2
    finally:
        after.close()
