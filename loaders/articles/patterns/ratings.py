"""Analyst frames: upgrades and downgrades (a rating verb, or a rating raised or cut to a named rating), price
targets raised or cut, the analyst's firm acting for the analyst. Targets stated without an active verb (wire
lines, a target held "up from" its prior one, broker tables): targets.py; who acts and who is rated: analysts.py."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention
from loaders.articles.patterns.analysts import (
    GUIDANCE,
    UP_VERBS,
    Acted,
    acting,
    analyst_event,
    note_brokerages,
    rated_after,
    rated_in_context,
)
from loaders.articles.patterns.clauses import clause_end
from loaders.articles.patterns.rating_ladder import RATING, RATING_WORDS, ladder_says, named_ratings

_ORG = EntityKind.ORGANIZATION


def apply(view: SentenceView) -> None:
    note_brokerages(view)
    analyst_actions(view)


# --- rating verbs -----------------------------------------------------------------------------------------
# "X double-downgraded Y": the verb starts at its prefix, so X stands right before it
_RATING_VERB = re.compile(
    r"\b(?:(?:double|triple)[- ])?(?P<verb>upgraded|downgraded|upgrades|downgrades|upgrading|downgrading)\s+",
    re.IGNORECASE,
)

_PASSIVE_RATING = re.compile(
    r"\b(?:was|were|has been|had been|got)\s+(?P<verb>upgraded|downgraded)\b[^,;.]{0,30}?\b(?:at|by)\s+(?=[A-Z])"
    # a wire headline: "Velquor upgraded to buy at Marsten", a rating named before the brokerage
    rf"|(?<=[\w.)’'] )(?P<verb2>upgraded|downgraded)\s+to\s+(?i:{RATING_WORDS.format(name='rating')})"
    r"(?:\s+from\s+[^,;.]{1,25}?)?\s+(?:at|by)\s+(?=[A-Z])"
    # "X was raised to buy at Y", "X was cut to neutral from buy by Y": a rating moved to a named one
    # ("X cut to sell at Y": a wire headline's, the name right before the verb rated)
    r"|(?:\b(?:was|were|has been|had been|got|is|are)\s+(?:(?:also|just|now)\s+)?|(?<=[\w.)’'] )(?P<bare>))"
    r"(?P<verb3>raised|lifted|cut|lowered)\s+to\s+"
    rf"(?i:{RATING_WORDS.format(name='rating3')})(?:\s+from\s+(?i:{RATING_WORDS.format(name='old3')}))?"
    r"\s+(?:at|by)\s+(?=[A-Z])"
)

_PASSIVE_AUXILIARY = re.compile(
    r"\b(?:was|were|is|are|be|been|being|got|gets)\s+(?:(?:\w+ly|also|then|later|just|already|since)\s+)?$",
    re.IGNORECASE,
)

_TARGET_VERB = re.compile(
    r"\b(?P<verb>raised|raises|raising|lifted|lifts|lifting|increased|increases|increasing|boosted|boosting|"
    r"hiked|hiking|upped|upping|bumped|bumping|more than doubled|doubled|cut|cuts|cutting|lowered|lowers|lowering|"
    r"reduced|reduces|reducing|trimmed|trims|trimming|slashed|slashes|slashing|dropped|drops|pared|pares|halved|"
    r"halving|halves|decreased|decreasing|revised|revises|revising|took|takes|taking|changed|changes|changing|"
    r"adjusted|adjusts|adjusting)(?:(?<=cut)\s+(?:down|back))?\s+"  # "cut down X's target price"
    r"(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? |(?:its|his|her|their|the|our) "
    # a headline's "Raises X PT to $40": the rated name right before the target, no possessive
    r"|(?P<owner2>(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})) (?=(?-i:PT|TP)\b|price target\b|target price\b))?"
    r"(?P<words>(?:[\w.-]+ ){0,2}?)(?P<what>(?:stock[- ])?price[- ]target|target[- ]price|price objective|price goal"
    r"|rating|recommendation|investment opinion|status|(?-i:TP|PT)|target|objective|call)s?\b"
    r"(?:\s+(?P<particle>down|up|lower|higher)\b)?"
    r"(?:\s+(?:on|for|of)\s+(?P<on>the (?:stock|shares|company)|(?=(?:[a-z-]+ ){0,3}[A-Z])))?",
    re.IGNORECASE,
)
_NEUTRAL_VERBS = ("revis", "took", "tak", "chang", "adjust")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:by|from|with|of|amid|despite)\s+$", re.IGNORECASE)
# A credit rating is raised or cut; a stock's rating moved is an upgrade or a downgrade
_CREDIT = re.compile(
    r"\b(?:credit|issuer|debt|bonds?|notes|sovereign|long-term|short-term|Moody['’]s|S&P|Fitch|(?:AAA|AA|BBB|BB|CCC)[+-]?)"
    r"(?![\w-])"
)
_BARE_TARGET = ("target", "objective", "call")
_CREDIT_OBJECT = re.compile(
    r"\s*(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+|(?:its|their|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?:credit|issuer|debt|bonds?|notes|sovereign)\b"
)

# "downgraded the EV maker", "downgraded its rating on the stock": the rated company is named by description
_DESCRIBED_TARGET = re.compile(r"(?:its\s+(?:[a-z]+\s+){1,2}(?:on|of|for)\s+)?the\s+(?:[\w-]+\s+){0,2}[\w-]+\b")


def analyst_actions(view: SentenceView) -> None:
    """ "X upgraded Y from hold to buy", "Y was downgraded at X", "X cut Y to sell", "X raised its price target on
    Y to $200", "X cut its rating on the stock to neutral": the brokerage acts, the rated company is the subject."""
    acted: Acted = []
    unacted = _rating_verbs(view, acted, list(_RATING_VERB.finditer(view.text)))
    for m in _PASSIVE_RATING.finditer(view.text):
        subject = _passive_subject(view, m.start(), named_only=m.group("bare") is not None)
        verb = (m.group("verb") or m.group("verb2") or _rated_direction(m)).lower().rstrip("ds")
        for actor_m in _passive_actors(view, m.end()):  # "downgraded by A and B": each of them
            if not view.is_person(actor_m) and (by := view.resolve(actor_m, _ORG)):
                analyst_event(view, by, subject, verb, m)
                acted.append((by, subject, m.end()))
    rating_moves(view, acted)
    _received_actions(view, acted)
    _issued_actions(view, acted)
    for m in _TARGET_VERB.finditer(view.text):
        if _ADJECTIVE_BEFORE.search(view.text, max(0, m.start() - 12), m.start()) and m.group("verb").endswith("ed"):
            continue  # "driven by increased price targets": a participle describing targets, no one acting
        if re.match(r"in\s", m.group("words") or "", re.IGNORECASE):
            continue  # "a couple of increases in price targets": a noun counting changes, no one acting
        action = _target_action(view, m)
        if action is None:
            continue
        if m.group("owner2") and view.mention_at(m.start("owner2")) is None:
            continue  # "raised Q3 PT": no name before the target
        if m.group("owner") or m.group("owner2"):
            owner = view.mention_at(m.start("owner") if m.group("owner") else m.start("owner2"))
            rated = view.resolve(owner, _ORG) if owner and not view.is_person(owner) else None
        elif m.group("on") is not None and not m.group("on").lower().startswith("the "):
            rated = rated_after(view, m.end())
        else:  # "its TSM target", "on the stock": the company named inside, else the one before, last rated or moving
            inside = [n for n in view.mentions_in(m.end("verb"), m.start("what")) if not view.is_person(n)]
            rated = view.resolve(inside[-1], _ORG) if inside else None
        for actor in acting(view, m.start(), acted):
            found = rated or next((r for a, r, _ in reversed(acted) if a == actor and r), None)  # "... and cut its"
            found = found or rated_in_context(view, m.start(), actor)
            listed = _listed_after(view, m.end(), found) if m.group("on") == "" and rated else [found]
            for each in listed + (_gapped(view, m.end(), action) if m.group("on") == "" else []):
                analyst_event(view, actor, each, action, m)  # "cut its price targets on A and B": both
            acted.append((actor, found, m.end()))
    _rating_verbs(view, acted, unacted)  # "lowered X's target, while also downgrading Y": the actor acted after


