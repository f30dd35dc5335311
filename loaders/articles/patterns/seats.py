"""Where an organisation is based, said other than with "-based": "X is headquartered in Y", "Based in Y, X ...",
"with headquarters in Y", "Rohm of Japan", "Munich startup Helsing", "Israeli cyber firm X" (a nationality: the
country), "China's Velt" (a country's possessive, not a nickname: "China's Tesla, X"). A city's possessive is not
read: it is as often a market ("Shanghai's Nasdaq-style board") or a unit's."""

from __future__ import annotations

import re

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.geography import COUNTRY_NAMES, COUNTRY_OF_DEMONYM
from loaders.articles.lexicon import INDEX_WORDS, TITLE, WORLD_REGIONS
from loaders.articles.mentions import Mention, after_possessive, guess_kind, looks_like_person
from loaders.drafts import Span

_ORG = EntityKind.ORGANIZATION
_PLACE = r"(?P<place>[A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?)"  # "Zürich", "São Paulo": accents kept
_ORG_NOUN = (
    r"(?:start-?up|startup|company|firm|group|giant|maker|carmaker|chipmaker|automaker|developer|designer|operator|"
    r"unicorn|conglomerate|lab|bank|brokerage)"  # not "fund": "Santander venture capital fund X" names a sponsor
)


def apply(view: SentenceView) -> None:
    headquartered(view)
    opening_seat(view)
    place_of_origin(view)
    place_descriptions(view)
    apposed_place_descriptions(view)
    place_possessives(view)
    country_possessives(view)
    nationality_descriptions(view)
    nationality_asides(view)
    country_possessive_asides(view)
    own_headquarters(view)


# "in the eastern Chinese city of Hangzhou", "in the southern port city of Y": the place a description leads to
_CITY_OF = (
    r"(?:(?:[a-z]+\s+|[A-Z][a-z]+(?:ese|ish|an|i)\s+){0,3}(?:city|town|province|state|district)\s+of\s+"
    r"|(?:[A-Z][a-z]+(?:ese|ish|an|i)\s+)?capital,?\s+)"  # "in the Portuguese capital Lisbon", "the capital, Y"
)
# "X is headquartered in Y", "X, founded in 2008, is based in Y", "with headquarters in Y", "its headquarters
# are situated in Y"
_HEADQUARTERED = re.compile(
    rf"\b(?:(?:is|are|was|remains)\s+(?:still\s+)?(?:headquartered|based)"
    rf"|(?:with|has)\s+(?:its\s+)?(?:headquarters|head office)"
    # "whose headquarters is in Y", "its head office is located in Y"
    rf"|(?:its|whose)\s+(?:headquarters|head office)(?:\s+(?:are|is))?(?:\s+(?:situated|located))?)\s+in\s+"
    rf"(?:the\s+)?{_CITY_OF}?{_PLACE}\b"
)


# "X's engineering team is based in Y", "its factories are based in Y", "X, whose US arm is based in Y": where a part
# of the company is, not its seat
_PART_OF_A_COMPANY = re.compile(
    r"\b(?:team|unit|division|office|staff|engineers|employees|operations|lab|cent(?:re|er)|factor(?:y|ies)|plant"
    r"|branch|workforce|developers|researchers|arm|subsidiary|subsidiaries|affiliate|business)s?\s+$"
)


# "X moved its headquarters from Lyon to Paris", "X has relocated its head office to Y": the seat is Y since
_MOVED_SEAT = re.compile(
    r"\b(?:moved|relocated|shifted)\s+(?:its|their)\s+(?:global\s+|corporate\s+)?(?:headquarters|head office|HQ)"
    rf"(?:\s+from\s+(?:the\s+)?[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}})?\s+to\s+(?:the\s+)?{_CITY_OF}?{_PLACE}\b"
)


def headquartered(view: SentenceView) -> None:
    """ "X, founded in 2008, is headquartered in Ottawa", "a company ... with headquarters in Toronto", "X moved
    its headquarters to Y" (a plan to move it is dropped with its clause)."""
    for m in _HEADQUARTERED.finditer(view.text):
        if _PART_OF_A_COMPANY.search(view.text, 0, m.start()) is None:
            _seat(view, view.subject_ref(m.start()), m, "headquartered")
    for m in _MOVED_SEAT.finditer(view.text):
        _seat(view, view.subject_ref(m.start()), m, "headquartered", stated=True)


