"""Money frames: investor lists introduced by a noun or a verb, "X-backed", investments and leads; the valuations of
the same sentences are valuations.py's. Acquisitions: acquisitions.py; bonds and convertibles: bonds.py."""

from __future__ import annotations

import itertools
import re

from graph.model import EntityKind, RelationType
from loaders.articles.clause_views import clause_views
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import GENERIC_BACKERS
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import (
    in_aside,
    listed_names,
    organisations,
)
from loaders.articles.patterns.investing_agents import SAID_THAT, alongside, investing_agents
from loaders.articles.patterns.investor_names import granting_body, named_investors
from loaders.articles.patterns.list_openers import (
    AMONG_INVESTORS,
    ARM_OF,
    CLOSED_ROUND,
    FROM_CLASS,
    FUND_RAISING,
    INVESTOR_LIST,
    LED_BY_BEFORE,
    MONEY_CONTEXT,
    RECEIVED,
    WITH_INVESTING,
)
from loaders.articles.patterns.money_owner import (
    BACKED_ADJECTIVE,
    ONGOING,
    SPEAKS,
    UNIT_OF,
    backed_company,
    invested_name,
    money_words_only,
    news_outlet,
    raiser_ref,
    round_company,
    unit_raised,
)
from loaders.articles.patterns.round_parties import FRONTED, LED, described_by, investee_of
from loaders.articles.patterns.valuations import valuations

_ORG, _PERSON = EntityKind.ORGANIZATION, EntityKind.PERSON


def apply(view: SentenceView) -> None:
    # "A secured $4m; investors include B", "A raised $9m. It will hire. Investors included B": A's, not the topic's
    raiser = carried = view.doc.recent_raiser
    for clause in clause_views(view):  # "A raised $30m from B, and C raised $12m from D": each clause's backers
        if clause.text.strip():
            investor_lists(clause, raiser)
            raiser = _clause_raiser(clause)
    view.doc.recent_raiser = raiser or (carried if _PRONOUN_SUBJECT.match(view.text) else None)
    backed_adjectives(view)
    investments(view)
    valuations(view)  # valuations.py


# "A invested $N in X", "A has invested in X", "A led X's round", "A led a $N round in X"
_INVESTED_IN = re.compile(
    r"\b(?:has |have |had |is |are )?(?:also |itself )?"
    r"(?:invested|invests|investing|poured|committed|pumped|plowed|ploughed|injected"
    r"|(?:put|puts|putting)(?=\s+(?:(?:another|an?|additional|further|in)\s+){0,2}(?:[$€£¥]|(?:US|HK|S)\$|\d)))\b"
    r"(?:[^;,.]|[.,](?=\d)){0,40}?\b(?:(?:in|into|to)\s+(?![$€£¥\d]|(?:US|HK|S)\$|(?:become|make|take|buy|help)\b)"
    # "put in $300m to become X's largest shareholder": X
    r"|to\s+become\s+(?=[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}['’]s?\s+(?:[a-z-]+\s+){0,2}(?:shareholder|investor)\b))"
)

# "A and B recently funded another Beijing-based AI startup, X", "A backed X in 2021": A invested in X
_FUNDED = re.compile(
    r"(?<!-)\b(?:funded|backed|bankrolled)\s+(?!(?:by|with|through|via|in|at|for)\b)(?:(?:another|an?|the)\s+)?"
    rf"(?!{UNIT_OF})"  # "backed the driving unit of X": a part of X the text does not name
    # "backed the proposal by X", "backed the move of X": what X did, not X
    r"(?:(?:[A-Z][\w-]*-based|(?!(?:by|of|for|from|to|with|on|at|proposal|proposals|bid|plan|plans|deal|offer|move|"
    r"merger|takeover|decision|effort|push|call|calls|candidate|candidates|nominee|nominees)\b)[a-z][\w-]*|AI|[A-Z]{2,4})\s+)"
    r"{0,4}(?:(?:start-?up|company|firm|venture|developer),?\s+)?"
    r"(?=[A-Z])"
)
# "poured $N into the company", "poured tens of millions of yuan in the pre-A round": the text's company
_ROUND_OR_COMPANY = re.compile(
    r"the (?:company|start-?up|firm|lab)\b|it\b|(?:the|its|this) (?:[\w$.-]+ ){0,3}?(?:round|financing)\b"
)

