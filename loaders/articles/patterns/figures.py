"""Size figures beside the share price: headcounts and users, contracts won. Bonds and notes sold: bonds.py."""

from __future__ import annotations

import re
from typing import Any

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import looks_like_person
from loaders.articles.patterns.agreements import named_or_not
from loaders.drafts import EventDraft

_ORG = EntityKind.ORGANIZATION


def apply(view: SentenceView) -> None:
    counts(view)
    user_bases(view)
    employs(view)
    contracts(view)


_COUNT = re.compile(
    r"(?P<qual>more than|over|about|around|roughly|nearly|almost|some|at least|approximately)?\s*(?P<num>\d[\d,.]*)\s*(?P<scale>million|billion|thousand|m|bn|k)?\s+"  # noqa: E501
    r"(?P<what>(?:monthly |daily |weekly |annual |yearly )?(?:active |paying |transacting )?users|"
    r"MAUs?|DAUs?|employees|staff|workers|people on staff|"
    r"customers|subscribers)\b",
    re.IGNORECASE,
)
_EMPLOYS = re.compile(
    r"\b(?:employs|employed|has a (?:staff|workforce) of|a (?:staff|workforce|headcount) of"
    # "trimming its staff by 9% to 2,730": what is left after the cut
    r"|(?:reduc(?:ed|ing)|cutting|trimm(?:ed|ing)|shrinking|shrank|bringing|brought|taking|took|lower(?:ed|ing))"
    r"\s+(?:its|the|their)\s+(?:workforce|headcount|staff)"
    r"\s+(?:by\s+[\d.,]+(?:\s?(?:%|per ?cent|percent))?\s+)?to)\s+"
    r"(?P<qual>more than |over |about |around |roughly |nearly |almost |some |approximately )?(?P<num>\d[\d,]*)(?: (?:people|staff|workers|employees))?\b"  # noqa: E501
    # "the company has a 200-person team", "has a 150-strong workforce"
    r"|\b(?:has|had|have|with)\s+(?:a|an)\s+(?P<num2>\d[\d,]*)[- ](?:person|people|member|strong)\s+"
    r"(?:team|staff|workforce)\b",
    re.IGNORECASE,
)
_CONTRACT_PARTY = (
    # "a contract from Y", "a contract to supply batteries to Y": the other party
    r"(?:(?:\s+(?:from|with|by)|\s+(?:to|for)\s+(?:supply(?:ing)?|provid(?:e|ing)|deliver(?:ing)?)\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?:to|for))\s+(?:the\s+)?(?:(?:city|province|municipality|government) of\s+)?"
    r"(?P<party>(?-i:[A-Z][\w.&-]*(?: (?:of )?[A-Z][\w.&-]*)*)"
    r"(?: (?:municipal |provincial |city |central )?(?:government|ministry|military|army|police))?))?"
)
_CONTRACT = re.compile(
    r"\b(?:won|awarded|signed|secured|landed)\s+(?:a|an)\s+"
    r"(?P<what>(?:[\w-]+\s+|\([^()]{1,30}\)\s+|(?:US)?[$€£¥]\s?[\d.,]+\s+){0,6}?"
    r"(?:contract|(?<!court )(?<!restraining )(?<!executive )(?<!gag )(?<!protection )order))\b" + _CONTRACT_PARTY,
    re.IGNORECASE,
)
# "Y awarded X a $300 million contract", "Y awarded the contract to X": X won it from Y
_AWARDED = re.compile(
    r"\b(?:awarded|granted|gave|handed)\s+(?:(?=[A-Z])(?P<winner>[^,;]{1,60}?)\s+(?:a|an)|(?P<the>a|an|the))\s+"
    r"(?P<what>(?:[\w-]+\s+|\([^()]{1,30}\)\s+|(?:US)?[$€£¥]\s?[\d.,]+\s+){0,6}?contract)\b"
    r"(?(the)\s+to\s+(?=[A-Z]))"
)
# "after a government contract worth 1.2 billion yuan with the city of Chongqing": no verb, but public and priced.
_PUBLIC_CONTRACT = re.compile(
    r"\b(?:a|an)\s+(?P<what>(?:government|state|municipal|city|provincial|military|public)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contract|project|order|tender))\s+worth\s+(?:(?:about|around|nearly|more than|over|some)\s+)?"
    r"(?:US\$|HK\$|[$¥]|RMB\s?|CNY\s?|USD\s?)?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn)\b)?"
    r"(?:\s*(?:yuan|dollars?|RMB|CNY|USD|HKD)\b)?" + _CONTRACT_PARTY,
    re.IGNORECASE,
)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}


