"""What every analyst frame shares: the ratings and their ladder, who acts (the brokerage, the analyst's firm,
the one the text last saw acting) and which stock is rated, and the event an action writes."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import EXCHANGE_WORDS, INDEX_WORDS
from loaders.articles.mentions import Mention, looks_like_model, looks_like_person
from loaders.articles.patterns.clauses import clause_agents, clause_end
from loaders.articles.patterns.move_words import UP_OR_DOWN
from loaders.articles.patterns.rating_ladder import named_ratings
from loaders.articles.records import EntityRecord
from loaders.drafts import EventDraft

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON
UP_VERBS = ("rais", "lift", "increas", "boost", "hik", "upp", "doubl", "bump", "upgrad")

# Targets a company sets itself: "cut its sales target", "raised its delivery target to 300,000 cars"
GUIDANCE = re.compile(
    r"\b(?:revenue|sales|delivery|deliveries|production|output|shipment|shipments|profit|earnings|margin|growth|"
    r"capex|spending|volume|emissions|inflation|subscriber|user|order|orders|capacity|fundraising|funding|"
    r"valuation|savings|cost|costs|headcount|hiring)\b",
    re.IGNORECASE,
)
# The rest of a rating verb's clause up to a second verb of the same actor: "... to Underweight from Neutral and "
_COORDINATED = re.compile(
    r"(?:[^;.]|\.(?=\S)){0,160}?(?:,?\s+(?:and|while)|,)\s+(?:also\s+)?(?:nearly\s+|almost\s+)?", re.IGNORECASE
)
# What completes an action: its ratings or figures ("to $26 from $30", "by 25% to $56 per share")
_COMPLEMENT = re.compile(
    r"(?:\s*,?\s*(?:\w+\s+){0,2}?(?:from|to|by|at|of)\s+(?:an?\s+)?[‘'\"“]?(?:[^\s,;]|,(?=\d{3}))+"
    r"(?:\s+(?:won|yuan|yen|rupees|dollars|per\s+(?:share|cent|ADR)|percent|rating|Hong Kong dollars))?[’'\"”]?)*"
)


# --- who acts, who is rated -------------------------------------------------------------------------------
Acted = list[tuple[str, str | None, int]]  # the sentence's actions so far: actor, rated company, end

# "the bank", "the brokerage", "they", "he": the firm acting is the one the text last saw acting
_FIRM_PRONOUN = re.compile(
    r"(?:^\s*|[,;:]\s*|\band\s+)(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he (?:[A-Z]{2,3} )?(?:[a-z-]+ )?"
    r"(?:analysts?|brokerage|broker|bank|firm|house|lender))(?:\s+(?:also|then|now|currently|presently|still))*"
    r"(?:\s*$|\s+(?:[a-z]+(?:ed|s)|have|has|had)\b)"
)


def acting(view: SentenceView, pos: int, acted: Acted) -> list[str]:
    """The brokerages acting at `pos` (see `_acting`), each marked as one: no stock the text goes on to rate."""
    actors = _acting(view, pos, acted)
    for actor in actors:
        view.b.record(actor).categories.add("brokerage")
    return actors


def _acting(view: SentenceView, pos: int, acted: Acted) -> list[str]:
    """The brokerages acting at `pos`: the one of a coordinated earlier action ("X downgraded the stock ... and cut
    its target"), the name right before the verb, "the bank" or an analyst (the firm the text last saw acting),
    the clause's subject, or each of several subjects ("A and B raised their targets")."""
    for earlier, _, end in reversed(acted):
        if end <= pos and _COORDINATED.fullmatch(view.text, end, pos):
            return [earlier]
    start = clause_start(view.text, pos)
    head = view.text[start:pos]
    which = _RELATIVE.search(head)
    if which is not None:  # "brokerages, many of which have raised their targets": nobody named
        return _antecedent_actor(view, start + which.start(), acted)
    m = view.mention_before(pos, limit=24)
    if m is not None and _WEEKDAY.fullmatch(m.text):
        m = view.mention_before(m.start, limit=8)  # "Fenwick on Weds boosted": a day is no firm
    m = ticker_owner(view, m) or m  # "Velt Holdings Inc. VLT lifted its target": Velt Holdings acts, not VLT
    agents = [
        a for a in clause_agents(view, pos) if view.text.count("[", 0, a.start) <= view.text.count("]", 0, a.start)
    ]
    if agents and _AN_OBJECT.search(view.text, start, agents[0].start):
        agents = []  # "brokers raised their targets for A and B, lifting A's": A and B were rated, none acted
    listed = len(agents) > 1 and m in agents and not any(view.is_person(a) for a in agents)
    if listed:  # "A and B have also raised their targets": each of them
        return [ref for a in agents if (ref := view.resolve(a, _ORG))]
    aside = view.mention_before(m.start, limit=40) if m is not None and view.text.startswith(",", m.end) else None
    if aside is not None and view.is_person(aside) and analyst_employer(view, aside) == m and m is not None:
        return [ref] if (ref := view.resolve(m, _ORG)) else []  # "A, the analyst at X, downgraded": X acts
    if m is not None and (_ITS_ANALYSTS.fullmatch(view.text, m.end, pos) or _ADJACENT.fullmatch(view.text, m.end, pos)):
        named = _firm_of(view, m, pos)
        if named is not None or not view.is_person(m):
            return [named] if named else []
    if _FIRM_PRONOUN.search(head):
        return [firm] if (firm := context_actor(view, pos)) else []
    if len(agents) == 1:
        named = _firm_of(view, agents[0], pos)
        if named is not None:
            return [named]
    elif len(agents) > 1 and not any(view.is_person(a) for a in agents):
        return [ref for a in agents if (ref := view.resolve(a, _ORG))]
    person = view.mention_before(pos, limit=40)
    subject = person is not None and person.start >= start and (person in agents or not agents)
    if subject and person is not None and (view.is_person(person) or _an_analyst(view, person, pos)):
        return [firm] if (firm := context_actor(view, pos)) else []
    return []


def _antecedent_actor(view: SentenceView, which: int, acted: Acted) -> list[str]:
    """ "X was cut to neutral at Y, which also lowered its target": the firm right before ", which", when it acted
    earlier in the sentence."""
    named = view.mention_before(which, limit=3) if view.text[:which].rstrip().endswith(",") else None
    ref = view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None
    return [ref] if ref is not None and any(actor == ref for actor, _, _ in acted) else []


def _an_analyst(view: SentenceView, m: Mention, pos: int) -> bool:
    """ "The analyst, Paula Reis, cut her rating": a person-shaped name introduced as the analyst, or acting on
    "his" or "her" rating."""
    if not looks_like_person(m.text):
        return False
    return bool(_NAMED_ANALYST.search(view.text, 0, m.start) or re.match(r"\s*\w+\s+(?:his|her)\b", view.text[pos:]))


# A relative clause's own subject acts: "A and B are among the stocks in which brokers raised targets" (A, B rated)
_RELATIVE = re.compile(r"\b(?:(?:in|on|for)\s+which|where|which|who|whom)\s+(?:[a-z]+\s+){0,3}$")
_AN_OBJECT = re.compile(r"\b(?:for|on|of|to|with)\s+(?:the\s+)?$")
_WEEKDAY = re.compile(r"(?:Mon|Tues?|Weds?|Thu(?:rs)?|Fri|Sat|Sun)\.?|[A-Z][a-z]+day")


def _firm_of(view: SentenceView, m: Mention, pos: int) -> str | None:
    """The firm a name acting stands for: itself, or the employer of an analyst ("Macquarie analyst Ellie Jiang")."""
    employer = analyst_employer(view, m)
    if employer is not None:
        return view.resolve(employer, _ORG)
    if _ITS_ANALYSTS.fullmatch(view.text, m.end, pos) and not view.is_person(m):
        return view.resolve(m, _ORG)  # "a Credit Suisse analyst downgraded": the analyst's firm
    analyst = view.mention_before(m.start, limit=8)
    if analyst is not None and (view.firm_of_person(analyst) == m or _TITLED_OF.search(view.text, 0, m.start)):
        return view.resolve(m, _ORG)  # "Ivo Renn of Harlow lifted his rating", "analyst A from X raised": A's firm
    if view.is_person(m) or view.b.find(m.text, _PERSON) is not None:
        return None
    named = view.mention_after(m.end, limit=12)
    if named is not None and view.is_person(named) and re.fullmatch(r"\s+analyst\s+", view.text[m.end : named.start]):
        return view.resolve(m, _ORG)  # "Fenwick analyst Ann Lee adjusted her stance, downgrading": her firm
    if re.match(r"\s+\w+\s+(?:his|her)\b", view.text[pos - 1 :]) or re.search(r"\banalysts?\b", view.text[m.end : pos]):
        return None  # "Gong cut his rating", "Lee is one of the analysts who lowered ...": a person, firm unnamed
    return view.resolve(m, _ORG)  # a person-shaped name acting on a rating is a brokerage ("Morgan Stanley")


def context_actor(view: SentenceView, pos: int | None = None, *, employing: bool = False) -> str | None:
    """The brokerage of the text's last analyst action before `pos` (an analyst named alone, "he", "the
    brokerage"), else the last firm the text named as writing a note or (`employing`) as employing analysts."""
    limit = view.sentence.start + (len(view.text) if pos is None else pos)
    for event in reversed(view.b.events.values()):
        before = event.span.end is None or event.span.end <= limit
        if event.kind == EventKind.ANALYST_ACTION and event.actor is not None and before:
            return event.actor
    named_before = (r for r in reversed(view.b.entities.values()) if any((sp.end or 0) <= limit for sp in r.spans))
    firms = (r for r in named_before if "brokerage" in r.categories and (not employing or _employs_analysts(view, r)))
    return next((r.ref for r in firms), None)


_ANALYSTS_AT = re.compile(r"\b(?:analysts?|strategists?)\s+(?:at|from|with)\s+(?:the\s+)?$")


def _employs_analysts(view: SentenceView, record: EntityRecord) -> bool:
    """Whether the text names the firm with its analysts ("X analyst A", "analysts at X"), not only as the source
    of a report."""
    source = view.b.source
    return any(
        sp.start is not None
        and sp.end is not None
        and (_ITS_ANALYSTS_NAMED.match(source, sp.end) or _ANALYSTS_AT.search(source, max(0, sp.start - 30), sp.start))
        for sp in record.spans
    )


# "a bullish note at X", "X said in a research note", "analysts at X": X writes on stocks
_NOTE_BY = re.compile(
    r"\b(?:(?:note|report|research|call|coverage)s?|analysts?|strategists?)\s+(?:at|from|by|with)\s+(?:the\s+)?$"
)
_ITS_ANALYSTS_NAMED = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:analysts?|researchers?|strategists?)\b")
_SAID_IN_NOTE = re.compile(
    r"\s+(?:said|says|wrote|writes|noted|notes)\s+in\s+(?:a|its)\s+(?:[a-z-]+\s+)?(?:note|report)\b"
)


