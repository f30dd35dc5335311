"""Shared CLI plumbing: settings, opening the store, printing errors without tracebacks.

Errors follow one rule for every command (`CommandGroup`, `reported_errors`): a CkgError is the user's to act on
and is printed as its message; anything else is a defect of ckg, printed as `internal error <id>` with its
traceback written to `$TMPDIR/ckg-error-<id>.log` (raised as is with a command's `--debug`)."""

from __future__ import annotations

import json
import sys
import tempfile
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from cli.serving import busy_message
from graph.backends import open_store
from graph.errors import CkgError
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


def defect_message(exc: BaseException) -> str:
    """A defect of ckg (not a CkgError) in one line, its traceback written to a file the line names."""
    error_id = uuid.uuid4().hex[:12]
    trace = Path(tempfile.gettempdir()) / f"ckg-error-{error_id}.log"
    trace.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    return (
        f"internal error {error_id}: {type(exc).__name__}: {exc} (a defect of ckg, not of your input; "
        f"traceback in {trace})"
    )


_DEBUG: ContextVar[bool] = ContextVar("ckg_debug", default=False)  # a command's --debug, for CommandGroup


@contextmanager
def reported_errors(debug: bool = False) -> Iterator[None]:
    """A CkgError is the user's to act on: its message. Anything else is this program's defect: an internal
    error with an id, its traceback in a file (raised as is with `debug`, so the traceback shows)."""
    if debug:
        _DEBUG.set(True)
    try:
        yield
    except (typer.Exit, typer.Abort, typer.exceptions.TyperException, KeyboardInterrupt):
        raise  # exit codes and usage errors (TyperException: typer's click exceptions) are typer's to print
    except CkgError as exc:
        raise fail(str(exc)) from None
    except Exception as exc:
        if debug or _DEBUG.get():
            raise
        raise fail(defect_message(exc)) from None


class CommandGroup(TyperGroup):
    """ckg's commands, every one reporting errors by the same rule (reported_errors)."""

    def invoke(self, ctx: Any) -> Any:  # typer's own click Context
        token = _DEBUG.set(False)
        try:
            with reported_errors():
                return super().invoke(ctx)
        finally:
            _DEBUG.reset(token)


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