def _passive_subject(view: SentenceView, auxiliary: int, *, named_only: bool = False) -> str | None:
    """Who was rated: the name right before "was upgraded" ("..., B was cut to hold at Y": B, not the sentence's
    first name), else the clause's subject (unless `named_only`: a headline's "X cut to sell at Y" names X)."""
    named = view.mention_before(auxiliary, limit=3)
    adjacent = named is not None and re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?", view.text[named.end : auxiliary])
    if named is not None and adjacent and not named.possessive and not view.is_person(named):
        return view.resolve(named, _ORG)
    return None if named_only else view.subject_ref(auxiliary)


def _passive_actors(view: SentenceView, pos: int) -> list[Mention]:
    """The brokerages after "upgraded at": "by A and B" both; a name that opens the next clause ("at A, B was cut to
    hold at C": B) is rated there, not an actor here."""
    listed = view.name_list(pos)
    for i, named in enumerate(listed):
        if i and _OPENS_A_CLAUSE.match(view.text, named.end):
            return listed[:i]
    return listed


_OPENS_A_CLAUSE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:was|were|is|are|has|had|got|gets)\b")


def _rating_verbs(view: SentenceView, acted: Acted, verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "X upgraded Y from hold to buy", "X downgraded its rating to neutral": each rating verb's action; the verbs
    whose actor no name or earlier action gave are returned, for a second look once the sentence's targets are read."""
    unacted = []
    for m in verbs:
        if re.match(r"(?:[a-z-]+\s+)?(?:version|model|edition|variant)\b", view.text[m.end() :]) or re.search(
            r"\b(?:an?|the|its|their|his|her)\s+$", view.text[: m.start()], re.IGNORECASE
        ):
            continue  # "an upgraded version of X", "an upgraded price target from X": an adjective, not an act
        if _PASSIVE_AUXILIARY.search(view.text[: m.start()]):
            continue  # "X was downgraded at Y": the passive reading below, never "X downgraded Y"
        if re.match(r"(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:price\s+)?(?:target|TP|PT)\b", view.text[m.end() :]):
            continue  # "upgraded its price target": a target, read below
        if _NOT_A_RATING.match(view.text, m.end()) and not any(named_ratings(view.text[m.start() : m.end() + 120])):
            continue  # "X upgraded Y to a strategic supplier": raised to something other than a rating
        if _OWNED_THING.match(view.text, m.end()):
            continue  # "X upgraded Y's turbines at its plant": a product or asset upgraded, no rating
        rated = _credit_owner(view, m.end()) if _CREDIT_OBJECT.match(view.text, m.end()) else rated_after(view, m.end())
        if rated is not None and _NOT_THE_STOCK.match(view.text, m.end()):
            continue  # "upgraded X bonds to overweight": a security of X's other than its stock
        described = (
            _DESCRIBED_TARGET.match(view.text, m.end())
            or _OWN_RATING.match(view.text, m.end())
            or _PRONOUN_RATED.match(view.text, m.end())
        )
        if described is not None and _A_MARKET.match(view.text, m.end()):
            described = None  # "upgraded the Kelmont market to overweight": a market or sector, no stock
        direction = "upgrade" if m.group("verb").lower().startswith("up") else "downgrade"
        actors = acting(view, m.start(), acted)
        if not actors:
            unacted.append(m)
        for actor in actors:
            # "Helix fell after X downgraded the utility", "X downgraded its rating to neutral"
            found = rated or (rated_in_context(view, m.start(), actor) if described else None)
            for each in _listed_after(view, m.end(), found):  # "upgraded shares of A and B": both
                analyst_event(view, actor, each, direction, m)
            acted.append((actor, found, m.end()))
    return unacted


# "upgraded X bonds", "downgraded X's debt to junk" (a credit rating is read apart): not X's stock
_NOT_THE_STOCK = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:bonds|notes|debentures"
    r"|equities|stocks|markets?|sectors?|banks|lenders|insurers|miners|names)\b"  # "upgraded X equities": a market
)
_A_MARKET = re.compile(
    r"\s*the\s+(?:[\w-]+\s+){0,3}?(?:market|sector|industry|economy|country|region|index|bonds|currency)\b",
    re.IGNORECASE,
)
# "upgraded Y to a strategic supplier", "upgraded Y's servers to its new platform", "upgraded Y to supplier status":
# to something no rating names (a purpose, "to reflect ...", is no such thing)
# ("upgraded Y, its main vendor, to gold partner status", "upgraded Y to version 5": an appositive, a number)
_NOT_A_RATING = re.compile(
    r"\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}(?:,[^,;]{1,40},)?\s+(?:[a-z][\w-]*\s+){0,2}to\s+"
    r"(?:(?:a|an|its|their|the|our)\s+|(?!(?:reflect|account|incorporate|factor|capture)\b)[a-z][\w-]*\s+[a-z\d])"
)
# "upgraded Y's turbines", "downgraded Y's grid software": a thing Y owns, not Y's stock or rating
_OWNED_THING = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+"
    r"(?!(?:[a-z-]+\s+)?(?:shares|stock|stocks|ADRs|ADSs|rating|ratings|recommendation|equity|credit|issuer|debt|"
    r"sovereign|long-term|short-term|bonds?|notes)\b)(?:[a-z-]+\s+)?[a-z][\w-]*\b(?!,?\s+[A-Z])"  # not "X's parent Y"
)