def note_brokerages(view: SentenceView) -> None:
    """Remember the firms a sentence names as writing on stocks, for an analyst or "the bank" acting later."""
    for m in view.mentions:
        writes = _NOTE_BY.search(view.text, max(0, m.start - 40), m.start) or _SAID_IN_NOTE.match(view.text, m.end)
        writes = writes or _ITS_ANALYSTS_NAMED.match(view.text, m.end)  # "Morgan Stanley analysts Ada Moss and ..."
        ref = view.resolve(m, _ORG) if writes and not view.is_person(m) else None
        if ref is not None and view.b.record(ref).kind == _ORG:
            view.b.record(ref).categories.add("brokerage")


_SHARES_OF = re.compile(r"\b[Ss]hares of\s+$")
_SHARES = re.compile(r"(?:['’]s?)?\s+(?:shares|stock|share price)\b")


def rated_in_context(view: SentenceView, pos: int, actor: str | None) -> str | None:
    """The stock an action names by description ("the stock", "the EV maker") or not at all: in the clause, the
    company whose shares it names, its subject or the last company named; else the one the text last rated."""
    start = clause_start(view.text, pos)
    clause = [m for m in view.mentions if start <= m.start and m.end <= pos]
    candidates = [m for m in clause if not _names_actor(view, m, actor)]
    aliases = {view.resolve(m, _ORG) for m in clause if m not in candidates}  # "Goldman Sachs Group Inc. GS"
    shares = [m for m in candidates if _SHARES_OF.search(view.text, 0, m.start) or _SHARES.match(view.text, m.end)]
    subject = view.subject_mention(before=pos, after=start)
    named = [subject] if subject is not None and not _names_actor(view, subject, actor) else []
    for m in shares + named:
        if (ref := _a_stock(view, m, actor)) is not None:
            return ref
    for m in reversed(candidates):
        if not re.search(r"\b(?:a|an)\s+$", view.text[: m.start]) and (ref := _a_stock(view, m, actor)) is not None:
            return ref  # "Nimbus added 1% after F raised its target on the stock"; not "to a Street high"
    found = last_rated(view, actor)
    return None if found in aliases else found


