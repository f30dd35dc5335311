"""Place and parent frames: units, arms and subsidiaries; headquarters from "-based", "based in" and descriptions
(listings are read in listings.py; the place a description names, in seat_places.py)."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from graph.model import EntityKind, RelationType
from loaders.articles.context import OPENING_PARTICIPLE, SentenceView
from loaders.articles.lexicon import CLAUSE_WORDS
from loaders.articles.mentions import Mention, guess_kind, looks_like_person
from loaders.articles.patterns import listings
from loaders.articles.patterns.described import names_another_company
from loaders.articles.patterns.exchanges import HYPHEN
from loaders.articles.patterns.ownership import named_by_role, unit_named_before
from loaders.articles.patterns.seat_places import BASED_AFTER, PLACE, PLACE_OR_CODE, WORD, known_place
from loaders.articles.patterns.unit_ties import not_now, person_named_after
from loaders.articles.subjects import FRONTED_PHRASE

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    parents(view)
    listings.apply(view)  # the listing readers (their rules keep the `places.` names calibration knows)
    headquarters(view)


# --- parents ---------------------------------------------------------------------------------------------
# "an affiliate of" is a tie (ties.py), not a unit; a spin-off has left its parent (spin_offs.py)
UNIT = r"(?:unit|arm|subsidiary|division|brand|business|subsidiaries)"

# "X, the AI chip unit of Y" / "X, a private-equity firm under Y" / "X, a ... outlet owned by Y"
# "X (a unit of Y)", "X, a subsidiary of Singapore-based Y": a parenthesis opens the appositive too; a place
# describes the parent
_UNIT_OF = re.compile(
    rf"^(?:,|\s*\()\s*(?:an?|the|its)\s+(?:[\w()-]+\s+){{0,5}}?(?:{UNIT}\s+(?:of|under|owned by)|(?:firm|company|"
    rf"outlet|fund|group|lab|platform|maker|manufacturer|developer)\s+(?:under|owned by|controlled by))\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?-based\s+)?(?=[A-Z])"
)

# "Y's AI chip arm X", "Geely's electric vehicle (EV) brand Zeekr", "Y's early-stage venture capital arm X"
_OWNERS_UNIT = re.compile(
    rf"^['’]s?\s+(?:[\w()-]+\s+){{0,5}}?(?:{UNIT}|(?P<units>units|brands|divisions)),?\s+(?=[A-Z])"
)

_AS_SUBSIDIARY = re.compile(
    r"\b(?:as|is|was|became|becomes|remains)\s+an?\s+(?:wholly[- ]owned\s+)?subsidiary of\s+(?=[A-Z])"
)

_CREATED = re.compile(r"\b(?:established|set up|founded|created|formed|launched)\s+(?=[A-Z])")
_THROUGH_SUBSIDIARY = re.compile(r"\bthrough (?:its )?(?:[a-z-]+ )?subsidiary,?\s+(?=[A-Z])")

_PARENT_APPOSITIVE = re.compile(
    r"^,\s+(?P<child>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+parent(?: company| group)?\b"
)


# "X, a Y subsidiary,", "X, a wholly owned Y unit tasked with ...": the owner named inside the appositive, before the
# unit's noun (not "a Y affiliate": a tie; "X, Y's unit" is ownership's)
_OWNER = r"(?P<owner>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})"
_OWNED_WHOLLY = r"(?:(?:wholly|majority|fully)[- ]owned\s+)"
_APPOSITIVE_ENDS = r"(?=\s*[,;]|\s+(?:that|which|tasked|focused|based|in|for)\b)"
_OWNER_IN_APPOSITIVE = re.compile(
    rf"^,\s+an?\s+{_OWNED_WHOLLY}?{_OWNER}\s+(?:subsidiary|unit|division)\b{_APPOSITIVE_ENDS}"
)
# "Y's parent company, X", "Y's parent X said": the parent named after the child's possessive
_POSSESSIVE_PARENT = re.compile(r"^['’]s?\s+parent(?:\s+company|\s+group)?,?\s+(?:the\s+)?(?=[A-Z])")
# "SF Group, the parent of SF Express": the parent named first
_PARENT_OF_APPOSITIVE = re.compile(r"^,\s+(?:the|its)\s+parent(?: company| group)? of\s+(?:the\s+)?(?=[A-Z])")
# "Lenovo's ShenQi mobile unit": the unit's name before its noun
_NAMED_UNIT = re.compile(rf"^['’]s?\s+(?P<unit>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,2}})\s+(?:[a-z-]+\s+){{0,2}}{UNIT}\b")

_SEGMENT_ZIPF = 4.5  # "smart" 4.8, "home" 5.8; a unit's own name has a rarer word ("Samsung" 4.1, "cloud" 4.5)


def _common_words(name: str) -> bool:
    """Whether every word of a short name is a common English word ("Smart Home"): a segment, not a unit's name."""
    words = name.split()
    return len(words) == 2 and all(zipf_frequency(w.lower(), "en") >= _SEGMENT_ZIPF for w in words)


