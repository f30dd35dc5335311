"""Who competes in a rivalry sentence: the owner of the noun ("X's rivals"), the clause's subject (past asides, not a
broker in an analyst's sentence, not a person or a product), or the company the text is about (rivals.py states)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import DESCRIPTIVE_WORD, NATIONALITY_WORDS, PERSON_NOUNS, PRODUCT_NOUN
from loaders.articles.mentions import Mention, looks_like_person
from loaders.articles.patterns.clauses import in_aside, may_name_firm, reported_subject

_ORG = EntityKind.ORGANIZATION

_PERSON_BEFORE = re.compile(rf"\b{PERSON_NOUNS}s?\s+$", re.IGNORECASE)
# "X analyst A", "X's chief economist": the name only says whose person follows
STAFF_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:analysts?|economists?|strategists?|spokes(?:man|woman|person))\b"
)
# "A and B, cofounders of X, ...": people described by their post, whatever the text typed them as
_POSTED = r"(?:co-?founders?|founders?|chief executives?|CEOs?|chair(?:man|woman)|presidents?|managing directors?)"
_PERSON_AFTER = re.compile(
    rf",\s+who\b|[^.;]{{0,80}}\b(?:his|her)\b|{STAFF_AFTER.pattern}"
    rf"|(?:\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})?,\s+(?:the\s+)?(?:[a-z-]+\s+)?{_POSTED}\s+(?:of|at)\b"
)
# A sentence that reports an analyst's call: its subject is the broker, not a competitor; the company rated is
_ANALYST = re.compile(
    r"\b(?:rating|price target|target price|downgrade[sd]?|upgrade[sd]?|brokerage|target\s+(?:on|for)|top pick|"
    r"prefer(?:s|red|ring)?)\b"  # "raised its target on X", "named X its top pick", "prefers X to rivals A and B"
)
_RATED = re.compile(
    r"\b(?:(?:rating|target|target price|stance|view)\s+(?:on|for)\s+(?:the\s+)?|(?:downgraded|upgraded)\s+"
    r"|prefer(?:s|red|ring)?\s+|named\s+(?=[A-Z][^.;]{0,40}\btop pick))(?=[A-Z])"
)

_OWNER_GAP = re.compile(rf"['’]s?\s+(?:{DESCRIPTIVE_WORD}\s+){{0,3}}")  # "X's rivals", "X's Swedish rival"


def competitor(view: SentenceView, noun: int) -> str | None:
    """Who competes: "X's rivals" is X; else the clause's subject (not a broker in an analyst's sentence), else the
    company the text is about."""
    owner = view.mention_before(noun, limit=30)
    if owner is not None and owner.text.lower() in NATIONALITY_WORDS:
        owner = view.mention_before(owner.start, limit=30)  # "X's Swedish rival Y": the nationality describes Y
    gap = view.text[owner.end : noun] if owner is not None and owner.possessive else ""
    if owner is not None and _OWNER_GAP.fullmatch(gap) and not view.is_person(owner):
        return view.resolve(owner, _ORG)
    if _CLASS_SUBJECT.search(view.text, max(0, noun - 80), noun):
        return None  # "a push by smaller firms to compete with A": a class of firms competes, no one firm
    if any(m.start() <= noun < m.end() for m in _JOINED.finditer(view.text, max(0, noun - 40), noun + 40)):
        # "A and B, presidents at X, quit and joined rivals Y and Z": people move to a rival of the firm they left;
        # only a company joins its own rivals ("Velmont joined rivals Y in cutting prices")
        subject = clause_subject(view, noun)
        return view.resolve(subject, _ORG) if subject is not None and _known_firm(view, subject) else None
    if _backs_rival(view, noun):
        # "X's shareholders A and B also back rival Y", "A, whose portfolio includes rival Y": A only invests in Y;
        # Y is a rival of the company the text is about (never of the investor)
        backer = clause_subject(view, noun)
        topic = view.doc.topic
        return topic if backer is None or view.resolve(backer, _ORG) != topic else None
    whose = _WHOSE.search(view.text, 0, noun)
    named = view.mention_before(whose.start() + 1, limit=1) if whose is not None else None
    if named is not None and named_org(view, named):  # "X owns a stake in Y, whose competitors include A": Y's
        return view.resolve(named, _ORG)
    opening = view.text[:noun] if _OPENING_ITS.match(view.text[:noun]) else None
    if opening is not None or (not view.text[:noun].strip(' "“') and _ITS_AT.match(view.text, noun)):
        return view.doc.last_subject  # "Its rival Y reported a loss": the company the previous sentence opened with
    analyst = _ANALYST.search(view.text)
    if analyst is not None:  # "X cut its rating on Y, citing competition from A": Y's; "A rose while rival B fell,
        # and C upgraded D": the company rated after the rival is none of its
        rated = _RATED.search(view.text, 0, noun) if analyst.start() < noun else None
        return view.resolve(view.mention_at(rated.end()), _ORG) if rated is not None else None
    antecedent = _its_antecedent(view, noun)
    if antecedent is not None:  # "prompting Tencent and its main competitors, including A": Tencent's
        return view.resolve(antecedent, _ORG)
    said, subject = reported_subject(view, clause_start(view.text, noun), noun)  # "A said X faces competition"
    subject = subject if said else clause_subject(view, noun) or _verb_subject(view, noun)
    if subject is not None and only_invests(view, subject, noun):
        return None
    if subject is not None:
        return view.resolve(subject, _ORG) if named_org(view, subject) else None
    start = clause_start(view.text, noun)
    if _THE_COMPANY.match(view.text, start) or not view.mentions_in(start, noun):
        return view.subject_ref(noun) or view.doc.topic  # "The business ..., competing with A"
    return None  # the clause names only people, asides or modifiers before the noun: its subject is none of them


# a class of companies as the verb's subject: "Chinese companies (trying) to compete with", "startups that compete"
_CLASS_SUBJECT = re.compile(
    r"\b(?:[A-Z][a-z]+|[a-z-]+)\s+(?:companies|firms|start-?ups|players|makers|brands|developers|"
    r"manufacturers)\s+(?:(?:to|that|which|who|also|still|now|often|can|could|may|might|will|would|try|tried|trying|"
    r"seek|seeking|struggle|struggling|hope|hoping|must)\s+)*$"
)
# a move to a rival ("joined rivals Y", "defected to rival Y"): said of people as often as of companies
_JOINED = re.compile(
    r"\b(?:join(?:s|ed|ing)?|(?:mov(?:es|ed|ing)|defect(?:s|ed|ing)|jump(?:s|ed|ing)\s+ship)\s+to|"
    r"(?:left|leaves|leaving)\s+for|(?:poached|hired|recruited)\s+by)\s+(?:(?:its|their|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?:rivals?|competitors?|peers?)\b"
)


def only_invests(view: SentenceView, subject: Mention, noun: int) -> bool:
    """ "A has committed to investing in B, boosting its efforts to take on Y": the clause's subject only invests in
    the company that competes."""
    aside = _ASIDE_AFTER.match(view.text, subject.end)  # "A, the venture firm, has committed to investing in B"
    invests = _INVESTS_AFTER.match(view.text, aside.end() if aside is not None else subject.end)
    return invests is not None and invests.end() <= noun


def _known_firm(view: SentenceView, m: Mention) -> bool:
    """A name the graph knows as a company, or one not shaped like a person's that the text does not call one."""
    known = view.b.gazetteer.lookup(m.text)
    if known is not None:
        return known[1] == _ORG
    return not looks_like_person(m.text) and not view.is_person(m)


