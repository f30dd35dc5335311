"""A customer named by its supplier's noun: "Y, a major customer of X", "Y, one of X's biggest clients", "Y is X's
largest customer", "X, a Y supplier,": X has a contract with Y. A former, lost or hoped-for customer is none
(agreements.apply states what this reader finds)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import may_name_firm

_ORG = EntityKind.ORGANIZATION
_NOT_NOW = r"(?!(?:former|ex|previous|one-?time|erstwhile|lost|potential|prospective|would-be|future|target)\b)"
_OPENS = r"(?:,\s+|\s+(?:is|was|remains|became|has been)\s+)(?:an?|the|one of(?: the)?)?\s*"
# "Y, a major customer of X", "Y is the biggest client of X"
_CUSTOMER_OF = re.compile(
    rf"{_OPENS}(?:{_NOT_NOW}[\w-]+\s+){{0,2}}?(?:customers?|clients?)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# "Y, one of X's biggest clients", "Y is X's largest customer"
_OWNERS_CUSTOMER = re.compile(
    rf"{_OPENS}(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})['’]s?\s+(?:{_NOT_NOW}[\w-]+\s+){{0,2}}?"
    r"(?:customers?|clients?)\b"
)
# "X, a Y supplier,", "X, a key Y supplier": the customer named before the noun
_CUSTOMERS_SUPPLIER = re.compile(
    r",\s+(?:an?|the|one)\s+(?:(?:key|major|main|big|top|leading|long-?time)\s+)?"
    r"(?P<customer>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})\s+(?:suppliers?|vendors?)(?=\s*[,;.])"
)

Found = tuple[str, list[str], str, tuple[int, int], bool]


def customers_named(view: SentenceView) -> Iterator[Found]:
    for m in view.mentions:
        if m.possessive or not may_name_firm(view, m):
            continue
        found = _CUSTOMER_OF.match(view.text, m.end)
        supplier = view.mention_at(found.end()) if found is not None else None
        owned = _OWNERS_CUSTOMER.match(view.text, m.end) if supplier is None else None
        if owned is not None:
            supplier = view.mention_at(owned.start("owner"))
            supplier = supplier if supplier is not None and supplier.end == owned.end("owner") else None
        if supplier is not None:
            yield from _contract(view, supplier, m, min(m.start, supplier.start), max(m.end, supplier.end))
        sells = _CUSTOMERS_SUPPLIER.match(view.text, m.end)
        customer = view.mention_at(sells.start("customer")) if sells is not None else None
        if sells is not None and customer is not None and customer.end == sells.end("customer"):
            yield from _contract(view, m, customer, m.start, sells.end())


def _contract(view: SentenceView, supplier_m: Mention, customer_m: Mention, start: int, end: int) -> Iterator[Found]:
    if not may_name_firm(view, supplier_m) or not may_name_firm(view, customer_m):
        return
    supplier, customer = view.resolve(supplier_m, _ORG), view.resolve(customer_m, _ORG)
    if supplier is None or customer is None or supplier == customer:
        return
    if view.b.record(supplier).kind == _ORG == view.b.record(customer).kind:
        yield supplier, [customer], "client", (start, end), False
