"""The launch seeds, loaded into a real store: the issue's "Done means" facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore
from graph.dates import PartialDate
from graph.model import EventKind, Money, RelationType
from graph.names import normalize_key
from graph.store import EventQuery, RelationQuery
from loaders.pipeline import load_paths
from loaders.reports import LoadReport
from tests.loaders.conftest import SEEDS


# One store for the module: the tests only read it (the reload test writes nothing, which it checks).
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LadybugStore]:
    opened = LadybugStore(tmp_path_factory.mktemp("seeds") / "graph")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def loaded(store: LadybugStore) -> LoadReport:
    report = load_paths(store, [SEEDS])
    assert not report.failed, [d.error for d in report.failed]
    return report


def the(store: LadybugStore, name: str) -> str:
    key = normalize_key(name)
    (entity,) = store.entities_by_key([key])[key]
    return entity.id


def test_loading_the_seeds_twice_changes_nothing(store: LadybugStore, seeds: Path, loaded: LoadReport) -> None:
    stats = store.stats()
    export = sorted(r.model_dump_json() for r in store.export())
    again = load_paths(store, [seeds])
    assert len(again.documents) == len(loaded.documents) == 14
    assert all(d.unchanged for d in again.documents)
    assert again.created == again.statements == 0
    assert store.stats() == stats
    assert sorted(r.model_dump_json() for r in store.export()) == export


def test_minimax_founders_were_both_at_sensetime(store: LadybugStore, loaded: LoadReport) -> None:
    minimax, sensetime = the(store, "MiniMax"), the(store, "SenseTime")
    founders = store.relations([minimax], RelationQuery(types=(RelationType.FOUNDED,)))[minimax]
    names = store.entities([v.other_id for v in founders])
    assert sorted(e.name for e in names.values()) == ["Yan Junjie", "Zhou Yucong"]
    for person in names:
        jobs = store.relations([person], RelationQuery(types=(RelationType.WORKS_AT,)))[person]
        assert [(v.other_id, v.relation.properties.get("former")) for v in jobs] == [(sensetime, True)]


def test_zhipu_names_resolve_to_one_entity(store: LadybugStore, loaded: LoadReport) -> None:
    names = ["Z.ai", "Zhipu", "Zhipu AI", "Beijing Zhipu Huazhang Technology Co., Ltd."]
    assert {the(store, n) for n in names} == {"org:zhipu-ai"}


def test_t_head_is_a_subsidiary_of_alibaba(store: LadybugStore, loaded: LoadReport) -> None:
    t_head = the(store, "T-Head")
    parents = store.relations([t_head], RelationQuery(types=(RelationType.SUBSIDIARY_OF,)))[t_head]
    assert {v.other_id for v in parents if v.relation.subject_id == t_head} == {the(store, "Alibaba")}
    assert the(store, "Alibaba Group Holding Ltd.") == the(store, "Alibaba")


def test_minimax_march_2024_round(store: LadybugStore, loaded: LoadReport) -> None:
    minimax, alibaba = the(store, "MiniMax"), the(store, "Alibaba")
    (round_,) = store.events([minimax], EventQuery(kinds=(EventKind.FUNDING_ROUND,)))[minimax]
    assert round_.date == PartialDate(2024, 3)
    assert round_.amount == Money(amount=600_000_000, currency="USD")
    assert round_.post_money == Money(amount=2_500_000_000, currency="USD")
    assert round_.leads == (alibaba,)
    investors = store.relations([minimax], RelationQuery(types=(RelationType.INVESTED_IN,)))[minimax]
    lead = [v for v in investors if v.other_id == alibaba]
    assert len(lead) == 1 and lead[0].relation.properties == {"lead": True} and lead[0].relation.round_id == round_.id
    valuations = store.attribute_values([minimax], "valuation")[minimax]
    assert [v.value for v in valuations] == [{"amount": 2_500_000_000, "currency": "USD"}]


def test_both_conflicting_zhipu_valuations_are_kept(store: LadybugStore, loaded: LoadReport) -> None:
    zhipu = the(store, "Zhipu AI")
    values = store.attribute_values([zhipu], "valuation")[zhipu]
    assert sorted(v.value["amount"] for v in values) == [2_800_000_000, 3_000_000_000]
    assert {str(v.valid_from) for v in values} == {"2024"}


def test_every_relation_event_and_value_has_evidence(store: LadybugStore, loaded: LoadReport) -> None:
    records = list(store.export())
    statements = [r for r in records if r.kind in ("relation", "event", "attribute_value")]
    assert len(statements) > 60
    sources = {r.data["id"] for r in records if r.kind == "source"}
    for record in statements:
        evidence = record.data["evidence"]
        assert isinstance(evidence, list) and evidence, record.data["id"]
        assert all(e["source_id"] in sources and e["quote"] for e in evidence)


def test_uncertain_dates_keep_their_precision(store: LadybugStore, loaded: LoadReport) -> None:
    minimax = store.entities([the(store, "MiniMax")])[the(store, "MiniMax")]
    assert getattr(minimax, "founded_on", None) == PartialDate(2021, 12)
    glow = store.entities(["product:glow"])["product:glow"]
    assert getattr(glow, "released_on", None) == PartialDate(2022, 10)
    assert getattr(glow, "discontinued_on", None) == PartialDate(2023)


def test_a_bare_mention_does_not_erase_what_a_profile_stated(store: LadybugStore, loaded: LoadReport) -> None:
    # minimax.yaml only compares MiniMax-M1 to DeepSeek R1; deepseek.yaml says it is a MODEL.
    r1 = store.entities(["product:deepseek-r1"])["product:deepseek-r1"]
    assert getattr(r1, "product_kind", None) == "MODEL"
    t_head = store.entities([the(store, "T-Head")])[the(store, "T-Head")]
    assert set(getattr(t_head, "categories", ())) == {"company", "chipmaker"}
