"""`ckg review`: list the statements waiting for review, accept or reject them, undo a decision, read the log."""

from __future__ import annotations

from typing import Annotated, Literal

import typer
from rich.markup import escape
from rich.table import Table

from cli.common import OutputFormat, console, print_json, reported_errors, store_session
from cli.load_commands import DebugOption, FormatOption
from graph.model import ReviewDecision
from loaders import review

app = typer.Typer(
    help="Statements extracted below CKG_REVIEW_BELOW wait here as candidates: answers leave them out until "
    "accepted. Without a command: list them, least sure first.",
    invoke_without_command=True,
    no_args_is_help=False,
)

IdsArgument = Annotated[
    list[str], typer.Argument(metavar="ID...", help="Statement ids (rel:..., event:..., attr:...).")
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why (kept in the review log).")]


@app.callback()
def queue(ctx: typer.Context, format: FormatOption = OutputFormat.table, debug: DebugOption = False) -> None:
    """List the candidates with their quote, rule, confidence and source."""
    if ctx.invoked_subcommand is not None:
        return
    with reported_errors(debug), store_session() as store:
        items = review.review_queue(store)
    if format is OutputFormat.json:
        print_json([i.model_dump(mode="json") for i in items])
        return
    if not items:
        console.print("no statements waiting for review")
        return
    table = Table(title=f"{len(items)} statements waiting for review (ckg review accept|reject ID...)")
    for column in ("confidence", "statement", "quote", "rule", "source", "id"):
        table.add_column(column, overflow="fold")
    for item in items:
        table.add_row(
            f"{item.confidence:.3g}",
            escape(item.text),
            escape(item.quote or ""),
            escape(item.rule or ""),
            escape(item.source_title or item.source_id or ""),
            item.id,
        )
    console.print(table)


def _render(decisions: list[ReviewDecision], format: OutputFormat, verb: str) -> None:
    if format is OutputFormat.json:
        print_json([d.model_dump(mode="json") for d in decisions])
        return
    for d in decisions:
        console.print(
            f"{verb} {d.statement_id} (by {d.by}; undo with `ckg review undo {d.statement_id}`)", highlight=False
        )


def _decide(
    ids: list[str], decision: Literal["accept", "reject"], note: str | None, format: OutputFormat, debug: bool
) -> None:
    with reported_errors(debug), store_session() as store:
        decisions = review.decide(store, ids, decision, note=note)
    _render(decisions, format, "accepted" if decision == "accept" else "rejected")


@app.command()
def accept(
    ids: IdsArgument, note: NoteOption = None, format: FormatOption = OutputFormat.table, debug: DebugOption = False
) -> None:
    """Make candidates facts (all or none)."""
    _decide(ids, "accept", note, format, debug)


@app.command()
def reject(
    ids: IdsArgument, note: NoteOption = None, format: FormatOption = OutputFormat.table, debug: DebugOption = False
) -> None:
    """Turn statements down: retracted, and not written again from the sources they cite (all or none)."""
    _decide(ids, "reject", note, format, debug)


@app.command()
def undo(ids: IdsArgument, format: FormatOption = OutputFormat.table, debug: DebugOption = False) -> None:
    """Take back the latest decision on each statement: the status it found comes back."""
    with reported_errors(debug), store_session() as store:
        undone = review.undo(store, ids)
    if format is OutputFormat.json:
        print_json([d.model_dump(mode="json") for d in undone])
        return
    for d in undone:
        back = d.previous.value if d.previous else "a fact"
        console.print(f"undid the {d.decision} of {d.statement_id}: {back} again", highlight=False)


@app.command("log")
def log(
    ids: Annotated[list[str] | None, typer.Argument(metavar="[ID...]", help="Only these statements.")] = None,
    format: FormatOption = OutputFormat.table,
    debug: DebugOption = False,
) -> None:
    """The review log: who decided what and when, undone decisions included."""
    with reported_errors(debug), store_session() as store:
        entries = review.decisions(store, ids or ())
    if format is OutputFormat.json:
        print_json([d.model_dump(mode="json") for d in entries])
        return
    table = Table(title="review log")
    for column in ("at", "decision", "statement", "by", "undone", "note"):
        table.add_column(column, overflow="fold")
    for d in entries:
        undone = f"{d.undone_at:%Y-%m-%d %H:%M} by {d.undone_by}" if d.undone_at else ""
        table.add_row(
            f"{d.at:%Y-%m-%d %H:%M:%S}", d.decision, d.statement_id, escape(d.by), undone, escape(d.note or "")
        )
    console.print(table)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="review")
