"""`ckg init` and `ckg stats`."""

from __future__ import annotations

import typer
from rich.table import Table

from cli.common import OutputFormat, console, print_json, store_session
from graph.settings import StoreSettings


def init() -> None:
    """Create the store's tables, constraints and indexes (safe to run again)."""
    settings = StoreSettings()
    with store_session(settings) as store:
        store.init()
    console.print(f"initialised {settings.backend} store at {settings.location}")


def stats(format: OutputFormat = OutputFormat.table) -> None:
    """Count entities (by kind), relations, events, attribute values and sources."""
    # Read-only, so it also works while `ckg serve` holds the embedded store for writing.
    with store_session(read_only=True) as store:
        result = store.stats()
    if format is OutputFormat.json:
        print_json(result.model_dump())
        return
    table = Table(title="graph stats")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name in ("entities", "relations", "events", "attribute_values", "sources"):
        table.add_row(name.replace("_", " "), str(getattr(result, name)))
    for kind, count in sorted(result.by_kind.items()):
        table.add_row(f"  {kind.lower()}", str(count))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(stats)
