"""A real uvicorn server on 127.0.0.1 in a background thread, and a headless Debian chromium to drive it.

The listening socket is bound before the server thread starts, so the first request simply queues in the
backlog until uvicorn accepts it: no polling, no sleeps.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VENDOR = Path(__file__).resolve().parents[2] / "api" / "static" / "vendor"
VENDOR_FILES = (
    "cytoscape.min.js",
    "layout-base.js",
    "cose-base.js",
    "cytoscape-fcose.js",
    "cytoscape-svg.js",
    "react.production.min.js",
    "react-dom.production.min.js",
    "graphiql.min.js",
    "graphiql.min.css",
)


def missing_prerequisites() -> list[str]:
    """What `make setup` / `make browser` would have installed but is not there."""
    missing = [] if CHROMIUM.exists() else [f"{CHROMIUM} (run `make browser`)"]
    missing += [f"{VENDOR / name} (run `make setup`)" for name in VENDOR_FILES if not (VENDOR / name).exists()]
    return missing


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve `app` on a free port of 127.0.0.1; yields the base URL and stops the server afterwards."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@contextmanager
def chromium_context(user_data_dir: Path, **context_options: Any) -> Iterator[Any]:
    """A fresh persistent context of Debian's chromium (never a downloaded browser build)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(user_data_dir),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            **context_options,
        )
        try:
            yield context
        finally:
            context.close()
