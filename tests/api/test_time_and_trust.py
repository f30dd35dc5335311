"""Issue #16 as a new user meets it on the seeds/ graph: answers in time, hops that cannot be misread, errors
that stay on their field, timelines read from the graph's own dates, profile text and category labels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import data, gql
from tests.api.test_seeds import seeded_client


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with seeded_client(tmp_path_factory.mktemp("seeded") / "graph") as client:
        yield client


def _investors(client: TestClient, as_of: str) -> list[str]:
    query = """query($d: PartialDate) { organization(name: "MiniMax") { investors(asOf: $d) { investor { name } } } }"""
    return sorted(i["investor"]["name"] for i in data(client, query, {"d": as_of})["organization"]["investors"])


def test_minimax_had_no_investors_before_it_was_founded(seeded: TestClient) -> None:
    assert _investors(seeded, "2015") == []
    assert _investors(seeded, "2020") == []
    assert {"Hillhouse", "HongShan", "IDG Capital", "MiHoYo", "Tencent"} <= set(_investors(seeded, "2022"))


def test_nothing_of_minimax_holds_in_2010(seeded: TestClient) -> None:
    query = '{ organization(name: "MiniMax") { relations(asOf: "2010") { type other { name } } } }'
    assert data(seeded, query)["organization"]["relations"] == []


def test_a_year_as_of_means_its_last_day(seeded: TestClient) -> None:
    query = """{ organization(name: "MiniMax") {
                 relations(asOf: "2021", types: [FOUNDED]) { other { name } validFrom dated } } }"""
    founded = data(seeded, query)["organization"]["relations"]
    assert sorted(r["other"]["name"] for r in founded) == ["Yan Junjie", "Zhou Yucong"]
    assert all(r["validFrom"] == "2021-12" and r["dated"] for r in founded)


def test_undated_relations_say_where_their_start_comes_from(seeded: TestClient) -> None:
    query = """{ organization(name: "MiniMax") {
                 investors { investor { name } validFrom dated }
                 relations(types: [HEADQUARTERED_IN]) { validFrom dated text } } }"""
    org = data(seeded, query)["organization"]
    tencent = next(i for i in org["investors"] if i["investor"]["name"] == "Tencent")
    assert (tencent["validFrom"], tencent["dated"]) == ("2021-12", False)  # MiniMax's founding, not a source's date
    assert org["relations"] == [
        {"validFrom": "2021-12", "dated": False, "text": "MiniMax is headquartered in Shanghai"}
    ]


def test_a_former_job_with_no_end_is_not_current(seeded: TestClient) -> None:
    query = """query($d: PartialDate) { person(name: "Yan Junjie") {
                 relations(types: [WORKS_AT], asOf: $d) { other { name } validTo endedBefore text } } }"""
    assert data(seeded, query, {"d": "2026"})["person"]["relations"] == []
    (job,) = data(seeded, query, {"d": "2020"})["person"]["relations"]
    assert job["other"]["name"] == "SenseTime" and job["text"] == "Yan Junjie worked at SenseTime"
    assert job["endedBefore"] is not None and job["validTo"] == job["endedBefore"]


def test_path_hops_give_the_relation_as_written(seeded: TestClient) -> None:
    query = """{ paths(from: "MiniMax", to: "Tencent", maxHops: 1) {
                 hops { from { name } to { name } forward subject { name } object { name } text relation } } }"""
    (path,) = data(seeded, query)["paths"]
    assert path["hops"] == [
        {
            "from": {"name": "MiniMax"},
            "to": {"name": "Tencent"},
            "forward": False,
            "subject": {"name": "Tencent"},
            "object": {"name": "MiniMax"},
            "text": "Tencent invested in MiniMax",
            "relation": "INVESTED_IN",
        }
    ]


def test_paths_as_of_only_walk_what_held_then(seeded: TestClient) -> None:
    query = 'query($d: PartialDate) { paths(from: "Yan Junjie", to: "Tencent", asOf: $d) { hops { text } } }'
    assert data(seeded, query, {"d": "2020"})["paths"] == []
    texts = [[h["text"] for h in p["hops"]] for p in data(seeded, query, {"d": "2022"})["paths"]]
    assert ["Yan Junjie founded MiniMax", "Tencent invested in MiniMax"] in texts


def test_an_unknown_name_in_timeline_is_an_error_on_that_field_only(seeded: TestClient) -> None:
    body = gql(seeded, '{ timeline(entity: "Minimx") { summary } organization(name: "MiniMax") { name } }')
    assert body["data"] == {"timeline": [], "organization": {"name": "MiniMax"}}
    (error,) = body["errors"]
    assert error["path"] == ["timeline"]
    assert error["message"].startswith('entity: no entity with id or name "Minimx" (did you mean "MiniMax", ')


def test_an_unknown_end_of_a_path_is_an_error_on_that_field_only(seeded: TestClient) -> None:
    body = gql(seeded, '{ paths(from: "MiniMax", to: "Tencnet") { hops { text } } stats { entities } }')
    assert body["data"]["paths"] == [] and body["data"]["stats"]["entities"] > 0
    assert [e["path"] for e in body["errors"]] == [["paths"]]
    assert body["errors"][0]["message"].startswith('to: no entity with id or name "Tencnet" (did you mean "Tencent"')


def test_an_unknown_name_look_up_is_null_with_an_error(seeded: TestClient) -> None:
    body = gql(seeded, '{ organization(name: "Minimx") { name } person(name: "MiniMax") { name } stats { sources } }')
    assert body["data"]["organization"] is None and body["data"]["person"] is None and body["data"]["stats"]
    messages = {tuple(e["path"]): e["message"] for e in body["errors"]}
    assert messages[("organization",)] == 'name: no organization named "Minimx" (did you mean "MiniMax"?)'
    assert messages[("person",)] == 'name: no person named "MiniMax"'


def test_minimax_timeline_tells_its_founding_and_the_end_of_glow(seeded: TestClient) -> None:
    query = """{ timeline(entity: "MiniMax") { date kind summary derived subject { name }
                 evidence { source { title format } } } }"""
    timeline = data(seeded, query)["timeline"]
    founding = next(e for e in timeline if e["kind"] == "FOUNDING")
    assert (founding["date"], founding["summary"], founding["derived"]) == ("2021-12", "MiniMax was founded", True)
    assert founding["evidence"] and founding["evidence"][0]["source"]["format"] == "profile"
    ending = next(e for e in timeline if e["kind"] == "DISCONTINUATION")
    assert (ending["date"], ending["summary"], ending["subject"]) == (
        "2023",
        "MiniMax discontinued Glow",
        {"name": "Glow"},
    )
    releases = [e for e in timeline if e["kind"] == "PRODUCT_RELEASE" and e["subject"]["name"] == "Glow"]
    assert len(releases) == 1 and releases[0]["derived"] is False  # the profile's own release event, not a copy
    dates = [e["date"] for e in timeline if e["date"]]
    assert dates == sorted(dates)
    only = data(seeded, '{ timeline(entity: "MiniMax", kinds: [FOUNDING, DISCONTINUATION]) { kind } }')["timeline"]
    assert [e["kind"] for e in only] == ["FOUNDING", "DISCONTINUATION"]


def test_profile_descriptions_are_queryable(seeded: TestClient) -> None:
    query = """{ organization(name: "MiniMax") { description products { name description } } }"""
    org = data(seeded, query)["organization"]
    assert org["description"].startswith("Shanghai AI company that builds multi-modal foundation models")
    glow = next(p for p in org["products"] if p["name"] == "Glow")
    assert glow["description"] == "Companion app; taken off app stores in 2023 over regulatory issues."


def test_categories_accept_the_label_or_the_value(seeded: TestClient) -> None:
    query = "query($c: String) { organizations(filter: {category: $c}) { nodes { name } } }"
    by_value = data(seeded, query, {"c": "ai_lab"})["organizations"]["nodes"]
    assert {"name": "MiniMax"} in by_value
    for label in ("AI lab", "AI Lab", "ai-lab"):
        assert data(seeded, query, {"c": label})["organizations"]["nodes"] == by_value


def test_a_product_is_developed_only_between_its_release_and_its_discontinuation(seeded: TestClient) -> None:
    query = """query($d: PartialDate) { organization(name: "MiniMax") {
                 relations(types: [DEVELOPED], asOf: $d) { other { name } validFrom validTo } } }"""

    def developed(as_of: str) -> dict[str, dict[str, str | None]]:
        rows = data(seeded, query, {"d": as_of})["organization"]["relations"]
        return {r["other"]["name"]: {"from": r["validFrom"], "to": r["validTo"]} for r in rows}

    assert developed("2022-10")["Glow"] == {"from": "2022-10", "to": "2023"}
    assert "Glow" not in developed("2022-09") and "Glow" not in developed("2023")


def test_products_founders_and_headquarters_take_as_of_too(seeded: TestClient) -> None:
    query = """query($d: PartialDate) { organization(name: "MiniMax") {
                 products(asOf: $d) { name } founders(asOf: $d) { name } headquarters(asOf: $d) { name } } }"""
    before = data(seeded, query, {"d": "2021-06"})["organization"]
    assert before == {"products": [], "founders": [], "headquarters": None}
    in_2022 = data(seeded, query, {"d": "2022-12"})["organization"]
    assert {"name": "Glow"} in in_2022["products"] and in_2022["headquarters"] == {"name": "Shanghai"}
    assert len(in_2022["founders"]) == 2