# "A agreed a $300m investment in X", "A made a strategic investment in X"
_MADE_INVESTMENT_IN = re.compile(
    r"\b(?:made|makes|agreed|completed|announced|closed|finali[sz]ed)\s+(?:an?|its|the)\s+(?:[\w$€£¥.,-]+\s+){0,4}?"
    r"investment\s+in\s+(?=[A-Z])"
)
_LED_ROUND_OF = re.compile(
    r"\b(?:led|co-led|(?:co-)?leading|heads|headed|heading)\s+"
    r"(?:(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s?\s+|(?:a|the|an)\s+)"
    r"(?:[\w$.,-]+\s+){0,6}?(?:(?:round|financing|funding|fundraising|investment)\b|Series [A-H]\d?\+?(?![\w+]))"
    r"(?:\s+(?:in|for|into|of)\s+(?=[A-Z]))?"  # "led a $30 million Series A in X"
)


# --- investors --------------------------------------------------------------------------------------------
def investor_lists(view: SentenceView, raiser: str | None = None) -> None:
    """ "investors include A and B", "joined existing backers A and B", "with participation from A, B and C",
    "A and B are among the investors": each named organisation invested in the round's company (that of the clause
    before, `raiser`, when this one names none)."""
    if ONGOING.search(view.text):
        return  # "X is raising a round from A and B": backers of a round not closed
    if not (MONEY_CONTEXT.search(view.text) or view.amounts) or FUND_RAISING.search(view.text):
        return  # "closed its third fund with commitments from limited partners including A": A backs a fund
    target = round_company(view, raiser)
    led = LED.search(view.text)
    if led is not None and target is not None and target == view.subject_ref(led.start()):
        # "A led the investment, with follow-up investments from B and C": the round's company, not A
        target = view.doc.last_round.get("company")
        target = None if target == view.subject_ref(led.start()) else target
    if target is None:
        return
    receiver = None  # "X got new capital from A as well as new investors B and C": X received from all of them
    for m in INVESTOR_LIST.finditer(view.text):
        arm = ARM_OF.match(view.text, m.end())  # "backers including the investment arm of X": X
        names = _investors(view, listed_names(view, arm.end() if arm else m.end(), owned_units=True))
        if names and _CLASS_AT_WORK.match(view.text, names[-1].end):
            continue  # "with firms like A leading rounds that ...": examples of a class at work, no one's backers
        verb = _receiving_verb(view, m)
        if verb is None and RECEIVED.match(m.group(0)):
            continue  # "raised $30m despite opposition from A", "with help from B": not money from them
        if verb is not None:
            if unit_raised(view, verb):
                continue  # "X's cloud unit raised $5m from A": a part of X the text does not name
            receiver = raiser_ref(view, verb)
        company = receiver or _whose_list(view, m.start())
        described = None if company is not None else described_by(view, m, target, names)
        if described == "":
            continue  # "Investors such as A have poured money into B", "The firm, backed by A, works with X": not X
        company = company or described or investee_of(view, target_outside(view, target, names))
        took = _money_taker(view, m.start(), names) if view.b.unnamed(company) else None
        company = view.resolve(took, _ORG) if took is not None else company  # "Y took $12m, ... from B": Y's
        # the lists of a sentence that names the company they backed, apart from those whose company is the context's
        frame = "raised_from" if verb is not None else "invested" if view.b.unnamed(company) else "listed"
        invested(view, names, company, m.start(), frame=frame)
        if names and company is not None:
            view.doc.last_round = {**view.doc.last_round, "company": company}
    for m in WITH_INVESTING.finditer(view.text):  # "..., with A and B investing"
        names = organisations(view, view.name_list(m.end()))
        # "Harlow held 60% of X. ... completed, with A investing $9m": X, the company the text's investor backs
        invested(view, names, investee_of(view, target_outside(view, target, names)), m.start(), frame="took_part")
    for m in AMONG_INVESTORS.finditer(view.text):
        start = clause_start(view.text, m.start())
        if _PRONOUN_SUBJECT.match(view.text, start):
            continue  # "It poured money into A's X, and was among the investors in Y": "it", not X, invested
        fronted = FRONTED.match(view.text, start)  # "Despite A's warning, B also took part": B
        start = fronted.end() if fronted is not None and fronted.end() <= m.start() else start
        names = [n for n in view.mentions if start <= n.start and n.end <= m.start()]
        names = organisations(view, [n for n in names if not in_aside(view.text, n, m.start())])
        invested(view, names, target_outside(view, target, names), start, frame="took_part")


