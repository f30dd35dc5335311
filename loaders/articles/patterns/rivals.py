"""Competitors: companies the text sets against each other ("competitors like A and B", "X's rivals, such as Y",
"competes with A", "competition from A and B", "trailing only A and B", "its bigger rival Y", "X's competitor Y",
"Tesla-rival Y", "known as China's Y", "Unlike A and B, X ...", "losing market share to Y").

The company competing is the owner of the noun ("X's rivals"), else the clause's subject, else the company the
text is about; in an analyst's sentence ("the bank cut its rating ... on competition from A") the bank is not it.
Each named rival yields X COMPARED_TO rival, between organisations only (models are compared in products)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.lexicon import DESCRIPTIVE_WORD, PRODUCT_NOUN
from loaders.articles.mentions import Mention
from loaders.articles.patterns import rival_subjects
from loaders.articles.patterns.clauses import Statement, in_aside, may_name_firm
from loaders.articles.patterns.product_checks import maker_of
from loaders.articles.patterns.rival_names import is_product, rivals_at
from loaders.articles.records import guess_kind, not_a_party

_ORG = EntityKind.ORGANIZATION

_RIVAL_NOUN = r"(?:competitors?|rivals?|challengers|contenders|upstarts)"
# "competitors like A", "local rivals – A, B and C", "foreign competitors such as A", "rivals including A"
_RIVALS_LISTED = re.compile(
    rf"\b{_RIVAL_NOUN},?\s+(?:(?:such as|like|including|among them|notably)\s+|[–—:]\s*)(?:the\s+)?(?=[A-Z])"
    # "Its competitors include A, B and C", "whose Hangzhou-based peers include A and B"
    rf"|\b(?:{_RIVAL_NOUN}|(?:[A-Z][\w.&-]*-based\s+|[a-z-]+\s+)?peers)\s+(?:include|includes|included)\s+(?=[A-Z])"
    # "in line with global peers like A and B", "compared with peers such as A"
    r"|\b(?:with|to|than|against|among|versus)\s+(?:(?:its|their|the)\s+)?(?:[a-z-]+\s+)?peers,?\s+"
    r"(?:such as|like|including)\s+(?:the\s+)?(?=[A-Z])"
)
# "competes with A", "competing against A", "competition from A and B", "rivalry with A", "trailing only A and B"
_LIKES = r"(?:(?:the likes of|(?:[a-z-]+\s+){0,3}(?:like|such as|including))\s+)?"
_COMPETES = re.compile(
    rf"\b(?:compet(?:es|ed|ing|e)|vies|vying)\s+(?:directly\s+|head-on\s+|\w+ly\s+)?(?:with|against)\s+{_LIKES}"
    rf"|\b(?P<noun>competition|rivalry|price war)\s+(?:from|with|against|to)\s+{_LIKES}"
    r"|\b(?:trails|trailed|trailing|lags|lagged|lagging)\s+(?:only\s+|just\s+|behind\s+|far\s+behind\s+){1,2}"
    r"|\b(?:rivall?ing|rivall?ed)\s+(?=[A-Z])"  # "expanding into iPhones, rivaling Foxconn"
    # "slugging it out with Y", "going head-to-head with Y", "losing market share to Y", "took share from Y"
    r"|\b(?:(?:slugg|duk|fight|battl)(?:ing|ed|es|e|s)?\s+it\s+out|head[- ]to[- ]head|neck and neck)\s+with\s+"
    rf"{_LIKES}"
    r"|\b(?:los(?:es|ing|t)|ced(?:es|ing|ed)|(?:has|have)\s+lost)\s+(?:(?:market|global)\s+)?share\s+to\s+"
    r"|\b(?:tak(?:es|ing|en)|took|grabb?(?:ing|ed|s)?|steal(?:s|ing)?|stole|win(?:s|ning)?|won)\s+"
    r"(?:(?:market|global)\s+)?share\s+from\s+"
    # "a serious challenger to US chip giant Y", "designed to challenge products from Y", "taking on Y", "lags Y":
    # read only with a competitor named in the clause (the text's company is too far a guess here)
    r"|(?P<named>\b(?:challengers?|competitors?|rivals?)\s+to\s+(?:(?:U\.S\.|US|the)\s+)?"
    r"|\bchalleng(?:e|es|ed|ing)\s+(?:products\s+from\s+|(?:U\.S\.|US)\s+)?"
    r"|\b(?:[Tt]akes?|[Tt]aking|[Tt]ook)\s+[Oo]n\s+(?=[A-Z])"
    r"|\b(?:trails|trailed|lags|lagged)\s+(?:the\s+)?(?=[A-Z])"
    # "X overtook Y as the top seller", "X outsold Y", "X ranked first, ahead of A and B": ranked against Y
    r"|\b(?:overt(?:ook|akes|aking|aken)|outs(?:old|ells|elling)|dethroned)\s+(?:(?:rivals?|competitors?)\s+)?(?=[A-Z])"
    r"|\b(?:ranked|ranks|placed|came|finished|first|second|third)\b(?:(?!\bto\b)[^.;]){0,50}?\bahead\s+of\s+"
    r"(?:(?:rivals?|competitors?|only)\s+)?(?=[A-Z]))"
    # "the world's third-largest cloud player behind A and B", "No. 3 smartphone maker behind distantly trailing A"
    r"|\b(?:No\.\s*\d+|number\s+(?:two|three|four|five)|second|third|fourth|fifth|\w+-(?:largest|biggest))\b"
    r"(?:(?!\bto\b)[^.;]){0,60}?\b(?:behind|after)\s+(?:(?:only|just|distantly|trailing|far)\s+)*"
)
# "its bigger rival Y", "rival Y", "X fell and peer Y rose": the rival named right after the noun (a list: above)
_RIVAL_NAMED = re.compile(  # "and its Swedish rival Y": after "its", a nationality may describe the rival
    r"\b(?<!['’])(?:(?:its|their)\s+(?:[a-z-]+\s+|[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?|(?:[a-z-]+\s+)?)"
    r"(?:rival|competitor|peer),?\s+(?=[A-Z])"
)
# "rivals A and B", "X and peers A and B": the rivals listed right after the plural noun
_RIVALS_NAMED = re.compile(r"\b(?<!['’])(?:(?:its|their)\s+)?(?:[a-z-]+\s+)?(?:rivals|competitors|peers)\s+(?=[A-Z])")
_AND_ITS = re.compile(r"\s+(?:and|as\s+well\s+as|plus)\s+(?:its\s+|their\s+)?(?:[a-z-]+\s+)?$")  # "A plus rivals B"
_MORE_RIVALS = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:[a-z-]+\s+){0,3}(?:like|such as)\s+")
# "described as China's answer to Y", "referred to as the Indian Y equivalent", "known as the Y of the drone
# industry", "dubbed “China's Y”": the company is set against Y
_EPITHET = re.compile(
    r"\b(?:(?:described|referred to|known|billed|touted|hailed|regarded|seen)\s+as|dubbed|nicknamed|called|"
    r"(?:to\s+)?becom(?:e|es|ing)|became)\s+[“\"]?"
)
_DEMONYM = r"(?:[A-Z][a-z]+['’]s\s+|[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)\s+)"  # "Chinese", "Nordic"
_EPITHET_BEFORE = re.compile(
    rf"(?:(?:the|an?)\s+)?{_DEMONYM}?(?:answer|alternative|rival|counterpart|version|challenger|equivalent)\s+(?:to|of)\s+(?=[A-Z])"
    rf"|(?:the|an?)\s+{_DEMONYM}?(?=[A-Z])|{_DEMONYM}(?=[A-Z])"
)
_EPITHET_AFTER = re.compile(r"\s+(?:equivalent|counterpart|of\s+(?:the\s+)?[A-Za-z])|[”\"]")


def apply(view: SentenceView) -> None:
    """Rivals listed, named or competed with, and epithets. The readers only find statements; this function states
    them, so each keeps the rule name `rivals.apply`."""
    readers = (
        _rivals_listed,
        _competes,
        _rival_named,
        _rivals_named,
        _epithets,
        _unlike,
        _prefixed_rival,
        _owners_rival,
    )
    for reader in readers:
        for type_, subject, object_, span, extra in reader(view):
            view.b.relate(type_, subject, object_, span, **extra)


def _statements(
    view: SentenceView, rivals: list[Mention], start: int, competitor: Callable[[], str | None], *, given: bool
) -> Iterator[Statement]:
    """The competitor COMPARED_TO each rival; the competitor is looked for only when there are rivals (resolving
    a name registers it in the draft). `given`: a noun phrase ("its competitors like A") takes the rivalry as
    given, so a plan in its clause is not about it; a verb ("may compete with A") keeps the clause's modality."""
    if not rivals:
        return
    named = competitor()
    subject = maker_of(view, named)
    if subject is None or view.b.record(subject).kind != _ORG or len(view.b.record(subject).name) < 2:
        return  # no company, or a pronoun read as one ("I")
    for rival in rivals:
        owner = view.mention_before(rival.start, limit=3)
        if named != subject and owner is not None and owner.possessive:
            rival = owner  # "X's Y, a rival to Z's W": the makers compete (W is a product, as Y is)
        rival_ref = view.resolve(rival, _ORG)
        if rival_ref is not None and rival_ref != subject:
            span = view.span(min(start, rival.start), rival.end)
            yield RelationType.COMPARED_TO, subject, rival_ref, span, {"presupposed": given}


