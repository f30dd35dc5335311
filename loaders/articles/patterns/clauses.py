"""Clause tools shared by the frames: who a clause is about, its asides, lists of names, its date."""

from __future__ import annotations

import re
from typing import Any

from graph.dates import PartialDate
from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import NATIONALITY_NOUN
from loaders.articles.mentions import Mention, after_possessive, guess_kind, looks_like_person
from loaders.articles.personal_names import SURNAMES
from loaders.articles.records import not_a_party
from loaders.drafts import Span

WITH_PARTNERS = re.compile(r"^\s*(?:in \w+(?: \d{4})?\s+)?(?:together |along )?with\s+")

# One statement a reader found: relation type, subject, object, evidence span and relate()'s keyword arguments
# (readers yield them; a family's apply states them, so the rule keeps the apply's name).
Statement = tuple[RelationType, str | None, str | None, Span, dict[str, Any]]

_PERSON = EntityKind.PERSON


def clause_agents(view: SentenceView, verb: int) -> list[Mention]:
    """Who does what the verb at `verb` says: the names listed as the clause's subject, skipping asides
    ("F, a fund under G, led ..." is F; "A – an early backer of B – joined" is A)."""
    start = clause_start(view.text, verb)
    fronted = _FRONTED.match(view.text, start)  # "Under the guidance of chief A, X acquired Y": X
    start = fronted.end() if fronted is not None and fronted.end() <= verb else start
    names = [
        m
        for m in view.mentions
        if start <= m.start and m.end <= verb and not in_aside(view.text, m, verb) and not not_a_party(m.text)
    ]
    if not names:
        return []
    listed = [_titled_person(view, m) or m for m in view.name_list(names[0].start)]  # "X investor A invested"
    owned = owned_name(view, listed[0]) if len(listed) == 1 and listed[0].possessive else None
    listed = [owned] if owned is not None and owned.end <= verb else listed  # "X's investment firm, Y, led"
    return [m for m in listed if not in_aside(view.text, m, verb)] or names[:1]


# A phrase opening the clause that names no doer: "Under the guidance of A, ...", "After talks with A, ..."
_FRONTED = re.compile(
    r"\W*(?:Under|After|Before|Despite|Following|Amid|Amidst|Through|Since|During|Beyond|Over)\b[^,;]{1,80},\s+"
)


# "A, which also backed X", "A, the Singapore fund that backed X": the relative clause is about A
_RELATIVE_VERB = re.compile(
    # "Y, which ...", "Y (which recently raised $150m)": a relative clause set off by a comma or in brackets
    r"(?:(?:\s*\([^()]{0,30}\))?,\s+(?:(?:the|an?)\s+[^,;()]{1,60}?\s+)?|\s+\()(?:which|that|who)\s+"
    # "Y, which last year raised": a time said between the pronoun and its verb
    r"(?:(?:also|has|have|had|previously|recently|once|already|earlier|itself|(?:last|this|earlier this)\s+"
    r"(?:year|month|week|quarter)|in\s+(?:19|20)\d{2})\s+)*$"
)


def relative_agent(view: SentenceView, verb: int) -> list[Mention] | None:
    """Who does what the verb says when it opens a relative clause: the name the clause is about (no name when it is
    none of the text's); None when the verb opens no relative clause."""
    found = _RELATIVE_VERB.search(view.text, clause_start(view.text, verb), verb)
    if found is None:
        return None
    named = view.mention_before(found.start() + 1, limit=1)
    return [named] if named is not None and not named.possessive and not view.is_person(named) else []


def in_aside(text: str, m: Mention, end: int) -> bool:
    """Inside parentheses, a dash pair or a comma appositive (", a/an/the ... ,") that closes before `end`."""
    before = text[: m.start]
    if before.count("(") > before.count(")"):
        return True
    if _SOURCE_BEFORE.search(before):
        return True  # a source, not a party: "According to Dorrance Wire, Velt did ...", "In an interview with A,"
    if re.search(r",\s+$", before) and _SOURCE_ASIDE.match(text, m.end) and "," in text[m.end : end]:
        return True  # "X, A reported, invested $20 million": A, the source between commas
    if re.search(r"\b(?:[Aa]ccording to|[Cc]iting)\b[^,;]*$", before) and "," in text[m.end : end]:
        return True  # "According to reporting by The Journal, Meta is ...": still the source
    if (before.count(" – ") + before.count(" — ") + before.count(" - ")) % 2 == 1:
        return True
    appositive = before.rfind(", ")
    if appositive >= 0 and re.match(r",\s+(?:an?|the|which|who|its|one of)\s", text[appositive:]):
        return "," in text[m.end : end]
    return False


