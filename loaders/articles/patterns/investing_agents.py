"""Who invested, by the place of the names around a verb of investing: the antecedent of a relative clause, the
clause's subject past a generic word that only describes it, the subject of what a report says, and the names of an
aside ("A, alongside other VCs like B and C, invested in X")."""

from __future__ import annotations

import re

from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import GENERIC_BACKERS
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import clause_agents, relative_agent
from loaders.articles.records import not_a_party

SAID_THAT = re.compile(r"\b(?:said|says|announced|confirmed)\s+(?:that\s+)?$")


def investing_agents(view: SentenceView, verb: int) -> list[Mention]:
    """Who invested: the antecedent of a relative clause ("X raised from A, a fund that also backed B": A), else
    the clause's subject, or the subject of what it reports ("X said state fund A invested": A, not X)."""
    relative = relative_agent(view, verb)
    if relative is not None:
        return relative
    agents = _past_generic(view, clause_agents(view, verb), verb)
    said = list(_SAYS.finditer(view.text, agents[0].end if agents else verb, verb))[-1:]
    if not said:
        return agents
    reported = [m for m in view.mentions if said[0].end() <= m.start and m.end <= verb and not not_a_party(m.text)]
    # "A said the firm backed X": A, the firm it speaks of
    return [m for m in view.name_list(reported[0].start) if m.end <= verb] if reported else agents


def _past_generic(view: SentenceView, agents: list[Mention], verb: int) -> list[Mention]:
    """ "VC firm A invested", "Sovereign fund A and B invested": the names after a generic word that only
    describes them."""
    if len(agents) != 1 or agents[0].text.lower() not in GENERIC_BACKERS:
        return agents
    described = next((m for m in view.mentions if m.start > agents[0].end and m.end <= verb), None)
    if described is None or not re.fullmatch(r"\s+(?:[a-z-]+\s+){1,2}", view.text[agents[0].end : described.start]):
        return agents
    return [m for m in view.name_list(described.start) if m.end <= verb]


_SAYS = re.compile(r"\b(?:said|says|announced|confirmed|reported|added|noted)\s+(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?")


_ALONGSIDE = re.compile(
    r",\s+(?:alongside|along with|together with)\s+(?:(?:other|existing|fellow|prominent|[a-z-]+)\s+)*?"
    r"(?:(?:VCs|investors|backers|funds|firms)\s+(?:like|such as|including)\s+)?(?=[A-Z])"
)


def alongside(view: SentenceView, verb: int) -> list[Mention]:
    """ "A, alongside other VCs like B and C, invested in X": the names of the aside invested too."""
    found = _ALONGSIDE.search(view.text, clause_start(view.text, verb), verb)
    return [m for m in view.name_list(found.end()) if m.end <= verb] if found else []
