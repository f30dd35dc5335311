"""A loader process for the crash tests: `python -m tests.reliability.load_child DB DOCS [KILL_AT]`.

Loads DOCS into the embedded store DB with loaders.pipeline.load_paths, printing "loaded N" after each
document. With KILL_AT ("<write number>:<call number>") the process SIGKILLs itself on that call into the
database connection (BEGIN, a statement or COMMIT) during that document write: a crash inside an open
transaction, at a point the test chose. With the environment variable CKG_TEST_PAUSE_AT=N it prints
"paused" after document N and waits for a line on stdin before going on (it holds the store meanwhile).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from graph.backends.ladybug import LadybugStore
from loaders.pipeline import load_paths


class KillingConnection:
    """Passes calls through to the real connection; dies on the chosen call of the chosen write."""

    def __init__(self, conn: Any, write: int, call: int) -> None:
        self._conn = conn
        self._write = write
        self._call = call
        self._writes = 0
        self._calls = 0

    def execute(self, query: str, *args: Any, **kwargs: Any) -> Any:
        if query == "BEGIN TRANSACTION":
            self._writes += 1
            self._calls = 0
        if self._writes == self._write:
            self._calls += 1
            if self._calls == self._call:
                os.kill(os.getpid(), signal.SIGKILL)
        return self._conn.execute(query, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def main(argv: list[str]) -> int:
    db, docs = Path(argv[0]), Path(argv[1])
    store = LadybugStore(db)
    if len(argv) > 2:
        write, call = (int(part) for part in argv[2].split(":"))
        store._conn = KillingConnection(store._conn, write, call)  # type: ignore[assignment]

    pause_at = int(os.environ.get("CKG_TEST_PAUSE_AT", "0"))

    def progress(done: int, total: int, path: str) -> None:
        print(f"loaded {done}/{total}", flush=True)
        if done == pause_at:
            print("paused", flush=True)
            sys.stdin.readline()

    report = load_paths(store, [docs], progress=progress)
    store.close()
    for failed in report.failed:
        print(f"failed: {failed.error}", file=sys.stderr)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
