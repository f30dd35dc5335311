"""Who the rivals listed after a rivalry cue are ("competitors like A, B and C", "rivals such as A's Y"): the
organisations named, past descriptors, owners and legal tails; no person, product, deal or clientele of a company
(read by rivals.py)."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.lexicon import PRODUCT_NOUN
from loaders.articles.mentions import Mention, looks_like_model
from loaders.articles.patterns import rival_subjects
from loaders.articles.patterns.clauses import listed_names, may_name_firm
from loaders.articles.records import guess_kind, not_a_party

_ORG = EntityKind.ORGANIZATION

# What may stand before each rival of a list: descriptor words, an owner ("Birch-owned"), a legal tail left behind
RIVAL_GAP = re.compile(
    r"\.?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+(?:a|an|the)\s+[^,;()]{1,60}?(?=,))?"  # ", the big brother in cameras,"
    r"(?:,\s*)?(?:(?:and|or|as well as|plus|&)\s+)?(?:(?:the|an?)\s+)?"
    r"(?:(?:(?!by\b|from\b|in\b|of\b|to\b|at\b|with\b|on\b|for\b|their\b|its\b|his\b|her\b|whose\b|which\b|who\b|that\b)[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ch|i)|[A-Z][\w.&]*-(?:owned|backed|based))\s+){0,4}"
)


def rivals_at(view: SentenceView, pos: int) -> list[Mention]:
    """The organisations listed from `pos` ("A, B and C", "Chinese upstarts like A and foreign rivals like B");
    "A's online marketplaces B and C" names A's products: A is the rival."""
    owner = view.mention_at(pos)
    if owner is not None and owner.possessive and _OWNER_OF_LINE.match(view.text, owner.end):
        return [owner] if may_name_firm(view, owner) and not _DEAL_OF.match(view.text, owner.end) else []
    products = _PRODUCTS_FROM.search(view.text, max(0, pos - 80), pos) is not None  # "products from rivals like A's Y"
    owned = (n if products else _owned(view, n) for n in listed_names(view, pos, RIVAL_GAP))
    names = [_bare(n) for n in owned if n is not None]
    business = _BUSINESS_OF.match(view.text, names[-1].end) if names and names[-1].possessive else None
    if business is not None:  # "Amazon's Indian operation and B": Amazon competes, and the list goes on
        names += listed_names(view, business.end(), RIVAL_GAP)[:6]
    return [
        n
        for n in names
        if not view.is_person(n)
        and not not_a_party(n.text)
        and not _NO_FIRM.fullmatch(n.text)
        and not is_product(view, n)
        and not PRODUCT_AFTER.match(view.text, n.end)  # "competes with Y's Z chatbot": a product, not a firm
        and not rival_subjects.STAFF_AFTER.match(view.text, n.end)  # "competes with A, B analyst C said": B is no rival
        and view.text[n.end : n.end + 1] != "-"  # "Brantor-backed Velmont": the backer is no rival
        and not (n.possessive and _DEAL_OF.match(view.text, n.end))  # "behind only A's offering": no rival
        and not (n.possessive and _PEOPLE_OF.match(view.text, n.end))  # "competes with A's clients": no rival
    ]


# "the third-biggest this decade, after only A's record listing": a deal or a figure of A's is ranked, not A
_DEAL_OF = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:offerings?|IPOs?|listings?|debut|deals?|bonds?|sales?|issues?|records?|bids?|"
    r"takeovers?|acquisitions?|mergers?|results|valuations?|order books?|fundraising|rounds?)\b"
)
# "competes with A's clients for staff": people of A's, not A
_PEOPLE_OF = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+)?(?:clients|customers|users|investors|shareholders|staff|employees|workers|engineers|"
    r"executives|founders?|partners|suppliers|fans|subscribers|members)\b"
)
_OWNER_OF_LINE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# a sector or a place named like a firm: "compete with global Big Tech (companies)"
_NO_FIRM = re.compile(r"Big (?:Tech|Pharma|Oil|Four|Three)|Silicon Valley|Wall Street")
_BUSINESS_OF = re.compile(
    r"['’]s?\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:operations?|business(?:es)?|unit|arm|division|platform|service)\b"
)


# "competing products from rivals such as A's Y": the names after the possessives are the rivals' products
_PRODUCTS_FROM = re.compile(
    r"\b(?:products|models|chatbots|apps|offerings|services|phones|cars|chips)\s+(?:from|of|by)\s+(?:(?:its|their|"
    r"the)\s+)?(?:[a-z-]+\s+)?(?:rivals|competitors)\b[^.;]{0,30}$"
)
_MAKER_OF = re.compile(r"[\w.&-]+-(?:maker|owner|parent|developer|creator)\s+(?=[A-Z])")


def _bare(m: Mention) -> Mention:
    """ "Tellix-maker Quorra" is Quorra: the descriptor glued before the name is no part of it."""
    found = _MAKER_OF.match(m.text)
    return Mention(m.text[found.end() :], m.start + found.end(), m.end, m.possessive) if found else m


def _owned(view: SentenceView, m: Mention) -> Mention | None:
    """ "Harlow's Orvane" in a list of rivals is Orvane (Harlow owns it; the possessive is no rival of its own)."""
    if not m.possessive:
        return m
    owned = view.mention_after(m.end + 2, limit=2)
    if owned is None or not_a_party(owned.text) or not re.fullmatch(r"['’]s?\s+", view.text[m.end : owned.start]):
        return m  # "Quorra's Indian operation": no name of its own follows
    if not may_name_firm(view, owned):
        return None  # "peers such as Quorra Corp's Brian Kim": a person of the company, no rival
    return owned


def is_product(view: SentenceView, m: Mention) -> bool:
    """A name the text knows as no company, or shaped like a model and not known as one ("rival, Velt-3")."""
    known = view.b.find(m.text)
    return known.kind != _ORG if known is not None else looks_like_model(m.text) and guess_kind(m.text) != _ORG


# "competes with Y chips": Y's products are named, a product's maker is no rival of the clause's subject here
PRODUCT_AFTER = re.compile(rf"\s+{PRODUCT_NOUN}\b")