def _names_actor(view: SentenceView, m: Mention, actor: str | None) -> bool:
    """Whether a name is the acting firm's ticker or stands right before it ("Velt Holdings Inc. VLT")."""
    following = next((n for n in view.mentions if n.start >= m.end), None)
    ticker = following is not None and following.start - m.end <= 2 and following.text.isupper()
    if actor is not None and ticker and view.resolve(following, _ORG) == actor:
        return True
    owner = ticker_owner(view, m)
    return actor is not None and owner is not None and view.resolve(owner, _ORG) == actor


_LEGAL_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Plc|AG|SA|NV|SE)\.?\s{1,2}\(?$")


def ticker_owner(view: SentenceView, m: Mention | None) -> Mention | None:
    """The company a bare ticker follows ("Velt Holdings Inc. VLT", "... Inc. (VLT)"): the legal name before it."""
    if m is None or not re.fullmatch(r"[A-Z]{1,5}", m.text):
        return None
    before = view.mention_before(m.start, limit=3)
    if before is None or not _LEGAL_END.search(view.text, before.start, m.start):
        return None
    return before


def _a_stock(view: SentenceView, m: Mention, actor: str | None) -> str | None:
    """The company a mention names if it can be the stock rated: no person, analyst's firm, exchange or tag."""
    if _WEEKDAY.fullmatch(m.text) or view.is_person(m) or analyst_employer(view, m) is not None:
        return None
    if _NAMED_ANALYST.search(view.text, 0, m.start):
        return None  # a person, the firm of "Halden analyst Maria Costa", "the analyst, Wallace Cheung,"
    before = view.text[: m.start]
    if before.count("[") > before.count("]") or before.count("(") > before.count(")"):
        return None  # "[THE INVESTOR]" tags the publication; "(Arete's Zixiao Yang)" is an aside
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return None  # '"Margins will suffer," the analyst said. He cut the target': a quotation's word
    if view.text[m.end : m.end + 1] == ":":
        return None  # "(NSE: ZOMATO)" names the exchange
    if _a_market(m.text) or (m.text.isupper() and len(m.text) <= 4 and "(" in view.text[max(0, m.start - 2) : m.start]):
        return None  # an exchange or an index; "Taipei, May 1 (CNA)": the agency
    ref = view.resolve(m, _ORG)
    if ref is None or ref == actor or view.b.record(ref).kind != _ORG or a_brokerage(view.b.record(ref)):
        return None
    return ref


_TITLED_OF = re.compile(r"\banalysts?\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:of|from|at|with)\s+$")
_NAMED_ANALYST = re.compile(r"\b(?:analysts?|researchers?|strategists?),?\s+$")
_BOURSES = frozenset({"NSE", "BSE", "NYSE", "HKEX", "SGX", "KRX", "TWSE", "TSE", "LSE", "ASX", "SSE", "SZSE", "KOSDAQ"})


def _a_market(name: str) -> bool:
    return name.upper() in _BOURSES or bool(set(name.lower().split()) & (EXCHANGE_WORDS | INDEX_WORDS))


def last_rated(view: SentenceView, actor: str | None) -> str | None:
    """The stock the text last rated, else the last one it saw moving, else its topic (no market, no broker)."""
    for kind in (EventKind.ANALYST_ACTION, EventKind.PRICE_MOVE):
        for event in reversed(view.b.events.values()):
            record = view.b.record(event.subject)
            if event.kind == kind and event.subject != actor and not a_brokerage(record) and not _a_market(record.name):
                return event.subject
    topic = view.doc.topic
    if topic is None or topic == actor or a_brokerage(view.b.record(topic)) or _a_market(view.b.record(topic).name):
        return None
    return topic


# "Susquehanna, in its June 17 report, upgraded", "said Corvel on Dec. 17 downgrading", "Citi analysts had earlier"
_ADJACENT = re.compile(  # "[The Ledger]" tags the publication, no firm acting; "X Group Inc. raised": X
    r"\.?\)?(?:\s*\([A-Z]{2,8}:[^()]{0,12}\))?(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC)\b\.?)?\s+(?:(?:on|last|this|earlier)\s+)?(?:(?:\w+day|Mon|Tues?|Weds?|Thu(?:rs)?|Fri)\.?\s+)?"
    r"(?:on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:(?:recently|again|now|today|yesterday|previously|earlier)\s+)?"
)
_ITS_ANALYSTS = re.compile(
    r"\s*(?:['’]s?\s+)?(?:[a-z-]+\s+)?(?:analysts?|researchers?|strategists?)(?:\s+(?:had|have|has|also|earlier|last|"
    r"on|this|\w+day))*\s+"
)


# "Macquarie analyst A", "X analysts led by A": the firm the named analyst writes for
_ANALYST_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]?s? (?:[a-z-]+ )?analysts? (?:led by |including )?$"
)