def counts(view: SentenceView) -> None:
    text = view.text
    for m in _COUNT.finditer(text):
        what = m.group("what").lower()
        attribute = "employees" if what in ("employees", "staff", "workers", "people on staff") else "users"
        at = m.start("qual") if m.group("qual") else m.start("num")
        if (
            _NOT_A_HEADCOUNT.search(text, max(0, at - 40), at)
            or _ACTING_COUNT.match(text, m.end())
            or (attribute == "employees" and (_AT_A_SITE.match(text, m.end()) or _SITE_EMPLOYS.search(text, 0, at)))
        ):
            continue  # "laying off 300 workers", "aims to serve 500 million users", "2,000 users have added X"
        opening_with = re.match(r"\s*With\b[^,]*,\s+the\s+[a-z]", text)
        if opening_with is not None and at < opening_with.end():
            continue  # "With 5 million users, the platform ...": the count of what the sentence describes
        number = float(m.group("num").replace(",", "")) * _SCALES.get((m.group("scale") or "").lower(), 1)
        subject: str | None
        head = text[: m.start()]
        if re.search(r"\bthe (?:product|app|model|service)\b[^.;]*$", head) and view.doc.last_product:
            subject = view.doc.last_product
            # users belong to a product, not to one of its versions: "Kling 2.0 ... the product had N users"
            family = re.sub(r"\s+v?\d+(?:\.\d+)*$", "", view.b.record(subject).name)
            base = view.b.find(family, EntityKind.PRODUCT) if family != view.b.record(subject).name else None
            if base is not None:
                subject = base.ref
        else:
            subject = _owner_of_count(view, at) or view.subject_ref(m.start()) or view.doc.topic
        if subject is None:
            continue
        as_of = view.date_near(m.end(), after_only=True, window=25) or view.sentence_date()
        props = {"qualifier": (m.group("qual") or "").lower() or None, "metric": what}
        view.b.attribute(
            subject, attribute, int(number), view.span(m.start(), m.end()), valid_from=as_of, properties=props
        )


# "X's subscriber base stood at 23.6 million", "its customer base reached 4 million"
_BASE = re.compile(
    r"\b(?P<what>subscriber|user|customer)\s+base\s+(?:stood at|stands at|reached|rose to|grew to|hit|topped|of)\s+"
    r"(?P<qual>more than |over |about |around |roughly |nearly |almost )?(?P<num>\d[\d,.]*)\s*"
    r"(?P<scale>million|billion|thousand|m|bn)?\b"
)
_OWNER_GAP = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}")


def user_bases(view: SentenceView) -> None:
    """The size of a company's subscriber, user or customer base, owned by the possessive before it ("X's", "its")."""
    for m in _BASE.finditer(view.text):
        named = view.mention_before(m.start(), limit=30)
        if named is not None and named.possessive and _OWNER_GAP.fullmatch(view.text, named.end, m.start()):
            owner = None if view.is_person(named) or looks_like_person(named.text) else view.resolve(named, _ORG)
        elif re.search(r"\bits\s+(?:[a-z-]+\s+){0,2}$", view.text[: m.start()]):
            owner = view.subject_ref(m.start()) or view.doc.topic
        else:
            continue
        if owner is None:
            continue
        number = float(m.group("num").replace(",", "")) * _SCALES.get((m.group("scale") or "").lower(), 1)
        props = {"qualifier": (m.group("qual") or "").strip() or None, "metric": f"{m.group('what')}s"}
        as_of = view.date_near(m.end(), after_only=True, window=25) or view.sentence_date()
        span = view.span(m.start(), m.end()).model_copy(update={"rule": "figures.counts.users"})  # a count of users
        view.b.attribute(owner, "users", int(number), span, valid_from=as_of, properties=props)


_THE_COMPANY_BEFORE = re.compile(
    r"\b(?:it|the (?:company|firm|group|start-?up|business))\s+(?:(?:\w+ly|now|still)\s+){0,2}$"
)


# Verbs whose object is some of the staff or users, or a goal: "laid off 300 workers", "hired 50 employees", "plans
# to reach 100 million users"
_NOT_A_HEADCOUNT = re.compile(
    r"\b(?:lay(?:s|ing)? off|laid off|cut(?:s|ting)?|fir(?:e|es|ed|ing)|dismiss\w*|sack\w*|shed(?:s|ding)?|"
    r"hir(?:e|es|ed|ing)|recruit\w*|add(?:s|ed|ing)?|mobili[sz]\w*|deploy\w*|train\w*|relocat\w*|furlough\w*|"
    r"eliminat\w*|transferr?\w*|affect\w*|lost|los(?:e|es|ing)|tak(?:e|es|ing|en)|remov\w*|"
    r"(?:aims?|plans?|hopes?|wants?|seeks?|expects?|targets?|goal is) to"
    r"(?:\s+\w+)?|to (?:serve|reach|hit|attract|have|get|win)|impact\w*"
    # a change, not the count: "reduced its headcount by 900 staff", "a drop of 2,000 employees"
    r"|(?:reduc|cut|gr[eo]w|grown|r[io]se|risen|f[ae]ll|increas|decreas|dropp?|declin|shr[aiu]nk|slash|trimm?)\w*"
    r"(?:\s+[\w’']+){0,3}?\s+by|(?:reduction|drop|decline|fall|rise|increase|cut|loss|addition|net add)s? of)"
    r"\s+(?:(?:more than|over|about|around|roughly|nearly|almost|some|at least|approximately|another|an additional)"
    r"\s+)?$",
    re.IGNORECASE,
)
# a part of the company the count is of: "300 staff at its Lisbon plant", "in its chip division"
_AT_A_SITE = re.compile(
    r"(?:\s+people|\s+staff|\s+workers|\s+employees)?\s+(?:at|in)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|offices?|sites?|units?|divisions?|cent(?:re|er)s?|campus|stores?|"
    r"branch(?:es)?|subsidiar(?:y|ies)|operations)\b"
)
# a site is the employer: "the X facility employed 10,000 people", "its Pune plant employs 800"
_SITE_EMPLOYS = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|campus|mines?|"
    r"warehouses?|stores?|branch(?:es)?)\s+(?:(?:now|still|then|currently|alone|reportedly)\s+)?"
    r"(?:(?:employs|employed|has|had)\s+(?:more than |over |about |around |some |nearly )?)?$"
)
# the count is the subject of a verb of its own: "2,000 users have added X to their profiles"
_ACTING_COUNT = re.compile(r"\s+(?:have|has|had|will|would|could|can|added|signed|joined|complained)\b")
_WHICH_HAS = re.compile(r",\s+which\s+(?:now\s+)?(?:has|had|have|boasts|counts|serves|claims)\s+$")


