"""`ckg load`, `ckg merge`, `ckg unmerge`, `ckg schema profile`: parse, call loaders, render."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.settings import Settings
from cli.common import (
    OutputFormat,
    console,
    defect_message,
    err_console,
    fail,
    print_json,
    reported_errors,
    store_exists,
    store_session,
)
from graph.model import Evidence, ReviewStatus, StatementBatch
from graph.settings import StoreSettings
from graph.store import GraphStore
from loaders.merge import MergeError, merge_entities, unmerge
from loaders.pipeline import load_paths
from loaders.profile_format import profile_json_schema
from loaders.reports import DocumentReport, LoadReport

PROGRESS_FROM = 10  # documents; shorter loads finish before a bar would help

DebugOption = Annotated[bool, typer.Option("--debug", help="Show the traceback of unexpected errors.")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="table or json.")]


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    if not enabled or not err_console.is_terminal:
        yield None
        return
    bar = Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", style="dim"),
        console=err_console,
        transient=True,
    )
    task: list[Any] = []

    def advance(done: int, total: int, path: str) -> None:
        if total < PROGRESS_FROM:
            return
        if not task:
            task.append(bar.add_task(Path(path).name, total=total))
        bar.update(task[0], completed=done, description=Path(path).name)

    with bar:
        yield advance


# --------------------------------------------------------------------------- rendering


def _cited(evidence: tuple[Evidence, ...], review: ReviewStatus | None = None) -> str:
    """The first citation's quote, with its confidence and rule when a reader (not a curator) produced it, and
    whether the statement waits for review."""
    if not evidence:
        return "(no quote)"
    first = evidence[0]
    quote = f'"{first.quote}"' if first.quote else "(no quote)"
    if first.rule is None and first.confidence == 1.0:
        return quote
    queued = ", for review" if review == ReviewStatus.CANDIDATE else ""
    return f"{quote} [confidence {first.confidence:.3g}, rule {first.rule or '-'}{queued}]"


def explain_lines(batch: StatementBatch) -> list[str]:
    """Every statement of a batch, one line each, with the span it quotes and the confidence and rule behind it."""
    names = {e.id: e.name for e in (*batch.entity_patches, *batch.entities)}

    def name(eid: str | None) -> str:
        return f"{names.get(eid, eid)} [{eid}]" if eid else "-"

    lines: list[str] = []
    for rel in batch.relations:
        period = f" {rel.valid_from or '…'}..{rel.valid_to or '…'}" if rel.valid_from or rel.valid_to else ""
        props = f" {json.dumps(rel.properties, ensure_ascii=False)}" if rel.properties else ""
        cited = _cited(rel.evidence, rel.review)
        lines.append(f"{name(rel.subject_id)} {rel.type.value} {name(rel.object_id)}{period}{props}: {cited}")
    for event in batch.events:
        modality = f" ({event.properties['modality']})" if event.properties.get("modality") else ""
        cited = _cited(event.evidence, event.review)
        lines.append(f"{event.kind.value}{modality} {event.date or 'undated'} {name(event.subject_id)}: {cited}")
    for value in batch.attribute_values:
        when = f" from {value.valid_from}" if value.valid_from else ""
        shown = json.dumps(value.value, ensure_ascii=False)
        lines.append(
            f"{name(value.entity_id)} {value.attribute} = {shown}{when}: {_cited(value.evidence, value.review)}"
        )
    for candidate in batch.merge_candidates:
        lines.append(
            f"merge candidate: {name(candidate.new_id)} may be {candidate.existing_id} (score {candidate.score})"
        )
    return lines


def _render_table(report: LoadReport, explain: bool) -> None:
    if explain:
        for doc in report.documents:
            if doc.batch is None:
                continue
            console.print(f"[bold]{escape(doc.path or '<document>')}[/]")
            for line in explain_lines(doc.batch):
                console.print(f"  {escape(line)}", highlight=False, soft_wrap=True)
    title = "load report (dry run: nothing written)" if report.dry_run else "load report"
    table = Table(title=title)
    counts = {
        "documents": len(report.documents),
        "new entities": report.created,
        "linked mentions": report.linked,
        "statements": report.statements,
        "for review": report.candidates,  # shown only when something waits for review (ckg review)
        "unchanged": report.unchanged,
        "superseded": report.superseded,  # shown only when a document replaced an earlier version
        "failed": len(report.failed),
    }
    shown = {k: v for k, v in counts.items() if k not in ("superseded", "for review") or v}
    for column in shown:
        table.add_column(column, justify="right")
    table.add_row(*(str(v) for v in shown.values()))
    console.print(table)
    for doc in report.documents:
        if doc.superseded_sources:
            console.print(
                f"superseded: {escape(doc.path or '<document>')} replaces {', '.join(doc.superseded_sources)}; "
                f"{doc.superseded} statement{'' if doc.superseded == 1 else 's'} it no longer makes retracted",
                highlight=False,
                soft_wrap=True,
            )
    for doc in report.documents:
        for warning in doc.warnings:
            err_console.print(f"[yellow]warning:[/] {escape(doc.path or '')}: {escape(warning)}", highlight=False)
    for doc in report.failed:
        err_console.print(f"[bold red]failed:[/] {escape(doc.error or '')}", highlight=False, soft_wrap=True)


def _document_json(doc: DocumentReport, explain: bool) -> dict[str, Any]:
    data = doc.summary()
    if explain and doc.batch is not None:
        data["statements_explained"] = explain_lines(doc.batch)
    return data


# --------------------------------------------------------------------------- commands


def _render(report: LoadReport, format: OutputFormat, explain: bool) -> None:
    if format is OutputFormat.json:
        summary = report.summary()
        summary["reports"] = [_document_json(d, explain) for d in report.documents]
        print_json(summary)
    else:
        _render_table(report, explain)


def _load_through_server(
    url: str, api_key: str | None, paths: list[Path], *, dry_run: bool, strict: bool, format: OutputFormat, debug: bool
) -> LoadReport:
    """`ckg load --api`: every document through the server's ingest mutation. When the server cannot take any
    (unreachable, key refused), what was loaded before is reported, then the reason."""
    from api.client import RemoteLoadError, load_paths_via_api  # httpx: imported by `--api` loads only

    with reported_errors(debug):
        key = api_key or _configured_api_key()
        try:
            with _progress_bar(format is OutputFormat.table) as progress:
                return load_paths_via_api(url, paths, api_key=key, strict=strict, dry_run=dry_run, progress=progress)
        except RemoteLoadError as exc:
            stopped = exc
    if stopped.report.documents:
        _render(stopped.report, format, explain=False)
    raise fail(str(stopped))


def _configured_api_key() -> str | None:
    key = Settings().api_key  # CKG_API_KEY, from the environment or .env, as `ckg serve` reads it
    return key.get_secret_value() if key is not None else None


def load(
    paths: Annotated[
        list[Path], typer.Argument(help="Profile (.yaml/.yml/.json) and article (.txt/.md/.html) files or folders.")
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Resolve and report, write nothing.")] = False,
    format: FormatOption = OutputFormat.table,
    explain: Annotated[bool, typer.Option("--explain", help="Print every statement with its quoted span.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="A document that yields no statement fails (and writes nothing).")
    ] = False,
    api: Annotated[
        str | None,
        typer.Option(
            "--api",
            metavar="URL",
            help="Load through the running server at URL (its ingest mutation), e.g. http://127.0.0.1:8000: "
            "the way to add documents while `ckg serve` holds the store.",
        ),
    ] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", help="The server's API key for --api (default: CKG_API_KEY).")
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Load profiles and articles into the graph (one transaction per document). --dry-run opens the store
    read-only, so it works beside a running server; to write while one runs, load through it with --api."""
    if api is not None:
        if explain:
            raise fail(
                "--explain prints the statements themselves, which the server does not send back: run "
                "`ckg load --dry-run --explain FILE...` here without --api (it works beside a running server)"
            )
        report = _load_through_server(api, api_key, paths, dry_run=dry_run, strict=strict, format=format, debug=debug)
    else:
        read_only = dry_run and store_exists(StoreSettings())
        with (
            reported_errors(debug),
            store_session(read_only=read_only) as store,
            _progress_bar(format is OutputFormat.table) as progress,
        ):
            report = load_paths(store, paths, dry_run=dry_run, progress=progress, strict=strict)
    for doc in report.failed:
        if doc.defect is not None:  # the traceback to a file, the id in the report
            doc.error = f"{doc.path or '<document>'}: {defect_message(doc.defect)}"
    _render(report, format, explain)
    raise typer.Exit(code=1 if report.failed else 0)


