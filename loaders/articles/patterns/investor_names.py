"""Which names of a list are investors: not a generic word ("VC", "State"), a class of investors ("Angel Investors"),
nor the adjective of a body the text does not name ("the A and B governments")."""

from __future__ import annotations

import dataclasses
import re

from wordfreq import zipf_frequency

from loaders.articles.context import SentenceView
from loaders.articles.lexicon import GENERIC_BACKERS
from loaders.articles.mentions import Mention

# "the A and B governments", "the C city government": the names describe a body the text does not name
_BODY_AFTER = re.compile(
    r"\s+(?:(?:city|state|federal|local|provincial|municipal|central|national|regional)\s+)?"
    r"(?:governments?|authorit(?:y|ies)|ministr(?:y|ies)|administrations?|municipalit(?:y|ies)|councils?)\b"
)
_FAMILY_AFTER = re.compile(r"\s+famil(?:y|ies)\b")  # "the A family office": a family the text does not name


# "Angel Investors", "Family Offices", "Existing Investors A": a class of investors written in title case, no name
_INVESTOR_CLASS = re.compile(
    r"(?i:(?:angel|individual|family|institutional|strategic|existing|current|new|other|private|retail|foreign|local|"
    r"domestic|early|returning|previous|key|major|financial|corporate|undisclosed|unnamed|unidentified|various|"
    r"several|seed|lead|minority|anchor)\s+)+(?i:investors?|backers?|offices?|shareholders?|individuals?|"
    r"institutions?|angels?|lenders?|funds?)\b\s*"
)
# "Current investors including A": a common word describing the class named after it; "Stoxa 600-listed": an adjective
_DESCRIBES_AFTER = re.compile(r"\s+(?:investors|backers|shareholders|funders)\b|(?:\s\d+)?-(?:listed|based)\b")


# "the A Innovation Programme", "the European Union", "the A Commission": a grant-giving scheme or body, no
# shareholder (state funds and investment authorities are)
_GRANTING_BODY = re.compile(
    r"\b(?:Programmes?|Programs?|Schemes?|Union|Commission|Grants?|Awards?|Prizes?|Challenge)$", re.IGNORECASE
)

# "an unnamed West Coast investor": words describing an investor the text does not name
_UNNAMED_BEFORE = re.compile(r"\b(?:unnamed|undisclosed|unidentified|anonymous)\s+$", re.IGNORECASE)
# "raised $9m from A and B, C reports": C, the news source closing the sentence, no investor
_SOURCE_AFTER = re.compile(r",?\s+(?:reports|reported|said|says|wrote)\s*[.,]")

# "former A Chief Ada Moss", "A CEO Ada Moss": A is the firm in the title of the person named after it, no investor
_PERSONS_TITLE_AFTER = re.compile(
    r"\s+(?i:(?:co-)?founder|chief(?: executive)?|CEO|CFO|CTO|COO|chair(?:man|woman)?|president|boss|head)\s+"
    r"(?-i:[A-Z][a-z]+\s+[A-Z])"
)


# "Investors including A and B will buy a stake in X", "A and B plan to take part": a purchase the clause only plans
_ONLY_PLANNED_AFTER = re.compile(
    r",?\s+(?:(?:also|both|each|jointly|together|reportedly)\s+)?"
    r"(?:will|would|shall|could|may|might|(?:(?:plan|intend|aim|hope|want|expect)s?|(?:are|is|were|was)\s+"
    r"(?:set|expected|poised|slated|likely|due|in talks|planning|preparing|looking))\s+to)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:buy|purchase|acquire|invest|take|subscribe|participate|join|inject|put|pump|pour|back|lead"
    r"|contribute|provide|anchor)\b"
)


def granting_body(name: str) -> bool:
    """Whether the name is a scheme or body that hands out grants ("A Innovation Programme", "European Union")."""
    return _GRANTING_BODY.search(name) is not None


def named_investors(view: SentenceView, names: list[Mention]) -> list[Mention]:
    """The names that are investors: not a generic word ("VC", "State"), a class of investors ("Angel Investors"), a
    grant-giving scheme ("A Innovation Programme"), an adjective of a body the text does not name ("the A and B
    governments": none of them), words describing an unnamed one ("an unnamed West Coast investor") nor a source
    ("..., C reports."); none when the list only plans to invest ("A and B will buy a stake")."""
    if names and (_BODY_AFTER.match(view.text, names[-1].end) or _ONLY_PLANNED_AFTER.match(view.text, names[-1].end)):
        return []
    return [
        n
        for n in map(_without_class, names)
        if n.text
        and n.text.lower().rstrip("s") not in GENERIC_BACKERS
        and not granting_body(n.text)
        and not (_BODY_AFTER.match(view.text, n.end) or _FAMILY_AFTER.match(view.text, n.end))
        and not (" " not in n.text and n.text.lower() != n.text and _common_class_word(view, n))
        and not _UNNAMED_BEFORE.search(view.text, 0, n.start)
        and not _SOURCE_AFTER.match(view.text, n.end)
        and not _PERSONS_TITLE_AFTER.match(view.text, n.end)
    ]


def _without_class(name: Mention) -> Mention:
    """The name after a class of investors glued to it ("Existing Investors A": A); "" for the class alone."""
    found = _INVESTOR_CLASS.match(name.text)
    if found is None:
        return name
    return dataclasses.replace(name, text=name.text[found.end() :], start=name.start + found.end())


def _common_class_word(view: SentenceView, name: Mention) -> bool:
    """ "Current investors including A", "Stoxa 600-listed": one word describing what follows it, no investor."""
    return _DESCRIBES_AFTER.match(view.text, name.end) is not None and (
        "-" in view.text[name.end : name.end + 6] or zipf_frequency(name.text.lower(), "en") >= 4.0
    )
