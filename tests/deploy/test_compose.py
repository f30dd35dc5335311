"""docker-compose.yml: valid against the Compose specification's JSON Schema, and in step with the code.

No Docker engine runs here, so the file is checked statically: the schema comes from the
check-jsonschema package (a vendored copy of the official compose-spec.json), and every CKG_*
variable it sets must be a setting the code reads.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

from api.settings import Settings
from graph.backends.neo4j import SCHEMES

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
INTERPOLATION = re.compile(r"\$\{(?P<name>[A-Z0-9_]+)(?::?[-?+][^}]*)?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]


def compose_spec_schema() -> dict[str, Any]:
    schema_file = files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json"
    return json.loads(schema_file.read_text(encoding="utf-8"))


def test_compose_file_is_valid_against_the_compose_specification(compose: dict[str, Any]) -> None:
    schema = compose_spec_schema()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(compose), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_the_schema_check_catches_mistakes(compose: dict[str, Any]) -> None:
    """The validator is not vacuous: a misspelt key and a wrongly typed value are both refused."""
    validator = jsonschema.validators.validator_for(compose_spec_schema())(compose_spec_schema())
    broken = json.loads(json.dumps(compose))
    broken["services"]["api"]["depends_on"]["neo4j"]["condition"] = "when_ready"
    broken["services"]["neo4j"]["helthcheck"] = broken["services"]["neo4j"].pop("healthcheck")
    assert len(list(validator.iter_errors(broken))) >= 2


def test_services_and_their_roles(services: dict[str, Any]) -> None:
    assert set(services) == {"neo4j", "api", "proxy", "loader"}
    assert re.fullmatch(r"neo4j:5(\.[\d.]+)?(-community)?", services["neo4j"]["image"])
    assert services["api"]["build"] == "." and (ROOT / "Dockerfile").is_file()
    assert services["loader"]["profiles"] == ["load"]
    assert services["loader"]["image"] == services["api"]["image"]
    assert "profiles" not in services["api"] and "profiles" not in services["neo4j"]


def test_neo4j_health_check_uses_cypher_shell_and_others_wait_for_it(services: dict[str, Any]) -> None:
    check = services["neo4j"]["healthcheck"]
    assert check["test"][0] == "CMD-SHELL" and "cypher-shell" in check["test"][1] and "RETURN 1" in check["test"][1]
    # `$$` is how a literal `$` reaches the container; a single `$` would be interpolated by compose.
    assert "$${NEO4J_AUTH#neo4j/}" in check["test"][1]
    for name in ("api", "loader"):
        assert services[name]["depends_on"] == {"neo4j": {"condition": "service_healthy"}}


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


@pytest.mark.parametrize("name", ["api", "loader"])
def test_every_ckg_variable_is_a_setting_the_code_reads(
    services: dict[str, Any], name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _environment(services[name])
    fields = {f"CKG_{field.upper()}" for field in Settings.model_fields}
    unknown = {key for key in env if key.startswith("CKG_")} - fields
    assert not unknown, f"{name} sets {sorted(unknown)}, which no setting reads"
    for key in fields:
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():  # compose would substitute ${...}: use a sample value for each
        monkeypatch.setenv(key, INTERPOLATION.sub("sample-password", value))
    monkeypatch.chdir(ROOT / "tests")  # no .env file is read
    settings = Settings()
    assert settings.backend == "neo4j"
    uri = urlsplit(settings.neo4j_uri or "")
    assert uri.scheme in SCHEMES and uri.hostname == "neo4j" and uri.port == 7687
    assert settings.neo4j_user == "neo4j"
    assert settings.neo4j_password.get_secret_value() == "sample-password"


def test_one_password_for_neo4j_and_its_clients(services: dict[str, Any]) -> None:
    auth = _environment(services["neo4j"])["NEO4J_AUTH"]
    assert auth.startswith("neo4j/") and "${CKG_NEO4J_PASSWORD:?" in auth  # required: no default password
    for name in ("api", "loader"):
        password = _environment(services[name])["CKG_NEO4J_PASSWORD"]
        assert INTERPOLATION.fullmatch(password) and INTERPOLATION.fullmatch(password)["name"] == "CKG_NEO4J_PASSWORD"
    assert _environment(services["api"])["CKG_PRODUCTION"] == "true"


def test_ports_agree_with_the_image_and_the_bolt_uri(services: dict[str, Any]) -> None:
    assert services["api"]["expose"] == ["8000"] and "EXPOSE 8000" in (ROOT / "Dockerfile").read_text()
    assert services["proxy"]["ports"] == ["8000:8000"]
    published = {p.rsplit(":", 1)[1] for p in services["neo4j"]["ports"]}
    assert {"7687", "7474"} <= published
    assert all(p.startswith("127.0.0.1:") for p in services["neo4j"]["ports"]), "Neo4j is published on loopback only"


def test_volumes_are_declared_and_used(compose: dict[str, Any], services: dict[str, Any]) -> None:
    declared = set(compose["volumes"])
    named = {v.split(":", 1)[0] for s in services.values() for v in s.get("volumes", ()) if not v.startswith(".")}
    assert named == declared == {"neo4j-data", "neo4j-logs"}
    assert {v.split(":")[1] for v in services["neo4j"]["volumes"]} == {"/data", "/logs"}


def test_loader_initialises_then_loads_the_mounted_seeds(services: dict[str, Any]) -> None:
    loader = services["loader"]
    assert loader["entrypoint"] == ["/bin/sh", "-c"]
    assert loader["command"] == ["ckg init && ckg load /seeds"]
    (mount,) = loader["volumes"]
    host, container, mode = mount.split(":")
    assert (container, mode) == ("/seeds", "ro")
    assert any((ROOT / host).glob("*.yaml")), "the mounted seeds folder holds profiles"


def test_the_commands_the_services_run_exist() -> None:
    from typer.testing import CliRunner

    from cli.main import app

    runner = CliRunner()
    for command, options in (("init", ()), ("load", ()), ("serve", ("--host", "--port"))):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, result.output
        assert all(option in result.output for option in options)


def test_the_api_scales_behind_the_proxy(services: dict[str, Any]) -> None:
    """`docker compose up --scale api=3`: no replica publishes a host port (they would collide), the proxy waits
    for a healthy api and sends every request to the service name, re-resolved as replicas come and go."""
    api, proxy = services["api"], services["proxy"]
    assert "ports" not in api and "container_name" not in api
    assert proxy["depends_on"] == {"api": {"condition": "service_healthy"}}
    assert re.fullmatch(r"nginx:1\.(2[7-9]|[3-9]\d)[\w.-]*", proxy["image"])  # `resolve` in upstream: 1.27.3+
    (mount,) = proxy["volumes"]
    host, container, mode = mount.split(":")
    assert (container, mode) == ("/etc/nginx/nginx.conf", "ro")
    conf = (ROOT / host).read_text()
    assert re.search(r"server api:8000 resolve;", conf) and "resolver 127.0.0.11" in conf
    assert re.search(r"upstream api \{\s*zone api", conf) and "proxy_pass http://api;" in conf
    assert re.search(r"listen 8000;", conf)
    body_limit = re.search(r"client_max_body_size (\d+)m;", conf)
    assert body_limit and int(body_limit[1]) * 2**20 > Settings().max_body_bytes  # the API's own limit answers
