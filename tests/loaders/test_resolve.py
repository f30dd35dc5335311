"""Entity resolution: the same company is one node, look-alikes stay apart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from graph.model import EntityKind, RelationType, Source
from graph.names import normalize_key
from graph.store import NameEntry
from loaders.batch import resolve_draft
from loaders.drafts import DocumentDraft, EntityDraft, RelationDraft, SourceMeta, Span
from loaders.resolve import IndexGazetteer, NameIndex, acronyms_of, core_key, looks_like_acronym

ORG = EntityKind.ORGANIZATION
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def index_of(*entities: tuple[str, EntityKind, list[str]]) -> NameIndex:
    entries = [
        NameEntry(entity_id=eid, kind=kind, text=name, is_primary=i == 0)
        for eid, kind, names in entities
        for i, name in enumerate(names)
    ]
    return NameIndex(entries)


def known() -> NameIndex:
    return index_of(
        ("org:zhipu-ai", ORG, ["Zhipu AI", "Z.ai", "Zhipu", "Beijing Zhipu Huazhang Technology Co., Ltd."]),
        ("org:alibaba", ORG, ["Alibaba", "Alibaba Group", "Alibaba Group Holding Ltd."]),
        ("org:baidu", ORG, ["Baidu", "Baidu Inc."]),
        ("org:google", ORG, ["Google"]),
        ("org:smic", ORG, ["Semiconductor Manufacturing International Corp."]),
        ("org:hkex", ORG, ["HKEX"]),
        ("org:sensetime", ORG, ["SenseTime"]),
        ("person:yan-junjie", EntityKind.PERSON, ["Yan Junjie"]),
        ("product:glm-4.5v", EntityKind.PRODUCT, ["GLM-4.5V"]),
        ("org:tencent", ORG, ["Tencent", "Tencent Holdings Ltd."]),
    )


def resolved(index: NameIndex, kind: EntityKind, name: str, authoritative: bool = False) -> str | None:
    match, _ = index.resolve(kind, [name], authoritative=authoritative)
    return match.entity_id if match else None


def test_aliases_legal_names_and_case_resolve_to_one_entity() -> None:
    index = known()
    for name in ["Z.ai", "Zhipu", "ZHIPU AI", "zhipu ai", "Beijing Zhipu Huazhang Technology Co., Ltd."]:
        assert resolved(index, ORG, name) == "org:zhipu-ai", name


def test_legal_suffixes_do_not_matter() -> None:
    index = known()
    for name in ["Alibaba Group Holding Limited", "Alibaba Group Holding Ltd", "Baidu, Inc.", "Tencent Holdings"]:
        assert resolved(index, ORG, name) in {"org:alibaba", "org:baidu", "org:tencent"}, name
    assert resolved(index, ORG, "Baidu Incorporated") == "org:baidu"


def test_acronyms_resolve_both_ways() -> None:
    index = known()
    assert resolved(index, ORG, "SMIC") == "org:smic"
    assert looks_like_acronym("SMIC") and not looks_like_acronym("Smic Robotics Holdings")
    assert "smic" in acronyms_of("Semiconductor Manufacturing International Corp.")
    assert resolved(index, ORG, "Hong Kong Exchanges") is None  # initials "hke" are not "hkex"


def test_acronym_of_a_long_mention_finds_the_short_entity() -> None:
    index = index_of(("org:tsmc", ORG, ["TSMC"]))
    assert resolved(index, ORG, "Taiwan Semiconductor Manufacturing Company") == "org:tsmc"


def test_a_versioned_product_is_not_read_as_the_initials_of_another() -> None:
    # "Kling 2.0" has the "initials" K2, which is Kimi K2's short form: products do not use the acronym rule.
    product = EntityKind.PRODUCT
    index = index_of(("product:kimi-k2", product, ["Kimi K2", "K2"]), ("product:kling", product, ["Kling"]))
    assert resolved(index, product, "Kling 2.0") != "product:kimi-k2"
    assert resolved(index, product, "K2") == "product:kimi-k2"
    assert "k2" not in acronyms_of("Kling 2.0")


def test_look_alikes_are_never_merged() -> None:
    index = known()
    assert resolved(index, ORG, "Baichuan") is None
    assert resolved(index, ORG, "Alibaba Cloud") is None
    assert resolved(index, ORG, "Google China") is None
    assert resolved(index, EntityKind.PRODUCT, "GLM-4.6V") is None
    match, looks = index.resolve(ORG, ["Alibaba Cloud"])
    assert match is None and looks == []  # a unit of Alibaba, not even a merge candidate


def test_kinds_must_agree() -> None:
    index = known()
    assert resolved(index, EntityKind.PERSON, "Alibaba") is None
    assert resolved(index, ORG, "Yan Junjie") is None


def test_typos_link_and_reordered_person_names_link() -> None:
    index = known()
    assert resolved(index, ORG, "Sensetimes") == "org:sensetime"
    assert resolved(index, EntityKind.PERSON, "Junjie Yan") == "person:yan-junjie"


def test_descriptor_words_do_not_split_a_company() -> None:
    index = index_of(("org:moonshot-ai", ORG, ["Moonshot AI"]))
    assert core_key("moonshot ai") == "moonshot"
    assert resolved(index, ORG, "Moonshot") == "org:moonshot-ai"
    assert resolved(index, ORG, "Moonshot Technology Co., Ltd.") == "org:moonshot-ai"
    assert resolved(index, ORG, "Moonshot AI Technology") == "org:moonshot-ai"


def test_a_lab_of_a_company_is_not_the_company() -> None:
    index = known()
    assert resolved(index, ORG, "Tencent AI Lab") is None
    assert resolved(index, ORG, "Alibaba DAMO Academy") is None


def test_grey_zone_creates_a_new_entity_with_a_merge_candidate() -> None:
    index = index_of(("org:hillhouse-investment", ORG, ["Hillhouse Investment"]))
    match, looks = index.resolve(ORG, ["Hilhouse Investments"], authoritative=True)
    assert match is None
    assert looks and looks[0].entity_id == "org:hillhouse-investment" and looks[0].score >= 85


def draft_of(*names: str, authoritative_first: bool = False) -> DocumentDraft:
    ents = tuple(
        EntityDraft(ref=f"e{i}", kind=ORG, name=n, authoritative=authoritative_first and i == 0, spans=(Span(),))
        for i, n in enumerate(names)
    )
    rels = tuple(
        RelationDraft(type=RelationType.INVESTED_IN, subject=f"e{i}", object="e0", span=Span(quote=f"{n} invested"))
        for i, n in enumerate(names)
        if i
    )
    return DocumentDraft(source=SourceMeta(format="article"), entities=ents, relations=rels)


def source() -> Source:
    return Source(id="source:abc", sha256="abc", format="article", loaded_at=NOW)


def test_a_later_mention_in_the_same_document_links_to_an_entity_created_earlier() -> None:
    index = NameIndex()
    doc = resolve_draft(index, draft_of("Moonshot AI", "Moonshot"), source=source(), recorded_at=NOW)
    assert doc.created == 1 and doc.linked == 1
    assert doc.decisions["e0"].entity_id == doc.decisions["e1"].entity_id == "org:moonshot-ai"
    # a self-investment produced by the double mention is dropped with a warning
    assert doc.batch.relations == () and doc.warnings


def test_the_next_document_of_a_load_links_to_what_the_previous_one_created() -> None:
    index = NameIndex()
    first = resolve_draft(index, draft_of("MiniMax", "Hillhouse"), source=source(), recorded_at=NOW)
    second = resolve_draft(index, draft_of("Hillhouse", "MiniMax"), source=source(), recorded_at=NOW)
    assert first.created == 2 and second.created == 0 and second.linked == 2
    assert {r.subject_id for r in first.batch.relations} == {"org:hillhouse"}
    assert second.batch.relations[0].evidence[0].quote == "MiniMax invested"


def test_rollback_forgets_a_failed_document() -> None:
    index = NameIndex()
    mark = index.checkpoint()
    resolve_draft(index, draft_of("Baichuan"), source=source(), recorded_at=NOW)
    index.rollback(mark)
    assert resolved(index, ORG, "Baichuan") is None


def test_new_ids_never_reuse_an_existing_id() -> None:
    index = index_of(("org:a-b", ORG, ["Unrelated Name"]))
    doc = resolve_draft(index, draft_of("A B"), source=source(), recorded_at=NOW, id_exists=lambda i: i == "org:a-b-2")
    assert doc.decisions["e0"].entity_id == "org:a-b-3"


def test_grey_zone_records_a_candidate_in_the_batch() -> None:
    index = index_of(("org:hillhouse-investment", ORG, ["Hillhouse Investment"]))
    doc = resolve_draft(
        index, draft_of("Hilhouse Investments", authoritative_first=True), source=source(), recorded_at=NOW
    )
    (candidate,) = doc.batch.merge_candidates
    assert candidate.existing_id == "org:hillhouse-investment" and candidate.new_id == "org:hilhouse-investments"


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)
legal = st.sampled_from(["", " Co., Ltd.", " Inc.", " Holdings Ltd.", " Group Holding Ltd.", " Corp.", " Limited"])
case = st.sampled_from([str.lower, str.upper, str.title])


@given(st.lists(words, min_size=1, max_size=3), legal, case)
def test_case_punctuation_and_legal_suffix_variants_always_link(parts: list[str], suffix: str, style: Any) -> None:
    name = " ".join(p.capitalize() for p in parts)
    if normalize_key(name) != " ".join(parts):  # the name itself ends in a legal word ("Group")
        return
    index = index_of(("org:x", ORG, [name]))
    variant = style(name) + suffix
    assert resolved(index, ORG, variant) == "org:x"


@given(st.lists(words, min_size=1, max_size=2), st.sampled_from(["Cloud", "China", "Music", "Bank", "Europe"]))
def test_a_name_plus_a_distinguishing_word_never_links(parts: list[str], extra: str) -> None:
    name = " ".join(p.capitalize() for p in parts)
    index = index_of(("org:x", ORG, [name]))
    match, looks = index.resolve(ORG, [f"{name} {extra}"])
    assert match is None and looks == []


def test_the_gazetteer_follows_the_index_and_is_reused_while_it_does_not_change() -> None:
    index = index_of(("org:zhipu-ai", ORG, ["Zhipu AI", "Z.ai"]))
    gazetteer = IndexGazetteer(index)
    first = gazetteer.surface_forms()
    assert first == {"Zhipu AI": ("Zhipu AI", ORG), "Z.ai": ("Zhipu AI", ORG)}
    assert IndexGazetteer(index).surface_forms() is first
    mark = index.checkpoint()
    index.add("org:moonshot-ai", ORG, ["Moonshot AI"], primary="Moonshot AI")
    assert "Moonshot AI" in gazetteer.surface_forms()
    index.rollback(mark)
    assert gazetteer.surface_forms() == first


def test_acronyms_of_entities_added_after_the_first_acronym_look_up_are_found() -> None:
    index = index_of(("org:hkex", ORG, ["HKEX"]))
    assert resolved(index, ORG, "SMIC") is None  # builds the acronym table
    mark = index.checkpoint()
    index.add("org:smic", ORG, ["Semiconductor Manufacturing International Corp."], primary="SMIC")
    assert resolved(index, ORG, "SMIC") == "org:smic"
    index.rollback(mark)
    assert resolved(index, ORG, "SMIC") is None


def test_two_letters_are_no_initials_to_link_by() -> None:
    index = index_of(("org:lumen-tavro", ORG, ["Lumen Tavro"]), ("org:pn", ORG, ["PN"]))
    assert resolved(index, ORG, "LT") is None  # a share line, a ticker or a fragment as often as this company
    assert resolved(index, ORG, "L.T") is None
    assert resolved(index, ORG, "Pavel Nordic") is None
    assert resolved(index, ORG, "PN") == "org:pn"  # stated as a name: the exact rule
    assert resolved(index_of(("org:ltc", ORG, ["Lumen Tavro Capital"])), ORG, "LTC") == "org:ltc"
