"""`ckg query` (GraphQL without a server) and `ckg schema` (print the served GraphQL schema)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from api.settings import Settings
from cli.common import fail, print_json, store_exists, store_session


def _parse_var(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise fail(f'--var "{text}": expected name=value (value as JSON, or plain text)')
    try:
        value: Any = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return name.strip(), value


def query(
    text: Annotated[str | None, typer.Argument(help="The GraphQL query text.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .graphql file.")] = None,
    var: Annotated[list[str] | None, typer.Option("--var", help="A variable, name=value (JSON or text).")] = None,
) -> None:
    """Run a GraphQL query against the local store and print the JSON result (exit 1 on errors). Queries open the
    store read-only, so they work while `ckg serve` runs; mutations need it for writing."""
    if (text is None) == (file is None):
        raise fail("give the query either as an argument or with -f FILE (not both)")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise fail(f"{file}: cannot read the query ({exc.strerror or exc})") from None
    assert text is not None
    variables = dict(_parse_var(v) for v in var or [])
    settings = Settings()
    # A query reads the embedded store read-only, beside a running `ckg serve`; only a mutation opens it for writing.
    from api.local import execute_local, result_json, writes  # strawberry: imported by the commands that use it

    read_only = not writes(text) and store_exists(settings)
    with store_session(settings, read_only=read_only) as store:
        result = execute_local(store, text, variables, settings)
    print_json(result_json(result))
    if result.errors:
        raise typer.Exit(code=1)


def graphql_schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the GraphQL schema the API serves (the repo keeps it in schema.graphql)."""
    from api.local import print_schema

    text = print_schema()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def register(app: typer.Typer) -> None:
    app.command()(query)
