"""GraphQL unloadSource / restoreSource: need the API key, take a source back, put it back exactly."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from graph.exchange.records import HISTORY_KINDS
from graph.model import RelationType
from graph.store import GraphStore, RelationQuery
from tests.api.conftest import API_KEY, gql
from tests.api.graphs import SOURCES

AUTH = {"Authorization": f"Bearer {API_KEY}"}
FIELDS = (
    "sources { id retractedAt } retracted citationsDropped restored citationsRestored dryRun changes { action text }"
)


def snapshot(store: GraphStore) -> list[str]:
    # The graph, not its history: the retraction and review logs grow with every retraction and restore.
    records = (r for r in store.export() if r.kind not in HISTORY_KINDS)
    return [json.dumps(r.model_dump(mode="json"), sort_keys=True) for r in records]


def mutation(name: str, source: str, dry_run: bool = False) -> str:
    return f'mutation {{ {name}(source: "{source}", dryRun: {str(dry_run).lower()}) {{ {FIELDS} }} }}'


def _busiest(store: GraphStore) -> str:
    counts = {s.id: len(store.statements_by_source([s.id])[s.id].statements) for s in SOURCES}
    return max(counts, key=lambda i: (counts[i], i))


def test_unload_source_then_restore_source_returns_the_exact_graph(
    writable_client: TestClient, small_store: GraphStore
) -> None:
    source = _busiest(small_store)
    before, stats = snapshot(small_store), small_store.stats()
    body = gql(writable_client, mutation("unloadSource", source), **AUTH)
    assert body["status"] == 200 and not body.get("errors"), body
    report = body["data"]["unloadSource"]
    assert report["sources"][0]["id"] == source and report["sources"][0]["retractedAt"]
    assert report["retracted"] + report["citationsDropped"] == len(report["changes"]) > 0
    assert small_store.stats() != stats
    body = gql(writable_client, mutation("restoreSource", source), **AUTH)
    assert not body.get("errors"), body
    assert body["data"]["restoreSource"]["restored"] == report["retracted"]
    assert body["data"]["restoreSource"]["sources"][0]["retractedAt"] is None
    assert snapshot(small_store) == before


def test_a_dry_run_unload_source_writes_nothing(writable_client: TestClient, small_store: GraphStore) -> None:
    before = snapshot(small_store)
    body = gql(writable_client, mutation("unloadSource", _busiest(small_store), dry_run=True), **AUTH)
    assert body["data"]["unloadSource"]["dryRun"] is True and body["data"]["unloadSource"]["retracted"] > 0
    assert snapshot(small_store) == before


def test_unload_source_needs_the_api_key(writable_client: TestClient, small_store: GraphStore) -> None:
    before = snapshot(small_store)
    for name in ("unloadSource", "restoreSource"):
        body = gql(writable_client, mutation(name, SOURCES[0].id))
        assert body["status"] == 401 and body["errors"][0]["message"].startswith("mutations need an API key")
    assert snapshot(small_store) == before


def test_an_unknown_source_or_an_undo_of_nothing_is_a_clear_error(
    writable_client: TestClient, small_store: GraphStore
) -> None:
    body = gql(writable_client, mutation("unloadSource", "no such title"), **AUTH)
    assert body["errors"][0]["message"] == (
        'unloadSource: no loaded source matches "no such title" by id, file path, sha256 or title'
    )
    body = gql(writable_client, mutation("restoreSource", SOURCES[0].id), **AUTH)
    assert "is loaded, not unloaded: nothing to undo" in body["errors"][0]["message"]


def test_ingesting_a_new_version_of_a_profile_supersedes_the_earlier_one(
    writable_client: TestClient, small_store: GraphStore
) -> None:
    query = """mutation($c: String!) { ingest(content: $c, format: "yaml") {
      superseded unchanged source { id profileId supersededBy } } }"""
    v1 = "id: quorra-labs\nname: Quorra Labs\ninvestors: [Fenwick Capital, Blue Lake Ventures]\n"
    v2 = "id: quorra-labs\nname: Quorra Labs\ninvestors: [Fenwick Capital]\n"
    answers = []
    for content in (v1, v2, v2):
        body = gql(writable_client, query, {"c": content}, **AUTH)
        assert not body.get("errors"), body
        answers.append(body["data"]["ingest"])
    assert [(a["superseded"], a["unchanged"]) for a in answers] == [(0, False), (1, False), (0, True)]
    assert answers[1]["source"]["profileId"] == "quorra-labs"
    first, second = answers[0]["source"]["id"], answers[1]["source"]["id"]
    assert small_store.sources([first])[first].superseded_by == second
    investors = small_store.relations(["org:quorra-labs"], RelationQuery(types=(RelationType.INVESTED_IN,)))
    assert [v.other_id for v in investors["org:quorra-labs"]] == ["org:fenwick-capital"]