_EMPLOYER_POSSESSIVE = re.compile(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+(?:\([^()]{1,30}\)\s+)?$")
_ANALYST_AFTER = re.compile(
    r"^,\s+(?:an? |the )?(?:[a-z-]+ ){0,2}(?:analysts?|researchers?|strategists?) (?:at|with|of|from)\s+(?=[A-Z])"
)


def analyst_employer(view: SentenceView, m: Mention) -> Mention | None:
    """ "Macquarie analyst Ellie Jiang raised ...", "A, an analyst at X, cut ...": the analyst's firm acts."""
    before = _ANALYST_BEFORE.search(view.text[max(0, m.start - 60) : m.start])
    if before is not None:
        return view.mention_at(max(0, m.start - 60) + before.start("org"))
    owner = _EMPLOYER_POSSESSIVE.search(view.text[max(0, m.start - 60) : m.start])
    if owner is not None and looks_like_person(m.text):  # "Arete's Zixiao Yang", "Barclays's (NYSE: BCS) Jiong Shao"
        return view.mention_at(max(0, m.start - 60) + owner.start("org"))
    after = _ANALYST_AFTER.match(view.text[m.end :])
    return view.mention_at(m.end + after.end()) if after is not None else None


# "X's parent", "X's earnings": something X owns, not X's shares, target or rating
_OWNED_AFTER = re.compile(
    r"['’]s?\s+(?!(?:shares|stock|ADRs|ADSs|price|target|rating|share|stock|recommendation)\b)"
    r"(?:[a-z][\w-]*(?:[,.;]|\s+|$)\s*){1,3}"  # "X's parent, Y", "X's license."
)

# "X's Nova headset", "X's Kelmont chip unit": a thing of X's named with capitals, then a noun that is no share
_NAMED_THING_AFTER = re.compile(
    r"['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}(?!(?:shares|stock|ADRs|ADSs|units|share|price|target|rating)\b)[a-z][\w-]*\b"
)

# Words between a rating verb and a name that make the name no stock rated: a preposition other than the rating's
# "on"/"of"/"for", or a company's own things ("its factories", "their network") that are no rating
_NOT_A_STOCK_AFTER = re.compile(
    r"\b(?:in|at|to|from|with|by|into|across|near)\s+$"
    r"|\b(?:its|their|our|his|her)\s+(?!(?:[a-z-]+\s+)?(?:rating|recommendation|view|stance|call|outlook|opinion)\s)"
)


_TRADE_BEFORE = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|[A-Z]{2,3}|[a-z][\w-]*)\s+){0,3}?(?:maker|company|firm|giant|group|"
    r"carmaker|automaker|chipmaker|developer|operator|platform|retailer|lender)\s+(?=[A-Z])"
)


