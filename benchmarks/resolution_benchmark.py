"""Entity-resolution benchmark: 10,000 mentions against 100,000 synthetic entities with known answers.

Mentions are spelling variants (case, punctuation, legal suffixes), typos, acronyms, reordered person
names (all should link to their entity), look-alikes (a name plus a distinguishing word, a product with
another version number) and unseen names (both should create a new entity). Reports index build time,
resolution time, mentions/s, precision and recall of links, and false merges of look-alikes.

    .venv/bin/python benchmarks/resolution_benchmark.py [--entities 100000] [--mentions 10000] [--seed 7]
        [--store /tmp/resolution-store] [--results benchmarks/RESULTS.md]

Not part of `make test`. The resolver is the one the pipeline uses (loaders.resolve.NameIndex): with `--store PATH`
over an embedded store's name index, the entities written there first and every read of the resolution timed;
without it over the same rules in memory, so no database time is included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shlex
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.results import publish
from graph.model import EntityKind
from graph.names import normalize_key
from graph.store import NameEntry
from loaders.resolve import NameIndex, acronyms_of

SYLLABLES = [
    "an",
    "ba",
    "bai",
    "bei",
    "bo",
    "cai",
    "chang",
    "chen",
    "cheng",
    "da",
    "dong",
    "fang",
    "feng",
    "gao",
    "guang",
    "hai",
    "han",
    "hao",
    "hong",
    "hua",
    "huang",
    "jia",
    "jian",
    "jin",
    "jing",
    "kai",
    "kang",
    "lan",
    "lei",
    "li",
    "lian",
    "ling",
    "long",
    "lu",
    "ming",
    "mo",
    "nan",
    "ning",
    "pei",
    "peng",
    "qi",
    "qian",
    "qing",
    "rui",
    "shan",
    "shang",
    "sheng",
    "shi",
    "shu",
    "si",
    "song",
    "tai",
    "tang",
    "tian",
    "ting",
    "wan",
    "wei",
    "wen",
    "xia",
    "xiang",
    "xin",
    "xing",
    "xu",
    "ya",
    "yan",
    "yang",
    "yi",
    "ying",
    "yong",
    "yu",
    "yuan",
    "yun",
    "ze",
    "zhang",
    "zhao",
    "zhen",
    "zheng",
    "zhi",
    "zhong",
    "zhou",
    "zhu",
]
INDUSTRY = [
    "Robotics",
    "Semiconductor",
    "Capital",
    "Ventures",
    "Pharmaceuticals",
    "Motors",
    "Logistics",
    "Networks",
    "Media",
    "Games",
    "Energy",
    "Foods",
    "Biotech",
    "Securities",
    "Bank",
    "Insurance",
    "Materials",
    "Optics",
    "Systems",
    "Cloud",
    "Devices",
    "Instruments",
    "Aerospace",
    "Mining",
    "Textiles",
    "Retail",
    "Education",
    "Health",
    "Finance",
    "Partners",
    "Investment",
    "Electronics",
    "Software",
    "Data",
    "Security",
    "Payments",
]
LEGAL = ("Co., Ltd.", "Inc.", "Holdings Ltd.", "Group Holding Ltd.", "Corp.", "Limited", "Technology Co., Ltd.")
DISTINGUISHING = (
    "Cloud",
    "China",
    "Europe",
    "International",
    "Research",
    "Music",
    "Bank",
    "Auto",
    "Pay",
    "Labs Shanghai",
)
SURNAMES = [
    "Li",
    "Wang",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Gao",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
]


def word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass(frozen=True)
class Synthetic:
    entity_id: str
    kind: EntityKind
    name: str


def generate_entities(rng: random.Random, count: int) -> list[Synthetic]:
    seen: set[tuple[EntityKind, str]] = set()
    out: list[Synthetic] = []
    while len(out) < count:
        roll = rng.random()
        if roll < 0.7:
            kind = EntityKind.ORGANIZATION
            words = [word(rng, rng.choice((2, 2, 3)))]
            for _ in range(rng.choice((0, 1, 1, 2))):
                words.append(rng.choice(INDUSTRY))
            name = " ".join(words)
        elif roll < 0.9:
            kind = EntityKind.PERSON
            name = f"{rng.choice(SURNAMES)} {word(rng, 2)}"
        else:
            kind = EntityKind.PRODUCT
            name = f"{word(rng, 2)}-{rng.randint(1, 9)}.{rng.randint(0, 9)}"
        key = normalize_key(name)
        if (kind, key) in seen:
            continue
        seen.add((kind, key))
        out.append(Synthetic(f"{kind.value.lower()}:{len(out)}", kind, name))
    return out


def typo(rng: random.Random, name: str) -> str:
    """One edit inside the first word longer than four letters (never the first letter)."""
    words = name.split(" ")
    targets = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not targets:
        return name
    i = rng.choice(targets)
    w = words[i]
    pos = rng.randint(1, len(w) - 2)
    edit = rng.choice(("swap", "drop", "double", "replace"))
    if edit == "swap":
        w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2 :]
    elif edit == "drop":
        w = w[:pos] + w[pos + 1 :]
    elif edit == "double":
        w = w[:pos] + w[pos] + w[pos:]
    else:
        w = w[:pos] + rng.choice("aeiounghz") + w[pos + 1 :]
    words[i] = w
    return " ".join(words)


@dataclass(frozen=True)
class Mention:
    text: str
    kind: EntityKind
    expected: str | None  # entity id, or None when a new entity is the right answer
    family: str


def generate_mentions(rng: random.Random, entities: list[Synthetic], count: int) -> list[Mention]:
    keys = {(e.kind, normalize_key(e.name)) for e in entities}
    acronym_owners: dict[str, set[str]] = {}
    for e in entities:
        if e.kind is EntityKind.ORGANIZATION:
            for a in acronyms_of(e.name):
                acronym_owners.setdefault(a, set()).add(e.entity_id)
    multiword = [
        e
        for e in entities
        if e.kind is EntityKind.ORGANIZATION
        and len(e.name.split()) >= 3
        and all(len(acronym_owners[a]) == 1 for a in acronyms_of(e.name))
        and not any((EntityKind.ORGANIZATION, a) in keys for a in acronyms_of(e.name))
    ]
    orgs = [e for e in entities if e.kind is EntityKind.ORGANIZATION]
    people = [e for e in entities if e.kind is EntityKind.PERSON]
    products = [e for e in entities if e.kind is EntityKind.PRODUCT]
    long_names = [e for e in entities if len(normalize_key(e.name).replace(" ", "")) >= 8]
    out: list[Mention] = []
    plan = Counter(
        {
            "variant": 0.30,
            "typo": 0.20,
            "acronym": 0.05,
            "reordered": 0.05,
            "lookalike": 0.15,
            "version": 0.05,
            "unseen": 0.20,
        }
    )
    quotas = {family: int(share * count) for family, share in plan.items()}
    quotas["variant"] += count - sum(quotas.values())
    for family, quota in quotas.items():
        made = 0
        while made < quota:
            if family == "variant":
                e = rng.choice(entities)
                text = e.name.upper() if rng.random() < 0.3 else e.name.lower()
                if e.kind is EntityKind.ORGANIZATION:
                    text = f"{e.name} {rng.choice(LEGAL)}"
                mention = Mention(text, e.kind, e.entity_id, family)
            elif family == "typo":
                e = rng.choice(long_names)
                text = typo(rng, e.name)
                if text == e.name or (e.kind, normalize_key(text)) in keys:
                    continue
                mention = Mention(text, e.kind, e.entity_id, family)
            elif family == "acronym":
                e = rng.choice(multiword)
                initials = "".join(w[0] for w in e.name.split()).upper()
                mention = Mention(initials, e.kind, e.entity_id, family)
            elif family == "reordered":
                e = rng.choice(people)
                surname, given = e.name.split(" ", 1)
                mention = Mention(f"{given} {surname}", e.kind, e.entity_id, family)
            elif family == "lookalike":
                e = rng.choice(orgs)
                text = f"{e.name} {rng.choice(DISTINGUISHING)}"
                if (e.kind, normalize_key(text)) in keys:
                    continue
                mention = Mention(text, e.kind, None, family)
            elif family == "version":
                e = rng.choice(products)
                stem, version = e.name.rsplit("-", 1)
                text = f"{stem}-{version[:-1]}{(int(version[-1]) + rng.randint(1, 8)) % 10}"
                if (e.kind, normalize_key(text)) in keys:
                    continue
                mention = Mention(text, e.kind, None, family)
            else:
                kind = rng.choice((EntityKind.ORGANIZATION, EntityKind.ORGANIZATION, EntityKind.PERSON))
                text = word(rng, 4) + (" " + rng.choice(INDUSTRY) if kind is EntityKind.ORGANIZATION else "")
                if kind is EntityKind.PERSON:
                    text = f"{rng.choice(SURNAMES)} {word(rng, 3)}"
                if (kind, normalize_key(text)) in keys:
                    continue
                mention = Mention(text, kind, None, family)
            out.append(mention)
            made += 1
    rng.shuffle(out)
    return out


def _store_index(entities: list[Synthetic], path: Path) -> NameIndex:
    """The entities written into a fresh embedded store (its name index grows with them), or the store an earlier
    run left there; a resolver view of it."""
    from graph.backends.ladybug import LadybugStore
    from graph.model import ENTITY_TYPES, StatementBatch
    from loaders.resolve import build_index

    store = LadybugStore(path)
    if store.stats().entities == len(entities):  # written by an earlier run with the same seed: reused
        return build_index(store)
    store.close()
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    store = LadybugStore(path)
    for start in range(0, len(entities), 10_000):
        chunk = entities[start : start + 10_000]
        models = [ENTITY_TYPES[e.kind](id=e.entity_id, name=e.name) for e in chunk]  # type: ignore[call-arg]
        store.write(StatementBatch(entities=tuple(models)))  # type: ignore[arg-type]
    return build_index(store)


def run(entity_count: int, mention_count: int, seed: int, store: Path | None = None) -> dict[str, object]:
    """With `store`, the entities are written into an embedded store there and the mentions resolved through its
    name index, 50 at a time as documents bring them (every read timed); otherwise an index in memory."""
    rng = random.Random(seed)
    entities = generate_entities(rng, entity_count)
    mentions = generate_mentions(rng, entities, mention_count)
    entries = [NameEntry(entity_id=e.entity_id, kind=e.kind, text=e.name, is_primary=True) for e in entities]

    started, cpu_started = time.perf_counter(), time.process_time()
    index = _store_index(entities, store) if store is not None else NameIndex(entries)
    index.warm()
    index.commit()
    build_s, build_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    started, cpu_started = time.perf_counter(), time.process_time()
    answers = []
    for start in range(0, len(mentions), 50):
        chunk = mentions[start : start + 50]
        index.prefetch((m.kind, [m.text]) for m in chunk)
        answers.extend(index.resolve(m.kind, [m.text]) for m in chunk)
        index.commit()
    resolve_s, resolve_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    linked = correct = expected_links = false_merges = candidates = 0
    by_family: dict[str, Counter[str]] = {}
    for mention, (match, looks) in zip(mentions, answers, strict=True):
        tally = by_family.setdefault(mention.family, Counter())
        tally["n"] += 1
        if mention.expected is not None:
            expected_links += 1
        if match is not None:
            linked += 1
            if match.entity_id == mention.expected:
                correct += 1
                tally["ok"] += 1
            elif mention.expected is None:
                false_merges += 1
        elif mention.expected is None:
            tally["ok"] += 1
        if match is None and looks:
            candidates += 1
            tally["grey"] += 1
    return {
        "entities": entity_count,
        "mentions": mention_count,
        "where": f"the embedded store's name index ({store})" if store is not None else "an index in memory",
        "seed": seed,
        "build_s": build_s,
        "build_cpu": build_cpu,
        "resolve_s": resolve_s,
        "resolve_cpu": resolve_cpu,
        "mentions_per_s": mention_count / resolve_s,
        "precision": correct / linked if linked else 1.0,
        "recall": correct / expected_links if expected_links else 1.0,
        "false_merges": false_merges,
        "grey_zone": candidates,
        "families": {f: (t["ok"], t["n"], t["grey"]) for f, t in sorted(by_family.items())},
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average {load:.1f} at the end (machine shared)"
    )


def report_markdown(result: dict[str, object], command: str) -> str:
    families = result["families"]
    assert isinstance(families, dict)
    rows = "\n".join(f"| {family} | {ok}/{n} ({ok / n:.1%}) | {grey} |" for family, (ok, n, grey) in families.items())
    return f"""
