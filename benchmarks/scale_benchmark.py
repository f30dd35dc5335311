"""Scale benchmarks on the synthetic company graph: load throughput, query latency, resolution, growth.

Every scenario is reported as a rate or latency AND as a ratio to a baseline measured in the same run:

- bulk load: statements/s written through GraphStore.write (the pipeline's write path: fetch
  existing ids, combine, CREATE/SET in UNWIND chunks, name keys) vs the same rows loaded by the
  backend's native bulk path, Ladybug `COPY <table> FROM '<csv>'` into fresh tables of the same shape;
- profile files/s through `ckg load` (loaders.pipeline.load_paths, resolution on) into the graph of
  that size vs writing the very batches it produced with GraphStore.write into a copy of the store;
- GraphQL p50/p95/p99 through the ASGI app in-process (starlette TestClient) vs the equivalent single
  raw Cypher query on the same store through the Ladybug connection;
- entity resolution: 10k mentions against the graph's own name index vs exact-key look-ups, plus the
  loader helper's benchmarks/resolution_benchmark.py (10k mentions against 100k entities) when present;
- growth: each size runs in its own subprocesses, so peak RSS (getrusage ru_maxrss) is per size.

    .venv/bin/python -m benchmarks.scale_benchmark --sizes 1000 10000 100000 --results benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.results import publish
from benchmarks.synthetic import World, mentions

REPO = Path(__file__).resolve().parents[1]
TARGETS = {
    "load_statements_per_s": 20_000,
    "api_overhead": 1.5,
    "name_p99_ms": 50,
    "path_p99_ms": 250,
    "resolution_s": 5,
    "peak_rss_mb": 2048,
}
TWO_HOP_TYPES = ["FOUNDED", "WORKS_AT", "DEVELOPED", "BASED_ON", "SUBSIDIARY_OF"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


# --------------------------------------------------------------------------- baseline: native COPY


def _csv_list(items: Iterable[str]) -> str:
    # Ladybug's CSV list literal; an element with a comma is quoted (it then keeps its quotes).
    return "[" + ",".join(f"'{x}'" if "," in x or "'" in x else x for x in items) + "]"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_copy_files(world: World, folder: Path, chunk: int, stop: int | None = None) -> dict[str, Any]:
    """The graph's rows, shaped like the store's tables, as CSV files for COPY (not timed)."""
    from graph.backends.rows import attribute_row, entity_row, event_row, relation_row
    from graph.names import normalize_key

    folder.mkdir(parents=True, exist_ok=True)
    names = ("Entity", "NameKey", "Event", "AttributeValue", "Source", "REL", "NAMES", "INVOLVES", "HAS_VALUE")
    handles = {n: (folder / f"{n}.csv").open("w", newline="", encoding="utf-8") for n in names}
    out = {n: csv.writer(h) for n, h in handles.items()}
    seen: dict[str, set[str]] = {"Entity": set(), "NameKey": set(), "Event": set(), "AttributeValue": set()}
    statements = records = 0
    for batch in world.batches(chunk, 0, stop):
        if batch.source is not None:
            s = batch.source
            out["Source"].writerow([s.id, s.sha256, s.loaded_at.isoformat(), s.model_dump_json()])
        for e in batch.entities:
            if e.id in seen["Entity"]:
                continue
            seen["Entity"].add(e.id)
            r = entity_row(e)
            out["Entity"].writerow(
                [
                    r["id"],
                    r["kind"],
                    r["name"],
                    _csv_list(r["names"]),
                    r["name_folded"],
                    _csv_list(r["categories"]),
                    r["founded_key"] or "",
                    "",
                    "",
                    r["data"],
                ]
            )
            for key in {normalize_key(n) for n in e.names} - {""}:
                if key not in seen["NameKey"]:
                    seen["NameKey"].add(key)
                    out["NameKey"].writerow([key])
                out["NAMES"].writerow([key, e.id])
            records += 1
        for rel in batch.relations:
            r = relation_row(rel)
            # Written by hand: an open start is '' in the store (a quoted empty field), not NULL (an empty one).
            handles["REL"].write(
                f"{r['subject']},{r['object']},{r['id']},{r['type']},{_quoted(r['from_key'])},{r['to_key']},,"
                f"{_quoted(r['data'])},\n"  # the review column (added last by ALTER TABLE) is empty: a fact
            )
            statements += 1
        for ev in batch.events:
            if ev.id in seen["Event"]:
                continue
            seen["Event"].add(ev.id)
            r = event_row(ev)
            out["Event"].writerow([r["id"], r["kind"], r["date_key"] or "", "", r["data"], ""])
            for entity in ev.involved:
                role = (
                    "subject"
                    if entity == ev.subject_id
                    else "actor"
                    if entity == ev.actor_id
                    else "lead"
                    if entity in ev.leads
                    else "participant"
                )
                out["INVOLVES"].writerow([ev.id, entity, role])
            statements += 1
        for v in batch.attribute_values:
            if v.id in seen["AttributeValue"]:
                continue
            seen["AttributeValue"].add(v.id)
            r = attribute_row(v)
            out["AttributeValue"].writerow([r["id"], r["attribute"], "", r["data"], ""])
            out["HAS_VALUE"].writerow([r["entity"], r["id"]])
            statements += 1
    for h in handles.values():
        h.close()
    return {"statements": statements, "entities": records}


def baseline_copy(
    world: World, work: Path, chunk: int, stop: int | None = None, keep_as: Path | None = None
) -> dict[str, Any]:
    """COPY the graph (organisations 0..stop) into fresh tables; with keep_as, leave the database there."""
    import ladybug

    from graph.cypher import queries as q

    files = work / "copy-csv"
    started = time.perf_counter()
    done = files / "complete.json"  # CSVs of an identical earlier attempt are reused (they take long at 100k)
    if done.exists():
        counts = json.loads(done.read_text())
    else:
        counts = write_copy_files(world, files, chunk, stop)
        done.write_text(json.dumps(counts))
    prep_s = time.perf_counter() - started
    db_path = keep_as or work / "baseline-db"
    for p in (db_path, Path(f"{db_path}.wal")):
        p.unlink(missing_ok=True)
    # 1 GB ran out ("buffer pool is full") copying 800k relations; COPY gets 4 GB, the store keeps its default.
    db = ladybug.Database(str(db_path), buffer_pool_size=4 * 1024 * 1024 * 1024)
    conn = ladybug.Connection(db)
    for statement in q.LADYBUG_SCHEMA:
        conn.execute(statement)
    order = ("Entity", "NameKey", "Event", "AttributeValue", "Source", "REL", "NAMES", "INVOLVES", "HAS_VALUE")
    per_table: dict[str, float] = {}
    started = time.perf_counter()
    for table in order:
        t0 = time.perf_counter()
        conn.execute(f"COPY {table} FROM '{files / (table + '.csv')}' (HEADER=false, ESCAPE='\"', QUOTE='\"')")
        per_table[table] = round(time.perf_counter() - t0, 3)
    copy_s = time.perf_counter() - started
    rels = conn.execute("MATCH ()-[x:REL]->() RETURN count(x)").get_all()[0][0]
    conn.close()
    db.close()
    shutil.rmtree(files, ignore_errors=True)
    for p in (db_path, Path(f"{db_path}.wal")):
        if keep_as is None:
            p.unlink(missing_ok=True)
    return {
        "organisations": stop or world.orgs,
        **counts,
        "relations_in_db": rels,
        "csv_prep_s": prep_s,
        "copy_s": copy_s,
        "copy_tables_s": per_table,
        "statements_per_s": counts["statements"] / copy_s,
        "peak_rss_mb": peak_rss_mb(),
    }


# --------------------------------------------------------------------------- our write path


def pipeline_write(world: World, store: Any, chunk: int, start: int = 0) -> dict[str, Any]:
    write_s = gen_s = cpu_s = 0.0
    statements = entities = 0
    t_gen = time.perf_counter()
    for batch in world.batches(chunk, start):
        t0 = time.perf_counter()
        c0 = time.process_time()
        gen_s += t0 - t_gen
        store.write(batch)
        cpu_s += time.process_time() - c0
        t_gen = time.perf_counter()
        write_s += t_gen - t0
        statements += batch.statement_count
        entities += len(batch.entities)
    return {
        "organisations": world.orgs - start,
        "into_graph_of": start,
        "statements": statements,
        "entities": entities,
        "write_s": write_s,
        "write_cpu_s": cpu_s,
        "statements_per_cpu_s": statements / cpu_s,
        "generate_s": gen_s,
        "statements_per_s": statements / write_s,
        "peak_rss_mb": peak_rss_mb(),
    }


def profile_load(world: World, store_path: Path, store: Any, work: Path, files: int) -> tuple[Any, dict[str, Any]]:
    """ckg load of `files` new companies' profiles into the graph; baseline: the same batches written
    straight with GraphStore.write into a copy of the store taken before the load."""
    from graph.backends.ladybug import LadybugStore
    from loaders.pipeline import load_paths
    from loaders.resolve import index_for

    folder = work / "profiles"
    shutil.rmtree(folder, ignore_errors=True)
    world.write_profiles(folder, range(world.orgs, world.orgs + files))
    store.close()
    copy = work / "store-copy"
    shutil.copyfile(store_path, copy)
    if Path(f"{store_path}.wal").exists():
        shutil.copyfile(f"{store_path}.wal", f"{copy}.wal")
    store = LadybugStore(store_path)
    t0 = time.perf_counter()
    index_for(store)  # what `ckg load` does first: the name index view (one read of the store's version)
    index_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    report = load_paths(store, [folder])
    load_s, load_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    failed = [d.error for d in report.documents if d.error]
    batches = [d.batch for d in report.documents if d.batch is not None]
    baseline_store = LadybugStore(copy)
    t0, c0 = time.perf_counter(), time.process_time()
    for batch in batches:
        baseline_store.write(batch)
    base_s, base_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    baseline_store.close()
    for p in (copy, Path(f"{copy}.wal")):
        p.unlink(missing_ok=True)
    return store, {
        "files": files,
        "failed": len(failed),
        "first_error": failed[0] if failed else None,
        "statements": report.statements,
        "created": report.created,
        "linked": report.linked,
        "index_build_s": index_s,
        "load_s": load_s,
        "files_per_s": files / load_s,
        "files_per_s_with_index": files / (load_s + index_s),
        "baseline_write_s": base_s,
        "baseline_files_per_s": files / base_s,
        "ratio": load_s / base_s,
        "load_cpu_s": load_cpu_s,
        "baseline_cpu_s": base_cpu_s,
        "cpu_ratio": load_cpu_s / max(base_cpu_s, 1e-9),
        "peak_rss_mb": peak_rss_mb(),
    }


# --------------------------------------------------------------------------- queries


def query_cases(world: World, count: int) -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Per scenario: (GraphQL variables, raw Cypher params) pairs, chosen deterministically."""
    import random

    from graph.model import EntityKind, entity_id
    from graph.names import fold, normalize_key

    rng = random.Random(world.orgs)
    companies = [rng.randrange(world.first_company, world.orgs) for _ in range(count * 4)]
    specs = [world.company(i) for i in companies]
    with_rounds = [c for c in specs if c.rounds] or specs
    listed = [c for c in specs if c.listing] or specs
    cases: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {k: [] for k in QUERIES}
    for k in range(count):
        c = with_rounds[k % len(with_rounds)]
        cases["organization by name"].append(({"name": c.name}, {"key": normalize_key(c.name)}))
        c = specs[k]
        oid = entity_id(EntityKind.ORGANIZATION, c.name)
        cases["2-hop neighbourhood"].append(({"id": oid, "types": TWO_HOP_TYPES}, {"id": oid, "types": TWO_HOP_TYPES}))
        # A founder to another company's product: usually 3-4 hops through a place, investor or employer.
        a, b = specs[k], specs[-1 - k]
        target = next((p.name for p in b.products), None)
        to_id = entity_id(EntityKind.PRODUCT, target) if target else entity_id(EntityKind.ORGANIZATION, b.name)
        from_id = entity_id(EntityKind.PERSON, a.founders[0].name)
        cases["shortest path <= 4 hops"].append(
            ({"from": from_id, "to": to_id}, {"source": from_id, "target": to_id, "asof": "", "limit": 20})
        )
        c = listed[k % len(listed)]
        oid = entity_id(EntityKind.ORGANIZATION, c.name)
        cases["timeline"].append(({"entity": oid}, {"value": oid, "kinds": []}))
        from benchmarks.synthetic import misspell

        text = misspell(specs[k].name, rng)
        cases["search"].append(({"text": text}, {"q": fold(specs[k].name.split()[0])}))
        category = specs[k].categories[-1]
        cases["organizations filter page"].append(
            (
                {"category": category},
                {
                    "name": "",
                    "category": category,
                    "after_key": "",
                    "before_key": "",
                    "hq": "",
                    "investor": "",
                    "after_name": "",
                    "after_id": "",
                    "limit": 51,
                },
            )
        )
    return cases


