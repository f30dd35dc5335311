"""Figures a move verb gives that are a business's, not its stock's: a change said year on year, a count the figure
reached ("rose 12% to 3.2 million users"), a rank the company climbed to ("jumped to second place")."""

from __future__ import annotations

import re

# "grew 12% year on year", "up 12% from a year earlier": a result compared with last year's, not a day's trading
_YEAR_ON_YEAR = re.compile(
    r"[^.;]{0,12}?\b(?:year[- ]on[- ]year|y/y|yoy|from a year earlier|(?:compared )?(?:with|to) a year earlier)\b",
    re.IGNORECASE,
)
_UNITS = (
    r"points?|won|yen|yuan|rupees?|cents|pence|euros?|dollars?|pounds?|ringgit|baht|pesos?|rand|francs?|kronor|krona|"
    r"reais|real|lira|shekels?|dong|rupiah|crowns?|kron(?:a|e|er|or)|zloty|forint|rubles?|roubles?|dirhams?|riyals?|"
    r"rials?|dinars?|shillings?|naira|a share|per share|apiece|each|after|before|from|in|on|at|by|as|with|while|"
    r"amid|and|but|the|its|their|this|last|for|during|since|ahead|over|under|level|mark|close|intraday"
)
# "increased 12% to 3.2 million users", "jumped 60% to 40,000 units": the count the figure reached names what moved
_TO_A_COUNT = re.compile(
    r"\s*\bto\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?\d(?:[\d.,]*\d)?\s*"
    r"(?:million|billion|thousand|mn|bn|m|k)?\s+"
    # a counted noun, in lower case ("to 48 Hong Kong dollars": a price; "to 1 million won": the multiplier no noun)
    rf"(?!(?:{_UNITS}|million|billion|thousand|trillion)\b)(?-i:[a-z]{{3,}})",
    re.IGNORECASE,
)
# "jumped to second place", "climbed to the top spot": a ranking, no price
_TO_A_RANK = re.compile(
    r"\s*\bto\s+(?:the\s+)?(?:first|second|third|fourth|fifth|top|No\.?\s?\d+|\d+(?:st|nd|rd|th))\s+"
    r"(?:place|spot|position|rank|ranking)\b"
    r"|\s*(?:\w+\s+)?(?:places|spots|positions|notches|rungs)\b",  # "climbed three places to 12th"
    re.IGNORECASE,
)
# "jumped 35% in sales", "up 18% in revenue terms", "added 15% more stores": the figure of a business measure
_IN_A_MEASURE = re.compile(
    r"\s+(?:in|of)\s+(?:[a-z][\w-]*\s+){0,2}?(?:sales|revenues?|profits?|earnings|users|subscribers|customers|"
    r"downloads|installs|orders|deliveries|shipments|volumes?|traffic|bookings|market share|(?:[a-z]+\s+)?terms)\b"
    r"|\s+(?:more|fewer|less)\s+(?!than\b)[a-z]{3,}"
    # "lost 68.5% of its initial value since its IPO", "down 70% from an initial valuation of $6bn": a valuation's
    r"|\s+(?:of|from)\s+(?:its|their|an?|the)\s+(?:(?:initial|original|IPO|listing|private)\s+(?:value|valuation)"
    r"|valuation)\b",
    re.IGNORECASE,
)
_STOCK_WORDS = re.compile(r"\b(?:shares?|stocks?|share price|stock price|ADRs|index|gauge)\b", re.IGNORECASE)


def a_business_figure(text: str, move: re.Match[str], start: int) -> bool:
    """Whether the verb at `move` gives a business's figure rather than its stock's, in a clause from `start` that
    names no shares: "grew 12% year on year", "increased 12% to 3.2 million users", "jumped to second place"."""
    if _TO_A_RANK.match(text, move.end()):
        return True
    if _STOCK_WORDS.search(text, start, move.start()) or not move.group("pct"):
        return False
    if _IN_A_MEASURE.match(text, move.end()) or _TO_A_COUNT.search(move.group("gap") or ""):
        return True  # "rose to 12 million users, up 40%": the count before the figure names what moved
    return _YEAR_ON_YEAR.match(text, move.end()) is not None or _TO_A_COUNT.match(text, move.end()) is not None


def said_of_the_business(text: str, start: int, end: int) -> bool:
    """Whether the figure ending at `end` is compared with a year before ("X, up 12% year on year, reported ...") or
    said of a business measure ("X, up 18% in revenue terms, ..."), in words from `start` that name no shares."""
    said = _YEAR_ON_YEAR.match(text, end) or _IN_A_MEASURE.match(text, end)
    return said is not None and _STOCK_WORDS.search(text, start, end) is None
