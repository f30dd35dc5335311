"""Checks on a deal the acquisition readers found (acquisitions.py): whether the clause judges or undoes it rather
than report it done, whose "its" names the buyer, who reports a purchase, and parentheses that name a buyer of their
own."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import organisations

# "Regulators blocked X's purchase of Y", "... dropped its acquisition of Y": a deal undone (an approval, a probe or a
# review may come before or after the deal closed: they say nothing of it)
_JUDGED = re.compile(
    r"\b(?:block\w*|reject\w*|oppos\w*|halt\w*|abandon\w*|terminat\w*|cancel\w*|"
    r"drop(?:s|ped|ping)?|"
    r"(?:call\w*|walk\w*|pull\w*|back\w*)\s+(?:off|away\s+from|out\s+of))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "X's purchase of Y was blocked", "... fell through", "... is pending", "... is expected to close", "... will make X"
_UNDONE_AFTER = re.compile(
    r"^[^;]{0,60}?\b(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:blocked|rejected|abandoned|"
    r"terminated|called\s+off|scrapped|dropped|halted|cancell?ed|withdrawn|pending|opposed|challenged|under\s+review|"
    r"expected\s+to|set\s+to|due\s+to|scheduled\s+to|slated\s+to|likely\s+to|poised\s+to|still)|(?:has|have)\s+yet\s+to|"
    r"will|would|could|may|might|remains|fell\s+through|collapsed|failed|stalled|awaits|awaiting|needs|requires|"
    r"subject\s+to)\b",
    re.IGNORECASE,
)


def possessor_before(view: SentenceView, its: int) -> str | None:
    """The company named last before "its" when named as an owner ("This is X's largest deal since its purchase of
    Y": X's), the subject's place being taken by a pronoun or a deal."""
    named = view.mention_before(its, limit=60)
    if named is None or not named.possessive or named.start < clause_start(view.text, its):
        return None
    if view.is_person(named) or looks_like_person(named.text) or re.search(r"[,;(]", view.text[named.end : its]):
        return None
    return view.resolve(named, EntityKind.ORGANIZATION)


def not_closed(view: SentenceView, start: int, targets: list[Mention]) -> bool:
    """Whether the clause judges or undoes the deal its noun names rather than reports it done: "regulators
    blocked X's purchase of Y", "X's purchase of Y fell through"."""
    if _JUDGED.search(view.text, clause_start(view.text, start), start):
        return True
    return bool(targets) and _UNDONE_AFTER.match(view.text[targets[-1].end :]) is not None


# "A said (its rival) B had bought C": what A reports opens with its own subject, B
_REPORTED = re.compile(
    r"\b(?:said|says|told\s+(?:[a-z]+\s+){0,2}|reported|announced|confirmed|noted|added|disclosed)\s+"
    r"(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+)?(?:that\s+)?(?P<its>(?:(?:its|their|the)\s+)?(?:(?!(?:it|they|we)\b)[a-z-]+\s+){0,2})"
)
_AUXILIARIES = re.compile(r"\s+(?:(?:has|have|had|also|recently|just|previously|already|earlier|reportedly)\s+)*")


def reported_buyer(view: SentenceView, verb: int) -> list[Mention] | None:
    """None when no verb of saying opens the buying clause or no name opens what is said ("A said it bought C" is
    A's own); else the buyer it names ("A said B had bought C": [B]), [] when that name is not the verb's subject."""
    said = list(_REPORTED.finditer(view.text, clause_start(view.text, verb), verb))
    if not said:
        return None
    rest = view.text[said[-1].end() : verb]
    if not said[-1].group("its") and re.match(r"(?:it|they|we)\b", rest):
        return None  # "A said it has bought C": A's own purchase
    named = view.mention_at(said[-1].end())
    if named is None:
        return None  # "A said in a filing that it bought C": the clause's own reading decides
    if named.possessive or not _AUXILIARIES.fullmatch(view.text, named.end, verb):
        return []
    return organisations(view, [named])


def buyer_outside_parentheses(view: SentenceView, buyer: Mention, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` stands inside parentheses that name their own subject, with `buyer`
    before them ("X's purchase of Y (see Z completes acquisition of Y Tech)")."""
    paren = view.text.rfind("(", 0, verb_end)
    return buyer.start < paren > view.text.rfind(")", 0, verb_end) and bool(view.mentions_in(paren, verb_end))