# "Sea, which owns gaming service Garena", "Sea owns e-commerce site Shopee" (a stake or shares is no unit)
_OWNS = re.compile(
    r"\b(?:which |that )?owns\s+(?!(?:an?\s+)?(?:[\d.]+\s?%|stake|shares|majority|minority))"
    # a description of what is owned ("gaming service", "Swedish automaker")
    r"(?:(?:the|an?)\s+)?(?!(?:the|an?)\s)(?:[A-Z][a-z]+(?:ish|ese|an)\s+)?(?:[a-z-]+\s+){0,3}(?=[A-Z])"
)
# "owns X shares", "owns X's parent": what is owned is no company named whole
_NO_LONGER = re.compile(r"\b(?:no longer|not|never|once|formerly|previously)\s+(?:also\s+)?$", re.IGNORECASE)
_OWNED_PART = re.compile(r"['’]|\s+(?:shares|stock|stakes?|securities|bonds|notes|debt|equity|ADRs|units)\b")


def parents(view: SentenceView) -> None:
    """Units, arms, brands and subsidiaries named in appositives and possessives; "X, Y's parent company"."""
    for found in _OWNS.finditer(view.text):
        owner, owned_m = view.subject_mention(found.start()), view.mention_at(found.end())
        near = view.mention_before(found.start(), limit=1)
        if near is not None and re.search(r"\band\s+$", view.text[: near.start]):
            owner = near  # "A owns X and B owns Y": B opens a clause of its own
        if _NO_LONGER.search(view.text, 0, found.start()):
            continue  # "X no longer owns Y", "X, which once owns": no unit now
        described = owner is None and _DESCRIBED_OWNER.match(view.text, view.label_end())
        for listed_m in _owned_listed(view, owned_m):
            if listed_m.possessive or _OWNED_PART.match(view.text, listed_m.end):
                break
            if described and view.doc.topic is not None and not view.is_person(listed_m):
                span = view.span(found.start(), listed_m.end)  # "The Chinese automaker already owns X": the topic
                view.b.relate(RelationType.SUBSIDIARY_OF, view.resolve(listed_m, _ORG), view.doc.topic, span)
            _parent(view, listed_m, owner)
    for m in view.mentions:
        rest = view.text[m.end :]
        parent_first = _PARENT_OF_APPOSITIVE.match(rest)
        child_m = view.mention_at(m.end + parent_first.end()) if parent_first and not m.possessive else None
        if child_m is not None and not child_m.possessive:  # not "the parent of X's biggest rival"
            _parent(view, child_m, m, given=True)
        named_unit = _NAMED_UNIT.match(rest) if m.possessive else None
        unit_m = view.mention_at(m.end + named_unit.start("unit")) if named_unit else None
        if unit_m is not None and _common_words(unit_m.text):
            unit_m = None  # "X's Smart Home business", "X's Data Center unit": a segment's plain name, no company
        if unit_m is not None and not view.is_person(unit_m) and not view.is_person(m) and not not_now(view, unit_m, m):
            # the name before "unit" is the unit's own (resolve would read it as a mere modifier of the noun)
            unit = view.b.entity(unit_m.text, _ORG, view.span(unit_m.start, unit_m.end))
            span = view.span(m.start, unit_m.end)
            view.b.relate(RelationType.SUBSIDIARY_OF, unit, view.resolve(m, _ORG), span, presupposed=True)
        unit_of = _UNIT_OF.match(rest)
        if unit_of and not m.possessive:
            _parent(view, m, view.owner_at(m.end + unit_of.end()), given=True)
        owner_in = _OWNER_IN_APPOSITIVE.match(rest) if not m.possessive else None
        owner_m = view.mention_at(m.end + owner_in.start("owner")) if owner_in else None
        if owner_in and owner_m is not None and owner_m.end == m.end + owner_in.end("owner"):
            _parent(view, m, owner_m, modifier=True, given=True)
        owned = _OWNERS_UNIT.match(rest) if m.possessive else None
        if owned and not unit_named_before(view, m.end, m.end + owned.end()):  # not "Y's Z business unit, X
            plural = owned.group("units") or owned.group(0).rstrip(", ").endswith("subsidiaries")
            units = view.name_list(m.end + owned.end()) if plural else [view.mention_at(m.end + owned.end())]
            for unit_m in units:  # "Y's subsidiaries A and B": each is Y's
                _parent(view, unit_m, m, given=True)
        named_parent = _POSSESSIVE_PARENT.match(rest) if m.possessive else None
        if named_parent is not None:
            _parent(view, m, view.mention_at(m.end + named_parent.end()), given=True)
        parent_of = _PARENT_APPOSITIVE.match(rest)
        if parent_of and not m.possessive:
            _parent(view, view.mention_at(m.end + parent_of.start("child")), m, given=True)
    for found in _AS_SUBSIDIARY.finditer(view.text):
        created = _CREATED.search(view.text, 0, found.start())  # "A established X in 2023 as a subsidiary of Y"
        child = view.mention_at(created.end()) if created else view.subject_mention(found.start())
        _parent(view, child, view.mention_at(found.end()))
    for found in _THROUGH_SUBSIDIARY.finditer(view.text):
        parent = view.subject_mention(found.start())
        _parent(view, view.mention_at(found.end()), parent)