def _rivals_listed(view: SentenceView) -> Iterator[Statement]:
    """ "competitors like A, B and C", "X's rivals, such as Y", "local rivals – A and B", "in line with peers like
    A" (the peers are the last company named before: "X revised its value of Y ..., in line with peers like A")."""
    for m in _RIVALS_LISTED.finditer(view.text):
        rivals = rivals_at(view, m.end())
        peers = "peers" in m.group(0) and "includ" not in m.group(0)  # "X's peers include A": X's
        competitor: Callable[[], str | None] = (
            partial(_last_named, view, m.start()) if peers else partial(rival_subjects.competitor, view, m.start())
        )
        yield from _statements(view, rivals, m.start(), competitor, given=True)
    for m in _COMPETING_ARE.finditer(view.text):  # "Competing with X are A, B and C"
        named = view.mention_at(m.start("x"))
        competitor = partial(view.resolve, named, _ORG) if named is not None else (lambda: view.doc.topic)
        yield from _statements(view, rivals_at(view, m.end()), m.start(), competitor, given=True)


_COMPETING_ARE = re.compile(
    r"^\W*Compet(?:ing|itors)\s+(?:with|of|to)\s+(?P<x>[A-Z][^,;]{0,60}?)\s+(?:are|is|include)\s+"
)


