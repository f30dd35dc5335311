"""Every reader gives back exactly what its writer was given, whatever the text (hypothesis; no store needed)."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.exchange import Format, cypher, graphml, jsonl
from graph.exchange.records import Dump
from graph.model import Evidence, Organization, Relation, RelationType, Source
from graph.store import ExportRecord

AT = dt.datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=dt.UTC)
text = st.text(min_size=1, max_size=40)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))


@st.composite
def graphs(draw: st.DrawFn) -> Dump:
    source = Source(id="source:1", sha256="a" * 64, title=draw(text), format="article", loaded_at=AT)
    orgs = [
        Organization(
            id=f"org:{i}",
            name=draw(text),
            aliases=tuple(draw(st.lists(text, max_size=3))),
            description=draw(st.none() | text),
            retracted_at=draw(st.none() | st.just(AT)),
            recorded_at=AT,
        )
        for i in range(2)
    ]
    relation = Relation(
        id="rel:1",
        type=RelationType.INVESTED_IN,
        subject_id="org:0",
        object_id="org:1",
        properties=draw(st.dictionaries(st.text(max_size=10), json_scalars, max_size=4)),
        evidence=(Evidence(source_id=source.id, quote=draw(text), start=0, end=5, recorded_at=AT),),
        retracted_at=draw(st.none() | st.just(AT)),
    )
    records = [("source", source), *(("entity", o) for o in orgs), ("relation", relation)]
    return Dump.of(ExportRecord(kind=kind, data=model.model_dump(mode="json")) for kind, model in records)


def written(dump: Dump, fmt: Format) -> bytes:
    out = io.BytesIO()
    if fmt is Format.graphml:
        graphml.write(dump, out)
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
        (jsonl.write if fmt is Format.jsonl else cypher.write)(dump, wrapper)
        wrapper.flush()
        wrapper.detach()
    return out.getvalue()


def read_back(data: bytes, fmt: Format) -> Dump:
    if fmt is Format.graphml:
        parsed = list(graphml.read(io.BytesIO(data)))
    else:
        stream = io.StringIO(data.decode("utf-8"), newline="")
        parsed = list((jsonl.read if fmt is Format.jsonl else cypher.read)(stream))
    return Dump.of(ExportRecord(kind=p.kind, data=p.model.model_dump(mode="json")) for p in parsed)


@settings(max_examples=60, deadline=None)
@given(graphs(), st.sampled_from(list(Format)))
def test_every_format_reads_back_what_it_wrote(dump: Dump, fmt: Format) -> None:
    data = written(dump, fmt)
    if fmt is not Format.graphml:  # one record per line, whatever splits lines (\x85 and \u2028 too)
        assert len(data.decode().splitlines()) == data.count(b"\n")
    assert read_back(data, fmt).records == dump.records
    assert written(read_back(data, fmt), fmt) == data
