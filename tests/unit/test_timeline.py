"""What a timeline reads from the graph's own dates (graph/timeline.py): founding, releases, discontinuations,
listings and dated role changes, never repeating what a stored event already tells."""

from __future__ import annotations

import datetime as dt

from graph.dates import PartialDate
from graph.model import (
    Direction,
    Event,
    EventKind,
    Evidence,
    Organization,
    Person,
    Product,
    Relation,
    RelationType,
)
from graph.store import EventQuery, RelationView
from graph.timeline import derived_events, order_timeline, select

d = PartialDate.parse
AT = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
ACME = Organization(id="org:acme", name="Acme", founded_on=d("2015-04"), source_ids=("source:p",), recorded_at=AT)
ROCKET = Product(id="product:rocket", name="Rocket", released_on=d("2018"), discontinued_on=d("2021-06"))
ADA = Person(id="person:ada", name="Ada")
EXCHANGE = Organization(id="org:hkex", name="HKEX")
CITED = (Evidence(source_id="source:p", quote="a quote", recorded_at=AT),)


def _view(relation: Relation, me: str) -> RelationView:
    direction = Direction.OUT if relation.subject_id == me else Direction.IN
    other = relation.object_id if direction == Direction.OUT else relation.subject_id
    return RelationView(relation=relation, direction=direction, other_id=other)


def _relation(type_: RelationType, subject: str, object_: str, **fields: object) -> Relation:
    return Relation(
        id=f"rel:{type_}:{subject}", type=type_, subject_id=subject, object_id=object_, evidence=CITED, **fields
    )  # type: ignore[arg-type]


def _acme_timeline(stored: tuple[Event, ...] = ()) -> list[Event]:
    relations = [
        _relation(RelationType.DEVELOPED, ACME.id, ROCKET.id),
        _relation(RelationType.LISTED_ON, ACME.id, EXCHANGE.id, valid_from=d("2020-07-09")),
        _relation(
            RelationType.WORKS_AT,
            ADA.id,
            ACME.id,
            valid_from=d("2016"),
            valid_to=d("2019-03"),
            properties={"role": "CTO"},
        ),
        _relation(RelationType.WORKS_AT, "person:bob", ACME.id),  # undated: no role change to tell
    ]
    others = {e.id: e for e in (ROCKET, ADA, EXCHANGE, Person(id="person:bob", name="Bob"))}
    return order_timeline(derived_events(ACME, [_view(r, ACME.id) for r in relations], others, stored))


def test_an_organization_timeline_tells_what_its_dates_say() -> None:
    assert [(str(e.date), e.kind, e.summary) for e in _acme_timeline()] == [
        ("2015-04", EventKind.FOUNDING, "Acme was founded"),
        ("2016", EventKind.ROLE_CHANGE, "Ada joined Acme as CTO"),
        ("2018", EventKind.PRODUCT_RELEASE, "Acme released Rocket"),
        ("2019-03", EventKind.ROLE_CHANGE, "Ada left Acme as CTO"),
        ("2020-07-09", EventKind.LISTING, "Acme listed on HKEX"),
        ("2021-06", EventKind.DISCONTINUATION, "Acme discontinued Rocket"),
    ]


def test_derived_entries_carry_evidence_and_say_they_are_derived() -> None:
    timeline = _acme_timeline()
    assert all(e.properties == {"derived": True} and e.evidence for e in timeline)
    assert timeline[0].evidence[0].source_id == "source:p"  # the founding date's profile
    assert timeline[1].evidence == CITED  # the role's own evidence


def test_a_founder_timeline_tells_the_founding_and_the_organization_tells_it_once() -> None:
    founded = _relation(RelationType.FOUNDED, ADA.id, ACME.id, valid_from=d("2015-04"))
    ada = derived_events(ADA, [_view(founded, ADA.id)], {ACME.id: ACME}, ())
    assert [(e.kind, e.subject_id, e.actor_id, e.summary) for e in ada] == [
        (EventKind.FOUNDING, ACME.id, ADA.id, "Ada founded Acme")
    ]
    acme = derived_events(ACME, [_view(founded, ACME.id)], {ADA.id: ADA}, ())
    assert [e.summary for e in acme] == ["Acme was founded"]


def test_a_stored_event_is_not_told_twice() -> None:
    release = Event(
        id="event:release",
        kind=EventKind.PRODUCT_RELEASE,
        date=d("2018-05-02"),
        subject_id=ACME.id,
        summary="Acme released Rocket",
        evidence=CITED,
    )
    kinds = [e.kind for e in _acme_timeline((release,))]
    assert EventKind.PRODUCT_RELEASE not in kinds and EventKind.FOUNDING in kinds


def test_select_keeps_the_kinds_and_period_asked_for() -> None:
    timeline = _acme_timeline()
    query = EventQuery(kinds=(EventKind.ROLE_CHANGE,), since=d("2017"), until=d("2020"))
    assert [e.summary for e in select(timeline, query)] == ["Ada left Acme as CTO"]
