"""The raises that are no funding round: money from debt or a share sale, a fund's own money, a figure raised, a
running total (moved from funding.py, which reads the rounds)."""

from __future__ import annotations

import re

# Money raised through debt or a share sale is no funding round: "raised $1.7bn in a convertible bond", "secures $50m
# in debt financing", "raised HK$3bn after the sale of 52 million new shares", "raised HK$1.4bn in gross proceeds by
# selling shares".
RAISED_OTHERWISE = re.compile(
    r"\b(?:raised|raises|secured|secures|landed|lands|obtained|obtains)\b[^;]{0,60}?"
    r"\b(?:(?:in|through|via|from|with)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bonds?|notes|convertibles?|loans?|debt|debentures|offering|securities|perpetuals|sukuk|paper)"
    r"|(?:after|by|from) (?:the |a )?(?:sale of|selling)\b|\b(?:gross|net) proceeds\b)"
    # "its target was raised (from X) to NT$22", "has since raised it back to $313"
    r"|\braised (?:(?:its|their|the) )?(?:\w+ )?to\b|\braised (?:it|them) (?:back|again|further) to\b"
    r"|\braised from [^;]{0,30}?\bto\b|\braised (?:its|their|the) (?-i:PT|TP)\b"  # "raised its PT from $625"
    r"|\b(?:target price|price target|target|rating|forecast|estimate|guidance)\b[^;.]{0,40}?\braised\b"  # a figure
    # "raised $2bn for its second growth fund", "closed its third fund at $500m": a fund's own money, no round
    r"|\b(?:raised|raises|closed|closes)\b[^;]{0,60}?\b(?:for|of|in) (?:its|a|the|their) (?:[\w-]+ ){0,3}?funds?\b"
    r"|\b(?:closed|closes) (?:its|a|the|their) (?:[\w$€£¥.,-]+ ){0,4}?funds?\b"
    # "raised a new $500 million fund": a fund's own money
    r"|\b(?:raised|raises) (?:an?|its|the|their) (?:[\w$€£¥.-]+ ){0,4}?(?:funds?|vehicle)\b"
    # "grew out of a lab project funded by a $9m grant from A": A paid for the project, it bought no stake
    r"|\b(?:project|programme|program|study|research)s? (?:that was |which was |was )?(?:funded|financed) by\b",
    re.IGNORECASE,
)
# "It had raised over $170m in funding", "has raised $1bn to date": a running total, not one round ("has raised"
# alone is how news reports a new round).
# "X said it had raised ..." is the news's simple past put back a tense by the reporting verb, not a total.
TOTAL_RAISED = re.compile(
    r"(?<!\bsaid it )(?<!\bsays it )(?<!\bsaid that it )(?<!\bannounced it )(?<!\bannounced that it )"
    r"\bhad\s+raised\b|\b(?:to date|so far|in total|a total of|altogether|cumulative(?:ly)?)\b"
    r"|\btotal (?:funds|funding|capital|amount)\b"
    r"|\bsince (?:its |their )?(?:founding|inception|launch|creation|start)\b"  # "had raised $1bn since its founding"
    # "raised nearly $700m in just three months", "over the past two years": several rounds summed
    r"|\b(?:in (?:just |only )|over (?:the (?:past|last) )?)(?:two|three|four|five|six|several|\d+) "
    r"(?:months|weeks|years|quarters)\b",
    re.IGNORECASE,
)


# Money raised by listing or selling shares to the public: an IPO, a float, a rights issue, a follow-on offering
LISTING = re.compile(
    r"\b(?:listed|listings?|initial public offerings?|IPOs?|debuts?|offer size|share offerings?|priced at|cornerstone|"
    r"went public|flotations?|floats?|rights (?:issues?|offerings?)|public offerings?|per share|a share|"
    r"offer price)\b"
    r"|\bat (?:HK|US|S|NT)?\$\d+(?:\.\d+)?(?![\d.])(?!\s*(?:billion|million|bn|mn|m)\b)"  # priced per share: an IPO
)
