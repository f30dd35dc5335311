"""Two writers on the same entities: each states some fields, both resolved against the graph as it was before
either wrote. No stated field may be lost or reverted by the other's write: a write carries what its document
states about a linked entity (an EntityPatch), and the store applies it to the record it holds when the write
happens, inside the transaction. On the embedded store (one writer at a time) the second batch is applied after
the first; on Neo4j both writers run in threads that resolve first and then write at the same moment."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest

from graph.dates import PartialDate
from graph.model import EntityKind, Organization, Source, StatementBatch
from graph.store import GraphStore
from loaders.batch import resolve_draft
from loaders.drafts import DocumentDraft, EntityDraft, SourceMeta
from loaders.resolve import build_index
from tests.contract.builders import NOW, source

ZHIPU = "org:zhipu-ai"


def draft(fmt: str, **stated: object) -> DocumentDraft:
    entity = EntityDraft(ref="z", kind=EntityKind.ORGANIZATION, name="Zhipu AI", **stated)  # type: ignore[arg-type]
    return DocumentDraft(source=SourceMeta(format=fmt, title=f"{fmt} about Zhipu"), entities=(entity,))


def prepare(store: GraphStore, document: DocumentDraft, src: Source) -> StatementBatch:
    """A writer's batch, resolved against the store as it is now (before the other writer's write)."""
    resolved = resolve_draft(build_index(store), document, source=src, recorded_at=NOW)
    assert resolved.linked == 1, "the writer links to the stored entity"
    return resolved.batch


def write_both(store: GraphStore, first: StatementBatch, second: StatementBatch, concurrently: bool) -> None:
    if not concurrently:
        store.write(first)
        store.write(second)
        return
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(batch: StatementBatch) -> Callable[[], None]:
        def run() -> None:
            try:
                start.wait(timeout=30)
                store.write(batch)
            except BaseException as exc:  # reported by the assertion below
                errors.append(exc)

        return run

    threads = [threading.Thread(target=writer(b)) for b in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors


@pytest.fixture
def stored_zhipu(store: GraphStore) -> GraphStore:
    seed = draft("profile", description="An AI lab in Beijing.", legal_name="Zhipu Huazhang", authoritative=True)
    src = source("seed profile")
    store.write(resolve_draft(build_index(store), seed, source=src, recorded_at=NOW).batch)
    return store


def is_neo4j(store: GraphStore) -> bool:
    return type(store).__name__ == "Neo4jStore"


def test_a_mention_written_after_a_profile_leaves_the_profiles_fields_in_place(stored_zhipu: GraphStore) -> None:
    store = stored_zhipu
    profile = prepare(
        store,
        draft(
            "profile",
            description="A Beijing lab that makes the GLM models.",
            founded_on=PartialDate.parse("2019-06"),
            authoritative=True,
        ),
        source("new profile"),
    )
    mention = prepare(store, draft("article", aliases=("Z.ai",), categories=("ai_lab",)), source("an article"))
    write_both(store, profile, mention, concurrently=is_neo4j(store))
    zhipu = store.entities([ZHIPU])[ZHIPU]
    assert isinstance(zhipu, Organization)
    assert zhipu.description == "A Beijing lab that makes the GLM models."  # the profile's, not the old copy's
    assert zhipu.founded_on == PartialDate.parse("2019-06")
    assert zhipu.legal_name == "Zhipu Huazhang"
    assert "Z.ai" in zhipu.aliases and zhipu.categories == ("ai_lab",)  # the mention's
    assert {s for s in zhipu.source_ids} == {source(t).id for t in ("seed profile", "new profile", "an article")}


def test_two_profiles_stating_different_fields_both_keep_theirs(stored_zhipu: GraphStore) -> None:
    store = stored_zhipu
    first = prepare(store, draft("profile", description="Makers of GLM.", authoritative=True), source("profile one"))
    second = prepare(
        store,
        draft("profile", dissolved_on=PartialDate.parse("2030"), attributes={}, authoritative=True),
        source("profile two"),
    )
    write_both(store, first, second, concurrently=is_neo4j(store))
    zhipu = store.entities([ZHIPU])[ZHIPU]
    assert isinstance(zhipu, Organization)
    assert zhipu.description == "Makers of GLM."
    assert zhipu.dissolved_on == PartialDate.parse("2030")


def test_a_patch_fills_only_what_the_graph_does_not_know_unless_curated(stored_zhipu: GraphStore) -> None:
    store = stored_zhipu
    mention = prepare(
        store, draft("article", description="a chatbot maker", founded_on=PartialDate.parse("2019")), source("art")
    )
    store.write(mention)
    zhipu = store.entities([ZHIPU])[ZHIPU]
    assert isinstance(zhipu, Organization)
    assert zhipu.description == "An AI lab in Beijing."  # an article does not overwrite what a profile stated
    assert zhipu.founded_on == PartialDate.parse("2019")  # ... but fills what the graph did not know
    assert zhipu.recorded_at is not None and zhipu.recorded_at <= dt.datetime.now(dt.UTC)
