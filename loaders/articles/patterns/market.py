"""Market events: price moves, analyst actions, bond/convertible issues; user and headcount figures; contracts."""

from __future__ import annotations

import re

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind
from loaders.articles.builder import DraftBuilder
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.mentions import Mention, guess_kind
from loaders.articles.patterns.analysts import a_brokerage
from loaders.articles.patterns.move_business import a_business_figure, said_of_the_business
from loaders.articles.patterns.move_causes import caused_moves
from loaders.articles.patterns.move_checks import (
    NOT_A_SECURITY,
    WHICH_HEAD,
    a_code_fragment,
    a_role_named,
    another_instrument,
    closes_next,
    coordinated,
    move_date,
    not_a_stated_move,
    not_the_days_figure,
    not_the_stock,
    note_brokerage_topic,
    rated_before,
    relative_antecedent,
    sole_company_before,
    speaker_of_the_stock,
    without_exchange_code,
)
from loaders.articles.patterns.move_gaps import clauses_after_pairs, gapped_moves
from loaders.articles.patterns.move_lists import listed_moves
from loaders.articles.patterns.move_nouns import noun_moves
from loaders.articles.patterns.move_pairs import PAIRED, RESPECTIVELY, paired_moves
from loaders.articles.patterns.move_quotes import quoted_moves
from loaders.articles.patterns.move_subjects import (
    another_occasion,
    another_paragraphs_company,
    described_after_another,
    move_subject,
    previous_described_shares,
    without_venue,
)
from loaders.articles.patterns.move_words import (
    DOWN,
    FIGURE,
    MOVE,
    NEUTRAL,
    PLAIN_PRICE_VERBS,
    figure_value,
)
from loaders.drafts import EventDraft, Span

