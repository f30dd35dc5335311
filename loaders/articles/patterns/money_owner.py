"""Whose money a sentence speaks of: the company raising a round or valued, named by "raised", "X's round", "a
round in X", or the one that reports it; the name money went to and the names that are investors; and the currency
a "¥" stands for."""

from __future__ import annotations

import dataclasses
import re

from graph.model import EntityKind, Money
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import EXCHANGE_WORDS, INDEX_WORDS, MONEY_FILLER_WORDS
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import owned_name, relative_agent
from loaders.articles.records import not_a_party
from loaders.money import AmountMatch

_ORG = EntityKind.ORGANIZATION

_LIST_OWNER = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[a-z-]+ ){0,3}(?:investors|backers|funders|shareholders)\b"
    # "investors in rival X", "backers in the Berlin-based X": X, after the words describing it
    r"|\b(?:[Ii]nvestors|[Bb]ackers|[Ss]hareholders|[Pp]articipants) in (?:the )?"
    r"(?:(?:rival|peer|competitor|fellow|start-?up|company|firm|lab|unicorn|[A-Z][\w-]*-based) ){0,2}"
    r"(?P<o2>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
)
_PART_NOUN = r"(?:units?|arms?|divisions?|subsidiar(?:y|ies)|funds?|vehicles?|business|spin-?offs?|affiliates?)"
PART_HOLDERS = re.compile(
    rf"\b(?:[Ii]nvestors|[Bb]ackers|[Ss]hareholders|[Pp]articipants|[Ll]imited partners|LPs) (?:of|in) "
    rf"(?:the|its|their|this|that) (?:[a-z-]+ ){{0,2}}{_PART_NOUN}\b"
    rf"|\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z-]+ ){{0,2}}{_PART_NOUN}['’]s? (?:[a-z-]+ ){{0,2}}"
    r"(?:investors|backers|shareholders|limited partners)\b"
)
# "X's Series C round", "X's valuation": the company the money went to
_MONEY_OWNER = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[\w$.-]+ ){0,4}?"
    r"(?:round|funding|fundraising|fundraise|raise|valuation)\b"
)
ROUND_IN = re.compile(r"\b(?:round|funding|financing|investment)\s+(?:in|for|into)\s+(?=[A-Z])")
_MANY = r"(?:start-?ups|companies|firms|businesses|ventures|unicorns|players|developers|(?:chip|car|auto)?makers)"
# "when such startups raised $8.8 billion", "A, B and C together raised": many companies' sum, no one company's round
MANY_RAISED = re.compile(
    rf"\b{_MANY}\s+(?:(?:have|had|also|collectively|together|reportedly|already|jointly)\s+)*$"
    r"|\b(?:together|collectively|combined|between them)\s+(?:(?:have|had|also)\s+)*$"
    # "A and B raised $50m": two companies' money, no one company's round
    r"|(?-i:\b[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),? and (?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})\s+"
    r"(?:(?:have|had|also|each|both)\s+)*$"
    # "Startups including A, B and C have raised ...": the plural noun, then examples of it
    rf"|^(?:[\w-]+\s+){{0,3}}?{_MANY},?\s+(?:including|such as|like)\s[^;]*$",
    re.IGNORECASE,
)
# "is reportedly raising a new round", "was conducting a round of financing": under way, not closed (a bond being
# sold, "is raising $500m through convertible bonds", is reported as done)
ONGOING = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:reportedly|currently|now|still|also)\s+)?"
    r"(?:raising|conducting|arranging|seeking|finali[sz]ing)\b"
    r"(?![^.;]{0,60}\b(?:bonds?|notes|convertibles?|debt|loans?|debentures)\b)"
    # "A was reported to be leading a round of $300m in X": a round talked of, not closed
    r"|\b(?:reported|said|expected|set|poised|understood|believed)\s+(?:\w+\s+){0,3}?to\s+be\s+(?:co-)?(?:leading|raising|arranging)\b"
    r"|\bin the (?:process|midst) of (?:raising|closing)\b"
)
_RAISE_VERB = re.compile(r"\b(?:raised|raises|secured|closed|completed|landed|received)\b")


