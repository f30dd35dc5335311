"""POST /export: the entities an explorer view shows, with what lies between them, in the formats of `ckg export`.

The explorer sends the ids of the entities it shows (and the relation types its filters let through); the answer is
a file in jsonl, graphml or cypher that `ckg import` reads back. The store's export is read whole and filtered, so an
export costs about what `ckg export` does.
"""

from __future__ import annotations

import io

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from graph.exchange import Format, write_dump
from graph.exchange.records import Dump
from graph.exchange.subgraph import subgraph
from graph.model import RelationType

MEDIA_TYPES = {
    Format.jsonl: "application/x-ndjson",
    Format.graphml: "application/graphml+xml",
    Format.cypher: "text/plain; charset=utf-8",
}

router = APIRouter()


class ViewExport(BaseModel):
    format: Format
    entities: list[str] = Field(min_length=1, max_length=10_000)
    relation_types: list[RelationType] | None = None
    name: str = Field(default="company-kg-view", pattern=r"^[A-Za-z0-9._-]{1,80}$")


def render(dump: Dump, body: ViewExport) -> bytes:
    chosen = subgraph(
        dump, body.entities, None if body.relation_types is None else {t.value for t in body.relation_types}
    )
    out = io.BytesIO()
    write_dump(chosen, body.format, out)
    return out.getvalue()


@router.post("/export")
async def export_view(body: ViewExport, request: Request) -> Response:
    """The view's entities and what lies between them, as a file to download."""
    runner = request.app.state.ckg.runner()
    dump = await runner(Dump.from_store, runner.store)
    content = render(dump, body)
    disposition = f'attachment; filename="{body.name}.{body.format.value}"'
    return Response(content, media_type=MEDIA_TYPES[body.format], headers={"Content-Disposition": disposition})