def _suggestions(store: GraphStore) -> list[dict[str, Any]]:
    candidates = store.merge_candidates()
    ids = {i for c in candidates for i in (c.new_id, c.existing_id)}
    live = store.entities(sorted(ids))
    rows = [
        {
            "score": c.score,
            "new_id": c.new_id,
            "new_name": live[c.new_id].name,
            "existing_id": c.existing_id,
            "existing_name": live[c.existing_id].name,
            "mention": c.mention,
        }
        for c in candidates
        if c.new_id in live and c.existing_id in live
    ]
    return sorted(rows, key=lambda r: (-r["score"], r["new_id"], r["existing_id"]))


def merge(
    keep: Annotated[str | None, typer.Argument(help="Id of the entity to keep.")] = None,
    merge_id: Annotated[str | None, typer.Argument(metavar="MERGE", help="Id of the entity merged into KEEP.")] = None,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why they are the same (kept in the merge log).")
    ] = None,
    suggest: Annotated[bool, typer.Option("--suggest", help="List recorded merge candidates with scores.")] = False,
    format: FormatOption = OutputFormat.table,
    debug: DebugOption = False,
) -> None:
    """Declare MERGE the same entity as KEEP (reversible with `ckg unmerge`), or list candidates."""
    if suggest:
        with reported_errors(debug), store_session(read_only=store_exists(StoreSettings())) as store:
            rows = _suggestions(store)
        if format is OutputFormat.json:
            print_json(rows)
            return
        if not rows:
            console.print("no merge candidates")
            return
        table = Table(title="merge candidates (ckg merge KEEP MERGE)")
        for column in ("score", "existing (keep?)", "new (merge?)", "mention"):
            table.add_column(column)
        for row in rows:
            table.add_row(
                f"{row['score']:.1f}",
                f"{row['existing_name']} [dim]{row['existing_id']}[/]",
                f"{row['new_name']} [dim]{row['new_id']}[/]",
                escape(row["mention"]),
            )
        console.print(table)
        return
    if not keep or not merge_id:
        raise fail("give the ids to merge (ckg merge KEEP MERGE), or --suggest to list candidates")
    with reported_errors(debug), store_session() as store:
        try:
            record = merge_entities(store, keep, merge_id, reason=reason)
        except MergeError as exc:
            raise fail(str(exc)) from None
    if format is OutputFormat.json:
        print_json(record.model_dump(mode="json"))
        return
    console.print(
        f"merged {merge_id} into {keep}: {len(record.moved_relations)} statements moved "
        f"(merge record {record.id}; undo with `ckg unmerge {record.id}`)",
        highlight=False,
        soft_wrap=True,
    )


def unmerge_command(
    id: Annotated[str, typer.Argument(metavar="ID", help="The merge record id or the merged entity's id.")],
    format: FormatOption = OutputFormat.table,
    debug: DebugOption = False,
) -> None:
    """Undo a merge exactly: both entities and their statements come back as they were."""
    with reported_errors(debug), store_session() as store:
        try:
            ids = unmerge(store, id)
        except MergeError as exc:
            raise fail(str(exc)) from None
    if format is OutputFormat.json:
        print_json(ids)
        return
    console.print(f"unmerged: {ids[0]} and {ids[1]} are separate again", highlight=False, soft_wrap=True)


def profile_schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema of profile files (point your editor's YAML/JSON validation at it)."""
    text = json.dumps(profile_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(load)
    app.command()(merge)
    app.command("unmerge")(unmerge_command)
