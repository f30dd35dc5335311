"""Dropping sources' citations and putting them back returns every record exactly (graph/upsert.drop_citation
with the drops loaders/unload.citation_drops plans): the property unload's undo rests on."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from graph.model import Evidence, Organization, Relation, RelationType, cited
from graph.upsert import drop_citation
from loaders.unload import citation_drops

AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
SOURCES = [f"source:{i:016d}" for i in range(4)]

citations = st.lists(
    st.tuples(st.sampled_from(SOURCES), st.integers(0, 50)).map(
        lambda t: Evidence(source_id=t[0], quote=f"q{t[1]}", start=t[1], end=t[1] + 2, recorded_at=AT)
    ),
    max_size=8,
    unique_by=lambda e: e.key,
)


def _undo(record, drops):  # type: ignore[no-untyped-def]
    """Take the drops back in the reverse order, as the undo of a joint unload does."""
    for drop in reversed(drops):
        record = drop_citation(record, drop.model_copy(update={"restore": True}))
    return record


@given(citations, st.lists(st.sampled_from(SOURCES), unique=True))
def test_dropping_sources_then_restoring_them_returns_the_relation_exactly(
    evidence: list[Evidence], unloading: list[str]
) -> None:
    relation = Relation(
        id="rel:x", type=RelationType.INVESTED_IN, subject_id="org:a", object_id="org:b", evidence=tuple(evidence)
    )
    drops = citation_drops(relation, sorted(unloading), AT)
    dropped = relation
    for drop in drops:
        dropped = drop_citation(dropped, drop)
    assert cited(dropped.evidence) == tuple(e for e in evidence if e.source_id not in unloading)
    assert [e.key for e in dropped.evidence] == [e.key for e in evidence]  # nothing leaves the record
    assert _undo(dropped, drops) == relation


@given(st.lists(st.sampled_from(SOURCES), unique=True), st.lists(st.sampled_from(SOURCES), unique=True))
def test_dropping_sources_then_restoring_them_returns_the_entity_exactly(
    cited: list[str], unloading: list[str]
) -> None:
    entity = Organization(id="org:a", name="A", source_ids=tuple(cited))
    drops = citation_drops(entity, sorted(unloading), AT)
    dropped = entity
    for drop in drops:
        dropped = drop_citation(dropped, drop)
    assert dropped.source_ids == tuple(s for s in cited if s not in unloading)
    assert _undo(dropped, drops) == entity
