"""`ckg schema graphql` and `ckg schema profile`: the two published schemas."""

from __future__ import annotations

import typer

from cli.load_commands import profile_schema
from cli.query_commands import graphql_schema


def register(app: typer.Typer) -> None:
    schema = typer.Typer(help="Print the published schemas (GraphQL API, profile format).", no_args_is_help=True)
    schema.command("graphql")(graphql_schema)
    schema.command("profile")(profile_schema)
    app.add_typer(schema, name="schema")
