"""PartialDate: parsing, validation, ordering and the asOf interval rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from graph.dates import PartialDate, PartialDateError, in_range, periods_overlap

years = st.integers(min_value=1, max_value=9999)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


@given(partial_dates())
def test_text_round_trips(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date
    assert len(str(date)) in (4, 7, 10)


@given(partial_dates(), partial_dates())
def test_ordering_is_total_and_follows_start_then_precision(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) + (b < a) + (a == b) == 1
    if a.start() < b.start():
        assert a < b


@given(partial_dates())
def test_a_date_contains_itself_and_its_finer_parts(date: PartialDate) -> None:
    assert date.contains(date)
    assert PartialDate(date.year).contains(date)
    assert date.start() < date.end() or date.end() == dt.date.max


@pytest.mark.parametrize("text", ["2024-13", "2024-00", "2023-02-29", "99999", "24", "2024/03", "March 2024", "", " "])
def test_invalid_dates_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(PartialDateError):
        PartialDate.parse(text)


@given(st.text(max_size=20))
def test_junk_gives_a_date_that_round_trips_or_a_clear_error(text: str) -> None:
    try:
        parsed = PartialDate.parse(text)
    except PartialDateError as exc:
        assert str(exc)
    else:
        assert str(parsed) == text.strip()


def test_precision_is_never_padded() -> None:
    assert str(PartialDate.parse("2024-03")) == "2024-03"
    assert PartialDate.parse("2024").precision == "year"
    assert PartialDate.parse("2024") < PartialDate.parse("2024-01") < PartialDate.parse("2024-01-01")


def test_pydantic_fields_accept_strings_dates_and_years_and_serialise_as_text() -> None:
    class Thing(BaseModel):
        when: PartialDate | None = None

    assert Thing(when="2024-03").model_dump(mode="json") == {"when": "2024-03"}
    assert Thing(when=2024).when == PartialDate(2024)  # type: ignore[arg-type]
    assert Thing(when=dt.date(2024, 3, 5)).when == PartialDate(2024, 3, 5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="month 13"):
        Thing(when="2024-13")  # type: ignore[arg-type]


def test_ranges_and_overlaps() -> None:
    d = PartialDate.parse
    assert in_range(d("2024-03"), d("2024"), d("2024"))
    assert not in_range(None, d("2024"), None)  # undated is outside any bounded range
    assert in_range(None, None, None)
    assert periods_overlap(d("2024"), None, d("2024-06"), None)
    assert not periods_overlap(d("2023"), None, d("2024"), None)
