"""The funding round an investment or a valuation belongs to is a typed field (round_id), not a string inside
`properties`: it travels through every export format, and exports written before it was a field (the round's
event id as properties.round_id) still import, as the typed field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.exchange import Format, import_file
from graph.model import AttributeValue, EventKind, Relation, RelationType
from graph.store import EventQuery, GraphStore, RelationQuery
from loaders.pipeline import load_paths
from tests.exchange.conftest import OpenStore
from tests.exchange.test_round_trip import exported

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MINIMAX = "org:minimax"


@pytest.fixture(scope="module")
def minimax(open_store: OpenStore) -> GraphStore:
    store = open_store("rounds")
    load_paths(store, [SEEDS / "minimax.yaml"])
    return store


def rounds_of(store: GraphStore) -> tuple[set[str], list[Relation], list[AttributeValue]]:
    events = store.events([MINIMAX], EventQuery(kinds=(EventKind.FUNDING_ROUND,)))[MINIMAX]
    query = RelationQuery(types=(RelationType.INVESTED_IN,))
    investments = [v.relation for v in store.relations([MINIMAX], query)[MINIMAX]]
    valuations = store.attribute_values([MINIMAX], "valuation")[MINIMAX]
    return {e.id for e in events}, investments, valuations


def test_a_profile_links_its_investments_and_valuations_to_their_rounds_by_a_typed_field(minimax: GraphStore) -> None:
    rounds, investments, valuations = rounds_of(minimax)
    linked = [r for r in investments if r.round_id is not None]
    assert linked and {r.round_id for r in linked} <= rounds
    assert all("round_id" not in r.properties and "roundId" not in r.properties for r in investments)
    assert any(v.round_id in rounds for v in valuations)


@pytest.mark.parametrize("fmt", list(Format))
def test_the_round_reference_survives_every_export_format(
    fmt: Format, minimax: GraphStore, open_store: OpenStore, tmp_path: Path
) -> None:
    file = tmp_path / f"graph.{fmt}"
    file.write_bytes(exported(minimax, fmt))
    copy = open_store(f"rounds-copy-{fmt}")
    import_file(copy, file)
    _, investments, valuations = rounds_of(copy)
    _, original, original_values = rounds_of(minimax)
    assert {(r.id, r.round_id) for r in investments} == {(r.id, r.round_id) for r in original}
    assert {(v.id, v.round_id) for v in valuations} == {(v.id, v.round_id) for v in original_values}


def as_older_export(jsonl: bytes) -> bytes:
    """The export as it was before round_id was a field: the round's event id inside properties."""
    lines = []
    for line in jsonl.splitlines():
        record = json.loads(line)
        data = record.get("data", {})
        if isinstance(data, dict) and "round_id" in data:
            found = data.pop("round_id")
            if found is not None:
                data["properties"] = {**data.get("properties", {}), "round_id": found}
        lines.append(json.dumps(record, ensure_ascii=False).encode())
    return b"\n".join(lines) + b"\n"


def test_an_export_written_before_the_typed_field_imports_with_it(
    minimax: GraphStore, open_store: OpenStore, tmp_path: Path
) -> None:
    current = exported(minimax, Format.jsonl)
    older = as_older_export(current)
    assert b'"round_id": null' not in older and b'"round_id": "event:' in older  # really the old shape
    file = tmp_path / "older.jsonl"
    file.write_bytes(older)
    copy = open_store("rounds-older")
    import_file(copy, file)
    assert exported(copy, Format.jsonl) == current


def test_a_stored_record_of_the_old_shape_reads_with_the_typed_field() -> None:
    old = {
        "id": "rel:x",
        "type": "INVESTED_IN",
        "subject_id": "org:a",
        "object_id": "org:b",
        "properties": {"round_id": "event:funding_round:abc", "lead": True},
    }
    relation = Relation.model_validate_json(json.dumps(old))
    assert relation.round_id == "event:funding_round:abc" and relation.properties == {"lead": True}
    assert Relation.model_validate_json(relation.model_dump_json()) == relation


def test_graphml_shows_the_round_of_an_investment_edge(minimax: GraphStore) -> None:
    graphml = exported(minimax, Format.graphml).decode()
    _, investments, _ = rounds_of(minimax)
    linked = {r.round_id for r in investments if r.round_id}
    assert 'attr.name="round_id"' in graphml
    assert all(f'<data key="e_round_id">{round_id}</data>' in graphml for round_id in linked)