QUERIES: dict[str, tuple[str, str]] = {
    # scenario: (GraphQL document, raw Cypher)
    "organization by name": (
        """query($name: String!) { organization(name: $name) { id name aliases
            founders { id name } investors { investor { id name } lead } products { id name productKind } } }""",
        """MATCH (k:NameKey)-[:NAMES]->(e:Entity) WHERE k.key = $key
           OPTIONAL MATCH (e)-[x:REL]-(o:Entity)
           WHERE x.type IN ['FOUNDED', 'INVESTED_IN', 'DEVELOPED'] AND x.retracted_at IS NULL
           RETURN e.data, collect(x.data), collect(o.data)""",
    ),
    "2-hop neighbourhood": (
        """query($id: ID!, $types: [RelationType!]) { entity(id: $id) { id name
            relations(types: $types) { type other { id name
              relations(types: $types) { type other { id name } } } } } }""",
        # One pattern, not OPTIONAL MATCH: Ladybug plans the optional second hop as a hash join over the
        # whole edge table, which ran its 1 GB buffer pool out at 100k (neighbours without a second hop
        # are therefore missing from the raw answer; it does no less work than the API for the rest).
        """MATCH (e:Entity)-[x:REL]-(a:Entity)-[y:REL]-(b:Entity)
           WHERE e.id = $id AND x.type IN $types AND x.retracted_at IS NULL
             AND y.type IN $types AND y.retracted_at IS NULL
           RETURN x.data, a.data, y.data, b.id, b.name""",
    ),
    "shortest path <= 4 hops": (
        """query($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: 4) {
            hops { from { id name } relation to { id name } evidence { quote } } } }""",
        # Ladybug's native all-shortest-paths search (the store itself searches from both ends in Python,
        # graph/backends/path_search.py, over one-key neighbour look-ups).
        """MATCH p = (a:Entity)-[x:REL* ALL SHORTEST 1..4 (r, n | WHERE r.retracted_at IS NULL
               AND n.retracted_at IS NULL
               AND ($asof = '' OR (r.from_key <= $asof AND r.to_key > $asof)))]-(b:Entity)
           WHERE a.id = $source AND b.id = $target
           RETURN properties(nodes(p), 'id'), properties(rels(p), 'data')
           LIMIT $limit""",
    ),
    "timeline": (
        """query($entity: String!) { timeline(entity: $entity) { id kind date summary pctChange action } }""",
        "",  # graph.cypher.queries.EVENTS_OF_ONE
    ),
    "search": (
        """query($text: String!) { search(text: $text, limit: 10) { score matched entity { id name } } }""",
        "MATCH (e:Entity) WHERE e.retracted_at IS NULL AND e.name_folded CONTAINS $q RETURN e.id, e.name LIMIT 10",
    ),
    "organizations filter page": (
        """query($category: String) { organizations(filter: {category: $category}, first: 50) {
            totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }""",
        "",  # graph.cypher.queries.organization_queries(False, False): the page
    ),
}