# "The Chinese automaker already owns": the company the text is about, described instead of named
_DESCRIBED_OWNER = re.compile(
    r"\W*[Tt]he\s+(?:[A-Z][a-z]+(?:ish|ese|an)\s+)?(?:[a-z-]+\s+){0,2}(?:company|firm|group|\w*maker|conglomerate)"
    r"\s+(?:already\s+|also\s+)*(?=owns\b)"
)
# "owns A, B and van maker the C": each listed name, past its description, up to one followed by a verb
_NEXT_OWNED = re.compile(
    r"(?:,\s+and|,|\s+and)\s+(?:(?:the|an?)\s+)?(?:[A-Z][a-z]+(?:ish|ese|an)\s+)?(?:[a-z-]+\s+){0,3}(?:the\s+)?(?=[A-Z])"
)
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;)]|$|\s+and\b|\s+\()")


def _owned_listed(view: SentenceView, first: Mention | None) -> list[Mention]:
    """The names listed from `first` ("owns A and van maker the B"), while each ends the list or goes on with it."""
    listed: list[Mention] = []
    current = first
    while current is not None and current not in listed:
        listed.append(current)
        if not _LIST_GOES_ON.match(view.text, current.end):
            break
        more = _NEXT_OWNED.match(view.text, current.end)
        after = view.mention_at(more.end()) if more else None
        if after is None or not _LIST_GOES_ON.match(view.text, after.end):
            break  # "Y owns X and Z owns W": Z opens a clause of its own
        current = after
    return listed


