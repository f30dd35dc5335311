"""Time to first draw of the explorer at 100, 250 and 500 nodes, in Debian's headless chromium.

A synthetic company profile with N-1 dated investors is loaded through the real pipeline into a temporary
store; the real API serves it and the page at /explore draws the company's neighbourhood (N nodes, N-1
relations). The page records, per draw, the GraphQL fetch time and the time from the answer to the painted
layout (rings around the focus, plus the list mirror); the slider measure is one asOf redraw (a server round
trip, then fading).

    .venv/bin/python benchmarks/explorer_draw.py [--runs 5] [--sizes 100 250 500]

Needs `make setup` (vendored cytoscape) and /usr/bin/chromium (`make browser`).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCREENSHOTS = REPO / "test-artifacts" / "explorer"
sys.path.insert(0, str(REPO))

from api.app import create_app  # noqa: E402
from graph.backends.ladybug import LadybugStore  # noqa: E402
from loaders.pipeline import load_paths  # noqa: E402
from tests.browser.live_server import chromium_context, live_server, missing_prerequisites  # noqa: E402


def synthetic_profile(name: str, investors: int) -> str:
    lines = [f"name: {name}", "categories: [company]", 'founded: "2015"', "investors:"]
    for i in range(investors):
        lines.append(f'  - {{name: "Bench Investor {i:04d}", since: "{2015 + i % 10}"}}')
    lines += ["sources:", f"  - title: {name} synthetic profile", "    publisher: benchmark"]
    return "\n".join(lines) + "\n"


def measure(sizes: list[int], runs: int) -> list[dict[str, float | int]]:
    from playwright.sync_api import expect

    expect.set_options(timeout=120_000)
    rows: list[dict[str, float | int]] = []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        profiles = tmp / "profiles"
        profiles.mkdir()
        for size in sizes:
            (profiles / f"bench-{size}.yaml").write_text(synthetic_profile(f"Bench Hub {size}", size - 1))
        store = LadybugStore(tmp / "graph")
        try:
            load_paths(store, [profiles])
            with (
                live_server(create_app(store=store)) as base,
                chromium_context(tmp / "chromium", viewport={"width": 1440, "height": 900}) as ctx,
            ):
                page = ctx.new_page()
                graph = page.get_by_test_id("graph")
                for size in sizes:
                    entity_id = f"org:bench-hub-{size}"
                    fetch, draw, as_of = [], [], []
                    for _ in range(runs):
                        page.goto("about:blank")
                        page.goto(f"{base}/explore/#entity={entity_id}")
                        expect(graph).to_have_attribute("data-focus", entity_id)
                        expect(graph).to_have_attribute("data-state", "ready")
                        assert page.get_by_test_id("node-item").count() == size
                        fetch.append(float(graph.get_attribute("data-fetch-ms") or "nan"))
                        draw.append(float(graph.get_attribute("data-draw-ms") or "nan"))
                        page.get_by_test_id("time-slider").fill("2018")
                        expect(graph).to_have_attribute("data-as-of", "2018")  # the year: the API reads its last day
                        as_of.append(float(graph.get_attribute("data-as-of-ms") or "nan"))
                    page.screenshot(path=SCREENSHOTS / f"benchmark-{size}-nodes.png")
                    rows.append(
                        {
                            "nodes": size,
                            "fetch_ms": statistics.median(fetch),
                            "draw_ms": statistics.median(draw),
                            "draw_min_ms": min(draw),
                            "draw_max_ms": max(draw),
                            "first_draw_ms": statistics.median(f + d for f, d in zip(fetch, draw, strict=True)),
                            "as_of_ms": statistics.median(as_of),
                        }
                    )
        finally:
            store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 250, 500])
    args = parser.parse_args()
    missing = missing_prerequisites()
    if missing:
        sys.exit("error: missing " + "; ".join(missing))
    rows = measure(args.sizes, args.runs)
    print(
        "| nodes | GraphQL fetch (ms) | answer -> painted (ms, median [min-max]) | first draw (ms) | asOf redraw (ms) |"
    )
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['nodes']} | {r['fetch_ms']:.0f} | {r['draw_ms']:.0f} [{r['draw_min_ms']:.0f}-{r['draw_max_ms']:.0f}]"
            f" | {r['first_draw_ms']:.0f} | {r['as_of_ms']:.0f} |"
        )


if __name__ == "__main__":
    main()
