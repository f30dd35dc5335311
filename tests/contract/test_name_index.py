"""The name index every backend keeps in its write transactions (graph/nameindex.py), read by resolution and search.

Each test resolves through a fresh resolver view of the store (loaders.resolve.NameIndex with the store), so
what it finds comes from the store's own terms, not from a copy in memory.
"""

from __future__ import annotations

import os

import pytest

from api.search import SearchIndex
from graph import nameindex as ni
from graph.cypher.names import SET_INDEX_VERSION
from graph.model import EntityKind, RelationType, Retraction, StatementBatch
from graph.store import GraphStore, StoreError
from loaders.resolve import NameIndex, build_index
from tests.contract.builders import NOW, org, person, rel, source

ORG = EntityKind.ORGANIZATION


def resolve(store: GraphStore, name: str, kind: EntityKind = ORG) -> tuple[str | None, str | None, list[str]]:
    """(linked entity, rule, grey-zone look-alikes) for a mention, read from the store's index."""
    match, looks = build_index(store).resolve(kind, [name])
    return (match.entity_id if match else None), (match.rule if match else None), [m.entity_id for m in looks]


@pytest.fixture
def zhipu(store: GraphStore) -> GraphStore:
    zhipu = org(
        "Zhipu AI",
        aliases=("Z.ai", "Zhipu"),
        legal_name="Beijing Zhipu Huazhang Technology Co., Ltd.",
    )
    smic = org("Semiconductor Manufacturing International Corp.")
    store.write(StatementBatch(entities=(zhipu, smic, org("Tencent"), person("Tang Jie"))))
    return store


def test_a_name_finds_its_entity_by_its_exact_key(zhipu: GraphStore) -> None:
    assert resolve(zhipu, "ZHIPU AI") == ("org:zhipu-ai", "exact", [])
    assert resolve(zhipu, "Tang Jie", EntityKind.PERSON) == ("person:tang-jie", "exact", [])
    assert resolve(zhipu, "Tang Jie") == (None, None, [])  # kinds must agree


def test_an_alias_and_a_legal_name_find_the_entity(zhipu: GraphStore) -> None:
    assert resolve(zhipu, "z.ai") == ("org:zhipu-ai", "exact", [])
    assert resolve(zhipu, "Beijing Zhipu Huazhang Technology Co., Ltd.") == ("org:zhipu-ai", "exact", [])
    assert resolve(zhipu, "SMIC") == ("org:semiconductor-manufacturing-international-corp", "acronym", [])


def test_a_misspelt_name_is_a_fuzzy_candidate_and_search_finds_it(zhipu: GraphStore) -> None:
    assert resolve(zhipu, "Beijing Zhipu Huazhang Tecnology") == ("org:zhipu-ai", "fuzzy", [])
    assert resolve(zhipu, "Zhipu Huazang Technology")[2] == []  # not a block neighbour of any key: no look-alike
    found = SearchIndex().search(zhipu, "zhipu huazang")
    assert found and found[0].entity_id == "org:zhipu-ai"
    assert [c.id for c in zhipu.search_candidates("tencnet")] == ["org:tencent"]


def test_a_merged_entitys_names_lead_to_the_entity_it_was_merged_into_until_unmerged(zhipu: GraphStore) -> None:
    zhipu.write(StatementBatch(entities=(org("Zhipu Huazhang"),)))
    assert resolve(zhipu, "Zhipu Huazhang")[0] == "org:zhipu-huazhang"
    gone = zhipu.entities(["org:zhipu-huazhang"])["org:zhipu-huazhang"]
    merge = StatementBatch(
        entities=(gone.model_copy(update={"merged_into": "org:zhipu-ai"}),),
        retractions=(Retraction(target="entity", id=gone.id, at=NOW),),
    )
    zhipu.write(merge)
    assert resolve(zhipu, "Zhipu Huazhang")[0] == "org:zhipu-ai"
    assert zhipu.name_owners([gone.id])[gone.id].owner_id == "org:zhipu-ai"
    zhipu.write(StatementBatch(retractions=(Retraction(target="entity", id=gone.id, at=NOW, restore=True),)))
    assert resolve(zhipu, "Zhipu Huazhang")[0] == "org:zhipu-huazhang"
    assert resolve(zhipu, "Zhipu AI")[0] == "org:zhipu-ai"