def _parent(
    view: SentenceView,
    child_m: Mention | None,
    parent_m: Mention | None,
    *,
    modifier: bool = False,
    given: bool = False,
) -> None:
    """`modifier`: the parent's name stands before the unit's noun ("a Y subsidiary") and names Y itself. `given`: an
    appositive or a possessive names the tie, so a plan in the clause around it is not about it ("X, a unit of Y,
    will take a stake in Z")."""
    if child_m is None or parent_m is None or child_m == parent_m:
        return
    parent_m = named_by_role(view, parent_m)  # "the unit of X supplier Y": Y's
    if view.is_person(child_m) or view.is_person(parent_m) or looks_like_person(parent_m.text):
        return
    if not_now(view, child_m, parent_m) or person_named_after(view, parent_m):
        return  # "X, a former unit of Y", "X, owned by Y co-founder A"
    child, parent = view.resolve(child_m, _ORG), view.resolve(parent_m, _ORG, unit_is_owner=modifier)
    start, end = min(child_m.start, parent_m.start), max(child_m.end, parent_m.end)
    view.b.relate(RelationType.SUBSIDIARY_OF, child, parent, view.span(start, end), presupposed=given)


# --- headquarters -----------------------------------------------------------------------------------------
ORG_NOUN = (
    r"(?:company|firm|start-?up|giant|maker|automaker|carmaker|chipmaker|developer|group|lab|designer|platform|"
    r"operator|unicorn|provider|manufacturer|business|conglomerate|investor|venture|studio|retailer|bank|insurer|marketplace|"
    r"lender|supplier|foundry|fintech|consultancy|brokerage)"
)
# "Taipei-based Macquarie analyst Daniel Chang": the person is based there, not the firm
_PERSON_ROLE_AFTER = re.compile(r"\s+(?:analysts?|economists?|strategists?|reporters?|correspondents?|spokes\w+)\b")
# "Beijing-based start-up DeepSeek", "Shanghai-based artificial intelligence chip developer Enflame Technology"
_BASED_BEFORE_NAME = re.compile(
    rf"\b{PLACE_OR_CODE}{HYPHEN}(?:based|headquartered)\s+"
    # "Shenzhen-headquartered Chinese robot maker X", "another Beijing-based AI startup, X,"
    # "the Lisbon-based artificial intelligence (AI) company X": the acronym of the words before it
    rf"(?:[a-z-]+,?\s+|AI\s+|\([A-Z]{{2,4}}\)\s+|[A-Z][A-Z\d]{{1,2}}\s+(?=[a-z])|[A-Z][a-z]+(?:ese|ish|an)\s+(?=[a-z])){{0,6}}"
    r"(?=[A-Z])"
)

# "the Hangzhou-based tech giant", "this Chongqing-based automaker", "the Beijing start-up" (not "that India identity
# of the company": the words between describe the company, no phrase of their own; not "the India business of Y": a
# unit serving a place)
_LINK_WORD = r"(?:of|in|for|to|by|with|and|or|at|on|from|as|is|was)\b"
_BASED_DESCRIPTION = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+{PLACE}(?:{HYPHEN}based)?\s+(?:(?!{_LINK_WORD})[a-z-]+\s+|AI\s+|EV\s+){{0,3}}?"
    rf"{ORG_NOUN}\b"
    r"(?!\s+[A-Z]|\s+(?:of|under|owned by)\s)"
)