def round_company(view: SentenceView, fallback: str | None = None) -> str | None:
    """The company raising money in this sentence: the subject of "raised", the owner of "X's round", else
    `fallback` (the raiser of the clause before: "X secured $4m; investors include A"), the round or the company the
    text is about."""
    if PART_HOLDERS.search(view.text):
        return None  # "Backers of the unit include A", "The fund's investors include A": a part no one names
    listed_for = _LIST_OWNER.search(view.text)  # "X's backers include", "investors in X's listing included"
    if listed_for:
        named = view.mention_at(listed_for.start("o") if listed_for.group("o") else listed_for.start("o2"))
        if (
            named is not None
            and listed_for.group("o2")
            and named.possessive
            and _UNNAMED_PART.match(view.text, named.end)
        ):
            return None  # "Investors in X's chip arm include A": a part of X the text does not name
        rival = _RIVAL_OF.match(view.text, named.end) if named is not None and listed_for.group("o2") else None
        if named is not None and named.possessive and rival is not None:
            named = view.mention_at(rival.end())  # "investors in X's rival Y": Y
            if named is None:
                return None
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    round_in = ROUND_IN.search(view.text)
    if round_in:  # "led a $1 billion round in Moonshot AI": the round names its company
        named = view.mention_at(round_in.end())
        if named is not None and not view.is_person(named):
            return view.resolve(named, _ORG)
    raised = _RAISE_VERB.search(view.text)
    if raised and (MANY_RAISED.search(view.text, 0, raised.start()) or unit_raised(view, raised.start())):
        return None  # "startups raised $994 million as investors poured money into companies like A": no one's round
    if raised:
        subject = raiser_ref(view, raised.start())
        if subject is not None:
            return subject
    owner = _MONEY_OWNER.search(view.text)
    if owner:
        owner_m = view.mention_before(owner.end("o"), limit=0)
        # "X's Series C round"; in "A leads the Series C round" A is the lead, not the company
        if owner_m is not None and owner_m.possessive and not looks_like_person(owner_m.text):
            return view.resolve(owner_m, _ORG)
    if fallback is None and _ITS_BACKERS.match(view.text, view.label_end()) and view.doc.last_subject is not None:
        return view.doc.last_subject  # "X was set up in 2015. Its investors include A": X, the last opening subject
    return fallback or view.doc.last_round.get("company") or view.doc.topic or reporting_company(view)


_ITS_BACKERS = re.compile(r"\s*(?:Its|Their) (?:[a-z-]+ ){0,2}(?:investors|backers|shareholders|funders)\b")


def news_outlet(view: SentenceView, ref: str | None) -> bool:
    """Whether the text shows the organisation as a news outlet ("X had exclusively reported that", "X first
    reported", "told X", "X reported, citing"): it reports rounds, it raises none."""
    record = view.b.record(ref) if ref is not None else None
    if record is None:
        return False
    names = "|".join(re.escape(n) for n in {record.name, *record.aliases} if len(n) > 1)
    outlet = rf"\b(?:{names})\s+(?:(?:had|has)\s+)?(?:exclusively|first|earlier|previously)\s+reported\b"
    outlet += rf"|\b(?:{names})\s+reported,?\s+citing\b|\btold\s+(?:{names})\b"
    return bool(names) and re.search(outlet, view.b.source) is not None


# "Its rival X raised": X, named after the text's company's possessive and the words describing X
_ITS_DESCRIBED = re.compile(
    # "A said its payments unit X raised": X, named after the speaker's possessive and what X is to it
    r"(?:^|[,;:(]\s*|\b(?:and|while|whereas|as|after|when|since)\s+"
    r"|\b(?:said|says|announced|confirmed|disclosed)\s+(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?)\W*(?:[Ii]ts|[Tt]heir)\s+"
    r"(?:(?!(?:in|of|on|at|for|with|by|from|to|and|or|the|an?|own|shares?|stake)\b)"
    r"(?:[a-z][\w-]*|[A-Z][\w.]*-(?:based|listed|backed|owned)),?\s+){1,3}$"
)
# "A, which tracks deals, said X raised", "A data show X raised": X, the subject of what A reports
_REPORTS = re.compile(
    r"\b(?:said|says|reported|reports|announced|added|noted|wrote|showed|shows?|estimated|estimates)\s+"
    r"(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?$"
)
_ADVERBS_ONLY = re.compile(r"\s+(?:(?:has|have|had|also|just|recently|reportedly|previously|itself|then|later)\s+)*")


