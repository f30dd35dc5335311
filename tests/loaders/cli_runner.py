"""The `ckg` command line run in-process, as the CLI tests drive it."""

from __future__ import annotations

from typer.testing import CliRunner

from cli.main import app


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output