_SOURCE_BEFORE = re.compile(
    r"\b(?:[Aa]ccording to|reported by|said|told|reports?|[Ii]n an interview with)\s+(?:the\s+)?$"
)
_SOURCE_ASIDE = re.compile(r"\s+(?:reported|reports|said|says|wrote|writes|noted|added)\b[^,;]{0,40},")


_LIST_GAP = re.compile(
    r"(?:\.(?=,|\s+(?:and|plus|&)\s))?\s*(?:\([^()]{1,40}\)\s*)?"  # "A Corp., B", "A Inc. and B", "A (AB), B"
    r"(?:,\s+(?:which|who)\s[^,;()]{1,80}(?=,))?"  # "A, which backed X early, and B"
    r"(?:,\s*)?(?:(?:and|as well as|plus|&)\s+)?(?:(?:the|an?)\s+)?(?:world['’]s\s+)?"
    r"(?:(?:(?!(?:by|from|in|of|to|at|with|which|who|that|whose|where|after|before|since|than|when|while|but|said|says"
    r"|as|because|although|though|unless|until|whereas"  # "from A, and as B seeks funding": B opens a clause
    r"|include[sd]?|including|such|joined|participated"
    r"|told|tells|reported|reports|wrote|writes|added|adds|declined"
    # "from A, the company announced on its B account": a report, not a name of the list
    r"|announced|announces|confirmed|confirms|disclosed|discloses|stated|states|posted|posts|according)\b)[a-z][\w-]*"
    r"|[A-Z][a-z]+(?:an|ese|ish|ch|i)"
    rf"|{NATIONALITY_NOUN}"  # "and Welshman A B"
    r"|[A-Z]{2,4}(?=\s+[a-z])"  # "fabless IC company X"
    r"|[Bb]usiness(?:wo)?m[ae]n|[Ee]ntrepreneurs?|[Bb]illionaires?)\s+)"  # "Businessmen A and B"
    r"{0,5}"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\.?\s+)?"  # an honorific before a person's name
)  # "state-owned", "Dutch chip equipment giant": descriptor words, a nationality among them


