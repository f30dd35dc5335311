"""Type rules of the product family: who may be a product's maker (an organisation, not a model, a fragment or a
product's descriptor) and what may be a product (not a date, a quote, a rule, a standard, an index, a company)."""

from __future__ import annotations

import re
from typing import TypeGuard

from wordfreq import zipf_frequency

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.geography import COMMON_WORD_ZIPF
from loaders.articles.lexicon import ORG_WORDS, PRODUCT_NOUN
from loaders.articles.mentions import Mention, guess_kind, looks_like_model, looks_like_person
from loaders.articles.records import not_a_party

_ORG, _PRODUCT = EntityKind.ORGANIZATION, EntityKind.PRODUCT

# a month written in full or cut short ("Novix 40" is no month)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
# Names shaped like a model that name something else: "Dec-2012" (a date), "ABCD 0.17" (a ticker and its price),
# "Chapter 18C" (a rule), "Wi-Fi", "3D TV", "IC" (a technology or a generic category), "Nifty50" (an index).
_NOT_A_PRODUCT = re.compile(
    rf"{_MONTHS}[-\s'’]?\d{{2,4}}|Q[1-4][-\s]?\d{{2,4}}|(?:FY|H[12])[-\s]?\d{{2,4}}"
    r"|[A-Z]{2,6}\s+(?:[-+]\d+(?:\.\d+)?|\d+\.\d{2})%?|(?:\S+\s+)*(?:19|20)\d{2}s"  # "Velt 2031s": its bonds
    r"|(?:Chapter|Article|Section|Rule|Clause|Schedule|Form|Appendix|Part|Phase|Stage|Tier|Round|Series|Level)\s+\S+"
    r"|(?:Gen|Generation|Season|Project|Operation|Programme|Program|Initiative)(?:\s+\S+){1,3}"  # "Gen 3", "Project Y"
    r"|(?:\d+D\s+)?(?:TVs?|ICs?|PCs?|LEDs?|LCDs?|OLEDs?|Wi-?Fi|Bluetooth|[2-6]G|LTE|USB|GPS|NFC|HDMI|DRAM|NAND|SoCs?|x86(?:-64)?)"
    r"|(?:MOSFETs?|IGBTs?|SiC|GaN|HBM\d?E?|CMOS|ASICs?|FPGAs?|MCUs?|DSPs?|TPUs?|NPUs?|SSDs?|LiDAR|lidar|LFP|NMC)"
    r"|(?:Data Cent(?:er|re)|Datacenter|Cloud|Enterprise|Consumer|Mobile|Gaming|Automotive|Edge|Server|Client)"
    r"|(?:Pro|Plus|Premium|Max|Ultra|Lite|Mini|Basic|Standard|Free|Business|Personal)"  # a tier: "X's Pro model"
    r"|(?:(?:NSE|BSE|CSI|SSE)\s+)?(?:Nifty|Sensex|Hang Seng|Kospi|KOSPI|Kosdaq|KOSDAQ|TAIEX|Topix|TOPIX|Nikkei|Dow|DAX|"
    r"CAC|FTSE|STOXX|Stoxx|Nasdaq|NASDAQ|S&P)(?:\b|(?=\d)).*",
)
# A clause's first word that makes no company's name: "Under Jiang the company ...", "Other AI Tigers including ..."
_FUNCTION_WORD = re.compile(
    r"(?:Under|With|Without|After|Before|Despite|As|At|In|For|From|By|Through|Among|Amid|Unlike|Other|Some|Many|"
    r"Both|Several|Most|Its|Their|This|That|These|Those)\s"
)