def _last_named(view: SentenceView, pos: int) -> str | None:
    """The last company named before `pos` in its clause that is no broker: whose peers these are."""
    for m in reversed(view.mentions_in(clause_start(view.text, pos), pos)):
        ref = view.resolve(m, _ORG) if rival_subjects.named_org(view, m) else None
        if ref is not None and "brokerage" not in view.b.record(ref).categories:
            return ref
    return None


def _competes(view: SentenceView) -> Iterator[Statement]:
    """ "X competes with A and B", "faces competition from A and B", "X trails only A and B"."""
    for m in _COMPETES.finditer(view.text):
        rivals = rivals_at(view, m.end())
        rivals = rivals[:1] if m.group(0).lower().startswith("rival") else rivals  # "rivaling A, the only other ..."
        more = _MORE_RIVALS.match(view.text, rivals[-1].end) if rivals else None
        if more is not None:  # "competition from upstarts like A and foreign competitors like B and C"
            rivals += rivals_at(view, more.end())
        if _DEAL_RANKED.search(view.text, clause_start(view.text, m.start()), m.end()):
            continue  # "This IPO is the second-largest this year, trailing only Y's $4.6 billion deal": deals ranked
        if _DENIED_BEFORE.search(view.text, max(0, m.start() - 40), m.start()):
            continue  # "We are not in competition with Y", "it is not competing with Y": a rivalry denied
        if _HOLDERS_RANKED.search(m.group(0)):
            continue  # "the second-largest shareholder after Y": holders of a stake ranked, no rivals
        given = m.group("noun") is not None  # "competition from A": a noun phrase
        direct = view.mention_before(m.start(), limit=1)
        ranked = re.match(r"(?:ranked|ranks|rated|rates|placed|places|put|puts)\s+(?=[A-Z])", m.group(0))
        if ranked is not None:  # "Z ranked X ahead of Y": X is set against Y, not Z who ranks them
            ranked_m = view.mention_at(m.start() + ranked.end())
            if ranked_m is None or ranked_m.possessive or not rival_subjects.named_org(view, ranked_m):
                continue
            competitor = partial(view.resolve, ranked_m, _ORG)
        elif direct is not None and not direct.possessive and rival_subjects.named_org(view, direct):
            competitor = partial(view.resolve, direct, _ORG)  # "why is X competing with Y": X, named right before
        elif (head := _relative_head(view, m.start())) is not None:
            competitor = partial(view.resolve, head, _ORG)  # "X bought Y, which was competing with Z": Y
        elif _PRODUCT_WHICH.search(view.text, 0, m.start()) or _PRODUCT_SUBJECT.search(view.text, 0, m.start()):
            continue  # "X unveiled the Y sedan, which competes with Z": the sedan competes, not X
        elif m.group("named"):
            competitor = partial(_named_competitor, view, m.start())
        else:
            competitor = partial(rival_subjects.competitor, view, m.start())
        if m.group("named") and not _INDEX.search(view.text, clause_start(view.text, m.start()), m.start()):
            rivals = [r for r in rivals if not _INDEX.match(r.text)]  # a stock trailing an index: no rivalry
        yield from _statements(view, rivals, m.start(), competitor, given=given)


