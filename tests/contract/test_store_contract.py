"""The behaviour every GraphStore backend must show. Parametrised over backends by conftest."""

from __future__ import annotations

import json

import pytest

from graph.dates import PartialDate
from graph.exchange.records import HISTORY_KINDS
from graph.model import (
    Direction,
    EventKind,
    Money,
    Organization,
    RelationType,
    Retraction,
    StatementBatch,
)
from graph.names import normalize_key
from graph.store import EventQuery, GraphStore, OrganizationFilter, RelationQuery, StoreError
from tests.contract.builders import NOW, event, org, person, place, rel, source, value


def snapshot(store: GraphStore) -> list[str]:
    # The graph, not its history: the retraction and review logs grow with every retraction and restore.
    records = (r for r in store.export() if r.kind not in HISTORY_KINDS)
    return [json.dumps(r.model_dump(mode="json"), sort_keys=True) for r in records]


@pytest.fixture
def zhipu_batch() -> StatementBatch:
    src = source("Zhipu AI profile")
    zhipu = org(
        "Zhipu AI",
        aliases=("Z.ai", "Zhipu"),
        legal_name="Beijing Zhipu Huazhang Technology Co., Ltd.",
        categories=("ai_lab",),
        founded_on=PartialDate.parse("2019"),
    )
    tang = person("Tang Jie")
    tencent = org("Tencent", legal_name="Tencent Holdings Ltd.", categories=("investor",))
    beijing = place("Beijing")
    return StatementBatch(
        source=src,
        entities=(zhipu, tang, tencent, beijing),
        relations=(
            rel(RelationType.FOUNDED, tang.id, zhipu.id, src, valid_from="2019"),
            rel(RelationType.INVESTED_IN, tencent.id, zhipu.id, src, valid_from="2023", lead=False),
            rel(RelationType.HEADQUARTERED_IN, zhipu.id, beijing.id, src),
        ),
        events=(
            event(
                EventKind.FUNDING_ROUND,
                zhipu.id,
                src,
                date="2023",
                amount=Money(amount=2.5e9, currency="CNY"),
                participants=(tencent.id,),
            ),
        ),
        attribute_values=(value(zhipu.id, "employees", 800, src),),
    )


