"""Supply frames: "X, a supplier of memory chips to Y", "X makes chips for companies such as A and B",
"X supplies batteries to Y". The supplier SUPPLIES each customer named."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import clause_agents, organisations

_ORG = EntityKind.ORGANIZATION

# What may stand before a customer's name: "AI chip giant", "companies such as", "the US carmaker"
_DESCRIPTION = re.compile(r"(?:(?:the|[a-z-]+|AI|US|U\.S\.)\s+){0,4}(?:(?:such as|like|including)\s+)?")

# "X, a major supplier of high-bandwidth memory chips to Y", "a product supplier for Y": the noun names the supplier
_SUPPLIER_NOUN = re.compile(r"\bsuppliers?\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:to|for)\s+", re.IGNORECASE)

# "X supplies batteries to Y", "X makes chips mostly for Y", "X manufactures chips for companies such as A and B"
_SUPPLY_VERB = re.compile(
    r"\b(?:supplies|supplied|supplying|makes|made|manufactures|manufactured|produces|produced|develops|builds|"
    r"ships|shipped|provides|provided)\s+(?:[\w-]+\s+){0,4}?(?:chips?|processors?|GPUs?|memory|HBM\w*|batter(?:y|ies)|"
    r"cells?|modules?|components?|parts?|wafers?|semiconductors?)\s+(?:\w+ly\s+)?(?:to|for)\s+"
)


def apply(view: SentenceView) -> None:
    supplier_nouns(view)
    supply_verbs(view)


def supplier_nouns(view: SentenceView) -> None:
    """ "Y's supplier" is not read here; "X, a supplier of Z to Y" and "X is a leading supplier to Y" are."""
    for m in _SUPPLIER_NOUN.finditer(view.text):
        supplier = _named_supplier(view, m.start())
        _supplies(view, supplier, _customers(view, m.end()), m)


def supply_verbs(view: SentenceView) -> None:
    for m in _SUPPLY_VERB.finditer(view.text):
        agents = organisations(view, clause_agents(view, m.start()))
        _supplies(view, agents[0] if len(agents) == 1 else None, _customers(view, m.end()), m)


def _customers(view: SentenceView, pos: int) -> list[Mention]:
    """The names listed after "to"/"for", past a description of them ("AI chip giant Y", "companies such as A")."""
    described = _DESCRIPTION.match(view.text, pos)
    first = view.mention_at(described.end()) if described else None
    return view.name_list(first.start) if first is not None else []


def _named_supplier(view: SentenceView, noun: int) -> Mention | None:
    """The supplier the noun describes: the name its appositive follows ("X, a supplier") or the clause's
    subject ("X is a leading supplier")."""
    start = clause_start(view.text, noun)
    head = view.text[start:noun]
    appositive = re.search(r",\s+(?:an?|the|its|one of the)\s+(?:[\w-]+\s+){0,5}$", head)
    if appositive is not None:
        return view.mention_before(start + appositive.start() + 1, limit=2)  # the name before the comma
    if re.search(r"\b(?:is|was|became|remains|as)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,5}$", head):
        agents = organisations(view, clause_agents(view, noun))
        return agents[0] if len(agents) == 1 else None
    return None


def _supplies(view: SentenceView, supplier_m: Mention | None, customers: list[Mention], m: re.Match[str]) -> None:
    if supplier_m is None or view.is_person(supplier_m):
        return
    supplier = view.resolve(supplier_m, _ORG)
    for customer_m in organisations(view, customers):
        view.b.relate(
            RelationType.SUPPLIES,
            supplier,
            view.resolve(customer_m, _ORG),
            view.span(min(supplier_m.start, m.start()), customer_m.end),
        )