# "Based in Ottawa, Canada, X brings ...", "Headquartered in Wuhan, China, and with a presence in Y, X is ...",
# "Founded in 2009 and headquartered in Austin, Texas, X ..."
_OPENING_SEAT = re.compile(
    r"^(?:(?:(?:Now|Still)\s+"
    r"|(?:Co-?[Ff]ounded|Founded|Established|Set up|Started)\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+and\s+)"
    rf"(?:based|headquartered)|Based|Headquartered)\s+in\s+{_PLACE}"
    r"(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: province| state| prefecture)?)?"
    r"(?:\s+and\s+[^,;]{1,60})?,\s"  # "Now headquartered in Y and listed in Z, X ..."
)


def opening_seat(view: SentenceView) -> None:
    m = _OPENING_SEAT.match(view.text)
    if m is not None:
        subject = view.subject_mention(after=m.end())
        if subject is not None and _organisation(view, subject):
            _seat(view, view.resolve(subject, _ORG), m, "opening_seat")


# "Rohm of Japan", "Quantum Systems from Germany and Tekever from Portugal": a company and where it is from
_OF_PLACE = re.compile(r"^\s+(?:of|from)\s+(?=[A-Z])")
_MOVED_TO = re.compile(r"\b(?:mov|relocat|shift|transferr)(?:e|es|ed|ing)\s+(?:[a-z]+\s+){0,3}?(?:to|into)\s+$")
_CORPORATE_TAIL = re.compile(r"\b(?:Corp|Corporation|Co|Company|Inc|Ltd|Bank|Holdings|Group|Trust)\.?$")


def place_of_origin(view: SentenceView) -> None:
    for org_m in view.mentions:
        of = _OF_PLACE.match(view.text[org_m.end :])
        place_m = view.mention_at(org_m.end + of.end()) if of else None
        if place_m is None or guess_kind(place_m.text) != EntityKind.PLACE or not _organisation(view, org_m):
            continue
        if _CORPORATE_TAIL.search(org_m.text):
            continue  # "Sony Corp of America", "Bank of America": the place is part of a name
        if _MOVED_TO.search(view.text, 0, org_m.start):
            continue  # "X moved to Frankfurt from Bonn": where X went, and from where
        if re.search(r"\b(?:the|a|an)\s+$", view.text[max(0, org_m.start - 6) : org_m.start], re.IGNORECASE):
            continue  # "known as the X of Latin America": an epithet, not X's seat
        if re.match(r"\s*(?:,|\band\b|\)|$|\.)", view.text[place_m.end :]) is None:
            continue  # "X of Japan's largest bank": the place starts another name
        _relate(view, view.resolve(org_m, _ORG), place_m, view.span(org_m.start, place_m.end), "place_of_origin")


# "Munich startup Helsing", "Abu Dhabi artificial intelligence group G42": a place describing the name after it
_DESCRIBED_ORG = re.compile(
    r"\s+(?:(?!(?:with|for|in|of|to|by|from|and|at|on|listed|traded|quoted)\b)(?:[a-z-]+|AI)\s+){0,3}"
    rf"{_ORG_NOUN}\s+(?=[A-Z])"
)  # not "products for South Korea with chat app operator Kakao", "the China stock listed company X"


def place_descriptions(view: SentenceView) -> None:
    for place_m in view.mentions:
        described = _DESCRIBED_ORG.match(view.text, place_m.end)
        if described is None or guess_kind(place_m.text) != EntityKind.PLACE:
            continue
        org_m = view.mention_at(described.end())
        if org_m is not None and org_m.start == described.end() and _organisation(view, org_m):
            span = view.span(place_m.start, org_m.end)
            _relate(view, view.resolve(org_m, _ORG), place_m, span, "place_descriptions")


# "X, a Tokyo startup that ...", "X is a Munich chipmaker": the place opens the description of the name before it
_APPOSED_A = re.compile(r"(?:\.?,\s+|\s+(?:is|was)\s+)(?:an?|another)\s+(?=[A-Z])")
_PLACE_NOUN_ENDS = re.compile(
    rf"\s+(?:(?!(?:of|in|for|to|by|from|and|at|on|with)\b)(?:[a-z-]+|AI)\s+){{0,2}}{_ORG_NOUN}\b"
    r"(?=\s*[,;.]|\s+(?:that|which|whose|with|known|focused|behind|developing|making|founded|established|backed)\b)"
)