# "The company is based in Y", "The lender, based in Y,": the text's company
_THE_COMPANY_BEFORE = re.compile(
    r"\b(?:[Tt]he (?:company|firm|start-?up|group|lab|venture|lender|bank|insurer|brokerage|retailer|carrier|operator"
    r"|developer|conglomerate|fintech|(?:[a-z]+)?maker)|[Ii]t)(?: (?:is|was) |, )$"
)
# "X reported a loss. The Internet company based in Y said ...": the company the sentence before opened with
_THE_COMPANY_OPENS = re.compile(
    r"(?:The|This) (?:[A-Za-z-]+ )?(?:company|firm|start-?up|group|lender|bank|developer|(?:[a-z]+)?maker) "
)
# a possessive before the description ("its Nevada-based X", "Y's Ohio-based X")
_OWNED_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s+$|['’]s\s+$")
# a ticker in brackets right after the company's name: "(NASDAQ: XYZ)", "(0700.HK)", "(XYZ.O)"; or its short form
# ("X Holdings (XH), the Abu Dhabi-based company")
_TICKER_BEFORE = re.compile(
    r"\s\((?:[A-Za-z]{2,8}\s?:\s?[A-Z0-9][A-Z0-9.]{0,9}|\d{3,6}\.[A-Z]{1,3}|[A-Z]{1,5}\.[A-Z]{1,2}|[A-Z][A-Z0-9&-]{1,7})\)$"
)
# "X is a Suzhou-based maker of robots", "X, a Shenzhen-based chipmaker, ...", "X, a Hefei, China-based maker"
_BASED_PREDICATE = re.compile(
    # "X, the troubled London-based lender": an adjective or two may open the description
    rf"(?P<link>,\s+(?:an?|the)|\b(?:is|was)\s+(?:an?|the))\s+(?:(?!(?:{_LINK_WORD}|and)\b)[a-z-]+\s+){{0,2}}"
    rf"(?P<city>(?:{WORD} )?{WORD},\s+)?"
    rf"{PLACE_OR_CODE}{HYPHEN}(?:based|headquartered)\b"
)


# "X, a fast-growing AI startup based in Singapore" / "The company is based in an AI lab in Hangzhou"
# "X, a translation company located in Cologne", "X, headquartered in Bristol, ..." ("X is headquartered in Y" is
# seats.py's)
_BASED_IN = re.compile(
    r"\b(?:based(?: out of| in)|(?<!is )(?<!was )(?<!are )(?:headquartered|located) in"
    r"|(?:(?<=start-up )|(?<=startup )|(?<=company )|(?<=firm )|(?<=VC )|(?<=fund ))out of)\s+"  # "a VC out of Europe"
    # "based in an AI lab in Hangzhou" (no clause inside: "in the US and listed in Australia"), "in the United States"
    rf"(?:(?:an?|the)\s+(?:(?!(?:and|or|but|listed|traded)\b)[^,.;\s]+\s+){{0,4}}?in\s+"
    # "based in the coastal trading hub of Harlow", "in the eastern city of Y"
    r"|the\s+(?:[a-z]+\s+|[A-Z][a-z]+(?:ese|ish|an|i)\s+){0,3}(?:hub|city|town|capital|province|region)\s+of\s+)?"
    rf"(?:the\s+)?{PLACE}\b"
)


# "X, a startup based in Y", "The X Institute (XI), a research centre based in Y": the name the appositive describes
_APPOSITIVE_BEFORE = re.compile(
    r"(?:\bThe )?(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?: \([A-Z][\w.&-]{1,9}\))?,\s+(?:an?|the)\s+[^,;]{0,60}$"
)
_IS_A_BASED = re.compile(
    rf"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})\s+(?:is|was)\s+(?:an?|the)\s+"
    # "a GPU cloud provider", "a Swedish battery maker"
    rf"(?:(?!{_LINK_WORD})(?:[a-z-]+|[A-Z]{{2,5}}[a-z]{{0,2}}[A-Z]?|[A-Z][a-z]+(?:ese|ish|an|ian|i))\s+){{1,4}}$"
)


# "X, founded in 2019 and headquartered in Y": the participles describe the name before them
_FOUNDED_AND = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+(?:founded|established|set up|started|incorporated)\b"
    r"[^,;]{0,40}?\s+and\s+$"
)