def _owner_of_count(view: SentenceView, start: int) -> str | None:
    """ "X's 600 million users", "X's estimated 180 million users": the possessive right before the count; "X,
    which has 500 million users": the relative clause's antecedent."""
    head = view.text[max(0, start - 60) : start]
    which = _WHICH_HAS.search(head)
    named = view.mention_before(start - len(head) + which.start(), limit=4) if which else view.mention_before(start, 24)
    if named is None or view.is_person(named):
        return None
    if not which and not (named.possessive and re.fullmatch(r"['’]s?\s+(?:[a-z]+\s+)?", view.text[named.end : start])):
        return None
    return view.resolve(named, EntityKind.ORGANIZATION)


def employs(view: SentenceView) -> None:
    text = view.text
    for m in _EMPLOYS.finditer(text):
        if _AT_A_SITE.match(text, m.end()) or _SITE_EMPLOYS.search(text, 0, m.start()):
            continue  # "employs 300 people at its Lisbon plant", "the X facility employed 300": a site's staff
        if _THE_COMPANY_BEFORE.search(text, 0, m.start()):
            subject = view.doc.topic  # "A, its marketing chief, said the company employs 600": the text's company
        else:
            subject = view.subject_ref(m.start()) or view.doc.topic
        if subject is None or view.b.find(view.b.record(subject).name, EntityKind.PERSON) is not None:
            continue  # a headcount is a company's, never a person's
        qualifier = (m.group("qual") or "").strip() or None
        view.b.attribute(
            subject,
            "employees",
            int((m.group("num") or m.group("num2")).replace(",", "")),
            view.span(m.start(), m.end()),
            valid_from=view.sentence_date(),
            properties={"qualifier": qualifier, "metric": "employees"},
        )


def contracts(view: SentenceView) -> None:
    text = view.text
    for m in (*_CONTRACT.finditer(text), *_PUBLIC_CONTRACT.finditer(text)):
        subject = view.subject_ref(m.start())
        if subject is None:
            continue
        party = (m.group("party") or "").rstrip(".")
        party_span = view.span(m.start("party"), m.start("party") + len(party)) if party else None
        party_ref = view.b.entity(party, EntityKind.ORGANIZATION, party_span) if party else None
        view.b.event(*_contract(view, subject, party_ref, m))
        if party_ref and re.search(r"government|ministry|military|army|police", party):
            view.b.record(party_ref).categories.add("government")
    for m in _AWARDED.finditer(text):
        winner = view.mention_at(m.end() if m.group("the") else m.start("winner"))
        if winner is None or (m.group("winner") and winner.end != m.end("winner")) or winner.possessive:
            continue  # "awarded its staff a bonus", "awarded A's unit a contract": no company named whole
        if view.is_person(winner) or (looks_like_person(winner.text) and view.b.find(winner.text, _ORG) is None):
            continue
        awarder = view.subject_ref(m.start())
        won = view.resolve(winner, _ORG)
        if awarder is not None and won is not None and won != awarder:
            view.b.event(*_contract(view, won, awarder, m))


def _contract(
    view: SentenceView, subject: str, party_ref: str | None, m: re.Match[str]
) -> tuple[EventDraft, tuple[Any, ...]]:
    """The contract event and its key (stated by `contracts`, whose name the rule keeps)."""
    found = view.amounts
    amounts = [a for a in found if m.start() <= a.start < m.end()] or [a for a in found if abs(a.start - m.end()) < 40]
    date = view.sentence_date() or view.doc.published_at
    return (
        EventDraft(
            kind=EventKind.CONTRACT,
            subject=subject,
            date=date,
            summary=m.group("what"),
            amount=amounts[0].money if amounts else None,
            participants=(party_ref,) if party_ref else (),
            properties={"what": m.group("what")},
            span=named_or_not(view.span(m.start(), m.end()), party_ref, "figures"),
        ),
        (EventKind.CONTRACT, subject, party_ref, str(date)),
    )
