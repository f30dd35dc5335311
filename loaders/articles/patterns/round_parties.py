"""Who the sentence says led or joined a round, and the phrases that said so: the readers funding.py states its
rounds and investments from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.model import EntityKind, EventKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import (
    clause_agents,
    in_aside,
    listed_organisations,
    may_be_organisation,
    organisations,
    owned_name,
)
from loaders.articles.patterns.investor_names import named_investors
from loaders.articles.patterns.money_owner import UNIT_OF, invested_name, money_words_only

LED = re.compile(
    # "A led the pack with a $117 million round led by B": A topped a ranking; B led the round
    r"\b(?:(?:co-)?led|leads|co-leads|(?:co-)?leading|heads|headed|heading) (?:a|the|an?) "
    r"(?!(?:pack|way|charge|list|table)\b)"
    r"(?:[\w$€£¥.,’'()-]+ ){0,6}?"
    r"(?:round|investment|financing|Series [A-H]\d?\+?)\b"
)
# "led by the California Public Employees' Retirement System", "led by state-backed X", "led by Boston-based Y"
LED_BY = re.compile(r"\bled by\s+(?:the\s+)?(?:[\w.]+-(?:backed|owned|run|controlled|based)\s+)?")
_JOINING = re.compile(
    r",?\s+(?:together |along )?with\s+(?:the participation of\s+|participation from\s+)?"
    r"|,\s+(?:and\s+)?followed by\s+"  # "jointly led by A and B, followed by C": C took part
    # "led by A, joined by existing investors B and C"
    r"|,\s+(?:and\s+)?joined by\s+(?:(?:existing|new|other|returning|fellow)\s+)?(?:(?:investors?|backers?)\s+)?"
)
# "X said (that) B led the round": B, the subject of what X reports, led it
_SAID_THAT = re.compile(r"\b(?:said|says|announced|confirmed)\s+(?:that\s+)?$")
_LEAD_ADVERBS = re.compile(r"(?:\s(?:has|have|had|is|are|was|were|reportedly|also|jointly|recently|previously))*\s*$")
# "Co-leading the round are A and B", "Leading the financing was A"
_LEADING_THE_ROUND = re.compile(
    r"\b(?:[Cc]o-)?[Ll]eading the (?:[\w$.’'-]+ ){0,3}?(?:round|investment|financing|deal) (?:is|are|was|were)\s+"
)
# "Led by A and B, the funding gives the company ...": the round the main clause names, fronted by its leads
_FRONTED_LED_BY = re.compile(
    r"\W*(?:Co-)?[Ll]ed by\s+(?:the\s+)?"
    r"(?=[^,;]{1,120},\s+the\s+(?:[\w$€£¥.-]+\s+){0,3}?(?:round|funding|financing|investment|raise)\b)"
)
_JOINED = re.compile(
    r"\b(?:(?:then |also )?(?:joined|backed|contributed to|funded|financed|returned for) (?:a|the) "
    r"(?:[\w$.,-]+ ){0,6}?round"
    r"|(?:also )?(?:took part|participated|joined in))\b"
)
_INVESTORS = re.compile(
    r"\b(?:from investors including|from investors such as|investors included|investors including|from|alongside(?: existing investor)?|"  # noqa: E501
    r"(?:that|which) (?:also )?(?:included|featured)|featuring|with participation (?:from|of)|participants included|"
    r"other investors (?:were|included))\s+",
    re.IGNORECASE,
)
# "X led a $600 million round for Y": the round is Y's, X its lead
_ROUND_FOR = re.compile(
    r"\b(?:round|funding|financing|investment|Series [A-H]\d?\+?)\s+(?:of\s+[^,;]{0,40}?\s+)?(?:for|in|into|of)\s+"
    # "a round for the company featuring X": the company is the text's, X one of its investors
    r"(?!the (?:company|firm|start-?up|group|business)\b)(?:the\s+|his\s+|her\s+|their\s+)?"
    rf"(?!{UNIT_OF})"  # "an investment in the robotics division of X": a part of X the text does not name
    # "funding for his new artificial intelligence venture, X"
    r"(?:(?:[a-z-]+|AI|EV)\s+){0,3}(?:[a-z-]+,\s+)?(?=[A-Z0-9])"
)
INVESTMENT_ARMS = re.compile(r"\binvestment arms? of\s+")
_ARM_OF = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+)?(?:investment|venture(?: capital)?|VC|CVC)\s+(?:arms?|units?)\s+of\s+")
# The verbs that report money coming in: "raised", "has gathered an aggregate of", "garnered", "bagged"
RAISED = re.compile(
    r"\b(?:raised|raises|closed|closes|secured|secures|completed|landed|lands|gathered|garnered|bagged|bags|netted|"
    r"received|receives|obtained|completion of|"
    r"pulled in|snagged|snags|attracted)\b"
)
_RAISED_MONEY = re.compile(
    r"\b(?:raised|raises|garnered|gathered|secured|secures|received|landed|bagged|attracted|obtained|netted)\b(?=[^;]*?(?:[$€¥£]|\d|\b(?:capital|funds?|funding|money|round|financing|investments?|yuan|dollars?|"
    r"euros?|rupees?|won|yen)\b))[^;]*$",
    re.IGNORECASE,
)
_ANNOUNCED_ROUND = re.compile(
    r"\b(?:announced|unveiled|disclosed|revealed|confirmed)(?= (?:a|an|its) (?:[\w$€£¥.,-]+ ){0,5}?"
    r"(?:round|financing|funding)\b)"
)
_WITH_LEADING = re.compile(r"\bwith\s+(?:[A-Z][\w.&-]*\s+){1,4}$")  # "raised ..., with Tencent leading the round"
# A subordinate clause or phrase opening the sentence, up to its comma: its names are not the main clause's subject
FRONTED = re.compile(
    r"\W*(?:Despite|Although|Though|Even though|Unlike|While|Whereas|Because|Since|After|Before|When|If|Amid|"
    r"Instead of|Rather than)\b[^,;]{1,150},\s"
)
_IN_ASIDE = re.compile(r"(?:\s[–—]\s|\(|\b(?:who|which)\b)[^–—()]*$")
_FUNDING_FROM = re.compile(r"\b(?:funding|financing|investment|capital|round|backing)\s+$")


def owner_mention(view: SentenceView, pos: int) -> Mention | None:
    """The name of a round's owner at `pos`; for a person's possessive, the company named right after it ("Ada
    Moss's Velmora AI $6 billion round": Velmora AI)."""
    named = view.mention_at(pos)
    if named is not None and named.possessive and not may_be_organisation(view, named):
        return owned_name(view, named) or named
    return named


def round_for(view: SentenceView, start: int = 0) -> Mention | None:
    """The name a round is for, from `start` on: "a round for X", "the Series C round of X"."""
    found = _ROUND_FOR.search(view.text, start)
    return invested_name(view, found.end()) if found else None


@dataclass
class Parties:
    """Who the sentence says led or joined a round, and the phrases that said so."""

    leads: list[str] = field(default_factory=list)
    investors: list[str] = field(default_factory=list)
    led: re.Match[str] | None = None
    led_by: re.Match[str] | None = None
    joined: re.Match[str] | None = None
    raised: re.Match[str] | None = None


def read_parties(view: SentenceView) -> Parties:
    text = view.text
    led_by = LED_BY.search(text) or _LEADING_THE_ROUND.search(text) or _FRONTED_LED_BY.match(text)
    found = Parties(led=LED.search(text), led_by=led_by)
    gerund = found.led is not None and re.match(r"(?:co-)?(?:leading|heading)\b", found.led.group(0))
    if found.led and gerund and not _WITH_LEADING.search(text, 0, found.led.start()):
        # "including leading the $48m round": whose round, only "a round in X" or "with A leading" can say
        found.led = found.led if round_for(view, found.led.start()) else None
    org = EntityKind.ORGANIZATION
    if found.led:
        adverbs = _LEAD_ADVERBS.search(text[: found.led.start()])
        lead_m = view.mention_before(found.led.start(), limit=3 + (len(adverbs.group(0)) if adverbs else 0))
        reported = lead_m is not None and _SAID_THAT.search(text, 0, lead_m.start) is not None
        if lead_m is not None and not reported and in_aside(text, lead_m, found.led.start()):
            # "A, an early backer of B and C, led the round": A, the subject the aside describes
            lead_m = next(iter(organisations(view, clause_agents(view, found.led.start()))), None)
        firm = _firm_before_person(view, lead_m) if lead_m is not None else None
        if firm is not None:
            lead_m = firm  # "X's Ada Moss led the round": X, the firm she speaks for, led it
        agents = organisations(view, clause_agents(view, found.led.start())) if lead_m else []
        # "A and B co-led the round": each name of the subject's list
        for agent in agents if lead_m in agents else [lead_m] if lead_m else []:
            found.leads.append(view.resolve(agent, org) or "")
    if found.led_by:
        arm = _ARM_OF.match(text, found.led_by.end())  # "led by the VC arm of Japan's A and B": A, through its arm
        lead_ms = listed_organisations(view, arm.end() if arm else found.led_by.end())[:5]
        found.leads += [view.resolve(m, org) or "" for m in named_investors(view, lead_ms)]
        joining = _JOINING.match(text, lead_ms[-1].end) if lead_ms else None
        if joining:  # "a round led by A with B and C", "led by A, along with B and C"
            after = joining.end()
            found.investors += [view.resolve(m, org) or "" for m in _listed(view, after)]
    found.joined = _JOINED.search(text)
    if found.joined:
        end = found.joined.start()
        clause_start = max(text.rfind(";", 0, end) + 1, 0)
        fronted = FRONTED.match(text, clause_start)  # "Despite A's warning, B also took part": B, not A
        clause_start = fronted.end() if fronted is not None and fronted.end() <= end else clause_start
        names = [  # "Q – an early investor in A and B – also took part": Q, not A and B
            m for m in view.mentions if clause_start <= m.start and m.end <= end and not in_aside(text, m, end)
        ]
        found.investors += [view.resolve(m, org) or "" for m in named_investors(view, names) if not view.is_person(m)]
    for m in _INVESTORS.finditer(text):
        # "$5m in series A funding from A, B and C"; not in an aside ("X – who got an investment from A –")
        funding_from = _FUNDING_FROM.search(text, 0, m.start()) and not _IN_ASIDE.search(text, 0, m.start())
        raised = _RAISED_MONEY.search(text[: m.start()])
        if m.group(0).lower().startswith("from") and not (raised or funding_from):
            continue  # "concerns we raised ... competition from X": only money raised comes from investors
        if m.group(0).lower().startswith("from") and raised and not funding_from:
            verb_end = raised.start() + len(re.match(r"\w+", raised.group(0)).group(0))  # type: ignore[union-attr]
            attached = not re.search(r"[,.;:]", text[verb_end : m.start()])  # the verb's own "from"
            if attached and not money_words_only(view, verb_end, m.start()):
                continue  # "raised $30m despite opposition from X", "with help from X": not money from X
        if re.search(r"\b(?:report|reports|reporting|data|figures|filings?)\s+$", text[: m.start()]):
            continue  # "according to a report from Bloomberg": the source, not an investor
        if _raised_by_another(view, m.start()):
            continue  # "A raised $20m, while B raised $15m from C": C invested in B, not A
        found.investors += [view.resolve(n, org) or "" for n in _listed(view, m.end())]
        arms = INVESTMENT_ARMS.search(text, m.end(), m.end() + 80)
        if arms:
            found.investors += [view.resolve(n, org) or "" for n in _listed(view, arms.end())]
    # "X also announced a round this week, led by A": X's round, as if X raised it
    found.raised = RAISED.search(text) or _ANNOUNCED_ROUND.search(text)
    _invested_by(view, found)
    return found


# "the financing was jointly invested by A and B", "exclusively invested by A, with old shareholder B following up"
INVESTED_BY = re.compile(r"\b(?:(?:jointly|exclusively|solely|wholly|also)\s+)?(?:co-)?invested\s+by\s+(?:the\s+)?")
# "with A as the lead investor and B and C following": A led, B and C took part
_AS_LEAD = re.compile(r"\bwith\s+(?=[^,;]{1,80}?\s+as\s+(?:the\s+|its\s+)?(?:sole\s+)?lead(?:ing)?\s+investors?\b)")
_AS_LEAD_END = re.compile(r"\s+as\s+(?:the\s+|its\s+)?(?:sole\s+)?lead(?:ing)?\s+investors?\b(?:\s*,?\s+and\s+)?")
_FOLLOWING = re.compile(r"\s+(?:(?:also|all)\s+)?(?:following(?: up| on)?|participating|joining|taking part)\b")


def _invested_by(view: SentenceView, found: Parties) -> None:
    """The press-release frames of a round's parties: "invested by A and B", "with A as the lead investor and B
    following"."""
    org = EntityKind.ORGANIZATION
    for m in INVESTED_BY.finditer(view.text):
        names = _listed(view, m.end())
        found.investors += [view.resolve(n, org) or "" for n in names]
        joining = _JOINING.match(view.text, names[-1].end) if names else None
        if joining:  # "invested by A, with old shareholder B following up"
            found.investors += [view.resolve(n, org) or "" for n in _listed(view, joining.end())]
    for m in _AS_LEAD.finditer(view.text):
        end = _AS_LEAD_END.search(view.text, m.end())
        names = [n for n in _listed(view, m.end()) if end is not None and n.end <= end.start()]
        if end is None or not names or not _AS_LEAD_END.match(view.text, names[-1].end):
            continue
        found.leads += [view.resolve(n, org) or "" for n in names]
        more = _listed(view, end.end()) if end.group(0).rstrip().endswith("and") else []
        if more and _FOLLOWING.match(view.text, more[-1].end):
            found.investors += [view.resolve(n, org) or "" for n in more]


def _raised_by_another(view: SentenceView, pos: int) -> bool:
    """Whether the money at `pos` came to another company than the sentence's first raise verb's: a later clause
    ("..., while B raised $15m from C") with a raise verb and a subject of its own."""
    first = RAISED.search(view.text)
    start = clause_start(view.text, pos)
    own = [r for r in RAISED.finditer(view.text, start, pos)]
    if first is None or not own or own[-1].start() == first.start():
        return False
    return view.subject_ref(own[-1].start()) != view.subject_ref(first.start())


def _firm_before_person(view: SentenceView, person: Mention) -> Mention | None:
    """X in "X's Ada Moss": the organisation whose possessive stands right before a person's name."""
    if not (view.is_person(person) or looks_like_person(person.text)):
        return None
    firm = view.mention_before(person.start, limit=3)
    if firm is None:  # "X general partner Ada Moss led the round": X, the firm her title names
        titled = view.mention_before(person.start, limit=40)
        firm = titled if titled is not None and _FIRM_TITLE.fullmatch(view.text, titled.end, person.start) else None
    elif not firm.possessive:
        return None
    if firm is None or view.is_person(firm) or looks_like_person(firm.text):
        return None
    return firm


# "X general partner Ada Moss", "X managing director Ada Moss": the title a firm gives the person after it
_FIRM_TITLE = re.compile(
    r"\s+(?i:(?:general|managing|founding|senior|operating|venture|investment)\s+)?"
    r"(?i:partner|director|principal|associate|investor|chairman|chairwoman|chief executive|CEO|president)\s+"
)


def _listed(view: SentenceView, pos: int) -> list[Mention]:
    return named_investors(view, listed_organisations(view, pos))


# "B said the venture fund C led ...", "B announced on Monday that C led ...": the one who speaks of the round
_SPEAKER = re.compile(
    r"(?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4}) (?:said|says|announced|confirmed|disclosed)"
    r"(?: (?:on|this|last) \w+| in a statement)?(?: that)?,?\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,5}$"
)

_COMPANY_NOUN = re.compile(r"\b(?:start-?up|company|firm|maker|developer|group|provider|platform|unicorn)\s+$")


def speaker(view: SentenceView, verb: int) -> str | None:
    """The organisation that says the lead at `verb` led a round: the round is its own."""
    lead = view.mention_before(verb, limit=3)
    found = _SPEAKER.search(view.text, 0, lead.start) if lead is not None else None
    named = view.mention_at(found.start("who")) if found is not None else None
    if named is None or view.is_person(named):
        return None
    if looks_like_person(named.text) and not _COMPANY_NOUN.search(view.text, 0, named.start):
        return None  # "Ada Moss said the fund C led ...": a person speaks, whose round is not said
    return view.resolve(named, EntityKind.ORGANIZATION)


# "X, backed by investors including A", "X, a startup funded by investors such as A": the participle describes X
_BY_PARTICIPLE = re.compile(r"\b(?:backed|funded|supported|financed|bankrolled)\s+by\s+(?:[a-z-]+\s+){0,4}?$")
_PARTICIPLE_HEAD = re.compile(
    r",\s+(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,5}?)?"
    r"|,?\s+(?:(?:which|that)\s+)?(?:is|are|was|were|has been|had been)\s+(?:(?:also|now|largely|mainly|partly)\s+)?"
)
_BY_LIST = re.compile(r"(?:backed|supported|funded) by")
_GOT_FROM = re.compile(r"(?:raised|raises|secured|received|got|from)\b", re.IGNORECASE)
# "Investors such as A have poured money into B": the list is the subject of a verb naming where the money went
_LIST_INVESTS = re.compile(
    r"\s+(?:(?:have|has|had|also|all|each|both|reportedly)\s+)*"
    r"(?:poured|invested|put|pumped|plowed|ploughed|injected|backed|funded|bankrolled|bet)\b"
)


def described_by(view: SentenceView, m: re.Match[str], target: str, names: list[Mention]) -> str | None:
    """The company a participle before the list describes ("X, backed by investors including A": X); "" when the
    list belongs to no company the round's could stand for: a subject of its own verb of investing, or a
    participle describing an unnamed company while the round's company is named in another role."""
    own_verb = names and _LIST_INVESTS.match(view.text, names[-1].end)
    if own_verb and clause_start(view.text, m.start()) == clause_start(view.text, names[-1].end):
        return None if _GOT_FROM.match(m.group(0)) else ""
    participle = _BY_PARTICIPLE.search(view.text, 0, m.start()) or _BY_LIST.match(m.group(0))
    if participle is None:
        return None
    start = participle.start() if participle.re is _BY_PARTICIPLE else m.start()
    head = view.mention_before(start, limit=80)
    if head is not None and _PARTICIPLE_HEAD.fullmatch(view.text, head.end, start) and not view.is_person(head):
        return view.resolve(head, EntityKind.ORGANIZATION) if not head.possessive else None
    listed = {id(n) for n in names}
    elsewhere = [n for n in view.mentions if id(n) not in listed and n.start > start]
    return "" if any(view.resolve(n, EntityKind.ORGANIZATION) == target for n in elsewhere) else None


def investee_of(view: SentenceView, company: str | None) -> str | None:
    """For backers listed with no company named in their sentence, the company the text's investor put money in ("A
    invested in X. Other backers include B": X, not A); none when it backed several."""
    if company is None or any((r := view.b.find(n.text)) is not None and r.ref == company for n in view.mentions):
        return company
    if any(e.kind == EventKind.FUNDING_ROUND and e.subject == company for e in view.b.events.values()):
        return company  # a company that raised money of its own
    backed = {
        r.object for r in view.b.relations.values() if r.type == RelationType.INVESTED_IN and r.subject == company
    }
    return company if not backed else backed.pop() if len(backed) == 1 else None
