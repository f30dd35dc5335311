"""Where benchmark figures go: the latest run of each scenario in benchmarks/RESULTS.md, every run in
benchmarks/history/<scenario>.md (newest first).

RESULTS.md holds one block per scenario between `<!-- latest: NAME -->` and `<!-- end: NAME -->`; a new run
replaces its scenario's block and is added at the top of that scenario's history, so a reader finds today's
figures without scrolling through earlier runs.
"""

from __future__ import annotations

import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
RESULTS = BENCHMARKS / "RESULTS.md"
HISTORY = BENCHMARKS / "history"
_HEADER = (
    "# Benchmark results\n\n"
    "The latest run of each scenario, with the command that produced it and the targets it is held to. Every run, "
    "newest first, is in `benchmarks/history/<scenario>.md`.\n"
)


def publish(scenario: str, text: str, results: Path = RESULTS) -> None:
    """Make `text` the scenario's latest figures in `results` and add it to the top of its history."""
    body = text.strip() + "\n"
    history = results.parent / "history" / f"{scenario}.md"
    history.parent.mkdir(parents=True, exist_ok=True)
    earlier = history.read_text(encoding="utf-8") if history.exists() else f"# History: {scenario}\n"
    title, _, rest = earlier.partition("\n")
    history.write_text(f"{title}\n\n{body}\n{rest.lstrip()}", encoding="utf-8")
    current = results.read_text(encoding="utf-8") if results.exists() else _HEADER
    block = f"<!-- latest: {scenario} -->\n{body}<!-- end: {scenario} -->"
    pattern = re.compile(rf"<!-- latest: {re.escape(scenario)} -->.*?<!-- end: {re.escape(scenario)} -->", re.DOTALL)
    if pattern.search(current):
        updated = pattern.sub(lambda _: block, current)
    else:
        updated = current.rstrip() + "\n\n" + block + "\n"
    results.write_text(updated, encoding="utf-8")