# "A said X, its logistics arm, raised": an aside describing X between X and its verb
# "A said X, in which it holds a 30% stake, raised": a relative clause describing X there
_APPOSITIVE = re.compile(
    r",\s+(?:(?:its|their|an?|the)\s+|(?:(?:in|of|for|with|to|at)\s+)?(?:which|whom|whose)\s+)[^,;()]{1,60},"
)


def raiser_ref(view: SentenceView, verb: int) -> str | None:
    """The organisation raising money with the verb at `verb`: the subject of the clause, but the name right before
    the verb (or before an aside describing it: "X, its chip unit, raised") when the clause opens with what describes
    it ("Its rival X raised": X, not the text's company) or with a report ("A said X raised": X, not A)."""
    near = view.mention_before(verb, limit=30)
    aside = next(
        (a for a in _APPOSITIVE.finditer(view.text, 0, verb) if _ADVERBS_ONLY.fullmatch(view.text, a.end(), verb)), None
    )
    if aside is not None:
        near = view.mention_before(aside.start(), limit=0)
    if (
        near is not None
        and not near.possessive
        and _ADVERBS_ONLY.fullmatch(view.text, aside.end() if aside else near.end, verb)
    ):
        head = view.text[clause_start(view.text, near.start) : near.start]
        if (_ITS_DESCRIBED.search(head) or _REPORTS.search(head)) and not view.is_person(near):
            ref = view.resolve(near, _ORG)
            if ref is not None and view.b.record(ref).kind == _ORG:
                return ref
    relative = relative_agent(view, verb)  # "A competes with Y, which last year raised $100m": Y, not A
    if relative is not None:
        return view.resolve(relative[0], _ORG) if relative else None
    return view.subject_ref(verb)


# "The round was led by A, X said in a statement": X speaks of its own round
_REPORTED_BY = re.compile(
    r",\s+(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4})\s+(?:said|says|announced|confirmed)\b[^,;]{0,60}$"
)


def reporting_company(view: SentenceView) -> str | None:
    """The company that reports the round at the sentence's end ("..., X said on Monday."), for a text that has not
    named its company yet."""
    found = _REPORTED_BY.search(view.text.rstrip(" ."))
    named = view.mention_at(found.start("who")) if found is not None else None
    return view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None


_JAPAN = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka)\b")
_CHINA = re.compile(r"\b(?:yuan|RMB|renminbi|China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)\b")


def in_yen(view: SentenceView, amount: AmountMatch | None) -> AmountMatch | None:
    """ "¥20 billion" in a text about Japan is yen: the sign is written the same for yen and yuan."""
    if amount is None or amount.money.currency != "CNY" or view.text[amount.start : amount.start + 1] not in "¥￥":
        return amount
    if len(_JAPAN.findall(view.b.source)) <= len(_CHINA.findall(view.b.source)):
        return amount
    return dataclasses.replace(amount, money=Money(amount=amount.money.amount, currency="JPY"))


