"""Moves of several names paired with several figures in order: "A and B fell 4.3% and 2.8% respectively", "A, B
and C fell 3%, 2% and 1%"; the list is the one right before the verb, one whose items a trade describes, or the
clause's subject list when the names before the figures end in an object."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention
from loaders.articles.patterns.move_checks import another_instrument, move_date
from loaders.articles.patterns.move_quotes import Emit
from loaders.articles.patterns.move_words import DOWN, FIGURE, UP_OR_DOWN, figure_value

_DOWN_WORDS = set(DOWN.split("|"))

# "A and B fell 4.3 per cent and 2.8 per cent respectively": figures paired with the names in order
RESPECTIVELY = re.compile(
    rf"\b(?P<verb>{UP_OR_DOWN}|(?:(?:are|were|is|was) )?(?P<dir>up|down))\b(?:\s+(?:by|about|as much as|more than|nearly|around))*"  # noqa: E501
    # "were up 1.5% and up 2.6%, respectively": the direction said again before each figure
    rf"\s+(?P<figures>(?:{FIGURE})\s?(?:%|per ?cent|percent)?(?:(?:,\s*|\s+and\s+)(?:(?P=dir)\s+)?(?:{FIGURE})\s?(?:%|per ?cent|percent)?)+)"  # noqa: E501
    # "gained 2.85 percent and 1.54 percent to close at 361,000 and 594,000 won respectively": the closes paired too
    r"(?:\s+to\s+(?:close|end|finish|settle)\s+at\s+[^.;%]{1,60}?)?,?\s+respectively\b",
    re.IGNORECASE,
)
# "A, B and C fell 3%, 2% and 1%": the same pairing without "respectively", every figure a percentage
PAIRED = re.compile(
    rf"\b(?P<verb>{UP_OR_DOWN}|(?:are|were|is|was) (?P<dir>up|down))\b"
    rf"\s+(?P<figures>(?:{FIGURE})\s?(?:%|per ?cent|percent)"
    rf"(?:(?:,\s*|,?\s+and\s+)(?:(?P=dir)\s+)?(?:{FIGURE})\s?(?:%|per ?cent|percent))+)(?![\w%])",
    re.IGNORECASE,
)


def paired_moves(
    view: SentenceView, pattern: re.Pattern[str], emit: Emit, clause_start: Callable[[str, int], int]
) -> None:
    """Each name of the list before the verb moved by the figure in the same place of the figures' list."""
    for m in pattern.finditer(view.text):
        figures = [figure_value(f) for f in re.findall(FIGURE, m.group("figures"))]
        start = clause_start(view.text, m.start())
        names = [n for n in view.mentions if start <= n.start and n.end <= m.start() and not view.is_person(n)]
        # the list that ends right before the verb: "A and B rose 3% and 4%", "top gainer in A and B, which are up"
        lists = (view.name_list(n.start, m.start()) for n in names)
        listed = next((found for found in lists if found and found[-1] == names[-1]), [])
        if len(listed) != len(figures):
            listed = _described_list(view, names, len(figures)) or _subject_list(view, names, start)
        if len(listed) != len(figures):
            continue
        verb = m.group("verb").lower()
        down = m.group("dir") == "down" if m.group("dir") else verb in _DOWN_WORDS
        date = move_date(view, m.end())
        for name, figure in zip(listed, figures, strict=True):
            subject = None if another_instrument(view.text, name) else view.resolve(name, EntityKind.ORGANIZATION)
            if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
                continue
            signed = -figure if down else figure
            emit(view, subject, date, signed, down, {}, view.span(start, m.end()))


# "social media giant A and food-delivery firm B": each name of a paired list after a description of its trade
_DESCRIBED_ITEM = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s*)?(?:and\s+)?(?:[a-z][\w-]*\s+){0,2}(?:giant|firm|maker|company|group|operator|"
    r"lender|developer|retailer|insurer|carmaker|chipmaker|automaker|platform|peer|rival|heavyweight)\s+"
)


# "search engine A and messenger B": a lowercase description of any trade, after the list's own "and" or comma
_ANY_DESCRIBED_ITEM = re.compile(
    r"\s*(?:\([^()]{1,20}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?!(?:which|who|whose|that|while|but|its|their|his|her)\b)(?:[a-z][\w-]*\s+){1,3}"
)


_VERB_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:and|or|of|in|on|at|for|to|with|from|by|as|the|an?)\b)[a-z]+\b")


def _subject_list(view: SentenceView, names: list[Mention], start: int) -> list[Mention]:
    """ "A and B gave the biggest boost to the X index, rising 3% and 2%, respectively": the list opening the clause
    as its subject, when the names before the figures end in another's (an object)."""
    listed = view.name_list(names[0].start) if names and not view.text[start : names[0].start].strip() else []
    verb_next = listed and _VERB_NEXT.match(view.text, listed[-1].end)
    return listed if len(listed) > 1 and verb_next else []


def _described_list(view: SentenceView, names: list[Mention], count: int) -> list[Mention]:
    """The last `count` names, when a description of its trade opens every item after the first."""
    listed = names[-count:] if count > 1 else []
    for before, after in itertools.pairwise(listed):
        described = _DESCRIBED_ITEM.fullmatch(view.text, before.end, after.start) or _ANY_DESCRIBED_ITEM.fullmatch(
            view.text, before.end, after.start
        )
        if before.possessive or not described:
            return []
    return listed