def apposed_place_descriptions(view: SentenceView) -> None:
    """ "X, a Tokyo startup that develops ...": the name the appositive (or "is a") describes is seated there."""
    for org_m in view.mentions:
        a = _APPOSED_A.match(view.text, org_m.end)
        place_m = view.mention_at(a.end()) if a is not None else None
        if a is None or place_m is None or place_m.start != a.end() or guess_kind(place_m.text) != EntityKind.PLACE:
            continue
        if _PLACE_NOUN_ENDS.match(view.text, place_m.end) and _organisation(view, org_m) and not org_m.possessive:
            span = view.span(org_m.start, place_m.end)
            _relate(view, view.resolve(org_m, _ORG), place_m, span, "apposed_place_descriptions")


# "Singapore's sovereign wealth fund GIC", "Sweden's defence company Saab", "Korea's top messaging service provider,
# Velt, and ...": the name right after the description, or set apart by commas
_POSSESSIVE_DESCRIBED = re.compile(
    rf"['’]s\s+(?:(?:[a-z-]+|AI)\s+){{0,3}}(?:{_ORG_NOUN}|fund|provider|retailer|lender|insurer|carrier)"
    r"(?P<comma>,)?\s+(?=[A-Z])"
)


def place_possessives(view: SentenceView) -> None:
    """A place's company named with a describing noun ("Sweden's defence company Saab"). A country's bare
    possessive is read by `country_possessives`; a city's is not ("Shanghai's X" is as often a market or a unit)."""
    for place_m in view.mentions:
        described = _POSSESSIVE_DESCRIBED.match(view.text, place_m.end)
        if described is None or guess_kind(place_m.text) != EntityKind.PLACE or place_m.text.lower() in WORLD_REGIONS:
            continue  # "Europe's most valuable tech firm X": a region, no seat
        org_m = view.mention_at(described.end())
        if org_m is None or org_m.start != described.end() or not _organisation(view, org_m):
            continue
        if described.group("comma") and not view.text.startswith(",", org_m.end):
            continue  # "Korea's top lender, Velt Bank said": no aside closes, the name may start a clause
        if not _MARKET.search(org_m.text):
            span = view.span(place_m.start, org_m.end)
            _relate(view, view.resolve(org_m, _ORG), place_m, span, "place_possessives")


# "China's Tesla, X,", "dubbed Japan's Y": a nickname, not the company's country
_NICKNAME = re.compile(r"\b(?:called|dubbed|known as|nicknamed|as|like)\s+(?:the\s+)?$|[\"“‘']\s*$")
# "China's Tesla, X,", "China's Tesla challenger X": the nickname's company follows; "China's X unit Y": the unit's
# country, maybe not X's
_APPOSITIVE_NAME = re.compile(
    r",\s+(?:the\s+)?[A-Z]|\s+(?!(?:and|or|to|in|on|at|for|with|from|by|as|than)\b)[a-z-]+\s+[A-Z]"
    r"|\s+(?:[a-z-]+\s+)?(?:unit|division|subsidiary|arm|affiliate|rival|challenger|competitor|peer)s?\b"
)


def _an_index(m: Mention) -> bool:
    return any(word.lower() in INDEX_WORDS for word in m.text.split())  # "Japan's Nikkei", "Korea's Kospi"


def country_possessives(view: SentenceView) -> None:
    """ "China's Velt raised", "Japan's Quorra said": a country's company, the gold's convention; not a nickname
    ("China's Tesla, X, ...", "dubbed Japan's Y") nor a market ("China's STAR Market")."""
    for place_m in view.mentions:
        if not place_m.possessive or place_m.text not in COUNTRY_NAMES or _NICKNAME.search(view.text, 0, place_m.start):
            continue
        org_m = view.mention_after(after_possessive(view.text, place_m), limit=1)
        if org_m is None or not _organisation(view, org_m) or _MARKET.search(org_m.text) or _an_index(org_m):
            continue
        if _APPOSITIVE_NAME.match(view.text, org_m.end) or org_m.possessive:
            continue
        span = view.span(place_m.start, org_m.end)
        _country_seat(view, view.resolve(org_m, _ORG), COUNTRY_NAMES[place_m.text], span, "country_possessives")


