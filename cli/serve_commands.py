"""`ckg serve`: the GraphQL API and the explorer over the configured store (uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from api.settings import Settings
from cli.common import console, fail
from graph.store import StoreError


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
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