def test_a_retracted_entity_is_no_longer_found(zhipu: GraphStore) -> None:
    zhipu.write(StatementBatch(retractions=(Retraction(target="entity", id="org:tencent", at=NOW),)))
    assert resolve(zhipu, "Tencent") == (None, None, [])
    assert "org:tencent" not in {c.id for c in zhipu.search_candidates("tencent")}


def test_a_failed_batch_leaves_no_name_behind_and_the_version_unchanged(zhipu: GraphStore) -> None:
    src = source("a first batch")
    invested = rel(RelationType.INVESTED_IN, "org:tencent", "org:zhipu-ai", src)
    zhipu.write(StatementBatch(source=src, relations=(invested,)))
    before = zhipu.version()
    moonshot = org("Moonshot AI", aliases=("Kimi Labs",))
    # Fails after the entity is written: the relation's id already links Tencent to Zhipu.
    moved = invested.model_copy(update={"subject_id": moonshot.id})
    with pytest.raises(StoreError, match="already links other entities"):
        zhipu.write(StatementBatch(entities=(moonshot,), relations=(moved,)))
    assert zhipu.version() == before
    terms = ni.entity_terms(ORG, moonshot.names) | ni.block_terms(ORG, "kimi labs") | ni.block_terms(ORG, "moonshot")
    stored = zhipu.name_terms(sorted(terms))
    assert not [t for t, v in stored.items() if {"org:moonshot-ai", "kimi labs", "moonshot"} & set(v.members)]
    assert "k:ORGANIZATION:kimi labs" not in stored
    assert resolve(zhipu, "Kimi Labs") == (None, None, [])
    assert zhipu.search_candidates("kimi labs") == []


def test_the_version_moves_with_every_change_and_only_then(zhipu: GraphStore) -> None:
    first = zhipu.version()
    assert first > 0
    assert zhipu.write(StatementBatch(entities=(org("Tencent"),))).version is None  # nothing changed
    assert zhipu.version() == first
    report = zhipu.write(StatementBatch(entities=(org("Tencent", aliases=("Tengxun",)),)))
    assert report.version == zhipu.version() == first + 1
    assert resolve(zhipu, "Tengxun")[0] == "org:tencent"


def test_reindex_rebuilds_the_same_terms_from_the_graph(zhipu: GraphStore) -> None:
    zhipu.write(StatementBatch(entities=(org("Zhipu AI", aliases=("GLM Lab",)), org("Moonshot AI"))))
    entities = zhipu.entities(
        ["org:zhipu-ai", "org:moonshot-ai", "org:tencent", "org:semiconductor-manufacturing-international-corp"]
    )
    terms: set[str] = set()
    for entity in entities.values():
        terms |= ni.entity_terms(entity.kind, entity.names)
        for name in entity.names:
            terms |= ni.block_terms(entity.kind, ni.normalize_key(name))
            terms |= {ni.gram_term(g) for g in ni.name_grams(ni.search_choice(name))}
    incremental = zhipu.name_terms(sorted(terms))
    version = zhipu.version()
    assert zhipu.reindex() > len(incremental) / 2
    rebuilt = zhipu.name_terms(sorted(terms))
    assert {t: (v.size, sorted(v.members)) for t, v in rebuilt.items()} == {
        t: (v.size, sorted(v.members)) for t, v in incremental.items()
    }
    assert zhipu.version() == version + 1  # readers' caches of the old terms are dropped
    assert resolve(zhipu, "GLM Lab")[0] == "org:zhipu-ai"


