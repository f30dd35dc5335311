"""`ckg export`, `ckg import` and `ckg migrate`: move the whole graph between files and stores."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from cli.common import console, err_console, fail, store_session
from graph.backends import open_store
from graph.exchange import ExchangeError, Format, export_graph, format_of, import_file
from graph.migrate import PLURAL
from graph.migrate import migrate as migrate_stores
from graph.settings import StoreSettings
from graph.store import StoreError


@contextmanager
def record_progress(description: str) -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar per record kind, fed by (kind, done, total) callbacks."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def update(kind: str, done: int, total: int) -> None:
            if kind not in tasks:
                tasks[kind] = bar.add_task(f"{description} {PLURAL[kind]}", total=total)
            bar.update(tasks[kind], completed=done)

        yield update


def _write_atomically(out: Path, fmt: Format, settings: StoreSettings) -> dict[str, int]:
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with store_session(settings) as store, os.fdopen(handle, "wb") as file:
            counts = export_graph(store, fmt, file)
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return counts


def export(
    out: Annotated[str, typer.Argument(help="File to write (replaced whole, never half-written); - for stdout.")],
    format: Annotated[Format | None, typer.Option("--format", "-f", help="Default: from OUT's suffix.")] = None,
) -> None:
    """Export every record (sources, entities, relations, events, attribute values, merge log), byte-identical
    for the same graph: jsonl (lossless), graphml (Gephi, yEd) or cypher (a script for cypher-shell)."""
    # Read-only, so it also works while `ckg serve` holds the embedded store.
    settings = StoreSettings(read_only=True)
    if out == "-":
        if format is None:
            raise fail("give --format when writing to stdout")
        with store_session(settings) as store:
            export_graph(store, format, sys.stdout.buffer)
        return
    path = Path(out)
    try:
        fmt = format or format_of(path)
    except ExchangeError as exc:
        raise fail(str(exc)) from None
    counts = _write_atomically(path, fmt, settings)
    summary = ", ".join(f"{n} {PLURAL[kind]}" for kind, n in counts.items())
    err_console.print(f"exported {settings.backend} store at {settings.location} to {path} ({fmt}): {summary}")


def import_(
    file: Annotated[Path, typer.Argument(help="A file `ckg export` wrote (.jsonl, .graphml or .cypher).")],
    format: Annotated[Format | None, typer.Option("--format", "-f", help="Default: from FILE's suffix.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Records per write transaction.")] = 1000,
) -> None:
    """Import an export into the configured store: the whole file is checked before anything is written,
    records keep their ids, retracted state and recorded_at, and importing twice changes nothing."""
    if not file.is_file():
        raise fail(f"{file}: no such file")
    with store_session() as store, record_progress("importing") as progress:
        try:
            report = import_file(store, file, format, batch_size, progress)
        except ExchangeError as exc:
            raise fail(str(exc)) from None
    created = ", ".join(f"{n} {kind}" for kind, n in report.created.items() if n) or "nothing new"
    updated = ", ".join(f"{n} {kind}" for kind, n in report.updated.items() if n) or "nothing"
    console.print(f"imported {file}: {sum(report.read.values())} records read; created {created}; updated {updated}")


def migrate(
    to: Annotated[
        str | None,
        typer.Option("--to", help="Target Neo4j: bolt://, neo4j://, neo4j+s:// (default: CKG_NEO4J_URI)."),
    ] = None,
    user: Annotated[str | None, typer.Option(help="Default: CKG_NEO4J_USER.")] = None,
    password: Annotated[str | None, typer.Option(help="Default: CKG_NEO4J_PASSWORD.")] = None,
    database: Annotated[str | None, typer.Option(help="Default: CKG_NEO4J_DATABASE, else the server's.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Records per write transaction.")] = 1000,
) -> None:
    """Copy the embedded store (CKG_DB_PATH) into Neo4j in batches, then compare the counts side by side.
    Safe to run again: a second run changes nothing."""
    settings = StoreSettings()
    target_uri = to or settings.neo4j_uri
    if not target_uri:
        raise fail("give --to bolt://host:7687 (or set CKG_NEO4J_URI)")
    source_settings = settings.model_copy(update={"neo4j_uri": None, "read_only": True})
    target_settings = settings.model_copy(
        update={
            "neo4j_uri": target_uri,
            "neo4j_user": user or settings.neo4j_user,
            "neo4j_password": settings.neo4j_password if password is None else type(settings.neo4j_password)(password),
            "neo4j_database": database or settings.neo4j_database,
        }
    )
    with store_session(source_settings) as source:
        try:
            target = open_store(target_settings)
        except StoreError as exc:
            raise fail(str(exc)) from None
        try:
            if not target.ping():
                raise fail(f"Neo4j at {target_uri} does not answer (is it running? are the credentials right?)")
            err_console.print(f"reading {source_settings.location}, then copying it to {target_uri}")
            with record_progress("copying") as progress:
                report = migrate_stores(source, target, batch_size, progress)
        except StoreError as exc:
            raise fail(str(exc)) from None
        finally:
            target.close()
    table = Table(title=f"{source_settings.location} -> {target_uri}")
    table.add_column("what")
    table.add_column("embedded", justify="right")
    table.add_column("neo4j", justify="right")
    table.add_column("")
    for row in report.counts:
        table.add_row(row.what, str(row.source), str(row.target), "ok" if row.matches else "[red]differs[/]")
    console.print(table)
    written = {**report.created, **{f"{k} updated": n for k, n in report.updated.items()}}
    written = {k.replace("_", " "): n for k, n in written.items()}
    changes = "wrote " + ", ".join(f"{n} {k}" for k, n in written.items() if n) if report.changed else ""
    console.print(
        f"{report.records} records in {report.batches} batches; "
        + (changes or "nothing to write: the target already had everything")
    )
    if not report.verified:
        raise fail("counts differ: the target holds records the source does not, or a write was lost")


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command(name="import")(import_)
    app.command()(migrate)
