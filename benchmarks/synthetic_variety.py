"""What a varied synthetic world adds to the benchmark's (benchmarks/synthetic.py, `World(..., varied=True)`), for
tests that must see every kind of record: every profile section and every relation type and stored event kind,
awkward text (benchmarks/synthetic_names.AWKWARD) in names, descriptions and notes, JSON values of every shape, and
(`with_history`) the records a graph gains over time: retracted statements, merges (one undone) and merge
candidates. The benchmark world stays as it is; these only change what a test asks for.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from benchmarks.synthetic_names import AWKWARD
from graph.dates import PartialDate
from graph.model import (
    AttributeValue,
    Entity,
    EntityKind,
    Event,
    EventKind,
    MergeCandidate,
    MergeRecord,
    Money,
    Relation,
    RelationType,
    StatementBatch,
)
from loaders.drafts import DraftBuilder

if TYPE_CHECKING:
    from benchmarks.synthetic import CompanySpec, World

R = TypeVar("R", Relation, Event, AttributeValue)
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ORG = EntityKind.ORGANIZATION


def awkward(n: int) -> str:
    return AWKWARD[n % len(AWKWARD)]


def _earlier(world: World, rng: random.Random, i: int) -> int | None:
    """An organisation written before company i (in its batch or an earlier one)."""
    return world.org_zipf.draw(rng, below=i) if i > 0 else None


def vary_profile(world: World, c: CompanySpec, rng: random.Random, out: dict[str, Any]) -> None:
    """Company c's profile gains the sections the benchmark world leaves out, and text and values of every shape."""
    i = c.index
    year = int(c.founded[:4])
    if i % 4 == 1:
        out["description"] = f"{awkward(i)} description {i}"
    if i % 13 == 5:
        out["dissolved"] = str(min(year + 5, 2025))
    other = _earlier(world, rng, i)
    if other is not None and i % 5 == 0:
        founder = out["founders"][0]
        founder = founder if isinstance(founder, dict) else {"name": founder}
        founder["affiliations"] = [{"name": world.org_name(other), "role": "adviser", "from": str(year)}]
        out["founders"][0] = founder
    if other is not None and i % 11 == 0:
        out["spun_off_from"] = {"name": world.org_name(other), "since": c.founded, "ownership_pct": 20.5}
    if i % 4 == 0:
        out["valuations"] = [{"date": str(year + 1), "amount": {"amount": 1e6 * (i + 1), "currency": "CNY"}}]
        out["valuations"][0]["note"] = awkward(i)
    if other is not None and i % 6 == 0:
        amount = {"amount": 2e5 * (i + 1), "currency": "USD"}
        out["contracts"] = [
            {"date": str(year + 2), "counterparty": world.org_name(other), "amount": amount, "description": f"deal {i}"}
        ]
    if out.get("people") and i % 3 == 0:
        out["people"][0] = {**out["people"][0], "former": True, "to": str(min(year + 3, 2025))}
    if out.get("products"):
        out["products"][0]["attributes"] = {"params": i * 1.5, "open": i % 2 == 0, "tags": ["a", {"b": None}]}
    values: list[Any] = [[i, "x"], {"n": i, "note": awkward(i)}, f"v{i}"]
    out["metrics"].append({"attribute": "headcount", "value": values[i % 3], "note": awkward(i + 1)})


def article_statements(world: World, c: CompanySpec, rng: random.Random, b: DraftBuilder, me: str) -> None:
    """What only articles state: acquisitions, supply deals, mentions, security issues and other events."""
    i = c.index
    other = _earlier(world, rng, i)
    if other is not None:
        them = world.org_name(other)
        ref = b.entity(ORG, them, them)
        if i % 9 == 0:
            b.relation(
                RelationType.ACQUIRED, me, ref, f"{c.name} acquired a stake in {them}", properties={"stake": 0.4}
            )
        if i % 7 == 0:
            b.relation(
                RelationType.SUPPLIES, me, ref, f"{c.name} supplies {them}", valid_from=PartialDate.parse("2024")
            )
        if i % 5 == 1:
            b.relation(RelationType.MENTIONED_WITH, me, ref, f"{awkward(i)}: {c.name} and {them}")
    if i % 8 == 0:
        quote = f"{c.name} issued bonds {awkward(i)}"
        amount = Money(amount=5e6 * (i + 1), currency="USD")
        b.event(EventKind.SECURITY_ISSUE, me, quote, summary=quote, amount=amount, instrument="bond")
    if i % 10 == 0:
        quote = f"{awkward(i)} happened at {c.name}"
        b.event(EventKind.OTHER, me, quote, summary=quote, date=PartialDate.parse("2025-03"))


