"""Whose shares a move verb moved: "Shares of X", "shares of the carmaker", the name right before the verb, else
the clause's first name that is no preposition's object, dateline or person."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.datelines import is_dateline
from loaders.articles.lexicon import A_UNIT_AFTER, BANK_WORDS, DESCRIBES_NEXT_NAME
from loaders.articles.mentions import Mention, find_mentions, guess_kind, looks_like_person
from loaders.articles.patterns.analysts import a_brokerage
from loaders.articles.patterns.move_checks import last_company_before
from loaders.articles.records import not_a_party

# "Shares in Chinese AI startup X": an acronym describing the trade named after it
_ACRONYM_TRADE = (
    r"[A-Z]{2,4}(?= (?:[a-z-]+ )?(?:startup|start-up|firm|company|maker|group|developer|giant|lab|unicorn))"
)
# "Shares of the chipmaker X", "Shares in Taiwan's X": the name after the description or the place
_SHARES_OF = re.compile(
    r"\b[Ss]hares (?:of|in) (?:[A-Z][a-z]+(?:['’]s)? (?=[a-z]|" + _ACRONYM_TRADE + r"))?"
    r"(?:(?:the )?(?:[a-z-]+|" + _ACRONYM_TRADE + r") ){0,6}(?:[A-Z][a-z]+['’]s )?(?P<n>[A-Z])"
)  # "Shares of Dutch firm X", "Shares in Y's self-driving unit X": a nationality or owner before the description

# "the German firm", "the Munich-based lender": a place word describing the noun after it
_DESCRIBES = re.compile(r"the [A-Z][\w-]*(?: [A-Z][\w-]*)?(?<!['’]s) [a-z]")


def _named(view: SentenceView, found: Mention | None) -> Mention | None:
    """The name "Shares of" leads to; None for a word describing a company ("Shares of the German firm")."""
    if found is not None and not_a_party(found.text) and _DESCRIBES.match(view.text, found.start - 4):
        return None
    return found


# "X's parent company, Y,", "X's biggest supplier": a party named by its role to X
_ROLE_NAMED = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:parent|unit|subsidiary|rival|peer|supplier|customer|partner|owner|"
    r"affiliate|arm|division|shareholder|investor)(?:\s+(?:company|firm|group))?(?P<comma>,\s+)?"
)


def move_subject(view: SentenceView, m: re.Match[str], start: int) -> Mention | None:
    """The name whose shares moved: "Shares of X", "shares of the carmaker", the name right before the verb, else
    the clause's first name that is no preposition's object, dateline or person."""
    text = view.text
    subject_m = None
    head = text[start : m.start()]
    if _UNNAMED_MOVER.search(head) or _THE_LATTER.search(head):
        return None  # "X plunged 14% after the broader market dipped over 2%", "after the latter's shares surged"
    shares_of = _SHARES_OF.search(head)
    if shares_of:
        subject_m = _named(view, view.mention_at(start + shares_of.start("n")))
        if subject_m is not None and A_UNIT_AFTER.match(text, subject_m.end):
            return None  # "Shares in the X health unit surged": the unit's, not X's
        if subject_m is not None and _QUALIFIES_THE_MOVER.fullmatch(text, subject_m.end, m.start()):
            return None  # "Shares in Kelmont shipping firms fell": firms the name only qualifies
        role = _ROLE_NAMED.match(text, subject_m.end) if subject_m is not None and subject_m.possessive else None
        if role is not None:  # "Shares in X's parent company, Y, rose 3%": Y's; "Shares of X's parent": no name
            return view.mention_at(role.end()) if role.group("comma") else None
    described = re.search(r"\b[Ss]hares of the [a-z][\w-]*\s+(?:\w+ly\s+)?$", head)
    if subject_m is None and described:
        # "shares of the carmaker": the company named just before the description.
        subject_m = last_company_before(view, start + described.start())
    adjacent = _name_before_its_code(view, view.mention_before(m.start(), limit=30))
    if adjacent is not None and adjacent.text.endswith("Exchange"):
        adjacent = None  # "The TAIEX on the Taiwan Stock Exchange fell": the index named before it moved
    if (
        subject_m is None
        and adjacent is not None
        and adjacent.start >= start
        and not _OBJECT_OF.search(text, max(start, adjacent.start - 30), adjacent.start)
        and not re.search(r"\b(?:its|their)\s+$", text[max(start, adjacent.start - 8) : adjacent.start])
        and re.fullmatch(
            r"\.?(?:['’]s?)?(?:\s*\([^()]{1,20}\)|\s+\.?[A-Z0-9]{1,6}\.[A-Z]{1,2}|\s+\.[A-Z0-9]{2,8})?"
            r"\s+(?:shares\s+|stock\s+|index\s+)?(?:(?:\w+ly|also|still)\s+){0,2}",
            text[adjacent.end : m.start()],
        )  # "Velt (00700) fell", "Quorra Inc. jumped", "X also gained": a ticker, a legal tail's period, an adverb
    ):
        if view.is_person(adjacent):
            return None  # "X said Y Foods fell 1%": the name before the verb, read as a person's, has no shares
        subject_m = _owner_of_described_shares(view, adjacent) or adjacent
    unnamed = _UNNAMED_SUBJECT.match(text, start)
    subject_m = subject_m or _appositive_subject(view, start, m.start())  # "after X, the sector's leader, gained"
    if subject_m is None:
        for cand in view.mentions:
            if cand.start < start or cand.start >= m.start() or _SAID.search(text, cand.end, m.start()):
                continue  # "X said Y fell 1%": the one who speaks is not the one that moved
            if _heads_a_noun_phrase(text, cand, m.start()) or _QUALIFIES_THE_MOVER.fullmatch(text, cand.end, m.start()):
                break  # "SMS volumes at X fell 8%", "Downloads of the X app dropped": the phrase's figure, no name's
            if unnamed is not None and cand.start >= unnamed.end():
                continue  # "The tech sub-index outpaced the main X indexes and gained 1%": X is the object
            if _UNNAMED_CLAUSE.search(text, cand.end, m.start()):
                continue  # "X fell below 7100 as tech stocks took a whacking and dropped 4.2%": the stocks' figure
            if text[cand.start - 1 : cand.start] == "(":
                continue  # "its hedged share class (XYZH) gained": the code of a thing described before it
            if _another_name_after_a_figure(view, cand, m.start()) or _its_thing_after_a_figure(text, cand, m.start()):
                break  # "A .AI rises 1.2%, B .BI gains 0.1%": A moved by the figure before; the next is another's
            if _OCCASION.search(text, cand.end, m.start()):
                continue  # "X's listing follows Y's debut, where shares jumped 400%": not X's move
            pre = text[max(start, cand.start - 14) : cand.start]
            if re.search(
                r"\b(?:in|on|at|from|with|for|of|to|by|than|since|after|as|its|their|among|amongst|amid|despite|"
                r"unlike|against|including|like|besides)\s+(?:the\s+)?$",
                pre,
                re.IGNORECASE,
            ) and not re.search(r"\bprice of\s+$", pre):  # "The price of X closed at ...": X's shares moved
                continue
            relative = _IN_RELATIVE.search(text, start, cand.start) and "," in text[cand.end : m.start()]
            if is_dateline(text, cand) or relative:
                continue  # "The index, which includes X and Y, dropped 2%": X is the relative clause's object
            if cand.text.endswith("-based") or view.is_person(cand) or _OPENS_WITH_PREPOSITION.match(cand.text):
                continue
            if DESCRIBES_NEXT_NAME.match(text, cand.end):
                continue  # "X owner Y meanwhile rose 3%": Y's shares
            if cand.possessive and (_ANOTHER_OWNER.match(text, cand.end) or _OWNED_APPOSITIVE.match(text, cand.end)):
                continue  # "Even before X's move, its ADRs had dropped"; "X's biggest customer, Y, fell": not X
            if _possessed_thing_moved(text, cand, m.start()):
                continue  # "X's unit, the payments arm, rose 2%": the unit's figure
            subject_m = cand
            break
    return subject_m


# "after X, the market's most heavily weighted stock, gained 1%": a description set off by commas before the verb
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?![^,;()%]*\b(?:which|that|who|whose)\b)[^,;()%]{1,60}?,\s+(?:\w+ly\s+)?$"
)


def _appositive_subject(view: SentenceView, start: int, verb: int) -> Mention | None:
    """The name a description set off by commas follows right before the verb, unless a preposition makes it an
    object ("in X, the sector's leader, ...")."""
    described = _APPOSITIVE.search(view.text, start, verb)
    named = view.mention_before(described.start(), limit=0) if described is not None else None
    if named is None or named.start < start or named.possessive or view.is_person(named):
        return None
    if _OBJECT_OF.search(view.text, max(start, named.start - 30), named.start):
        return None
    return named


def _name_before_its_code(view: SentenceView, named: Mention | None) -> Mention | None:
    """ "B (DXL) rose": the name whose ticker the bracket holds, not the ticker read as a name of its own."""
    if named is None or view.text[named.start - 1 : named.start] != "(" or view.text[named.end : named.end + 1] != ")":
        return named
    before = view.mention_before(named.start - 1, limit=1)
    return before if before is not None and not before.possessive else named


# "Velquor's holding in X fell": a name after a preposition is its object, not the one whose shares moved
# ("its Hong Kong shares fell": a pronoun's shares, the name a place)
_OBJECT_OF = re.compile(
    r"(?<!shares )(?<!stock )(?<!ADRs )(?<!price )\b(?:in|of|at|for|from|to|by|than|on|into)\s+(?:the\s+)?$"
)
# "The technology sub-index outpaced ...", "The bank sector beat ...": a clause whose subject no name says
_UNNAMED_SUBJECT = re.compile(
    r"\s*[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}(?:sub-?index|index|indices|indexes|sector|sub-?sector|gauge|industry)\s+"
    r"(?:\w+ly\s+)?(?!(?:of|in|on|at|for|and|or|which|that)\b)[a-z]+(?:ed|s)\b"
)
# "the broader market", "the tech-heavy index", "a sector": a mover no name says, right before the verb
_UNNAMED_MOVER = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][\w-]*(?:['’]s)?\s+){0,3}(?:market|markets|index|indices|indexes|sector|benchmark|gauge|"
    r"industry|economy|currency)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?$"
)
_THE_LATTER = re.compile(r"\bthe (?:latter|former)\b(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+$", re.IGNORECASE)
_UNNAMED_CLAUSE = re.compile(
    r"\b(?:as|while|after|when|since|because|though|although|whereas)\s+(?:[a-z][\w-]*(?:['’]s)?\s+){0,3}"
    r"(?:stocks|shares|names|markets?|index|indices|indexes|sectors?|investors|traders)\s+(?:\w+ly\s+)?"
    r"(?!(?:of|in|on|at|for|to|from|and|or|that|which|who)\b)[a-z]+\b[^,;]*$"  # its verb, no comma up to the move's
)
# "Tier II lenders fell", "X bonds slid": a plural noun the name only qualifies moved, right before the verb
_QUALIFIES_THE_MOVER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?!(?:shares|ADRs|ADSs|units|has|was|is|its|this|thus|always|perhaps|also|does)\b)[a-z]{2,}s\s+(?:\w+ly\s+)?"
)
_A_FIGURE = re.compile(r"\d\s?(?:%|per ?cent\b|percent\b)[^;]*?(?:,\s|\s(?:and|while)\s)")
_IN_RELATIVE = re.compile(r",\s+(?:which|that|who)\s+[^,]*$")
_OPENS_WITH_PREPOSITION = re.compile(r"(?:Among|Across|Amid|For|From|Including|Like|Unlike|With|Without)\s")
_SAID = re.compile(r"\b(?:said|says|say|told|added|noted|reported|wrote|showed|shows|show)\b")
_OWNED_APPOSITIVE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?(?!(?:shares|stock|ADRs)\b)[a-z][\w-]*,\s+(?=[A-Z])")
_ANOTHER_OWNER = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+(?:its|their)\s")


def _owner_of_described_shares(view: SentenceView, described: Mention) -> Mention | None:
    """ "X's Hong Kong-listed shares fell": the owner named right before a description that names no party."""
    if not not_a_party(described.text):
        return None
    owner = view.mention_before(described.start, limit=3)
    if owner is None or not owner.possessive or not re.fullmatch(r"['’]s?\s+", view.text[owner.end : described.start]):
        return None
    return owner


# ", where shares jumped 400%", ", when its shares soared": a clause telling the occasion a name before it had
_OCCASION = re.compile(r",\s+(?:where|when)\s+[^,;]*$")


def another_occasion(view: SentenceView, start: int, verb: int) -> bool:
    """Whether the move verb at `verb` sits in a clause telling the occasion of a company other than the text's
    ("The debut follows Y's listing last month, when its shares soared 250%": Y's shares, not the text's company)."""
    found = _OCCASION.search(view.text, start, verb)
    if found is None:
        return False
    for named in view.mentions:
        if named.start < start or named.start >= found.start() or view.is_person(named):
            continue
        if guess_kind(named.text) == EntityKind.PLACE or re.search(r"\b(?:in|on|at)\s+$", view.text[: named.start]):
            continue  # "listed in Kelmont on Friday, when its shares soared": where, not whose
        record = view.b.find(named.text)
        if record is None or record.ref != view.doc.topic:
            return True
    return False


def another_paragraphs_company(view: SentenceView, subject: str) -> bool:
    """Whether the paragraph this sentence goes on with opens with another company than `subject`, the stock "the
    shares" was taken for from context ("Y announced its battery's specifications. Shares closed 1.08% higher": Y's
    shares, not those of the text's topic). A broker, a place or a person opening it does not count."""
    start = view.b.source.rfind("\n", 0, view.sentence.start) + 1
    paragraph = view.b.source[start : view.sentence.start]
    opening = next(iter(find_mentions(paragraph)), None)
    if opening is None or paragraph[: opening.start].strip(" *•-\"“'‘"):
        return False
    record = view.b.find(opening.text)
    if record is not None and (record.ref == subject or record.kind != EntityKind.ORGANIZATION):
        return False
    words = set(opening.text.lower().split())
    if guess_kind(opening.text) == EntityKind.PLACE or words & BANK_WORDS or _a_speaker(paragraph, opening):
        return False
    return record is None or not a_brokerage(record)