_ANALYST_OBJECT = re.compile(
    r"\s+(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}?(?:target|objective|rating|estimates?|forecasts?|outlook"
    r"|guidance|recommendation|stance|view|coverage)\b",
    re.IGNORECASE,
)
_EARLY_TRADE = re.compile(
    r"\s+(?:in early (?:trading|trade|deals)|intraday|at one point|in (?:the )?(?:morning|early|afternoon) "
    r"(?:trading|trade|session|deals)|earlier in the (?:day|session)|in the (?:morning|afternoon)|"
    r"at the open(?:ing)?)\b"
)
_INTRADAY = re.compile(r"\b(?:as much as|as high as|as low as|up to)\b", re.IGNORECASE)
_CLOSE = re.compile(
    r"\b(?:close|closed|end|ended|finish|finished|settle|settled|closing|ending|finishing|settling)\b"
    # "rose as much as 6%, before giving up all of its gains": an extreme the stock made back, not its move
    r"|\b(?:g[ai]ve up|giving up|erased?|erasing|wiped out|wiping out)\s+(?:all\s+(?:of\s+)?)?"
    r"(?:its\s+|their\s+|the\s+)?(?:early\s+|earlier\s+|initial\s+)?(?:gains?|losses|advance|rally|rise|drop|decline|fall)\b"
    r"|\b(?:turn(?:ed|ing)|swung|swinging)\s+(?:negative|positive|lower|higher)\b|\brevers(?:ed|ing)\s+course\b"
    # "slumped as much as 8% before recovering most of the losses": a fall made back, no close told
    r"|\b(?:recover(?:ed|ing)?|recoup(?:ed|ing)?|rebound(?:ed|ing)?|bounc(?:ed|ing) back)\b",
    re.IGNORECASE,
)
# "dropped 5% but later pared losses to trade down 1%": the figure the stock came back from, the later one its move
_LATER_FIGURE = re.compile(
    r"[^.;]{0,40}?\b(?:later|pared|paring|trimmed|trimming|recover(?:ed|ing)|rebound(?:ed|ing)|bounc(?:ed|ing) back|"
    r"recoup(?:ed|ing))\b[^.;]{0,40}?\bto\s+"
    r"(?:close|end|finish|settle|trade)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"a fifth": 20.0, "a quarter": 25.0, "a third": 33.3, "half": 50.0, "a tenth": 10.0}
_DOWN_WORDS = set(DOWN.split("|"))
_NEUTRAL_WORDS = set(NEUTRAL.split("|"))
_PERIOD = re.compile(
    r"^[^.;]{0,20}?\b(since the start of (?:the|this) (?:month|year|week)|over (?:the past )?(?:three|two|four|five|\d+) (?:sessions|days|weeks)|this (?:week|month|year)|from its recent peak|year to date)"  # noqa: E501
)


def apply(view: SentenceView) -> None:
    view.doc.movers.setdefault(view.sentence.start, [])  # the sentence is known to have come, moves or none
    note_brokerage_topic(view)
    if not view.text.rstrip(" \"”'’*").endswith("?"):  # "Why are X shares up 7% today?": a question asks, states none
        _moves(view)


# "Dow lost 1.6%, and the Nasdaq lost 1.8%", "A sank 33.5% and B shed 7%": a new subject after a figure's
# "and" moves on its own figure
_NEXT_SUBJECT = re.compile(
    r",\s+and\s+(?=the\s|its\s|[A-Z])|(?<=%)\s+and\s+(?=[A-Z])"
    r"|\s(?:and|while)\s+(?=the\s+(?:[a-z-]+\s+){0,3}(?:index|gauge|shares|stock)\b)"  # "and the tech index was"
)


def _clause_start(text: str, pos: int) -> int:
    cuts = [m.end() for m in _NEXT_SUBJECT.finditer(text, 0, pos)]
    return max([clause_start(text, pos), *cuts])


_UP_DOWN = re.compile(
    r"^\.?(?:\s*\([^()]{1,12}\))?(?:(?:['’]s?)?\s+(?:[A-Z][\w-]*\s+){0,2}(?:shares|stock))?,?\s+"
    r"(?:(?:was|were|is|are|closed|ended|trading|traded|remains|remained|stays|stayed)\s+)?(?:\w+ly\s+)?"
    r"(?P<dir>up|down|off)\s+(?:by\s+)?"  # "X, off 7.7%", "X was off 7.3% at $1.82"
    rf"(?P<qual>more than |over |about |around |roughly |nearly |almost |as much as )?(?P<pct>{FIGURE})"
    r"\s?(?:%|per ?cent\b|percent\b|pct\b)"
)


_MORE_FIGURES = re.compile(r"(?:,\s*|,?\s+and\s+)(?:up\s+|down\s+)?-?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)")
_VENUE_BEFORE = re.compile(r"\b(?:on|in|at|from|to|of)\s+(?:the\s+)?$", re.IGNORECASE)
_SHARES_OF_BEFORE = re.compile(r"\b(?:shares|stock) of\s+$", re.IGNORECASE)
_STOCK_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[A-Z][\w-]*\s+)?(?:shares|stock|ADRs)\b")


def _up_down(view: SentenceView) -> None:
    """ "Meituan, up 3.2%, ..." / "with Kuaishou down 4%": a figure right after the name. After a venue ("X shares
    closed at Rs 256 on the NSE, down 3%") the figure is the stock's named before it."""
    for named in view.mentions:
        found = _UP_DOWN.match(view.text[named.end :])
        if found is None or view.is_person(named) or guess_kind(named.text) == EntityKind.PLACE:
            continue
        if another_instrument(view.text, named):
            continue  # "X-R, up 0.9%": a second counter
        if _MORE_FIGURES.match(view.text, named.end + found.end()):
            continue  # "A and B down 7.2% and 4.8%, respectively": figures paired with a list, read apart
        head = view.text[: named.start]
        venue = _VENUE_BEFORE.search(head) and not _SHARES_OF_BEFORE.search(head)
        mention = without_exchange_code(_stock_named_before(view, named.start) if venue else named)
        mention = without_venue(view.text, mention)
        if mention is None:
            continue
        end = named.end + found.end()
        if said_of_the_business(view.text, mention.start, end):
            continue  # "X, up 12% year on year, reported revenue of $3bn": a result, not the stock
        subject = view.resolve(mention, EntityKind.ORGANIZATION)
        if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
            continue
        if _INTRADAY.search(found.group("qual") or "") and _CLOSE.search(view.text):
            continue
        down = found.group("dir") in ("down", "off")
        pct = figure_value(found.group("pct"))
        signed = -pct if down else pct
        date = move_date(view, end)
        qualifier = (found.group("qual") or "").strip().lower() or None
        _price_move(view, subject, date, signed, down, {"qualifier": qualifier}, view.span(mention.start, end))


