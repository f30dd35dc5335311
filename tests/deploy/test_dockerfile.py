"""The Dockerfile, read statically (no Docker engine here): stages, user, health check, entry point."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.backends.ladybug import LadybugStore

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [args for kw, args in self.instructions if kw == keyword]


def parse_dockerfile(text: str) -> list[Stage]:
    """Instructions per stage, continuation lines joined, comments dropped."""
    logical: list[str] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    stages: list[Stage] = []
    for line in logical:
        keyword, _, args = line.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            words = args.split()
            stages.append(Stage(base=words[0], name=words[2] if len(words) == 3 and words[1].upper() == "AS" else None))
        else:
            assert stages, f"{keyword} before the first FROM"
            stages[-1].instructions.append((keyword, args.strip()))
    return stages


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return parse_dockerfile((ROOT / "Dockerfile").read_text())


def exec_form(args: str) -> list[str]:
    value = json.loads(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), f"not exec form: {args}"
    return value


def test_multi_stage_with_a_slim_python_311_runtime(stages: list[Stage]) -> None:
    assert len(stages) >= 2
    assert stages[-1].base == "python:3.11-slim"
    names = {s.name for s in stages[:-1]}
    for stage in stages:
        for args in stage.all("COPY"):
            source = re.match(r"--from=(\S+)", args)
            if source:
                assert source[1] in names, f"COPY --from={source[1]} names no earlier stage"
    assert any("--from=" in a for a in stages[-1].all("COPY")), "the runtime takes its wheels from a build stage"


def test_no_build_tools_in_the_final_image(stages: list[Stage]) -> None:
    runtime = " ".join(stages[-1].all("RUN"))
    for tool in ("apt-get install", "build-essential", "gcc", "npm", "curl", "wget"):
        assert tool not in runtime
    assert "--no-index" in runtime, "the runtime installs only the wheels built earlier"
    assert "build-essential" in " ".join(a for s in stages[:-1] for a in s.all("RUN"))


def test_runs_as_a_non_root_user(stages: list[Stage]) -> None:
    users = stages[-1].all("USER")
    assert users and users[-1] not in ("root", "0", "0:0")
    assert "useradd" in " ".join(stages[-1].all("RUN"))
    last_user = max(i for i, (kw, _) in enumerate(stages[-1].instructions) if kw == "USER")
    assert all(kw != "RUN" for kw, _ in stages[-1].instructions[last_user:]), "nothing runs as root after USER"


def test_health_check_calls_healthz_with_python_only(stages: list[Stage]) -> None:
    (check,) = stages[-1].all("HEALTHCHECK")
    options, _, command = check.partition("CMD ")
    assert "--interval=" in options and "--timeout=" in options
    argv = exec_form(command)
    assert argv[:2] == ["python", "-c"]
    code = argv[2]
    compile(code, "HEALTHCHECK", "exec")
    assert "urllib.request" in code and "http://127.0.0.1:8000/healthz" in code


def test_healthz_answers_on_the_app(tmp_path: Path) -> None:
    store = LadybugStore(tmp_path / "graph")
    with TestClient(create_app(Settings(db_path=tmp_path / "graph"), store=store)) as client:
        assert client.get("/healthz").status_code == 200


def test_entry_point_is_ckg_serve_on_all_interfaces(stages: list[Stage]) -> None:
    (entrypoint,) = stages[-1].all("ENTRYPOINT")
    (cmd,) = stages[-1].all("CMD")
    argv = exec_form(entrypoint) + exec_form(cmd)
    assert argv[:2] == ["ckg", "serve"]
    assert argv[argv.index("--host") + 1] == "0.0.0.0"
    assert argv[argv.index("--port") + 1] == "8000"


def test_settings_come_from_the_environment(stages: list[Stage]) -> None:
    env = " ".join(stages[-1].all("ENV"))
    pairs = dict(word.split("=", 1) for word in shlex.split(env))
    assert pairs["CKG_DB_PATH"].startswith("/data/")
    assert f"CKG_{'db_path'.upper()}" in {f"CKG_{f.upper()}" for f in Settings.model_fields}
    assert '"/data"' in " ".join(stages[-1].all("VOLUME"))


def test_image_holds_the_packages_and_the_explorer_libraries(stages: list[Stage]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = {p.rstrip("*") for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]}
    copied = {a.split()[0] for s in stages for a in s.all("COPY") if not a.startswith("--")}
    assert packages <= copied, f"packages not copied into the build: {packages - copied}"
    makefile = (ROOT / "Makefile").read_text()
    vendor_files = re.search(r"VENDOR_FILES :=(.*?)\n\n", makefile, re.DOTALL)
    assert vendor_files
    wanted = set(vendor_files[1].replace("\\", " ").split())
    npm_stage = " ".join(a for s in stages for a in s.all("RUN") if "npm ci" in a)
    assert wanted and all(f in npm_stage for f in wanted), "the image vendors what `make setup` vendors"


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    ignored = set((ROOT / ".dockerignore").read_text().split())
    assert {".env", ".venv", ".git", "data", "node_modules"} <= ignored
