"""Search through the store's name index against scoring every name: how often the best match is as good.

Queries are taken from the store's own names (seeded): whole names, names being typed (their first two thirds)
and misspelt names (benchmarks/synthetic.py: misspell), one third each. For each, the API's search
(api/search.SearchIndex: candidates from GraphStore.search_candidates, scored by NameSearch) is compared with
NameSearch over every name of the store (the reference, which reads them all). Also prints the search latency.

    .venv/bin/python -m benchmarks.search_agreement STORE [--queries 300] [--seed 5]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from rapidfuzz import utils

from api.search import NameSearch, SearchIndex
from benchmarks.synthetic import misspell
from graph.backends.ladybug import LadybugStore
from graph.names import normalize_key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    store = LadybugStore(args.store, read_only=True)
    entries = store.name_entries()
    reference = NameSearch(entries)
    rng = random.Random(args.seed)
    queries = []
    for k, entry in enumerate(rng.sample(entries, args.queries)):
        text = entry.text
        queries.append(misspell(text, rng) if k % 3 == 0 else text[: max(4, len(text) * 2 // 3)] if k % 3 else text)
    search = SearchIndex(capacity=0)  # no answer cache: every query reads the store
    agree, times, misses = 0, [], []
    for query in queries:
        t0 = time.perf_counter()
        got = search.search(store, query, (), 10)
        times.append((time.perf_counter() - t0) * 1000)
        want = reference.search(normalize_key(query) or utils.default_process(query), (), 10)
        if not want or (got and got[0].score >= want[0].score - 1e-9):
            agree += 1
        else:
            misses.append(f"{query!r}: {got[0].matched if got else None} vs {want[0].matched} ({want[0].score})")
    times.sort()
    print(f"{len(entries):,} names; {agree}/{len(queries)} best matches as good as scoring every name")
    print(f"search p50 {times[len(times) // 2]:.1f} ms, p99 {times[int(len(times) * 0.99)]:.1f} ms (no answer cache)")
    for line in misses[:10]:
        print("  missed:", line)
    store.close()


if __name__ == "__main__":
    main()
