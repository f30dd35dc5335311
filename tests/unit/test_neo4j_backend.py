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
