"""The words of a price move: verbs that say up or down, verbs whose direction comes after the figure, and
figures written in digits or spoken ("one-point-35")."""

from __future__ import annotations

import re

from loaders.articles.alternation import trie_alternation

UP = "trade up|trade higher|settled up|settled higher|settling up|settling higher|was trading up|were trading up|is trading up|are trading up|was trading higher|were trading higher|trading up|trading higher|went up|risen|close up|close higher|end up|end higher|finish up|finish higher|strengthened|firmed|increasing|was stronger|were stronger|closed up|ended up|finished up|closing up|ending up|finishing up|was up|were up|was last up|were last up|is up|are up|is now up|is still up|closed higher|ended higher|rose|climbed|climbs|gained|gains|added|adds|jumped|jumps|surged|surges|soared|soars|rallied|advanced|rebounded|rises|edged up|ticked up|spiked|popped|jump|surge|rise|climb|soar|rally|shot up|leapt|leaped|skyrocketed|rocketed|zoomed|spurted|inched up|opened higher|opened up|traded higher|traded up|soaring|jumping|rising|surging|climbing|gaining|rallying|advancing|adding|increased|are now up|are still up|skyrocketing"  # noqa: E501
DOWN = "trade down|trade lower|settled down|settled lower|settling down|settling lower|was trading down|were trading down|is trading down|are trading down|was trading lower|were trading lower|trading down|trading lower|went down|fallen|close down|close lower|end down|end lower|finish down|finish lower|weakened|decreasing|was weaker|were weaker|closed down|ended down|finished down|closing down|ending down|finishing down|was down|were down|was last down|were last down|is down|are down|is still down|is now down|closed lower|ended lower|fell|falls|slid|slides|slipped|slips|dropped|drops|lost|loses|declined|declines|tumbled|tumbles|sank|sinks|plunged|plunges|slumped|retreated|eased down|eased|gave up|giving up|pulled back|shed|sheds|edged down|ticked down|inched down|fall|drop|slide|sink|plunge|tumble|slump|crashed|plummeted|plummets|tanked|nosedived|sunk|dived|dove|skidded|sagged|slumps|collapsed|opened lower|opened down|traded lower|traded down|falling|dropping|sliding|plunging|tumbling|sinking|slumping|declining|losing|stumbled|stumbles|shedding|retreating|slipping|dipped|dips|dipping|shot down|decreased|are now down|are still down|plummeting|tanking|nosediving"  # noqa: E501
# Verbs whose direction comes from "higher"/"lower" after the figure: "started 31.6% higher", "closed 2% lower".
NEUTRAL = (
    "opened|started|debuted|closed|ended|finished|settled|traded|began trading|was trading|were trading|is trading|"
    "opening|closing|ending|was|were|is|are|end|close|finish|trade|edged|edging"
)
# The same words as patterns that read a letter at a time: each list in its own order
UP_OR_DOWN = trie_alternation(f"{UP}|{DOWN}".split("|"))
_ANY_MOVE_VERB = trie_alternation(f"{UP}|{DOWN}|{NEUTRAL}".split("|"))
# A figure in digits, or spoken the way some broadcasters write it: "one-point-35", "zero‑point‑54" (any hyphen)
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_SPOKEN = "|".join(_DIGIT_WORDS)
FIGURE = rf"\d+(?:\.\d+)?|(?:{_SPOKEN}|\d+)[-‑‐]point[-‑‐](?:\d+|{_SPOKEN})\b"


def figure_value(figure: str) -> float:
    """ "4.21" -> 4.21, "four-point-21" -> 4.21."""
    spoken = re.fullmatch(r"(?P<whole>\w+)[-‑‐]point[-‑‐](?P<fraction>\w+)", figure)
    if spoken is None:
        return float(figure)
    whole, fraction = spoken.group("whole"), spoken.group("fraction")
    if fraction in _DIGIT_WORDS:  # "three-point-five"
        fraction = str(_DIGIT_WORDS.index(fraction))
    return float(f"{_DIGIT_WORDS.index(whole) if whole in _DIGIT_WORDS else whole}.{fraction}")


