"""Datelines: the place (and date) opening a wire story ("SHANGHAI, Dec 5, 2025 —", "PALO ALTO, CA —"), never the
subject of its first sentence."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.mentions import Mention, guess_kind

_DATELINE_AFTER = re.compile(r",?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s*)?[—–]")

# "PALO ALTO, CA —", "AUSTIN, Texas —", "SAN JOSE, Calif. —": the state or country after a dateline's city
_DATELINE_CITY = re.compile(r"\W{0,2}[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3},\s*")
_PLACE_COMMA = re.compile(r"\W{0,2}(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s*")
_STATE_AFTER = re.compile(r"\.?,?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s*)?(?:[—–/]|-{1,2}\s)")


def is_dateline(text: str, m: Mention) -> bool:
    """ "SHANGHAI, Dec 5, 2025 —", "PALO ALTO, CA —": a place opening a wire story, not a subject."""
    if m.start <= 2:
        return m.text.isupper() and len(m.text) > 3 and bool(_DATELINE_AFTER.match(text[m.end :]))
    city = _DATELINE_CITY.fullmatch(text, 0, m.start) or _PLACE_COMMA.fullmatch(text, 0, m.start)
    if city is None or len(m.text.split()) > 2 or not _STATE_AFTER.match(text, m.end):
        return False
    # "Knoxville, Tenn., Nov. 8 –": a city not in capitals is a dateline's only when it is a place
    return city.re is _DATELINE_CITY or guess_kind(city.group("city")) == EntityKind.PLACE