def listed_names(
    view: SentenceView, pos: int, gap: re.Pattern[str] | None = None, *, owned_units: bool = False
) -> list[Mention]:
    """Names listed from `pos`: "A, B (LCIG), existing backer C and state-owned D"; a few lowercase descriptor
    words (or, with `gap`, what it allows: titles) may stand before each name; a preposition or a clause ends the
    list, and so does a possessive (with `owned_units`, investors: "A's B and C" lists B, the owner's unit, and C).
    A parenthesis after a name ("(US$1.7 billion)") is skipped."""
    found: list[Mention] = []
    cursor = pos
    separated = False  # a separator seen since the last name listed
    for m in view.mentions:
        if m.start < cursor:
            continue
        between = view.text[cursor : m.start]
        # "or" joins names only where the caller's gap says what may stand between them (rivals: "A, B or C")
        separated = separated or bool(re.search(r",|\band\b|\bplus\b|&" + (r"|\bor\b" if gap else ""), between))
        if not (gap or _LIST_GAP).fullmatch(between) or (found and not separated):
            break
        nationality = not_a_party(m.text) or _NATIONALITY_PHRASE.fullmatch(m.text) is not None
        if not m.possessive and guess_kind(m.text) is None and nationality:
            cursor = m.end  # "South Korean chip giant X": a nationality among the descriptor words
            continue
        place = guess_kind(m.text) == EntityKind.PLACE or re.fullmatch(r"[A-Z]{2,4}", m.text) is not None
        if not m.possessive and place and _DESCRIBED_AFTER.match(view.text, m.end):
            cursor = m.end  # "Singapore state investor X", "fabless IC company X": they describe the name after them
            continue
        if m.possessive and nationality and guess_kind(m.text) == EntityKind.PLACE:
            cursor = after_possessive(view.text, m)
            continue  # "led by Canada's X", "A and Canada's B": the place describes the name after it
        separated = False
        if m.possessive:
            owned = owned_name(view, m)
            fund = _OWNERS_FUND.match(view.text, m.end) if owned is None else None
            if fund is not None:  # "A’s joint fund and B", "A's Latin American fund and B": A, and the list goes on
                found.append(Mention(m.text, m.start, m.end))
                cursor = fund.end()
                continue
            # "Alphabet's Google and B": Google, the owner's unit, and the list goes on
            owned = owned or (_named_after(view, m) if owned_units else None)
            if owned is None:
                found.append(m)
                break
            if _GENERIC_FUND.fullmatch(owned.text):  # "A's Asia Fund II": A, through a fund its name does not tell
                found.append(Mention(m.text, m.start, m.end))
                cursor = owned.end
                continue
            m = owned  # "Hillhouse Capital's VC unit GL Ventures": the unit is the one listed
        described = _RELATED_NOUN.match(view.text, m.end)
        related = view.mention_at(described.end()) if described else None
        m = related or _titled_person(view, m) or m  # "Toyota Motor Corp. supplier Denso Corp.": Denso is listed
        found.append(m)
        cursor = m.end
        aside = re.match(r"\s*\([^()]{0,40}\)", view.text[cursor:])
        cursor += aside.end() if aside else 0
        described = _APPOSITIVE_IN_LIST.match(view.text, cursor)
        cursor = described.end() if described else cursor  # "A, the venture unit of B, and C": A and C
    last_apart = len(found) > 1 and not _LAST_JOINED.search(view.text, found[-2].end, found[-1].start)
    if last_apart and _CLAUSE_GOES_ON.match(view.text, found[-1].end):
        found.pop()  # "..., which raised $1bn from A, B has never ...": B opens the main clause again
    return found


_GENERIC_FUND = re.compile(
    r"(?=.*\bFunds?\b)(?:(?:Asia|Asian|Europe|European|Global|International|China|US|Growth|Opportunit(?:y|ies)|Select|Strategic|"
    r"Innovation|Technology|Tech|Venture|Ventures|Equity|Income|Value|Early|Stage|Fund|Funds|[IVX]{1,4}|\d{1,4})\s*)+"
)


# An appositive after a listed name, before the list goes on: "A, the venture unit of B, and C"
_APPOSITIVE_IN_LIST = re.compile(
    r",\s+(?:the|an?)\s+(?![^,;()]*\b(?:which|who|that)\b)[a-z][^,;()]{0,60}?(?=,\s+(?:and\s+)?(?:the\s+)?[A-Z])"
)
# A list names its last item after "and"; a name after a bare comma that a verb follows opens a clause of its own
_LAST_JOINED = re.compile(r"\band\b|\bplus\b|\bas well as\b|&")
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|also|never|still|now|said|says|told|"
    r"tells)\b"
    r"|(?!(?:and|or|as|in|on|at|of|to|for|with|from|by)\b)[a-z]+(?:ed|es)\b)"
)