def test_a_resolver_view_reads_terms_not_every_name(zhipu: GraphStore) -> None:
    index = NameIndex(store=zhipu)
    index.resolve(ORG, ["Zhipu"])
    assert "k:ORGANIZATION:zhipu" in index.terms
    assert not any(t.startswith("k:PERSON:") for t in index.terms)
    assert "person:tang-jie" not in index.kind


def _another_process_view(store: GraphStore) -> GraphStore:
    """The same database as a process that has not read it yet would open it (read-only for the embedded store:
    a read-write open rebuilds an outdated index by itself)."""
    from graph.backends.ladybug import LadybugStore

    if isinstance(store, LadybugStore):
        store.close()
        return LadybugStore(store.path, read_only=True)
    from graph.backends.neo4j import Neo4jStore

    return Neo4jStore(
        os.environ["CKG_NEO4J_URI"],
        user=os.environ.get("CKG_NEO4J_USER", "neo4j"),
        password=os.environ.get("CKG_NEO4J_PASSWORD", ""),
        database=os.environ.get("CKG_NEO4J_DATABASE") or None,
    )


def test_an_index_missing_or_of_another_version_is_refused_not_read_as_empty(zhipu: GraphStore) -> None:
    zhipu._write_tx(lambda run: run(SET_INDEX_VERSION, {"id": "graph", "index_version": 0}))  # type: ignore[attr-defined]
    other = _another_process_view(zhipu)
    try:
        with pytest.raises(StoreError, match="ckg reindex"):
            resolve(other, "Zhipu AI")  # every name would look new: refused instead
    finally:
        if other is not zhipu:
            other.close()


def test_term_sizes_are_read_without_their_members(zhipu: GraphStore) -> None:
    wanted = [ni.word_term("zhipu"), ni.key_term(ORG, "tencent"), ni.word_term("nowhere")]
    stored = zhipu.name_terms(wanted)
    assert zhipu.name_term_sizes(wanted) == {t: v.size for t, v in stored.items()}
    assert ni.word_term("nowhere") not in zhipu.name_term_sizes(wanted)


def test_the_fuzzy_rule_reads_the_members_of_the_blocks_it_scores_only(zhipu: GraphStore) -> None:
    index = build_index(zhipu)
    index.prefetch([(ORG, ["Tencentt"])])
    match, _ = index.resolve(ORG, ["Tencentt"])
    assert match is not None and match.entity_id == "org:tencent"
    # The coarse block "tenc" is small here, so the fine one "tencen" that "tencent" shares is never read whole:
    # its size alone decided that.
    assert {t for t in index.terms if t.startswith("b:")} == {ni.block_term(ORG, "w:tenc")}
    assert index.size_of(ni.block_term(ORG, "W:tencen")) == 1
    assert ni.block_term(ORG, "W:tencen") not in index.terms


def test_search_keeps_its_candidates_rows_for_one_version_of_the_store(zhipu: GraphStore) -> None:
    assert [c.id for c in zhipu.search_candidates("tencent")] == ["org:tencent"]
    asked: list[list[str]] = []
    owners = zhipu.name_owners

    def spy(ids: list[str]) -> dict[str, object]:
        asked.append(list(ids))
        return owners(ids)  # type: ignore[return-value]

    zhipu.name_owners = spy  # type: ignore[method-assign,assignment]
    assert [c.id for c in zhipu.search_candidates("tencnet")] == ["org:tencent"]
    assert asked == []  # read by the first search
    zhipu.write(StatementBatch(entities=(org("Tencent", aliases=("Tengxun",)),)))
    (found,) = zhipu.search_candidates("tencent")
    assert "Tengxun" in found.names and asked == [["org:tencent"]]  # the write moved the version: read again
    zhipu.write(StatementBatch(retractions=(Retraction(target="entity", id="org:tencent", at=NOW),)))
    assert zhipu.search_candidates("tencent") == []
