"""The issue's "Done means" questions, answered through the HTTP app with the seeds/ profiles loaded."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.backends.ladybug import LadybugStore
from tests.api.conftest import API_KEY, data, gql, make_client

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def load_seeds(store: LadybugStore) -> None:
    from loaders.pipeline import load_paths

    report = load_paths(store, [SEEDS])
    failed = [d.error for d in report.documents if d.error]
    assert not failed, failed


@contextmanager
def seeded_client(path: Path) -> Iterator[TestClient]:
    store = LadybugStore(path)
    load_seeds(store)
    try:
        with make_client(store, api_key=API_KEY) as client:
            yield client
    finally:
        store.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with seeded_client(tmp_path_factory.mktemp("seeded") / "graph") as client:
        yield client


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    with seeded_client(tmp_path / "graph") as client:
        yield client


def test_minimax_founders_and_their_previous_employer(seeded: TestClient) -> None:
    result = data(
        seeded,
        """{ organization(name: "MiniMax") { founders { name
              relations(types: [WORKS_AT], direction: OUT) { properties other { name } } } } }""",
    )
    founders = {f["name"]: f["relations"] for f in result["organization"]["founders"]}
    assert set(founders) == {"Yan Junjie", "Zhou Yucong"}
    for jobs in founders.values():
        assert [(j["other"]["name"], j["properties"]["former"]) for j in jobs] == [("SenseTime", True)]


def test_minimax_investors_with_the_march_2024_round_and_its_lead(seeded: TestClient) -> None:
    result = data(
        seeded,
        """{ organization(name: "MiniMax") { investors { investor { name } lead
              round { date amount { amount currency } postMoneyValuation { amount currency } leads { name } } } } }""",
    )
    investors = result["organization"]["investors"]
    assert {"Tencent", "Hillhouse", "HongShan", "IDG Capital", "MiHoYo", "Alibaba"} <= {
        i["investor"]["name"] for i in investors
    }
    (in_round,) = [i for i in investors if i["round"] is not None]
    assert in_round["investor"] == {"name": "Alibaba"} and in_round["lead"] is True
    assert in_round["round"] == {
        "date": "2024-03",
        "amount": {"amount": 600_000_000.0, "currency": "USD"},
        "postMoneyValuation": {"amount": 2_500_000_000.0, "currency": "USD"},
        "leads": [{"name": "Alibaba"}],
    }


def test_zhipu_ai_is_found_as_z_ai(seeded: TestClient) -> None:
    result = data(seeded, '{ organization(name: "Z.ai") { id name } search(text: "Z.ai", limit: 1) { entity { id } } }')
    assert result["organization"] == {"id": "org:zhipu-ai", "name": "Zhipu AI"}
    assert result["search"] == [{"entity": {"id": "org:zhipu-ai"}}]


def test_t_head_parent_and_ultimate_parent(seeded: TestClient) -> None:
    result = data(seeded, '{ organization(name: "T-Head") { parent { name } ultimateParent { name } } }')
    assert result["organization"] == {"parent": {"name": "Alibaba"}, "ultimateParent": {"name": "Alibaba"}}


def test_a_path_from_tencent_through_minimax_with_evidence_per_hop(seeded: TestClient) -> None:
    result = data(
        seeded,
        """{ paths(from: "Tencent", to: "SenseTime", maxHops: 4) {
              hops { from { name } relation to { name } evidence { quote source { title } } } } }""",
    )
    assert result["paths"], "no path from Tencent to SenseTime"
    for path in result["paths"]:
        hops = path["hops"]
        assert hops[0]["from"]["name"] == "Tencent" and hops[0]["to"]["name"] == "MiniMax"
        assert hops[-1]["to"]["name"] == "SenseTime"
        assert all(h["evidence"] and h["evidence"][0]["quote"] and h["evidence"][0]["source"]["title"] for h in hops)
        assert all(a["to"] == b["from"] for a, b in itertools.pairwise(hops))


def test_zhipu_valuation_history_with_the_two_conflicting_2024_values(seeded: TestClient) -> None:
    result = data(
        seeded,
        """{ organization(name: "Zhipu AI") { history(attribute: "valuation") {
              value validFrom evidence { quote } conflictsWith { value validFrom } } } }""",
    )
    in_2024 = {h["value"]["amount"]: h for h in result["organization"]["history"] if h["validFrom"] == "2024"}
    three, two_eight = in_2024[3_000_000_000], in_2024[2_800_000_000]
    assert {"value": two_eight["value"], "validFrom": "2024"} in three["conflictsWith"]
    assert {"value": three["value"], "validFrom": "2024"} in two_eight["conflictsWith"]
    assert three["evidence"] and two_eight["evidence"]


def test_attribute_history_lists_every_attribute_grouped_with_its_conflicts(seeded: TestClient) -> None:
    result = data(
        seeded,
        """{ organization(name: "Zhipu AI") {
              attributeHistory { attribute value validFrom conflictsWith { value } }
              history(attribute: "valuation") { value } } }""",
    )
    org = result["organization"]
    names = [h["attribute"] for h in org["attributeHistory"]]
    assert names == sorted(names) and {"employees", "valuation"} <= set(names)
    valuations = [h for h in org["attributeHistory"] if h["attribute"] == "valuation"]
    assert [h["value"] for h in valuations] == [h["value"] for h in org["history"]]
    assert sum(1 for h in valuations if h["conflictsWith"]) == 2


def test_as_of_before_a_relation_starts_excludes_it(seeded: TestClient) -> None:
    query = """query($d: PartialDate) { organization(name: "MiniMax") { investors(asOf: $d) { investor { name } } } }"""
    before = {i["investor"]["name"] for i in data(seeded, query, {"d": "2024-02"})["organization"]["investors"]}
    after = {i["investor"]["name"] for i in data(seeded, query, {"d": "2024-03"})["organization"]["investors"]}
    assert "Alibaba" not in before and "Alibaba" in after
    assert "Tencent" in before  # undated statements are not excluded by asOf


def test_timeline_is_ordered_with_undated_events_last(writable: TestClient) -> None:
    ingest = """mutation($c: String!) { ingest(content: $c, format: "text", title: "Undated note") {
                  source { title format publishedAt } statements unchanged } }"""
    # a reading well above the confidence floor (a bare funding sentence's rule measures under it on real news)
    article = "Shares of MiniMax rose 4.5% in Hong Kong."
    first = gql(writable, ingest, {"c": article}, **AUTH)
    assert first["status"] == 200 and not first.get("errors"), first
    assert first["data"]["ingest"]["source"] == {"title": "Undated note", "format": "article", "publishedAt": None}
    assert first["data"]["ingest"]["statements"] > 0 and first["data"]["ingest"]["unchanged"] is False
    again = gql(writable, ingest, {"c": article}, **AUTH)
    assert again["data"]["ingest"]["unchanged"] is True and again["data"]["ingest"]["statements"] == 0

    timeline = data(writable, '{ timeline(entity: "MiniMax") { date kind } }')["timeline"]
    dates = [e["date"] for e in timeline]
    dated = [d for d in dates if d is not None]
    assert dated == ["2021-12", "2022-10", "2023", "2024-03", "2025-04", "2025-06", "2026"]
    assert dates[: len(dated)] == dated and dates[len(dated) :] and all(d is None for d in dates[len(dated) :])
    assert {"date": None, "kind": "PRICE_MOVE"} in timeline


def test_merge_and_unmerge_through_the_api(writable: TestClient) -> None:
    merged = gql(
        writable,
        'mutation { merge(keepId: "org:hillhouse", mergeId: "org:hongshan", reason: "t") { id } }',
        None,
        **AUTH,
    )
    assert merged["data"] == {"merge": {"id": "org:hillhouse"}}
    assert data(writable, '{ organization(name: "HongShan") { id } }')["organization"] == {"id": "org:hillhouse"}
    assert data(writable, '{ entity(id: "org:hongshan") { id } }')["entity"] == {"id": "org:hillhouse"}
    undone = gql(writable, 'mutation { unmerge(mergeId: "org:hongshan") { id } }', None, **AUTH)
    assert undone["data"] == {"unmerge": [{"id": "org:hillhouse"}, {"id": "org:hongshan"}]}
    assert data(writable, '{ organization(name: "HongShan") { id } }')["organization"] == {"id": "org:hongshan"}
    assert data(writable, '{ entity(id: "org:hongshan") { id } }')["entity"] == {"id": "org:hongshan"}


def test_a_bad_document_is_a_clear_error_and_writes_nothing(writable: TestClient) -> None:
    before = data(writable, "{ stats { entities relations events sources } }")
    body = gql(writable, 'mutation { ingest(content: "name: [unclosed", format: "yaml") { created } }', None, **AUTH)
    assert body["errors"][0]["message"].startswith("ingest: ")
    assert data(writable, "{ stats { entities relations events sources } }") == before


def test_a_planned_round_is_an_event_marked_planned_never_a_funding_round(writable: TestClient) -> None:
    ingest = """mutation($c: String!) { ingest(content: $c, format: "text", title: "Plan note") { statements } }"""
    article = "Quorra Labs is expected to raise $50 million in a funding round led by Fenwick Capital."
    assert gql(writable, ingest, {"c": article}, **AUTH)["status"] == 200
    # The plan is read at confidence 0.40: a review candidate, shown when asked for.
    query = """{ timeline(entity: "Quorra Labs", includeCandidates: true) {
                   kind summary modality review evidence { rule confidence } }
                 organization(name: "Quorra Labs") { fundingRounds { date } investors { investor { name } } } }"""
    answer = data(writable, query)
    (event,) = answer["timeline"]
    assert event["kind"] == "FUNDING_ROUND" and event["modality"] == "planned" and event["review"] == "CANDIDATE"
    assert event["summary"].startswith("planned ") and event["evidence"][0]["rule"] == "funding.apply.FUNDING_ROUND"
    assert answer["organization"]["fundingRounds"] == [] and answer["organization"]["investors"] == []