def _at(i: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=i)


def _retire(records: Iterable[R], every: int, at: int, seen: list[int]) -> tuple[R, ...]:
    """Every `every`-th record (counting over the whole graph: seen[0]) written already retracted, as an import
    writes a retracted record."""
    out = []
    for record in records:
        n = seen[0]
        seen[0] += 1
        out.append(record.model_copy(update={"retracted_at": _at(at + n)}) if n % every == 0 else record)
    return tuple(out)


def _merge_log(entities: list[Entity]) -> tuple[list[Entity], list[MergeRecord], list[MergeCandidate]]:
    """Merge every 20th entity of the first 400 into the next one of its kind (the merged one is retracted and
    points at the kept one); every third merge is undone; each kept entity gets a merge candidate."""
    merged = list(entities)
    records: list[MergeRecord] = []
    candidates: list[MergeCandidate] = []
    for k in range(0, min(len(entities) - 1, 400), 20):
        keep = entities[k]
        gone = next((j for j in range(k + 1, len(entities)) if entities[j].kind == keep.kind), None)
        if gone is None or gone % 20 == 0:
            continue
        merged[gone] = entities[gone].model_copy(update={"merged_into": keep.id, "retracted_at": _at(10_000 + k)})
        records.append(
            MergeRecord(
                id=f"merge:{keep.id}:{entities[gone].id}",
                keep_id=keep.id,
                merge_id=entities[gone].id,
                reason="same company" if k % 40 else None,
                score=0.93 if k % 3 else None,
                merged_at=_at(10_000 + k),
                undone_at=_at(11_000 + k) if k % 60 == 0 else None,
                moved_relations=(f"rel:moved{k}",),
                retired_relations=(f"rel:old{k}",),
            )
        )
        candidates.append(
            MergeCandidate(
                id=f"candidate:{k}",
                new_id=entities[k + 1].id,
                existing_id=keep.id,
                score=0.81,
                mention=f"{awkward(k)} mention",
                recorded_at=_at(12_000 + k),
            )
        )
    return merged, records, candidates


def with_history(batches: Iterable[StatementBatch]) -> Iterator[StatementBatch]:
    """The batches with some statements written retracted (every 50th relation, every 40th event and attribute
    value) and, after the first batch, a merge log over its entities."""
    counters = {"relation": [0], "event": [0], "value": [0]}
    log: StatementBatch | None = None
    for batch in batches:
        update: dict[str, Any] = {
            "relations": _retire(batch.relations, 50, 9_000, counters["relation"]),
            "events": _retire(batch.events, 40, 9_500, counters["event"]),
            "attribute_values": _retire(batch.attribute_values, 40, 9_600, counters["value"]),
        }
        if log is None:
            entities, records, candidates = _merge_log(list(batch.entities))
            update["entities"] = tuple(entities)
            log = StatementBatch(merge_records=tuple(records), merge_candidates=tuple(candidates))
        yield batch.model_copy(update=update)
    if log is not None:
        yield log


def varied_graph(orgs: int, seed: int = 7) -> list[StatementBatch]:
    """The varied world of `orgs` organisations with its history, as the batches that write it in order (only the
    places some company is in: a small test graph needs no list of every city)."""
    from benchmarks.synthetic import World

    batches = list(World(orgs, seed, varied=True).batches(chunk=100))
    used = {r.object_id for batch in batches for r in batch.relations if r.type is RelationType.HEADQUARTERED_IN}
    first = batches[0]
    places = tuple(e for e in first.entities if e.kind is not EntityKind.PLACE or e.id in used)
    return list(with_history([first.model_copy(update={"entities": places}), *batches[1:]]))


def record_counts(batches: Iterable[StatementBatch]) -> dict[str, int]:
    """How many records of each kind (the export's names) the batches write, each id once."""
    ids: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for batch in batches:
        if batch.source is not None:
            ids["source"].add(batch.source.id)
        ids["entity"].update(e.id for e in batch.entities)
        ids["relation"].update(r.id for r in batch.relations)
        ids["event"].update(e.id for e in batch.events)
        ids["attribute_value"].update(v.id for v in batch.attribute_values)
        ids["merge_record"].update(r.id for r in batch.merge_records)
        ids["merge_candidate"].update(c.id for c in batch.merge_candidates)
    return {kind: len(found) for kind, found in ids.items()}


KINDS = ("source", "entity", "relation", "event", "attribute_value", "merge_record", "merge_candidate")