def query_latency(world: World, store: Any, count: int, budget_s: float, warmup: int = 3) -> dict[str, Any]:
    from starlette.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings
    from graph.cypher import queries as q

    raw_text = {
        "timeline": q.EVENTS_OF_ONE.text("ladybug"),
        "organizations filter page": q.organization_queries(False, False)[1].text("ladybug"),
    }
    cases = query_cases(world, count)
    app = create_app(Settings(db_path=store.path), store=store)
    results: dict[str, Any] = {}
    with TestClient(app) as client:
        cpu: dict[str, float] = {}
        raw_errors: list[str] = []

        def graphql(document: str, variables: dict[str, Any]) -> tuple[float, dict[str, Any]]:
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.post("/graphql", json={"query": document, "variables": variables})
            elapsed = time.perf_counter() - t0
            cpu["api"] = time.process_time() - c0
            body = response.json()
            if response.status_code != 200 or body.get("errors"):
                raise RuntimeError(f"GraphQL failed ({response.status_code}): {str(body)[:500]}")
            return elapsed, body

        def raw(text: str, params: dict[str, Any]) -> tuple[float, int]:
            t0, c0 = time.perf_counter(), time.process_time()
            with store._lock:
                try:
                    rows = store._conn.execute(text, params).get_all()
                except RuntimeError as exc:  # e.g. "buffer pool is full" at 100k: reported, not fatal
                    raw_errors.append(str(exc)[:200])
                    rows = []
            cpu["raw"] = time.process_time() - c0
            return time.perf_counter() - t0, len(rows)

        first_search_s = None
        for name, (document, cypher) in QUERIES.items():
            text = raw_text.get(name, cypher)
            api_ms: list[float] = []
            raw_ms: list[float] = []
            api_cpu: list[float] = []
            raw_cpu: list[float] = []
            rows = 0
            raw_errors.clear()
            scenario_started = time.perf_counter()
            for k, (variables, params) in enumerate(cases[name]):
                if len(api_ms) >= 20 and time.perf_counter() - scenario_started > budget_s:
                    break  # a slow scenario keeps its first samples rather than stall the run
                if k < warmup:  # warm caches (and build the search index) outside the figures
                    elapsed, _ = graphql(document, variables)
                    if name == "search" and first_search_s is None:
                        first_search_s = elapsed
                    raw(text, params)
                # Interleaved, so both see the same cache and machine load.
                elapsed, _ = graphql(document, variables)
                api_ms.append(elapsed * 1000)
                api_cpu.append(cpu["api"] * 1000)
                if raw_errors:
                    continue  # the raw query cannot run on this graph: API figures only
                elapsed, n = raw(text, params)
                raw_ms.append(elapsed * 1000)
                raw_cpu.append(cpu["raw"] * 1000)
                rows += n
            if raw_errors or not raw_ms:
                raw_ms, raw_cpu = [float("nan")], [float("nan")]
            results[name] = {
                "raw_error": raw_errors[0] if raw_errors else None,
                "n": len(api_ms),
                "api_p50": percentile(api_ms, 50),
                "api_p95": percentile(api_ms, 95),
                "api_p99": percentile(api_ms, 99),
                "raw_p50": percentile(raw_ms, 50),
                "raw_p95": percentile(raw_ms, 95),
                "raw_p99": percentile(raw_ms, 99),
                "ratio_p50": percentile(api_ms, 50) / max(percentile(raw_ms, 50), 1e-6),
                "ratio_mean": statistics.fmean(api_ms) / max(statistics.fmean(raw_ms), 1e-6),
                "raw_rows_mean": rows / max(len(raw_ms), 1),
                "api_cpu_p50": percentile(api_cpu, 50),
                "raw_cpu_p50": percentile(raw_cpu, 50),
                "cpu_ratio_p50": percentile(api_cpu, 50) / max(percentile(raw_cpu, 50), 1e-6),
            }
        results["search index first build (s)"] = first_search_s
    results["peak_rss_mb"] = peak_rss_mb()
    return results