def rated_after(view: SentenceView, pos: int) -> str | None:
    """The company right after the verb; none for a sector ("downgraded Chinese internet stocks") or a description
    ("upgraded the U.S. EV leader": the leader is named elsewhere)."""
    head = re.match(
        r"(?P<the>the\s+)?(?:[A-Z][\w.-]*-listed\s+)?(?:shares\s+of\s+|stock\s+of\s+)?(?P<words>(?:[a-z-]+\s+){0,4})",
        view.text[pos:],
    )
    if head is not None and _NOT_A_STOCK_AFTER.search(head.group("words")):
        return None  # "upgraded its factories in Ohio": its own things, and a place after a preposition
    m = view.mention_at(pos + (head.end() if head else 0))
    trade = (
        _TRADE_BEFORE.match(view.text, pos + head.end())
        if m is None and head and head.group(0).endswith(("of ", "on "))
        else None
    )
    m = view.mention_at(trade.end()) if trade is not None else m  # "the rating of Chinese EV maker X": X
    owned = _OWNED_AFTER.match(view.text, m.end) if m is not None and m.possessive else None
    if owned is not None:  # "downgraded X's parent Y": Y is rated; "raised X's earnings forecast": no stock
        m = view.mention_at(owned.end())
    elif m is not None and m.possessive and _NAMED_THING_AFTER.match(view.text, m.end):
        return None  # "raised the price target on X's Nova headset": a product's or a unit's, not X's stock
    if m is None or view.is_person(m) or re.match(r"\s+(?:stocks|sector|names|companies)\b", view.text[m.end :]):
        return None
    described = head is not None and head.group("the") and not re.search(r"\b(?:on|of|for)\s+$", head.group(0))
    if described and re.match(r"\s+(?!shares\b|stock\b)[a-z]", view.text[m.end :]):
        return None
    return view.resolve(m, _ORG)