# "another Beijing-based AI startup, X,": an indefinite description, then the name it describes
_APPOSED_NAME = re.compile(r"\b(?:another|an?)\s+(?:[a-z]+\s+)?$")


def headquarters(view: SentenceView) -> None:
    for m in _BASED_BEFORE_NAME.finditer(view.text):
        org_m = view.mention_at(m.end())
        between = view.text[m.end("place") : m.end()].split()[1:]  # the words after "-based"
        if any(w.endswith(",") for w in between[:-1]):
            continue  # a comma ends the description only right before the name
        if between and between[-1].endswith(",") and not _APPOSED_NAME.search(view.text[: m.start()]):
            continue  # "of the Taiwan-based foundry, X is ...": a phrase that ends there, then the clause's subject
        between = [w.rstrip(",") for w in between]
        if any((w in CLAUSE_WORDS and w != "and") or w.endswith("ed") for w in between):
            continue  # "Singapore-based gaming and e-commerce company X": "and" joins two descriptions
        if between and not re.fullmatch(rf"{ORG_NOUN}|AI|ai|rivals?|competitors?|peers?", between[-1]):
            continue  # "Hong Kong-based investors bought X": the words before the name name no company
        if org_m is None or view.is_person(org_m) or _PERSON_ROLE_AFTER.match(view.text, org_m.end):
            continue
        if not between and _OWNED_BEFORE.search(view.text, 0, m.start()):
            continue  # "its Nevada-based Megaworks", "their Ohio-based Plant 2": a site someone owns, not a company
        _based(view, view.resolve(org_m, _ORG), m)
    for m in _BASED_PREDICATE.finditer(view.text):
        if m.group("link").startswith(","):
            if m.start() < _fronted_end(view.text):
                continue  # "Backed by A and B, the Lisbon-based venture", "Following A's launch of B, the ...": not B
            org_m = view.mention_before(_before_ticker(view.text, m.start()) + 1, limit=1)
            org = view.resolve(org_m, _ORG) if org_m is not None and not view.is_person(org_m) else None
        elif m.group("city"):  # "X is a Burlington, Massachusetts-based maker": the name right before the verb
            org_m = view.mention_before(m.start(), limit=1)
            org = view.resolve(org_m, _ORG) if org_m is not None and not view.is_person(org_m) else None
        else:
            org = view.subject_ref(m.start())
        _based(view, org, m)
    based_description(view)
    for m in _BASED_IN.finditer(view.text):
        head = view.text[: m.start()]
        # "X, a startup based in Y", "X is a drone maker based in Y" (no phrase of its own: "an investor in a maker")
        appositive = _APPOSITIVE_BEFORE.search(head)
        appositive = appositive or _IS_A_BASED.search(head) or _FOUNDED_AND.search(head)
        if appositive:
            org_m = view.mention_at(appositive.start("org"))
            person_shaped = org_m is not None and looks_like_person(org_m.text) and not view.b.find(org_m.text, _ORG)
            if org_m is not None and not view.is_person(org_m) and not person_shaped:
                _based(view, view.resolve(org_m, _ORG), m)
        elif _THE_COMPANY_BEFORE.search(head):
            _based(view, view.doc.topic, m)
        elif _THE_COMPANY_OPENS.fullmatch(head):  # the company the sentence before opened with, if any
            _based(view, view.doc.last_subject, m)
        elif head.endswith(", "):  # "Cohere, based in Toronto, ..."
            org_m = view.mention_before(m.start(), limit=2)
            if org_m is not None and not view.is_person(org_m):
                _based(view, view.resolve(org_m, _ORG), m)


