"""PartialDate: a date known to the year, the month or the day, never padded.

Sources often give only "2024" or "March 2024"; the graph keeps exactly that precision.
As an interval bound a partial date stands for its first day ("2024" -> 2024-01-01); as an asOf point it
stands for its last ("2024" -> 2024-12-31): graph/validity.py applies that time rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import total_ordering
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from graph.errors import InputError

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDateError(InputError):
    """Raised for text that is not a YYYY, YYYY-MM or YYYY-MM-DD date."""


@total_ordering
class PartialDate:
    __slots__ = ("day", "month", "year")

    year: int
    month: int | None
    day: int | None

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if not 1 <= year <= 9999:
            raise PartialDateError(f"year {year} is out of range (1-9999)")
        if month is None and day is not None:
            raise PartialDateError("a day needs a month")
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"month {month} is out of range (1-12)")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise PartialDateError(f"day {day} is out of range for {year}-{month:02d} (1-{last})")
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PartialDate is immutable")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is a PartialDateError."""
        if not isinstance(text, str):
            raise PartialDateError(f"expected a date string, got {type(text).__name__}")
        match = _PATTERN.match(text.strip())
        if not match:
            raise PartialDateError(f'"{text}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)')
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def start(self) -> dt.date:
        """First day the partial date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> dt.date:
        """First day after the period the partial date covers (exclusive end).

        The period ending 9999-12-31 has no representable next day: date.max stands in for it.
        """
        try:
            return self._end()
        except (OverflowError, ValueError):
            return dt.date.max

    def _end(self) -> dt.date:
        if self.day is not None:
            return self.start() + dt.timedelta(days=1)
        if self.month is not None:
            return dt.date(self.year + 1, 1, 1) if self.month == 12 else dt.date(self.year, self.month + 1, 1)
        return dt.date(self.year + 1, 1, 1)

    def contains(self, other: PartialDate) -> bool:
        """True when other's whole period lies inside this one's ("2024" contains "2024-03")."""
        return self.start() <= other.start() and other.end() <= self.end()

    def _key(self) -> tuple[int, int, int, int]:
        # Coarser dates sort before finer ones that start on the same day: "2024" < "2024-01".
        return (self.year, self.month or 1, self.day or 1, {"year": 0, "month": 1, "day": 2}[self.precision])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        def validate(value: Any) -> PartialDate:
            if isinstance(value, PartialDate):
                return value
            if isinstance(value, dt.datetime):
                return cls.from_date(value.date())
            if isinstance(value, dt.date):
                return cls.from_date(value)
            if isinstance(value, int) and not isinstance(value, bool):
                return cls(value)
            if isinstance(value, str):
                return cls.parse(value)
            raise PartialDateError(f"expected a date like 2024, 2024-03 or 2024-03-15, got {value!r}")

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
            json_schema_input_schema=core_schema.str_schema(pattern=_PATTERN.pattern),
        )


def parse_optional(text: str | None) -> PartialDate | None:
    return None if text is None or text == "" else PartialDate.parse(text)


def periods_overlap(
    a_from: PartialDate | None, a_to: PartialDate | None, b_from: PartialDate | None, b_to: PartialDate | None
) -> bool:
    """Do two validity periods share a day? A period given by one partial date covers that date's span."""
    a_start = a_from.start() if a_from else dt.date.min
    b_start = b_from.start() if b_from else dt.date.min
    a_end = a_to.start() if a_to else (a_from.end() if a_from else dt.date.max)
    b_end = b_to.start() if b_to else (b_from.end() if b_from else dt.date.max)
    return a_start < b_end and b_start < a_end


def in_range(date: PartialDate | None, since: PartialDate | None, until: PartialDate | None) -> bool:
    """Is a dated thing inside [since, until]? Undated things are inside only an unbounded range."""
    if since is None and until is None:
        return True
    if date is None:
        return False
    if since is not None and date.end() <= since.start():
        return False
    return not (until is not None and date.start() >= until.end())