# "the Munich-based firm", "the German carmaker": a company described, not named, as the mover
_DESCRIBED_MOVER = re.compile(
    r"\bthe (?:[\w-]+ ){1,4}?(?:company|firm|group|maker|carmaker|chipmaker|automaker|developer|lender|operator|"
    r"platform|retailer|start-?up)\b[^,;]*$",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+)(?=[A-Z\"“‘])(?:[^.!?]|\.(?=\w))*[.!?][\"”’]?\s*$")


def described_after_another(view: SentenceView, verb: int, subject: str) -> bool:
    """Whether the mover before `verb` is a company only described ("Shares of the Harlow-based operator rose 4%")
    right after a sentence that names another company and not `subject`, the text's topic: the description may be
    that other's ("Y plans to acquire part of freight operator Z. Shares of the Harlow-based operator rose 4.5%")."""
    if _DESCRIBED_MOVER.search(view.text, 0, verb) is None:
        return False
    source = view.b.source
    last = _LAST_SENTENCE.search(source[source.rfind("\n", 0, view.sentence.start) + 1 : view.sentence.start])
    others = False
    for named in find_mentions(last.group(0)) if last is not None else []:
        record = view.b.find(named.text)
        if record is not None and record.ref == subject:
            return False
        if record is None:  # a name no statement has recorded yet: a company unless it reads as a place or person
            others |= guess_kind(named.text) is None and not not_a_party(named.text)
        else:
            others |= record.kind == EntityKind.ORGANIZATION and not a_brokerage(record)
    return others


def _a_speaker(text: str, named: Mention) -> bool:
    """A person-shaped name that speaks ("Dana Pell said"), or one introduced by a title ("analyst Dana Pell")."""
    if not looks_like_person(named.text):
        return False
    said = re.match(r"(?:,[^,]{1,60},)?\s+(?:said|says|told|added|wrote|noted)\b", text[named.end :])
    titled = re.search(r"\b(?:analyst|strategist|economist)s?\s+$", text[: named.start])
    return said is not None or titled is not None


# "... sent shares in the German banking concern sharply lower. The shares fell 4.8%": shares of a company described
_DESCRIBED_SHARES = re.compile(
    r"\b[Ss]hares (?:in|of) the (?!(?:company|firm|group)\b)(?:[A-Za-z][\w-]*\s+){0,4}[a-z][\w-]*\b(?!['’])"
)


def previous_described_shares(view: SentenceView) -> bool:
    """Whether the sentence before this one spoke of the shares of a company it only describes ("shares in the
    German banking concern"): "The shares" then are that company's, whatever the text's topic."""
    before = [start for start in view.doc.movers if start < view.sentence.start]
    if not before:
        return False
    return _DESCRIBED_SHARES.search(view.b.source, max(before), view.sentence.start) is not None


def _another_name_after_a_figure(view: SentenceView, cand: Mention, verb: int) -> bool:
    """Whether a figure said after `cand` closes its own move and another name follows it before the verb ("A rises
    1.2%, B .BI gains 0.1%", "A slumped 9.1% and B was easier, losing 7.4%"; not "A shares, having surged 12% in the
    morning, closed up 4%")."""
    figure = _A_FIGURE.search(view.text, cand.end, verb)
    return figure is not None and any(figure.start() < n.start < verb for n in view.mentions)


# "X's ETF tracking chip stocks gained", "X rose 2% and its bond fund slipped": a security or fund of X's, or another
# thing of its own after X's figure, moved; not X's stock
_OWNED_SECURITY = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ETFs?|funds?|bonds?|notes|debt|futures|options|warrants|convertibles?|tokens?|"
    r"coins?)\b"
)
_A_FIGURE_THEN = re.compile(
    r"\d\s?(?:%|per ?cent\b|percent\b)[^;]*?(?:,\s|\s(?:and|while|after|as|when|before|since|because)\s)"
)
_POSSESSED_NOUN = re.compile(r"['’]s?\s+(?:[A-Z][\w-]*\s+){0,2}[a-z]")
_SHARE_WORDS = re.compile(r"\b(?:shares?|stocks?|ADRs?|ADSs?|units|share price|stock price|market (?:value|cap\w*))\b")
_ITS_OTHER_THING = re.compile(
    r"(?:its|their)\s+(?!(?:[A-Z][\w-]*\s+){0,2}(?:shares|stock|ADRs|ADSs|share price|stock price)\b)"
    r"(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:\w+ly\s+)?"
)