# "X's chief executive said Y ...": a verb or a function word ends the phrase X owns ("X's flagship Y")
NOT_A_VERB = r"(?!(?:said|says|told|is|are|was|were|has|have|had|will|would|can|could|may|might|to|in|on|"
NOT_A_VERB += r"for|with|that|which|who|by|from|at|than|as|use|usage|adoption|deployment|purchase|licensing|"
NOT_A_VERB += r"integration|rollout|sale|resale|distribution|testing|review|ban|"  # "X's use of Y": X's not Y
# "X's app store now offers Y": a verb of selling or hosting, what follows is sold, not made
NOT_A_VERB += r"offers?|offered|sells|sold|resells|hosts|hosted|carries|carried|stocks|distributes|distributed|"
# "X's rivals include Y", "X's partner Y", "X's biggest customer Y": a company in a relation to X, no product of X's
NOT_A_VERB += r"includes?|included|including|rivals?|competitors?|peers?|partners?|customers?|clients?|suppliers?|"
NOT_A_VERB += r"investors?|backers?|shareholders?|owners?|parent|acquirers?|buyers?|distributors?|resellers?|"
# "X's shares fell after Y AI released ...": a clause of its own begins, what follows is no longer X's
NOT_A_VERB += r"shares|stock|when|while|because|although|though|if|unless|until|where|"
NOT_A_VERB += r"(?:after|before|since)(?=\s+[A-Z]))\b)"


# "X, Y's smartphone arm, unveiled the Z": an appositive that closes before a verb; Y's arm is X, and Z is X's
_CLOSED_BEFORE_VERB = re.compile(r",\s+(?:(?:has|have|had|also|just|recently|then|later)\s+)*[a-z]+(?:ed|es)\s")


def owner_of_what_follows(gap: str) -> bool:
    """Whether a possessive owns the name after `gap` ("X's new flagship Y"): descriptive words only, no verb."""
    owned = re.fullmatch(rf"['’]s?\s+(?:{NOT_A_VERB}[a-z-]+,?\s+){{1,6}}", gap) is not None
    # "X's chips power the Y": an article not opening an appositive ("X's new model, the Y") or following "of" ("X's
    # version of the Y") starts another phrase
    return owned and _CLOSED_BEFORE_VERB.search(gap) is None and _ARTICLE_OPENS.search(gap) is None


_ARTICLE_OPENS = re.compile(r"[^,\s](?<!\bof)\s+(?:the|an?)\s")


# a name ending in a word for a document, an event, a gauge, a fund or a charity: "Annual ESG Report", "Velt Index"
_NOT_A_PRODUCT_TAIL = re.compile(
    r"(?:\S+\s+)+(?:Report|Index|Foundation|Awards?|Prize|Conference|Summit|Forum|Festival|Expo|Results|Review|"
    r"Survey|Outlook|Initiative|Strategy|Policy|Act|Guidelines|Earnings|ETF|Fund|Programme|Program|Scheme)"
    r"|(?:\S+\s+)*(?:Unit|Division|Brigade|Battalion|Squadron|Corps|Directorate|Command)\s+\d+"  # "Unit 8200": a unit
)


def not_a_product_name(name: str) -> bool:
    """Whether a name, shaped like a model or not, names something other than a product."""
    return _NOT_A_PRODUCT.fullmatch(name.strip()) is not None or _NOT_A_PRODUCT_TAIL.fullmatch(name.strip()) is not None


def _known_as(view: SentenceView, name: str, kind: EntityKind) -> bool:
    """Whether the text so far, or the graph, knows `name` as an entity of `kind`."""
    found = view.b.find(name)
    if found is not None:
        return found.kind == kind
    known = view.b.gazetteer.lookup(name)
    return known is not None and known[1] == kind


_EVENT_OR_PLAN = re.compile(
    r"\b(?:Project|Programme|Program|Initiative|Plan|Scheme|Challenge|Competition|Contest|Award|Summit|Conference|"
    r"Forum|Expo|Festival)s?$"
)


def maker_ok(view: SentenceView, ref: str | None) -> bool:
    """Whether `ref` may be a product's maker: an organisation, not a name shaped like a model ("A100" read as the
    subject of "including the A100 ... and H200 chips"), not a known product, not a fragment opening with a
    function word ("Under Jiang"), not a product named as its maker's descriptor ("the iPhone maker")."""
    if ref is None:
        return False
    record = view.b.record(ref)
    name = record.name
    if record.kind != _ORG or _FUNCTION_WORD.match(name) or not_a_product_name(name) or not_a_party(name):
        return False  # "Frankfurt's Dax index": a place makes no product
    if _EVENT_OR_PLAN.search(name):
        return False  # "the National AI Model Project", "the X Summit": a programme or an event makes nothing
    if looks_like_model(name) and guess_kind(name) != _ORG:
        return False
    if _known_as(view, name, _PRODUCT):
        return False
    descriptor = re.compile(rf"\b{re.escape(name)}\s+(?:maker|creator|developer)s?\b", re.IGNORECASE)
    return descriptor.search(view.text) is None


