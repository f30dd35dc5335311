"""Investors named by an aside about them: "Q, an early investor in A and B, ...", "Q, a 20 per cent owner of X,
...": Q invested in each company the aside names, whatever the clause reports."""

from __future__ import annotations

import itertools
import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import listed_names, organisations
from loaders.articles.patterns.deals import invested
from loaders.articles.patterns.money_owner import unnamed_part

_PCT = r"\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)"
# "Q – an early investor in A, B and C – joined", "Q, a 20 per cent owner of X", "Q, the majority owner of X"; a
# plain "owner of X" is left out: what one owns is as often a brand or a product as a company
_INVESTOR_IN = re.compile(
    r"^\s*(?:,|–|—|-|\()\s*(?:already\s+|also\s+)?(?:one\s+of\s+)?(?:an?|the|its)\s+"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:investor|backer|shareholder|stakeholder)s?"
    rf"|(?:{_PCT}|majority|minority|controlling|largest|biggest)\s+owners?|co-owners?)"
    r"\s+(?:in|of)\s+(?=[A-Z])"
)


def investor_asides(view: SentenceView) -> None:
    """Each company an aside after a name says that name invested in (under the rule `deals.investor_asides`)."""
    for agent in view.mentions:
        found = _INVESTOR_IN.match(view.text[agent.end :])
        if found is None or view.is_person(agent):
            continue
        targets = _aside_list(view, listed_names(view, agent.end + found.end()))
        targets = [t for t in targets if not unnamed_part(view, t)]
        for invested_m in organisations(view, targets):  # not "the Y's parent company": a company not named
            ref = view.resolve(invested_m, EntityKind.ORGANIZATION)
            invested(view, [agent], ref, agent.start, invested_m.end, frame="investor_asides")


_SEPARATOR = re.compile(r"\s*(?:,\s*)?(?:(?:and|as well as|&)\s+)?(?:(?:the|an?)\s+)?")


def _aside_list(view: SentenceView, names: list[Mention]) -> list[Mention]:
    """The names of an aside's list up to the first one not joined to the one before by a comma or "and" alone ("Q,
    an early investor in A, led the round alongside B": A, not B, whom the clause after the aside names)."""
    kept = names[:1]
    for before, name in itertools.pairwise(names):
        if not _SEPARATOR.fullmatch(view.text, before.end, name.start):
            break
        kept.append(name)
    return kept