_HOLDERS_RANKED = re.compile(
    r"\b(?:(?:share|stake|bond|unit|debt)?holders?|investors?|owners?|lenders?|creditors?|backers?|employers?|"
    r"clients?|customers?|suppliers?|vendors?|buyers?|partners?|holdings?|positions?)\b"  # "second client after Y"
)
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:(?:in|really|yet|even|be|been)\s+)?$")
_APPOSITIVE_HEAD = re.compile(r",\s+(?:a|an|the|one of)\s+(?:[\w’'-]+\s+){0,4}$")
_INDEX = re.compile(r"(?:S&P|Nasdaq|NASDAQ|Dow|Stoxx|STOXX|FTSE|Nikkei|Kospi|KOSPI|Hang Seng|Nifty|Sensex|CSI|MSCI)\b")


_AND_RIVAL = re.compile(r"\s+and\s+$")
_PRODUCT_WHICH = re.compile(rf"\b{PRODUCT_NOUN},\s+which\s+(?:is|was|has been|had been|are|were)?\s*$")
# "X's Y chatbot competes with Z", "the Y phones rival Z": the product competes (products.py), not its maker
_PRODUCT_SUBJECT = re.compile(rf"\b{PRODUCT_NOUN}\s+(?:(?:also|now|still|directly|already|will|would|could|may)\s+)*$")
_WHICH_BEFORE = re.compile(r",\s+which\s+(?:is|was|has been|had been|are|were)?\s*$")


def _relative_head(view: SentenceView, pos: int) -> Mention | None:
    """The company a ", which (was) competing with" clause is about: the name before "which"."""
    which = _WHICH_BEFORE.search(view.text, 0, pos)
    head = view.mention_before(which.start() + 1, limit=2) if which is not None else None
    return head if head is not None and not head.possessive and rival_subjects.named_org(view, head) else None


def _named_competitor(view: SentenceView, pos: int) -> str | None:
    """The company an appositive describes ("owns Y, a competitor to Z": Y), else the one named as the clause's
    subject (past asides), else None."""
    appositive = _APPOSITIVE_HEAD.search(view.text, 0, pos)
    head = view.mention_before(appositive.start(), limit=0) if appositive is not None else None
    if head is not None and rival_subjects.named_org(view, head):
        return view.resolve(head, _ORG)
    subject = rival_subjects.clause_subject(view, pos)
    if (
        subject is None
        or not rival_subjects.named_org(view, subject)
        or rival_subjects.only_invests(view, subject, pos)
    ):
        return None
    return view.resolve(subject, _ORG)


# a ranking of deals or stocks, no rivalry ("This IPO is the second-largest, trailing Y's", "the No. 2 decliner")
_DEAL_RANKED = re.compile(
    r"\b(?:IPO|listing|offering|deal|round|sale|placement|acquisition|bond|stock|share)s?\s+(?:is|was|ranks?|ranked|"
    r"becomes|became)\b|\b(?:gainer|loser|decliner|advancer|performer|riser|faller|weighting|constituent)s?\b"
    r"|\b(?:in|on)\s+the\s+(?:[\w-]+\s+)?index\b|\bmarket\s+(?:value|capitali[sz]ation|cap)\b"
)


_FORMER = re.compile(r"\b(?:former|one-?time|erstwhile|ex)\b")