_CLAUSE_RAISED = re.compile(r"\b(?:raised|secured|closed|completed|landed|bagged|received|garnered|netted)\b")


def _clause_raiser(view: SentenceView) -> str | None:
    """The company a clause says raised money with an amount ("A secured $4 million"), for the clause after it."""
    verb = _CLAUSE_RAISED.search(view.text)
    if verb is None or not view.amounts or unit_raised(view, verb.start()):
        return None
    return raiser_ref(view, verb.start())


# A clause whose subject is a pronoun: the names after it are what its verbs govern, not who took part
_PRONOUN_SUBJECT = re.compile(r"\W*(?:It|They|He|She|We|The (?:firm|company|fund|group|investor))(?:['’]s)?\b")
_WHOSE = re.compile(r"(?<=[\w.)]),\s+whose\s+(?:[a-z-]+\s+){0,2}$")


def _whose_list(view: SentenceView, start: int) -> str | None:
    """X in "X, whose backers include A, ...": the company the list belongs to, not the one the sentence goes on to
    say raised money."""
    whose = _WHOSE.search(view.text, 0, start)
    named = view.mention_before(whose.start(), limit=0) if whose is not None else None
    return view.resolve(named, _ORG) if named is not None and not view.is_person(named) else None


# "Y took a chunk of $12 million", "Y bagged $5m": the subject received the clause's money
_TOOK_MONEY = re.compile(
    r"\s+(?:(?:also|has|had|have|just|now|reportedly)\s+)*"
    r"(?:raised|raises|secured|secures|bagged|bags|got|gets|took|takes|received|receives|landed|lands|netted|nets"
    r"|garnered|grabbed|grabs|picked up|pulled in|scooped(?: up)?|snagged|raked in|mopped up)\s+[^,;]{0,40}?[$€£¥]"
)

_CLASS_AT_WORK = re.compile(
    r"\s+(?:leading|backing|pouring|writing|chasing|funding)\s+(?:[\w-]+\s+){0,3}?(?:rounds|deals|start-?ups|"
    r"companies|cheques|checks|bets)\b"
)


def _money_taker(view: SentenceView, start: int, names: list[Mention]) -> Mention | None:
    """The organisation opening the clause of an investor list with a verb of taking money ("Y took a chunk of $12m,
    led by A with participation from B"): the company whose round the list is of, not the context's."""
    subject = view.subject_mention(start, clause_start(view.text, start))
    if subject is None or subject.start in {n.start for n in names} or view.is_person(subject):
        return None
    return subject if _TOOK_MONEY.match(view.text, subject.end) else None


def _receiving_verb(view: SentenceView, m: re.Match[str]) -> int | None:
    """Where the verb receiving the list's money starts ("raised $N from A"; "raised $N from investors including A":
    the verb before the class), when only an amount, a date or a round's words stand between it and its "from"."""
    own = RECEIVED.match(m.group(0))
    if own is not None:
        stop = m.group(0).rfind(" from")
        return m.start() if stop < 0 or money_words_only(view, m.start() + own.end(), m.start() + stop) else None
    if not FROM_CLASS.match(m.group(0)):
        return None
    start = clause_start(view.text, m.start())
    before = [*RECEIVED.finditer(view.text, start, m.start()), *CLOSED_ROUND.finditer(view.text, start, m.start())]
    before.sort(key=lambda verb: verb.start())
    led = LED_BY_BEFORE.search(view.text, before[-1].end(), m.start()) if before else None
    stop = led.start() if led is not None else m.start()  # "closed a $5m round led by A, with participation from B"
    return before[-1].start() if before and money_words_only(view, before[-1].end(), stop) else None