def based_description(view: SentenceView) -> None:
    """ "the Hangzhou-based tech giant": the description names the text's company, a weaker reading (a rule of its
    own, so calibration tells it apart)."""
    for m in _BASED_DESCRIPTION.finditer(view.text):
        if m.group(0).endswith(" business") and not BASED_AFTER.match(view.text, m.end("place")):
            continue  # "the India business", "its China business": a company's operations there, not its seat
        comma = _before_ticker(view.text, m.start() - 2) + 2 if view.text[: m.start()].endswith(", ") else m.start()
        named = view.mention_before(comma, limit=2)
        opening = OPENING_PARTICIPLE.match(view.text)
        apposed = named is not None and view.text[named.end : comma] == ", " and not view.is_person(named)
        apposed = apposed and m.start() > _fronted_end(view.text)  # "Backed by A and B, the Lisbon-based venture"
        # "Quorvane, the Seoul startup behind ...": the name it describes; else the company the paragraph is about
        org = view.resolve(named, _ORG) if apposed and named is not None else _paragraph_company(view, m.group(0))
        after = opening.end() if opening is not None and opening.end() <= m.start() else 0
        if not apposed and names_another_company(view, org, after, m.start()):
            continue  # "A invested in B, bolstering the Abu Dhabi-based company's ...": A or B, the text cannot say
        place_ref = known_place(view, org, m)
        if place_ref is not None and org is not None:
            span = view.span(m.start(), m.end())
            view.b.relate(RelationType.HEADQUARTERED_IN, org, place_ref, span, presupposed=True)


def _paragraph_company(view: SentenceView, description: str) -> str | None:
    """The company a description stands for when no name is apposed: the text's topic, unless the paragraph so far
    names other companies and not the topic ("... a stake in payments firm X. Shares of the Munich-based firm
    rose"): then the one it introduced with the description's noun, else none."""
    topic = view.doc.topic
    named = [view.b.find(name) for name in view.doc.paragraph_names if guess_kind(name) != EntityKind.PLACE]
    if topic is None or any(r is not None and r.ref == topic for r in named):
        return topic
    if not any(r is None or r.kind == _ORG for r in named):
        return topic
    source, start = view.b.source, view.sentence.start
    before = source[source.rfind("\n", 0, start) + 1 : start]
    noun = description.split()[-1]
    introduced = [m.group(1) for m in re.finditer(rf"\b{noun}\s+([A-Z][\w&-]*(?: [A-Z][\w&-]*){{0,3}})", before)]
    if not introduced or introduced[-1] not in view.doc.paragraph_names or looks_like_person(introduced[-1]):
        return None
    return view.b.entity(introduced[-1], _ORG)


def _fronted_end(text: str) -> int:
    """Where a phrase put before the clause ends ("Backed by A and B, ", "Following the launch of A's fund B, "):
    the name before its comma closes the phrase, no appositive describes it."""
    opening = OPENING_PARTICIPLE.match(text) or FRONTED_PHRASE.match(text)
    return opening.end() if opening is not None else 0


def _before_ticker(text: str, pos: int) -> int:
    """Where the ticker in brackets ending at `pos` starts ("X (NASDAQ: XYZ), a Boston-based maker"), or the full
    stop of a legal suffix ("X Ltd., a London-based startup"), else `pos`."""
    ticker = _TICKER_BEFORE.search(text, 0, pos)
    pos = ticker.start() if ticker else pos
    return pos - 1 if text[:pos].endswith((" Ltd.", " Inc.", " Corp.", " Co.", " Bhd.", " Plc.", " plc.")) else pos


def _based(view: SentenceView, org: str | None, m: re.Match[str]) -> None:
    place_ref = known_place(view, org, m)
    if place_ref is not None and org is not None:
        # "-based" describes the company whatever its clause plans ("a potential investment in London-based X")
        view.b.relate(RelationType.HEADQUARTERED_IN, org, place_ref, view.span(m.start(), m.end()), presupposed=True)
    second = _AND_PLACE.match(view.text, m.end()) if _BASED_IN.fullmatch(m.group(0)) else None
    if second is not None:  # "headquartered in San Francisco and Lagos": both seats
        _based(view, org, second)


# the second place of "based in A and B", closing the phrase
_AND_PLACE = re.compile(rf"\s+and\s+{PLACE}(?=\s*[,;.)]|\s*$)")
