"""Dates in running text: "March 2024" -> 2024-03, "Dec 5, 2025" -> 2025-12-05, "in 2021" -> 2021.

Relative days ("on Friday", "this year") resolve only against a known publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from graph.dates import PartialDate, PartialDateError
from loaders.articles.alternation import trie_alternation

MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    MONTHS[calendar.month_name[_number].lower()] = _number
    MONTHS[calendar.month_abbr[_number].lower()] = _number
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}

# longest first, so that "sept" is tried before "sep"
MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_MONTH_NAME = trie_alternation(MONTH_NAMES, whole_words=False)
_MONTH = rf"(?P<month>{_MONTH_NAME})\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAME})\.?,?\s+(?P<year2>(?:19|20)\d{{2}})"
    rf"|(?P<month3>{_MONTH_NAME})\.?,?\s+(?P<year3>(?:19|20)\d{{2}})"
    r"|(?P<quarter>first|second|third|fourth)\s+quarter\s+of\s+(?P<qyear>(?:19|20)\d{2})"
    r"|(?:in|since|from|by|of|until|before|after|during|early|late|mid-?)\s+(?:the\s+end\s+of\s+)?(?P<year4>(?:19|20)\d{2})\b(?![\d%-])"
    r"|\((?P<year5>(?:19|20)\d{2})\)"
    r"|\b(?:in|since|from|by|until|early|late|mid-?)\s+(?P<month6>"
    + trie_alternation([m for m in MONTH_NAMES if len(m) > 3 or m == "may"])
    + r")\b(?!\s+\d)"
    r"|\b(?:on|last|this|next)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<rel>this year|last year|next year|today|yesterday)\b"
    r"|\b(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    date: PartialDate | None  # None: relative and no anchor to resolve it against
    start: int
    end: int
    relative: bool = False
    quarter: int | None = None


def _partial(year: str, month: str | None = None, day: str | None = None) -> PartialDate | None:
    try:
        return PartialDate(int(year), MONTHS[month.lower()] if month else None, int(day) if day else None)
    except (PartialDateError, KeyError):
        return None


def _relative(match: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    if anchor is None:
        return None
    weekday = match.group("weekday")
    rel = (match.group("rel") or "").lower()
    if rel == "this year":
        return PartialDate(anchor.year)
    if rel == "last year":
        return PartialDate(anchor.year - 1)
    if rel == "next year":
        return PartialDate(anchor.year + 1)
    if anchor.day is None:
        return None
    day = anchor.start()
    if rel == "today":
        return anchor
    if rel == "yesterday":
        return PartialDate.from_date(day - dt.timedelta(days=1))
    if weekday:
        back = (day.weekday() - WEEKDAYS[weekday.lower()]) % 7
        return PartialDate.from_date(day - dt.timedelta(days=back))
    return None


def find_dates(text: str, anchor: PartialDate | None = None, *, offset: int = 0) -> list[DateMatch]:
    """Dates in `text` (offsets shifted by `offset`). A month without a year takes the year written in
    the same text, else the anchor's year, else stays unknown."""
    found: list[DateMatch] = []
    year_in_text = re.search(r"\b(?:19|20)\d{2}\b", text)
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        date: PartialDate | None = None
        relative = False
        quarter = None
        if groups["iso"]:
            try:
                date = PartialDate.parse(groups["iso"])
            except PartialDateError:
                date = None
        elif groups["month"]:
            date = _partial(groups["year"], groups["month"], groups["day"])
        elif groups["month2"]:
            date = _partial(groups["year2"], groups["month2"], groups["day2"])
        elif groups["month3"]:
            date = _partial(groups["year3"], groups["month3"])
        elif groups["quarter"]:
            date = _partial(groups["qyear"])
            quarter = QUARTERS[groups["quarter"].lower()]
        elif groups["year4"] or groups["year5"]:
            date = _partial(groups["year4"] or groups["year5"])
        elif groups["month6"]:
            relative = True
            year = year_in_text.group(0) if year_in_text else (str(anchor.year) if anchor else None)
            date = _partial(year, groups["month6"]) if year else None
        else:
            relative = True
            date = _relative(match, anchor)
        found.append(DateMatch(date, match.start() + offset, match.end() + offset, relative, quarter))
    return found


def first_full_date(text: str) -> PartialDate | None:
    """The first day-precise date in `text` (a byline or dateline), or None."""
    for found in find_dates(text):
        if found.date is not None and found.date.day is not None:
            return found.date
    return None
