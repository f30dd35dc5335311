"""The embedded default store: Ladybug (Cypher, on disk, no server).

The database is one file (plus its `.wal`). One process at a time may open it read-write: a
second writer gets StoreBusyError at once instead of waiting or corrupting anything. Read-only opens work
from other processes beside the writer; each sees the commits made before it opened and none after (a
snapshot, tests/unit/test_ladybug_backend.py), so a reader reopens to see new data. Within a
process one connection is shared and serialised by a lock (the API calls the store from a
thread pool). A failed statement inside a transaction rolls the whole transaction back.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import ladybug
import pyarrow as pa

from graph import store as st
from graph.backends import path_search
from graph.backends.cypher_store import CypherStore
from graph.backends.path_reads import path_from_steps
from graph.backends.rows import Runner
from graph.cypher import names as qn
from graph.cypher import paths as qp
from graph.cypher import queries as q
from graph.model import EntityId, Relation
from graph.store import StoreBusyError, StoreError

T = TypeVar("T")
# Lists at least this long are passed as Arrow tables (Query.table_scan): a prepare costs ~1 ms, a row of
# a list-of-maps parameter ~0.2 ms.
TABLE_SCAN_FROM = 50
# A list of scalars (ids, keys) converts cheaply: an UNWIND of 400 ids is read in 3.6 ms as a list, 5.4 ms as an
# Arrow table (its prepare included); from about a thousand the table is faster (3,000 ids: 29 vs 22 ms).
SCALAR_SCAN_FROM = 800
# Ladybug names the process that holds the write lock: "... (Lock is held by PID 27651) ...".
_LOCK_HOLDER = re.compile(r"held by PID (\d+)")
# A read-only open beside a writer can meet the writer's checkpoint, or a WAL record it is appending.
_WHILE_WRITING = ("checkpoint recovery is pending", "Checksum verification failed")
RECOVERY_WAIT_SECONDS = 30.0  # how long a read-only open waits for another process's checkpoint or append
# A checkpoint costs seconds whatever it folds in (10k organisations: 2-4 s after one profile's 0.26 MB of WAL),
# and Ladybug makes one on every close by default: `ckg load` of one profile paid it on each run. A read-write
# close checkpoints only once the WAL is past this size; an open replays what is left (~0.1 s per MB).
CLOSE_CHECKPOINT_MB = 8


_SCHEMA_TABLES = tuple(
    m.group(1)
    for m in (re.search(r"TABLE IF NOT EXISTS (\w+)", s) for s in (*q.LADYBUG_SCHEMA, *qn.LADYBUG_SCHEMA))
    if m
)


class LadybugStore(CypherStore):
    dialect: q.Dialect = "ladybug"
    per_key = True  # its UNWIND joins along an edge scan the edge table (graph/cypher/queries.py)

    def __init__(
        self,
        path: Path | str,
        *,
        read_only: bool = False,
        buffer_pool_mb: int = 1024,
        checkpoint_mb: int = 256,
        close_checkpoint_mb: float = CLOSE_CHECKPOINT_MB,
    ) -> None:
        self.path = Path(path)
        self.close_checkpoint_mb = close_checkpoint_mb
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder; the embedded store is a file (set CKG_DB_PATH to a file path)")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            raise StoreError(f"no embedded store at {self.path} (run `ckg init` first)")
        try:
            # Ladybug checkpoints (folds the WAL into the file) once the WAL passes checkpoint_mb, at a
            # cost that grows with the database; its small default made every bulk commit checkpoint, so
            # commit time grew linearly with the graph (0.4 -> 2.4 s CPU per 1,000-company batch from
            # 1k to 8k organisations, benchmarks/scale_benchmark.py). It also checkpoints on close.
            # The WAL's pages stay in the buffer pool until a checkpoint, so the threshold is capped at half
            # the pool: at 1024/1024 a 100k-organisation load stopped at an 850 MB WAL with
            # "buffer pool is full".
            self._db = _open_database(
                self.path,
                read_only=read_only,
                buffer_pool_size=buffer_pool_mb * 1024 * 1024,
                checkpoint_threshold=min(checkpoint_mb, buffer_pool_mb // 2) * 1024 * 1024,
            )
        except RuntimeError as exc:
            if "lock" in str(exc).lower():
                holder = _LOCK_HOLDER.search(str(exc))
                pid = int(holder.group(1)) if holder else None
                raise StoreBusyError(
                    f"store busy: another process{f' (PID {pid})' if pid else ''} holds {self.path} for writing "
                    "(a running `ckg serve`? load through its ingest mutation, or stop it first)",
                    path=str(self.path),
                    holder_pid=pid,
                ) from None
            raise StoreError(f"cannot open the embedded store at {self.path}: {exc}") from None
        self._conn = ladybug.Connection(self._db)
        self._lock = threading.RLock()
        self.read_only = read_only
        if not read_only:
            self._conn.execute("CALL force_checkpoint_on_close=false")  # close() decides (CLOSE_CHECKPOINT_MB)
            self.init()
        else:
            self._refuse_an_older_schema()

    def _refuse_an_older_schema(self) -> None:
        """A reader cannot add the tables a newer ckg needs (a writer's open does): say so instead of failing
        on the first query."""
        present = {row[0] for row in self._run(q.Query("CALL show_tables() RETURN name"))}
        missing = [table for table in _SCHEMA_TABLES if table not in present]
        if missing:
            self.close()
            raise StoreError(
                f"the embedded store at {self.path} was made by an older ckg and lacks {', '.join(missing)}: "
                "run `ckg init` once to add them (nothing is lost), then retry"
            )

    def init(self) -> None:
        with self._lock:
            for statement in (*q.LADYBUG_SCHEMA, *qn.LADYBUG_SCHEMA):
                self._conn.execute(statement)
        self._index_relation_ids()
        self._ensure_name_index()

    def close(self) -> None:
        with self._lock:
            if self._db.is_closed:
                return
            if not self.read_only and self._wal_mb() > self.close_checkpoint_mb:
                with contextlib.suppress(RuntimeError):  # not folded in now: the next open replays it
                    self._conn.execute("CHECKPOINT")
            self._conn.close()
            self._db.close()

    def _wal_mb(self) -> float:
        try:
            return Path(f"{self.path}.wal").stat().st_size / 2**20
        except FileNotFoundError:
            return 0.0

    def _run(self, query: q.Query, params: dict[str, Any] | None = None) -> list[list[Any]]:
        params = params or {}
        scan = query.table_scan
        if scan is not None and len(params.get(scan.param) or ()) >= (
            TABLE_SCAN_FROM if scan.column is None else SCALAR_SCAN_FROM
        ):
            params = {**params, scan.param: _arrow_table(params[scan.param], scan.column)}
            # Prepared explicitly: Ladybug's implicit statement cache keys an Arrow parameter by object,
            # so every call would add an entry that keeps its table alive (300 calls: +430 MB).
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                prepared = self._conn.prepare(scan.text, params)
            result = self._conn.execute(prepared, params)
        else:
            result = self._conn.execute(query.text(self.dialect), params)
        assert not isinstance(result, list)
        return [list(row) for row in result.get_all()]

    def _columns(self, query: q.Query, params: dict[str, Any]) -> list[list[Any]]:
        """A read's result by column: through Arrow, several times faster than row by row for big results
        (a hub's 35,000 edges: 48 instead of 108 ms)."""
        with self._lock:
            result = self._conn.execute(query.text(self.dialect), params)
            assert not isinstance(result, list)
            return [column.to_pylist() for column in result.get_as_arrow().columns]

    def _write_tx(self, work: Callable[[Runner], T]) -> T:
        if self.read_only:
            raise StoreError(f"the embedded store at {self.path} is open read-only")
        with self._lock:
            self._conn.execute("BEGIN TRANSACTION")
            try:
                result = work(self._run)
            except BaseException as exc:
                self._rollback()
                if isinstance(exc, RuntimeError):
                    raise StoreError(f"write failed and was rolled back: {exc}") from exc
                raise
            self._conn.execute("COMMIT")
            return result

    def _in_batches(self, query: q.Query, params: dict[str, Any] | None = None) -> None:
        # One writer, no transaction memory limit: one transaction.
        self._write_tx(lambda run: run(query, params))

    def _shortest_paths(self, source: EntityId, target: EntityId, max_hops: int, limit: int) -> list[st.Path]:
        if len(self.entities([source, target])) < 2:  # a missing or retracted end has no paths
            return []

        degrees: dict[str, int] = {}

        def degree(node: str) -> int:
            if node not in degrees:
                degrees[node] = self._read(qp.DEGREE_ONE, {"value": node})[0][0]
            return degrees[node]

        def neighbours(nodes: Sequence[str]) -> dict[str, list[path_search.Edge]]:
            out: dict[str, list[path_search.Edge]] = {}
            for node in nodes:
                params = {"value": node}
                if degrees.get(node, 0) > 1000:  # a known hub: by column through Arrow (~4 ms, then ~1 us a row)
                    out[node] = list(zip(*self._columns(qp.PATH_NEIGHBOURS_ONE, params), strict=True))
                else:
                    out[node] = [(x, m) for x, m in self._read(qp.PATH_NEIGHBOURS_ONE, params)]
            return out

        found = path_search.shortest_paths(source, target, max_hops, neighbours, limit, degree)
        wanted: dict[str, set[str]] = {}  # each relation is read from its end with fewer edges
        for steps in found:
            node = source
            for relation_id, next_node in steps:
                end = min(node, next_node, key=degree)
                wanted.setdefault(end, set()).add(relation_id)
                node = next_node
        relations: dict[str, Relation] = {}
        for node, ids in wanted.items():
            for (data,) in self._read(qp.RELATIONS_AT_ONE, {"value": node, "ids": sorted(ids)}):
                relation = Relation.model_validate_json(data)
                relations[relation.id] = relation
        return [path_from_steps(source, steps, relations) for steps in found]

    def _rollback(self) -> None:
        # A failed statement has already rolled the transaction back; a Python error has not.
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError as exc:
            if "no active transaction" not in str(exc).lower():
                raise

    def _read_tx(self, work: Callable[[Runner], T]) -> T:
        with self._lock:
            return work(self._run)


def _open_database(
    path: Path, *, read_only: bool, buffer_pool_size: int, checkpoint_threshold: int
) -> ladybug.Database:
    """Open the database file. A read-only open beside a writer can be refused: "checkpoint recovery is pending"
    while the writer checkpoints (beside one that checkpointed every 16 MB, 18 of 78 opens), "Checksum verification
    failed" on a WAL record it is still appending (1 of 61). Both pass: wait while a process holds the store. With
    none holding it, the same errors mean a writer stopped mid-way, and a read-write open recovers the store (or
    reports what it cannot recover)."""
    deadline = time.monotonic() + RECOVERY_WAIT_SECONDS
    pause = 0.02
    while True:
        try:
            return ladybug.Database(
                str(path),
                read_only=read_only,
                buffer_pool_size=buffer_pool_size,
                checkpoint_threshold=checkpoint_threshold,
            )
        except RuntimeError as exc:
            if not read_only or not any(sign in str(exc) for sign in _WHILE_WRITING):
                raise
        if _recover(path, buffer_pool_size):
            continue
        if time.monotonic() >= deadline:
            raise StoreBusyError(
                f"the embedded store at {path} has been in a checkpoint by another process (a running `ckg serve` "
                f"or load) for over {RECOVERY_WAIT_SECONDS:g} s; try again in a moment",
                path=str(path),
            )
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _recover(path: Path, buffer_pool_size: int) -> bool:
    """Recover what a stopped writer left (a pending checkpoint, a torn WAL record), if no process holds the store
    (False if one does)."""
    try:
        ladybug.Database(str(path), buffer_pool_size=buffer_pool_size).close()
    except RuntimeError as exc:
        if "lock" in str(exc).lower():
            return False
        raise
    return True


def _arrow_table(values: list[Any], column: str | None) -> pa.Table:
    """A list parameter as an Arrow table (graph/cypher/queries.py, Query.table_scan): one column named
    `column` for scalars, or one column per key for maps (the rows of one query share their keys)."""
    table = pa.table({column: values}) if column is not None else pa.Table.from_pylist(values)
    # Every stored property is a STRING or STRING[]: a column of nulls or of empty lists has no type of
    # its own, and Ladybug refuses Arrow's null type.
    for i, field in enumerate(table.schema):
        if pa.types.is_null(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(pa.string()))
        elif pa.types.is_list(field.type) and pa.types.is_null(field.type.value_type):
            table = table.set_column(i, field.name, table.column(i).cast(pa.list_(pa.string())))
    return table
