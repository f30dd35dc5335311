"""Which `ckg serve` holds the embedded store, so that a command refused as busy can say where to load instead.

While it serves, `ckg serve` keeps `<store>.server.json` ({"pid": ..., "url": ...}) beside the embedded store
and removes it when it stops. A command refused with StoreBusyError reads it: when its PID is the process that
holds the store's lock, the message names the server's address and the `ckg load --api` command to use. A file
left behind by a killed server names a PID that does not hold the lock, and is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.settings import StoreSettings
from graph.store import StoreBusyError

READS_BESIDE = "`ckg query`, `ckg stats`, `ckg export` and `ckg load --dry-run` work beside it"


def record_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".server.json")


def local_url(host: str, port: int) -> str:
    """The address a client on this machine uses for a server listening on host:port."""
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


@contextmanager
def announce(settings: StoreSettings, url: str) -> Iterator[None]:
    """Record this process as the server of the embedded store for as long as the block runs (best effort: a
    store folder that cannot take the file only loses the server's address from busy messages)."""
    if settings.backend != "ladybug":
        yield
        return
    path = record_path(settings.db_path)
    mine = json.dumps({"pid": os.getpid(), "url": url})
    try:
        path.write_text(mine, encoding="utf-8")
    except OSError:
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if path.read_text(encoding="utf-8") == mine:  # a later server's record is not ours to remove
                path.unlink()


def serving_url(busy: StoreBusyError) -> str | None:
    """The address of the `ckg serve` that holds the store, when the holder is one."""
    if busy.path is None or busy.holder_pid is None:
        return None
    try:
        record = json.loads(record_path(Path(busy.path)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("pid") != busy.holder_pid:
        return None
    url = record.get("url")
    return url if isinstance(url, str) else None


def busy_message(busy: StoreBusyError) -> str:
    """What a writing command tells the user when another process holds the embedded store."""
    where = busy.path or "the embedded store"
    pid = f" (PID {busy.holder_pid})" if busy.holder_pid is not None else ""
    url = serving_url(busy)
    if url is not None:
        return (
            f"store busy: `ckg serve`{pid} at {url} holds {where} for writing; load into it with "
            f"`ckg load --api {url} FILE...` (API key from CKG_API_KEY); {READS_BESIDE}"
        )
    return (
        f"store busy: another process{pid} holds {where} for writing; if it is a running `ckg serve`, load "
        f"into it with `ckg load --api http://HOST:PORT FILE...` (API key from CKG_API_KEY), otherwise wait for it "
        f"to finish; {READS_BESIDE}"
    )