# Verbs that mean a price move even without "shares" in the sentence ("Montage climbed after ...").
PLAIN_PRICE_VERBS = frozenset(
    {
        *("climbed", "climbs", "jumped", "jumps", "surged", "surges", "soared", "soars", "rallied"),
        *("tumbled", "tumbles", "plunged", "plunges", "slumped", "slid", "slides", "sank", "sinks"),
    }
)


# A price move: its verb, what may stand between verb and figure, the figure and a direction after it
MOVE = re.compile(
    rf"\b(?P<verb>{_ANY_MOVE_VERB})\b(?P<gap>(?:\s+(?:harder|sharply|further|another|a record|as much as|by|up to|as high as|as low as|"  # noqa: E501
    rf"(?:{FIGURE}) points?,?\s+or|"  # "climbed 21-point-06 points, or zero-point-51 percent"
    # "sank Monday by 4.7%"; "ended Monday's session ..." is the session's
    r"(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!['’])|today(?!['’])|yesterday(?!['’])|"
    # "closed the day up 2.15 percent", "ended the week up 109 points, or 2.71 percent"
    r"(?:out )?(?:the |that |its |their )?(?:[A-Z]?[a-z]+['’]s )?(?:(?:first|second|opening|debut) )?(?:trading )?"
    r"(?:session|day|week)(?: of trading)?(?:\s+(?P<pre2>up|down)\b)?|"
    r"(?:to )?the (?:daily )?(?:limit|maximum)(?: of)?|"  # "rose by the daily limit of 10 percent", "soared to the"
    r"(?:US|HK|S)?\$[\d.,]+,\s+or|"
    r"(?:[\d.,]+|[a-z]+) points?,?\s+or|(?:their|its) first (?:day|session)|"
    # "closed at 4,129.68, up 21.06 points (0.51%)", "to end the day at 454,000 won, off 8.8 percent"
    # "opened at 41.20 yuan, 17 per cent above its listing price", "closed at $318, nearly 6% higher"
    # "surged to 82,000 won, up 5.1 percent"; not "climbed to HK$225 in early trade, 39 percent higher than its offer"
    r"(?:at|(?P<to>to))\s+(?:[^.;%]|\.(?=\s?\d)){1,70}?,(?:\s+(?P<pre>up|down|off)"
    r"(?:\s+(?:by\s+)?(?:Rs\.?\s?)?[^\s();%]{1,12}(?:\s+(?:points?|won|yen|yuan|rupees|cents|pence))?(?:\s*\(|,?\s+or))?"
    r"|(?(to)(?!)|(?=\s+(?:(?:nearly|almost|about|around|roughly|more than|over)\s+)?\d+(?:\.\d+)?\s?"
    r"(?:%|per ?cent|percent)\s+(?:higher|lower|above|below)\b)))"
    r"))*)\s*"
    r"(?P<figure>(?P<qual>more than|over|about|around|roughly|nearly|almost|some|as much as|at least|less than|just over|close to)?\s*"  # noqa: E501
    rf"(?:-?(?P<pct>{FIGURE})\s?(?:%|per ?cent\b|percent\b|pct\b)|(?P<frac>a fifth|a quarter|a third|half|a tenth)\b))?"
    r"(?:,?\s+(?P<hl>higher|lower|above|below|up|down)\b)?",
    re.IGNORECASE,
)


# A business figure, not a stock: "revenue", "EPS", "net income"
METRIC = re.compile(
    r"\b(?:revenue|revenues|sales|profits?|earnings|income|users|volumes?|deliveries|GMV|margins?|orders|shipments|"
    r"costs?|spending|capex|output|turnover|traffic|subscribers|bookings|EPS|earnings per share|net income|"
    r"operating income|EBITDA|dividends?|payouts?|prices?|rates?|yields?|fortunes?|wealth|net worth|Tmall|Taobao|"
    r"headcount|workforce|exports|imports|inflation|GDP|unemployment|salary|salaries|pay|compensation|bonus(?:es)?|"
    r"remuneration|downloads|installs|installations|apps?)\b",
    re.IGNORECASE,
)
# A name for a period's figure ("FY24 EPS", "Q3 EBITDA", "FY25/26 earnings"): an estimate moved, not a stock
FIGURE_NAME = re.compile(r"^FY[\d/'-]+\s|\b(?:EPS|EBITDA|EBIT)$")
