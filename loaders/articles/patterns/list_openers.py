"""The words that open an investor list in a sentence about money ("investors include", "with participation from",
"raised $N from"), and those that say the list is no round's backers (a fund's own raising)."""

from __future__ import annotations

import re

# Investor lists introduced by a noun or a verb of joining
INVESTOR_LIST = re.compile(
    r"\b(?:(?:other |existing |new |early |major |previous |notable |key |strategic )*(?:investors|backers|funders|"
    r"shareholders|participants|investors and partners)"
    # "investors poured money into companies like A": the names are examples of the companies, not of investors
    r"(?: (?:(?!(?:into|companies|start-?ups|firms|businesses|makers|players|ventures|unicorns)\b)[a-z]+"
    r"|[A-Z][\w.&-]*['’]s?)){0,8}? "
    r"(?:(?:include|included|includes)"
    r"(?: (?:[a-z-]+ ){0,3}(?:such as|like|including)| (?:repeat|existing|new|early) investors)?"
    r"|(?:are|were|such as|like)(?=\s+(?:the\s+)?(?-i:[A-Z])))|"
    r"(?:joined|joining|alongside|with) (?:other |existing |previous |early |returning )*(?:investors such as|"
    r"backers such as|VCs like|venture capital firms like|firms like|funds like|(?:investors?|backers?|shareholders)"
    r"(?:,? (?:including|such as|like))?)|"
    r"(?:with|and|saw|drew|had|includes?|included) (?:the )?(?:participation|contributions?) (?:from|of|by)"
    # "drew participation from several trade bodies – including A, B"
    r"(?: (?:an? (?:clutch|slew|host|number|group|range|string|raft|roster|bevy|handful) of )?(?:[a-z-]+ ){0,3}?"
    r"(?:investors|backers|groups|firms|companies|funds|players|names|institutions)\s*[,–—-]?\s*"
    r"(?:including|such as|like))?|"
    r"as well as (?:existing |new |other )?(?:investors?|backers?)|"
    r"\bled by [^;.]{1,80}? and (?:was )?joined by(?: (?:new|existing|other|returning))*"
    r"(?: (?:investors?|backers?)(?:,? (?:such as|including|like))?)?|"
    r"(?:with )?(?:big |major |large |further )?bets from(?: [a-z-]+){0,3}|"
    r"from (?:(?:venture(?: capital)?|VC) )?(?:investors|backers|firms|funds) (?:including|such as|like)|"
    r"(?:investors|backers|participants),? including|"
    r"(?:backed|supported|funded) by [^;.]{0,80}?,? including|"
    r"(?:commitments?|investments?|backing|funding|capital) from [^;.]{0,80}?,? (?:such as|including|like)|"
    r"with (?:significant |new |further )?investments? from|"  # "raised $675 million with investments from A, B"
    r"(?:investors|backers)\s*[—–:]\s*|"  # "from a multitude of well known investors— A, B, C"
    r"(?:raised|raises|secured|secures|received|receives|got|gets|attracted|landed|lands|bagged|bags|garnered|netted"
    r"|locked (?:down|in))"
    r"(?![^,;]{0,60}?\b(?:debt|loans?|credit|bonds?|notes|grants?|subsidies|deposits?|orders?|revenues?|sales|contracts?|"
    r"payments?|fees|royalties|damages|fines?|refunds?|settlements?|insurance|compensation)\b) [^,;]{0,60}? from"
    r"(?=\s+(?:the\s+)?(?:(?:(?:existing|new|early|other)\s+)?(?:backers?|investors?|shareholders?)\s+)?(?-i:[A-Z])))"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)

# A fund's own raising: its limited partners commit money to the fund, not to the firm managing it ("A raised a $400
# million fund, with commitments from pension funds including B", "A closed its third fund")
FUND_RAISING = re.compile(
    r"\b(?:limited partners|LPs)\b"
    r"|\b(?:raised|raises|closed|closes|launched|launches|completed|completes|secured|secures)\s+"
    r"(?:(?:a|an|its|their|the)\s+)?(?:(?!(?:from|by|in|for|with|led|of|to|at)\b)[\w$€£¥.,-]+\s+){0,5}?"
    r"(?:funds?|fund-of-funds|vehicles?)\b(?!\s+(?:from|led|by)\b)"
)
ARM_OF = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+)?(?:investment|venture(?: capital)?|VC)\s+(?:arms?|units?)\s+of\s+")
RECEIVED = re.compile(
    r"(?:raised|raises|secured|secures|received|receives|got|gets|attracted|landed|lands|bagged|bags|garnered|netted"
    r"|locked (?:down|in))\b",
    re.IGNORECASE,
)


# "A and B are among the investors in the round" / "A, B and C also took part"
AMONG_INVESTORS = re.compile(
    r"\b(?:are|were|is|was) (?:also )?among (?:the )?(?:[a-z-]+ ){0,2}?"
    r"(?:investors|backers|shareholders|participants)\b"
    r"|\b(?:also )?(?:took part|participated|joined the (?:round|funding|financing|deal))\b"
)

WITH_INVESTING = re.compile(
    # "..., with A and B investing"; not "worked with A, investing $5bn in it": the clause's subject invests
    r"\bwith\s+(?=(?:[A-Z][\w.&-]*\s*(?:,|and)?\s*){1,12}?(?<![,\s])\s(?:also\s+)?"
    r"(?:investing|participating|taking part)\b)"
)

MONEY_CONTEXT = re.compile(
    r"\b(?:round|raised|raises|funding|financing|investors?|backers?|invest\w*|stake|shareholders?|capital)\b",
    re.IGNORECASE,
)

# "raised $40m from investors including A", "closed a $5m round with participation from A": the list of those the
# verb before it took the round's money from
FROM_CLASS = re.compile(
    r"from (?:(?:venture(?: capital)?|VC) )?(?:investors|backers|firms|funds)\b"
    r"|with (?:the )?participation (?:from|of)",
    re.IGNORECASE,
)
CLOSED_ROUND = re.compile(r"\b(?:closed|closes|completed|completes|announced|announces|finali[sz]ed)\b", re.IGNORECASE)
# "a $5m round led by A, with participation from B": the round's lead named between the round and the list
LED_BY_BEFORE = re.compile(r"\s+(?:co-)?led\s+by\s+[^,;]{1,80}?,?\s*$")
