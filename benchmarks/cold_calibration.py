"""Each extractor rule's precision on text nobody had read: every batch's dev third, scored by the code of the commit
before the batch landed (benchmarks/corpus/cold_commits.yaml).

The dev split is tuned on, so a rule's precision there (the extractor's calibration) overstates what it does on new
text: at the end of the seventh session every statement on dev was 0.89 precise and on the held-out split 0.77.
Scoring each batch with the code that had never seen it measures the rules the way unseen news meets them. The
counts go to benchmarks/corpus/cold_rules.json (numbers only, no text); `extraction_quality.py --calibrate` blends
them with the dev counts. Needs git and the texts of the batches (see benchmarks/corpus/README.md).

    .venv/bin/python benchmarks/cold_calibration.py [--batches wave14 wave15]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"
COMMITS = CORPUS / "cold_commits.yaml"
COLD_RULES = CORPUS / "cold_rules.json"
# "| rule | 3 | 4 | 0.70 |" (the table before the cold blend) or "| rule | 3/4 | 9/12 | 0.70 |" (after: this run's
# counts first, then the cold counts it was blended with)
_ROW = re.compile(r"^\| (?P<rule>[\w.]+) \| (?P<correct>\d+)(?: \| |/)(?P<stated>\d+) \|")
# How many statements' worth of evidence a prior counts for against a rule's own cold statements.
PRIOR_WEIGHT = 10
Counts = dict[str, list[int]]  # rule (or statement type) -> [correct, stated]


def statement_type(rule: str) -> str:
    """ "deals.invested.INVESTED_IN" -> "INVESTED_IN" (what the rule states)."""
    return rule.rsplit(".", 1)[-1]


def smoothed(correct: int, stated: int) -> float:
    return (correct + 1) / (stated + 2)


def summed(items: Iterable[tuple[str, Sequence[int]]]) -> Counts:
    """[correct, stated] added up per key."""
    totals: Counts = {}
    for key, (correct, stated) in items:
        total = totals.setdefault(key, [0, 0])
        total[0] += correct
        total[1] += stated
    return totals


def by_type(counts: Counts) -> Counts:
    return summed((statement_type(rule), pair) for rule, pair in counts.items())


def cold_counts(results: dict[str, dict[str, object]]) -> Counts:
    """Every batch's cold counts summed per rule (cold_rules.json as read)."""
    return summed(item for batch in results.values() for item in batch["rules"].items())  # type: ignore[attr-defined]


def still_firing(cold: Counts, hot: Counts) -> Counts:
    """The cold counts of the rules that still state something on dev: a rule gone since measures nothing now."""
    return {rule: counts for rule, counts in cold.items() if rule in hot}


def blended(hot: Counts, cold: Counts) -> tuple[dict[str, float], dict[str, float]]:
    """Each rule's expected precision on unseen text, and each statement type's (for rules never measured).

    Only rules that still state something on dev count. A type's cold precision is shrunk toward all cold statements;
    a rule's prior is its dev precision scaled by its type's cold/dev ratio (what tuning on dev flatters), and its own
    cold statements then move it from there."""
    cold = still_firing(cold, hot)
    cold_types, hot_types = by_type(cold), by_type(hot)
    all_cold = smoothed(sum(c for c, _ in cold.values()), sum(n for _, n in cold.values()))
    types: dict[str, float] = {}
    for kind in set(cold_types) | set(hot_types):
        correct, stated = cold_types.get(kind, [0, 0])
        types[kind] = (correct + PRIOR_WEIGHT * all_cold) / (stated + PRIOR_WEIGHT)
    rules: dict[str, float] = {}
    for rule, (correct, stated) in hot.items():
        kind = statement_type(rule)
        prior = min(0.99, smoothed(correct, stated) * types[kind] / smoothed(*hot_types[kind]))
        cold_correct, cold_stated = cold.get(rule, [0, 0])
        rules[rule] = (cold_correct + PRIOR_WEIGHT * prior) / (cold_stated + PRIOR_WEIGHT)
    return rules, types


def rule_counts(table: str) -> dict[str, list[int]]:
    """The `--calibrate` table of the scored commit as {rule: [correct, stated]} of the corpus it was given."""
    counts: dict[str, list[int]] = {}
    for line in table.splitlines():
        row = _ROW.match(line)
        if row:
            counts[row["rule"]] = [int(row["correct"]), int(row["stated"])]
    return counts


def score_cold(batch: str, commit: str, work: Path) -> tuple[dict[str, list[int]], str]:
    """The batch's dev third scored at `commit`: that commit's extractor, judged by today's benchmark (its judging
    has been corrected since: contracts by their parties, comparisons both ways) when it runs against that code, else
    by the commit's own. Returns the rule counts and which benchmark judged them."""
    tree = work / f"tree-{batch}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), commit], check=True)
    try:
        corpus = work / f"corpus-{batch}"
        (corpus / "gold").mkdir(parents=True)
        (corpus / "gold" / f"{batch}.yaml").write_bytes((CORPUS / "gold" / f"{batch}.yaml").read_bytes())
        (corpus / "texts").symlink_to(CORPUS / "texts")
        _put_current_benchmark(tree)
        judge, done = "current", _calibrate(tree, corpus)
        if done.returncode != 0:  # today's benchmark does not run against that code: the commit's own judges
            why = (done.stderr.strip().splitlines() or ["no message"])[-1]
            print(f"{batch}: today's benchmark fails at {commit[:7]} ({why}); its own judges", flush=True)
            subprocess.run(["git", "-C", str(tree), "checkout", commit, "--", "benchmarks"], check=True)
            judge, done = "own", _calibrate(tree, corpus)
            done.check_returncode()
        counts = rule_counts(done.stdout)
        if not counts:
            raise SystemExit(f"{batch}: no rule counts in the --calibrate output of {commit} (table format unknown)")
        return counts, judge
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def _put_current_benchmark(tree: Path) -> None:
    for path in (ROOT / "benchmarks").glob("*.py"):
        (tree / "benchmarks" / path.name).write_bytes(path.read_bytes())


def _calibrate(tree: Path, corpus: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "benchmarks/extraction_quality.py", "--calibrate", "--real", str(corpus)]
    return subprocess.run(command, cwd=tree, capture_output=True, text=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="*", help="only these batches (default: every one in cold_commits.yaml)")
    args = parser.parse_args()
    commits: dict[str, str] = yaml.safe_load(COMMITS.read_text(encoding="utf-8"))
    results = json.loads(COLD_RULES.read_text(encoding="utf-8")) if COLD_RULES.exists() else {}
    with tempfile.TemporaryDirectory(prefix="ckg-cold-") as tmp:
        for batch, commit in commits.items():
            if args.batches and batch not in args.batches:
                continue
            counts, judge = score_cold(batch, commit, Path(tmp))
            results[batch] = {"commit": commit, "judged_by": judge, "rules": counts}
            correct, stated = sum(c for c, _ in counts.values()), sum(n for _, n in counts.values())
            print(f"{batch} at {commit} (judged by the {judge} benchmark): {correct}/{stated} true", flush=True)
    COLD_RULES.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
