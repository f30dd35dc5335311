"""Business rules the API relies on, tested without HTTP: history conflicts, timeline order, parent chains."""

from __future__ import annotations

import asyncio

from api.hierarchy import choose_parent, ultimate_parent
from graph.dates import PartialDate
from graph.history import conflict_map, conflicts, order_history
from graph.model import AttributeValue, Event, EventKind, Relation, RelationType
from graph.timeline import order_timeline


def value(
    id_: str, v: object, start: str | None, end: str | None = None, attribute: str = "employees"
) -> AttributeValue:
    return AttributeValue(
        id=id_,
        entity_id="org:a",
        attribute=attribute,
        value=v,
        valid_from=PartialDate.parse(start) if start else None,
        valid_to=PartialDate.parse(end) if end else None,
    )


def event(id_: str, date: str | None) -> Event:
    return Event(
        id=id_, kind=EventKind.OTHER, date=PartialDate.parse(date) if date else None, subject_id="org:a", summary=id_
    )


def test_different_values_for_overlapping_periods_point_at_each_other() -> None:
    year, may = value("v1", 100, "2024"), value("v2", 120, "2024-05")
    found = conflict_map([may, year])
    assert [v.id for v in found["v1"]] == ["v2"]
    assert [v.id for v in found["v2"]] == ["v1"]


def test_equal_values_and_disjoint_periods_do_not_conflict() -> None:
    assert not conflicts(value("v1", 100, "2024"), value("v2", 100, "2024-05"))
    assert not conflicts(value("v1", 100, "2023", "2024"), value("v2", 120, "2024"))
    assert not conflicts(value("v1", 100, "2024"), value("v2", 120, "2024", attribute="users"))


def test_history_is_oldest_first_with_undated_values_last() -> None:
    ordered = order_history([value("c", 3, None), value("b", 2, "2024-02"), value("a", 1, "2023")])
    assert [v.id for v in ordered] == ["a", "b", "c"]


def test_timeline_is_oldest_first_coarse_before_fine_and_undated_last() -> None:
    events = [event("e4", None), event("e3", "2024-03-15"), event("e1", "2023"), event("e2", "2024"), event("e0", None)]
    assert [e.id for e in order_timeline(events)] == ["e1", "e2", "e3", "e0", "e4"]


def sub(child: str, parent: str, start: str | None = None, pct: float | None = None) -> Relation:
    properties = {} if pct is None else {"ownership_pct": pct}
    return Relation(
        id=f"rel:{child}-{parent}",
        type=RelationType.SUBSIDIARY_OF,
        subject_id=child,
        object_id=parent,
        valid_from=PartialDate.parse(start) if start else None,
        properties=properties,
    )


def test_parent_is_the_largest_stake_then_the_latest_start() -> None:
    assert choose_parent([sub("a", "b", pct=20), sub("a", "c", pct=60)], "a") == "c"
    assert choose_parent([sub("a", "b", "2019"), sub("a", "c", "2023")], "a") == "c"
    assert choose_parent([sub("x", "a")], "a") is None


def test_ultimate_parent_walks_to_the_top_and_survives_cycles() -> None:
    chain = {"t-head": "cloud", "cloud": "group"}
    cycle = {"a": "b", "b": "c", "c": "a"}

    async def top(start: str, parents: dict[str, str]) -> str | None:
        async def parent_of(entity_id: str) -> str | None:
            return parents.get(entity_id)

        return await ultimate_parent(start, parent_of)

    assert asyncio.run(top("t-head", chain)) == "group"
    assert asyncio.run(top("group", chain)) is None
    assert asyncio.run(top("a", cycle)) == "c"