def _stock_named_before(view: SentenceView, position: int) -> Mention | None:
    """The name said with its shares ("X shares", "X's stock") last before `position` in the sentence."""
    for cand in reversed(view.mentions):
        if cand.end <= position and _STOCK_AFTER.match(view.text, cand.end):
            return cand
    return None


def _price_move(
    view: SentenceView,
    subject: str,
    date: PartialDate | None,
    signed: float | None,
    down: bool,
    props: dict[str, str | None],
    span: Span,
) -> None:
    if price_move(view.b, subject, date, signed, down, props, span):
        view.doc.movers.setdefault(view.sentence.start, []).append(subject)


def price_move(
    builder: DraftBuilder,
    subject: str,
    date: PartialDate | None,
    signed: float | None,
    down: bool,
    props: dict[str, str | None],
    span: Span,
) -> bool:
    """One PRICE_MOVE: the same subject, date, figure and period are one move, however often reported; False when
    the subject has no share price. The rule's name is this function's (`market.price_move`) unless the span names one.

    A figure said with a qualifier ("fell more than 5%") keeps it in the summary and the properties."""
    name = builder.record(subject).name
    if NOT_A_SECURITY.search(name) or not re.search(r"[^\W\d_]", name) or a_code_fragment(name):
        return False  # a currency pair, a future or a public body: no share price; "200" of "S&P/ASX 200": no name
    period = props.get("period")
    if signed is None and span.rule is None:  # "shares rose" with no figure: a reading calibration weighs apart
        span = span.model_copy(update={"rule": "market.direction_only.PRICE_MOVE"})
    qualifier = f" {props['qualifier']}" if props.get("qualifier") else ""
    summary = f"{'down' if down else 'up'}{f'{qualifier} {abs(signed):g}%' if signed is not None else ''}"
    builder.event(
        EventDraft(
            kind=EventKind.PRICE_MOVE,
            subject=subject,
            date=date,
            summary=summary,
            pct_change=signed,
            direction="down" if down else "up",
            properties={k: v for k, v in props.items() if v is not None},
            qualifier=f"{signed}:{period}",
            span=span,
        ),
        (EventKind.PRICE_MOVE, subject, str(date), signed, period),
    )
    return True


_OWNS_AN_INDEX = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:index|gauge|benchmark)\b", re.IGNORECASE)


