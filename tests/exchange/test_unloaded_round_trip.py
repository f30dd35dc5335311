"""An unloaded source travels through export and import with what its undo needs, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.exchange import Format, import_file
from graph.exchange.records import HISTORY_KINDS
from graph.store import GraphStore
from loaders.pipeline import load_paths
from loaders.unload import restore_sources, unload_sources
from tests.exchange.conftest import OpenStore
from tests.exchange.test_round_trip import exported

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize("fmt", list(Format))
def test_an_unloaded_source_can_be_undone_after_a_round_trip(
    fmt: Format, open_store: OpenStore, tmp_path: Path
) -> None:
    seeds = SEEDS
    original: GraphStore = open_store(f"unloaded-{fmt}")
    load_paths(original, [seeds / "minimax.yaml", seeds / "tencent.yaml"])
    before = exported(original, Format.jsonl)
    unload_sources(original, [str(seeds / "minimax.yaml")])
    file = tmp_path / f"graph.{fmt}"
    file.write_bytes(exported(original, fmt))
    copy = open_store(f"unloaded-copy-{fmt}")
    import_file(copy, file)
    logged = {r.data["id"] for r in original.export() if r.kind == "retraction_log"}
    assert logged and logged == {r.data["id"] for r in copy.export() if r.kind == "retraction_log"}  # history kept
    restore_sources(copy, [str(seeds / "minimax.yaml")])
    assert graph_lines(exported(copy, Format.jsonl)) == graph_lines(before)


def graph_lines(jsonl: bytes) -> list[bytes]:
    """The export without the history (logs grow with the undo)."""
    return [line for line in jsonl.splitlines() if not any(f'"kind":"{k}"'.encode() in line for k in HISTORY_KINDS)]