# "Velt 1.7%": a company's share price moved, no model named; "its Y plant", "X's Y AI infrastructure project": a
# site, a project or a fund carries the name, no product
_FIRM_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:hedge fund|fund|firm|company|start-?up|bank|lender|brokerage|"
    r"investor|asset manager|conglomerate|unicorn)\b"
    # "launched Y, its Hong Kong-based venture unit": a part of the company, no product
    r"|,\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:unit|arm|subsidiary|division|joint venture)\b(?!['’])"
)
_NOT_YET_BEFORE = re.compile(
    r"\b(?:future|upcoming|forthcoming|planned|proposed|unreleased|yet-to-be-released)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "X's Y, due out next year,", "Y, expected in June": a product still to come
_NOT_YET_AFTER = re.compile(
    r",\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?:due|expected|set|slated|scheduled|poised|coming)\s+(?:out|to|in|for|later|next|soon)\b"
)
_NOT_A_PRODUCT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per cent\b|pct\b|points?\b|basis points\b|bps\b|(?:million|billion|trillion|bn|mn)\b)"
    r"|(?:\s+[\w-]+){0,2}?\s+(?:infrastructure|projects?|initiatives?|ventures?|plants?|factory|factories|fabs?|"
    r"facility|facilities|campus|site|funds?|programmes?|programs?|accelerator programme|index|indices|gauge)\b"
)


# "X's Y integration", "X's Y order from Z", "X's Y rival", "X's Y sales": the name only qualifies a deal, a purchase,
# a rivalry, a measure or a certification ("its parts won Y certification") that is X's; Y may be another's product
_QUALIFIED_NOUN = re.compile(
    r"\s+(?:integration|deal|orders?|purchases?|contract|partnership|deployment|adoption|licen[cs]es?|rivals?|"
    r"competitors?|challengers?|alternatives?|clones?|equivalents?|killer|copycats?|suppliers?|reseller|distributor|"
    r"sales|shipments|deliveries|imports|exports|purchases|investment|stake|servers|cluster|stock|inventory|plans|"
    r"tariffs|bundles|subscriptions|subscribers|repairs|profits?|revenues?|earnings|results|guidance|losses|"
    # "X's official Y account", "X's Y-plus series funding round": an account on Y, a round named Y, no product
    r"accounts?|pages?|channels?|handles?|feeds?|posts?|series\s+(?:funding|rounds?|financing)|rounds?|funding|financing|"
    r"reviews?|teardowns?|rankings?|coverage|(?:series\s+)?(?:certifications?|qualifications?|validations?))\b"
)


# a name ending in a word that names a firm: "Velt Capital", "Quorra Holdings" are companies, never products
_FIRM_TAIL = re.compile(
    r".*\s(?:Capital|Ventures|Partners|Fund|Investments?|Holdings?|Group|Bank|Securities|Asset Management|Inc\.?|"
    r"Corp\.?|Corporation|Ltd\.?|Limited|LLC|PLC|plc|AG|SE|GmbH|Co\.?)"
)


def product_ok(view: SentenceView, m: Mention) -> bool:
    """Whether a mention may name a product: not a person, not a known company, not a date, rule, standard, index,
    amount or measure, not a place or a demonym."""
    if not_a_product_name(m.text) or view.is_person(m) or _NOT_A_PRODUCT_AFTER.match(view.text, m.end):
        return False  # "X's seven-year e330 million offering": an amount with its currency garbled
    if not_a_party(m.text):
        return False  # "its Iranian food delivery app Y": a demonym, no product
    if _FIRM_APPOSITIVE.match(view.text, m.end) or _QUALIFIED_NOUN.match(view.text, m.end):
        return False  # "started Y, a quantitative hedge fund": Y is a firm; "X's Y order": X's order of another's Y
    if _NOT_YET_BEFORE.search(view.text, max(0, m.start - 60), m.start) or _NOT_YET_AFTER.match(view.text, m.end):
        return False  # "X's future Y system": a product still to come is no product X developed
    if _FIRM_TAIL.fullmatch(m.text) or _named_in_apposition(view, m) or generic_name(m.text):
        return False
    return not _known_as(view, m.text, _ORG) and not _short_for_a_firm(view, m)


