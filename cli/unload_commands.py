"""`ckg unload`: take sources back, or with --undo put them back exactly; parse, call loaders, render."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from cli.common import OutputFormat, console, print_json, reported_errors, store_session
from cli.load_commands import DebugOption, FormatOption
from loaders.unload import UnloadReport, describe, restore_sources, unload_sources

_TITLES = {
    (False, False): "unloaded",
    (False, True): "unload (dry run: nothing written)",
    (True, False): "restored",
    (True, True): "undo (dry run: nothing written)",
}


def _render(report: UnloadReport) -> None:
    for source in report.sources:
        console.print(f"{_TITLES[report.undo, report.dry_run]}: {escape(describe(source))}", highlight=False)
    if report.changes:
        table = Table(title=_plural(len(report.changes), "record") + " changed")
        for column in ("change", "record", "id"):
            table.add_column(column)
        for change in report.changes:
            table.add_row(change.action, escape(change.text), f"[dim]{escape(change.id)}[/]")
        console.print(table)
    if report.undo:
        line = f"{report.count('restored')} restored, {_plural(report.count('citation restored'), 'citation')} put back"
    else:
        line = f"{report.count('retracted')} retracted, {_plural(report.count('citation dropped'), 'citation')} dropped"
        if not report.dry_run:
            ids = " ".join(s.id for s in report.sources)
            line += f" (undo with `ckg unload --undo {ids}`)"
    console.print(line, highlight=False, soft_wrap=True)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def unload(
    sources: Annotated[
        list[str], typer.Argument(metavar="SOURCE...", help="A source id, a file path, a sha256 or a title.")
    ],
    undo: Annotated[
        bool, typer.Option("--undo", help="Put unloaded sources back exactly as they were before the unload.")
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would change, write nothing.")] = False,
    format: FormatOption = OutputFormat.table,
    debug: DebugOption = False,
) -> None:
    """Take loaded documents back: retract what only they support, drop their citations elsewhere (history is
    kept; `--undo` restores the exact graph)."""
    # A dry run only reads: it opens the store read-only and works beside a running `ckg serve`.
    with reported_errors(debug), store_session(read_only=dry_run) as store:
        run = restore_sources if undo else unload_sources
        report = run(store, sources, dry_run=dry_run)
    if format is OutputFormat.json:
        print_json(report.summary())
    else:
        _render(report)


def register(app: typer.Typer) -> None:
    app.command()(unload)
