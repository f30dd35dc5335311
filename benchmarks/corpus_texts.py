"""Bring back the git-ignored texts of benchmarks/corpus: list what is missing, and store a transcribed excerpt
under the document whose sha256 it matches.

The texts come from the search library's stored pages (benchmarks/corpus/README.md). A fresh checkout has none:
`missing` prints each absent document (held-out ones first, since the end-of-session score needs them) with the
url and headline to query; `save DRAFT` stores a draft copied from a search answer as texts/<id>.txt when its
sha256 (as written, without a trailing newline, or with one) is a gold document's.

    .venv/bin/python benchmarks/corpus_texts.py missing [--batch wave16]
    .venv/bin/python benchmarks/corpus_texts.py save draft.txt
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS.parents[1]))
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where installed
# The `documents:` part of a gold file, without the facts after it (parsing every gold file whole is slow, and
# `save` runs once per restored text, often by several helpers at a time)
_DOCUMENTS = re.compile(r"^documents:.*?(?=^[a-z_]+:|\Z)", re.MULTILINE | re.DOTALL)


def gold_documents(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Every gold document's entry, with the batch (gold file) it belongs to."""
    documents = []
    for gold in sorted((corpus / "gold").glob("*.yaml")):
        part = _DOCUMENTS.search(gold.read_text(encoding="utf-8"))
        for doc in (yaml.load(part.group(0), Loader=_LOADER) or {}).get("documents") or [] if part else []:
            documents.append({**doc, "batch": gold.stem})
    return documents


def missing(corpus: Path = CORPUS, batch: str | None = None) -> list[dict[str, Any]]:
    """Documents whose text is absent or changed, held-out ones first."""
    from benchmarks.extraction_quality import split_of  # the loaders' import, only where the split is needed

    absent = []
    for doc in gold_documents(corpus):
        text = corpus / "texts" / f"{doc['id']}.txt"
        if batch and doc["batch"] != batch:
            continue
        if not text.exists() or hashlib.sha256(text.read_bytes()).hexdigest() != doc["sha256"]:
            absent.append(doc)
    return sorted(absent, key=lambda d: split_of(d["sha256"]) != "heldout")


def ids_by_sha(corpus: Path = CORPUS) -> dict[str, list[str]]:
    """Each gold sha256 with the ids of the documents it names."""
    by_sha: dict[str, list[str]] = {}
    for doc in gold_documents(corpus):
        by_sha.setdefault(doc["sha256"], []).append(doc["id"])
    return by_sha


def save(draft: Path, corpus: Path = CORPUS) -> list[str]:
    """The ids the draft was stored under (every document with its sha256); [] when none matches."""
    raw = draft.read_bytes()
    by_sha = ids_by_sha(corpus)
    for variant in (raw, raw.rstrip(b"\n"), raw.rstrip(b"\n") + b"\n"):
        ids = by_sha.get(hashlib.sha256(variant).hexdigest(), [])
        for doc_id in ids:
            (corpus / "texts").mkdir(exist_ok=True)
            (corpus / "texts" / f"{doc_id}.txt").write_bytes(variant)
        if ids:
            return ids
    return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("missing", help="list the documents whose text is absent or changed")
    listing.add_argument("--batch", help="only this batch (gold file name without .yaml)")
    storing = commands.add_parser("save", help="store a transcribed excerpt under the document it matches")
    storing.add_argument("draft", type=Path)
    args = parser.parse_args()
    if args.command == "missing":
        for doc in missing(batch=args.batch):
            print(f"{doc['id']}\t{doc['url']}\t{doc['headline']}")
        return
    ids = save(args.draft)
    if not ids:
        sys.exit(f"{args.draft}: no gold sha256 matches (check quotes, dashes, non-breaking spaces, line ends)")
    print("saved " + " ".join(ids))


if __name__ == "__main__":
    main()
