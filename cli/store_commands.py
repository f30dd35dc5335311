"""`ckg init`, `ckg reindex` and `ckg stats`."""

from __future__ import annotations

import time

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


def reindex() -> None:
    """Rebuild the name index (exact keys, acronyms, fuzzy blocks, search trigrams) from the graph's entities.

    Writes keep the index current; run this after an upgrade of its format (a read-write open of the embedded
    store, or `ckg init` on Neo4j, also rebuilds it then), or to drop what retracted entities left in it."""
    settings = StoreSettings()
    started = time.perf_counter()
    with store_session(settings) as store:
        terms = store.reindex()
    console.print(
        f"rebuilt the name index of {settings.backend} store at {settings.location}: "
        f"{terms:,} terms in {time.perf_counter() - started:.1f} s"
    )


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
    table.add_row("waiting for review (ckg review)", str(result.candidates))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(reindex)
    app.command()(stats)
