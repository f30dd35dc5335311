"""Names that stand for another party: a name modifying an unnamed fund or unit ("the X industry fund", "X payments
arm": the unit is the party) and a company's board ("the Board of X": the company X)."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from loaders.articles.geography import COMMON_WORD_ZIPF
from loaders.articles.mentions import Mention

_BOARD_OF = re.compile(r"(?:Supervisory |Executive )?Board(?: of Directors)? of (?:the )?")

# A name that only modifies a lowercase organisation noun ("the X industry fund joined", "an X unit"): the noun is
# the party, and it has no name of its own here.
_MODIFIER_OF = re.compile(
    r"\s+(?:(?!(?:and|or|with|by|from|in|on|at|its|their|his|her|a|an|the)\b)[a-z-]+\s+){0,2}"
    r"(?:fund|arm|unit|subsidiary|affiliate|division)(?P<plural>s?)\b(?!\s*(?:[A-Z(]|of\b))"
)


def modifies_a_unit(text: str, end: int) -> bool:
    """ "the Dorrance AI industry fund", "X payments arm": the name describes an unnamed fund or unit; not "X makes
    robot arms", "X sells index funds" (a verb and its plural object)."""
    modifier = _MODIFIER_OF.match(text, end)
    if modifier is None:
        return False
    first = re.match(r"\s+([a-z-]+)", text[end : modifier.end()])
    return not (modifier.group("plural") and first is not None and first.group(1).endswith("s"))


def board_owner(m: Mention) -> Mention:
    """ "the Board of X": the company X, whose board it is ("Board of Trade" stays a name: nothing rare is left)."""
    board = _BOARD_OF.match(m.text)
    rest = m.text[board.end() :] if board is not None else ""
    if board is None or not any(zipf_frequency(w.lower(), "en") < COMMON_WORD_ZIPF for w in rest.split()):
        return m
    return Mention(rest, m.start + board.end(), m.end, m.possessive)
