"""Whom "he" or "she" stands for in a text read one sentence at a time: the person the previous sentence opened with
as its subject ("Zhao Lidong, who serves as CEO, ..." then "He also worked at X"), else the only person the text has
named so far. A sentence that names a second person makes the pronoun ambiguous, and then it stands for no one.

The careers family notes each sentence's opening person after reading it (`note_opening_person`); the families read
after it in the same sentence see that sentence's note."""

from __future__ import annotations

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.patterns.clauses import person_like

_PERSON = EntityKind.PERSON


def he_or_she(view: SentenceView, pos: int) -> str | None:
    """Whom "he"/"she" stands for: the person the previous sentence opened with ("Zhao Lidong, who serves as CEO,
    ..." then "He also worked at X"), else the only person the text has named so far."""
    name = view.doc.opening_person
    people = set(view.doc.person_words.values())
    if name is None and len(people) == 1:
        name = people.pop()
    return view.b.entity(name, _PERSON, view.span(pos, pos + 3)) if name else None  # the pronoun stands for the name


def note_opening_person(view: SentenceView) -> None:
    """Remember the person this sentence opens with as its subject, when it names no one else; a sentence that
    names nobody (or opens with "He") keeps the last, one that names someone else forgets it."""
    people = {m.text for m in view.mentions if person_like(view, m)}
    if not people:
        return  # a sentence about no one (or opening with "He") leaves "he" to the person named before
    subject = view.subject_mention()
    opens = subject is not None and subject.start <= view.label_end() + 8 and not subject.possessive
    # the one person the sentence names, as its subject; a second person named makes "he" ambiguous
    single = opens and subject is not None and people == {subject.text}
    view.doc.opening_person = subject.text if single and subject is not None else None
