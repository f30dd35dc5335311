"""An article through the real pipeline into a real store: cited statements, no chrome entities, idempotent."""

from __future__ import annotations

from pathlib import Path

from graph.backends.ladybug import LadybugStore
from graph.names import normalize_key
from loaders.articles import ArticleExtractor
from loaders.pipeline import load_paths

ARTICLE = """Briefly ← Back to stream
chips · Markets

Tarn Micro jumps after analyst upgrade

Tarn Micro · Apr 2, 2026 · Harbor Chip Notes
T
chip-stocksanalyst-calls

Tarn Micro, the Wuxi-based chip designer, rose 7.5% on Thursday after Birchgate Securities upgraded the stock
from hold to buy. The company was founded in 2017 by Ella Zhou, who previously worked at Intel.

Read at source ↗ | Follow Tarn Micro →

Briefly Digest
A short recap of the story, written for Northwind Media subscribers.
"""


def test_article_loads_with_evidence_and_without_chrome(tmp_path: Path) -> None:
    path = tmp_path / "tarn.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    store = LadybugStore(tmp_path / "graph")
    store.init()
    try:
        # every reading kept (the confidence floor is test_confidence.py's concern)
        report = load_paths(store, [path], extractor=ArticleExtractor(min_confidence=0.0))
        assert not report.failed
        (doc,) = report.documents
        assert doc.batch is not None and doc.batch.statement_count >= 4
        for relation in doc.batch.relations:
            for evidence in relation.evidence:
                assert evidence.start is not None and evidence.end is not None
                assert ARTICLE[evidence.start : evidence.end] == evidence.quote
        names = {normalize_key(entry.text) for entry in store.name_entries()}
        assert normalize_key("Tarn Micro") in names and normalize_key("Ella Zhou") in names
        for noise in ("Briefly", "Briefly Digest", "Harbor Chip Notes", "Northwind Media", "Back to stream"):
            assert normalize_key(noise) not in names
        assert doc.source is not None and str(doc.source.published_at) == "2026-04-02"
        again = load_paths(store, [path])
        assert again.documents[0].unchanged
    finally:
        store.close()
