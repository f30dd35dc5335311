"""GraphiQL at /graphql in a real headless chromium with no network: every file comes from this server.

Screenshots go to test-artifacts/explorer/ (ignored by git).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def offline(page: Any) -> list[str]:
    """Abort every request that leaves 127.0.0.1 (as with no network) and return the list of those attempted."""
    attempted: list[str] = []

    def handle(route: Any) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort("internetdisconnected")

    page.route("**/*", handle)
    return attempted


def test_graphiql_works_offline_from_the_projects_own_files(page: Any, explorer_url: str, artifacts: Path) -> None:
    attempted = offline(page)
    base = explorer_url.removesuffix("/explore/")
    page.goto(f"{base}/graphql")
    root = page.get_by_test_id("graphiql")
    expect(root).to_have_attribute("data-state", "ready")
    editor = page.locator(".graphiql-query-editor")
    expect(editor).to_contain_text('organization(name: "MiniMax")')  # pre-filled with an example
    page.screenshot(path=artifacts / "20-graphiql-example.png")

    page.locator(".graphiql-execute-button").click()
    result = page.locator(".result-window")
    expect(result).to_contain_text('"name": "MiniMax"')
    expect(result).to_contain_text('"investors"')
    expect(result).not_to_contain_text('"errors"')
    page.screenshot(path=artifacts / "21-graphiql-result.png")
    assert attempted == [], f"GraphiQL asked the network for {attempted}"


def test_graphiql_opens_a_shared_query_from_the_address(page: Any, explorer_url: str, artifacts: Path) -> None:
    attempted = offline(page)
    base = explorer_url.removesuffix("/explore/")
    page.goto(f"{base}/graphql#query=%7B%20person(name%3A%20%22Tang%20Jie%22)%20%7B%20name%20%7D%20%7D")
    expect(page.locator(".graphiql-query-editor")).to_contain_text('person(name: "Tang Jie")')
    page.locator(".graphiql-execute-button").click()
    expect(page.locator(".result-window")).to_contain_text('"name": "Tang Jie"')
    page.screenshot(path=artifacts / "22-graphiql-shared-query.png")
    assert attempted == [], f"GraphiQL asked the network for {attempted}"