def _rival_named(view: SentenceView) -> Iterator[Statement]:
    """ "an early investor in rival Y", "its bigger rival Y": Y competes with the company the clause is about."""
    for m in _RIVAL_NAMED.finditer(view.text):
        rival = view.mention_at(m.end())
        if rival is None or rival.possessive or _FORMER.search(m.group(0)):
            continue  # "X's former rival Y": a rivalry that has ended
        # "B, an early investor in rival Y, ...": Y is the rival of the company the text is about, not of B
        aside = in_aside(view.text, rival, len(view.text)) and not _OWNER_BEFORE.search(view.text, 0, m.start())
        competitor = (lambda: view.doc.topic) if aside else partial(rival_subjects.competitor, view, m.start())
        lead = re.match(r"(?:and|or|as|plus)\s+", m.group(0))  # the descriptor slot may have taken "and"
        before = _AND_RIVAL.search(view.text, 0, m.start() + (lead.end() if lead else 0))
        paired = view.mention_before(before.start(), limit=0) if before is not None else None
        adjunct = view.mention_before(m.start(), limit=1)  # "which backs X Labs rival Y": X's, not the backer's
        glued = adjunct is not None and view.text[adjunct.end : m.start()] == " " and not lead  # not "A and rival Y"
        firm = adjunct is not None and (_firm_shaped(view, adjunct) or view.b.find(adjunct.text, _ORG) is not None)
        if adjunct is not None and glued and not firm and not _describes(adjunct.text):
            continue  # "bought Velt rival Y": the rival of a name not known as a firm, not the buyer's
        if adjunct is not None and (not glued or not firm):
            adjunct = None  # "acquired Mideast competitor Y", "French-American competitor Y": a region describes Y
        paired = paired or adjunct
        if paired is not None and _INDEX.match(paired.text):
            paired = None  # "outpacing the Stoxx 600 and rival Y": an index is no company Y competes with
        if paired is not None and not paired.possessive and rival_subjects.named_org(view, paired):
            competitor = partial(view.resolve, paired, _ORG)  # "Shares of A and rival Y fell": A's rival
        named = [r for r in rivals_at(view, m.end()) if r.start == rival.start]  # the name after "rival", no other
        yield from _statements(view, named, m.start(), competitor, given=True)


def _describes(name: str) -> bool:
    """A place or a nationality ("Mideast", "French-American"): it describes the name after it, no company."""
    return not_a_party(name) or re.fullmatch(r"(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)-?)+", name) is not None


def _firm_shaped(view: SentenceView, m: Mention) -> bool:
    """A name shaped like a company's ("X Labs") or one the graph knows as a company."""
    known = view.b.gazetteer.lookup(m.text)
    return guess_kind(m.text) == _ORG or (known is not None and known[1] == _ORG)


def _rivals_named(view: SentenceView) -> Iterator[Statement]:
    """ "its rivals A and B", "added X and peers A and B to its list": the names right after the plural noun are
    rivals of X (named before "and"), else of the company the clause is about."""
    for m in _RIVALS_NAMED.finditer(view.text):
        if _RIVALS_LISTED.match(view.text, m.start()):
            continue  # "rivals such as A": read as a list
        lead = re.match(r"(?:and|as|plus)\s+", m.group(0))  # the descriptor slot may have taken the joining word
        before = _AND_ITS.search(view.text, 0, m.start() + (lead.end() if lead else 0))
        named = view.mention_before(before.start(), limit=0) if before is not None else None
        if named is not None and not named.possessive and rival_subjects.named_org(view, named):
            competitor = partial(view.resolve, named, _ORG)
        else:
            competitor = partial(rival_subjects.competitor, view, m.start())
        yield from _statements(view, rivals_at(view, m.end()), m.start(), competitor, given=True)


# "Y's Chinese peer Z": Y's rival, named by its possessive (asides or not)
_OWNER_BEFORE = re.compile(rf"\w['’]s?\s+(?:{DESCRIPTIVE_WORD}\s+){{0,3}}$")


def _epithets(view: SentenceView) -> Iterator[Statement]:
    """ "X, described as China's answer to Y", "X, the Indian Y equivalent", "known as the Y of the drone industry":
    an answer to Y or its local equivalent competes with Y (the epithet needs its frame: "the Y" alone is no
    rival)."""
    for m in _EPITHET.finditer(view.text):
        before = _EPITHET_BEFORE.match(view.text, m.end())
        if before is None:
            continue
        other = view.mention_at(before.end())
        if other is None or other.possessive:
            continue
        answer = re.search(
            r"\b(?:answer|alternative|rival|counterpart|version|challenger|equivalent)\s", before.group(0)
        )
        place = re.fullmatch(r"(?P<place>[A-Z][a-z]+)['’]s\s+", before.group(0))  # "known as China's Y"
        local = place is not None and guess_kind(place.group("place")) == EntityKind.PLACE
        after = _EPITHET_AFTER.match(view.text, other.end)
        if answer is None and not local and after is None:
            continue
        quoted = answer is None and not local and after is not None and after.group() in '”"'
        if quoted and _NAMING.search(view.text, 0, m.start()) and not _known_firm(view, other):
            continue  # "a new segment called “European Tech Leaders”": a name given to a thing, no epithet
        if other.start < before.end():  # "the Indian Y equivalent": the demonym describes Y
            other = Mention(view.text[before.end() : other.end], before.end(), other.end)
        if view.is_person(other) or not_a_party(other.text) or is_product(view, other):
            continue
        opening = _OPENING_EPITHET.match(view.text[: m.start()])
        subject = _after_phrase(view, other.end) if opening is not None else None
        if opening is not None and subject is None:
            continue
        competitor = (
            partial(view.resolve, subject, _ORG) if subject else partial(rival_subjects.competitor, view, m.start())
        )
        yield from _statements(view, [other], m.start(), competitor, given=True)


