"""benchmarks/corpus_texts.py: which texts are missing, and a transcribed excerpt stored by its sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from benchmarks.corpus_texts import missing, save


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    docs = [
        {"id": i, "url": f"https://example.test/{i}", "headline": i, "sha256": hashlib.sha256(t.encode()).hexdigest()}
        for i, t in texts.items()
    ]
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "wave1.yaml").write_text(yaml.safe_dump({"documents": docs}), encoding="utf-8")
    return tmp_path


def test_a_draft_is_stored_under_the_document_its_sha256_names(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a-doc": "Quorvane raised money.", "b-doc": "Velmar fell 3%."})
    assert {d["id"] for d in missing(corpus)} == {"a-doc", "b-doc"}
    draft = tmp_path / "draft.txt"
    draft.write_text("Velmar fell 3%.\n", encoding="utf-8")  # a trailing newline the excerpt did not have
    assert save(draft, corpus) == ["b-doc"]
    assert (corpus / "texts" / "b-doc.txt").read_text(encoding="utf-8") == "Velmar fell 3%."
    assert [d["id"] for d in missing(corpus)] == ["a-doc"]
    draft.write_text("Velmar fell 4%.", encoding="utf-8")
    assert save(draft, corpus) == []