# what a line of business or a kind of thing is called in common words ("Smart Home", "AI Assistant", "Open
# Platform", "Annual Sustainability Report", "Cloud Computing"): a description capitalised, no product's own name
_GENERIC_TAIL = re.compile(
    r"home|assistant|platform|report|batter(?:y|ies)|computing|cloud|data|payments?|banking|network|technolog(?:y|ies)|"
    r"systems?|services?|solutions|apps?|store|membership|strategy",
    re.IGNORECASE,
)


def generic_name(name: str) -> bool:
    """Whether a name is only common English words ending in a generic noun of a business or a thing."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2 or not _GENERIC_TAIL.fullmatch(words[-1]) or not _GENERIC_HEAD.fullmatch(words[0]):
        return False  # "Cash App", "Google Cloud": a brand's own word leads the name
    return all(w in ("AI", "IT") or zipf_frequency(w.lower(), "en") >= _GENERIC_ZIPF for w in words)


_GENERIC_HEAD = re.compile(
    r"smart|AI|open|annual|next|new|digital|global|cloud|big|super|mobile|online|intelligent|autonomous|self|premium|"
    r"enterprise|personal|virtual|integrated|advanced|social|connected|unified|universal|basic|standard|total",
    re.IGNORECASE,
)
_GENERIC_ZIPF = 3.5  # "sustainability" (3.8) is a common word; a brand's coinage is rare


# a kind, then a name set off after it: "its Big Data platform, Orilo Cloud,"
_KIND_THEN_APPOSED = re.compile(rf"\s+(?:AI\s+)?{PRODUCT_NOUN},\s+(?:the\s+)?(?=[A-Z])")


def _named_in_apposition(view: SentenceView, m: Mention) -> bool:
    """Whether a name of common English words before its kind ("Big Data platform") only describes the product
    named after the kind ("..., Orilo Cloud,")."""
    apposed = _KIND_THEN_APPOSED.match(view.text, m.end)
    if apposed is None or not all(zipf_frequency(w.lower(), "en") >= COMMON_WORD_ZIPF for w in m.text.split()):
        return False
    named = view.mention_at(apposed.end())
    closed = named is not None and re.match(r"\s*(?:[,.;)]|$)", view.text[named.end :]) is not None
    return named is not None and not named.possessive and closed


def _short_for_a_firm(view: SentenceView, m: Mention) -> bool:
    """ "a deal with Brisk Mobile to put its apps on Brisk phones": a name the sentence also gives as the first
    words of a firm's name ("Brisk" of "Brisk Mobile") is that firm's brand, no product of another."""
    head = m.text + " "
    return any(
        o.start != m.start and o.text.startswith(head) and o.text.split()[-1].lower() in ORG_WORDS
        for o in view.mentions
    )


def person_shaped(view: SentenceView, m: Mention) -> bool:
    """A name shaped like a person's that the text does not know as a product ("X's Brian Kim", no kind after it)."""
    return looks_like_person(m.text) and not looks_like_model(m.text) and not _known_as(view, m.text, _PRODUCT)


def prefix_maker(view: SentenceView, name: str) -> tuple[str, str] | None:
    """The organisation whose name opens a product's name ("Velt 001", "Quorra-V4-Pro"), when the text or the graph
    knows it as one (that organisation made it, not another named in the clause), with the rest of the name."""
    words = re.split(r"([\s-]+)", name)  # words at even indices, separators at odd ones
    for cut in range(min(5, len(words) - 2), 0, -2):
        head = "".join(words[:cut])
        if len(head) < 2 or not head[0].isupper():
            continue
        rest = "".join(words[cut + 1 :])
        found = view.b.find(head, _ORG)
        if found is not None:
            return found.ref, rest
        known = view.b.gazetteer.lookup(head)
        ref = view.b.entity(known[0], _ORG) if known is not None and known[1] == _ORG else None
        if ref is not None:
            return ref, rest
    return None


