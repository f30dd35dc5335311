"""The product a mention names as a draft entity (its kind and release date kept), and the owner named before it
("X's Y", "its Y"), and the maker the text already knows for a product or a name: the helpers products.py and
makers.py read releases with."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import EntityKind, ProductKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import NOT_A_PRODUCT_NAME, product_kind
from loaders.articles.mentions import Mention, looks_like_model, looks_like_person
from loaders.articles.patterns.product_checks import its_owner, owner_of_what_follows


def squashed(name: str) -> str:
    return re.sub(r"[\s\-_.]", "", name.casefold())


def product_kind_of(noun: str | None, name: str) -> ProductKind:
    if noun:
        return product_kind(noun)
    return ProductKind.MODEL if looks_like_model(name) else ProductKind.OTHER


def product_ref(view: SentenceView, m: Mention, kind: ProductKind, date: PartialDate | None) -> str | None:
    existing = view.b.find(m.text)
    if (existing is not None and existing.kind != EntityKind.PRODUCT) or NOT_A_PRODUCT_NAME.fullmatch(m.text):
        return None
    ref = view.b.entity(m.text, EntityKind.PRODUCT, view.span(m.start, m.end))
    if ref is None:
        return None
    record = view.b.record(ref)
    if record.kind != EntityKind.PRODUCT:
        return None
    if record.product_kind in (None, ProductKind.OTHER):
        record.product_kind = kind
    if date is not None and record.released_on is None:
        record.released_on = date
    view.doc.last_product = ref
    return ref


_ITS_VERSION = re.compile(r"(?i:its|their)\s+(?:[\w-]+\s+){0,2}?(?:successors?|predecessors?|sequels?|follow-ups?)\b")


def owner_developer(view: SentenceView, m: Mention) -> str | None:
    before = view.mention_before(m.start, limit=3)
    if before and before.possessive and not _a_person(view, before):
        return view.resolve(before, EntityKind.ORGANIZATION)
    head = view.text[: m.start]
    clause_start = max(view.text.rfind(";", 0, m.start), view.text.rfind(".", 0, m.start), 0)
    for owner in reversed(view.mentions):
        if clause_start <= owner.start and owner.end < m.start and owner.possessive:
            gap = view.text[owner.end : m.start]
            if owner_of_what_follows(gap) and not _a_person(view, owner):
                return view.resolve(owner, EntityKind.ORGANIZATION)
            break
    its = re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?!(?:on|in|at|for|to|of|from|with|by)\b)[\w-]+,?\s+){0,4}$", head)
    if its is None:
        return None
    decided, fronted = fronted_owner(view, its.start())  # "For X, the analyst sees demand for its Y": X's
    maker = fronted if decided else its_owner(view, its.start(), m.start)  # "..., and the chip giant unveiled its Y"
    if maker is not None and _ITS_VERSION.match(view.text, its.start()):
        # "Y and its successor, Y2": "its" is the earlier product's (a name Y2 opens with), no maker of Y2
        return None if squashed(m.text).startswith(squashed(view.b.record(maker).name)) else maker
    return maker


def _a_person(view: SentenceView, m: Mention) -> bool:
    """Whether an owner's name is a person's: known as one, or shaped like one and known as no organisation ("Ann
    Lee's Velo9" is a company she leads or a product of her company, nothing she is the developer of)."""
    if view.is_person(m):
        return True
    known = view.b.find(m.text)
    listed = view.b.gazetteer.lookup(m.text)
    if (known is not None and known.kind == EntityKind.ORGANIZATION) or (
        listed and listed[1] == EntityKind.ORGANIZATION
    ):
        return False
    return looks_like_person(m.text)


def developer_of(view: SentenceView, product: str) -> str | None:
    """The organisation this text already says developed `product`, if any."""
    for type_, subject, obj, _ in view.b.relations:
        if type_ == RelationType.DEVELOPED and obj == product:
            return subject
    return None


def known_organisation(view: SentenceView, name: str) -> str | None:
    """The organisation this text or the graph already knows by `name`, else None."""
    org = EntityKind.ORGANIZATION
    record = view.b.find(name, org)
    if record is not None:
        return record.ref
    known = view.b.gazetteer.lookup(name)
    return view.b.entity(name, org) if known is not None and known[1] == org else None


_FOR_NAMED = re.compile(r"\W*(?:As\s+)?[Ff]or\s+(?=[A-Z])")


def fronted_owner(view: SentenceView, its: int) -> tuple[bool, str | None]:
    """ "For X, the analyst sees demand for its Y": the "its" after a fronted "For X," is X's (True, X); (False, None)
    when no such phrase opens the sentence."""
    fronted = _FOR_NAMED.match(view.text)
    named = view.mention_at(fronted.end()) if fronted is not None else None
    if named is None or not view.text.startswith(",", named.end) or named.end > its:
        return False, None
    return True, None if view.is_person(named) else view.resolve(named, EntityKind.ORGANIZATION)