# --------------------------------------------------------------------------- resolution


def resolution(world: World, store: Any, count: int, per_document: int = 50) -> dict[str, Any]:
    """10k mentions resolved through the store's name index (loaders.resolve.NameIndex over GraphStore terms),
    `per_document` at a time as documents would bring them: every read is in the time. Baseline: the exact-key
    terms of the same mentions read from the store."""
    from graph.nameindex import key_term
    from graph.names import normalize_key
    from loaders.resolve import build_index

    wanted = mentions(world, count)
    t0 = time.perf_counter()
    index = build_index(store)
    setup_s = time.perf_counter() - t0
    outcomes = []
    t0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, len(wanted), per_document):
        chunk = wanted[start : start + per_document]
        index.prefetch((kind, [text]) for kind, text, _ in chunk)
        outcomes.extend(index.resolve(kind, [text]) for kind, text, _ in chunk)
        index.commit()
    resolve_s, resolve_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    exact = []
    for start in range(0, len(wanted), per_document):
        chunk = wanted[start : start + per_document]
        found = store.name_terms([key_term(kind, normalize_key(text)) for kind, text, _ in chunk])
        exact.extend(found.get(key_term(kind, normalize_key(text))) for kind, text, _ in chunk)
    exact_s = time.perf_counter() - t0
    tally: dict[str, list[int]] = {}
    for (_, _, family), (match, looks), hit in zip(wanted, outcomes, exact, strict=True):
        t = tally.setdefault(family, [0, 0, 0, 0])
        t[0] += 1
        t[1] += match is not None
        t[2] += bool(looks) and match is None
        t[3] += bool(hit)
    return {
        "entities": store.stats().entities,
        "terms_read": len(index.terms),
        "mentions": count,
        "index_setup_s": setup_s,
        "resolve_s": resolve_s,
        "resolve_cpu_s": resolve_cpu_s,
        "mentions_per_s": count / resolve_s,
        "exact_lookup_s": exact_s,
        "ratio": resolve_s / max(exact_s, 1e-9),
        "families": {f: {"n": t[0], "linked": t[1], "grey": t[2], "exact_hits": t[3]} for f, t in tally.items()},
        "peak_rss_mb": peak_rss_mb(),
    }


