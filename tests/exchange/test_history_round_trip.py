"""The retraction log and the review log travel through export and import in every format, so a restored backup
answers knownAt as the original did."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.exchange import Format, import_file
from graph.model import ReviewDecision, ReviewMark, ReviewStatus, StatementBatch
from tests.contract.test_record_time import FENWICK, FOUNDED, INVESTED, T, candidate, graph, investors, retraction
from tests.exchange.conftest import OpenStore
from tests.exchange.test_round_trip import exported


@pytest.mark.parametrize("fmt", list(Format))
def test_the_logs_round_trip_and_knownat_answers_the_same(fmt: Format, open_store: OpenStore, tmp_path: Path) -> None:
    original = open_store(f"history-{fmt}")
    original.write(graph(relations=(INVESTED, candidate(FOUNDED))))
    original.write(retraction(INVESTED.id, T[1]))
    original.write(retraction(INVESTED.id, T[3], restore=True))
    decision = ReviewDecision(
        id="review:x", target="relation", statement_id=FOUNDED.id, decision="accept", by="ada", at=T[2]
    )
    mark = ReviewMark(target="relation", id=FOUNDED.id, status=ReviewStatus.ACCEPTED)
    original.write(StatementBatch(review_marks=(mark,), review_decisions=(decision,)))
    file = tmp_path / f"graph.{fmt}"
    file.write_bytes(exported(original, fmt))
    copy = open_store(f"history-copy-{fmt}")
    import_file(copy, file)
    assert copy.retraction_log([INVESTED.id]) == original.retraction_log([INVESTED.id])
    assert copy.review_log() == original.review_log() == {FOUNDED.id: [decision]}
    assert (
        [investors(copy, at) for at in T]
        == [investors(original, at) for at in T]
        == [
            [FENWICK.id],
            [],
            [],
            [FENWICK.id],
            [FENWICK.id],
            [FENWICK.id],
        ]
    )
    assert exported(copy, fmt) == exported(original, fmt)
    import_file(copy, file)  # again: nothing changes
    assert exported(copy, fmt) == exported(original, fmt)