def _possessed_thing_moved(text: str, cand: Mention, verb: int) -> bool:
    """Whether what moved is a thing of the possessive name's ("X's unit, the payments arm, rose", "X's fund tracking
    chip stocks gained"), not the name's stock."""
    owned = _OWNED_SECURITY.match(text, cand.end) if cand.possessive else None
    if owned is not None and owned.end() <= verb:
        return True
    between = text[cand.end : verb]
    return cand.possessive and bool(_POSSESSED_NOUN.match(between)) and not _SHARE_WORDS.search(between)


def _its_thing_after_a_figure(text: str, cand: Mention, verb: int) -> bool:
    """ "X rose 2% and its bond fund slipped", "X rose 2% after its flagship fund gained 5%": a thing of X's moved
    after X's own figure, not X's stock."""
    figure = _A_FIGURE_THEN.search(text, cand.end, verb)
    return figure is not None and _ITS_OTHER_THING.fullmatch(text, figure.end(), verb) is not None


# "SMS volumes at X", "BDR holders of X": a name that only qualifies a plural noun whose complement names another
_QUALIFIES_A_NOUN = re.compile(
    r"\s+(?!(?:shares|stocks|ADRs|ADSs|units)\b)[a-z]+s\s+(?:of|at|in|for)\s+(?:the\s+)?[A-Z]"
)


