"""The place a seat's description names ("US-based", "Porto, north Portugal-based", "a Japanese-based fund"), when
the reader knows it as one: the words a place is written with, and the place entity the seat readers relate to."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.geography import COUNTRY_NAMES, COUNTRY_OF_DEMONYM
from loaders.articles.mentions import guess_kind
from loaders.articles.patterns.exchanges import HYPHEN

_ORG = EntityKind.ORGANIZATION

# "The Foshan-based X", "For Singapore-based X": a capitalised word opening the sentence is no part of the place
NOT_PLACE_WORD = r"(?!(?:The|This|That|These|Its|Their|For|From|With|In|At|By|As|And|But|Of|On|To|An?|Fellow)\s)"
# a place's word, its accents kept ("Montréal-based X", "São Paulo-based Y")
WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+"
PLACE = rf"(?P<place>{NOT_PLACE_WORD}{WORD}(?: {WORD})?)"
# "US-based X" names a seat; "the US company" does not
PLACE_OR_CODE = rf"(?P<place>{NOT_PLACE_WORD}{WORD}(?: {WORD})?|US|U\.S\.|UK|U\.K\.|UAE)"
_COUNTRY_CODES = {code: COUNTRY_NAMES[code][0] for code in ("US", "U.S.", "UK", "U.K.", "UAE")}

# "Porto, north Portugal-based Velmont", "Leeds, England-based X": the city before the region is where it is
_CITY_BEFORE = re.compile(
    rf"(?P<city>(?:{WORD} )?{WORD}),\s+"
    r"(?:(?:south|north|east|west|central|southern|northern|eastern|western)\s+)?$"
)

# "-based" right after the place word ("a Japanese-based fund")
BASED_AFTER = re.compile(rf"{HYPHEN}(?:based|headquartered)\b")


def known_place(view: SentenceView, org: str | None, m: re.Match[str]) -> str | None:
    """The place of `m` when the reader knows it as one (a country or a city, never "the Chinese company") and
    `org` is an organisation."""
    place, start, end = m.group("place"), m.start("place"), m.end("place")
    code = place if place in _COUNTRY_CODES else None
    place = _COUNTRY_CODES.get(place, place)  # "US-based Nvidia": the United States
    if BASED_AFTER.match(view.text, end):
        place = COUNTRY_OF_DEMONYM.get(place, (place,))[0]  # "a Japanese-based fund": Japan ("the Chinese company": no)
    city = _city_before(view, start)
    if city is not None:
        place, start, end, code = view.text[city[0] : city[1]], city[0], city[1], None
    if org is None or view.b.record(org).kind != _ORG or not is_place(view, place):
        return None
    ref = view.b.entity(place, EntityKind.PLACE, view.span(start, end))
    if code is not None and ref is not None:
        view.b.record(ref).add_alias(code)  # the text's own form of the name ("US") stays one of its names
    return ref


def _city_before(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """Where the city named before the region at `pos` is written: two words ("San Jose, California-based") or
    the last of them ("Visiting Shenzhen, China-based": not "Visiting")."""
    city = _CITY_BEFORE.search(view.text, 0, pos)
    if city is None or city.end() != pos:
        return None
    start, end = city.start("city"), city.end("city")
    if is_place(view, view.text[start:end]):
        return start, end
    last = view.text.rfind(" ", start, end) + 1
    return (last, end) if last and is_place(view, view.text[last:end]) else None


def is_place(view: SentenceView, name: str) -> bool:
    known = view.b.gazetteer.lookup(name)
    return guess_kind(name) == EntityKind.PLACE or (known is not None and known[1] == EntityKind.PLACE)