_ASIDE_AFTER = re.compile(r",[^,;()]{1,80},")
# the verb right after a clause's subject makes it an investor ("A invested in B", "A has committed to backing B")
_INVESTS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,4}?(?:invest(?:s|ed|ing)?\s+in|back(?:s|ed|ing)|fund(?:s|ed|ing)|led\s+(?:a|the|its))\b"
)
_WHOSE = re.compile(r"\s*,\s+whose\s+(?:[a-z-]+\s+){0,2}$")
# a verb of investing before the rival noun: its subject holds part of the rival, it does not compete with it
_BACKS_RIVAL = re.compile(
    r"\b(?:backs?|backed|backing|funds|funded|invest(?:s|ed|ing)?\s+in|(?:stakes?|shares|holdings?)\s+in|"
    r"investors?\s+in|shareholders?\s+(?:in|of)|portfolio\s+(?:also\s+)?(?:includes?|included|including))\s+"
    r"(?:(?:also|both|the|its|their|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:rivals?|competitors?|peers|challengers)\b"
)


def _backs_rival(view: SentenceView, noun: int) -> bool:
    """Whether the rival noun at `noun` (its descriptor may come first: "back rival Y") follows a verb of investing."""
    return any(m.start() <= noun < m.end() for m in _BACKS_RIVAL.finditer(view.text, max(0, noun - 80), noun + 60))