def _heads_a_noun_phrase(text: str, cand: Mention, verb: int) -> bool:
    """Whether `cand` opens a noun phrase that is what moved, not a company: a name qualifying a plural noun ("SMS
    volumes at X", "BDR holders of X"), or a common plural noun opening the clause ("Downloads of the X app")."""
    found = _QUALIFIES_A_NOUN.match(text, cand.end)
    if found is not None and found.end() <= verb:
        return True
    word = cand.text.lower()
    return (
        " " not in word
        and word.endswith("s")
        and re.match(r"\s+of\s", text[cand.end : verb]) is not None
        and zipf_frequency(word, "en") >= 3.0
    )


# "X Hong Kong shares rose 3%", "X Shanghai-listed stock fell": the venue of the listing said after the name is no
# part of it
_VENUE_TAIL = re.compile(
    r"(?<=\S)\s+(?:Hong Kong|Shanghai|Shenzhen|Taipei|Tokyo|Seoul|Singapore|London|New York|Mumbai|Frankfurt|Paris|"
    r"Sydney|Toronto)$"
)
_SHARES_NEXT = re.compile(r"(?:-listed)?\s+(?:[A-Z]-)?(?:shares|stock|ADRs)\b")


def without_venue(text: str, named: Mention | None) -> Mention | None:
    """The name without a listing venue glued to its end, when its shares follow ("X Hong Kong shares": X)."""
    tail = _VENUE_TAIL.search(named.text) if named is not None and not named.possessive else None
    if named is None or tail is None or not _SHARES_NEXT.match(text, named.end):
        return named
    return Mention(named.text[: tail.start()], named.start, named.start + tail.start(), named.possessive)
