"""Whom "he" or "she" stands for in a text read one sentence at a time: the person the previous sentence opened with
as its subject ("Zhao Lidong, who serves as CEO, ..." then "He also worked at X"), else the only person the text has
named so far. A sentence that names a second person makes the pronoun ambiguous, and then it stands for no one.

The careers family notes each sentence's opening person after reading it (`note_opening_person`); the families read
after it in the same sentence see that sentence's note."""

from __future__ import annotations

import re
from typing import Any

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention, looks_like_person

_PERSON = EntityKind.PERSON


def he_or_she(view: SentenceView, pos: int) -> str | None:
    """Whom "he"/"she" stands for: the person the previous sentence opened with ("Zhao Lidong, who serves as CEO,
    ..." then "He also worked at X"), else the only person the text has named so far."""
    name = _OPENING_PERSON[1] if _OPENING_PERSON and _OPENING_PERSON[0] is view.doc else None
    people = set(view.doc.person_words.values())
    if name is None and len(people) == 1:
        name = people.pop()
    return view.b.entity(name, _PERSON, view.span(pos, pos + 3)) if name else None  # the pronoun stands for the name


# The document being read and the person its last sentence opened with (documents are read one at a time)
_OPENING_PERSON: list[Any] = []


def note_opening_person(view: SentenceView) -> None:
    """Remember the person this sentence opens with as its subject, when it names no one else; a sentence that
    names nobody (or opens with "He") keeps the last, one that names someone else forgets it."""
    if not _OPENING_PERSON or _OPENING_PERSON[0] is not view.doc:
        _OPENING_PERSON[:] = [view.doc, None]
    people = {m.text for m in view.mentions if _person_like(view, m)}
    if re.match(r"(?:\W|\[\d+\])*(?:[Hh]e|[Ss]he)\b", view.text[view.label_end() :]) and not people:
        return
    if not people:
        return  # a sentence about no one leaves "he" to the person named before
    subject = view.subject_mention()
    opens = subject is not None and subject.start <= view.label_end() + 8 and not subject.possessive
    # the one person the sentence names, as its subject; a second person named makes "he" ambiguous
    single = opens and subject is not None and people == {subject.text}
    _OPENING_PERSON[1] = subject.text if single and subject is not None else None


def _person_like(view: SentenceView, m: Mention) -> bool:
    known = view.b.find(m.text)
    if known is not None:
        return known.kind == _PERSON
    return view.is_person(m) or looks_like_person(m.text)
