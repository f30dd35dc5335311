"""A synthetic graph built in code: every record kind, retracted and merged records, awkward text."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from typing import TypeVar

from graph.dates import PartialDate
from graph.model import (
    AttributeValue,
    Entity,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    MergeCandidate,
    MergeRecord,
    Money,
    Organization,
    Person,
    Place,
    Product,
    ProductKind,
    Relation,
    RelationType,
    Source,
    StatementBatch,
    attribute_value_id,
    entity_id,
    event_id,
    relation_id,
    source_id,
)
from graph.store import GraphStore

R = TypeVar("R", Relation, Event, AttributeValue)
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
# Text that breaks naive writers: quotes, backslashes, newlines, XML specials, control and non-BMP characters.
AWKWARD = ('O\'Brien "Labs"', "back\\slash", "two\nlines\r\tand tab", "<&> ]]>", "ctl\x01\x1f\x7f", "智谱 AI 🚀")


def _at(i: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=i)


def _date(rng: random.Random) -> PartialDate:
    text = rng.choice(["{y}", "{y}-{m:02d}", "{y}-{m:02d}-{d:02d}"])
    return PartialDate.parse(text.format(y=rng.randint(1995, 2026), m=rng.randint(1, 12), d=rng.randint(1, 28)))


def _entity(i: int, rng: random.Random, sources: list[Source]) -> Entity:
    name = f"{AWKWARD[i % len(AWKWARD)]} {i}" if i % 97 == 0 else f"Company {i}"
    common = {"aliases": (f"C{i}",) if i % 3 == 0 else (), "source_ids": (sources[i % len(sources)].id,)}
    common["recorded_at"] = _at(i)  # type: ignore[assignment]
    match i % 4:
        case 0:
            return Organization(
                id=entity_id(EntityKind.ORGANIZATION, name),
                name=name,
                legal_name=f"{name} Co., Ltd." if i % 8 == 0 else None,
                categories=("ai", "chips")[: i % 3],
                founded_on=_date(rng) if i % 5 else None,
                description=f"desc {i}" if i % 2 else None,
                **common,  # type: ignore[arg-type]
            )
        case 1:
            return Person(id=entity_id(EntityKind.PERSON, name), name=name, **common)  # type: ignore[arg-type]
        case 2:
            return Product(
                id=entity_id(EntityKind.PRODUCT, name),
                name=name,
                product_kind=ProductKind.MODEL,
                released_on=_date(rng),
                attributes={"params": i * 1.5, "open": i % 2 == 0, "tags": ["a", {"b": None}]},
                **common,  # type: ignore[arg-type]
            )
        case _:
            return Place(id=entity_id(EntityKind.PLACE, name), name=name, **common)  # type: ignore[arg-type]


def synthetic_batches(n_entities: int = 10_000, seed: int = 7) -> Iterator[StatementBatch]:
    """Batches that build the graph: sources, entities, statements, the merge log; some records retracted."""
    rng = random.Random(seed)
    sources = []
    for i in range(max(n_entities // 200, 3)):
        sha = hashlib.sha256(f"doc {i}".encode()).hexdigest()
        sources.append(
            Source(
                id=source_id(sha),
                sha256=sha,
                title=f"{AWKWARD[i % len(AWKWARD)]} report {i}",
                url=f"https://example.com/{i}?a=1&b=2" if i % 2 else None,
                published_at=_date(rng) if i % 3 else None,
                format="article" if i % 2 else "profile",
                loaded_at=_at(i),
            )
        )
    yield from (StatementBatch(source=s) for s in sources)
    entities = [_entity(i, rng, sources) for i in range(n_entities)]
    ids = [e.id for e in entities]
    merged, merge_records, merge_candidates = _merge_log(entities)
    for start in range(0, n_entities, 2500):
        yield StatementBatch(entities=tuple(merged[start : start + 2500]))

    def evidence(i: int) -> tuple[Evidence, ...]:
        src = sources[i % len(sources)]
        quote = f"{AWKWARD[i % len(AWKWARD)]} said {i}"
        return (
            Evidence(source_id=src.id, quote=quote, start=i, end=i + len(quote), confidence=0.5, recorded_at=_at(i)),
        )

    relations = []
    for i in range(int(n_entities * 1.5)):
        a, b = rng.sample(ids, 2)
        type_ = rng.choice(list(RelationType))
        relations.append(
            Relation(
                id=relation_id(type_, a, b, i),
                type=type_,
                subject_id=a,
                object_id=b,
                valid_from=_date(rng) if i % 2 else None,
                valid_to=_date(rng) if i % 7 == 0 else None,
                properties={"role": "CEO", "share": i / 1000} if i % 5 == 0 else {},
                evidence=evidence(i),
                recorded_at=_at(i),
            )
        )
    events = []
    for i in range(n_entities // 5):
        subject = ids[(i * 7) % len(ids)]
        kind = rng.choice(list(EventKind))
        events.append(
            Event(
                id=event_id(kind, subject, i),
                kind=kind,
                date=_date(rng) if i % 4 else None,
                subject_id=subject,
                actor_id=ids[(i * 11 + 1) % len(ids)] if i % 3 == 0 else None,
                summary=f"{AWKWARD[i % len(AWKWARD)]} happened {i}",
                amount=Money(amount=i * 1e6, currency="USD") if kind is EventKind.FUNDING_ROUND else None,
                pct_change=-3.25 if kind is EventKind.PRICE_MOVE else None,
                leads=(ids[(i * 13 + 2) % len(ids)],) if i % 2 else (),
                participants=tuple(ids[(i * 17 + k) % len(ids)] for k in range(3, 3 + i % 4)),
                evidence=evidence(i),
                recorded_at=_at(i),
            )
        )
    values = []
    for i in range(n_entities // 5):
        owner = ids[(i * 3) % len(ids)]
        value: object = [i, "x"] if i % 3 == 0 else {"n": i} if i % 3 == 1 else f"v{i}"
        values.append(
            AttributeValue(
                id=attribute_value_id(owner, "headcount", repr(value), i),
                entity_id=owner,
                attribute="headcount",
                value=value,
                valid_from=_date(rng) if i % 2 else None,
                evidence=evidence(i),
                recorded_at=_at(i),
            )
        )
    relations = _retire(relations, 50, 9_000)
    for start in range(0, len(relations), 5000):
        yield StatementBatch(relations=tuple(relations[start : start + 5000]))
    yield StatementBatch(events=tuple(_retire(events, 40, 9_500)), attribute_values=tuple(_retire(values, 40, 9_600)))
    yield StatementBatch(merge_records=tuple(merge_records), merge_candidates=tuple(merge_candidates))


def _retire(records: list[R], every: int, at: int) -> list[R]:
    """Every `every`-th record written already retracted (as an import writes a retracted record)."""
    return [r.model_copy(update={"retracted_at": _at(at + i)}) if i % every == 0 else r for i, r in enumerate(records)]


def _merge_log(entities: list[Entity]) -> tuple[list[Entity], list[MergeRecord], list[MergeCandidate]]:
    """Merge every 20th entity of the first 400 into its neighbour of the same kind (the merged one is retracted)."""
    merged = list(entities)
    records = []
    candidates = []
    for i in range(0, min(len(entities) - 4, 400), 20):
        keep, gone = i, i + 1 if entities[i + 1].kind == entities[i].kind else i + 4
        merged[gone] = entities[gone].model_copy(
            update={"merged_into": entities[keep].id, "retracted_at": _at(10_000 + i)}
        )
        records.append(
            MergeRecord(
                id=f"merge:{entities[keep].id}:{entities[gone].id}",
                keep_id=entities[keep].id,
                merge_id=entities[gone].id,
                reason="same company" if i % 40 else None,
                score=0.93 if i % 3 else None,
                merged_at=_at(10_000 + i),
                undone_at=_at(11_000 + i) if i % 60 == 0 else None,
                moved_relations=(f"rel:moved{i}",),
                retired_relations=(f"rel:old{i}",),
            )
        )
        candidates.append(
            MergeCandidate(
                id=f"candidate:{i}",
                new_id=entities[i + 2].id,
                existing_id=entities[keep].id,
                score=0.81,
                mention=f"{AWKWARD[i % len(AWKWARD)]} mention",
                recorded_at=_at(12_000 + i),
            )
        )
    return merged, records, candidates


def build(store: GraphStore, n_entities: int = 10_000) -> None:
    for batch in synthetic_batches(n_entities):
        store.write(batch)
