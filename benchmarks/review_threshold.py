"""Where to put the review threshold (CKG_REVIEW_BELOW): precision and recall of the facts the graph would store
at each threshold, on the development split of benchmarks/corpus only.

Measure it on batches the confidence table (loaders/articles/calibration.py) was not fitted on, or the figures
flatter the table: `--batches wave6 wave7` (the calibration saw the six earlier batches).

A statement below the threshold is stored as a review candidate and left out of answers, so the stored facts
are the statements at or above it. Each document of the dev split is loaded (empty store, every statement kept:
threshold 0) through the real pipeline and scored with the functions of benchmarks/extraction_quality.py;
then, for each threshold, only the statements whose confidence reaches it count as facts. The held-out split
(sha256 first 8 hex digits mod 3 == 0) is never opened: benchmarks/extraction_quality.real_corpus reads the
texts of the split asked for only. Founding dates are entity fields, not statements: they count at every
threshold. The default is the threshold whose stored facts are the most precise while they keep at least half
the recall of storing everything: a false statement in the graph is worse than a missing one, and what waits in
the queue is not lost.

    .venv/bin/python benchmarks/review_threshold.py --batches wave6 wave7 [--no-append]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_quality import (  # noqa: E402
    Fact,
    GoldNames,
    Score,
    document_entities,
    gold_facts,
    predicted_facts,
    real_corpus,
)
from benchmarks.results import publish  # noqa: E402
from graph.backends.ladybug import LadybugStore  # noqa: E402
from graph.model import StatementBatch  # noqa: E402
from loaders.pipeline import load_paths  # noqa: E402
from loaders.review import DEFAULT_REVIEW_BELOW, confidence_of  # noqa: E402

THRESHOLDS = (0.0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0)
RECALL_KEPT = 0.5  # the share of the recall of storing everything that the stored facts must keep
Scored = tuple[Fact, float]  # a predicted fact and the confidence of the statement behind it


def scored_facts(
    corpus_path: Path, batches: tuple[str, ...] = ()
) -> tuple[dict[str, list[Scored]], dict[str, list[Fact]], GoldNames, int]:
    """Every predicted fact of the dev split with its statement's confidence, by file; the gold; documents."""
    corpus = real_corpus(corpus_path, "dev", batches)
    gold_names = GoldNames(corpus.gold["aliases"])
    facts: dict[str, list[Scored]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = LadybugStore(Path(tmp) / "graph")
        try:
            report = load_paths(store, corpus.files, review_below=0.0)
            for doc in report.documents:
                if doc.batch is None or doc.path is None:
                    continue
                batch = doc.batch
                entities, own = document_entities(store, batch)
                found: list[Scored] = [(f, 1.0) for f in predicted_facts(StatementBatch(entities=own), entities)]
                statements = [
                    *(StatementBatch(relations=(r,)) for r in batch.relations),
                    *(StatementBatch(events=(e,)) for e in batch.events),
                    *(StatementBatch(attribute_values=(v,)) for v in batch.attribute_values),
                ]
                for single in statements:
                    (statement,) = (*single.relations, *single.events, *single.attribute_values)
                    confidence = confidence_of(statement)
                    found += [(f, confidence) for f in predicted_facts(single, entities)]
                facts[Path(doc.path).name] = found
        finally:
            store.close()
    return facts, gold_facts(corpus.gold), gold_names, len(corpus.files)


def rows(facts: dict[str, list[Scored]], gold: dict[str, list[Fact]], names: GoldNames) -> list[dict[str, float]]:
    """Per threshold: facts stored and their precision/recall, facts sent to review and how often they are wrong."""
    out = []
    for threshold in THRESHOLDS:
        stored, everything = Score(), Score()
        for file, found in facts.items():
            stored.add(file, gold.get(file, []), [f for f, c in found if c >= threshold], names, None)
            everything.add(file, gold.get(file, []), [f for f, _ in found], names, None)
        precision, recall = stored.totals()
        n_stored, right_stored = sum(stored.n_pred.values()), sum(stored.tp_pred.values())
        queued = sum(everything.n_pred.values()) - n_stored
        wrong_queued = queued - (sum(everything.tp_pred.values()) - right_stored)
        queue_error = wrong_queued / queued if queued else 0.0
        stored_error = 1 - precision
        out.append(
            {
                "threshold": threshold,
                "stored": n_stored,
                "queued": queued,
                "precision": precision,
                "recall": recall,
                "queue_error": queue_error,
                "lift": queue_error / stored_error if stored_error else 0.0,
                "caught": wrong_queued / max(1, sum(everything.n_pred.values()) - sum(everything.tp_pred.values())),
            }
        )
    return out


def choose(table: list[dict[str, float]]) -> dict[str, float]:
    """The threshold whose stored facts are the most precise while keeping at least RECALL_KEPT of the recall of
    storing everything (the lowest such threshold on a tie)."""
    floor = table[0]["recall"] * RECALL_KEPT
    keeping = [r for r in table if r["recall"] >= floor]
    return max(keeping, key=lambda r: (round(r["precision"], 3), -r["threshold"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=ROOT / "benchmarks" / "corpus", help="the real-text corpus")
    parser.add_argument("--batches", nargs="*", default=[], help="only these gold batches (e.g. wave6 wave7)")
    parser.add_argument("--no-append", action="store_true", help="print only; do not publish to RESULTS.md")
    args = parser.parse_args()
    if not any((args.real / "texts").glob("*.txt")):
        print(f"skipped: the texts of {args.real} are absent (see {args.real / 'README.md'} for how to obtain them)")
        return
    facts, gold, names, documents = scored_facts(args.real, tuple(args.batches))
    table = rows(facts, gold, names)
    best = choose(table)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    lines = [
        f"## Review threshold (CKG_REVIEW_BELOW): {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"The development split of benchmarks/corpus ({documents} documents"
        + (f" of the batches {', '.join(args.batches)}" if args.batches else "")
        + "; the held-out split is never read), loaded",
        "into an empty store; at each threshold the stored facts are the statements whose confidence reaches it (the",
        "others wait in the review queue). Precision and recall of the stored facts as in the extraction benchmark.",
        "",
        f"- commit: {commit.stdout.strip()}",
        "- command: `.venv/bin/python benchmarks/review_threshold.py"
        + (f" --batches {' '.join(args.batches)}" if args.batches else "")
        + "`",
        "",
        "| threshold | facts stored | precision | recall | facts sent to review | of them wrong | x stored facts' "
        "error | share of all wrong facts held back |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {r['threshold']:.2f} | {r['stored']:.0f} | {r['precision']:.3f} | {r['recall']:.3f} | "
            f"{r['queued']:.0f} | {r['queue_error']:.0%} | {r['lift']:.2f} | {r['caught']:.0%} |"
            for r in table
        ),
        "",
        f"Chosen: {best['threshold']:.2f}, the most precise stored facts that keep at least {RECALL_KEPT:.0%} of the "
        f"recall of storing everything (precision {best['precision']:.3f}, recall {best['recall']:.3f}, "
        f"{best['queued']:.0f} facts to review). The default CKG_REVIEW_BELOW is {DEFAULT_REVIEW_BELOW:.2f}.",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_append:
        publish("review-threshold", text)


if __name__ == "__main__":
    main()