def _investors(view: SentenceView, names: list[Mention]) -> list[Mention]:
    """Organisations, and people named as investors ("investors like Uber co-founder Travis Kalanick")."""
    companies = organisations(view, names)
    return [n for n in names if n in companies or looks_like_person(n.text)]


def target_outside(view: SentenceView, target: str, names: list[Mention]) -> str | None:
    """The round's company unless it is one of the listed investors (the text's topic moved to the first name of
    "A, B and C also took part"): then the last round's company, or nothing."""
    listed = {record.ref for n in names if (record := view.b.find(n.text)) is not None}
    if target not in listed:
        return target
    for fallback in (view.doc.last_round.get("company"), view.doc.previous_topic):
        if fallback is not None and fallback not in listed:
            return fallback
    return None


def backed_adjectives(view: SentenceView) -> None:
    """ "Alibaba-backed Zhipu", "Tencent- and Alibaba-backed X": the named backers invested in X."""
    for m in BACKED_ADJECTIVE.finditer(view.text):
        org_m = backed_company(view, m)  # "A-backed Chinese AI startup X": X
        if org_m is None:
            continue
        backer = Mention(m.group("name"), m.start("name"), m.end("name"))
        if looks_like_person(backer.text) or backer.text.lower() in GENERIC_BACKERS or granting_body(backer.text):
            continue  # "Government-backed X", "State-backed X": no one is named; "European Union-backed X": grants
        view.b.relate(
            RelationType.INVESTED_IN,
            view.resolve(backer, _ORG),
            view.resolve(org_m, _ORG),
            view.span(m.start(), org_m.end),
        )


