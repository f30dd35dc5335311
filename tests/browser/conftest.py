"""Fixtures for the browser tests: the real app on 127.0.0.1 with seeds/ loaded, and Debian's chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.live_server import chromium_context, live_server, missing_prerequisites

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "explorer"
FIXTURES = Path(__file__).resolve().parent / "fixtures"  # an article with a dated price move for the badge


@pytest.fixture(scope="module")
def explorer_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    missing = missing_prerequisites()
    if missing:
        pytest.fail("browser test prerequisites missing: " + "; ".join(missing))
    from api.app import create_app
    from graph.backends.ladybug import LadybugStore
    from loaders.pipeline import load_paths

    store = LadybugStore(tmp_path_factory.mktemp("explorer-store") / "graph")
    try:
        report = load_paths(store, [REPO / "seeds", FIXTURES])
        assert not report.failed, report.failed
        with live_server(create_app(store=store)) as base:
            yield f"{base}/explore/"
    finally:
        store.close()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory, explorer_url: str) -> Iterator[Any]:
    with chromium_context(tmp_path_factory.mktemp("chromium-profile"), viewport={"width": 1280, "height": 860}) as ctx:
        yield ctx


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    """A fresh tab; the test fails if the page throws an uncaught error."""
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)
    tab = browser_context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    tab.close()
    assert not errors, f"uncaught errors in the page: {errors}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
