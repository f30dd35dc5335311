"""Property tests of the time rule (graph/validity.py): when a statement holds, given its stated period and
its ends' lifetimes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from graph.dates import PartialDate
from graph.model import AttributeValue, Evidence, Relation, RelationType
from graph.validity import Lifetime, Validity, as_of_point, attribute_validity, relation_validity
from tests.unit.test_dates import partial_dates

maybe_dates = st.none() | partial_dates()
lifetimes = st.builds(Lifetime, begins=maybe_dates, ends=maybe_dates)
RECORDED = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


def _relation(valid_from: PartialDate | None, valid_to: PartialDate | None, former: bool = False) -> Relation:
    return Relation(
        id="rel:test",
        type=RelationType.WORKS_AT,
        subject_id="person:a",
        object_id="org:b",
        valid_from=valid_from,
        valid_to=valid_to,
        properties={"former": True} if former else {},
        evidence=(Evidence(source_id="source:x", recorded_at=RECORDED),),
    )


@given(partial_dates())
def test_an_as_of_date_stands_for_the_last_day_it_covers(as_of: PartialDate) -> None:
    point = as_of_point(as_of)
    assert as_of.contains(PartialDate.from_date(point))
    if point < dt.date.max:
        assert not as_of.contains(PartialDate.from_date(point + dt.timedelta(days=1)))


@given(maybe_dates, maybe_dates, lifetimes, lifetimes, partial_dates())
def test_nothing_holds_before_both_ends_exist_or_after_either_ends(
    valid_from: PartialDate | None,
    valid_to: PartialDate | None,
    subject: Lifetime,
    object_: Lifetime,
    as_of: PartialDate,
) -> None:
    validity = relation_validity(_relation(valid_from, valid_to), subject, object_)
    point = as_of_point(as_of)
    if validity.holds_at(as_of):
        for life in (subject, object_):
            assert life.begins is None or life.begins.start() <= point
            assert life.ends is None or point < life.ends.start()
        assert valid_from is None or valid_from.start() <= point
        assert valid_to is None or point < valid_to.start()


@given(lifetimes, lifetimes, partial_dates())
def test_an_undated_relation_holds_exactly_while_both_ends_exist(
    subject: Lifetime, object_: Lifetime, as_of: PartialDate
) -> None:
    validity = relation_validity(_relation(None, None), subject, object_)
    point = as_of_point(as_of)
    both_exist = all(
        (life.begins is None or life.begins.start() <= point) and (life.ends is None or point < life.ends.start())
        for life in (subject, object_)
    )
    assert validity.holds_at(as_of) == both_exist
    assert not validity.dated
    begins = [life.begins for life in (subject, object_) if life.begins is not None]
    assert validity.valid_from == (max(begins, key=PartialDate.start) if begins else None)


@given(partial_dates(), lifetimes, lifetimes)
def test_a_stated_start_is_dated_unless_an_end_begins_later(
    valid_from: PartialDate, subject: Lifetime, object_: Lifetime
) -> None:
    validity = relation_validity(_relation(valid_from, None), subject, object_)
    later = any(life.begins is not None and life.begins.start() > valid_from.start() for life in (subject, object_))
    assert validity.dated == (not later)
    assert validity.valid_from is not None and validity.valid_from.start() >= valid_from.start()


@given(maybe_dates, lifetimes, lifetimes, partial_dates())
def test_knowing_a_lifetime_only_ever_narrows_when_a_statement_holds(
    valid_from: PartialDate | None, subject: Lifetime, object_: Lifetime, as_of: PartialDate
) -> None:
    relation = _relation(valid_from, None)
    narrowed = relation_validity(relation, subject, object_)
    unknown = relation_validity(relation, Lifetime(), Lifetime())
    assert not narrowed.holds_at(as_of) or unknown.holds_at(as_of)


@given(maybe_dates, partial_dates())
def test_a_former_relation_with_no_end_holds_no_longer_than_its_evidence_date(
    valid_from: PartialDate | None, as_of: PartialDate
) -> None:
    validity = relation_validity(_relation(valid_from, None, former=True), Lifetime(), Lifetime())
    assert validity.ended_before == PartialDate(2026, 11, 23)
    if as_of_point(as_of) >= dt.date(2026, 11, 23):
        assert not validity.holds_at(as_of)


@given(maybe_dates, maybe_dates)
def test_no_as_of_keeps_everything(valid_from: PartialDate | None, valid_to: PartialDate | None) -> None:
    assert Validity(valid_from=valid_from, valid_to=valid_to).holds_at(None)


def test_stated_bounds_follow_the_contract_with_as_of_at_the_period_end() -> None:
    d = PartialDate.parse

    def holds(as_of: str, valid_from: str | None, valid_to: str | None) -> bool:
        rel = _relation(d(valid_from) if valid_from else None, d(valid_to) if valid_to else None)
        return relation_validity(rel, Lifetime(), Lifetime()).holds_at(d(as_of))

    assert holds("2024", "2024-12", None)  # "2024" as asOf is 2024-12-31
    assert not holds("2024-11", "2024-12", None)
    assert holds("2020", None, "2021")
    assert not holds("2021", None, "2021")  # validTo is exclusive, from its first day


def test_an_undated_attribute_value_holds_from_its_entity_beginning() -> None:
    undated = AttributeValue(id="attr:a", entity_id="org:b", attribute="employees", value=800)
    validity = attribute_validity(undated, Lifetime(begins=PartialDate(2019), ends=PartialDate(2024, 6)))
    assert (validity.valid_from, validity.valid_to, validity.dated) == (PartialDate(2019), PartialDate(2024, 6), False)
    assert not validity.holds_at(PartialDate(2018)) and validity.holds_at(PartialDate(2024, 5))
    dated = undated.model_copy(update={"valid_from": PartialDate(2021, 3)})
    assert attribute_validity(dated, Lifetime(begins=PartialDate(2019))).dated
