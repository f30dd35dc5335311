"""The resolution benchmark's synthetic set, small: links stay precise and look-alikes stay apart."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def benchmark() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "resolution_benchmark.py"
    spec = importlib.util.spec_from_file_location("resolution_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def test_synthetic_mentions_resolve_precisely() -> None:
    result = benchmark().run(entity_count=5_000, mention_count=1_000, seed=3)
    assert result["precision"] >= 0.98
    assert result["recall"] >= 0.7
    families = result["families"]
    for family in ("variant", "acronym", "reordered"):
        ok, n, _ = families[family]
        assert ok / n >= 0.97, family
    ok, n, _ = families["lookalike"]
    assert ok / n >= 0.98
