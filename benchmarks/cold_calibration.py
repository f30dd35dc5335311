"""How sure each extractor rule is on text nobody tuned it on: cold counts per batch and the fit that uses them.

A rule's precision on the dev split flatters it: the rules were written while reading that text. Every corpus
batch was once unread: scored cold at the commit of its arrival, before any fix was read from it. Those cold
counts (correct / stated per rule, on the batch's dev third, every statement kept) are recorded here, in
benchmarks/corpus/cold-rules.json, and the confidence table is fitted on both:

    prior(rule)  = sigmoid(logit(dev precision) - DELTA)          the dev figure, discounted
    confidence   = (K * prior + cold correct) / (K + cold stated)   then moved by what unread text showed

DELTA and K are the values that best predict each batch's cold counts from the other batches' (leave one batch
out, binomial log-likelihood over a small grid). A rule never measured anywhere gets the cold precision of all
rules together. The held-out split is never used: only dev thirds are counted, cold or not.

    .venv/bin/python benchmarks/cold_calibration.py --batch wave14 --commit HEAD   # record a new batch, unread
    .venv/bin/python benchmarks/cold_calibration.py --remeasure                    # every recorded batch again
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLD_COUNTS = ROOT / "benchmarks" / "corpus" / "cold-rules.json"
CORPUS = ROOT / "benchmarks" / "corpus"
DELTAS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
STRENGTHS = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1000.0)

Counts = dict[str, tuple[int, int]]  # rule -> (correct, stated)
_ROW = re.compile(r"^\| (\S+) \| (\d+) \| (\d+) \|")


@dataclass(frozen=True)
class Fit:
    delta: float
    strength: float
    unmeasured: float  # the confidence of a rule measured nowhere
    dev_mean: float = 0.5  # the precision of every dev statement: where a rule seen a few times starts

    def confidence(self, rule: str, dev: Counts, cold: dict[str, Counts], *, leave_out: str = "") -> float:
        correct, stated = dev.get(rule, (0, 0))
        smoothed = (correct + 2 * self.dev_mean) / (stated + 2)
        prior = _sigmoid(_logit(smoothed) - self.delta) if rule in dev else self.unmeasured
        cold_correct = sum(counts.get(rule, (0, 0))[0] for batch, counts in cold.items() if batch != leave_out)
        cold_stated = sum(counts.get(rule, (0, 0))[1] for batch, counts in cold.items() if batch != leave_out)
        return (self.strength * prior + cold_correct) / (self.strength + cold_stated)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def load_cold() -> dict[str, Counts]:
    """Cold counts by batch (empty when none are recorded)."""
    if not COLD_COUNTS.exists():
        return {}
    recorded = json.loads(COLD_COUNTS.read_text(encoding="utf-8"))
    return {batch: {r: (c, n) for r, (c, n) in entry["rules"].items()} for batch, entry in recorded.items()}


def _log_likelihood(fit: Fit, dev: Counts, cold: dict[str, Counts]) -> float:
    total = 0.0
    for batch, counts in cold.items():
        for rule, (correct, stated) in counts.items():
            p = min(max(fit.confidence(rule, dev, cold, leave_out=batch), 1e-3), 1 - 1e-3)
            total += correct * math.log(p) + (stated - correct) * math.log(1 - p)
    return total


def fit(dev: Counts, cold: dict[str, Counts]) -> Fit:
    """DELTA and K that best predict each cold batch from the rest; with no cold batch, the dev table as is."""
    correct = sum(c for counts in cold.values() for c, _ in counts.values())
    stated = sum(n for counts in cold.values() for _, n in counts.values())
    unmeasured = round((correct + 1) / (stated + 2), 3)
    dev_mean = (sum(c for c, _ in dev.values()) + 1) / (sum(n for _, n in dev.values()) + 2)
    if len(cold) < 2:
        return Fit(0.0, 1e9, 0.8, dev_mean)
    grid = [Fit(d, k, unmeasured, dev_mean) for d in DELTAS for k in STRENGTHS]
    return max(grid, key=lambda candidate: _log_likelihood(candidate, dev, cold))


def measure(batch: str, commit: str) -> Counts:
    """Correct/stated per rule on `batch`'s dev third, read by the extractor as it was at `commit` (the commit
    at which the batch arrived unread), through that commit's own `--calibrate`."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        (corpus / "gold").mkdir(parents=True)
        (corpus / "gold" / f"{batch}.yaml").symlink_to(CORPUS / "gold" / f"{batch}.yaml")
        (corpus / "texts").symlink_to(CORPUS / "texts")
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            out = subprocess.run(
                [sys.executable, "benchmarks/extraction_quality.py", "--calibrate", "--real", str(corpus)],
                cwd=tree,
                env={**os.environ, "PYTHONPATH": str(tree)},
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    rows = (_ROW.match(line) for line in out.splitlines())
    return {m[1]: (int(m[2]), int(m[3])) for m in rows if m}


def record(batch: str, commit: str) -> None:
    recorded = json.loads(COLD_COUNTS.read_text(encoding="utf-8")) if COLD_COUNTS.exists() else {}
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", commit], capture_output=True, text=True)
    counts = measure(batch, commit)
    recorded[batch] = {"commit": sha.stdout.strip(), "rules": {r: list(v) for r, v in sorted(counts.items())}}
    COLD_COUNTS.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    correct, stated = sum(c for c, _ in counts.values()), sum(n for _, n in counts.values())
    print(f"{batch} at {recorded[batch]['commit']}: {correct}/{stated} statements true, {len(counts)} rules")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", help="the batch to score cold (gold/<batch>.yaml), before anyone reads it")
    parser.add_argument("--commit", default="HEAD", help="the extractor to read it with (default HEAD)")
    parser.add_argument("--remeasure", action="store_true", help="score every recorded batch again at its commit")
    args = parser.parse_args()
    if args.remeasure:
        recorded = json.loads(COLD_COUNTS.read_text(encoding="utf-8"))
        for batch, entry in recorded.items():
            record(batch, entry["commit"])
    elif args.batch:
        record(args.batch, args.commit)
    else:
        parser.error("give --batch or --remeasure")


if __name__ == "__main__":
    main()
