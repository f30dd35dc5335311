"""`ckg serve`: the GraphQL API and the explorer over the configured store (uvicorn)."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Annotated, NoReturn

import typer

from api.settings import Settings
from cli.common import console, fail
from cli.serving import announce, local_url
from graph.store import StoreError


def _stop(signum: int, _frame: FrameType | None) -> NoReturn:
    raise SystemExit(128 + signum)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve /graphql, /explore, /healthz and /readyz."""
    import uvicorn

    from api.app import create_app
    from graph.backends import open_store

    settings = Settings()
    try:
        store = open_store(settings)
    except StoreError as exc:
        raise fail(str(exc)) from None
    app = create_app(settings, store=store)
    keys = "mutations enabled" if settings.mutations_enabled else "mutations disabled (no CKG_API_KEY)"
    console.print(f"serving {settings.backend} store at {settings.location} on http://{host}:{port}/graphql; {keys}")
    # uvicorn shuts down gracefully on SIGTERM, then raises it again: with the default action the process would
    # die there, before closing the store (its checkpoint) and removing the server record below.
    signal.signal(signal.SIGTERM, _stop)
    try:
        # Recorded beside the embedded store, so that a command refused as busy names this server (cli/serving.py).
        with announce(settings, local_url(host, port)):
            uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
