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

from graph.backends import open_store
from graph.settings import StoreSettings
from graph.store import GraphStore, StoreError

console = Console()
err_console = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def fail(message: str, code: int = 1) -> typer.Exit:
    # The message is the user's text (names, YAML paths like `rounds[0]`): never read it as markup or emoji.
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True, emoji=False)
    return typer.Exit(code=code)


@contextmanager
def store_session(settings: StoreSettings | None = None) -> Iterator[GraphStore]:
    """Open the configured store, turn storage errors into one clear line, always close."""
    settings = settings or StoreSettings()
    try:
        store = open_store(settings)
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
