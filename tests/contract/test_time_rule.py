"""The time rule (graph/validity.py) as every backend applies it: asOf means the end of the period named,
undated statements hold from the later of their ends' beginnings, nothing holds once an end has ended."""

from __future__ import annotations

import datetime as dt

from graph.dates import PartialDate
from graph.model import EntityKind, Product, ProductKind, RelationType, StatementBatch, entity_id
from graph.store import GraphStore, RelationQuery
from tests.contract.builders import org, person, place, rel, source

d = PartialDate.parse


def _others_at(store: GraphStore, entity: str, as_of: str | None) -> set[str]:
    query = RelationQuery(as_of=d(as_of) if as_of else None)
    return {v.other_id for v in store.relations([entity], query)[entity]}


def _minimax(store: GraphStore) -> None:
    src = source("MiniMax profile")
    minimax = org("MiniMax", founded_on=d("2021-12"))
    tencent = org("Tencent", founded_on=d("1998-11"))
    yan = person("Yan Junjie")
    shanghai = place("Shanghai")
    glow = Product(
        id=entity_id(EntityKind.PRODUCT, "Glow"),
        name="Glow",
        product_kind=ProductKind.APP,
        released_on=d("2022-10"),
        discontinued_on=d("2023"),
    )
    relations = (
        rel(RelationType.INVESTED_IN, tencent.id, minimax.id, src),
        rel(RelationType.HEADQUARTERED_IN, minimax.id, shanghai.id, src),
        rel(RelationType.FOUNDED, yan.id, minimax.id, src, valid_from="2021-12"),
        rel(RelationType.DEVELOPED, minimax.id, glow.id, src),
    )
    store.write(StatementBatch(source=src, entities=(minimax, tencent, yan, shanghai, glow), relations=relations))


def test_nothing_holds_before_an_end_exists(store: GraphStore) -> None:
    _minimax(store)
    assert _others_at(store, "org:minimax", "2015") == set()
    assert _others_at(store, "org:minimax", "2021-11") == set()
    assert store.relations(["org:tencent"], RelationQuery(as_of=d("2020")))["org:tencent"] == []


def test_a_year_as_of_means_its_last_day(store: GraphStore) -> None:
    _minimax(store)
    assert _others_at(store, "org:minimax", "2021") == {"org:tencent", "place:shanghai", "person:yan-junjie"}
    assert _others_at(store, "person:yan-junjie", "2021") == {"org:minimax"}


def test_undated_relations_say_their_start_is_derived(store: GraphStore) -> None:
    _minimax(store)
    views = {v.other_id: v for v in store.relations(["org:minimax"], RelationQuery())["org:minimax"]}
    invested = views["org:tencent"].validity
    assert (invested.valid_from, invested.dated) == (d("2021-12"), False)  # the later of 1998-11 and 2021-12
    founded = views["person:yan-junjie"].validity
    assert (founded.valid_from, founded.dated) == (d("2021-12"), True)
    assert views["place:shanghai"].validity.valid_from == d("2021-12")  # a place has no known lifetime


def test_a_discontinued_product_ends_its_relations(store: GraphStore) -> None:
    _minimax(store)
    assert "product:glow" in _others_at(store, "org:minimax", "2022-10")
    assert "product:glow" not in _others_at(store, "org:minimax", "2023")
    assert "product:glow" not in _others_at(store, "org:minimax", "2022-09")  # not yet released
    developed = next(v for v in store.relations(["product:glow"], RelationQuery())["product:glow"])
    assert (developed.validity.valid_from, developed.validity.valid_to) == (d("2022-10"), d("2023"))


def test_a_former_relation_without_an_end_ended_before_its_source_said_so(store: GraphStore) -> None:
    src = source("founder profile")  # recorded 2026-11-01 (builders.NOW)
    yan, sensetime = person("Yan Junjie"), org("SenseTime", founded_on=d("2014-10"))
    former = rel(RelationType.WORKS_AT, yan.id, sensetime.id, src, former=True)
    store.write(StatementBatch(source=src, entities=(yan, sensetime), relations=(former,)))
    assert _others_at(store, yan.id, "2015") == {sensetime.id}
    assert _others_at(store, yan.id, "2026-10") == {sensetime.id}
    assert _others_at(store, yan.id, "2026") == set()
    assert _others_at(store, yan.id, "2013") == set()
    (view,) = store.relations([yan.id], RelationQuery())[yan.id]
    assert view.validity.ended_before == PartialDate.from_date(dt.date(2026, 11, 1)) == view.validity.valid_to


def test_a_dissolved_organization_holds_nothing_after_it_ends(store: GraphStore) -> None:
    src = source("dissolution")
    shell, parent = org("Shell Co", founded_on=d("2010"), dissolved_on=d("2015-06")), org("Parent Co")
    subsidiary = rel(RelationType.SUBSIDIARY_OF, shell.id, parent.id, src, valid_from="2012")
    store.write(StatementBatch(source=src, entities=(shell, parent), relations=(subsidiary,)))
    assert _others_at(store, parent.id, "2015-05") == {shell.id}
    assert _others_at(store, parent.id, "2015-06") == set()


def test_paths_as_of_walk_only_relations_that_hold_then(store: GraphStore) -> None:
    src = source("paths in time")
    start, end = org("Start Co", founded_on=d("2000")), org("End Co", founded_on=d("2000"))
    young, old1, old2 = org("Young Co", founded_on=d("2020")), org("Old One", founded_on=d("2001")), org("Old Two")
    relations = (
        rel(RelationType.SUPPLIES, start.id, young.id, src),
        rel(RelationType.SUPPLIES, young.id, end.id, src),
        rel(RelationType.SUPPLIES, start.id, old1.id, src),
        rel(RelationType.SUPPLIES, old1.id, old2.id, src),
        rel(RelationType.SUPPLIES, end.id, old2.id, src, valid_from="2005"),
    )
    store.write(StatementBatch(source=src, entities=(start, end, young, old1, old2), relations=relations))
    assert [[h.to_id for h in p.hops] for p in store.paths(start.id, end.id, 4)] == [[young.id, end.id]]
    (path,) = store.paths(start.id, end.id, 4, as_of=d("2010"))
    assert [h.to_id for h in path.hops] == [old1.id, old2.id, end.id]  # Young Co did not exist in 2010
    assert [h.forward for h in path.hops] == [True, True, False]
    assert path.hops[0].validity.valid_from == d("2001") and not path.hops[0].validity.dated
    assert path.hops[2].validity.dated
    assert store.paths(start.id, end.id, 4, as_of=d("2004")) == []
    assert len(store.paths(start.id, end.id, 4, as_of=d("2020"))) == 1  # the short way again
