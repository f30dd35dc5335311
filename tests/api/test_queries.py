"""The contract's questions answered through the HTTP app over a real Ladybug store (small graph in code)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.model import RelationType, StatementBatch
from graph.store import GraphStore
from tests.api.conftest import data, gql
from tests.api.graphs import ALIBABA, MINIMAX, SRC_OTHER, TENCENT, THEAD, rel


def test_founders_and_their_previous_employer(client: TestClient) -> None:
    result = data(
        client,
        """{ organization(name: "MiniMax") { founders { name
              relations(types: [WORKS_AT], direction: OUT) { direction validTo other { name } properties } } } }""",
    )
    (founder,) = result["organization"]["founders"]
    assert founder["name"] == "Yan Junjie"
    (job,) = founder["relations"]
    assert job == {"direction": "OUT", "validTo": "2021", "other": {"name": "SenseTime"}, "properties": {"role": "VP"}}


def test_investors_with_the_round_its_date_and_its_lead(client: TestClient) -> None:
    result = data(
        client,
        """{ organization(name: "MiniMax") { investors { investor { id } lead
              round { date stage amount { amount currency } postMoneyValuation { amount }
                      leads { id } investors { id } company { name } }
              evidence { quote start end confidence recordedAt source { title publishedAt format sha256 } } } } }""",
    )
    investors = {i["investor"]["id"]: i for i in result["organization"]["investors"]}
    assert set(investors) == {ALIBABA, TENCENT}
    lead = investors[ALIBABA]
    assert lead["lead"] is True
    assert lead["round"]["date"] == "2024-03"
    assert lead["round"]["amount"] == {"amount": 600_000_000.0, "currency": "USD"}
    assert lead["round"]["leads"] == [{"id": ALIBABA}]
    assert lead["round"]["investors"] == [{"id": ALIBABA}, {"id": TENCENT}]
    assert lead["round"]["company"] == {"name": "MiniMax"}
    (evidence,) = lead["evidence"]
    assert evidence["quote"] == "led by Alibaba" and evidence["start"] == 0 and evidence["end"] == 14
    assert evidence["confidence"] == 0.9 and evidence["recordedAt"].startswith("2026-11-01T12:00:00")
    assert evidence["source"]["title"] == "Funding news" and evidence["source"]["publishedAt"] == "2024-03-05"
    assert investors[TENCENT]["lead"] is False and investors[TENCENT]["round"] is None


def test_relation_properties_use_the_contracts_camel_case_keys(client: TestClient) -> None:
    result = data(
        client, '{ organization(name: "MiniMax") { relations(types: [INVESTED_IN]) { other { id } properties } } }'
    )
    properties = {r["other"]["id"]: r["properties"] for r in result["organization"]["relations"]}
    assert properties[ALIBABA]["roundId"].startswith("event:funding_round:") and properties[ALIBABA]["lead"] is True


def test_investments_are_the_other_side_of_investors(client: TestClient) -> None:
    result = data(client, '{ organization(name: "Alibaba Group") { investments { investee { name } lead } } }')
    investees = sorted((i["investee"]["name"], i["lead"]) for i in result["organization"]["investments"])
    assert investees == [("MiniMax", True), ("Zhipu AI", False)]


def test_name_lookups_are_exact_after_normalisation_and_never_guess(client: TestClient) -> None:
    result = data(
        client,
        """{ alias: organization(name: "Z.ai") { id }
             upper: organization(name: "ZHIPU AI CO., LTD.") { id }
             legal: organization(name: "Shanghai Xiyu Jizhi Technology") { id }
             person: person(name: "yan junjie") { founded { name } }
             product: product(name: "ABAB 6.5") { productKind releasedOn developer { name } }
             byId: entity(id: "org:minimax") { kind name ... on Organization { foundedOn categories } }
             unknownId: entity(id: "org:nope") { id } }""",
    )
    assert result["alias"] == {"id": "org:zhipu-ai"}
    assert result["upper"] == {"id": "org:zhipu-ai"}
    assert result["legal"] == {"id": "org:minimax"}
    assert result["unknownId"] is None
    assert result["person"] == {"founded": [{"name": "MiniMax"}]}
    assert result["product"] == {"productKind": "MODEL", "releasedOn": "2024-04", "developer": {"name": "MiniMax"}}
    assert result["byId"] == {
        "kind": "ORGANIZATION",
        "name": "MiniMax",
        "foundedOn": "2021-12",
        "categories": ["ai_lab"],
    }


def test_parent_and_ultimate_parent(client: TestClient) -> None:
    result = data(
        client,
        """{ t: organization(name: "T-Head") { parent { name } ultimateParent { name } }
             top: organization(name: "Alibaba Group") { parent { name } ultimateParent { name }
                  subsidiaries { name subsidiaries { name } } } }""",
    )
    assert result["t"] == {"parent": {"name": "Alibaba Cloud"}, "ultimateParent": {"name": "Alibaba Group"}}
    assert result["top"]["parent"] is None and result["top"]["ultimateParent"] is None
    assert result["top"]["subsidiaries"] == [{"name": "Alibaba Cloud", "subsidiaries": [{"name": "T-Head"}]}]


def test_ultimate_parent_is_cycle_safe(writable_client: TestClient, small_store: GraphStore) -> None:
    loop = rel(RelationType.SUBSIDIARY_OF, ALIBABA, THEAD, SRC_OTHER, "a bad statement closing a loop")
    small_store.write(StatementBatch(relations=(loop,)))
    result = data(writable_client, '{ organization(name: "T-Head") { ultimateParent { name } } }')
    assert result["organization"]["ultimateParent"] == {"name": "Alibaba Group"}


def test_as_of_before_a_relation_starts_excludes_it(client: TestClient) -> None:
    query = """query($asOf: PartialDate) { organization(name: "MiniMax") {
                 investors(asOf: $asOf) { investor { name } }
                 relations(types: [INVESTED_IN], asOf: $asOf) { other { name } validFrom } } }"""
    before = data(client, query, {"asOf": "2023-01"})["organization"]
    assert before == {"investors": [], "relations": []}
    middle = data(client, query, {"asOf": "2023-12"})["organization"]
    assert [i["investor"]["name"] for i in middle["investors"]] == ["Tencent"]
    after = data(client, query, {"asOf": "2024-03"})["organization"]
    assert sorted(i["investor"]["name"] for i in after["investors"]) == ["Alibaba Group", "Tencent"]


def test_relation_direction_is_out_when_the_entity_is_the_subject(client: TestClient) -> None:
    result = data(
        client,
        """{ organization(name: "MiniMax") {
              relations(types: [FOUNDED, DEVELOPED]) { type direction other { id } } } }""",
    )
    directions = {(r["type"], r["other"]["id"]): r["direction"] for r in result["organization"]["relations"]}
    assert directions[("FOUNDED", "person:yan-junjie")] == "IN"
    assert directions[("DEVELOPED", "product:abab-6.5")] == "OUT"


def test_path_from_tencent_through_minimax_with_evidence_per_hop(client: TestClient) -> None:
    result = data(
        client,
        """{ paths(from: "Tencent", to: "person:yan-junjie", maxHops: 3) {
              hops { from { id } relation to { id } forward validFrom evidence { quote source { title } } } } }""",
    )
    (path,) = result["paths"]
    hops = path["hops"]
    # Yan Junjie FOUNDED MiniMax: the path walks that edge backwards.
    assert [(h["forward"], h["validFrom"]) for h in hops] == [(True, "2023-06"), (False, "2021-12")]
    assert [(h["from"]["id"], h["relation"], h["to"]["id"]) for h in hops] == [
        (TENCENT, "INVESTED_IN", MINIMAX),
        (MINIMAX, "FOUNDED", "person:yan-junjie"),
    ]
    assert all(h["evidence"] and h["evidence"][0]["quote"] for h in hops)


def test_paths_name_an_unknown_end_clearly(client: TestClient) -> None:
    body = gql(client, '{ paths(from: "Tencent", to: "Nowhere Corp") { hops { relation } } }')
    assert body["errors"][0]["message"] == 'to: no entity with id or name "Nowhere Corp"'


def test_valuation_history_with_conflicting_values_pointing_at_each_other(client: TestClient) -> None:
    result = data(
        client,
        """{ organization(name: "Zhipu") { history(attribute: "valuation") {
              attribute value validFrom validTo evidence { quote } conflictsWith { value validFrom } } } }""",
    )
    history = result["organization"]["history"]
    assert [h["validFrom"] for h in history] == ["2023", "2024", "2024-05"]
    assert history[0]["conflictsWith"] == []
    assert history[1]["conflictsWith"] == [
        {"value": {"amount": 3_000_000_000, "currency": "USD"}, "validFrom": "2024-05"}
    ]
    assert history[2]["conflictsWith"] == [{"value": {"amount": 2_500_000_000, "currency": "USD"}, "validFrom": "2024"}]
    assert history[1]["evidence"] == [{"quote": "valued at USD 2.5 billion"}]


def test_timeline_is_ordered_with_undated_events_last(client: TestClient) -> None:
    result = data(client, '{ timeline(entity: "MiniMax") { date kind summary evidence { quote } subject { id } } }')
    assert [e["date"] for e in result["timeline"]] == ["2021-12", "2022", "2024-03", "2024-04-17", None]
    assert result["timeline"][0]["kind"] == "FOUNDING"  # from MiniMax's founding date
    assert all(e["subject"]["id"] == MINIMAX for e in result["timeline"])
    window = data(client, '{ timeline(entity: "org:minimax", since: "2024", until: "2024-03") { date } }')
    assert window["timeline"] == [{"date": "2024-03"}]
    rounds = data(client, '{ timeline(entity: "MiniMax", kinds: [FUNDING_ROUND]) { kind actor { name } } }')
    assert rounds["timeline"] == [{"kind": "FUNDING_ROUND", "actor": {"name": "Alibaba Group"}}]


def test_products_by_kind_funding_rounds_and_headquarters(client: TestClient) -> None:
    result = data(
        client,
        """{ organization(name: "MiniMax") { models: products(kind: MODEL) { name } all: products { name }
              fundingRounds { date stage } headquarters { name kind } } }""",
    )
    org = result["organization"]
    assert org["models"] == [{"name": "abab 6.5"}]
    assert sorted(p["name"] for p in org["all"]) == ["Hailuo AI", "abab 6.5"]
    assert org["fundingRounds"] == [{"date": "2024-03", "stage": "Series B"}]
    assert org["headquarters"] == {"name": "Shanghai", "kind": "PLACE"}


def test_sources_of_an_entity_are_its_profile_and_its_statements_evidence(client: TestClient) -> None:
    result = data(client, '{ organization(name: "MiniMax") { sources { title } } }')
    assert sorted(s["title"] for s in result["organization"]["sources"]) == [
        "Another outlet",
        "Funding news",
        "MiniMax profile",
    ]
    page = data(client, "{ sources(first: 2) { nodes { title } totalCount pageInfo { hasNextPage endCursor } } }")
    assert page["sources"]["totalCount"] == 3 and len(page["sources"]["nodes"]) == 2
    cursor = page["sources"]["pageInfo"]["endCursor"]
    rest = data(
        client,
        "query($c: String) { sources(first: 2, after: $c) { nodes { title } pageInfo { hasNextPage } } }",
        {"c": cursor},
    )
    assert len(rest["sources"]["nodes"]) == 1 and rest["sources"]["pageInfo"]["hasNextPage"] is False


def test_search_finds_names_and_aliases_with_scores_between_0_and_1(client: TestClient) -> None:
    result = data(
        client,
        """{ exact: search(text: "Z.ai") { entity { id } score matched }
             fuzzy: search(text: "Minimaks", kinds: [ORGANIZATION]) { entity { id } score }
             people: search(text: "MiniMax", kinds: [PERSON]) { entity { id } }
             one: search(text: "Alibaba", limit: 1) { entity { id } } }""",
    )
    assert result["exact"][0] == {"entity": {"id": "org:zhipu-ai"}, "score": 1.0, "matched": "Z.ai"}
    assert result["fuzzy"][0]["entity"]["id"] == MINIMAX and 0 < result["fuzzy"][0]["score"] < 1
    assert result["people"] == []
    assert len(result["one"]) == 1


def test_organizations_filter_and_cursor_pagination(client: TestClient) -> None:
    query = """query($f: OrganizationFilter, $after: String) { organizations(filter: $f, first: 2, after: $after) {
                 nodes { name } totalCount pageInfo { hasNextPage endCursor } } }"""
    seen: list[str] = []
    after = None
    while True:
        page = data(client, query, {"f": None, "after": after})["organizations"]
        assert page["totalCount"] == 7
        seen += [n["name"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == 7 == len(set(seen))
    labs = data(client, query, {"f": {"category": "ai_lab"}})["organizations"]
    assert sorted(n["name"] for n in labs["nodes"]) == ["MiniMax", "SenseTime"] and labs["totalCount"] == 3
    backed = data(client, query, {"f": {"investedInBy": "Alibaba"}})["organizations"]
    assert sorted(n["name"] for n in backed["nodes"]) == ["MiniMax", "Zhipu AI"]
    hq = data(client, query, {"f": {"headquarteredIn": "shanghai"}})["organizations"]
    assert [n["name"] for n in hq["nodes"]] == ["MiniMax"]
    nobody = gql(client, query, {"f": {"investedInBy": "Nobody Capital"}})
    assert nobody["data"]["organizations"] == {
        "nodes": [],
        "totalCount": 0,
        "pageInfo": {"hasNextPage": False, "endCursor": None},
    }
    assert [(e["path"], e["message"]) for e in nobody["errors"]] == [
        (["organizations"], 'filter.investedInBy: no entity with id or name "Nobody Capital"')
    ]
    founded = data(client, query, {"f": {"foundedAfter": "2000"}})["organizations"]
    assert [n["name"] for n in founded["nodes"]] == ["MiniMax"]


def test_stats_count_the_graph(client: TestClient) -> None:
    result = data(client, "{ stats { entities relations events sources byKind } }")
    assert result["stats"] == {
        "entities": 11,
        "relations": 10,
        "events": 4,
        "sources": 3,
        "byKind": {"ORGANIZATION": 7, "PERSON": 1, "PLACE": 1, "PRODUCT": 2},
    }


def test_a_bad_partial_date_is_a_clear_error(client: TestClient) -> None:
    body = gql(client, '{ organization(name: "MiniMax") { investors(asOf: "2024-13") { lead } } }')
    assert "month 13 is out of range" in body["errors"][0]["message"]
    body = gql(client, 'query($d: PartialDate) { timeline(entity: "MiniMax", since: $d) { date } }', {"d": "March"})
    assert '"March" is not a date' in body["errors"][0]["message"]


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}


def test_graphiql_is_served_to_a_browser(client: TestClient) -> None:
    page = client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
