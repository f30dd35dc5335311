"""Exact look-ups never guess: a shared key picks deterministically within a kind and refuses across kinds."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.errors import UserError
from api.lookup import pick
from graph.model import Organization, Product, StatementBatch
from graph.names import normalize_key
from graph.store import GraphStore
from tests.api.conftest import data, gql


def test_a_key_shared_within_a_kind_prefers_the_entity_named_so_then_the_smallest_id() -> None:
    named = Organization(id="org:zz-hailuo", name="Hailuo")
    by_alias = Organization(id="org:aa-other", name="Other", aliases=("Hailuo",))
    assert pick([by_alias, named], normalize_key("Hailuo"), None) == named
    twins = [Organization(id="org:b", name="Hailuo"), Organization(id="org:a", name="Hailuo")]
    assert pick(twins, "hailuo", None) is not None and pick(twins, "hailuo", None).id == "org:a"  # type: ignore[union-attr]


def test_a_key_shared_across_kinds_is_never_guessed() -> None:
    org = Organization(id="org:hailuo", name="Hailuo")
    product = Product(id="product:hailuo", name="Hailuo")
    assert pick([org, product], "hailuo", Organization.model_fields["kind"].default) == org
    with pytest.raises(UserError, match="several kinds"):
        pick([org, product], "hailuo", None)


def test_paths_refuse_a_name_that_means_two_kinds(writable_client: TestClient, small_store: GraphStore) -> None:
    small_store.write(StatementBatch(entities=(Organization(id="org:hailuo-ai", name="Hailuo AI"),)))
    body = gql(writable_client, '{ paths(from: "Hailuo AI", to: "Tencent") { hops { relation } } }')
    assert "several kinds" in body["errors"][0]["message"]
    assert data(writable_client, '{ product(name: "Hailuo AI") { id } }')["product"] == {"id": "product:hailuo-ai"}


def test_search_sees_entities_written_after_its_index_was_built(
    writable_client: TestClient, small_store: GraphStore
) -> None:
    assert data(writable_client, '{ search(text: "Moonshot AI") { entity { id } } }')["search"] == []
    small_store.write(StatementBatch(entities=(Organization(id="org:moonshot-ai", name="Moonshot AI"),)))
    hits = data(writable_client, '{ search(text: "Moonshot AI") { entity { id } score } }')["search"]
    assert hits[0] == {"entity": {"id": "org:moonshot-ai"}, "score": 1.0}


def test_search_matches_prefixes_and_typos_but_not_names_hidden_inside_a_longer_query(client: TestClient) -> None:
    prefix = data(client, '{ search(text: "minim") { entity { id } score } }')["search"]
    assert prefix[0]["entity"]["id"] == "org:minimax" and 0.7 <= prefix[0]["score"] < 1
    assert data(client, '{ search(text: "Tencnet") { entity { id } } }')["search"][0] == {
        "entity": {"id": "org:tencent"}
    }
    assert data(client, '{ search(text: "Moonshot AI Technology") { entity { id } } }')["search"] == []
