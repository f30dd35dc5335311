"""The ratings brokerages give stocks, from the most to the least bullish, and the ratings a clause moves a stock
between."""

from __future__ import annotations

import re

# From the most to the least bullish: a move between two named ratings goes the way the ladder says.
_LADDER = (
    ("strong buy", "conviction buy", "top pick"),
    ("buy", "outperform", "overweight", "accumulate", "add", "market outperform", "sector outperform", "positive"),
    ("hold", "neutral", "market perform", "equal weight", "sector perform", "peer perform", "in line", "moderate buy"),
    ("underperform", "underweight", "reduce", "sector underperform", "negative"),
    ("sell", "strong sell"),
)
RATING = (
    r"(?:strong[- ]buy|conviction[- ]buy|buy|market outperform|sector outperform|outperform|overweight|accumulate|add|"
    r"hold|neutral|market perform|equal[- ]weight|sector perform|peer perform|in[- ]line|sector underperform|"
    r"underperform|underweight|reduce|strong[- ]sell|sell)(?![\w-])"
)
RATING_WORDS = rf"(?:an? )?[‘'\"“]?(?P<{{name}}>{RATING})[’'\"”]?(?: rating)?"
_FROM_RATING = re.compile(r"\bfrom\s+(?:the\s+previous\s+)?" + RATING_WORDS.format(name="r"), re.IGNORECASE)
_TO_RATING = re.compile(r"\b(?:to|at)\s+" + RATING_WORDS.format(name="r"), re.IGNORECASE)


def rank(rating: str) -> int | None:
    words = rating.lower().replace("-", " ")
    return next((i for i, rung in enumerate(_LADDER) if words in rung), None)


def ladder_says(old: str | None, new: str | None) -> bool | None:
    """Whether a move between two named ratings is up (True), down (False), or not told by the ladder (None)."""
    before, after = rank(old or ""), rank(new or "")
    return None if before is None or after is None or before == after else after < before


_GLOSS = re.compile(r"\s*\([^()]{0,60}\)")


def named_ratings(text: str) -> tuple[str | None, str | None]:
    """The ratings a clause moves between: ("buy", "hold") for "to 'hold' from 'buy'", lower case. A gloss in
    brackets is no rating set ("from overweight (akin to buy) to equal weight": equal weight)."""
    text = _GLOSS.sub("", text)
    from_m, to_m = _FROM_RATING.search(text), _TO_RATING.search(text)
    return (from_m.group("r").lower() if from_m else None, to_m.group("r").lower() if to_m else None)