def _moves(view: SentenceView) -> None:
    text = view.text
    lowered = text.lower()  # both readings need their words: most sentences have neither
    respectively = RESPECTIVELY.search(text) if "respectively" in lowered else None
    pattern = RESPECTIVELY if respectively else PAIRED
    respectively = respectively or (PAIRED.search(text) if "%" in text or "cent" in lowered else None)
    if respectively:
        paired_moves(view, pattern, _price_move, _clause_start)
        _up_down(view)  # "..., respectively, and C (XX) down 3.5%": a name with its own figure
        # the single-name readings would pair its figures wrongly; the clauses before it have their own
        # ("A jumped 11% while B plunged 7%; C and D fell 3% and 2% respectively")
        end = max(text.rfind(";", 0, respectively.start()), _clause_start(text, respectively.start()))
        after = clauses_after_pairs(text, respectively)  # "..., respectively, C fell 5%", "..., while C fell 5%"
    else:
        _up_down(view)
        noun_moves(view, _price_move, _clause_start)
        caused_moves(view, _price_move)
        gapped_moves(view, _price_move)
        listed_moves(view, _price_move)
        quoted_moves(view, _price_move, _previous_mover(view) or view.doc.topic)
        # "A and B rose 3% and fell 2%, respectively": figures paired in a way no reading follows
        end = 0 if re.search(r"(?:%|\bper ?cent|\bpercent),?\s+respectively\b", text) else len(text)
        after = []
    ranges = [(0, max(end, 0))] + ([(after[-1], len(text))] if after else [])
    for m in (found for lo, hi in ranges for found in MOVE.finditer(text, lo, hi)):
        if _ANALYST_OBJECT.match(text, m.end("verb")):
            continue  # "HSBC dropped their price objective on X": a transitive verb of an analyst, no move
        start = max(_clause_start(text, m.start()), after[-1] if after and m.start() >= after[-1] else 0)
        which = WHICH_HEAD.search(text, start, m.start())
        if which is not None:  # "outperforming B, which lost 2%": the relative clause's antecedent moved
            subject_m = relative_antecedent(view, which.start())
            for antecedent in _antecedents(view, subject_m, which) if subject_m is not None else []:
                _state_move(view, m, antecedent)
            continue
        if not_the_days_figure(text, m, start) or a_business_figure(text, m, start):
            continue  # "X, whose bonds have fallen 15%", "technology that slumped 2%": another thing's figure
        subject_m = without_venue(text, without_exchange_code(move_subject(view, m, start)))
        # "X surged 361%, before closing up 198.7%", "It fell, before rallying to end the day up 3%": the sentence's
        later = m.group("verb").split()[0].lower().endswith("ing") or text[: m.start()].endswith(" to ")
        with_named = _WITH_NAMED.search(text, 0, m.start()) if later else None
        if with_named is not None:  # "the index rose 3%, with X leading gains, jumping 12%": X jumped
            subject_m = view.mention_at(with_named.start("n"))
        if subject_m is None and later:
            subject_m = move_subject(view, m, 0)
        subject_m = None if _fronted_name(view, subject_m) else subject_m
        head_pronoun = _PRONOUN_HEAD.search(text[start : m.start()])
        if subject_m is None and a_role_named(text, start, head_pronoun):
            continue  # "the acquirer's stock fell 4%", "Its biggest customer saw its shares fall": another party
        if subject_m is None and another_occasion(view, start, m.start()):
            continue  # "after Y's listing, when its shares soared": Y's shares, not the text's company
        pronoun = (
            head_pronoun
            or (later and m.group("pct") and _opens_with_the_stock(view))
            or (m.group("pct") and _DESCRIBED_OPENING.match(text))
        )
        if subject_m is None and not pronoun:
            continue
        each_after = re.match(r",?\s+(?:each|apiece)\b", text[m.end() :]) is not None and m.group("pct") is not None
        for named in coordinated(view, subject_m, m.start(), each_after) if subject_m is not None else [None]:
            if named is None or not not_the_stock(view, m, named):
                _state_move(view, m, named)


# "with X leading gains, jumping 12%", "with X contributing most of the gain after rising 2.5%": X moved
_WITH_NAMED = re.compile(r"\bwith\s+(?:the\s+)?(?P<n>[A-Z])[^,;]{0,60}?(?:,\s*|\s+(?:after|before|while|by|on)\s+)$")
# "Shares of the Shanghai-based company, which ..., tumbled 19 per cent": the company the text is about
_DESCRIBED_OPENING = re.compile(
    r"(?:The )?[Ss]hares (?:of|in) the (?:[\w-]+ ){0,3}(?:company|firm|group|start-?up|maker|carmaker|chipmaker|"
    r"developer|giant|operator|lender|platform|retailer),"
)
_PRONOUN_OPENING = re.compile(  # "The Dorrance-based firm's shares leapt 41% ... to close up 33%"
    r"(?:It|The (?:stock|shares|counter|scrip)|Its (?:[A-Z][\w-]* )?(?:shares|stock)"
    r"|The (?:[\w-]+ ){0,3}(?:company|firm|group|maker|carmaker|chipmaker|start-?up|developer)['’]s "
    r"(?:shares|stock|share price|stock price))\s"
)
# a fronted cause or occasion naming no one: "Following a broker's note, the firm's shares went on to close up 2%"
_FRONTED = re.compile(
    r"(?:On the back of|After|Following|Despite|Amid|Thanks to|(?:Buoyed|Boosted|Helped|Hit|Dragged) by)\b"
    r"[^,;]{0,100},\s+"
)


def _fronted_name(view: SentenceView, named: Mention | None) -> bool:
    """Whether a name sits in a fronted phrase before "the company's shares" ("After a Velmont note, the company's
    shares went on to close 1% higher": the company's, not Velmont's)."""
    fronted = _FRONTED.match(view.text)
    if named is None or fronted is None or named.start >= fronted.end():
        return False
    rest = view.text[fronted.end() :]
    return not rest.lower().startswith("it") and _PRONOUN_OPENING.match(rest[:1].upper() + rest[1:]) is not None