def serving(world: World, store_path: Path, work: Path, first_new: int, count: int) -> dict[str, Any]:
    """`ckg load` of one new profile and `ckg serve` start-up, search latency and RSS, each its own process."""
    import random

    from benchmarks.scale_serving import cli_load_one, serve_and_search
    from benchmarks.synthetic import misspell

    folder = work / "one-profile"
    shutil.rmtree(folder, ignore_errors=True)
    world.write_profiles(folder, range(first_new, first_new + 1))
    (profile,) = sorted(folder.iterdir())
    rng = random.Random(world.orgs + 1)
    specs = [world.company(rng.randrange(world.first_company, world.orgs)) for _ in range(count)]
    searches = [misspell(c.name, rng) if k % 2 else c.name[: max(4, len(c.name) // 2)] for k, c in enumerate(specs)]
    return {
        "load_one": cli_load_one(store_path, profile),
        "serve": serve_and_search(store_path, searches, [c.name for c in specs[: count // 2]]),
    }


def loader_resolution_benchmark(entities: int, count: int) -> dict[str, Any] | None:
    """The loader helper's resolution benchmark (its own synthetic names), when it is present."""
    try:
        from benchmarks import resolution_benchmark
    except Exception:
        return None
    try:
        out = resolution_benchmark.run(entities, count, 7)
    except Exception as exc:  # its interface may change while it is being written
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {k: v for k, v in out.items() if k != "families"}


# --------------------------------------------------------------------------- one size, in a subprocess


def run_phase(phase: str, orgs: int, work: Path, opts: dict[str, Any]) -> dict[str, Any]:
    from graph.backends.ladybug import LadybugStore

    world = World(orgs)
    work.mkdir(parents=True, exist_ok=True)
    chunk = opts["chunk"]
    store_path = work / "store"
    # --prefill F: the first F of the organisations are COPY-loaded (that is the baseline), and the
    # write path is measured on the rest, into the graph they make: a full 100k load through the write
    # path takes longer than a session on this shared machine.
    prefill = int(orgs * opts["prefill"]) // chunk * chunk if opts["prefill"] else 0
    if phase == "baseline":
        if prefill:
            for p in (store_path, Path(f"{store_path}.wal")):
                p.unlink(missing_ok=True)
            return {"baseline_copy": baseline_copy(world, work, chunk, prefill, keep_as=store_path)}
        return {"baseline_copy": baseline_copy(world, work, chunk)}
    if not prefill:
        for p in (store_path, Path(f"{store_path}.wal")):
            p.unlink(missing_ok=True)
    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    store = LadybugStore(store_path)  # a COPY-loaded store has no name index yet: the open builds it
    out["open_s"] = time.perf_counter() - t0
    out["pipeline_write"] = pipeline_write(world, store, chunk, prefill)
    stats = store.stats()
    out["graph"] = {
        "entities": stats.entities,
        "relations": stats.relations,
        "events": stats.events,
        "attribute_values": stats.attribute_values,
        "by_kind": stats.by_kind,
    }
    partial = opts.get("partial")

    def save() -> None:  # so that a run stopped part-way still leaves its figures
        if partial:
            Path(partial).write_text(json.dumps({**out, "peak_rss_mb": peak_rss_mb()}, indent=1, default=str))

    save()
    out["queries"] = query_latency(world, store, opts["queries"], opts["query_budget"])
    save()
    out["resolution"] = resolution(world, store, opts["mentions"])
    save()
    store, out["profile_load"] = profile_load(world, store_path, store, work, opts["files"])
    save()
    store.close()
    out["serving"] = serving(world, store_path, work, world.orgs + opts["files"], opts["queries"])
    save()
    out["db_file_mb"] = store_path.stat().st_size / 2**20
    out["peak_rss_mb"] = peak_rss_mb()
    if opts.get("loader_resolution"):
        out["loader_resolution"] = loader_resolution_benchmark(opts["loader_resolution"], opts["mentions"])
    return out


def run_size(orgs: int, work: Path, opts: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {"orgs": orgs}
    for phase in ("baseline", "main"):
        out = work / f"{orgs}-{phase}.json"
        command = [
            sys.executable,
            "-m",
            "benchmarks.scale_benchmark",
            "--phase",
            phase,
            "--orgs",
            str(orgs),
            "--work",
            str(work / str(orgs)),
            "--json",
            str(out),
            *opts["forward"],
        ]
        t0 = time.perf_counter()
        subprocess.run(command, check=True, cwd=REPO)
        data = json.loads(out.read_text())
        data[f"{phase}_wall_s"] = time.perf_counter() - t0
        data[f"{phase}_peak_rss_mb"] = data.pop("peak_rss_mb", None) or _phase_peak(data)
        result.update(data)
        print(f"  {orgs}: {phase} done in {data[f'{phase}_wall_s']:.0f} s", flush=True)
    shutil.rmtree(work / str(orgs), ignore_errors=True)
    return result


def _phase_peak(data: dict[str, Any]) -> float:
    return max((v.get("peak_rss_mb", 0) for v in data.values() if isinstance(v, dict)), default=0)


# --------------------------------------------------------------------------- report


def machine() -> str:
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, {os.cpu_count()} cores, "
        f"{mem_gb:.0f} GB RAM, Python {platform.python_version()}"
    )


def commit() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "graph", "loaders", "api"], cwd=REPO, capture_output=True, text=True
        )
        return rev.stdout.strip() + (" (+ uncommitted changes in graph/loaders/api)" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def _f(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _cpu(data: dict[str, Any], key: str, digits: int = 2) -> str:
    """A CPU figure, or 'n/a' in results written before it was measured."""
    value = data.get(key)
    return "n/a" if value is None else _f(value, digits)


def _ladybug_version() -> str:
    try:
        import importlib.metadata as md

        return md.version("ladybug")
    except Exception:
        return "?"


def _serve(r: dict[str, Any]) -> dict[str, Any]:
    serve: dict[str, Any] = r["serving"]["serve"]
    return serve


def report_markdown(results: list[dict[str, Any]], command: str, started: dt.datetime) -> str:
    sizes = [r["orgs"] for r in results]
    head = " | ".join(f"{n:,} orgs" for n in sizes)
    sep = "|".join("---:" for _ in sizes)
    lines = [
        f"\n## Scale benchmarks ({started:%Y-%m-%d %H:%M} UTC)\n",
        f"- Machine: {machine()} (shared with other sessions while measured)",
        f"- Store: embedded Ladybug {_ladybug_version()} (one file), buffer pool 1 GB",
        f"- Commit: {commit()}",
        f"- Command: `{command}`",
        "- Graph: benchmarks/synthetic.py (seed 7); batches of 1,000 companies; 'statements' = relations + events "
        "+ attribute values",
        "",
        f"| graph | {head} |",
        f"|---|{sep}|",
    ]

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> None:
        cells = []
        for r in results:
            try:
                cells.append(cell(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("-")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("entities", lambda r: f"{r['graph']['entities']:,}")
    row("relations", lambda r: f"{r['graph']['relations']:,}")
    row("events", lambda r: f"{r['graph']['events']:,}")
    row("attribute values", lambda r: f"{r['graph']['attribute_values']:,}")
    row("store file (MB)", lambda r: _f(r["db_file_mb"], 0))
    lines += ["", f"| bulk load | {head} |", f"|---|{sep}|"]
    row("GraphStore.write: statements/s", lambda r: _f(r["pipeline_write"]["statements_per_s"], 0))
    row("GraphStore.write: total s", lambda r: _f(r["pipeline_write"]["write_s"]))
    row("GraphStore.write: statements per CPU-second", lambda r: _f(r["pipeline_write"]["statements_per_cpu_s"], 0))
    row("baseline COPY FROM csv: statements/s", lambda r: _f(r["baseline_copy"]["statements_per_s"], 0))
    row("baseline COPY: total s", lambda r: _f(r["baseline_copy"]["copy_s"]))
    row(
        "**ratio** (COPY statements/s / write statements/s)",
        lambda r: _f(r["baseline_copy"]["statements_per_s"] / r["pipeline_write"]["statements_per_s"]),
    )
    row(
        "write path measured on",
        lambda r: (
            f"orgs {r['pipeline_write']['into_graph_of']:,}-{r['orgs']:,} into the COPY-loaded rest"
            if r["pipeline_write"].get("into_graph_of")
            else "the whole graph"
        ),
    )
    lines += ["", f"| profile files through `ckg load` (resolution on) | {head} |", f"|---|{sep}|"]
    row(
        "files loaded (new companies)", lambda r: f"{r['profile_load']['files']} ({r['profile_load']['failed']} failed)"
    )
    row("name index set-up, once per load (s)", lambda r: _f(r["profile_load"]["index_build_s"], 3))
    row("files/s", lambda r: _f(r["profile_load"]["files_per_s"]))
    row("files/s incl. index build", lambda r: _f(r["profile_load"]["files_per_s_with_index"]))
    row("baseline: same batches via GraphStore.write, files/s", lambda r: _f(r["profile_load"]["baseline_files_per_s"]))
    row("**ratio** (load / baseline)", lambda r: _f(r["profile_load"]["ratio"]))
    row("ratio in CPU time", lambda r: _f(r["profile_load"]["cpu_ratio"]))
    lines += [
        "",
        f"| GraphQL in-process (ms): API p50 / p95 / p99 vs raw Cypher p50; ratio = API p50 / raw p50 | {head} |",
        f"|---|{sep}|",
    ]

    def raw_failed(q: dict[str, Any]) -> str:
        return "raw query failed: " + str(q["raw_error"]).split(":")[-1].strip() if q.get("raw_error") else ""

    for name in QUERIES:
        row(
            name,
            lambda r, name=name: (
                f"{_f(r['queries'][name]['api_p50'])} / {_f(r['queries'][name]['api_p95'])} / "
                f"{_f(r['queries'][name]['api_p99'])} vs "
                + (
                    raw_failed(r["queries"][name])
                    or f"{_f(r['queries'][name]['raw_p50'], 2)}; **{_f(r['queries'][name]['ratio_p50'])}x**"
                )
            ),
        )
    row("first search in-process (s)", lambda r: _f(r["queries"]["search index first build (s)"], 3))
    lines += [
        "",
        f"| GraphQL CPU ms per request (process CPU, all threads), p50: API vs raw; ratio | {head} |",
        f"|---|{sep}|",
    ]
    for name in QUERIES:
        row(
            name,
            lambda r, name=name: (
                f"{_f(r['queries'][name]['api_cpu_p50'])} vs "
                + (
                    raw_failed(r["queries"][name])
                    or f"{_f(r['queries'][name]['raw_cpu_p50'], 2)}; **{_f(r['queries'][name]['cpu_ratio_p50'])}x**"
                )
            ),
        )
    lines += ["", f"| entity resolution through the store's name index | {head} |", f"|---|{sep}|"]
    row("entities / index terms read", lambda r: f"{r['resolution']['entities']:,} / {r['resolution']['terms_read']:,}")
    row(
        "resolve the mentions, every read included: wall (CPU) s",
        lambda r: (
            f"{_f(r['resolution']['resolve_s'], 2)} ({_cpu(r['resolution'], 'resolve_cpu_s')}) "
            f"for {r['resolution']['mentions']:,}"
        ),
    )
    row("mentions/s", lambda r: _f(r["resolution"]["mentions_per_s"], 0))
    row("**ratio** vs reading their exact-key terms", lambda r: _f(r["resolution"]["ratio"], 1))
    if any(r.get("loader_resolution") for r in results):
        row(
            "loader's resolution_benchmark.py (entities, resolve s)",
            lambda r: f"{r['loader_resolution']['entities']:,}, {_f(r['loader_resolution']['resolve_s'], 2)}",
        )
    lines += ["", f"| a user's view, each its own process (issue #18) | {head} |", f"|---|{sep}|"]
    row("store open incl. building its name index (s)", lambda r: _f(r["open_s"], 1))
    row(
        "`ckg load one-profile.yaml`: wall (CPU) s",
        lambda r: f"{_f(r['serving']['load_one']['wall_s'], 2)} ({_cpu(r['serving']['load_one'], 'cpu_s')})",
    )
    row(
        "`ckg serve` start to first answered search: wall (server CPU) s",
        lambda r: (
            f"{_f(r['serving']['serve']['start_to_first_search_s'], 2)} "
            f"({_cpu(r['serving']['serve'], 'start_to_first_search_cpu_s')})"
        ),
    )
    row(
        "search over HTTP p50 / p95 / p99 (ms)",
        lambda r: " / ".join(_f(r["serving"]["serve"][f"search_p{p}_ms"]) for p in (50, 95, 99)),
    )
    row("server CPU per search over HTTP (ms)", lambda r: _cpu(r["serving"]["serve"], "search_cpu_ms", 1))
    row(
        "organization(name:) over HTTP p50 / p99 (ms)",
        lambda r: " / ".join(_f(r["serving"]["serve"][f"lookup_p{p}_ms"]) for p in (50, 99)),
    )
    row(
        "server peak RSS after searches and look-ups (MB)", lambda r: _f(r["serving"]["serve"]["server_peak_rss_mb"], 0)
    )
    lines += ["", f"| memory and wall time | {head} |", f"|---|{sep}|"]
    row("peak RSS, our code (MB)", lambda r: _f(r["main_peak_rss_mb"], 0))
    row("peak RSS, COPY baseline process (MB)", lambda r: _f(r["baseline_peak_rss_mb"], 0))
    row("wall time, all scenarios (s)", lambda r: _f(r["main_wall_s"] + r["baseline_wall_s"], 0))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--queries", type=int, default=50, help="requests per GraphQL scenario")
    parser.add_argument("--query-budget", type=float, default=120, help="seconds per GraphQL scenario (>= 20 runs)")
    parser.add_argument("--files", type=int, default=100, help="profile files per `ckg load`")
    parser.add_argument("--report-from", type=Path, nargs="+", help="only write the report from results.json files")
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--chunk", type=int, default=1000, help="companies per StatementBatch")
    parser.add_argument("--prefill", type=float, default=0.0, help="COPY this fraction first; write the rest")
    parser.add_argument("--loader-resolution", type=int, default=0, help="entities for the loader's benchmark")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ckg-bench"))
    parser.add_argument(
        "--results",
        type=Path,
        default=None,
        help="the results file: this run replaces the scenario's latest figures there, history/scale.md keeps it",
    )
    parser.add_argument("--phase", choices=("baseline", "main"), help=argparse.SUPPRESS)
    parser.add_argument("--orgs", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    opts = {
        "queries": args.queries,
        "query_budget": args.query_budget,
        "files": args.files,
        "mentions": args.mentions,
        "chunk": args.chunk,
        "prefill": args.prefill,
        "loader_resolution": args.loader_resolution,
        "forward": [
            f"--queries={args.queries}",
            f"--query-budget={args.query_budget}",
            f"--files={args.files}",
            f"--mentions={args.mentions}",
            f"--chunk={args.chunk}",
            f"--prefill={args.prefill}",
            f"--loader-resolution={args.loader_resolution}",
        ],
    }
    if args.phase:
        opts["partial"] = str(args.json) + ".partial"
        data = run_phase(args.phase, args.orgs, args.work, opts)
        data["peak_rss_mb"] = peak_rss_mb()
        args.json.write_text(json.dumps(data, indent=1, default=str))
        return
    started = dt.datetime.now(dt.UTC)
    if args.report_from:
        merged = [r for path in args.report_from for r in json.loads(path.read_text())]
        merged.sort(key=lambda r: r["orgs"])
        commands = [r.get("command", "") for r in merged]
        text = report_markdown(merged, "; ".join(dict.fromkeys(c for c in commands if c)), started)
        print(text)
        if args.results:
            publish("scale", text, args.results)
        return
    command = " ".join(shlex.quote(a) for a in [".venv/bin/python", "-m", "benchmarks.scale_benchmark", *sys.argv[1:]])
    results = []
    for size in args.sizes:
        print(f"size {size:,} organisations", flush=True)
        results.append({**run_size(size, args.work, opts), "command": command})
        (args.work / "results.json").write_text(json.dumps(results, indent=1, default=str))
    text = report_markdown(results, command, started)
    print(text)
    if args.results:
        publish("scale", text, args.results)


if __name__ == "__main__":
    main()
