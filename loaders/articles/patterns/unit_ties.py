"""Whether a tie between a unit and its parent holds now: words that make it a past or a planned one ("a former
unit of Y", "Y's planned spin-off X"), an end date ("until 2021") and a sale told before or after the unit ("Y sold X,
its chip arm", "X, Y's battery unit, was sold in 2020"); and whether the owner named is its one parent company (not
one of several owners, nor a company whose title-holder owns it: "owned by Y co-founder A", nor a name in a relative
aside: "The company, where A is its biggest shareholder, ... its unit X")."""

from __future__ import annotations

import re

from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention

# "X, a former unit of Y", "Y's one-time subsidiary X", "Y's planned spin-off X": a tie that was or will be, not is
NOT_NOW = re.compile(r"\b(?:former|ex|one-?time|erstwhile|previous|planned|proposed|prospective|would-be|future)\b")


def not_now(view: SentenceView, child: Mention, parent: Mention) -> bool:
    """Whether the words joining a unit and its parent make the tie a past or a planned one (NOT_NOW)."""
    first, second = (child, parent) if child.start < parent.start else (parent, child)
    if sold_before(view, child):
        return True
    if tie_not_now(view.text[first.end : second.start]) or _UNTIL.match(view.text, second.end) is not None:
        return True
    owned = re.match(r"['’]s?\s+(?:[\w-]+\s+){0,3}", view.text[second.end :]) if second.possessive else None
    if owned is not None and tie_not_now(owned.group(0)):
        return True  # "X, Y's former battery unit"
    return let_go(view, second.end)


def sold_before(view: SentenceView, child: Mention) -> bool:
    """Whether the unit is what its owner sold ("Y sold X, its battery unit, to Z": X was Y's)."""
    return _SOLD_BEFORE.search(view.text, max(0, child.start - 40), child.start) is not None


def let_go(view: SentenceView, pos: int) -> bool:
    """Whether the phrase at `pos` goes on to say the unit was spun off or sold ("..., which it spun off")."""
    return _LET_GO.match(view.text, pos) is not None


# "Y's X unit, which it spun off last year", "X, Y's battery unit, was sold in 2020": a tie that has ended
_LET_GO = re.compile(
    r"[^.;,]{0,40},\s+(?:which\s+(?:\w+\s+){1,2}|(?:was|were|has been|had been)\s+)(?:later\s+|since\s+)?"
    r"(?:spun|sold|divested|offloaded|carved)\b"
)


# "Y divested X, its chip arm": the sale ends the tie (an agreed sale, "agreed to sell X", does not yet)
_SOLD_BEFORE = re.compile(
    r"\b(?:sold|divested|offloaded|spun\s+off|disposed\s+of|(?:completed|closed)\s+(?:the\s+|its\s+)?sale\s+of)\s+"
    r"(?:its\s+(?:[\w-]+\s+){0,3})?$"
)


# "X, a unit of Y until 2021": a tie that has ended
_UNTIL = re.compile(r",?\s+(?:until|till|up to)\s+(?:\d{4}|(?:[A-Z][a-z]+\s+)?\d{4}|last|this|recently|earlier)\b")


def tie_not_now(words: str) -> bool:
    """Whether words that join a unit and its parent ("a former unit of") make the tie a past or a planned one."""
    return NOT_NOW.search(words) is not None


# "... by A and B", "... by A, B and C": the owner is one of a list
_CO_OWNERS = re.compile(r"(?:,\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)*,?\s+(?:and|&)\s+(?:the\s+)?[A-Z]")


def sole_owner(view: SentenceView, owner: Mention | None) -> Mention | None:
    """The owner, unless others share it ("X is owned by A and B": a joint venture has no one parent)."""
    if owner is not None and _CO_OWNERS.match(view.text, owner.end):
        return None
    return owner


# "owned by Quorra co-founder Lena Varga": the owner is the person the company's name qualifies
_ROLE_HOLDER_AFTER = re.compile(
    r"\s+(?:co-?founder|founder|chief executive|CEO|chairman|chairwoman|boss|billionaire|heir)\s+"
    r"(?-i:[A-Z][\w'’-]+\s+[A-Z])",
    re.IGNORECASE,
)


def person_named_after(view: SentenceView, owner: Mention) -> bool:
    """Whether the owner's name only says whose the person after it is ("Y co-founder A"): A owns, not Y."""
    return _ROLE_HOLDER_AFTER.match(view.text, owner.end) is not None


# ", where A is its biggest shareholder,", ", in which A holds a stake,": a relative clause about the company
_RELATIVE_OPENS = re.compile(r",\s+(?:where|in\s+which|of\s+which|whose|which|that|who|with)\b[^,;]*$")


def in_relative_aside(view: SentenceView, m: Mention, pos: int) -> bool:
    """Whether `m` stands in a relative clause set off by commas that closes before `pos` ("The company, where A is
    its biggest shareholder, reported a loss at its unit X": A owns a stake in the company, X is not A's unit)."""
    return _RELATIVE_OPENS.search(view.text, 0, m.start) is not None and "," in view.text[m.end : pos]