# "a new segment called", "This index, dubbed": a thing the epithet names, not a company likened to another
_NAMING = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,?\s+$")


def _known_firm(view: SentenceView, m: Mention) -> bool:
    """A name the graph knows as a company (the text's own records may hold what this sentence's lists made one)."""
    listed = view.b.gazetteer.lookup(m.text)
    return listed is not None and listed[1] == _ORG


# "Often called the Y of Latin America, X runs ...": the epithet opens the sentence, its subject follows the comma
_OPENING_EPITHET = re.compile(r"\W*(?:(?:[A-Z][a-z]+ly|Often|Once|Sometimes|Long)\s+)?$")
_UNLIKE = re.compile(  # "Consequently, unlike A, X ...": a sentence adverb may open the sentence
    r"^\W*(?:(?:[A-Z][a-z]+ly|However|But|And|Yet|So|Still|Thus|Meanwhile|Instead),?\s+)?[Uu]nlike\s+(?=[A-Z])"
)


def _after_phrase(view: SentenceView, pos: int) -> Mention | None:
    """The company named right after the comma that closes an opening phrase ("Unlike A and B, X ...")."""
    comma = re.compile(r"[^,;()]{0,40}?,\s+").match(view.text, pos)
    subject = view.mention_at(comma.end()) if comma is not None else None
    if subject is None or subject.possessive or not rival_subjects.named_org(view, subject):
        return None
    return subject


def _unlike(view: SentenceView) -> Iterator[Statement]:
    """ "Unlike A, B or C, X focused on ...": X is set against each company listed."""
    m = _UNLIKE.match(view.text)
    rivals = rivals_at(view, m.end()) if m is not None else []
    if m is None or not rivals or re.search(r",\s+(?:which|who|whose|that)\b", view.text[m.end() : rivals[-1].end]):
        return  # "Unlike A, which uses B, X chose ...": B is A's, no rival
    subject: Mention | None
    if len(rivals) > 1 and re.match(r"\s+[a-z]", view.text[rivals[-1].end :]):
        subject = rivals.pop()  # the list ran on past the comma into the subject
    else:
        subject = _after_phrase(view, rivals[-1].end)
    if (
        subject is not None
        and view.text[rivals[-1].end : subject.start].strip() == ","
        and rival_subjects.named_org(view, subject)
    ):
        yield from _statements(view, rivals, m.start(), partial(view.resolve, subject, _ORG), given=True)


# "Tesla-rival Lucid": the name after the compound competes with the one before it
_PREFIXED_RIVAL = re.compile(r"(?P<x>[A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?)-rival\s+(?=[A-Z])")


def _prefixed_rival(view: SentenceView) -> Iterator[Statement]:
    for m in view.mentions:
        found = _PREFIXED_RIVAL.match(m.text)
        if found is None:
            continue
        x = Mention(found.group("x"), m.start, m.start + found.end("x"))
        y = Mention(m.text[found.end() :], m.start + found.end(), m.end, m.possessive)
        if rival_subjects.named_org(view, y) and may_name_firm(view, x) and not not_a_party(x.text):
            yield from _statements(view, [y], m.start, partial(view.resolve, x, _ORG), given=True)


def _owners_rival(view: SentenceView) -> Iterator[Statement]:
    """ "Y, X's main rival,", "Y is X's biggest competitor", "Y is a competitor of X": Y set against X."""
    for named, other in rival_subjects.owners_rivals(view):
        if not is_product(view, named) and not is_product(view, other):
            yield from _statements(view, [other], named.start, partial(view.resolve, named, _ORG), given=True)