# nationalities, and the codes news uses as adjectives ("US chipmaker X", "the UK lender Y")
_NATIONALITIES = {**COUNTRY_OF_DEMONYM, **{code: COUNTRY_NAMES[code] for code in ("US", "U.S.", "UK")}}
# the nouns a nationality or a country's possessive describes a company with
_DESCRIBING_NOUN = (
    r"start-?up|company|firm|group|giant|(?:[a-z]+-?)?maker|developer|designer|operator|unicorn|lab"
    r"|conglomerate|bank|lender|insurer|brokerage|rival|competitor|retailer|provider|supplier|manufacturer|producer"
    r"|carrier|airline|fund|investor|miner|refiner|fintech|platform"
)
# "Israeli cyber firm X", "Chinese EV maker Y", "Japanese tech giants A and B": a nationality describing the companies
# named right after it; not "Sino-Japanese", "Korean Air" (a name) nor "the German unit of X" (no name follows)
_DEMONYM_AND_NOUN = (
    r"(?<![\w-])(?<!Latin )(?<!North )(?<!South )(?<!Central )(?P<demonym>"  # not "Latin American"
    + "|".join(re.escape(name) for name in sorted(_NATIONALITIES, key=len, reverse=True))
    # the words between describe the noun: no function word, no other company noun ("US company bought local maker Y")
    + r")\s+(?:(?!(?:with|for|in|of|to|by|from|at|on|through|as|the|its|their)\b)"
    + rf"(?!(?:{_DESCRIBING_NOUN})s?\s)(?:[a-z][\w-]*|[A-Z]{{2,4}})\s+)"
    rf"{{0,4}}?(?P<noun>{_DESCRIBING_NOUN})(?P<plural>s)?"
)
_NATIONALITY_DESCRIBED = re.compile(_DEMONYM_AND_NOUN + r" (?=[A-Z])")  # the name on the same line
# "X, a Swedish chip designer, ...", "X, the Israeli cybersecurity company, said": the name before the aside
_NATIONALITY_ASIDE = re.compile(r",\s+(?:a|an|the)\s+" + _DEMONYM_AND_NOUN + r"(?![\w'’-]| [A-Z])")


def nationality_descriptions(view: SentenceView) -> None:
    for m in _NATIONALITY_DESCRIBED.finditer(view.text):
        named = view.name_list(m.end()) if m.group("plural") else [view.mention_at(m.end())]
        for org_m in named:
            if org_m is None or org_m.start < m.end():
                continue
            if _organisation(view, org_m) or _named_by_company_noun(view, org_m, m.group("noun")):
                names = _NATIONALITIES[m.group("demonym")]
                span = view.span(m.start(), org_m.end)
                _country_seat(view, view.resolve(org_m, _ORG), names, span, "nationality_descriptions")


# nouns only a company takes ("Japanese chip equipment giant Tellix Electron"): the name after one is a company's even
# when shaped like a person's (not "investor", "designer", "developer": "US investor A B" names a person)
_COMPANY_ONLY_NOUN = re.compile(
    r"start-?up|company|firm|group|giant|(?:[a-z]+-?)?maker|unicorn|lab|conglomerate|bank|lender|insurer|brokerage"
    r"|retailer|provider|supplier|manufacturer|producer|carrier|airline|miner|refiner"
)


def _named_by_company_noun(view: SentenceView, m: Mention, noun: str) -> bool:
    if not _COMPANY_ONLY_NOUN.fullmatch(noun) or _NOT_A_FIRM.search(m.text) or guess_kind(m.text) == EntityKind.PLACE:
        return False
    known = view.b.find(m.text) or None
    return not (known.kind == EntityKind.PERSON if known is not None else view.is_person(m))


def nationality_asides(view: SentenceView) -> None:
    for m in _NATIONALITY_ASIDE.finditer(view.text):
        org_m = view.mention_before(m.start(), limit=0)
        if org_m is not None and not m.group("plural") and _organisation(view, org_m):
            names = _NATIONALITIES[m.group("demonym")]
            span = view.span(org_m.start, m.end())
            _country_seat(view, view.resolve(org_m, _ORG), names, span, "nationality_asides")


# "X, South Korea's second-biggest car battery maker, said", "Y (YZ), China's top chipmaker, fell": the name before
_COUNTRY_POSSESSIVE_ASIDE = re.compile(
    r"\.?(?:\s\([A-Z][\w&.-]{1,10}\))?,\s+(?:the\s+)?(?P<country>"
    + "|".join(re.escape(name) for name in sorted(COUNTRY_NAMES, key=len, reverse=True))
    + r")['’]s\s+(?:[\w-]+\s+){0,5}?"
    + rf"(?:{_DESCRIBING_NOUN})(?=,|\s+(?:said|says)\b|\.(?:\s|$))"  # "... a stake in X, Kenya's biggest company."
)


def country_possessive_asides(view: SentenceView) -> None:
    for m in _COUNTRY_POSSESSIVE_ASIDE.finditer(view.text):
        org_m = view.mention_before(m.start(), limit=0)
        if org_m is not None and _organisation(view, org_m) and not _an_index(org_m):
            span = view.span(org_m.start, m.end())
            names = COUNTRY_NAMES[m.group("country")]
            _country_seat(view, view.resolve(org_m, _ORG), names, span, "country_possessive_asides")


