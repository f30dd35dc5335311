"""Spin-offs: "X, spun off from Y in 2019", "Y's AI server spin-off X", "X, a spin-off of Y", "Y spun off X". The
readers only find statements; corporate.apply states them (their rule is `corporate.apply`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.patterns.clauses import Statement
from loaders.articles.patterns.unit_ties import tie_not_now
from loaders.articles.records import not_a_party

_ORG = EntityKind.ORGANIZATION

_SPIN = re.compile(
    r"\b(?:as a spin-?off (?:from|of)(?: the)?|(?:spun|carved|split) (?:off|out) (?:from|of)(?: the)?|grew out of [^,;.]*? (?:at|of|in)(?: the [a-z -]+?)?) (?=[A-Z])"  # noqa: E501
)


def spin_offs(view: SentenceView) -> Iterator[Statement]:
    """ "X, spun off from Y in 2019"."""
    for m in _SPIN.finditer(view.text):
        parent = view.mention_at(m.end())
        if parent is None:
            continue
        if parent.possessive:
            # "spun out of China's prestigious Y": the place is a description, Y the parent
            owned = view.mention_after(parent.end + 2, limit=30)
            parent = owned if owned is not None and not_a_party(parent.text) else parent
            unit = re.match(
                r"['’]s?\s+(?:[\w&-]+\s+){0,3}?(?:unit|division|arm|lab|laboratory|department|business)\b",
                view.text[parent.end :],
            )
            if parent.possessive and unit is None:
                continue  # "spun off from X's Y": Y is the parent
            # "spun off from X's R&D unit": from X, through one of its units
        span = view.span(m.start(), parent.end)
        since = {"valid_from": view.date_near(m.start(), window=40)}
        yield RelationType.SPUN_OFF_FROM, view.subject_ref(m.start()), view.resolve(parent, _ORG), span, since


# "Y spun off X in 2019", "Y spun off its battery division as X", "Y completed the spin-off of X"
_ACTIVE_SPIN = re.compile(
    r"\b(?:spun|spins|spin|has spun) (?:off|out) (?:(?:its|their) (?:[a-z-]+ ){0,3}?(?:unit|division|arm|business)"
    r"(?:,? | as | into ))?(?=[A-Z])|\bcompleted (?:the|its) spin-?off of (?=[A-Z])"
)


def active_spin_offs(view: SentenceView) -> Iterator[Statement]:
    for m in _ACTIVE_SPIN.finditer(view.text):
        child = view.mention_at(m.end())
        if child is None or child.possessive or view.is_person(child):  # a spun-off name is a firm's, however shaped
            continue
        since = {"valid_from": view.date_near(child.end, after_only=True, window=12)}
        span = view.span(m.start(), child.end)
        relative = re.search(r"\b(?:that|which)\s+(?:[a-z]+\s+)?$", view.text[: m.start()])  # "Y, the giant that spun"
        owners = [o for o in view.mentions if relative and o.end <= relative.start() and not not_a_party(o.text)]
        owner = owners[-1] if owners and relative and relative.start() - owners[-1].end <= 60 else None
        parent = view.resolve(owner, _ORG) if owner and not view.is_person(owner) else None
        if relative is None or parent is not None:
            yield (
                RelationType.SPUN_OFF_FROM,
                view.resolve(child, _ORG),
                parent or view.subject_ref(m.start()),
                span,
                since,
            )


_SPIN_OFF_NAMED = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:spin-?off|spinoff|spun-off unit|offshoot),?\s+(?=[A-Z]|[a-z]+[A-Z])"
)
# "xFusion", "iFlytek": a name that opens in lowercase, which the name reader does not take for one
_LOWER_LED_NAME = re.compile(r"[a-z]{1,3}[A-Z][\w-]*(?:\s[A-Z][\w-]*)*")
# "X, a spin-off of Y,", "X is a spinout from Y"
_SPIN_OFF_OF = re.compile(
    r"(?:,\s+|\s(?:is|was|became)\s+)(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:spin-?off|spinout|spin-out|offshoot)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?=[A-Z])"
)


# "X, a Y spin-off, ...": the parent named inside the appositive, before the noun
_PARENT_SPIN_OFF = re.compile(
    r",\s+(?:an?|the)\s+(?P<parent>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})\s+(?:spin-?off|spinoff|spin-out|spinout)"
    r"(?=\s*[,;.]|\s+(?:that|which|based|in|with)\b)"
)


def spin_off_nouns(view: SentenceView) -> Iterator[Statement]:
    """ "Y's AI server spin-off X" (also "spin-off xFusion"), "X, a spin-off of Y,", "X is a spinout from Y": X spun
    off from Y."""
    for owner in view.mentions:
        found = _SPIN_OFF_NAMED.match(view.text, owner.end) if owner.possessive else None
        if found is None or view.is_person(owner) or tie_not_now(found.group(0)):  # "Y's planned spin-off X"
            continue
        child = view.mention_at(found.end())
        lower_led = _LOWER_LED_NAME.match(view.text, found.end()) if child is None else None
        if lower_led is not None:  # "X's AI server spin-off xFusion"
            end = lower_led.end()
            child_ref = view.b.entity(lower_led.group(0), _ORG, view.span(found.end(), end))
        elif child is not None and not child.possessive and not view.is_person(child):
            end, child_ref = child.end, view.resolve(child, _ORG)
        else:
            continue
        span = view.span(owner.start, end)
        yield RelationType.SPUN_OFF_FROM, child_ref, view.resolve(owner, _ORG), span, {"presupposed": True}
    for child in view.mentions:
        named = _PARENT_SPIN_OFF.match(view.text, child.end) if not child.possessive else None
        parent = view.mention_at(named.start("parent")) if named else None
        if named is None or parent is None or parent.end != named.end("parent") or view.is_person(parent):
            continue
        if not view.is_person(child) and not not_a_party(parent.text):
            span = view.span(child.start, named.end())
            yield RelationType.SPUN_OFF_FROM, view.resolve(child, _ORG), view.resolve(parent, _ORG), span, {}
    for m in _SPIN_OFF_OF.finditer(view.text):
        if tie_not_now(m.group(0)):
            continue
        parent = view.mention_at(m.end())
        child_m = view.mention_before(m.start() + 1, limit=1) if m.group(0).startswith(",") else None
        child_ref = view.resolve(child_m, _ORG) if child_m is not None else view.subject_ref(m.start())
        if parent is None or parent.possessive or view.is_person(parent) or (child_m and view.is_person(child_m)):
            continue
        extra = {"presupposed": m.group(0).startswith(",")}
        yield RelationType.SPUN_OFF_FROM, child_ref, view.resolve(parent, _ORG), view.span(m.start(), parent.end), extra