_OPENING_ITS = re.compile(r"\W*(?:Its|Their)\s+(?:[a-z-]+\s+){0,3}$")
_ITS_AT = re.compile(r"(?:Its|Their)\s")
_THE_COMPANY = re.compile(
    r"\s*(?:[A-Z][\w ,]{0,40},\s+)?[Tt]he\s+(?:[a-z-]+\s+)?(?:business|company|firm|start-?up|group|venture)\b"
)
# "as Quorra Labs is struggling ... amid competition from A": the name before a verb of its own clause
_OWN_VERB = re.compile(r"\s+(?:is|was|are|were|has|had|have|remains|faces|continues|struggles|seeks)\b")


def _verb_subject(view: SentenceView, noun: int) -> Mention | None:
    for m in reversed(view.mentions_in(clause_start(view.text, noun), noun)):
        if _OWN_VERB.match(view.text, m.end) and named_org(view, m) and not in_aside(view.text, m, noun):
            return m
    return None


def _its_antecedent(view: SentenceView, noun: int) -> Mention | None:
    """The company "its" stands for right before the noun: the last organisation named before "its" in the
    clause ("Tencent and its main competitors"), or the main clause's subject before ", while its rival"."""
    its = re.search(r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,3}$", view.text[:noun])
    # the noun's phrase may open with "its" itself ("its chipmaking rival Y" read from "its")
    its_at = its.start() if its is not None else noun if re.match(r"(?:its|their)\s", view.text[noun:]) else None
    if its_at is None:
        return None
    if re.search(r",\s+(?:while|whereas)\s+$", view.text[:its_at]):
        # "X lost 0.8%, while its chipmaking rival Y plunged 4.4%": X, the main clause's subject
        subject = view.subject_mention(its_at)
        return subject if subject is not None and named_org(view, subject) else None
    named = [m for m in view.mentions_in(clause_start(view.text, its_at), its_at) if named_org(view, m)]
    last = named[-1] if named else None
    gap = view.text[last.end : its_at] if last is not None else ""
    return last if last is not None and re.fullmatch(r"\s+(?:and|or|as well as)\s+", gap) else None


def clause_subject(view: SentenceView, pos: int) -> Mention | None:
    """The clause's subject before `pos`, past names in asides ("Founded by A, a former B researcher, X has ...")."""
    after = clause_start(view.text, pos)
    paren = view.text.rfind("(", after, pos)
    if paren > view.text.rfind(")", after, pos) and view.mentions_in(paren, pos):
        return None  # "... (see A buys B to take on Y)": the aside's own subject, which names inside parentheses miss
    for _ in range(6):
        m = view.subject_mention(pos, after)
        if m is None:
            return None
        modifier = re.search(r"(?:\bex-|\bformer\s+)$", view.text[: m.start])
        if not (in_aside(view.text, m, pos) or modifier or not named_org(view, m)):
            return m
        after = m.end
    return None


def named_org(view: SentenceView, m: Mention) -> bool:
    """A name that may be a company: no person (named as one, by a noun before it or "who"/"his" after it, or
    shaped like one and not known as a firm)."""
    if _PERSON_BEFORE.search(view.text, 0, m.start) or _PERSON_AFTER.match(view.text, m.end):
        return False
    if _PRODUCT_BEFORE.search(view.text, 0, m.start):
        return False  # "its second-generation processor, Y, is designed to challenge ...": a product, no company
    return may_name_firm(view, m)


_PRODUCT_BEFORE = re.compile(rf"\b{PRODUCT_NOUN},?\s+$")


# "Y, X's main rival,", "Y is X's biggest competitor", "Y is a competitor of X": Y set against X by the noun
_OWNERS_RIVAL = re.compile(
    r"(?:,\s+|\s+(?:is|was|remains|became|is\s+seen\s+as|is\s+considered)\s+)(?:(?:a|an|the|one\s+of(?:\s+the)?)\s+)?"
    r"(?:(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})['’]s?\s+)?"
    r"(?:(?!(?:former|ex|one-?time|erstwhile|previous|would-be|potential|future|not|no|never)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:rival|competitor|challenger)s?\b(?!\s+(?:to|for)\b)(?P<of>\s+of\s+(?=[A-Z]))?"  # not "X's rival to Z": X's"
)


def owners_rivals(view: SentenceView) -> Iterator[tuple[Mention, Mention]]:
    """(Y, X) for each company a rival's noun sets against another named by its possessive or after "of"."""
    for m in view.mentions:
        found = _OWNERS_RIVAL.match(view.text, m.end) if not m.possessive else None
        if found is None or not named_org(view, m):
            continue
        owner = view.mention_at(found.start("owner")) if found.group("owner") else None
        other = owner if owner is not None and owner.possessive else None
        other = view.mention_at(found.end()) if found.group("of") and not found.group("owner") else other
        if other is not None and not view.is_person(other) and named_org(view, other):
            yield m, other
