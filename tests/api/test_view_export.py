"""POST /export: the entities of an explorer view and what lies between them, in the formats of `ckg export`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.exchange import Format, read_records
from tests.api.graphs import ALIBABA, MINIMAX, ROUND_2024, SHANGHAI, TENCENT, YAN


def export(client: TestClient, fmt: str, entities: list[str], **extra: object) -> bytes:
    answer = client.post("/export", json={"format": fmt, "entities": entities, **extra})
    assert answer.status_code == 200, answer.text
    return answer.content


def records_of(content: bytes, fmt: Format, tmp_path: Path) -> dict[str, list[object]]:
    path = tmp_path / f"view.{fmt.value}"
    path.write_bytes(content)
    grouped: dict[str, list[object]] = {}
    for parsed in read_records(path, fmt):
        grouped.setdefault(parsed.kind, []).append(parsed.model)
    return grouped


@pytest.mark.parametrize("fmt", list(Format))
def test_a_view_exports_its_entities_and_only_what_lies_between_them(
    client: TestClient, fmt: Format, tmp_path: Path
) -> None:
    view = [MINIMAX, ALIBABA, TENCENT, YAN, SHANGHAI]
    records = records_of(export(client, fmt.value, view), fmt, tmp_path)
    assert sorted(e.id for e in records["entity"]) == sorted(view)  # type: ignore[attr-defined]
    for rel in records.get("relation", []):
        assert rel.subject_id in view and rel.object_id in view  # type: ignore[attr-defined]
    assert records.get("relation"), "MiniMax's investors and founder are in the view"
    for event in records.get("event", []):
        assert set(event.involved) <= set(view)  # type: ignore[attr-defined]
    cited = {e.source_id for kind in ("relation", "event") for r in records.get(kind, []) for e in r.evidence}  # type: ignore[attr-defined]
    assert cited <= {s.id for s in records.get("source", [])}  # type: ignore[attr-defined]


def test_the_view_export_keeps_only_the_relation_types_its_filters_let_through(client: TestClient) -> None:
    content = export(client, "jsonl", [MINIMAX, ALIBABA, TENCENT, YAN], relation_types=["FOUNDED"])
    lines = [json.loads(line) for line in io.StringIO(content.decode())]
    types = {line["data"]["type"] for line in lines[1:] if line["kind"] == "relation"}
    assert types == {"FOUNDED"}


def test_an_event_is_exported_only_with_all_its_parties(client: TestClient) -> None:
    def event_ids(view: list[str]) -> set[str]:
        lines = [json.loads(line) for line in export(client, "jsonl", view).decode().splitlines()[1:]]
        return {line["data"]["id"] for line in lines if line["kind"] == "event"}

    assert ROUND_2024 in event_ids([MINIMAX, ALIBABA, TENCENT])  # the company, its lead and its investor
    assert ROUND_2024 not in event_ids([MINIMAX, ALIBABA])  # Tencent took part but is not in the view


def test_the_view_export_names_the_file_and_refuses_a_bad_request(client: TestClient) -> None:
    answer = client.post("/export", json={"format": "graphml", "entities": [MINIMAX], "name": "company-kg-org-minimax"})
    assert answer.headers["content-disposition"] == 'attachment; filename="company-kg-org-minimax.graphml"'
    assert client.post("/export", json={"format": "pdf", "entities": [MINIMAX]}).status_code == 422
    assert client.post("/export", json={"format": "jsonl", "entities": []}).status_code == 422
    assert client.post("/export", json={"format": "jsonl", "entities": [MINIMAX], "name": "../x"}).status_code == 422