def test_written_entities_read_back_with_all_their_fields(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    stored = store.entities(["org:zhipu-ai"])["org:zhipu-ai"]
    assert isinstance(stored, Organization)
    assert stored.legal_name == "Beijing Zhipu Huazhang Technology Co., Ltd."
    assert stored.aliases == ("Z.ai", "Zhipu")
    assert stored.founded_on == PartialDate.parse("2019")
    assert store.stats().by_kind == {"ORGANIZATION": 2, "PERSON": 1, "PLACE": 1}


def test_names_aliases_and_legal_names_find_the_entity_after_normalisation(
    store: GraphStore, zhipu_batch: StatementBatch
) -> None:
    store.write(zhipu_batch)
    lookups = ["ZHIPU AI", "Z.ai", "zhipu", "Beijing Zhipu Huazhang Technology Co., Ltd.", "Tencent Holdings Ltd."]
    found = store.entities_by_key([normalize_key(n) for n in lookups])
    assert {k: [e.id for e in v] for k, v in found.items()} == {
        "zhipu ai": ["org:zhipu-ai"],
        "zai": ["org:zhipu-ai"],
        "zhipu": ["org:zhipu-ai"],
        "beijing zhipu huazhang technology": ["org:zhipu-ai"],
        "tencent": ["org:tencent"],
    }
    assert store.entities_by_key(["baichuan"]) == {"baichuan": []}


def test_rewriting_the_same_batch_changes_no_count_and_no_property(
    store: GraphStore, zhipu_batch: StatementBatch
) -> None:
    first = store.write(zhipu_batch)
    assert first.changed
    before_stats, before = store.stats(), snapshot(store)
    second = store.write(zhipu_batch)
    assert not second.changed
    assert store.stats() == before_stats
    assert snapshot(store) == before


def test_a_batch_that_fails_half_way_leaves_the_store_exactly_as_before(
    store: GraphStore, zhipu_batch: StatementBatch
) -> None:
    store.write(zhipu_batch)
    before = snapshot(store)
    src = source("a second document")
    newcomer = org("MiniMax")
    clash = person("Zhipu AI").model_copy(update={"id": "org:zhipu-ai"})  # same id, other kind: refused late
    bad = StatementBatch(
        source=src,
        entities=(newcomer, clash),
        relations=(rel(RelationType.INVESTED_IN, "org:tencent", newcomer.id, src),),
    )
    with pytest.raises(StoreError):
        store.write(bad)
    assert snapshot(store) == before
    assert store.source_by_sha256(src.sha256) is None


def test_a_statement_pointing_at_an_unknown_entity_is_refused_whole(store: GraphStore) -> None:
    src = source("dangling")
    a = org("Alpha")
    batch = StatementBatch(
        source=src, entities=(a,), relations=(rel(RelationType.INVESTED_IN, a.id, "org:nowhere", src),)
    )
    with pytest.raises(StoreError, match="org:nowhere"):
        store.write(batch)
    assert store.stats().entities == 0
    assert store.stats().sources == 0


def test_as_of_keeps_relations_valid_at_that_time_only(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)

    def types_at(as_of: str | None) -> set[RelationType]:
        query = RelationQuery(as_of=PartialDate.parse(as_of) if as_of else None)
        return {v.relation.type for v in store.relations(["org:zhipu-ai"], query)["org:zhipu-ai"]}

    assert types_at("2020") == {RelationType.FOUNDED, RelationType.HEADQUARTERED_IN}
    assert types_at("2023-06") == {RelationType.FOUNDED, RelationType.HEADQUARTERED_IN, RelationType.INVESTED_IN}
    assert types_at("2018") == set()  # Zhipu AI (founded 2019) did not exist: not even its undated headquarters
    assert len(types_at(None)) == 3


def test_relation_end_dates_close_the_period(store: GraphStore) -> None:
    src = source("employment")
    alice, acme = person("Alice"), org("Acme")
    store.write(
        StatementBatch(
            source=src,
            entities=(alice, acme),
            relations=(rel(RelationType.WORKS_AT, alice.id, acme.id, src, valid_from="2019-03", valid_to="2021"),),
        )
    )
    dates = ("2019-02", "2019", "2020")
    at = {d: store.relations([alice.id], RelationQuery(as_of=PartialDate.parse(d)))[alice.id] for d in dates}
    assert at["2019-02"] == [] and len(at["2019"]) == 1 and len(at["2020"]) == 1  # "2019" means 2019-12-31
    assert store.relations([alice.id], RelationQuery(as_of=PartialDate.parse("2021-01-01")))[alice.id] == []


def test_direction_and_type_filters(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    incoming = store.relations(["org:zhipu-ai"], RelationQuery(direction=Direction.IN))["org:zhipu-ai"]
    assert {(v.relation.type, v.other_id) for v in incoming} == {
        (RelationType.FOUNDED, "person:tang-jie"),
        (RelationType.INVESTED_IN, "org:tencent"),
    }
    assert all(v.direction is Direction.IN for v in incoming)
    outgoing = store.relations(["org:zhipu-ai"], RelationQuery(direction=Direction.OUT))["org:zhipu-ai"]
    assert [(v.relation.type, v.direction) for v in outgoing] == [(RelationType.HEADQUARTERED_IN, Direction.OUT)]
    founders = store.relations(["org:zhipu-ai"], RelationQuery(types=(RelationType.FOUNDED,)))["org:zhipu-ai"]
    assert [v.other_id for v in founders] == ["person:tang-jie"]


def test_conflicting_attribute_values_are_both_kept(store: GraphStore) -> None:
    a, b = source("one outlet"), source("another outlet")
    zhipu = org("Zhipu AI")
    usd3 = value(zhipu.id, "valuation", {"amount": 3e9, "currency": "USD"}, a, valid_from="2024")
    usd28 = value(zhipu.id, "valuation", {"amount": 2.8e9, "currency": "USD"}, b, valid_from="2024")
    store.write(StatementBatch(source=a, entities=(zhipu,), attribute_values=(usd3,)))
    store.write(StatementBatch(source=b, entities=(zhipu,), attribute_values=(usd28,)))
    history = store.attribute_values([zhipu.id], "valuation")[zhipu.id]
    assert sorted(v.value["amount"] for v in history) == [2.8e9, 3e9]
    assert {v.evidence[0].source_id for v in history} == {a.id, b.id}


def test_the_same_statement_from_two_sources_keeps_both_citations(store: GraphStore) -> None:
    a, b = source("first"), source("second")
    tang, zhipu = person("Tang Jie"), org("Zhipu AI")
    store.write(
        StatementBatch(
            source=a, entities=(tang, zhipu), relations=(rel(RelationType.FOUNDED, tang.id, zhipu.id, a, quote="x"),)
        )
    )
    store.write(
        StatementBatch(
            source=b, entities=(tang, zhipu), relations=(rel(RelationType.FOUNDED, tang.id, zhipu.id, b, quote="y"),)
        )
    )
    (view,) = store.relations([zhipu.id], RelationQuery())[zhipu.id]
    assert [e.source_id for e in view.relation.evidence] == [a.id, b.id]
    assert store.stats().relations == 1


def test_retraction_hides_a_statement_everywhere_and_restore_brings_it_back(
    store: GraphStore, zhipu_batch: StatementBatch
) -> None:
    store.write(zhipu_batch)
    invested = next(r for r in zhipu_batch.relations if r.type is RelationType.INVESTED_IN)
    assert store.paths("org:tencent", "person:tang-jie", 4)
    store.write(StatementBatch(retractions=(Retraction(target="relation", id=invested.id, at=NOW),)))
    assert store.stats().relations == 2
    assert store.paths("org:tencent", "person:tang-jie", 4) == []
    kept = store.relations(["org:tencent"], RelationQuery(include_retracted=True))["org:tencent"]
    assert kept[0].relation.retracted_at == NOW  # retracted, not deleted
    store.write(StatementBatch(retractions=(Retraction(target="relation", id=invested.id, at=NOW, restore=True),)))
    assert store.stats().relations == 3


def test_retracting_something_unknown_is_an_error_and_writes_nothing(store: GraphStore) -> None:
    with pytest.raises(StoreError, match="rel:missing"):
        store.write(StatementBatch(retractions=(Retraction(target="relation", id="rel:missing", at=NOW),)))


def test_merged_entities_are_found_through_the_one_they_were_merged_into(store: GraphStore) -> None:
    src = source("merge")
    keep, dup = org("Zhipu AI"), org("Zhipu Huazhang")
    store.write(StatementBatch(source=src, entities=(keep, dup)))
    store.write(
        StatementBatch(
            entities=(dup.model_copy(update={"merged_into": keep.id}),),
            retractions=(Retraction(target="entity", id=dup.id, at=NOW),),
        )
    )
    assert [e.id for e in store.entities_by_key(["zhipu huazhang"])["zhipu huazhang"]] == [keep.id]
    assert dup.id not in store.entities([dup.id])
    assert store.entities([dup.id], include_retracted=True)[dup.id].merged_into == keep.id
    store.write(StatementBatch(retractions=(Retraction(target="entity", id=dup.id, at=NOW, restore=True),)))
    restored = store.entities([dup.id])[dup.id]
    assert restored.merged_into is None and restored.retracted_at is None


def test_shortest_paths_carry_the_evidence_of_every_hop(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    (path,) = store.paths("person:tang-jie", "org:tencent", 4)
    assert [(h.from_id, h.to_id) for h in path.hops] == [
        ("person:tang-jie", "org:zhipu-ai"),
        ("org:zhipu-ai", "org:tencent"),
    ]
    assert [h.relation.type for h in path.hops] == [RelationType.FOUNDED, RelationType.INVESTED_IN]
    assert all(h.relation.evidence for h in path.hops)
    assert store.paths("person:tang-jie", "org:tencent", 1) == []
    assert store.paths("person:tang-jie", "org:tencent", 4, as_of=PartialDate.parse("2020")) == []


def test_paths_never_reuse_an_edge_or_a_node(store: GraphStore) -> None:
    # A triangle with a tail: walk semantics could bounce a-b-a; trail semantics never do.
    src = source("triangle")
    a, b, c, d = org("A Co"), org("B Co"), org("C Co"), org("D Co")
    relations = (
        rel(RelationType.SUPPLIES, a.id, b.id, src),
        rel(RelationType.SUPPLIES, b.id, c.id, src),
        rel(RelationType.SUPPLIES, c.id, a.id, src),
        rel(RelationType.SUPPLIES, c.id, d.id, src),
    )
    store.write(StatementBatch(source=src, entities=(a, b, c, d), relations=relations))
    paths = store.paths(a.id, d.id, 6, limit=10)
    assert [[h.to_id for h in p.hops] for p in paths] == [[c.id, d.id]]
    for path in paths:
        ids = [h.relation.id for h in path.hops]
        nodes = [path.hops[0].from_id, *(h.to_id for h in path.hops)]
        assert len(ids) == len(set(ids)) and len(nodes) == len(set(nodes))


def test_paths_list_every_shortest_route_up_to_the_limit(store: GraphStore) -> None:
    src = source("diamond")
    a, b1, b2, c = org("Start"), org("Mid One"), org("Mid Two"), org("End")
    relations = (
        rel(RelationType.INVESTED_IN, a.id, b1.id, src),
        rel(RelationType.INVESTED_IN, a.id, b2.id, src),
        rel(RelationType.INVESTED_IN, b1.id, c.id, src),
        rel(RelationType.INVESTED_IN, b2.id, c.id, src),
    )
    store.write(StatementBatch(source=src, entities=(a, b1, b2, c), relations=relations))
    assert len(store.paths(a.id, c.id, 4)) == 2
    assert len(store.paths(a.id, c.id, 4, limit=1)) == 1
    with pytest.raises(ValueError, match="maxHops"):
        store.paths(a.id, c.id, 50)


def test_unicode_names_round_trip_and_resolve(store: GraphStore) -> None:
    src = source("unicode")
    names = ["智谱", "Zhīpǔ Huázhāng", "Société Générale", 'O\'Brien & Co. "Quoted"', "مرحبا"]
    entities = tuple(org(n) for n in names)
    store.write(StatementBatch(source=src, entities=entities))
    stored = store.entities([e.id for e in entities])
    assert sorted(e.name for e in stored.values()) == sorted(names)
    assert [e.name for e in store.entities_by_key([normalize_key("zhipu huazhang")])["zhipu huazhang"]] == [
        "Zhīpǔ Huázhāng"
    ]
    assert [e.name for e in store.entities_by_key([normalize_key("智谱")])[normalize_key("智谱")]] == ["智谱"]


def test_a_cypher_shaped_name_is_stored_verbatim_and_deletes_nothing(
    store: GraphStore, zhipu_batch: StatementBatch
) -> None:
    store.write(zhipu_batch)
    before = store.stats()
    nasty = "x'}) DETACH DELETE n //"
    src = source("injection")
    store.write(StatementBatch(source=src, entities=(org(nasty, aliases=("$ids", "MATCH (n) RETURN n")),)))
    after = store.stats()
    assert after.entities == before.entities + 1 and after.relations == before.relations
    assert [e.name for e in store.entities_by_key([normalize_key(nasty)])[normalize_key(nasty)]] == [nasty]


def test_events_are_found_through_every_entity_taking_part(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    src = source("later news")
    undated = event(EventKind.PRICE_MOVE, "org:tencent", src, pct_change=-1.5, summary="Tencent slipped")
    dated = event(EventKind.ANALYST_ACTION, "org:tencent", src, date="2025-06-02", summary="upgrade")
    store.write(StatementBatch(source=src, events=(undated, dated)))
    kinds = [
        (e.kind, str(e.date) if e.date else None) for e in store.events(["org:tencent"], EventQuery())["org:tencent"]
    ]
    assert kinds == [
        (EventKind.FUNDING_ROUND, "2023"),  # Tencent took part in Zhipu's round
        (EventKind.ANALYST_ACTION, "2025-06-02"),
        (EventKind.PRICE_MOVE, None),  # undated last
    ]
    since = store.events(["org:tencent"], EventQuery(since=PartialDate.parse("2024")))["org:tencent"]
    assert [e.kind for e in since] == [EventKind.ANALYST_ACTION]
    only = store.events(["org:tencent"], EventQuery(kinds=(EventKind.PRICE_MOVE,)))["org:tencent"]
    assert [e.pct_change for e in only] == [-1.5]


def test_organizations_filter_and_page_with_cursors(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    src = source("more orgs")
    store.write(StatementBatch(source=src, entities=tuple(org(f"Org {i:02d}") for i in range(5))))
    first = store.organizations(OrganizationFilter(), 3, None)
    assert first.total == 7 and first.has_next and len(first.ids) == 3
    second = store.organizations(OrganizationFilter(), 3, first.end_cursor)
    third = store.organizations(OrganizationFilter(), 3, second.end_cursor)
    assert not third.has_next
    assert len(set(first.ids + second.ids + third.ids)) == 7

    def ids(**kw: object) -> tuple[str, ...]:
        return store.organizations(OrganizationFilter(**kw), 50, None).ids  # type: ignore[arg-type]

    assert ids(category="investor") == ("org:tencent",)
    assert ids(name_contains="ZHIPU") == ("org:zhipu-ai",)
    assert ids(name_contains="huazhang") == ("org:zhipu-ai",)  # legal name counts
    assert ids(headquartered_in="place:beijing") == ("org:zhipu-ai",)
    assert ids(invested_in_by="org:tencent") == ("org:zhipu-ai",)
    assert ids(founded_after=PartialDate.parse("2018")) == ("org:zhipu-ai",)
    assert ids(founded_before=PartialDate.parse("2019")) == ()
    with pytest.raises(ValueError, match="cursor"):
        store.organizations(OrganizationFilter(), 3, "not-a-cursor")


def test_sources_are_listed_and_found_by_content_hash(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    assert zhipu_batch.source is not None
    assert store.source_by_sha256(zhipu_batch.source.sha256) == zhipu_batch.source
    assert store.source_by_sha256("0" * 64) is None
    page = store.list_sources(10, None)
    assert page.ids == (zhipu_batch.source.id,) and page.total == 1 and not page.has_next


def test_neighbourhood_expands_hop_by_hop(store: GraphStore, zhipu_batch: StatementBatch) -> None:
    store.write(zhipu_batch)
    one = store.neighbourhood("person:tang-jie", hops=1)
    assert {e.id for e in one.entities} == {"person:tang-jie", "org:zhipu-ai"}
    two = store.neighbourhood("person:tang-jie", hops=2)
    assert {e.id for e in two.entities} == {"person:tang-jie", "org:zhipu-ai", "org:tencent", "place:beijing"}
    assert len(two.relations) == 3
    capped = store.neighbourhood("person:tang-jie", hops=2, limit=2)
    assert len(capped.entities) == 2


def test_upserts_fill_in_and_never_erase(store: GraphStore) -> None:
    a = org("Acme", aliases=("ACME",))
    store.write(StatementBatch(entities=(a,)))
    store.write(
        StatementBatch(entities=(org("Acme", aliases=("Acme Rockets",), founded_on=PartialDate.parse("2001-05")),))
    )
    store.write(StatementBatch(entities=(org("Acme"),)))
    stored = store.entities([a.id])[a.id]
    assert isinstance(stored, Organization)
    assert stored.aliases == ("ACME", "Acme Rockets")
    assert stored.founded_on == PartialDate.parse("2001-05")
    assert [e.id for e in store.entities_by_key(["acme rockets"])["acme rockets"]] == [a.id]


def test_a_ten_thousand_statement_batch_is_written_once_and_idempotently(store: GraphStore) -> None:
    src = source("bulk")
    investors = tuple(org(f"Fund {i}") for i in range(100))
    companies = tuple(org(f"Startup {i}") for i in range(1000))
    relations = tuple(
        rel(RelationType.INVESTED_IN, investors[(i * 7 + j) % 100].id, c.id, src)
        for i, c in enumerate(companies)
        for j in range(10)
    )
    batch = StatementBatch(source=src, entities=investors + companies, relations=relations)
    assert batch.statement_count == 10_000
    report = store.write(batch)
    assert report.created["relations"] == 10_000
    assert store.stats().relations == 10_000
    again = store.write(batch)
    assert not again.changed
    assert store.stats().relations == 10_000