def investments(view: SentenceView) -> None:
    """ "A invested $N in X", "A led X's Series B round", "A led a $N round in X"."""
    for m in _INVESTED_IN.finditer(view.text):
        if _GERUND_OBJECT.search(view.text, 0, m.start()) and m.group(0).lstrip().startswith("investing"):
            continue  # "a ban on Americans investing in X", "barred from investing in X": no investment made
        target_m = invested_name(view, m.end())
        pronoun = re.match(_ROUND_OR_COMPANY, view.text[m.end() :])
        if target_m is None and not pronoun:
            _invested_in_many(view, m)  # "A has invested in more than 30 startups, including X and Y"
            continue
        # "in Quillon Health": a name shaped like a person's is a company unless the text or its possessive says
        # otherwise ("in Ada Moss's new startup": a company not named)
        person = target_m is not None and (
            view.is_person(target_m) or (target_m.possessive and looks_like_person(target_m.text))
        )
        if (target_m is None or person) and not pronoun:
            continue
        participle = m.group(0).startswith("investing") and re.search(r",\s*$", view.text[: m.start()])
        if target_m is None and participle:
            continue  # "A worked with B, investing $13bn in the company": whose money and which company, unclear
        target = view.resolve(target_m, _ORG) if target_m is not None else view.doc.topic
        end = target_m.end if target_m is not None else m.end() + (pronoun.end() if pronoun else 0)
        investors = _investors(view, investing_agents(view, m.start()) + alongside(view, m.start()))
        if _RESPECTIVELY.search(view.text, m.end()):
            _respectively(view, investors, [target_m, *_more_invested(view, target_m)] if target_m else [], m.start())
            continue  # "A and B invested in X and Y respectively": A in X, B in Y
        invested(view, investors, target, m.start(), end=end, frame="invested_in")
        for other in _more_invested(view, target_m) if _EACH.search(view.text, m.start(), m.end()) else []:
            # "$5m each in A and B"
            invested(view, investors, view.resolve(other, _ORG), m.start(), end=other.end, frame="invested_in")
    for m in _FUNDED.finditer(view.text):
        target_m = invested_name(view, m.end())
        if target_m is None or looks_like_person(target_m.text) or view.is_person(target_m):
            continue
        if _WITH_AID.match(view.text, target_m.end):
            continue  # "A backed X with a $2 million grant": aid or a loan, no stake
        if target_m.possessive and not _ITS_ROUND.match(view.text, target_m.end):
            continue  # "A backed X's chief executive in the boardroom fight": someone of X, not X
        agents = organisations(view, investing_agents(view, m.start()))
        # "A backed X and Y": each of them
        more = [n for n in listed_names(view, target_m.end) if not SPEAKS.match(view.text, n.end)]
        # "A, which backed X, and B, which led Y's round": B opens a clause of its own, no company A backed
        more = list(itertools.takewhile(lambda n: not _OWN_RELATIVE.match(view.text, n.end), more))
        for funded in [target_m, *organisations(view, more)]:
            invested(view, agents, view.resolve(funded, _ORG), m.start(), end=funded.end, frame="backed")
    for m in _MADE_INVESTMENT_IN.finditer(view.text):
        target_m = invested_name(view, m.end())
        if target_m is not None and not view.is_person(target_m):
            agents = organisations(view, investing_agents(view, m.start()))
            invested(view, agents, view.resolve(target_m, _ORG), m.start(), end=target_m.end, frame="invested_in")
    for m in _LED_ROUND_OF.finditer(view.text):
        owner = invested_name(view, m.start("owner") if m.group("owner") else m.end())
        adjacent = view.mention_before(m.start(), limit=2)
        reported = adjacent is not None and SAID_THAT.search(view.text, 0, adjacent.start) is not None
        # "X said B led a round in Y": B, the subject of what X reports
        agents = organisations(view, [adjacent] if reported and adjacent else investing_agents(view, m.start()))
        if adjacent is not None and adjacent not in agents and not in_aside(view.text, adjacent, m.start()):
            agents = organisations(view, [adjacent])  # "A led X's round, and B led Y's": B, right before its verb
        if not agents or owner is None or looks_like_person(owner.text) or owner.start < m.start():
            continue
        for lead_m in agents:
            view.b.relate(
                RelationType.INVESTED_IN,
                view.resolve(lead_m, _ORG),
                view.resolve(owner, _ORG),
                view.span(lead_m.start, max(m.end(), owner.end)),
                properties={"lead": True},
            )


_WITH_AID = re.compile(
    r"['’]?s?\s+(?:\w+\s+){0,3}?(?:with|through|via)\s+(?:an?\s+|its\s+)?(?:[\w$€£¥.,-]+\s+){0,4}?"
    r"(?:grants?|subsid(?:y|ies)|loans?|credit|guarantees?|debt|awards?|prizes?)\b"
)
_OWN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
_ITS_ROUND = re.compile(r"['’]s?\s+(?:[\w$€£¥.,-]+\s+){0,4}?(?:round|financing|funding|fundraising|raise|Series)\b")


# A gerund a preposition or a ban governs: "a ban on Americans investing in", "barred from investing in"
_GERUND_OBJECT = re.compile(
    r"\b(?:on|from|of|about|against|without|ban|bans|banned|barring|barred|prohibit\w*|restrict\w*)\s+"
    r"(?:[A-Za-z][\w.&-]*\s+){0,2}$"
)
_EACH = re.compile(r"\beach\b")
_RESPECTIVELY = re.compile(r"\brespectively\b")
# "has invested in more than 30 AI startups, including X and Y": examples of the companies the investor backed
_MANY_INCLUDING = re.compile(
    r"(?:(?:more than|over|about|around|some|nearly|almost|at least|dozens of|hundreds of|scores of|\d+|[a-z]+ty"
    r"(?:-[a-z]+)?|several|many|numerous|other|[A-Z]{2,4}|[a-z-]+)\s+){0,4}"
    r"(?:start-?ups|companies|firms|businesses|ventures|developers|makers|labs)"
    r",?\s+(?:including|such as)\s+(?:the\s+)?(?=[A-Z])"
)
# "Investors such as A have poured money into ...": A is an example of a class, not one who invested in each
_CLASS_EXAMPLES = re.compile(
    r"\b(?:investors|backers|firms|funds|VCs|companies|groups|players)\s+(?:such as|like|including)\s+$", re.IGNORECASE
)