def a_brokerage(record: EntityRecord) -> bool:
    """A firm this text has seen acting on ratings, or one named as a securities house ("X Securities") or a data
    provider ("X Analytics")."""
    words = set(record.name.lower().split())
    return "brokerage" in record.categories or bool(words & {"securities", "brokerage", "research", "analytics"})


def action_end(text: str, pos: int) -> int:
    """Where an action's statement ends: after its ratings and figures, not at a later "expects" of the clause."""
    complement = _COMPLEMENT.match(text, pos)
    return min(complement.end() if complement else pos, clause_end(text, pos))


_COMMON_ACTOR = re.compile(r"(?:brokerage|broker|bank|analyst|firm|house|lender|investor|trader)s?", re.IGNORECASE)


def analyst_event(
    view: SentenceView,
    actor: str | None,
    rated: str | None,
    action: str,
    m: re.Match[str],
    reading: str = "",
    ratings: tuple[str | None, str | None] | None = None,
) -> None:
    if actor is None or rated is None or actor == rated:
        return
    if looks_like_model(view.b.record(actor).name) or looks_like_model(view.b.record(rated).name):
        return  # models and chips are neither brokerages nor rated companies
    if view.b.record(actor).kind != _ORG or view.b.record(rated).kind != _ORG:
        return
    if "index" in view.b.record(rated).categories or _AN_INDEX.search(view.b.record(rated).name):
        return  # "the X Composite fell after a downgrade by Y": an index is no stock a brokerage rates
    if _COMMON_ACTOR.fullmatch(view.b.record(actor).name):
        return  # "Brokerages raised their targets": a common noun opening the sentence, no firm named
    if rated != view.doc.topic and a_brokerage(view.b.record(rated)):
        return  # "Jefferies raised its target, as did Macquarie": another broker, not the stock rated
    if _moved_here(view, actor):
        return  # "X soared 18% with A and B raising their targets": the stock that moved is no brokerage
    old, new = ratings or named_ratings(view.text[m.start() : clause_end(view.text, m.end())])
    if action.endswith("_target"):
        old = new = None
    date = view.date_near(m.end(), after_only=True, window=40) or view.doc.published_at
    view.b.record(actor).categories.add("brokerage")
    key = (EventKind.ANALYST_ACTION, rated, actor, action, str(date))
    known = view.b.events.get(key)
    if known is not None and (old or new) and not (known.from_rating or known.to_rating):
        # a later sentence completing the same action ("Gong cut his rating to neutral"): its ratings fill in
        view.b.events[key] = known.model_copy(update={"from_rating": old, "to_rating": new})
        return
    view.b.event(
        EventDraft(
            kind=EventKind.ANALYST_ACTION,
            subject=rated,
            actor=actor,
            date=date,
            summary=action.replace("_", " "),
            action=action,
            from_rating=old,
            to_rating=new,
            # one rule per action ("ratings.raise_target"), so calibration weighs targets apart from ratings
            span=view.span(clause_start(view.text, m.start()), action_end(view.text, m.end())).model_copy(
                update={"rule": f"ratings.{action}{'.' + reading if reading else ''}.ANALYST_ACTION"}
            ),
            # two brokers cutting one stock's target on one day are two events, not one
            qualifier=f"{action} by {view.b.record(actor).name}",
        ),
        key,
    )


_AN_INDEX = re.compile(r"\b(?:Index|Indices|Indexes|Composite|Average)\b", re.IGNORECASE)
_MOVED_AFTER = re.compile(
    rf"(?:\s*\([^()]{{0,20}}\))?(?:['’]s?)?\s+(?:shares\s+|stock\s+)?(?:{UP_OR_DOWN})\s+(?:[a-z]+\s+){{0,2}}\d"
)


def _moved_here(view: SentenceView, ref: str) -> bool:
    """Whether the sentence has `ref` moving by a figure ("X (NYSE: X) rose more than 7% after A upgraded ...")."""
    return any(_MOVED_AFTER.match(view.text, n.end) and view.resolve(n, _ORG) == ref for n in view.mentions)
