"""A query document is parsed and validated once per distinct text; the limits still refuse it every time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import strawberry.schema.schema as strawberry_schema
from fastapi.testclient import TestClient
from graphql import parse

from api.validation import DocumentCache, _Checked
from graph.backends.ladybug import LadybugStore
from tests.api.conftest import gql, make_client

LOOKUP = "query($name: String!) { organization(name: $name) { name founders { name } products { name } } }"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often strawberry's execution path parsed and validated a document."""
    counted: Counter[str] = Counter()

    def counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(strawberry_schema, "parse", counting("parse", strawberry_schema.parse))
    monkeypatch.setattr(strawberry_schema, "validate", counting("validate", strawberry_schema.validate))
    return counted


@pytest.fixture
def fresh_client(small_store: LadybugStore) -> Iterator[TestClient]:
    """An app of its own, so its document cache starts empty."""
    with make_client(small_store) as test_client:
        yield test_client


def deep_query() -> str:
    nested = "name"
    for _ in range(8):
        nested = f"founders {{ founded {{ {nested} }} }}"
    return f'{{ organization(name: "MiniMax") {{ {nested} }} }}'


def test_the_same_document_is_parsed_and_validated_once(fresh_client: TestClient, calls: Counter[str]) -> None:
    first = gql(fresh_client, LOOKUP, {"name": "MiniMax"})
    second = gql(fresh_client, LOOKUP, {"name": "Tencent"})
    assert first["data"]["organization"]["name"] == "MiniMax"
    assert second["data"]["organization"]["name"] == "Tencent"  # variables are not part of the cached result
    assert calls == Counter(parse=1, validate=1)
    gql(fresh_client, "{ stats { entities } }")
    assert calls == Counter(parse=2, validate=2)


def test_a_too_deep_query_is_refused_again_from_the_cache(fresh_client: TestClient, calls: Counter[str]) -> None:
    bodies = [gql(fresh_client, deep_query()) for _ in range(3)]
    assert calls == Counter(parse=1, validate=1)
    for body in bodies:
        assert body["data"] is None
        assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    assert [b["errors"] for b in bodies[1:]] == [bodies[0]["errors"]] * 2
    assert bodies[1]["status"] == bodies[0]["status"]


def test_an_invalid_field_is_refused_again_from_the_cache(fresh_client: TestClient, calls: Counter[str]) -> None:
    bodies = [gql(fresh_client, "{ stats { nonsense } }") for _ in range(2)]
    assert calls == Counter(parse=1, validate=1)
    assert bodies[0]["errors"] == bodies[1]["errors"]
    assert "Cannot query field 'nonsense'" in bodies[1]["errors"][0]["message"]


def test_documents_that_do_not_parse_are_not_cached(fresh_client: TestClient, calls: Counter[str]) -> None:
    too_long = "{ stats { " + " ".join("entities" for _ in range(2100)) + " } }"
    for _ in range(2):
        assert "more than 2000 tokens" in gql(fresh_client, too_long)["errors"][0]["message"]
        assert "Syntax Error" in gql(fresh_client, "{ stats { entities }")["errors"][0]["message"]
    assert calls == Counter(parse=4)


def test_a_mutation_from_the_cache_is_still_refused_over_get(fresh_client: TestClient) -> None:
    """The operation-type check is per request, not part of what is cached."""
    mutation = 'mutation { unmerge(mergeId: "x") { id } }'
    assert "mutations are disabled" in gql(fresh_client, mutation)["errors"][0]["message"]  # POST: parsed, cached
    response = fresh_client.get("/graphql", params={"query": mutation})
    assert response.status_code == 400
    assert "mutations are not allowed when using GET" in response.text


def test_the_cache_keeps_only_the_most_recently_used_documents() -> None:
    cache = DocumentCache(maxsize=2)
    for text in ("{ a }", "{ b }"):
        cache.put(text, _Checked(parse(text)))
    assert cache.get("{ a }") is not None  # now the most recent
    cache.put("{ c }", _Checked(parse("{ c }")))
    assert len(cache) == 2
    assert cache.get("{ b }") is None
    assert cache.get("{ a }") is not None and cache.get("{ c }") is not None


def test_a_cache_of_size_zero_keeps_nothing() -> None:
    cache = DocumentCache(maxsize=0)
    cache.put("{ a }", _Checked(parse("{ a }")))
    assert len(cache) == 0 and cache.get("{ a }") is None