def _rated_direction(m: re.Match[str]) -> str:
    """ "raised to buy" is an upgrade, "cut to neutral" a downgrade, unless the two ratings named say otherwise."""
    up = ladder_says(m.group("old3"), m.group("rating3"))
    up = m.group("verb3").lower() in ("raised", "lifted") if up is None else up
    return "upgrade" if up else "downgrade"


# "X got hit with a downgrade from Y", "X gets upgrade from Y", "X received a double upgrade at Y": Y rated X
_RECEIVED = re.compile(
    r"\b(?:got|gets|getting|received|receives|receiving|drew|draws|earned|earns|won|wins|was handed|"
    r"(?:was |got |)hit with)\s+(?:an?\s+)?(?:(?:rare|double|surprise|fresh|new|another)\s+){0,2}"
    r"(?P<verb>upgrade|downgrade)s?\s+"
    rf"(?:to\s+(?i:{RATING_WORDS.format(name='rating')})\s+)?"  # "won an upgrade to outperform from Y"
    r"(?:from|by|at)\s+(?:the\s+)?(?=[A-Z])"
)


# "X fell 2% following a downgrade by Y", "X shares fall after Y downgrade": the clause's subject moved on Y's action
_AFTER_ACTION = re.compile(
    r"\b(?:following|after|on)\s+(?:an?\s+)?(?:(?:rare|double|surprise|fresh|new|another)\s+){0,2}"
    r"(?:(?P<verb>upgrade|downgrade)\s+(?:to\s+(?i:" + RATING_WORDS.format(name="rating") + r")\s+)?(?:by|from)\s+"
    r"(?:the\s+)?(?=[A-Z])|(?=[A-Z][^,;.]{0,40}?\s(?P<verb2>upgrade|downgrade)\b(?!\s+(?:of|on|to)\b)))"
)