# "Saudi Arabian", "South Korean" ("Zhou Yuan" is a name)
_NATIONALITY_PHRASE = re.compile(r"(?:[A-Z][a-z]+ )+[A-Z][a-z]{2,}(?:ian|ean|ese|ish)")
_RELATED_NOUN = re.compile(
    r"\.?\s+(?:supplier|unit|subsidiary|affiliate|parent|owner|partner|rival|arm|customer|spin-?off)\s+(?=[A-Z])"
)
_DESCRIBED_AFTER = re.compile(r"\s+(?:(?!(?:and|or|as|with|plus)\b)[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# "Uber co-founder Travis Kalanick": the person is the one listed, not the company
_TITLE_BEFORE_PERSON = re.compile(
    r"\s+(?i:co-?founder|founder|CEO|chief executive|chairman|chairwoman|president|investor|backer|shareholder|partner|"
    r"executive|CTO|CFO)"
    r"\s+(?=[A-Z])"
)


def _titled_person(view: SentenceView, m: Mention) -> Mention | None:
    titled = _TITLE_BEFORE_PERSON.match(view.text, m.end)
    person = view.mention_at(titled.end()) if titled else None
    # "X investor A backed Y": A, a fund as well as a person, is who the name X only describes
    holder = titled is not None and re.match(r"\s+(?i:investor|backer|shareholder)\b", titled.group(0))
    return person if person is not None and (holder or looks_like_person(person.text)) else None


# "X's VC unit Y", "X's early-stage venture capital arm Y"
_OWNED = re.compile(
    r"['’]s?\s+(?:(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){1,3}"
    r"|(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,4}(?:arm|unit|fund|vehicle|division|subsidiary|affiliate)\s+"
    # "X's investment firm, Y,", "X's robotics spin-off, Y"
    r"|(?:[a-z][\w-]*\s+){0,3}(?:arm|unit|fund|vehicle|firm|company|spin-?off|subsidiary|affiliate|division),\s+)"
    r"(?=[A-Z])"
)


_OWNERS_FUND = re.compile(
    r"['’]s?\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:fund|funds|sub-fund|vehicle|arm|unit)\b(?=\s*(?:,|and\b|&|\(|$|[.;]))"
)


def _named_after(view: SentenceView, owner: Mention) -> Mention | None:
    """The name right after "Owner's " that the text does not show to be a person's."""
    start = after_possessive(view.text, owner)
    named = view.mention_at(start + 1) if view.text[start : start + 1] == " " else None
    return named if named is not None and not named.possessive and not view.is_person(named) else None


def owned_name(view: SentenceView, owner: Mention) -> Mention | None:
    """The name right after "Owner's <lowercase words>" ("X's VC unit Y", "X's investment arm Y"), if any."""
    owned = _OWNED.match(view.text, owner.end)
    if owned:
        return view.mention_at(owned.end())
    # "X's Y Capital", "X’s Y Fund 2": a fund or firm of the owner's, named right after it
    start = after_possessive(view.text, owner)
    named = view.mention_at(start + 1) if view.text[start : start + 1] == " " else None
    return named if named is not None and guess_kind(named.text) == EntityKind.ORGANIZATION else None


def organisations(view: SentenceView, names: list[Mention]) -> list[Mention]:
    """Names that may be organisations: two-word names ("Nimbus Chips", "Morgan Stanley") are, unless the text
    says they are people."""
    return [n for n in names if not view.is_person(n) and view.b.find(n.text, _PERSON) is None]


def person_before(view: SentenceView, pos: int, limit: int) -> Mention | None:
    for m in reversed(view.mentions):
        if m.end <= pos and pos - m.end <= limit and looks_like_person(m.text):
            return m
    return None


def clause_end(text: str, pos: int) -> int:
    found = re.search(r"[;.](?:\s|$)|,\s+(?:and|but|while|as|after|citing)\b", text[pos:])
    return pos + found.start() if found else len(text)


# A date inside these is the company's age or the text's own date, not the event's: "Founded in 2021, X raised
# ...", "which was founded in Lisbon in March 2023", "since 2018", a leading "date 2021-08-30" or "Published: ..."
AGE_DATE = re.compile(
    r"(?:[Ff]ounded|[Ee]stablished|[Ss]et up|[Ss]ince|[Ss]tarted)(?: [a-z]+){0,2}(?: [A-Z][a-z]+(?: [a-z]+)?)?\s+$"
    r"|^\W*(?i:date|published|updated|posted)[:\s]*$"
)


def is_age_date(view: SentenceView, start: int) -> bool:
    return bool(AGE_DATE.search(view.text[max(0, start - 30) : start]))


def event_date(view: SentenceView, start: int = 0, end: int | None = None) -> PartialDate | None:
    """The first date in [start, end) of the sentence that dates an event, not an age or the text's own date."""
    stop = len(view.text) if end is None else end
    for d in view.dates:
        if d.date is not None and start <= d.start < stop and not is_age_date(view, d.start):
            return d.date
    return None


def clause_date(view: SentenceView, pos: int) -> PartialDate | None:
    """The event date of the clause around `pos` (or just after it)."""
    return event_date(view, clause_start(view.text, pos), pos + 60)


def organisation_of(view: SentenceView, m: Mention | None) -> str | None:
    """The organisation a mention names, or None for no mention or a person."""
    return view.resolve(m, EntityKind.ORGANIZATION) if m is not None and not view.is_person(m) else None


def listed_organisations(view: SentenceView, pos: int) -> list[Mention]:
    """The names listed from `pos` that can be organisations: owners ("X's") and unknown people left out."""
    return [
        n
        for n in listed_names(view, pos)
        if not n.possessive and not (view.is_person(n) and view.b.gazetteer.lookup(n.text) is None)
    ]


_SOURCE_VERB = re.compile(r"\s+(?:reported|reports|said|says|wrote|cited)\b")


def may_be_organisation(view: SentenceView, m: Mention) -> bool:
    """Whether a name can stand for an organisation: not a person (known or by its shape), a place or an adjective."""
    return not (view.is_person(m) or looks_like_person(m.text) or not_a_party(m.text))


def may_name_firm(view: SentenceView, m: Mention) -> bool:
    """Whether a name can stand for a firm: not a person or a place, and not shaped like a person's name unless the
    text already knows it as a firm ("Morgan Stanley"). `may_be_organisation` refuses every person-shaped name."""
    if view.is_person(m) or not_a_party(m.text):
        return False
    return not looks_like_person(m.text) or view.b.find(m.text, EntityKind.ORGANIZATION) is not None


# "the stock exchange's", "the bank's": an owner described, not named (the text's own company is "the company's")
# "the stock exchange's chief executive A", "the Chinese gaming titan's founder A": a company the text does not name
UNNAMED_OWNER = re.compile(r"\bthe (?!company|firm|start-?up|group\b)(?:[A-Za-z-]+ ){0,3}[a-z-]+['’]s?\s+$")
_FORMER_STAFF = re.compile(
    r"\b(?:veterans?|alumni|alumnus|alumna|former (?:staff|employees?|executives?|engineers?)|formerly) (?:of|from|at) "
    r"(?:the )?(?:[A-Z]{2,3} )?(?:[a-z-]+ ){0,2}$"
)


# "X's acquisitions of Y and Z, working with CEO A", "after buying Y, CEO A": a company bought, not A's employer
_DEAL_TARGET = re.compile(
    r"(?:\b(?:acquisitions?|purchases?|takeovers?|buyouts?)\s+of|\b(?:acquired|acquiring|acquires|bought|buying|buys))"
    r"\s+(?:[A-Z][\w.&'’-]*,?\s+(?:and\s+)?){0,8}$"
)


def _quoted(text: str, m: Mention, pos: int) -> bool:
    """Inside a quotation that closes before `pos`: the speaker's words name it, not the speaker's employer."""
    before = text[: m.start]
    curly = before.count("“") > before.count("”") and "”" in text[m.end : pos]
    return curly or (before.count('"') % 2 == 1 and '"' in text[m.end : pos])


def employer_before(view: SentenceView, pos: int) -> str | None:
    """The organisation named last before `pos` (not a person, a place, an aside, a news source or a former
    employer: "veterans of AMD – chairman A"), else the topic."""
    for m in reversed(view.mentions):
        if m.end > pos or not may_be_organisation(view, m):
            continue
        if (
            in_aside(view.text, m, pos)
            or _SOURCE_VERB.match(view.text, m.end)
            or _FORMER_STAFF.search(view.text, 0, m.start)
            or _DEAL_TARGET.search(view.text, 0, m.start)
            or _quoted(view.text, m, pos)
        ):
            continue
        known = view.b.gazetteer.lookup(m.text)
        if m.text.lower() in SURNAMES and (known is None or known[1] != EntityKind.ORGANIZATION):
            return None  # "Wu received ..., second only to Chairman Zhu": a person named by the surname
        return view.resolve(m, EntityKind.ORGANIZATION)
    return view.doc.topic


# "X, which was valued at", "its rival Y which was recently valued at" (the comma is often left out)
_WHICH = re.compile(
    r"(?:\s*\([^()]{0,30}\))?,?\s+which\s+(?:has\s+|had\s+|was\s+|is\s+|were\s+|are\s+)?"
    r"(?:(?:also|recently|previously|last|once|most recently)\s+)?(?:been\s+)?$"
)


# "X's fintech unit, which is valued at", "X's chip unit was valued at": a part of X named by its noun, not X
PART_WHICH = re.compile(
    r"(?:['’]s?|\bits|\btheir)\s+(?:[\w-]+\s+){0,3}(?:unit|arm|business|division|subsidiary|affiliate|venture|"
    r"segment|operations)"
    r"\s*,\s+which\s+(?:\w+\s+){0,3}$"
    r"|['’]s?\s+(?:[\w-]+\s+){0,3}(?:units?|arms?|divisions?|subsidiar(?:y|ies)|affiliates?|segments?|operations)\s+"
    r"(?:(?:was|is|were|are|has been|had been|have been|now|also|reportedly|recently|last)\s+)*$"
)


def which_antecedent(view: SentenceView, pos: int) -> str | None:
    """ "X (688795.SS), which debuted on ...": the name the relative clause is about."""
    which = _WHICH.search(view.text, 0, pos)
    if which is None:
        return None
    return organisation_of(view, view.mention_before(which.start() + 1, limit=2))


def person_like(view: SentenceView, m: Mention) -> bool:
    """A person: what the text already knows the name as, else a name the gazetteer or its shape says is one."""
    known = view.b.find(m.text)
    if known is not None:
        return known.kind == _PERSON
    return view.is_person(m) or looks_like_person(m.text)


# "A said X faces ...", "A analysts believe that X is ...": what A reports is about X, not A
_REPORTING_VERB = re.compile(  # "X added 3 per cent": a price move, nothing said
    r"\b(?:said|says|told\s+(?:[a-z]+\s+){0,2}|reported|reports|noted|notes|wrote|writes|added(?!\s+[\d$€£¥])|believes?|"
    r"expects?|thinks?|estimated|estimates|argued|argues|warned|warns)\s+(?:that\s+|on\s+\w+\s+(?:that\s+)?)?"
)


def reported_subject(view: SentenceView, start: int, pos: int) -> tuple[bool, Mention | None]:
    """When a verb of saying stands between `start` and `pos`, (True, the name opening what is said, None when it
    opens with no plain name: "A said X's rivals"); else, or when what is said opens with "it" ("A said it ..."),
    (False, None): the clause's own subject decides."""
    said = list(_REPORTING_VERB.finditer(view.text, start, pos))
    if not said or re.match(r"(?:it|its|they|their|we|our)\b", view.text[said[-1].end() :]):
        return False, None  # "A said it competes with B": A's own
    named = view.mention_at(said[-1].end())
    if named is not None and not view.text[named.end : pos].strip():
        return False, None  # "A warned that Xs rivals": a name run into the noun, no clause of its own
    return True, named if named is not None and not named.possessive and not view.is_person(named) else None


# a post named but not yet taken up ("incoming CEO", "chief executive-designate", "president-elect"), or one its
# holder is about to leave ("outgoing CEO": gold states neither a job nor a former one)
NOT_YET_TITLE = re.compile(
    r"\b(?:incoming|future|next|prospective|would-be|designated|outgoing|departing|retiring)\b", re.IGNORECASE
)
_NOT_YET_AFTER = re.compile(r"(?:-|\s)(?:designate|elect)\b", re.IGNORECASE)


def post_not_taken_up(text: str, start: int, role_start: int, role_end: int) -> bool:
    """Whether the words before a title (from `start`) or right after it say the post is still to be taken up, or
    about to be left."""
    return NOT_YET_TITLE.search(text, start, role_start) is not None or _NOT_YET_AFTER.match(text, role_end) is not None


# a post its holder left or was pushed out of, named right after: "X ousted chief executive A", "fired its CFO, A",
# "announced the departure of its chief executive, A"
OUSTED_FROM = re.compile(
    r"\b(?:ousted|fired|sacked|dismissed|removed|axed|suspended|replaced|replacing|succeeding|succeeded"
    r"|(?:departure|resignation|exit|ouster|retirement|dismissal|removal|sacking|firing)\s+of)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def whose_its_unclear(view: SentenceView, pos: int) -> bool:
    """ "It gives X a stake in Y, and its president A will join": two firms named before "its", either may be A's."""
    its = re.search(r"\b[Ii]ts\s+(?:[\w-]+\s+(?:and\s+)?){0,2}$", view.text[:pos])
    mentions = [m for m in view.mentions if its and m.end <= its.start() and may_be_organisation(view, m)]
    return len({view.resolve(m, EntityKind.ORGANIZATION) for m in mentions}) > 1