def _opens_with_the_stock(view: SentenceView) -> bool:
    """Whether the sentence opens with the stock described, after a fronted phrase that names no one."""
    fronted = _FRONTED.match(view.text)
    if fronted is None or view.mentions_in(0, fronted.end()):
        return _PRONOUN_OPENING.match(view.text) is not None
    rest = view.text[fronted.end() :]
    return _PRONOUN_OPENING.match(rest[:1].upper() + rest[1:]) is not None


_ITS_SHARES = re.compile(r"Its (?:[A-Z][\w-]* )?(?:shares|stock|ADRs)\b")
# ("the IT sector fell 3%": an acronym, no pronoun)
_PRONOUN_HEAD = re.compile(
    r"(?:^|\b)(?:the stock|its (?:[A-Z][\w-]* ){0,2}(?:shares|stock|ADRs|share price|stock price)|the shares|"
    r"^shares|^they|(?-i:[Ii]t)|the (?:counter|scrip)"
    r"|the (?:(?:[a-z-]+|[A-Z][\w-]*-based) ){0,4}?(?:maker|company|firm|group|start-?up|carmaker|chipmaker|"
    r"automaker|developer|giant|designer|operator|lender|platform|retailer)"
    r"(?:['’]s (?:[A-Z][\w-]* )?(?:shares|stock|ADRs|share price|stock price))?"
    # "the airline's shares": any kind of company named by its trade, not a market, sector or place
    r"|(?-i:[Tt]he (?:(?!of )[a-z-]+ ){0,3}(?!(?:market|sector|industry|index|benchmark|country|nation|region|city|"
    r"state|government|exchange|bourse|world|latter|former)['’])[a-z]+['’]s (?:[A-Z][\w-]* )?(?:shares|stock|ADRs)))\s+"
    r"(?:has\s+)?(?:now\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)

_A_RANK = re.compile(
    r"\s*(?:from\s+(?:No\.\s?)?\w+(?:st|nd|rd|th)\s+)?to\s+(?:No\.\s?\d+|\d+(?:st|nd|rd|th)\b|(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
)
_A_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)")