# "X issued a downgrade for Y shares", "X announced an upgrade of Y to buy": the brokerage acts, Y is rated
_ISSUED = re.compile(
    r"\b(?:issued|issues|issuing|announced|announces|delivered|slapped|handed)\s+(?:an?\s+)?(?:(?:double|surprise)\s+)?"
    r"(?P<verb>upgrade|downgrade)\s+(?:for|of|on|to)\s+(?:the\s+)?(?=[A-Z])"
)


def _issued_actions(view: SentenceView, acted: Acted) -> None:
    """ "X issued a downgrade for Y shares from buy to neutral": who issues it acts on the name after it."""
    for m in _ISSUED.finditer(view.text):
        named = view.mention_at(m.end())
        rated = view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None
        for actor in acting(view, m.start(), acted) if rated is not None else []:
            analyst_event(view, actor, rated, m.group("verb"), m)
            acted.append((actor, rated, m.end()))


def _received_actions(view: SentenceView, acted: Acted) -> None:
    """ "X got hit with a downgrade from Y": the brokerage after "from" rated the clause's subject; "X fell after a
    downgrade by Y", "X falls after Y downgrade": the subject whose move followed the action (a reading of its own)."""
    found = [(m, "") for m in _RECEIVED.finditer(view.text)] + [(m, "after") for m in _AFTER_ACTION.finditer(view.text)]
    for m, reading in found:
        actor_m = view.mention_at(m.end())
        if actor_m is None or view.is_person(actor_m) or re.match(r"\s+of\b", view.text[actor_m.end :]):
            continue  # "after a downgrade by Y of its rival Z": Z was rated, not the subject
        if m.group("verb") is None and not re.fullmatch(
            r"(?:['’]s?)?\s+(?:[a-z]+\s+)?", view.text[actor_m.end : m.start("verb2")]
        ):
            continue  # "after Y downgrade", "after Y's surprise downgrade": the name right before the noun
        actor, rated = view.resolve(actor_m, _ORG), view.subject_ref(m.start())
        if actor is not None:
            analyst_event(view, actor, rated, (m.group("verb") or m.group("verb2")).lower(), m, reading)
            acted.append((actor, rated, m.end()))


