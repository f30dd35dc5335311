"""What only the embedded store does: a single-writer lock with a clear message, a file not a folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore
from graph.store import StoreBusyError, StoreError


def test_a_second_writer_process_gets_a_clear_store_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "graph"
    holder = LadybugStore(path)
    try:
        probe = (
            "import sys\n"
            "from graph.backends.ladybug import LadybugStore\n"
            "from graph.store import StoreBusyError\n"
            "try:\n"
            f"    LadybugStore({str(path)!r})\n"
            "except StoreBusyError as exc:\n"
            "    print(exc); sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
        assert result.returncode == 3, result.stderr
        assert "store busy" in result.stdout
    finally:
        holder.close()


def test_a_read_only_open_sees_committed_data_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "graph"
    LadybugStore(path).close()
    reader = LadybugStore(path, read_only=True)
    try:
        assert reader.stats().entities == 0
        from graph.model import StatementBatch

        with pytest.raises(StoreError, match="read-only"):
            reader.write(StatementBatch())
    finally:
        reader.close()


def test_a_folder_path_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        LadybugStore(tmp_path)


def test_store_busy_is_a_store_error() -> None:
    assert issubclass(StoreBusyError, StoreError)
