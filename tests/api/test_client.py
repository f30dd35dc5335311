"""api/client.py: files loaded through a server's ingest mutation report what a local load reports."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.client import RemoteLoadError, graphql_url, load_paths_via_api
from graph.backends.ladybug import LadybugStore
from graph.errors import InputError
from loaders.pipeline import NOTHING_READ, load_paths
from loaders.reports import LoadReport
from tests.api.conftest import API_KEY, make_client

PROFILE = """name: Quorra Labs
founded: "2021"
founders: [Ada Quorra]
investors: [Fenwick Capital]
"""
ARTICLE = (
    "Brightwater Robotics, a Shenzhen maker of warehouse robots, raised $25 million in a round led by Quorra Labs.\n"
)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "quorra.yaml").write_text(PROFILE, encoding="utf-8")
    (folder / "quorra-copy.yml").write_text(PROFILE, encoding="utf-8")  # the same content again
    (folder / "brightwater.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "weather.md").write_text("It rained all day and the river rose by evening.\n", encoding="utf-8")
    (folder / "bad.yaml").write_text("name: X\nfunders: [Y]\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 Quorra opened.\n".encode("latin-1"))
    return folder


@pytest.fixture
def server(store: LadybugStore) -> Iterator[TestClient]:
    with make_client(store, api_key=API_KEY) as client:
        yield client


def comparable(report: LoadReport) -> dict[str, Any]:
    summary = report.summary()
    for doc in summary["reports"]:
        if doc["source"] is not None:
            doc["source"].pop("loaded_at")
    return summary


def test_a_load_through_the_server_reports_what_a_local_load_does(
    server: TestClient, store: LadybugStore, docs: Path, tmp_path: Path
) -> None:
    done: list[tuple[int, int, str]] = []
    remote = load_paths_via_api(
        "http://testserver", [docs], api_key=API_KEY, client=server, progress=lambda *a: done.append(a)
    )
    local_store = LadybugStore(tmp_path / "local")
    try:
        local = load_paths(local_store, [docs])
        assert comparable(remote) == comparable(local)
        assert store.stats() == local_store.stats()
    finally:
        local_store.close()
    by_name = {Path(d.path or "").name: d for d in remote.documents}
    assert by_name["quorra-copy.yml"].statements >= 2 and by_name["quorra.yaml"].unchanged  # same content
    assert (
        by_name["brightwater.txt"].source is not None and by_name["brightwater.txt"].source.title == "brightwater.txt"
    )
    assert by_name["weather.md"].warnings == [NOTHING_READ]
    bad = by_name["bad.yaml"].error
    assert bad is not None and bad.startswith(f"{docs / 'bad.yaml'}: funders: unknown field")
    assert by_name["latin1.txt"].error is not None and "not valid UTF-8 at byte 3" in by_name["latin1.txt"].error
    assert [d[:2] for d in done] == [(n, 6) for n in range(1, 7)]


def test_strict_fails_a_document_that_yields_nothing_and_it_writes_nothing(
    server: TestClient, store: LadybugStore, docs: Path
) -> None:
    report = load_paths_via_api("http://testserver", [docs / "weather.md"], api_key=API_KEY, client=server, strict=True)
    (doc,) = report.failed
    assert doc.error == f"{docs / 'weather.md'}: {NOTHING_READ} (--strict)"
    assert store.stats().sources == 0


def test_a_dry_run_through_the_server_writes_nothing(server: TestClient, store: LadybugStore, docs: Path) -> None:
    report = load_paths_via_api(
        "http://testserver/graphql", [docs / "quorra.yaml"], api_key=API_KEY, client=server, dry_run=True
    )
    assert report.dry_run and report.statements >= 2 and not report.failed
    assert store.stats().sources == 0


def test_a_refused_key_stops_the_load_naming_the_file_and_writes_nothing(
    server: TestClient, store: LadybugStore, docs: Path
) -> None:
    with pytest.raises(RemoteLoadError) as refused:
        load_paths_via_api("http://testserver", [docs], api_key="wrong", client=server)
    assert str(refused.value) == (  # the first file a load takes: profiles first, by name
        f"{docs / 'bad.yaml'}: the server at http://testserver/graphql refused the request: the API key is not valid"
    )
    assert refused.value.report.documents == []
    assert store.stats().sources == 0


def test_without_a_key_nothing_is_sent(docs: Path) -> None:
    with pytest.raises(InputError, match="set CKG_API_KEY"):
        load_paths_via_api("http://testserver", [docs], api_key=None, client=_unusable())


def test_a_document_over_the_servers_size_limit_fails_alone(store: LadybugStore, docs: Path) -> None:
    (docs / "long.txt").write_text(ARTICLE * 100, encoding="utf-8")
    with make_client(store, api_key=API_KEY, max_body_bytes=4000) as small:
        report = load_paths_via_api(
            "http://testserver", [docs / "long.txt", docs / "quorra.yaml"], api_key=API_KEY, client=small
        )
    (failed,) = report.failed
    assert failed.error is not None and failed.error.startswith(f"{docs / 'long.txt'}: too large for the server")
    assert "CKG_MAX_BODY_BYTES" in failed.error
    assert store.stats().sources == 1


def _unusable() -> httpx.Client:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"nothing should be sent, got {request.url}")

    return httpx.Client(transport=httpx.MockTransport(refuse))


def _answering(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def test_an_unreachable_server_stops_the_load_with_the_file_and_the_address(docs: Path) -> None:
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(RemoteLoadError) as stopped:
        load_paths_via_api("http://127.0.0.1:8000", [docs / "quorra.yaml"], api_key="k", client=_answering(unreachable))
    assert str(stopped.value) == (
        f"{docs / 'quorra.yaml'}: cannot reach http://127.0.0.1:8000/graphql ([Errno 111] Connection refused); "
        "is `ckg serve` running there?"
    )


def test_a_connection_lost_mid_load_keeps_the_report_of_what_loaded(docs: Path) -> None:
    answered: list[str] = []

    def then_gone(request: httpx.Request) -> httpx.Response:
        if answered:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        answered.append(json.loads(request.content)["variables"]["path"])
        report = {"created": 1, "linked": 0, "statements": 0, "candidates": 0, "unchanged": False, "warnings": []}
        source = {
            "id": "source:1",
            "sha256": "1" * 64,
            "title": "t",
            "url": None,
            "publisher": None,
            "publishedAt": None,
            "format": "profile",
            "loadedAt": "2026-01-01T00:00:00Z",
        }
        return httpx.Response(200, json={"data": {"ingest": {**report, "source": source}}})

    files = [docs / "quorra.yaml", docs / "bad.yaml"]
    with pytest.raises(RemoteLoadError) as stopped:
        load_paths_via_api("http://kg:8000", files, api_key="k", client=_answering(then_gone))
    assert answered == [str(docs / "quorra.yaml")]
    assert [d.path for d in stopped.value.report.documents] == [str(docs / "quorra.yaml")]
    assert str(stopped.value).startswith(f"{docs / 'bad.yaml'}: the connection to http://kg:8000/graphql broke")
    assert "may or may not have loaded" in str(stopped.value)


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (404, "<html>Not Found</html>", "answered HTTP 404 Not Found without a GraphQL result (is it a ckg server?"),
        (
            200,
            '{"errors": [{"message": "Unknown argument \'strict\' on field \'Mutation.ingest\'."}]}',
            "rejected the request: Unknown argument 'strict'",
        ),
    ],
)
def test_an_answer_that_is_not_an_ingest_report_stops_the_load(
    docs: Path, status: int, body: str, expected: str
) -> None:
    client = _answering(lambda request: httpx.Response(status, text=body))
    with pytest.raises(RemoteLoadError, match=expected.replace("(", r"\(").replace("?", r"\?")):
        load_paths_via_api("http://kg:8000", [docs / "quorra.yaml"], api_key="k", client=client)


@pytest.mark.parametrize(
    ("given", "endpoint"),
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/graphql"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/graphql"),
        ("https://kg.example.com/graphql", "https://kg.example.com/graphql"),
        ("https://kg.example.com/ckg/", "https://kg.example.com/ckg/graphql"),
    ],
)
def test_the_endpoint_of_a_server_address(given: str, endpoint: str) -> None:
    assert graphql_url(given) == endpoint


@pytest.mark.parametrize("given", ["127.0.0.1:8000", "localhost", "ftp://kg/graphql", "http://"])
def test_an_address_without_scheme_or_host_is_a_clear_error(given: str) -> None:
    with pytest.raises(InputError, match="give the server's address with its scheme"):
        graphql_url(given)
