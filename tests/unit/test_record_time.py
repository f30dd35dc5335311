"""The record-time rule (graph/record_time.py) against a replay of the history it summarises."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from graph.model import Retraction, ReviewDecision, ReviewStatus
from graph.record_time import known_at, review_status_at

START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


@given(
    recorded=st.integers(0, 50),
    live_at_first=st.booleans(),
    gaps=st.lists(st.integers(1, 20), max_size=8),
    probe=st.integers(-5, 250),
)
def test_known_at_replays_the_log(recorded: int, live_at_first: bool, gaps: list[int], probe: int) -> None:
    # A history of state changes: each entry flips the state (the log holds only changes).
    times, t = [], recorded
    for gap in gaps:
        t += gap
        times.append(t)
    log, live = [], live_at_first
    for minutes in times:
        log.append(Retraction(target="relation", id="rel:x", at=at(minutes), restore=not live))
        live = not live
    retracted = None if live else at(times[-1]) if times else at(recorded)
    if not times and not live_at_first:
        live_at_first = True  # with no log, the fallback knows only `retracted_at`: start live, end as stored
        retracted = None
    state = live_at_first
    for minutes in times:
        if minutes <= probe:
            state = not state
    expected = probe >= recorded and state
    assert known_at(at(recorded), retracted, list(reversed(log)), at(probe)) is expected


def test_without_a_log_a_record_is_known_from_its_recording_until_its_retraction() -> None:
    assert not known_at(at(10), at(20), [], at(5))
    assert known_at(at(10), at(20), [], at(19))
    assert not known_at(at(10), at(20), [], at(20))
    assert known_at(None, None, [], at(-1000))


def decision(kind: str, minutes: int, previous: ReviewStatus | None, undone: int | None = None) -> ReviewDecision:
    return ReviewDecision(
        id=f"review:{kind}{minutes}",
        target="relation",
        statement_id="rel:x",
        decision=kind,  # type: ignore[arg-type]
        by="ada",
        at=at(minutes),
        previous=previous,
        undone_at=at(undone) if undone is not None else None,
    )


def test_review_status_follows_decisions_not_undone_by_then() -> None:
    accepted = decision("accept", 10, ReviewStatus.CANDIDATE, undone=20)
    again = decision("reject", 30, ReviewStatus.CANDIDATE)
    log = [again, accepted]
    assert review_status_at(ReviewStatus.REJECTED, log, at(5)) == ReviewStatus.CANDIDATE
    assert review_status_at(ReviewStatus.REJECTED, log, at(15)) == ReviewStatus.ACCEPTED
    assert review_status_at(ReviewStatus.REJECTED, log, at(25)) == ReviewStatus.CANDIDATE
    assert review_status_at(ReviewStatus.REJECTED, log, at(35)) == ReviewStatus.REJECTED
    assert review_status_at(None, [], at(35)) is None
