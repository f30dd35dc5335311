"""A nested query over 100 organizations asks the store a small constant number of times (no N+1)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.backends.ladybug import LadybugStore
from graph.model import (
    EntityKind,
    Event,
    EventKind,
    Organization,
    Person,
    Product,
    ProductKind,
    RelationType,
    StatementBatch,
    entity_id,
    event_id,
)
from tests.api.graphs import SRC_NEWS, rel

# The bound this test states: one request over N organizations makes at most this many store calls, for any N.
MAX_STORE_CALLS = 12

QUERY = """query($n: Int) { organizations(first: $n, filter: {category: "startup"}) { nodes {
  name founders { name }
  investors { lead investor { name } round { date amount { amount } } }
  products { name productKind } } } }"""


class CountingStore:
    """A thin delegating wrapper around the real LadybugStore that counts every method call."""

    def __init__(self, inner: LadybugStore) -> None:
        self._inner = inner
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if not callable(attribute):
            return attribute

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return attribute(*args, **kwargs)

        return counted


def build(store: LadybugStore, count: int) -> None:
    entities: list[Any] = [Organization(id="org:fund", name="Fund", categories=("investor",))]
    relations = []
    events = []
    for i in range(count):
        org = Organization(id=f"org:startup-{i:03d}", name=f"Startup {i:03d}", categories=("startup",))
        founder = Person(id=entity_id(EntityKind.PERSON, f"Founder {i}"), name=f"Founder {i}")
        product = Product(id=f"product:model-{i:03d}", name=f"Model {i:03d}", product_kind=ProductKind.MODEL)
        round_id = event_id(EventKind.FUNDING_ROUND, org.id, "2024")
        entities += [org, founder, product]
        events.append(
            Event(
                id=round_id,
                kind=EventKind.FUNDING_ROUND,
                date="2024",
                subject_id=org.id,
                summary=f"{org.name} raised",
                leads=("org:fund",),
            )
        )
        relations += [
            rel(RelationType.FOUNDED, founder.id, org.id, SRC_NEWS, "founded"),
            rel(RelationType.DEVELOPED, org.id, product.id, SRC_NEWS, "developed"),
            rel(RelationType.INVESTED_IN, "org:fund", org.id, SRC_NEWS, "invested", round_id=round_id, lead=True),
        ]
    store.write(StatementBatch(source=SRC_NEWS))
    store.write(StatementBatch(entities=tuple(entities), relations=tuple(relations), events=tuple(events)))


def calls_for(tmp_path: Path, count: int) -> tuple[Counter[str], dict[str, Any]]:
    inner = LadybugStore(tmp_path / f"graph-{count}")
    try:
        build(inner, count)
        counting = CountingStore(inner)
        with TestClient(create_app(Settings(_env_file=None), store=counting)) as client:
            counting.calls.clear()
            body = client.post("/graphql", json={"query": QUERY, "variables": {"n": count}}).json()
        return counting.calls, body
    finally:
        inner.close()


def test_a_100_organization_nested_query_makes_a_constant_number_of_store_calls(tmp_path: Path) -> None:
    calls, body = calls_for(tmp_path, 100)
    assert not body.get("errors")
    nodes = body["data"]["organizations"]["nodes"]
    assert len(nodes) == 100
    assert all(len(n["founders"]) == 1 and len(n["products"]) == 1 for n in nodes)
    assert all(n["investors"][0]["round"]["date"] == "2024" and n["investors"][0]["lead"] for n in nodes)
    assert sum(calls.values()) <= MAX_STORE_CALLS, calls


def test_store_calls_do_not_grow_with_the_number_of_organizations(tmp_path: Path) -> None:
    small, _ = calls_for(tmp_path, 5)
    large, _ = calls_for(tmp_path, 100)
    assert sum(large.values()) == sum(small.values())