def money_words_only(view: SentenceView, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` holds only amounts, dates and the words of a round."""
    gap = list(view.text[start:end])
    spans = [(a.start, a.end) for a in view.amounts] + [(d.start, d.end) for d in view.dates]
    for first, last in spans:
        if start <= first < end:
            gap[first - start : min(last, end) - start] = " " * (min(last, end) - first)
    words = re.findall(r"[A-Za-z][\w+-]*", "".join(gap))
    return all(w.lower() in MONEY_FILLER_WORDS or re.fullmatch(r"[A-H]\d?\+?|pre-[A-H]\+?", w) for w in words)


# "in X's rival, Y", "in X's closest competitor Y": Y, a company X does not own
_RIVAL_OF = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:rival|peer|competitor|challenger)s?,?\s+")


# "in X's robotics spin-off", "in X's chip unit" with no name after it: a part of X the text does not name
_UNNAMED_PART = re.compile(
    # "committed $100 million to X's new fund": money for a fund X manages, not for X
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:units?|divisions?|arms?|subsidiar(?:y|ies)|affiliates?|spin-?offs?|funds?|"
    r"spun-off \w+|joint ventures?|branch(?:es)?|segments?|businesses|business|"
    r"parent(?: company)?)\b(?!,?\s+(?:the\s+)?[A-Z])"
)
_PART = (
    r"(?:[\w-]+\s+){0,3}?(?:units?|divisions?|arms?|subsidiar(?:y|ies)|affiliates?|businesses|business|spin-?offs?|"
    r"segments?|parent(?:\s+(?:company|group|firm))?)"  # "X's parent company raised": a company the text does not name
)
# "said on Tuesday that", "announced in a statement that": when or where it was said, between the verb and "that"
_WHEN_SAID = r"(?:(?:on|last|this|late|early)\s+\w+\s+|in an? (?:statement|filing|release)\s+)?"
_OPENER = r"(?:(?:[A-Z][a-z]+ly|However|Meanwhile|Separately|Earlier|Now|Also|Last \w+|In \w+),\s+)?"
_ADVERBS = r"(?:(?:has|have|had|also|just|recently|later|now|reportedly|itself)\s+)*"
# "X's cloud business raised", "X said its chip unit raised", "the chip unit of X raised", "its chip unit, which
# later raised": an unnamed part of X raised the money, not X
_UNIT_RAISED = re.compile(
    rf"^\W*{_OPENER}(?:[^,;]*?\b(?:said|says|announced|reported|disclosed|confirmed)\s+{_WHEN_SAID}(?:that\s+)?)?"
    rf"(?:(?:[A-Z][\w.&-]*\s+){{1,4}}?[A-Z][\w.&-]*['’]s?|[A-Z]?[\w.&-]*['’]s|[Ii]ts|[Tt]heir)\s+{_PART},?\s+{_ADVERBS}$"
    # "The unit raised", "The subsidiary, which makes sensors, raised"
    rf"|^\W*{_OPENER}[Tt]he\s+{_PART}(?:\s+of(?:\s+[A-Z][\w.&-]*){{1,4}})?(?:,\s+(?:which|that)\s[^,;]{{1,60}})?,?\s+"
    rf"{_ADVERBS}$"
    rf"|\b{_PART},\s+(?:which|that)\s+(?:\w+\s+){{0,2}}$"
)


def unit_raised(view: SentenceView, verb: int) -> bool:
    """Whether the subject of the raising verb at `verb` is an unnamed part of a company ("X's cloud unit raised")."""
    return _UNIT_RAISED.search(view.text, clause_start(view.text, verb), verb) is not None


# "the robotics division of X", "the chip unit of X": a part of X, not X (before the name money went to)
UNIT_OF = (
    r"(?:[\w-]+\s+){0,3}?(?:units?|divisions?|arms?|subsidiar(?:y|ies)|affiliates?|branch(?:es)?|segments?|"
    r"businesses|business|operations)\s+of\b"
)


def unnamed_part(view: SentenceView, named: Mention) -> bool:
    """ "X's parent company", "X's chip unit" with no name after them: a company the text does not name."""
    return named.possessive and _UNNAMED_PART.match(view.text, named.end) is not None


_MAGNITUDE_AFTER = re.compile(r"\s?(?:billion|million|trillion|bn|mn|mln|bln)\b", re.IGNORECASE)


_DESCRIBED_AS = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?"
    r"(?:start-?up|company|firm|(?:chip|car|auto|EV|robot)?maker|developer|designer|unicorn|lab|operator|app|platform"
    r"|provider|giant)\s+(?=[A-Z])"
)
# a verb after the name: it opens a relative clause ("the startup A founded", "the firm B acquired")
_CLAUSE_AFTER = re.compile(r"\s+(?:(?:has|had|have|also|later)\s+)*(?:[a-z]+ed|bought|built|took|set|runs|owns|led)\b")


def invested_name(view: SentenceView, pos: int) -> Mention | None:
    """The name money went to, from `pos`: "in X", or Y in "in X's rival Y", "in X's chip unit Y" (none in "in X's
    rival" or "in X's robotics unit": a company the sentence does not name)."""
    named = view.mention_at(pos)
    described = _DESCRIBED_AS.match(view.text, pos) if named is None else None
    if described is not None:  # "in Chinese EV maker X", "in the robot startup X": X, after what it is
        named = view.mention_at(described.end())
        if named is None or view.is_person(named) or _CLAUSE_AFTER.match(view.text, named.end):
            return None  # "in the company A founded": A is no company money went to
    if named is not None and _MAGNITUDE_AFTER.match(view.text, named.end):
        return None  # "investing up to R3.8 billion into X": an amount the mention finder took for a name
    if named is None or not named.possessive:
        return named
    rival = _RIVAL_OF.match(view.text, named.end)
    if rival is not None:
        return view.mention_at(rival.end())
    owned = owned_name(view, named)
    if owned is None and _UNNAMED_PART.match(view.text, named.end):
        return None
    return owned or named


# Whose value a sentence states
UNNAMED_VALUED = re.compile(
    r"\b(?:\w+\s+)?(?:startups|start-ups|companies|firms|unicorns|businesses|ventures|players)\s+(?:\w+ly\s+)?"
    # "start-ups that have a valuation of", "startups with a valuation of": what the word means, no one's value
    r"(?:(?:(?:that|which)\s+(?:have|had|has|are|were|carry)|with)\s+(?:an?\s+)?)?$"
)
_PASSIVE_SUBJECT = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})\s+(?:was|is|has been|had been|were|are)\s+(?:(?:\w+ly|also)\s+)?$"
)
# "competes with Pellum, valued at $5bn": the participle describes the name right before it
_NAME_COMMA = re.compile(r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}),\s+$")
_VALUED_AT = re.compile(r"valued\s+(?:at|around|about|near)\b")
# "X's $10 billion raise at a $62 billion valuation": X, whose round it is
_ROUND_AT = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+(?:[\w$€£¥.,-]+\s+){0,5}?"
    r"(?:raise|round|funding|financing|fundraise|fundraising|investment)\s+"
    r"(?:(?:at|with)\s+(?:an?\s+)?(?:(?:post-money|pre-money)\s+)?)?$"
)
# "the $500 million valuation of rival Pellum": the company named after the amount's valuation
_VALUATION_OF = re.compile(r"\s+of\s+(?:(?:its|the|rival|peer|competitor|fellow|[a-z]+-based)\s+){0,3}(?=[A-Z])")


def passive_subject(view: SentenceView, verb: int) -> str | None:
    """The organisation named right before "was"/"is" ending at `verb` ("A said X was valued at"): X."""
    passive = _PASSIVE_SUBJECT.search(view.text, 0, verb)
    named = view.mention_at(passive.start("o")) if passive else None
    if named is None or named.possessive or view.is_person(named):
        return None
    return view.resolve(named, _ORG)


def value_subject(view: SentenceView, cue: int) -> str | None:
    """The organisation a value cue at `cue` describes by its place: "X was valued at", "A said X is valued at",
    "competes with X, valued at"."""
    passive = passive_subject(view, cue)
    if passive is not None:
        return passive
    before = _NAME_COMMA.search(view.text, 0, cue)
    named = view.mention_at(before.start("o")) if before and _VALUED_AT.match(view.text, cue) else None
    owner = _ROUND_AT.search(view.text, 0, cue) if named is None else None
    named = named or (view.mention_at(owner.start("o")) if owner else None)
    if named is None or (named.possessive and owner is None) or view.is_person(named):
        return None
    return view.resolve(named, _ORG)


def valuation_of(view: SentenceView, end: int) -> Mention | None:
    """X in "... valuation of (rival) X" after a value's cue ending at `end`, if the text names one."""
    found = _VALUATION_OF.match(view.text, end)
    named = view.mention_at(found.end()) if found else None
    return named if named is not None and not view.is_person(named) else None


def valuer(view: SentenceView, m: re.Match[str]) -> Mention | None:
    """ "Delmar Data valued the company at ...": the name right before an active "valued" that has an object is who
    put the value on the company (a data provider, an investor), not the company valued."""
    if not m.group(0).startswith("valued ") or m.group("who") is None:
        return None
    return view.mention_before(m.start(), limit=2)


def valued_organisation(view: SentenceView, ref: str | None) -> bool:
    """Whether `ref` can carry a company's valuation: an organisation, not an index or an exchange ("the Kospi's
    total valuation")."""
    if ref is None or view.b.record(ref).kind != _ORG:
        return False
    record = view.b.record(ref)
    return not (
        {"index", "exchange"} & record.categories or record.name.split()[-1].lower() in INDEX_WORDS | EXCHANGE_WORDS
    )


# "A-backed Chinese startup X"; not "the A-backed bid for X", "an A-backed fund invested in X": A backs a bid, a fund
BACKED_ADJECTIVE = re.compile(
    r"(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})-backed\s+(?:(?!(?:for|of|in|on|to|with|by|from|at|into|and|or|"
    r"the|an?|that|which|who|is|was|were|are|has|had|will|bid|offer|deal|consortium|funds?|project|plan|takeover|"
    r"proposal)\b)"
    r"[a-z-]+\s+){0,4}"
)
_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:start-?up|company|firm|(?:chip|car|auto|drug)?maker|developer|unicorn|lab|platform|provider)\s+$"
)


_CLASS_ACRONYMS = frozenset({"SPAC", "SPACs", "ETF", "ETFs", "IPO", "JV", "REIT", "REITs", "LP", "LPs", "PE", "VC"})


def backed_company(view: SentenceView, found: re.Match[str]) -> Mention | None:
    """The company an "A-backed" adjective describes: the name after it ("A-backed X"), also after a nationality
    ("A-backed Chinese AI startup X"); a name shaped like a person's only when a company noun describes it."""
    named = view.mention_at(found.end())
    if named is not None and not_a_party(named.text):
        gap = re.match(r"\s+(?:[a-z-]+\s+){1,3}", view.text[named.end :])
        named = view.mention_at(named.end + gap.end()) if gap else None
    if named is None or view.is_person(named) or named.text in _CLASS_ACRONYMS:
        return None  # "a A-backed SPAC": a kind of company, not one named
    if looks_like_person(named.text) and not _COMPANY_NOUN_BEFORE.search(view.text, found.start(), named.start):
        return None
    return named


# "A backed X, B said", "..., B data show", "..., B first reported": B reports, not funded
SPEAKS = re.compile(
    r"\s+(?:(?:data|figures|filings?|records)\s+)?(?:first\s+|later\s+)?"
    r"(?:said|says|told|added|noted|wrote|reported|reports|show|shows|showed)\b"
)


# "A acquired X in a deal that valued the startup at ...": X, the company bought
_BOUGHT = re.compile(
    r"\b(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying|(?:purchase|acquisition|takeover) of"
    r"|(?:bought|buys|buy|buying|took|takes|take|taking|acquired) an? (?:[\w%.-]+ ){0,2}?stake in)\s+"
    r"(?:(?:the|its|rival|peer)\s+)?(?=[A-Z])"
)


def bought_company(view: SentenceView, end: int) -> str | None:
    """The company the clause before `end` says was bought, whose value a deal's "valued the startup at" states."""
    found = list(_BOUGHT.finditer(view.text, clause_start(view.text, end), end))[-1:]
    named = view.mention_at(found[0].end()) if found else None
    if named is None or named.possessive or view.is_person(named):
        return None
    return view.resolve(named, _ORG)


# "X co-founder A raised ...": A, the person the company and the title describe
_TITLE_BETWEEN = re.compile(
    r"['’]?s?\s+(?:[a-z-]+\s+){0,3}(?:co-?founder|founder|chief|CEO|chairman|boss|president|head)\w*\s+"
)


def titled_person(view: SentenceView, subject: Mention | None, verb: int) -> Mention | None:
    """The person a title after the subject company introduces before the verb ("X co-founder A raised")."""
    title = _TITLE_BETWEEN.match(view.text, subject.end) if subject is not None else None
    named = view.mention_at(title.end()) if title is not None else None
    return named if named is not None and named.end <= verb and view.is_person(named) else None


_AMOUNT_ROUND = re.compile(r"\s+(?:(?:[Ss]eries [A-H]\d?\+?|[a-z-]+)\s+){0,2}?(?:funding |financing )?round\b")
_VALUE_JUST_BEFORE = re.compile(r"\b(?:valued|valuing|values|valuation)\s+(?:of\s+|at\s+)?(?:[a-z]+\s+){0,2}$")


def round_amount(text: str, amounts: list[AmountMatch]) -> AmountMatch | None:
    """The amount that names a round ("X's mammoth $950 million round"); not a value put on the company ("was
    valued at $1 billion in a funding round")."""
    return next(
        (a for a in amounts if _AMOUNT_ROUND.match(text, a.end) and not _VALUE_JUST_BEFORE.search(text, 0, a.start)),
        None,
    )