# "its target for A to $86 from $110 and for B to $12 from $17": the verb said once for two stocks
_GAPPED_FOR = re.compile(r"\s+to\s+(?:[^,;]|,(?=\d)){1,50}?\s+and\s+(?:for|on)\s+(?=[A-Z])")


def _gapped(view: SentenceView, pos: int, action: str) -> list[str | None]:
    """The second stock of a target verb said once, when its own figures do not go the other way."""
    first = view.mention_at(pos)
    gap = _GAPPED_FOR.match(view.text, first.end) if first is not None else None
    second = view.mention_at(gap.end()) if gap is not None else None
    if second is None or view.is_person(second) or not re.match(r"\s+to\s+\D{0,6}\d", view.text[second.end :]):
        return []
    up = _up_by_figures(view.text[second.end : clause_end(view.text, second.end)])
    return [view.resolve(second, _ORG)] if up in (None, action == "raise_target") else []


def _credit_owner(view: SentenceView, pos: int) -> str | None:
    """ "downgraded X's credit rating to BB+": X is rated (its grade is no company); "its debt rating": none named."""
    owner = view.mention_after(pos, limit=2)
    return view.resolve(owner, _ORG) if owner is not None and owner.possessive else None


def _listed_after(view: SentenceView, pos: int, first: str | None) -> list[str | None]:
    """The company rated right after the verb and the ones listed with it ("shares of A and B")."""
    head = re.match(r"(?:the\s+)?(?:shares\s+of\s+)?", view.text[pos:])
    names = view.name_list(pos + (head.end() if head else 0))
    if first is None or not names or view.resolve(names[0], _ORG) != first:
        return [first]
    # "upgraded A, B's biggest rival, to buy": B's names A, it is no second stock rated
    return [first] + [view.resolve(n, _ORG) for n in names[1:] if not view.is_person(n) and not n.possessive]


# "downgraded its rating to neutral", "upgraded the investment opinion from neutral to buy": no company named ("its
# outlook" is a company's own guidance as often as a broker's view)
# "after X downgraded it", "downgraded them to neutral from buy": the stock the clause or the text spoke of
_PRONOUN_RATED = re.compile(r"(?:it|them)\b(?!\s+to\s+(?:a|an|the)\b)(?!['’])")
_OWN_RATING = re.compile(
    r"(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}(?:rating|recommendation|opinion)\b"
    r"(?!\s+(?:on|of|for)\s+[A-Z])"
)


