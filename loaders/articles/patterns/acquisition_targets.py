"""The company a verb or noun of buying names ("acquired the Israeli AI firm Y", "bought the assets of Y"): read by
the acquisition readers (acquisitions.py)."""

from __future__ import annotations

import re

from loaders.articles.context import SentenceView
from loaders.articles.lexicon import GENERIC_ACRONYMS
from loaders.articles.mentions import Mention
from loaders.articles.records import not_a_party

# What may stand between the verb and the company bought: "the", "Israeli AI firm", "secondhand apparel marketplace"
_TARGET_DESCRIPTION = re.compile(
    r"(?:(?:the|(?!by\b|from\b|for\b|with\b|in\b|to\b|at\b)[a-z-]+|[A-Z][a-z]*(?:-[a-z]+)+|[A-Z][a-z]+(?:['’]s)?|[A-Z]{2,3}-based"
    rf"|(?i:{'|'.join(sorted(GENERIC_ACRONYMS, key=len, reverse=True))}))\s+)*"
)  # "Poland's X", "UK-based X": a place describes the company bought; "fabless IC company X", "the K-pop agency X"
# "Velt-car owner Quorra AG": the company named after "owner" is the one bought
_OWNER_NOUN = re.compile(r"\s+(?:owner|parent|holding company)\s+(?=[A-Z])")

# "fabless IC company X", "AI chip designer X": a name that only describes the company named after the noun
_COMPANY_NOUN = re.compile(
    r"\s+(?:company|firm|maker|developer|designer|start-?up|provider|group|platform|operator|chipmaker|"
    r"competitor|rival|peer)\s+(?=[A-Z])"  # "acquired Mideast rival Y": Y
    r"|\s+(?:provider|maker|developer|designer|vendor),\s+(?=[A-Z])"  # "of Billing Software provider, Y": Y
)
_AND_THEN = re.compile(r"(?:[^;.]|\.(?=\d)){0,60}?\band\s+(?:then|later)\s+(?:the\s+)?(?=[A-Z])")
_A_PART_OF = re.compile(
    r"\b(?:assets?|business(?:es)?|operations?|units?|divisions?|arms?|portions?|parts?|rights|licen[cs]es?|patents?|"
    r"brands?|plants?|factor(?:y|ies)|facilit(?:y|ies)|offices?|buildings?|stores?|portfolios?|customers|teams?|"
    r"staff|employees|talent|technology|debts?|loans?)\s+of\s+(?:the\s+)?$"
)

# "bought Y chips", "bought Y shares", "bought the Y app": goods, securities or a product of Y's were bought, not Y
_GOODS_OF = re.compile(
    r"\s+(?:(?:[A-Z]{2,4}|[a-z]+-[a-z]+)\s+)?(?:chips|processors|GPUs|accelerators|servers|phones|smartphones|handsets|"
    r"laptops|cars|vehicles|trucks|buses|drones|robots|batteries|cells|devices|shares|stock|bonds|notes|"
    r"apps?|chatbots?|games?|models?|brands?)\b"
    r"|\s+[a-z]+['’]s?\s"  # "buys the Y robot's motors": a part of a product, not the company
)


def describes_the_next(view: SentenceView, m: Mention) -> bool:
    """Whether a name only describes the company named after its noun ("Billing Software provider, Y")."""
    return _COMPANY_NOUN.match(view.text, m.end) is not None


def bought(view: SentenceView, pos: int, *, many: bool = False) -> list[Mention]:
    """The company named after an acquisition verb, past its description ("the Israeli AI firm Run:ai"); a name
    that is only a description (a nationality, a place) is passed over. With `many`, the list of them ("a stake in
    A and B")."""
    described = _TARGET_DESCRIPTION.match(view.text, pos)
    end = described.end() if described else pos
    for m in view.mentions:
        if m.start < pos or m.start > end:
            continue
        if not_a_party(m.text):
            continue  # "Israeli AI firm X", "Portuguese carmaker X": a nationality describes the company
        if _A_PART_OF.search(view.text, pos, m.start):
            return []  # "acquired the assets of Y", "bought the drone business of Y": a part of Y, not Y
        if _GOODS_OF.match(view.text, m.end):
            return []  # "buys Y chips from Z", "bought Y shares", "the Y app": goods, securities, a product
        owner_of = _OWNER_NOUN.match(view.text, m.end) or _COMPANY_NOUN.match(view.text, m.end)
        if owner_of:  # "Velt-car owner X", "fabless IC company X": the name after the noun is the one bought
            owned = view.mention_at(owner_of.end())
            return [owned] if owned is not None else []
        found = [n for n in view.name_list(m.start) if not n.possessive] or [m] if many else [m]
        then = _AND_THEN.match(view.text, found[-1].end)  # "X for $6.7bn in 2018 and then Y for $5.9bn in 2021"
        later = view.mention_at(then.end()) if then is not None else None
        return found + ([later] if later is not None and not later.possessive else [])
    return []