def named_maker(view: SentenceView, name: str) -> str | None:
    """The maker a product's name opens with, for the names makers.maker_prefixed leaves whole ("Velt-X9",
    "Velt v3", "Velt 001"); None for "Velt X9", which it reads as Velt's product X9."""
    named = prefix_maker(view, name)
    if named is None:
        return None
    ref, rest = named
    split_by_maker_prefixed = rest[:1].isupper() and looks_like_model(rest) and name.startswith(f"{name.split()[0]} ")
    return None if split_by_maker_prefixed else ref


def maker_of(view: SentenceView, ref: str | None) -> str | None:
    """The organisation a statement about `ref` is about: `ref` itself, or for a product (or a model-shaped name
    read as a company) its maker as the text states it or as its name opens ("Step 3 ... than rivals like Y" is a
    rivalry of Step 3's maker), None when no maker is known."""
    if ref is None:
        return None
    record = view.b.record(ref)
    model_named = looks_like_model(record.name) and guess_kind(record.name) != _ORG
    if record.kind == _ORG and not model_named:
        return ref
    for type_, subject, obj, _ in view.b.relations:
        if type_ == RelationType.DEVELOPED and (obj == ref or view.b.record(obj).name == record.name):
            return subject
    return named_maker(view, record.name)


# a description as the clause's own subject after a name ("X signed with Y, and the chip giant unveiled its Z")
_DESCRIBED_SUBJECT = re.compile(
    r",?\s+(?:and|but|while)\s+(?:[^,;]{0,40}?\s)?[Tt]he\s+(?:[\w-]+\s+)?(?P<noun>giant|company|firm|group|maker|"
    r"chipmaker|carmaker|start-?up|unicorn)\s+(?:(?:has|had|also|then|later|recently)\s+)*(?:[a-z]+(?:ed|s)\s+)?$"
)
# "X, which competes with Y with its Z chip": "its" stands for the relative clause's head
_RELATIVE = re.compile(r",\s+which\s+(?P<rest>[^,;]*)$")


# a subordinate clause opened by its subject: "a report that Y had asked ...", "after Y launched ..."
_COMPLEMENT = re.compile(r"\b(?:that|after|because|when|while|since|as)\s+(?=[A-Z])")
_AND_ITS = re.compile(r"\s+and\s+$")
_KIND_BEFORE_NAME = re.compile(rf"\b{PRODUCT_NOUN}\s+$")


def _named_party(named: Mention | None, view: SentenceView) -> TypeGuard[Mention]:
    """A name that may own what "its" names: not a possessive, not a person."""
    return named is not None and not named.possessive and not view.is_person(named)


def its_owner(view: SentenceView, its: int, subject_at: int) -> str | None:
    """Whose product the "its" at `its` names: what its_subject decides, else the subject of the clause up to
    `subject_at` ("ByteDance offers ... its Jimeng app"), else the text's company."""
    if _ARTICLE_OPENS.search(view.text, its, subject_at):
        return None  # "began offering its customers the Y": "its" owns the customers, not Y ("its X, the Y" does)
    decided, owner = its_subject(view, its, relative=True)
    if not decided:
        decided, owner = named_before_its(view, its)
    return owner if decided else view.subject_ref(subject_at) or view.doc.topic


# the verb right before "its": "A released Y and B showed its Z" (B's), not "A, a unit of B, ... its" (a preposition)
_VERB_BEFORE_ITS = re.compile(
    r"\b(?!(?:of|in|on|with|from|by|for|to|at|than|and|or|but|as|that|which|who|whose|where|when|into|onto|over|"
    r"under|about|across|through|via|against|between|among|after|before|behind|within|without|despite|like|unlike|"
    r"toward|towards|upon|during|including|plus|all|both|each|also|not|if|while|because|since)\b)[a-z]+\s+$"
)


def named_before_its(view: SentenceView, its: int) -> tuple[bool, str | None]:
    """Whose the "its" after a verb is when a name stands right before that verb ("... and B showed its Z"): (True,
    B) for an organisation, (True, None) for a name that is none (a person, an unknown word); (False, None) when no
    name stands there and the clause's subject decides."""
    verb = _VERB_BEFORE_ITS.search(view.text, 0, its)
    near = view.mention_before(verb.start(), limit=40) if verb is not None else None
    if verb is None or near is None or near.possessive:
        return False, None
    if not _ADVERBS_ONLY.fullmatch(view.text, near.end, verb.start()):
        return False, None
    if re.search(r"\b(?:of|in|on|with|from|by|for|to|at|than)\s+(?:the\s+)?$", view.text[: near.start]):
        return False, None  # "shares of B jumped": B governed by a preposition is no subject
    return True, named_before_verb(view, verb.start())


