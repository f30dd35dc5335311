"""`ckg`: a thin command line over the graph, loaders and API packages."""

from __future__ import annotations

import typer

from cli import (
    exchange_commands,
    load_commands,
    query_commands,
    review_commands,
    schema_commands,
    serve_commands,
    store_commands,
    unload_commands,
)
from cli.common import CommandGroup

app = typer.Typer(
    name="ckg",
    help="company-kg: load company material into a knowledge graph and query it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=CommandGroup,
)

store_commands.register(app)
serve_commands.register(app)
query_commands.register(app)
load_commands.register(app)
unload_commands.register(app)
review_commands.register(app)
exchange_commands.register(app)
schema_commands.register(app)

if __name__ == "__main__":
    app()