def _target_action(view: SentenceView, m: re.Match[str]) -> str | None:
    """raise_target / cut_target, upgrade / downgrade (a rating moved to a named one), raise_rating / cut_rating;
    None for a company's own target ("its sales target") or a move with no direction."""
    verb, what = m.group("verb").lower(), m.group("what").lower()
    rating = what in ("rating", "recommendation", "investment opinion", "status")
    if GUIDANCE.search(m.group("words") or "") or (m.group("owner") and GUIDANCE.search(m.group("owner"))):
        return None
    tail = view.text[m.end() : min(m.end() + 80, clause_end(view.text, m.end()))]
    up: bool | None = any(u in verb for u in UP_VERBS)
    if verb.startswith(_NEUTRAL_VERBS):
        later = re.match(r"[^,;.]{0,40}?\b(down|up|lower|higher)\s+(?:to|by)\b", view.text[m.end() :])
        particle = (m.group("particle") or (later.group(1) if later else "")).lower()
        up = particle in ("up", "higher") if particle else _up_by_figures(tail)
    if not rating:
        if what in _BARE_TARGET and not (_TARGET_FIGURE.search(tail) and _analyst_context(view, m)):
            return None  # "lifted its target": whose? only an analyst's target with a price or in an analyst text
        by_figures = _up_by_figures(tail)
        if what == "call" and by_figures is None:
            return None  # "raised its call to $97 from $90" is a target; "lowered its call on rates" is not
        if by_figures is not None and not verb.startswith(_NEUTRAL_VERBS) and by_figures != up and _one_pair(tail):
            return None  # "cut its target to $58 from $45": the verb and the figures disagree, neither is sure
        up = by_figures if by_figures is not None else up
        return None if up is None else ("raise_target" if up else "cut_target")
    old, new = named_ratings(view.text[m.start() : m.end() + 80])
    if new is None and old is None and _CREDIT.search(view.text):
        return None if up is None else ("raise_rating" if up else "cut_rating")
    up = ladder_says(old, new) if ladder_says(old, new) is not None else up
    return None if up is None else ("upgrade" if up else "downgrade")