def its_subject(view: SentenceView, verb: int, *, relative: bool) -> tuple[bool, str | None]:
    """Whose product a verb or an "its" at `verb` names when the clause's first name is not its subject: (True, the
    text's company) after "..., and the company", (True, None) after "..., and the chip giant" (some company named
    before, which one the text does not say), (True, X) for "X, which ... its" (`relative`), (True, Y) for "a
    report that Y ... its" and "after Y launched"; (False, None) when the clause's subject decides."""
    start = clause_start(view.text, verb)
    described = _DESCRIBED_SUBJECT.search(view.text, start, verb)
    if described is not None:
        return True, view.doc.topic if described.group("noun") in ("company", "firm") else None
    and_its = _AND_ITS.search(view.text, start, verb)
    named = view.mention_before(and_its.start() + 1, limit=1) if and_its is not None else None
    if _named_party(named, view):
        return True, view.resolve(named, _ORG)  # "X and its robot Y": the name before "and its"
    found = _RELATIVE.search(view.text, start, verb) if relative else None
    own_subject = view.mention_at(found.start("rest")) if found is not None else None
    if _named_party(own_subject, view) and own_subject.end < verb:
        return True, view.resolve(own_subject, _ORG)  # "Y, which X licensed for its Z app": X's
    named = view.mention_before(found.start() + 1, limit=2) if found is not None else None
    if _named_party(named, view):
        if _KIND_BEFORE_NAME.search(view.text, 0, named.start):
            return True, None  # "its system Y, which runs on its Z": "its" is the product's, no maker
        return True, view.resolve(named, _ORG)
    complements = list(_COMPLEMENT.finditer(view.text, start, verb))
    named = view.mention_at(complements[-1].end()) if complements else None
    if _named_party(named, view) and guess_kind(named.text) in (_ORG, None):
        return True, view.resolve(named, _ORG)  # "X rose on a report that Y had halted its Z": Y's
    return False, None


# After a product's name (and its kind): its maker or seller named ("the Y chip from Z", "made by Z", "Y, licensed
# from Z"): whoever launched, sold or owns Y, Z made it
_MADE = r"(?:made|developed|built|designed|created|supplied|manufactured|licensed|bought|sourced|purchased|acquired|"
_MADE += r"leased|imported|assembled|produced)"
_MAKER_AFTER = re.compile(  # "launched the Y, a headset made by Z": an appositive names its maker too
    r"(?:(?:\s+[\w-]+){0,3}?,?|,\s+(?:a|an|the)(?:\s+[\w-]+){0,3}?)\s+"
    r"(?:(?:which|that)\s+(?:is|was|are|were|(?:has|have|had) been|(?:is|are) being|will be)\s+"
    rf"(?:also\s+|now\s+)?{_MADE}\s+|{_MADE}\s+)?(?:by|from)\s+(?:the\s+)?(?=[A-Z])"
)
# "the Y, a Z-made handset", "its Y phone, a Z-designed device": the maker joined to the verb
_MAKER_JOINED = re.compile(
    r"(?:\s+[\w-]+){0,3}?,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?[A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,2}-"
    r"(?:made|built|designed|developed|manufactured|produced|assembled)\b"
)
# ... or another's possessive ("the Y, Z's newest phone"), a place of the clause's subject where Y is put to use
# ("launched Y on its cloud platform", "introduced Y to its call centres"), a measure of Y ("released Y benchmarks"):
# the subject of "launched" or "introduced" did not make Y
_USED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?,\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s"
    r"|(?:\s+[\w-]+){0,2}?\s+(?:on|to|in|into|across|throughout)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:platforms?|cloud|services?|stores?|shops?|apps?|network|branches|cent(?:er|re)s|offices|customers|clients|"
    r"marketplace|search engine|data ?cent(?:er|re)s|operations)\b"
    r"|\s+(?:benchmarks?|results|scores|tests?|testing|figures|data|rankings?|reviews?|comparisons?|sales|shipments|"
    r"deliveries|orders|prices?|pricing|numbers)\b"
    # "launched the Y phone in May, in partnership with Z": which of the two made it the clause does not say
    r"|[^.;]{0,60}?\b(?:in\s+(?:partnership|collaboration|cooperation|conjunction)|together|jointly)\s+with\s+(?=[A-Z])"
)


