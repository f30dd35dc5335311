"""GraphiQL at /graphql from the project's own files (api/static/graphiql/ plus the vendored React and GraphiQL).

strawberry's own GraphiQL page loads React and GraphiQL from a CDN, so with no network it never gets past
"Loading...". This router serves the same endpoint and swaps only the page a browser gets.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from strawberry.fastapi import GraphQLRouter

from api.context import Context

PAGE_DIR = Path(__file__).parent / "static" / "graphiql"
PAGE = PAGE_DIR / "index.html"


class LocalGraphiQLRouter(GraphQLRouter[Context, None]):
    """strawberry's GraphQLRouter, its IDE page replaced by the vendored GraphiQL (works offline)."""

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))