def _country_seat(view: SentenceView, org: str | None, names: tuple[str, ...], span: Span, reading: str) -> None:
    """The seat in a country named by its usual name (the first of `names`; the others become its aliases)."""
    if org is None or view.b.record(org).kind != _ORG:
        return
    place = view.b.entity(names[0], EntityKind.PLACE, span)
    if place is None:
        return
    for name in names[1:]:
        view.b.record(place).add_alias(name)
    _state_seat(view, org, place, span, reading, presupposed=True)


_MARKET = re.compile(r"\b(?:Market|Board|Exchange|Index|Composite|Nasdaq|STAR)\b")


# "at the company's headquarters in Beijing", "Tesla's Austin headquarters", "Kioxia's Tokyo head office"
_OWN_HEADQUARTERS = re.compile(
    rf"(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})|\b[Tt]he (?:company|firm|group|start-?up))['’]s?\s+"
    rf"(?:(?:global|main|corporate|new)\s+)?(?:headquarters|head office|HQ)"
    rf"(?:\s+(?:is|are))?(?:\s+(?:located|situated))?\s+in\s+{_PLACE}"  # "X's headquarters are in Y"
    rf"|(?P<owner2>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})['’]s?\s+{_PLACE.replace('place', 'place2')}\s+"
    r"(?:headquarters|head office|HQ)\b"
)


def own_headquarters(view: SentenceView) -> None:
    for m in _OWN_HEADQUARTERS.finditer(view.text):
        owner = m.group("owner") or m.group("owner2")
        owner_m = view.mention_at(m.start("owner") if m.group("owner") else m.start("owner2")) if owner else None
        org = view.resolve(owner_m, _ORG) if owner_m is not None and _organisation(view, owner_m) else None
        org = org if owner else view.doc.topic
        key = "place" if m.group("place") else "place2"
        place_m = view.mention_at(m.start(key))
        if place_m is not None and guess_kind(place_m.text) == EntityKind.PLACE:
            _relate(view, org, place_m, view.span(m.start(), m.end()), "own_headquarters")


def _organisation(view: SentenceView, m: Mention) -> bool:
    if _NOT_A_FIRM.search(m.text):
        return False
    return not (view.is_person(m) or looks_like_person(m.text) or guess_kind(m.text) == EntityKind.PLACE)


# "GM of X" (a title), "National Maths Competition", "Taiwan's Taiex" (an event, an index), "Korea's Financial
# Services Commission" (a regulator, a ministry): no firm to seat
_NOT_A_FIRM = re.compile(
    rf"^(?:GM|MD|VP|SVP|EVP|(?i:{TITLE}))\s+of\b"
    r"|\b(?:Competition|Olympiad|Awards?|Prize|Championships?|Conference|Forum|Summit|Expo|Cup)$"
    r"|^(?i:TAIEX|SENSEX|Nifty(?: \d+)?|KOSDAQ)$"
    r"|\b(?:Commission|Ministry|Regulator|Regulatory Authority)$|^Ministry of\b"
)


def _seat(view: SentenceView, org: str | None, m: re.Match[str], reading: str, stated: bool = False) -> None:
    """`stated`: the clause states the seat ("X moved its headquarters to Y"), so a denial or a plan there drops it."""
    place_m = view.mention_at(m.start("place"))
    if place_m is not None and guess_kind(place_m.text) == EntityKind.PLACE:
        _relate(view, org, place_m, view.span(m.start(), m.end()), reading, stated=stated)


def _relate(
    view: SentenceView, org: str | None, place_m: Mention, span: Span, reading: str, stated: bool = False
) -> None:
    """The seat in the place a mention names."""
    if org is None or view.b.record(org).kind != _ORG:
        return
    place = view.b.entity(place_m.text, EntityKind.PLACE, view.span(place_m.start, place_m.end))
    written = view.text[place_m.start : place_m.end]
    if place is not None and written != place_m.text and written in ("US", "U.S.", "UK"):
        view.b.record(place).add_alias(written)  # "US chipmaker Intel": the United States, also named "US"
    _state_seat(view, org, place, span, reading, presupposed=not stated)


def _state_seat(view: SentenceView, org: str, place: str | None, span: Span, reading: str, presupposed: bool) -> None:
    """The seat, under the rule of the reading that found it (`seats.<reading>`, which calibration weighs)."""
    span = span.model_copy(update={"rule": f"seats.{reading}.HEADQUARTERED_IN"})
    view.b.relate(RelationType.HEADQUARTERED_IN, org, place, span, presupposed=presupposed)