def _invested_in_many(view: SentenceView, m: re.Match[str]) -> None:
    """ "A has invested in more than 30 AI startups, including X and Y": A invested in X and in Y (one investor
    only: what several invested together is not each one's)."""
    many = _MANY_INCLUDING.match(view.text, m.end())
    agents = organisations(view, investing_agents(view, m.start())) if many else []
    if many is None or len(agents) != 1 or _CLASS_EXAMPLES.search(view.text, 0, agents[0].start):
        return  # "A, B and others have invested a combined $2bn in startups such as X": not each of them in X
    if re.search(r"\b(?:combined|together|collectively|jointly|others)\b", view.text[agents[0].end : many.end()]):
        return
    for named in organisations(view, [n for n in listed_names(view, many.end()) if not SPEAKS.match(view.text, n.end)]):
        if not named.possessive:
            invested(view, agents, view.resolve(named, _ORG), m.start(), end=named.end, frame="portfolio")


def _respectively(view: SentenceView, investors: list[Mention], targets: list[Mention], start: int) -> None:
    """Each investor with the company of the same place in the list after the verb, when both lists are as long."""
    if len(targets) < 2 or len(investors) != len(targets):
        return
    for investor, target in zip(investors, targets, strict=True):
        invested(view, [investor], view.resolve(target, _ORG), start, end=target.end, frame="invested_in")


def _more_invested(view: SentenceView, first: Mention | None) -> list[Mention]:
    """The names listed after the first one money went to ("invested $5 million each in A, B and C")."""
    if first is None:
        return []
    more = [n for n in listed_names(view, first.end) if not SPEAKS.match(view.text, n.end)]
    return [n for n in organisations(view, more) if not n.possessive]


_TITLE_INSIDE = re.compile(r"\s(?:MD|CEO|CFO|CTO|COO|Chairman|Chairwoman|Founder|Co-founder|President)\s")


def invested(
    view: SentenceView, names: list[Mention], target: str | None, start: int, end: int = 0, frame: str = "invested"
) -> None:
    """Each named investor invested in `target`, under the rule of the frame that read it (`deals.<frame>`): "raised
    $N from A" (raised_from), "A and B took part" (took_part), "A invested $N in X" (invested_in), "A backed X"
    (backed), "A has invested in 30 startups, including X" (portfolio), "Q, an investor in X" (investor_asides), and
    the investor lists introduced by a noun or a verb of joining: in a sentence naming the company (listed), or of
    a company taken from context (invested)."""
    rule = f"deals.{frame}.{RelationType.INVESTED_IN.value}"
    if target is not None and "brokerage" in view.b.record(target).categories:
        return  # a brokerage the text quotes on ratings is not the company raising money
    if target is not None and view.b.record(target).name.lower() in GENERIC_BACKERS:
        return  # "Sovereign fund A invested in the startup": a word opening the sentence, taken for its company
    if target is not None and news_outlet(view, target):
        return  # "after X had exclusively reported that A is investing": X reports the round, it raised nothing
    if target is not None and _TITLE_INSIDE.search(view.b.record(target).name):
        return  # "X India MD Ada Moss": a firm, a title and a person read as one name, no company
    for name in named_investors(view, names):
        investor = view.resolve(name, _ORG)
        span = view.span(min(start, name.start), max(end, name.end)).model_copy(update={"rule": rule})
        view.b.relate(RelationType.INVESTED_IN, investor, target, span)
