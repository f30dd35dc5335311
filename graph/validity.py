"""The time rule: when a relation or an attribute value holds, as one function every backend applies.

- An asOf point given as a partial date means the last day it covers ("2021" = 2021-12-31).
- An entity's lifetime runs from its founding, birth or release to its dissolution, death or
  discontinuation; an unknown beginning or end bounds nothing.
- A statement with no stated start holds from the later of its ends' beginnings (`dated` is False then; also when
  an end began after the stated start, which then gives way),
  and no statement holds before both ends exist or from the day either end ends.
- A stated end closes the period (exclusive, its first day). A `former` statement with no stated end ended
  at an unknown date before the source said so: it holds no longer than the day its evidence was recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from graph.dates import PartialDate
from graph.model import AttributeValue, Entity, EntityId, Frozen, Organization, Person, Product, Relation


class Lifetime(Frozen):
    """When an entity existed; None at either side is unknown, never "always"."""

    begins: PartialDate | None = None
    ends: PartialDate | None = None


UNKNOWN_LIFETIME = Lifetime()


class Validity(Frozen):
    """When a statement holds: the period the rule derives, and whether a source dated its start."""

    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None  # exclusive: the statement no longer holds from this date's first day
    dated: bool = False  # True when valid_from is the start a source stated; False when derived or unknown
    ended_before: PartialDate | None = None  # a `former` statement ended at an unknown date before this one

    def holds_at(self, as_of: PartialDate | None) -> bool:
        """Does the statement hold on the last day `as_of` covers? No asOf: it is kept."""
        if as_of is None:
            return True
        point = as_of_point(as_of)
        if self.valid_from is not None and self.valid_from.start() > point:
            return False
        return self.valid_to is None or point < self.valid_to.start()


def as_of_point(as_of: PartialDate) -> dt.date:
    """The day an asOf date stands for: the last one it covers ("2021" -> 2021-12-31)."""
    end = as_of.end()
    return end if end == dt.date.max else end - dt.timedelta(days=1)


def lifetime_of(entity: Entity | None) -> Lifetime:
    if isinstance(entity, Organization):
        return Lifetime(begins=entity.founded_on, ends=entity.dissolved_on)
    if isinstance(entity, Person):
        return Lifetime(begins=entity.born_on, ends=entity.died_on)
    if isinstance(entity, Product):
        return Lifetime(begins=entity.released_on, ends=entity.discontinued_on)
    return UNKNOWN_LIFETIME


def lifetimes_of(entities: Mapping[EntityId, Entity]) -> dict[EntityId, Lifetime]:
    return {entity_id: lifetime_of(entity) for entity_id, entity in entities.items()}


def relation_validity(relation: Relation, subject: Lifetime, object_: Lifetime) -> Validity:
    ended_before = _former_end(relation)
    return _validity(relation.valid_from, relation.valid_to, ended_before, (subject, object_))


def attribute_validity(value: AttributeValue, entity: Lifetime) -> Validity:
    return _validity(value.valid_from, value.valid_to, None, (entity,))


def relation_validity_in(relation: Relation, lifetimes: Mapping[EntityId, Lifetime]) -> Validity:
    """The relation's validity with its ends' lifetimes looked up (an end not found has an unknown one)."""
    return relation_validity(
        relation,
        lifetimes.get(relation.subject_id, UNKNOWN_LIFETIME),
        lifetimes.get(relation.object_id, UNKNOWN_LIFETIME),
    )


def _validity(
    stated_from: PartialDate | None,
    stated_to: PartialDate | None,
    ended_before: PartialDate | None,
    ends: Iterable[Lifetime],
) -> Validity:
    lifetimes = list(ends)
    starts = [d for d in (stated_from, *(life.begins for life in lifetimes)) if d is not None]
    stops = [d for d in (stated_to, ended_before, *(life.ends for life in lifetimes)) if d is not None]
    valid_from = max(starts, key=PartialDate.start) if starts else None
    return Validity(
        valid_from=valid_from,
        valid_to=min(stops, key=PartialDate.start) if stops else None,
        dated=stated_from is not None and valid_from == stated_from,
        ended_before=ended_before,
    )


def _former_end(relation: Relation) -> PartialDate | None:
    """A `former` relation with no stated end ended before its earliest evidence was recorded."""
    if relation.valid_to is not None or not relation.properties.get("former"):
        return None
    recorded = [e.recorded_at for e in relation.evidence] or [r for r in (relation.recorded_at,) if r is not None]
    return PartialDate.from_date(min(recorded).date()) if recorded else None
