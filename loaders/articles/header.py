"""Header facts of a pasted article: title, byline ("Company · Jun 26, 2026 · Outlet"), publisher, date.

Only the lines before the body, a byline or a dateline give the publication date; a document
without one is undated (never the load date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.dates import PartialDate
from loaders.articles.cleaning import CHROME_LINE, DATE_STAMP, Body, Line, is_foreign
from loaders.articles.textdates import first_full_date

_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_BYLINE_PREFIX = re.compile(r"^by\s+", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}:\d{2}")
_DATELINE = re.compile(
    r"^[A-Z][A-Z ./'-]{2,40},\s+(?P<date>[^—–-]{6,30}?)\s+[—–-]"
    rf"|^\s*{DATE_STAMP}"
)


@dataclass(frozen=True)
class Header:
    title: str | None = None
    publisher: str | None = None
    published_at: PartialDate | None = None
    byline: Line | None = None


def _is_title(line: Line) -> bool:
    words = line.text.split()
    return (
        3 <= len(words) <= 30
        and not is_foreign(line.text)
        and not _SEPARATOR.search(line.text)
        and not CHROME_LINE.search(line.text)
    )


def read_header(body: Body) -> Header:
    first_body = body.blocks[0].start if body.blocks else None
    title: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None
    byline: Line | None = None
    for line in body.lines:
        before_body = first_body is None or line.start < first_body
        if not before_body:
            break
        parts = _SEPARATOR.split(line.text)
        short_line = len(line.text.split()) <= 8  # "Published Mar 3, 2026", "Updated: 2026-03-03 09:00"
        date = first_full_date(line.text) if len(parts) >= 2 or short_line else None
        if title is None and _is_title(line) and not (short_line and date is not None):
            title = line.text.strip("#*` ")
            continue
        if date is not None and published is None:
            published, byline = date, line
            rest = [p for p in parts if first_full_date(p) is None and not _TIME.match(p)]
            if len(rest) >= 2:
                publisher = rest[-1].strip()
            elif rest and not _BYLINE_PREFIX.match(rest[0]):
                publisher = rest[0].strip()
    if published is None and body.blocks:
        dateline = _DATELINE.match(body.blocks[0].text)
        if dateline:
            published = first_full_date(dateline.group("date") or dateline.group("iso"))
    return Header(title=title, publisher=publisher, published_at=published, byline=byline)
