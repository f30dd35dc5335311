"""Who a clause is about: its subject as a name ("X raised", "Y's unit X raised", "after X raised"), the topic
for "it" and "the company", and where a clause starts ("A raised $6bn, while B ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import EntityKind
from loaders.articles.datelines import is_dateline
from loaders.articles.lexicon import (
    DESCRIBES_NEXT_NAME,
    DESCRIPTIVE_WORD,
    NATIONALITY_WORDS,
    PRODUCT_KINDS,
    noun_pattern,
)
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.records import not_a_party
from loaders.articles.startup_refs import startup_meant

if TYPE_CHECKING:
    from loaders.articles.context import SentenceView

FRONTED_PHRASE = re.compile(
    r"\s*(?:Against|Despite|Amid|Amidst|Among|Amongst|Unlike|Following|Given|Beyond|Besides|Apart from|Thanks to|"
    r"Due to|Because of|In the face of|In addition to|Compared (?:with|to)|Alongside"
    r"|[A-Z][a-z]+ed (?:by|with|from|in|at))\b[^,;]{1,150},\s"  # "Founded by former X engineers in 2019, Y ..."
)

# The words between "X's" and the name X has: descriptions and asides
_DESCRIPTION_GAP = re.compile(rf"['’]s?\s+(?:(?:\([^()]{{1,20}}\)|{DESCRIPTIVE_WORD}),?\s+){{1,6}}")
# Words that end a possessive noun phrase: a verb, an article or a preposition opens the rest of the clause.
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|include[sd]?|including|said|says|the|a|an|to|of|in|on|for|with|by|as|"
    r"from|at|and|or|which|that)\b"
)
# "X's app Y": a product noun after the possessive (the kinds we classify, and cars); "X's robot unit" is no product.
_PRODUCT_WORD = re.compile(rf"\b{noun_pattern([*PRODUCT_KINDS, 'car', 'suv'])}\b")


def subject_mention(view: SentenceView, before: int | None = None, after: int = 0) -> Mention | None:
    """The clause subject: the first name that is not a place, a dateline or inside a prepositional phrase."""
    limit = len(view.text) if before is None else before
    after = max(after, view.label_end())
    fronted = FRONTED_PHRASE.match(view.text, after)
    if fronted is not None and fronted.end() < limit:
        after = fronted.end()  # "Against weak demand and the X dispute, Y went ahead": Y is the subject
    for m in view.mentions:
        if m.start < after:
            continue
        if m.start >= limit:
            break
        head = view.text[max(0, m.start - 12) : m.start]
        if re.search(r"\bshares of\s+$", head, re.IGNORECASE) and not not_a_party(m.text):
            return m
        if re.search(
            r"\b(?:in|on|at|from|with|for|of|to|by|than|since|after|as|like|into|across)\s+(?:the\s+|an?\s+|its\s+|former\s+)?$",
            head,
            re.IGNORECASE,
        ):
            continue
        described = DESCRIBES_NEXT_NAME.match(view.text, m.end)  # "X rival Y raised", "X unit Y said": Y's
        if is_dateline(view.text, m) or (described is not None and described.end() < limit):
            continue  # dateline "SHANGHAI, Dec 5 —"; a name describing the next one (up to `limit`: X's noun)
        if m.possessive and _possessed_name_follows(view, m):
            continue  # "Brantor's electric vehicle (EV) brand Velt raised": Velt is the subject
        if not_a_party(m.text) or view.text.count("(", 0, m.start) > view.text.count(")", 0, m.start):
            continue  # a place, "Shenzhen-based", "German AI", "(SoC)": descriptors of the subject, not it
        if view.text[m.end : m.end + 1] == "-" or view._known_kind(m) == EntityKind.PLACE:
            continue
        if re.search(r"\b[Tt]he\s+$", head) and _DESCRIBED_HEAD.match(view.text, m.end):
            continue  # "The QRX chip company closes ...": QRX describes the company, the text's own
        return m
    return None


def _possessed_name_follows(view: SentenceView, m: Mention) -> bool:
    nxt = next((o for o in view.mentions if o.start > m.end and o.text.lower() not in NATIONALITY_WORDS), None)
    if nxt is None:
        return False
    gap = view.text[m.end : nxt.start]
    if _PRODUCT_WORD.search(gap):
        return False  # "X's app Y reached ...": Y is X's product; X stays the subject
    if _NOT_A_NOUN_PHRASE.search(gap):
        return False  # "X's offerings include the Y family": Y is named in X's clause, not X's unit
    if looks_like_person(m.text) and re.fullmatch(r"['’]s?\s+", gap):
        return True  # "Elon Musk's xAI raised ...": the company, not its owner
    return bool(_DESCRIPTION_GAP.fullmatch(gap))  # "X's German rival Y", "X's Berlin-based unit Y"


def reported_subject(view: SentenceView, before: int) -> str | None:
    """In "the FT had reported that X was raising ...", the subject of what was reported (X, or the topic for
    "that it ..."), not the source; None when no reported clause opens before `before`."""
    reported = _REPORTED_THAT.search(view.text, 0, before)
    if reported is None:
        return None
    named = view.mention_after(reported.end(), limit=2)
    if named is None or view.is_person(named):
        return view.doc.topic
    return view.resolve(named, EntityKind.ORGANIZATION)


def subject_ref(view: SentenceView, before: int | None = None) -> str | None:
    """Subject of the sentence up to `before`: a named organisation or, for "it"/"the company", the topic."""
    head = view.text[: len(view.text) if before is None else before]
    subordinate = _subordinate_subject(view, len(head))
    if subordinate is not None:
        return view.resolve(subordinate, EntityKind.ORGANIZATION)
    if _THAT_IT.search(head):
        return view.doc.topic  # "filings from X showing that the company raised": the company, not X
    clause = clause_start(view.text, len(head))
    m = subject_mention(view, before, clause)
    head = head[clause:] if clause else head
    pronoun = re.search(
        r"(?:^|[,;:]\s*|\b(?:and|which|that)\s+)(?:[Ii]t|[Ii]ts)\b|\bit\b"
        r"|\b[Tt]he (?:(?:[A-Z][a-z]+-)?[a-z-]+ |[A-Z]{2,5} ){0,2}?"  # "the QRX chip company"
        r"(?:company|firm|group|lab|start-?up|stock|venture|unicorn|(?:chip|car|auto)?maker|developer|platform)"
        r"\b(?!['’])",
        head,
    )
    if pronoun and (m is None or pronoun.start() + clause < m.start):
        startup = re.search(r"start-?up$", pronoun.group(0))  # "the startup": the one the text called so
        return (view.doc.described_startup or startup_meant(view)) if startup else view.doc.topic
    if m is None:
        return view.doc.topic if re.match(r"\s*(?:it|its|the company)\b", head, re.IGNORECASE) else None
    if view.is_person(m):
        return None
    return view.resolve(m, EntityKind.ORGANIZATION)


def _subordinate_subject(view: SentenceView, verb: int) -> Mention | None:
    """ "The deal comes after X raised ...", "when X received ...": the name opening the clause of the verb;
    "A competes with X, which raised ...": X, the name the relative clause is about."""
    relative = _WHICH_VERB.search(view.text, 0, verb)
    if relative is not None:
        named = view.mention_before(relative.start() + 1, limit=1)
        return named if named is not None and not named.possessive and not view.is_person(named) else None
    near = view.mention_before(verb, limit=24)
    if near is None or near.possessive:
        return None
    if not re.fullmatch(r"\s+(?:(?:has|have|had|also|just|recently|reportedly)\s+)*", view.text[near.end : verb]):
        return None
    opener = re.search(  # "where rival X raised ...": a description may stand between the opener and X
        r"\b(?:after|before|when|since|while|because|once|until|although|though|where|whereas|(?<!such )as"
        r"|[a-z0-9][\w%-]*\s+and)\s+(?:(?:its|their|the)\s+)?(?:[a-z-]+\s+){0,2}$",
        view.text[: near.start],
    )
    # the text tests first: subject_ref runs for most verbs, and is_person is the costly one
    return near if opener and not view.is_person(near) else None


_DESCRIBED_HEAD = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:company|firm|start-?up|(?:chip|car|auto)?maker|developer|designer|lab|unicorn)\b"
)
# "filings showing that the company raised": the text's company, not the filings' author
_THAT_IT = re.compile(
    r"\b(?:showing|shows?|showed|indicating|indicates?|indicated)\s+that\s+"
    r"(?:it|the (?:[a-z-]+ ){0,2}(?:company|firm|start-?up|lab|group))\s+"
    r"(?:(?:has|have|had|also|just|recently|reportedly|then|later|previously|now|further)\s+)*$"
)
# ", which (has) raised": the verb's subject is the name before the comma
_WHICH_VERB = re.compile(
    r"(?<=[A-Za-z0-9.)])(?:\s*\([^()]{0,30}\))?,\s+which\s+(?:(?:has|had|have|also|just|recently|reportedly|previously|later)\s+)*$"
)
_REPORTED_THAT = re.compile(r"\b(?:reported|said|wrote|noted|cited|told(?: [\w'’&.-]+){1,8}?)\s+(?:on \w+\s+)?that\s+")


# Conjunctions that open a clause with a subject of its own: "A raised $6bn, while B raised $2bn".
_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|,\s+but\s+(?=[A-Z]|its?\b|the\b)")


def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos`: after the last ";" outside parentheses or a contrasting "while"."""
    depth = 0
    start = 0
    for index, char in enumerate(text[:pos]):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            start = index + 1
    contrast = [m.end() for m in _CONTRAST.finditer(text, start, pos)]
    return contrast[-1] if contrast else start
