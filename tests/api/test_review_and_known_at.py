"""The review queue and record time through GraphQL: candidates, decisions with the API key, knownAt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from loaders.articles.confidence import rule_confidence
from tests.api.conftest import API_KEY, data, gql

AUTH = {"Authorization": f"Bearer {API_KEY}"}
ARTICLE = "Quorra Labs raised $40 million from state-owned Fenwick Capital."
INGEST = """mutation($c: String!) { ingest(content: $c, format: "text", title: "Quorra note") { statements } }"""
INVESTORS = """query($at: DateTime) { organization(name: "Quorra Labs") {
    facts: investors(knownAt: $at) { investor { name } review }
    all: investors(knownAt: $at, includeCandidates: true) { investor { name } review } } }"""


@pytest.fixture
def loaded(writable_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("CKG_REVIEW_BELOW", "0.99")  # both statements of the article wait for review
    assert gql(writable_client, INGEST, {"c": ARTICLE}, **AUTH)["data"]["ingest"]["statements"] == 2
    return writable_client


def investors(client: TestClient, at: str | None = None) -> dict[str, list[Any]]:
    found = data(client, INVESTORS, {"at": at})["organization"]
    return {key: [(i["investor"]["name"], i["review"]) for i in found[key]] for key in ("facts", "all")}


def candidate_id(client: TestClient, kind: str) -> str:
    found = data(client, "{ candidates { id kind } }")["candidates"]
    return next(c["id"] for c in found if c["kind"] == kind)


def decide(client: TestClient, field: str, statement_id: str, **headers: str) -> dict[str, Any]:
    mutation = f'mutation {{ {field}(id: "{statement_id}") {{ statementId decision by at previous }} }}'
    return gql(client, mutation, **headers)


def test_candidates_are_listed_with_what_a_reviewer_needs(loaded: TestClient) -> None:
    query = "{ candidates { kind text quote rule confidence source { title } } }"
    found = data(loaded, query)["candidates"]
    assert [c["kind"] for c in found] == ["event", "relation"]  # least sure first
    relation = found[1]
    assert relation["text"] == "Fenwick Capital invested in Quorra Labs" and relation["quote"] == ARTICLE
    assert relation["rule"] == "funding.apply.INVESTED_IN" and relation["source"]["title"] == "Quorra note"
    assert relation["confidence"] == rule_confidence("funding.apply.INVESTED_IN")  # the rule's measured precision


def test_answers_leave_candidates_out_unless_asked(loaded: TestClient) -> None:
    assert investors(loaded) == {"facts": [], "all": [("Fenwick Capital", "CANDIDATE")]}
    rounds = data(loaded, '{ timeline(entity: "Quorra Labs") { kind } }')["timeline"]
    asked = data(loaded, '{ timeline(entity: "Quorra Labs", includeCandidates: true) { kind review } }')["timeline"]
    assert rounds == [] and asked == [{"kind": "FUNDING_ROUND", "review": "CANDIDATE"}]
    paths = '{ paths(from: "Fenwick Capital", to: "Quorra Labs", includeCandidates: %s) { hops { text review } } }'
    assert data(loaded, paths % "false")["paths"] == []
    (path,) = data(loaded, paths % "true")["paths"]
    assert path["hops"] == [{"text": "Fenwick Capital invested in Quorra Labs", "review": "CANDIDATE"}]


def test_decisions_need_the_api_key(loaded: TestClient) -> None:
    rel_id = candidate_id(loaded, "relation")
    refused = decide(loaded, "acceptStatement", rel_id)
    assert refused["status"] == 401 and "API key" in refused["errors"][0]["message"]
    assert investors(loaded)["facts"] == []


def test_accept_reject_and_undo_and_knownat_remembers_each(loaded: TestClient) -> None:
    rel_id = candidate_id(loaded, "relation")
    accepted = decide(loaded, "acceptStatement", rel_id, **AUTH)["data"]["acceptStatement"]
    assert accepted == {**accepted, "statementId": rel_id, "decision": "accept", "by": "api", "previous": "CANDIDATE"}
    assert investors(loaded)["facts"] == [("Fenwick Capital", "ACCEPTED")]
    again = decide(loaded, "acceptStatement", rel_id, **AUTH)
    assert again["errors"][0]["message"] == f"acceptStatement: {rel_id} is already accepted"
    rejected = decide(loaded, "rejectStatement", rel_id, **AUTH)["data"]["rejectStatement"]
    assert investors(loaded) == {"facts": [], "all": []}
    accepted_at = dt.datetime.fromisoformat(accepted["at"])
    rejected_at = dt.datetime.fromisoformat(rejected["at"])
    between = (accepted_at + (rejected_at - accepted_at) / 2).isoformat()
    assert investors(loaded, between)["facts"] == [("Fenwick Capital", "ACCEPTED")]
    before = (accepted_at - dt.timedelta(microseconds=1)).isoformat()
    assert investors(loaded, before) == {"facts": [], "all": [("Fenwick Capital", "CANDIDATE")]}
    undone = gql(loaded, f'mutation {{ undoReview(id: "{rel_id}") {{ decision undoneBy }} }}', **AUTH)
    assert undone["data"]["undoReview"] == {"decision": "reject", "undoneBy": "api"}
    assert investors(loaded)["facts"] == [("Fenwick Capital", "ACCEPTED")]


def test_knownat_before_anything_was_loaded_is_empty_and_a_time_without_zone_is_utc(loaded: TestClient) -> None:
    assert investors(loaded, "2001-01-01T00:00:00") == {"facts": [], "all": []}
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(tzinfo=None).isoformat()
    assert investors(loaded, later)["all"] == [("Fenwick Capital", "CANDIDATE")]
    query = """{ organization(name: "Quorra Labs") { history(attribute: "employees", knownAt: "2001-01-01") { value }
                 relations(knownAt: "2001-01-01", includeCandidates: true) { type } } }"""
    assert data(loaded, query)["organization"] == {"history": [], "relations": []}


def test_a_bad_knownat_is_a_clear_error(loaded: TestClient) -> None:
    body = gql(loaded, '{ organization(name: "Quorra Labs") { investors(knownAt: "yesterday") { lead } } }')
    assert body["errors"][0]["message"].startswith('Value cannot represent a DateTime: "yesterday"')


def readme_example(heading: str) -> str:
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1]
    return section.split("```graphql\n", 1)[1].split("```", 1)[0]


def test_the_readme_knownat_example_answers(writable_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CKG_REVIEW_BELOW", "0")
    gql(writable_client, INGEST, {"c": ARTICLE}, **AUTH)
    query = readme_example("What the graph knew when")
    moment = dt.datetime.fromisoformat(query.split('knownAt: "', 1)[1].split('"', 1)[0])
    found = data(writable_client, query)["organization"]
    assert found["investors"] == [{"investor": {"name": "Fenwick Capital"}}]
    loaded_later = dt.datetime.now(dt.UTC) > moment  # this article was loaded now: unknown at an earlier moment
    assert (found["before"] == []) is loaded_later
