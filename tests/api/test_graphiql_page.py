"""The GraphiQL page at /graphql names only this server's own files (no CDN), and the server has them all."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.browser.live_server import VENDOR


def page_assets(html: str) -> list[str]:
    return re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', html)


def test_the_graphiql_page_loads_nothing_from_another_host(client: TestClient) -> None:
    page = client.get("/graphql", headers={"Accept": "text/html"})
    assets = [a for a in page_assets(page.text) if not a.startswith("data:")]
    assert assets, "the page should load React and GraphiQL"
    assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets


def test_every_file_the_graphiql_page_names_is_served(client: TestClient) -> None:
    if not (VENDOR / "graphiql.min.js").exists():
        pytest.fail(f"{VENDOR} lacks GraphiQL: run `make setup`")
    page = client.get("/graphql", headers={"Accept": "text/html"})
    for asset in page_assets(page.text):
        if asset.startswith("data:"):
            continue
        answer = client.get(asset)
        assert answer.status_code == 200 and answer.content, asset


def test_a_get_with_a_query_is_still_a_graphql_request(client: TestClient) -> None:
    answer = client.get("/graphql", params={"query": "{ __typename }"})
    assert answer.json() == {"data": {"__typename": "Query"}}