def _state_move(view: SentenceView, m: re.Match[str], subject_m: Mention | None) -> None:
    """The move the verb at `m` states for `subject_m` (the text's company when None), unless the figure is not
    the stock's: a business figure, a session's extreme, a figure cut off."""
    text = view.text
    if subject_m is not None and subject_m.possessive and _OWNS_AN_INDEX.match(text, subject_m.end):
        # "Japan's Nikkei index closed lower": the index named; "MSCI's Asia ex-Japan stock index": no one name
        subject_m = view.mention_after(subject_m.end + 2, limit=2)
        if subject_m is None or not re.match(r"\s+(?:index|gauge)\b", text[subject_m.end :], re.IGNORECASE):
            return
    pct_given = m.group("pct") or m.group("frac")
    if not_a_stated_move(text, m, subject_m, bool(pct_given)) or _A_RANGE_TO.match(text, m.end()):
        return  # "A, B and C were among the losers, falling 4% to 7%": a range for a list, no one figure
    if not pct_given and _A_RANK.match(text, m.end()):
        return  # "slid from eighth to 386th on the list of the richest": a rank, no price
    plain_verb = m.group("verb").lower() in PLAIN_PRICE_VERBS
    if not pct_given and not plain_verb and not re.search(r"\b(?:shares?|stocks?|index|gauge)\b", text, re.IGNORECASE):
        return
    # "Leapmotor climbed", "Leapmotor's shares sharply climbed", "Leapmotor bucked the trend and climbed"
    if (
        not pct_given
        and subject_m is not None
        and not re.fullmatch(
            r"(?:['’]s?)?\s+(?:shares\s+)?(?:\w+ly\s+)?|\s+(?:[a-z]+\s+){1,4}and\s+", text[subject_m.end : m.start()]
        )
    ):
        return
    # "X raised ... in 2020. Its shares skyrocketed ...": the company the previous sentence opened with; "X fell 2.6%.
    # The stock had surged 18% in the previous sessions": the one stock the previous sentence moved
    owner = view.doc.last_subject if _ITS_SHARES.match(view.text) else None
    if subject_m is None and (_ITS_SHARES.match(view.text) or re.match(r"The (?:stock|shares)\b", view.text)):
        owner = _previous_mover(view) or owner
        if owner is None and previous_described_shares(view):
            return  # "... sent shares in the German lender lower. The shares fell 4.8%": the lender's, unnamed
    elif subject_m is None and not _DESCRIBED_OPENING.match(text):
        # "B upgraded X to buy, and the stock rose 5%": the stock rated; "X's revenue grew 20%, while the shares fell
        # 4%": the one company named before
        owner = rated_before(view, m.start()) or sole_company_before(view, m.start())
    subject = view.resolve(subject_m, EntityKind.ORGANIZATION) if subject_m else (owner or view.doc.topic)
    if subject is None or view.b.record(subject).kind != EntityKind.ORGANIZATION:
        return
    if subject_m is None and (a_brokerage(view.b.record(subject)) or speaker_of_the_stock(view, m.start(), subject)):
        return  # "the stock" is never the brokerage's, a data provider's or that of the one who speaks of it
    if (
        subject_m is None
        and owner is None
        and (another_paragraphs_company(view, subject) or described_after_another(view, m.start(), subject))
    ):
        return  # "Y announced its specifications. Shares closed 1% higher": Y's shares, whatever the text's topic
    extreme = (
        _INTRADAY.search(f"{m.group('gap')} {m.group('qual') or ''}")
        or _EARLY_TRADE.match(text, m.end())
        or re.search(r"\b(?:earlier|briefly|at one point|initially)\s+$", text[: m.start()])  # "and earlier dropped 2%"
    )
    if _LATER_FIGURE.match(text, m.end()) or (extreme and (_CLOSE.search(text) or closes_next(view))):
        return  # "closed 0.3% lower, after jumping as much as 0.8%": the session's extreme, not its move
    if extreme and not pct_given:
        return  # "rose as high as $104.89": an extreme with no figure of its own
    neutral = m.group("verb").lower() in _NEUTRAL_WORDS
    turn = m.group("hl") or m.group("pre") or m.group("pre2")  # "closed 2% lower", "closed at $3.11, down 0.96%"
    if neutral and not (turn and m.group("pct")):
        return
    down = turn.lower() in ("lower", "below", "down", "off") if neutral else m.group("verb").lower() in _DOWN_WORDS
    pct = figure_value(m.group("pct")) if m.group("pct") else _FRACTIONS.get((m.group("frac") or "").lower())
    if pct is None and re.match(r"\s+\d", text[m.end() :]):
        return  # a figure cut off mid-number: not a move of its own
    signed = (-pct if down else pct) if pct is not None else None
    period = _PERIOD.match(text[m.end() :])
    date = move_date(view, m.end())
    qualifier = (m.group("qual") or (extreme.group(0).strip() if extreme else "")).lower() or None
    props = {"qualifier": qualifier, "period": period.group(1) if period else None}
    if m.group("frac"):
        props["as_text"] = m.group("frac")
    index = view.b.record(subject)
    if subject_m is not None and re.match(r"\s+index\b", text[subject_m.end :]):
        index.add_alias(f"{subject_m.text} index")
    if re.search(r"\b(?:index|gauge)\b", index.name, re.IGNORECASE):
        index.categories.add("index")
        index.add_alias(re.sub(r"\s+(?:index|gauge)$", "", index.name, flags=re.IGNORECASE))  # "Shanghai Composite"
    span = view.span(subject_m.start if subject_m else m.start(), m.end())
    _price_move(view, subject, date, signed, down, props, span)


def _antecedents(view: SentenceView, named: Mention, which: re.Match[str]) -> list[Mention]:
    """ "falls at A and B, which both tumbled 8%": every name of the list the relative clause closes; else the one."""
    if not re.search(r"\b(?:both|each|all)\b", which.group(0)):
        return [named]
    for first in (n for n in view.mentions if n.end <= named.start):
        listed = view.name_list(first.start, which.start())
        if len(listed) > 1 and listed[-1] == named:
            return listed
    return [named]


def _previous_mover(view: SentenceView) -> str | None:
    """The one stock the sentence before this one moved, if it moved one."""
    before = [start for start in view.doc.movers if start < view.sentence.start]
    movers = set(view.doc.movers[max(before)]) if before else set()
    return movers.pop() if len(movers) == 1 else None
