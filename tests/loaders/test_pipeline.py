"""The pipeline: one document, one transaction; same content twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore
from graph.names import normalize_key
from graph.store import RelationQuery
from loaders.documents import content_sha256
from loaders.drafts import DocumentDraft, EntityDraft, Gazetteer, RelationDraft, SourceMeta, Span
from loaders.pipeline import load_document, load_paths

MINIMAX = """
name: MiniMax
founders:
  - name: Yan Junjie
    previous_employers: [SenseTime]
funding_rounds:
  - date: "2024-03"
    amount: 600 million USD
    leads: [Alibaba]
sources:
  - title: MiniMax profile
    publisher: test
"""


def export_of(store: LadybugStore) -> list[str]:
    return sorted(record.model_dump_json() for record in store.export())


def test_a_profile_loads_as_one_source_with_evidence(store: LadybugStore) -> None:
    report = load_document(store, MINIMAX, "yaml", path="minimax.yaml")
    assert report.error is None and not report.unchanged
    assert report.created == 4 and report.statements == 4
    assert report.source is not None and report.source.title == "MiniMax profile" and report.source.format == "profile"
    assert store.stats().sources == 1
    views = store.relations(["org:minimax"], RelationQuery())["org:minimax"]
    assert views and all(v.relation.evidence[0].source_id == report.source.id for v in views)


def test_the_same_content_again_is_unchanged_and_writes_nothing(store: LadybugStore) -> None:
    first = load_document(store, MINIMAX, "yaml", path="a.yaml")
    before = export_of(store)
    # Windows line ends, trailing blanks and a BOM do not make it a different document.
    again = ("\ufeff" + MINIMAX.replace("\n", "  \r\n")).encode("utf-8")
    second = load_document(store, again, "yaml", path="b.yaml")
    assert second.unchanged and second.source == first.source and second.statements == 0
    assert export_of(store) == before


def test_content_hash_ignores_line_ends_and_trailing_space_but_not_text() -> None:
    assert content_sha256("a\r\nb  \n") == content_sha256("a\nb")
    assert content_sha256("Cafe\u0301") == content_sha256("Café")
    assert content_sha256("a b") != content_sha256("a  b")


def test_invalid_utf8_names_the_file_and_byte(store: LadybugStore) -> None:
    report = load_document(store, b"name: Mini\xffMax\n", "yaml", path="bad.yaml")
    assert report.error == "bad.yaml: not valid UTF-8 at byte 10 (byte 0xff); save it as UTF-8"
    assert store.stats().sources == 0


def test_an_unknown_format_is_a_clear_error(store: LadybugStore) -> None:
    report = load_document(store, "x", "docx")
    assert report.error is not None and "unknown format 'docx'" in report.error


def test_a_bad_document_writes_nothing_and_the_others_still_load(store: LadybugStore, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.yaml").write_text(MINIMAX, encoding="utf-8")
    (folder / "b.yaml").write_text("name: Broken\nfunding_rounds:\n  - amount: 600 millon USD\n", encoding="utf-8")
    (folder / "c.json").write_text('{"name": "智谱AI", "aliases": ["Zhipu AI"]}', encoding="utf-8")
    (folder / "notes.pdf").write_text("ignored", encoding="utf-8")
    report = load_paths(store, [folder, tmp_path / "missing.yaml"])
    failed = {Path(d.path or "").name: d.error for d in report.failed}
    assert set(failed) == {"b.yaml", "missing.yaml"}
    assert failed["b.yaml"] == (
        f'{folder / "b.yaml"}: funding_rounds[0].amount: "600 millon USD" is not an amount '
        '(expected e.g. "600 million USD" or {amount: 600000000, currency: USD})'
    )
    assert "no such file" in (failed["missing.yaml"] or "")
    assert store.stats().sources == 2
    assert store.entities_by_key([normalize_key("Zhipu AI")])[normalize_key("Zhipu AI")][0].name == "智谱AI"


def test_duplicates_across_files_become_one_entity(store: LadybugStore, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("name: MiniMax\ninvestors: [Tencent Holdings Ltd.]\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("name: Zhipu AI\ninvestors: [Tencent]\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("name: TENCENT\nlegal_name: Tencent Holdings Ltd.\n", encoding="utf-8")
    report = load_paths(store, [tmp_path])
    assert not report.failed
    tencent = store.entities_by_key(["tencent"])["tencent"]
    assert [e.id for e in tencent] == ["org:tencent-holdings-ltd"]
    views = store.relations(["org:tencent-holdings-ltd"], RelationQuery())["org:tencent-holdings-ltd"]
    assert {v.other_id for v in views} == {"org:minimax", "org:zhipu-ai"}
    assert report.documents[2].linked == 1 and report.documents[2].created == 0


def test_dry_run_writes_nothing_but_reports_the_batch(store: LadybugStore, seeds: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    report = load_paths(
        store, [seeds], dry_run=True, progress=lambda done, total, path: calls.append((done, total, path))
    )
    assert [c[:2] for c in calls] == [(i, 14) for i in range(1, 15)]
    assert not report.failed and report.statements > 50
    assert store.stats().entities == 0 and store.stats().sources == 0
    minimax = next(d for d in report.documents if (d.path or "").endswith("minimax.yaml"))
    assert minimax.batch is not None and minimax.batch.relations


class OneRelationExtractor:
    """A minimal extractor: the interface lets a model-based one replace the pattern-based one."""

    def extract(
        self, text: str, *, gazetteer: Gazetteer | None = None, meta: SourceMeta | None = None
    ) -> DocumentDraft:
        assert gazetteer is not None
        known = gazetteer.surface_forms()
        start = text.index("Alibaba")
        return DocumentDraft(
            source=meta or SourceMeta(format="article"),
            entities=(
                EntityDraft(ref="a", kind=known["Alibaba"][1], name="Alibaba"),
                EntityDraft(ref="m", kind=known["Alibaba"][1], name="Moonshot AI"),
            ),
            relations=(
                RelationDraft(
                    type="INVESTED_IN",
                    subject="a",
                    object="m",
                    span=Span(quote=text[start : start + 7], start=start, end=start + 7),
                ),
            ),
        )


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_articles_go_through_the_extractor_with_the_graph_as_gazetteer(store: LadybugStore, fmt: str) -> None:
    load_document(store, MINIMAX, "yaml", path="minimax.yaml")
    body = "Alibaba invested in Moonshot AI, the Beijing start-up, in a deal announced today by both firms."
    content = body if fmt == "text" else f"<html><body><nav>Home</nav><article><p>{body}</p></article></body></html>"
    report = load_document(store, content, fmt, title="Deal", extractor=OneRelationExtractor())
    assert report.error is None, report.error
    assert report.created == 1 and report.linked == 1
    assert report.source is not None and report.source.format == "article"
    views = store.relations(["org:moonshot-ai"], RelationQuery())["org:moonshot-ai"]
    (evidence,) = views[0].relation.evidence
    assert evidence.quote == "Alibaba" and evidence.end == (evidence.start or 0) + 7


def test_the_cached_name_index_sees_writes_made_behind_its_back(store: LadybugStore) -> None:
    from graph.model import Organization, StatementBatch
    from loaders.resolve import index_for

    assert load_document(store, MINIMAX, "yaml", path="a.yaml").error is None
    assert index_for(store) is index_for(store)  # cached while nothing changes
    store.write(StatementBatch(entities=(Organization(id="org:moonshot-ai", name="Moonshot AI"),)))
    report = load_document(store, "name: Zhipu AI\ninvestors: [Moonshot]\n", "yaml", path="b.yaml")
    assert report.linked == 1 and report.created == 1


class DescribingExtractor:
    """An article that describes a known company differently and adds its founding year."""

    def extract(
        self, text: str, *, gazetteer: Gazetteer | None = None, meta: SourceMeta | None = None
    ) -> DocumentDraft:
        from graph.dates import PartialDate
        from graph.model import EntityKind

        return DocumentDraft(
            source=meta or SourceMeta(format="article"),
            entities=(
                EntityDraft(
                    ref="m",
                    kind=EntityKind.ORGANIZATION,
                    name="MiniMax",
                    description="a chatbot maker",
                    founded_on=PartialDate(2021),
                    categories=("startup",),
                ),
            ),
        )


def test_an_article_fills_gaps_but_never_overwrites_a_curated_profile(store: LadybugStore) -> None:
    load_document(store, "name: MiniMax\ndescription: Multi-modal foundation models.\n", "yaml", path="m.yaml")
    report = load_document(store, "MiniMax is a chatbot maker.", "text", extractor=DescribingExtractor())
    assert report.error is None and report.linked == 1
    minimax = store.entities(["org:minimax"])["org:minimax"]
    assert getattr(minimax, "description", None) == "Multi-modal foundation models."
    assert str(getattr(minimax, "founded_on", None)) == "2021"
    assert "startup" in getattr(minimax, "categories", ())
    assert len(minimax.source_ids) == 2
    # a later curated profile does replace what it states
    load_document(store, 'name: MiniMax\nfounded: "2021-12"\n', "yaml", path="m2.yaml")
    assert str(getattr(store.entities(["org:minimax"])["org:minimax"], "founded_on", None)) == "2021-12"
