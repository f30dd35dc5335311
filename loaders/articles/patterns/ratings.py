"""Analyst frames: upgrades and downgrades with their ratings, price targets and ratings raised or cut, the
analyst's firm acting for the analyst."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, looks_like_model
from loaders.articles.patterns.clauses import (
    clause_agents,
    clause_end,
)
from loaders.articles.records import EntityRecord
from loaders.drafts import EventDraft

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    analyst_actions(view)


# --- analyst actions --------------------------------------------------------------------------------------
RATING = (
    r"(?:strong buy|conviction[- ]buy|buy|outperform|overweight|accumulate|add|hold|neutral|market perform|"
    r"equal[- ]weight|sector perform|peer perform|sell|underperform|underweight|reduce|strong sell)"
)

_RATING_WORDS = rf"(?:an? )?[‘'\"“]?(?P<{{name}}>{RATING})[’'\"”]?(?: rating)?"

_FROM_RATING = re.compile(r"\bfrom\s+" + _RATING_WORDS.format(name="r"), re.IGNORECASE)

_TO_RATING = re.compile(r"\bto\s+" + _RATING_WORDS.format(name="r"), re.IGNORECASE)

_RATING_VERB = re.compile(r"\b(?P<verb>upgraded|downgraded|upgrades|downgrades)\s+", re.IGNORECASE)

_PASSIVE_RATING = re.compile(
    r"\b(?:was|were|has been|had been|got)\s+(?P<verb>upgraded|downgraded)\b[^,;.]{0,30}?\b(?:at|by)\s+(?=[A-Z])"
)

_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|be|been|being|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

_TARGET_VERB = re.compile(
    r"\b(?P<verb>raised|raises|raising|lifted|lifts|lifting|increased|increases|boosted|hiked|upped|"
    r"more than doubled|doubled|cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|trimmed|trims|slashed|"
    r"slashes|dropped|drops|pared|pares)\s+"
    r"(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? |(?:its|his|her|their|the) )?"
    r"(?:[\w-]+ ){0,2}?(?P<what>price target|target price|stock price target|price objective|price goal"
    r"|rating|recommendation|(?-i:TP|PT))\b"
    r"(?:\s+(?:on|for)\s+(?P<on>the (?:stock|shares|company)|(?=(?:[a-z-]+ ){0,3}[A-Z])))?",
    re.IGNORECASE,
)

_UP_VERBS = ("rais", "lift", "increas", "boost", "hik", "upp", "doubl")


# "downgraded the EV maker", "downgraded its rating on the stock": the rated company is named by description
_DESCRIBED_TARGET = re.compile(r"(?:its\s+(?:[a-z]+\s+){1,2}(?:on|of|for)\s+)?the\s+(?:[\w-]+\s+){0,2}[\w-]+\b")
# The rest of a rating verb's clause up to a second verb of the same actor: "... to Underweight from Neutral and "
_COORDINATED = re.compile(r"[^;.]{0,120}?,?\s+and\s+(?:also\s+)?", re.IGNORECASE)


def analyst_actions(view: SentenceView) -> None:
    """ "X upgraded Y from hold to buy", "Y was downgraded at X", "X raised its price target on Y to $200",
    "X cut its rating on the stock to neutral": the brokerage acts, the rated company is the subject."""
    acted: tuple[str | None, str | None, int] = (None, None, -1)  # the last rating verb's actor, target and end
    for m in _RATING_VERB.finditer(view.text):
        if re.match(r"(?:[a-z-]+\s+)?(?:version|model|edition|variant|outlook)\b", view.text[m.end() :]) or re.search(
            r"\b(?:an?|the|its|their|his|her)\s+$", view.text[: m.start()], re.IGNORECASE
        ):
            continue  # "an upgraded version of X", "an upgraded price target from X": an adjective, not an act
        if _PASSIVE_AUXILIARY.search(view.text[: m.start()]):
            continue  # "X was downgraded at Y": the passive reading below, never "X downgraded Y"
        actor = _actor_before(view, m.start())
        target = _rated_after(view, m.end())
        if target is None and _DESCRIBED_TARGET.match(view.text, m.end()):
            target = _named_before(view, m.start(), actor)  # "Helix fell after X downgraded the utility"
        _analyst_event(view, actor, target, m.group("verb").lower().rstrip("ds"), m)
        acted = (actor, target, m.end())
    for m in _PASSIVE_RATING.finditer(view.text):
        actor_m = view.mention_at(m.end())
        rated = view.subject_ref(m.start())
        actor = view.resolve(actor_m, _ORG) if actor_m and not view.is_person(actor_m) else None
        _analyst_event(view, actor, rated, m.group("verb").lower().rstrip("ds"), m)
    for m in _TARGET_VERB.finditer(view.text):
        verb = m.group("verb").lower()
        up = any(u in verb for u in _UP_VERBS)
        kind = "rating" if m.group("what").lower() in ("rating", "recommendation") else "target"
        action = ("raise_" if up else "cut_") + kind
        if m.group("owner"):
            owner = view.mention_at(m.start("owner"))
            rated = view.resolve(owner, _ORG) if owner and not view.is_person(owner) else None
        elif m.group("on") is not None and not m.group("on").lower().startswith("the "):
            rated = _rated_after(view, m.end())
        else:
            rated = None  # "on the stock": the company named before, last rated or moving, else the topic
        if acted[0] is not None and _COORDINATED.fullmatch(view.text, acted[2], m.start()):
            actor, rated = acted[0], rated or acted[1]  # "X downgraded the stock ... and cut its target": X again
        else:
            actor = _actor_before(view, m.start())
        rated = rated or _named_before(view, m.start(), actor) or _last_rated(view, actor)
        _analyst_event(view, actor, rated, action, m)


def _named_before(view: SentenceView, pos: int, actor: str | None) -> str | None:
    """The company the sentence named before the brokerage ("Nimbus added 1% after F raised its target on the
    stock"): the last organisation-shaped name before `pos` that is not the actor."""
    for m in reversed([m for m in view.mentions if m.end <= pos]):
        if view.is_person(m) or _analyst_employer(view, m) is not None:
            continue  # a person, or the analyst of "Halden analyst Maria Costa raised"
        if re.search(r"\b(?:a|an)\s+$", view.text[: m.start]):
            continue  # "to a Street high": no company
        ref = view.resolve(m, _ORG)
        if ref is not None and ref != actor and view.b.record(ref).kind == _ORG:
            return ref
    return None


def _last_rated(view: SentenceView, actor: str | None) -> str | None:
    for event in reversed(view.b.events.values()):
        if event.kind in (EventKind.ANALYST_ACTION, EventKind.PRICE_MOVE) and event.subject != actor:
            return event.subject
    return view.doc.topic if view.doc.topic != actor else None


def _actor_before(view: SentenceView, pos: int) -> str | None:
    """The brokerage acting: the clause's subject ("Susquehanna, in its June 17 report, upgraded ...")."""
    m = view.mention_before(pos, limit=16)
    adjacent = m is not None and re.fullmatch(
        r"\s+(?:(?:on|last|this|earlier)\s+)?(?:\w+day\s+)?(?:also\s+)?", view.text[m.end : pos]
    )
    if not adjacent:
        agents = clause_agents(view, pos)
        m = agents[0] if len(agents) == 1 else None
    if m is None:
        return None
    employer = _analyst_employer(view, m)
    if employer is not None:
        return view.resolve(employer, _ORG)
    if view.is_person(m) or view.b.find(m.text, _PERSON) is not None:
        return None
    if re.match(r"\s+\w+\s+(?:his|her)\b", view.text[pos - 1 :]) or re.search(r"\banalysts?\b", view.text[m.end : pos]):
        return None  # "Gong cut his rating", "Lee is one of the analysts who lowered ...": a person, firm unnamed
    return view.resolve(m, _ORG)  # a person-shaped name acting on a rating is a brokerage ("Morgan Stanley")


_ANALYST_BEFORE = re.compile(r"(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]?s? (?:[a-z-]+ )?analysts? $")

_ANALYST_AFTER = re.compile(r"^,\s+(?:an? |the )?(?:[a-z-]+ )?analysts? (?:at|with|of|from)\s+(?=[A-Z])")


def _analyst_employer(view: SentenceView, m: Mention) -> Mention | None:
    """ "Macquarie analyst Ellie Jiang raised ...", "A, an analyst at X, cut ...": the analyst's firm acts."""
    before = _ANALYST_BEFORE.search(view.text[max(0, m.start - 60) : m.start])
    if before is not None:
        return view.mention_at(max(0, m.start - 60) + before.start("org"))
    after = _ANALYST_AFTER.match(view.text[m.end :])
    return view.mention_at(m.end + after.end()) if after is not None else None


def _rated_after(view: SentenceView, pos: int) -> str | None:
    """The company right after the verb; none for a sector ("downgraded Chinese internet stocks")."""
    head = re.match(
        r"(?:the\s+)?(?:[A-Z][\w.-]*-listed\s+)?(?:shares\s+of\s+|stock\s+of\s+)?(?:[a-z-]+\s+){0,3}", view.text[pos:]
    )
    m = view.mention_at(pos + (head.end() if head else 0))
    if m is None or view.is_person(m) or re.match(r"\s+(?:stocks|shares|sector|names|companies)\b", view.text[m.end :]):
        return None
    return view.resolve(m, _ORG)


def _a_brokerage(record: EntityRecord) -> bool:
    """A firm this text has seen acting on ratings, or one named as a securities house ("X Securities")."""
    words = set(record.name.lower().split())
    return "brokerage" in record.categories or bool(words & {"securities", "brokerage", "research"})


def _analyst_event(view: SentenceView, actor: str | None, rated: str | None, action: str, m: re.Match[str]) -> None:
    if actor is None or rated is None or actor == rated:
        return
    if looks_like_model(view.b.record(actor).name) or looks_like_model(view.b.record(rated).name):
        return  # models and chips are neither brokerages nor rated companies
    if view.b.record(actor).kind != _ORG or view.b.record(rated).kind != _ORG:
        return
    if rated != view.doc.topic and _a_brokerage(view.b.record(rated)):
        return  # "Jefferies raised its target, as did Macquarie": another broker, not the stock rated
    clause = view.text[m.start() : clause_end(view.text, m.end())]
    from_m, to_m = _FROM_RATING.search(clause), _TO_RATING.search(clause)
    date = view.date_near(m.end(), after_only=True, window=40) or view.doc.published_at
    view.b.record(actor).categories.add("brokerage")
    view.b.event(
        EventDraft(
            kind=EventKind.ANALYST_ACTION,
            subject=rated,
            actor=actor,
            date=date,
            summary=action.replace("_", " "),
            action=action,
            from_rating=from_m.group("r").lower() if from_m else None,
            to_rating=to_m.group("r").lower() if to_m else None,
            # one rule per action ("ratings.raise_target"), so calibration weighs targets apart from ratings
            span=view.span(clause_start(view.text, m.start()), clause_end(view.text, m.end())).model_copy(
                update={"rule": f"ratings.{action}.ANALYST_ACTION"}
            ),
            qualifier=action,
        ),
        (EventKind.ANALYST_ACTION, rated, actor, action, str(date)),
    )