_TARGET_FIGURE = re.compile(
    r"(?:[$€¥£₹]|\b(?:HK|NT|US|S|A|C)\$|\b(?:Rs|RMB|HKD|KRW|JPY|INR|CNY|TWD|USD)\b|\d\s*(?:won|yuan|yen))"
)
_FIGURE = re.compile(r"\b(?P<side>from|to)\s+(?:\D{0,6}?)(?P<n>\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)


def _up_by_figures(tail: str) -> bool | None:
    """ "from $30 to $26" -> False, "to ₹278 from ₹235" -> True; None without both figures. The first figure of each
    side: "to $86 from $110 and for Y to $123 from $172" is a cut, whatever Y's "to" says against X's "from"."""
    figures: dict[str, float] = {}
    for f in _FIGURE.finditer(tail):
        figures.setdefault(f.group("side").lower(), float(f.group("n").replace(",", "")))
    if "from" in figures and "to" in figures and figures["from"] != figures["to"]:
        return figures["to"] > figures["from"]
    return None


def _one_pair(tail: str) -> bool:
    """Whether the clause gives one "from" and one "to" figure (not "from $227 to $224 but since raised to $313")."""
    sides = [f.group("side").lower() for f in _FIGURE.finditer(tail)]
    return sides.count("from") == 1 and sides.count("to") == 1


def _analyst_context(view: SentenceView, m: re.Match[str]) -> bool:
    """Whether a bare "target" is an analyst's: set "on" a company, in a sentence about analysts or one keeping a
    rating, or in a text that already read an analyst action."""
    if m.group("on") is not None or _ANALYST_WORDS.search(view.text):
        return True
    return any(e.kind == EventKind.ANALYST_ACTION for e in view.b.events.values())


_ANALYST_WORDS = re.compile(
    r"\b(?:analysts?|brokerages?|brokers?|research|rating|price target)\b"
    rf"|\b(?:reiterat|maintain|keep)\w*\s+(?:its\s+|their\s+|an?\s+)?[‘'\"“]?{RATING}"
    rf"|\b(?:kept|keeps|keeping|maintain\w*|reiterat\w*)\s+(?:[\w.&'’-]+\s+){{1,5}}?at\s+[‘'\"“]?{RATING}",
    re.IGNORECASE,
)


# --- rating moves without a rating verb ------------------------------------------------------------------
# "X cut Y from a 'hold' rating to a 'reduce' rating", "X raised it to Buy from Neutral", "lifting the stock to
# Overweight from Underweight", "Credit Suisse raised to Neutral from Underperform"
_RATED_MOVE = re.compile(
    r"\b(?P<verb>raised|raises|raising|lifted|lifts|lifting|boosted|moved|moves|moving|took|cut|cuts|cutting|"
    r"lowered|lowers|lowering|reduced|reduces|trimmed|dropped|drops)\s+"
    r"(?P<obj>(?:(?:shares|the stock|the shares) of\s+)?[^;]{0,70}?)\s*\b(?P<dir>from|to)\s+"
    + RATING_WORDS.format(name="r"),
    re.IGNORECASE,
)
_OBJECT = re.compile(
    r"(?:it|them|the stock|the shares|its shares|(?:(?:shares|the stock|the shares) of\s+)?(?P<name>[A-Z].*?)"
    r"(?:['’]s)?(?:\s+\([^()]*\))?(?:\s+(?:shares|stock))?|the\s+(?:[\w.&-]+\s+){0,4}[a-z-]+)?",
)


def rating_moves(view: SentenceView, acted: Acted) -> None:
    """A rating raised or cut to a named rating is an upgrade or a downgrade of the stock that carries it."""
    for m in _RATED_MOVE.finditer(view.text):
        if _PASSIVE_AUXILIARY.search(view.text[: m.start()]):
            continue  # "B was cut to neutral at Y": the passive reading's, whose actor follows; never the clause's
        obj = m.group("obj").rstrip()
        bare = re.sub(r"\([^()]*\)", "", obj)
        if re.search(
            r"\b(?:rating|recommendation|opinion|target|price|estimates?|forecasts?|stake|guidance)\b|\d",
            bare,
            re.IGNORECASE,
        ):
            continue  # "cut its rating to hold" is a rating verb's; "raised its stake to" no rating at all
        shape = _OBJECT.fullmatch(obj)
        old, new = named_ratings(view.text[m.start("dir") : clause_end(view.text, m.end())])
        if shape is None or new is None:
            continue
        # "cut X to hold.": a named stock moved to a bare rating that ends the clause ("cut X to sell more" does not)
        named_stock = shape.group("name") and _RATING_ENDS.match(view.text, m.end("r"))
        if not (_plainly_a_rating(view.text, m, old) or named_stock):
            continue
        verb = m.group("verb").lower()
        up = ladder_says(old, new)
        if up is None and verb.startswith(("mov", "took")):
            continue
        up = any(u in verb for u in UP_VERBS) if up is None else up
        named = view.mention_at(m.start("obj") + shape.start("name")) if shape.group("name") else None
        if shape.group("name") and (named is None or view.is_person(named)):
            continue  # a name that is not a company's
        for actor in acting(view, m.start(), acted):
            rated = view.resolve(named, _ORG) if named is not None else rated_in_context(view, m.start(), actor)
            analyst_event(view, actor, rated, "upgrade" if up else "downgrade", m)
            acted.append((actor, rated, m.end()))


_RATING_ENDS = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:from|on|at|after|while|and|as)\b")


def _plainly_a_rating(text: str, m: re.Match[str], other: str | None) -> bool:
    """ "to 'hold'", "to a hold rating", "to Hold", "to underweight", "to hold from buy": a rating, where "to add"
    or "to reduce" alone may be any verb."""
    rating = m.group("r")
    quoted = text[m.start("r") - 1 : m.start("r")] in "‘'\"“" or text[m.end("r") : m.end("r") + 1] in (
        "’",
        "'",
        '"',
        "”",
    )
    unambiguous = bool(re.search(r"perform|weight|neutral|in[- ]line|strong|conviction", rating, re.IGNORECASE))
    return quoted or unambiguous or rating[0].isupper() or m.group(0).endswith("rating") or other is not None
