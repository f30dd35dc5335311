"""benchmarks/results.py: the latest run per scenario in RESULTS.md, every run in history/ (newest first)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.results import publish


def test_a_run_replaces_its_scenarios_latest_figures_and_joins_the_history(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    publish("extraction", "## run 1\n\nP 0.6", results)
    publish("scale", "## scale run\n\n10k/s", results)
    publish("extraction", "## run 2\n\nP 0.7", results)

    text = results.read_text(encoding="utf-8")
    assert "## run 2" in text and "## run 1" not in text  # only the latest extraction run
    assert text.index("<!-- latest: extraction -->") < text.index("<!-- latest: scale -->")  # places kept
    assert "## scale run" in text
    history = (tmp_path / "history" / "extraction.md").read_text(encoding="utf-8")
    assert history.startswith("# History: extraction\n")
    assert history.index("## run 2") < history.index("## run 1")  # newest first, nothing lost
