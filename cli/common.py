"""Shared CLI plumbing: settings, opening the store, printing errors without tracebacks."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from cli.serving import busy_message
from graph.backends import open_store
from graph.settings import StoreSettings
from graph.store import GraphStore, StoreBusyError, StoreError

console = Console()
err_console = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def fail(message: str, code: int = 1) -> typer.Exit:
    # The message is the user's text (names, YAML paths like `rounds[0]`): never read it as markup or emoji.
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True, emoji=False)
    return typer.Exit(code=code)


def store_exists(settings: StoreSettings) -> bool:
    """False only for an embedded store not created yet (no process can be holding it)."""
    return settings.backend != "ladybug" or settings.db_path.exists()


@contextmanager
def store_session(settings: StoreSettings | None = None, *, read_only: bool = False) -> Iterator[GraphStore]:
    """Open the configured store, turn storage errors into one clear line, always close.

    `read_only`: the embedded store opens read-only, so the command works beside a running `ckg serve` (or a
    load) that holds it for writing. It sees the graph as committed when it opened: each command opens anew.
    A writing command refused because another process holds the store says how to load through the server."""
    settings = settings or StoreSettings()
    if read_only and not settings.read_only:
        settings = settings.model_copy(update={"read_only": True})
    try:
        store = open_store(settings)
    except StoreBusyError as exc:  # a writing command is told where to load; a reader waited for a checkpoint
        raise fail(str(exc) if settings.read_only else busy_message(exc)) from None
    except StoreError as exc:
        raise fail(str(exc)) from None
    try:
        yield store
    except StoreError as exc:
        raise fail(str(exc)) from None
    finally:
        store.close()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
