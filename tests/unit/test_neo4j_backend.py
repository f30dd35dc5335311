"""Neo4j backend behaviour that needs no server: URI checks and failing fast when none answers.

The store behaviour itself is proven by tests/contract/ whenever CKG_NEO4J_URI is set.
"""

from __future__ import annotations

import socket

import pytest

from graph.backends import open_store
from graph.backends.neo4j import Neo4jStore
from graph.settings import StoreSettings
from graph.store import StoreError


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("uri", ["http://localhost:7474", "localhost:7687", "postgres://x"])
def test_uris_other_than_bolt_and_neo4j_are_refused_with_the_accepted_schemes(uri: str) -> None:
    with pytest.raises(StoreError, match=r"bolt://, .*neo4j\+s://"):
        Neo4jStore(uri)


@pytest.mark.parametrize("scheme", ["bolt", "neo4j", "neo4j+s", "bolt+s"])
def test_bolt_routing_and_aura_uris_are_accepted(scheme: str) -> None:
    Neo4jStore(f"{scheme}://localhost:{_closed_port()}").close()


def test_ping_reports_an_unreachable_server_without_retrying() -> None:
    store = Neo4jStore(f"bolt://127.0.0.1:{_closed_port()}", password="secret")
    try:
        assert store.ping() is False
    finally:
        store.close()


def test_open_store_picks_neo4j_when_a_uri_is_configured() -> None:
    settings = StoreSettings(neo4j_uri=f"bolt://127.0.0.1:{_closed_port()}")
    store = open_store(settings)
    try:
        assert isinstance(store, Neo4jStore)
    finally:
        store.close()


class _RecordingSession:
    def __init__(self, ran: list[str]) -> None:
        self.ran = ran

    def run(self, text: str, params: object = None) -> _RecordingSession:
        self.ran.append(text)
        return self

    def consume(self) -> None:
        return None


def test_the_test_wipe_deletes_in_bounded_transactions_not_one(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    store = Neo4jStore(f"bolt://127.0.0.1:{_closed_port()}")
    monkeypatch.setattr(store, "_session_call", lambda call: call(_RecordingSession(ran)))
    try:
        store.wipe_for_tests()
    finally:
        store.close()
    assert len(ran) == 2 and "DELETE r" in ran[0] and "DELETE n" in ran[1]  # relationships first, then nodes
    assert all("IN TRANSACTIONS OF" in text for text in ran)
    assert not any("DETACH DELETE" in text for text in ran)


def test_the_relation_id_backfill_runs_in_bounded_transactions_on_neo4j_only() -> None:
    from graph.cypher import upkeep

    assert "IN TRANSACTIONS OF" in upkeep.BACKFILL_RELATION_IDS.text("neo4j")
    assert "IN TRANSACTIONS" not in upkeep.BACKFILL_RELATION_IDS.text("ladybug")
