"""Neo4j 5 through the official driver (bolt://, neo4j:// routing for clusters, neo4j+s:// for Aura).

Writes run in managed transactions (`execute_write`): the driver retries them on transient
errors (leader switch, deadlock), so the batch plan is rebuilt inside each attempt and stays
all-or-nothing. Constraints and indexes come from `init()` (`ckg init`).

What stays atomic, and what runs in bounded transactions (a single transaction over a large graph runs out of
the transaction memory Neo4j allows: the test wipe of a 10k-organisation graph failed with
MemoryPoolOutOfMemoryError under a 1 GB heap):
  - atomic, one transaction each: `write(batch)`, so one document's load, one merge or unmerge, one unload or
    undo of the sources named together, one review decision; and each chunk of an import or a migration
    (`ckg import` / `ckg migrate` write `--batch-size` records per transaction: an interrupted one leaves the
    chunks before it, and running it again completes it without changing them);
  - bounded, not atomic (`CALL { ... } IN TRANSACTIONS`, or a loop of bounded transactions): the test wipe
    (`wipe_for_tests`), the RelationId backfill of stores written before it existed (`_index_relation_ids`, on
    open; completed by the next open if cut short) and the name index rebuild (`reindex`, counted as built only
    once its last chunk is in).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

from graph.backends.cypher_store import CypherStore
from graph.backends.rows import Runner
from graph.cypher import names as qn
from graph.cypher import queries as q
from graph.cypher import upkeep as qu
from graph.model import EntityKind
from graph.nameindex import key_term
from graph.store import NameOwner, StoreError

T = TypeVar("T")
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStore(CypherStore):
    dialect: q.Dialect = "neo4j"

    def __init__(
        self,
        uri: str,
        *,
        user: str = "neo4j",
        password: str = "",
        database: str | None = None,
        max_pool_size: int = 50,
    ) -> None:
        self.uri = uri
        self.database = database
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in SCHEMES:
            raise StoreError(f"cannot use Neo4j URI {uri}: expected one of {', '.join(s + '://' for s in SCHEMES)}")
        try:
            self._driver: Driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                max_connection_pool_size=max_pool_size,
                connection_timeout=15.0,
                # Test connections idle for 30 s before reuse: Aura and load balancers drop idle ones silently.
                liveness_check_timeout=30.0,
            )
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"cannot use Neo4j URI {uri}: {exc}") from None

    def _session_call(self, call: Callable[[Any], T]) -> T:
        try:
            with self._driver.session(database=self.database) as session:
                return call(session)
        except AuthError:
            raise StoreError(f"Neo4j at {self.uri} refused the credentials (CKG_NEO4J_USER/PASSWORD)") from None
        except ServiceUnavailable as exc:
            raise StoreError(f"Neo4j at {self.uri} is unreachable: {exc}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j error: {exc.message or exc}") from exc

    @staticmethod
    def _runner(tx: ManagedTransaction) -> Runner:
        def run(query: q.Query, params: dict[str, Any] | None = None) -> list[list[Any]]:
            result = tx.run(query.text("neo4j"), params or {})
            return [list(record.values()) for record in result]

        return run

    def _write_tx(self, work: Callable[[Runner], T]) -> T:
        return self._session_call(lambda s: s.execute_write(lambda tx: work(self._runner(tx))))

    def _read_tx(self, work: Callable[[Runner], T]) -> T:
        return self._session_call(lambda s: s.execute_read(lambda tx: work(self._runner(tx))))

    def ping(self) -> bool:
        # verify_connectivity fails at once; a managed read would retry for half a minute.
        try:
            self._driver.verify_connectivity()
        except Exception:
            return False
        return True

    def init(self) -> None:
        def create(session: Any) -> None:
            for statement in (*q.NEO4J_SCHEMA, *qn.NEO4J_SCHEMA):
                session.run(statement).consume()
            # Full-text indexes fill asynchronously: wait, so that search right after `ckg init` finds names.
            session.run("CALL db.awaitIndexes(300)").consume()

        self._session_call(create)
        self._index_relation_ids()
        self._ensure_name_index()

    def search_candidates(self, query: str, kinds: Sequence[EntityKind] = (), limit: int = 10) -> list[NameOwner]:
        """Candidates from the full-text (Lucene) index `ckg init` creates, plus the names whose key is the query's;
        search re-scores their names with rapidfuzz."""
        text = qn.lucene_query(query)
        if not text:
            return []
        params = {"query": text, "limit": max(200, 20 * limit), "kinds": [k.value for k in kinds]}
        found = {
            row[0]: NameOwner(
                id=row[0], kind=EntityKind(row[1]), names=tuple(row[3] or ()), owner_id=row[0], owner_name=row[2]
            )
            for row in self._read(qn.FULLTEXT_CANDIDATES, params)
        }
        exact = self.name_terms([key_term(kind, query) for kind in (kinds or tuple(EntityKind))])
        members = [m for term in exact.values() for m in term.members if m not in found]
        for candidate in self._live_candidates(members, kinds):
            found.setdefault(candidate.id, candidate)
        return list(found.values())

    def close(self) -> None:
        self._driver.close()

    def _in_batches(self, query: q.Query, params: dict[str, Any] | None = None) -> None:
        # `CALL { ... } IN TRANSACTIONS` commits as it goes: it runs only in an auto-commit transaction.
        self._session_call(lambda s: s.run(query.text("neo4j"), params or {}).consume())

    def wipe_for_tests(self) -> None:
        """Delete every relationship, then every node, in bounded transactions: only the test suites call this, on a
        test database (which may hold a large graph from a benchmark)."""
        self._in_batches(qu.WIPE_RELATIONSHIPS)
        self._in_batches(qu.WIPE_NODES)