def in_other_hands(view: SentenceView, m: Mention, *, owned: bool = False) -> bool:
    """Whether what follows a product's name names its maker (_MAKER_AFTER: an organisation, not a place or a month,
    "launched Y from Shenzhen in March") or, unless an owner is `owned` before the name ("X's Y"), shows that the
    clause's subject sells, hosts or measures it rather than made it (_USED_AFTER)."""
    found = _MAKER_AFTER.match(view.text, m.end)
    maker = view.mention_at(found.end()) if found is not None else None
    if maker is not None and guess_kind(maker.text) != EntityKind.PLACE and not view.is_person(maker):
        return True
    joined = _MAKER_JOINED.match(view.text, m.end)
    if joined is not None and guess_kind(joined.group(0).rsplit(" ", 1)[-1].rsplit("-", 1)[0]) != EntityKind.PLACE:
        return True
    return not owned and _USED_AFTER.match(view.text, m.end) is not None


_ADVERBS_ONLY = re.compile(
    r"\s+(?:(?:has|have|had|also|just|recently|then|later|reportedly|officially|quietly|finally|formally|now)\s+)*"
)


def named_before_verb(view: SentenceView, verb: int) -> str | None:
    """The organisation named right before a verb of making ("..., Nimbic opened stores and Quorra unveiled the Y
    model": Quorra), not one listed with another ("A and B launched") or governed by a preposition."""
    near = view.mention_before(verb, limit=40)
    if near is None or near.possessive or not _ADVERBS_ONLY.fullmatch(view.text, near.end, verb):
        return None
    if re.search(r"\b(?:of|in|on|with|from|by|for|to|at|than)\s+(?:the\s+)?$", view.text[: near.start]):
        return None
    listed = view.mention_before(near.start, limit=8)
    if (
        listed is not None
        and re.fullmatch(r"\s*,?\s*(?:and|or|&)\s+", view.text[listed.end : near.start])
        and not _a_product(view, listed)  # "A launched Y and B unveiled Z": Y closes A's clause, B opens its own
    ):
        return None  # "A and B launched": the clause's subject says whose
    if view.is_person(near) or guess_kind(near.text) == EntityKind.PLACE:
        return None
    ref = view.resolve(near, _ORG)
    return ref if maker_ok(view, ref) else None


def _a_product(view: SentenceView, m: Mention) -> bool:
    """Whether the mention names a product (known as one, or shaped like a model's name), not a co-maker."""
    known = view.b.find(m.text)
    if known is not None:
        return known.kind == EntityKind.PRODUCT
    return looks_like_model(m.text) and guess_kind(m.text) != EntityKind.ORGANIZATION


# "led the round through its X vehicle": an investment vehicle, no car
_THROUGH_ITS = re.compile(r"\b(?:through|via)\s+(?:its|their)\s+$")
_VEHICLE = re.compile(r"\s+vehicles?\b")


def investment_vehicle(view: SentenceView, m: Mention) -> bool:
    """Whether the name is a fund an investor acts through ("through its X vehicle"), not a vehicle it made."""
    return _THROUGH_ITS.search(view.text, 0, m.start) is not None and _VEHICLE.match(view.text, m.end) is not None


# "X sued Y, alleging its Z copied ...", "X accused Y of ... through its platform Z": "its" may be Y's as well as X's
OBJECT_THEN_ITS = re.compile(
    r"\b[a-z]+(?:ed|s)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*,\s+(?:alleging|saying|claiming|accusing|arguing|"
    r"complaining|because|after|since)\b[^.;]*$"
    r"|\b(?:accus|su|charg|blam|fin|criticis|criticiz)(?:e|es|ed|ing)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*\s+"
    r"(?:of|for|over)\b[^.;]*$"
)