## Entity resolution ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)

- Machine: {machine()}
- Command: `{command}`
- {result["mentions"]:,} mentions against {result["entities"]:,} synthetic entities (seed {result["seed"]}), resolved
  through {result["where"]}, 50 mentions per prefetch
- Index build (with a store: writing the entities through GraphStore.write): {result["build_s"]:.2f} s wall,
  {result["build_cpu"]:.2f} s CPU; resolution: {result["resolve_s"]:.2f} s
  wall, {result["resolve_cpu"]:.2f} s CPU ({result["mentions_per_s"]:,.0f} mentions/s wall-clock)
- Link precision {result["precision"]:.4f}, recall {result["recall"]:.4f}; look-alikes or unseen names merged into
  an existing entity: {result["false_merges"]}; grey-zone (new entity + merge candidate): {result["grey_zone"]}

| mention family | right answer | grey zone |
|---|---|---|
{rows}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--results",
        type=Path,
        default=None,
        help="The results file: this run replaces the scenario's latest figures there (history/ keeps it).",
    )
    parser.add_argument("--store", type=Path, default=None, help="resolve through an embedded store written here")
    args = parser.parse_args()
    result = run(args.entities, args.mentions, args.seed, args.store)
    command = " ".join(
        shlex.quote(a) for a in [".venv/bin/python", "benchmarks/resolution_benchmark.py", *sys.argv[1:]]
    )
    text = report_markdown(result, command)
    print(text)
    if args.results is not None:
        publish("resolution", text, args.results)


if __name__ == "__main__":
    main()
