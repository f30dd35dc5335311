"""Bonds and convertibles sold: "sold 6 billion yuan of dim sum bonds", "the pricing of its offering of US$650
million convertible senior notes", "raised ¥405 billion from a 35-year subordinated retail bond"."""

from __future__ import annotations

import re

from graph.model import EntityKind, EventKind
from loaders.articles.context import SentenceView, clause_start
from loaders.articles.patterns.clauses import clause_date
from loaders.drafts import EventDraft

_ORG = EntityKind.ORGANIZATION


def apply(view: SentenceView) -> None:
    bonds(view)
    bond_issues(view)


_BOND = re.compile(
    r"\b(?P<inst>(?:(?!(?:of|the|its|a|an|with|and|in|on|for)\b)[a-z-]+ ){0,2}(?:bonds?|notes|convertibles?|debentures))\b"  # noqa: E501
)


def bonds(view: SentenceView) -> None:
    """An amount beside a bond or a note ("sold 6 billion yuan of dim sum bonds", "a $2 billion bond sale"): the
    issuer is the subject of the clause naming the instrument, else the sentence's subject or the text's company."""
    text = view.text
    bond = _BOND.search(text)
    if bond is None:
        return
    instrument = re.sub(r"^(?:of|the|its|a|an|with)\s+", "", bond.group("inst")).strip()
    instrument = (
        re.sub(r"s$", "", instrument) if instrument.endswith("bonds") or instrument.endswith("notes") else instrument
    )
    issuer = view.subject_ref(bond.start())
    if issuer is None:
        subject_m = view.subject_mention()
        issuer = view.resolve(subject_m, EntityKind.ORGANIZATION) if subject_m else view.doc.topic
    if issuer is None:
        return
    for found in view.amounts:
        after = text[found.text_end : found.text_end + 40]
        before = text[max(0, found.start - 25) : found.start]
        if not (
            re.match(r"\s+of\s+(?:[a-z]+\s+){0,3}(?:bonds?|notes|convertibles?|debt)", after)
            or re.match(r"\s+(?:[a-z-]+\s+){0,2}(?:sale|deal|issue|offering|bond)", after)
            or re.search(r"\b(?:sold|issued|priced|placed)\s+$", before)
        ):
            continue
        date = view.date_near(found.end, after_only=True, window=70) or view.date_near(found.start, window=40)
        coupon = re.search(r"(\d+(?:\.\d+)?)%\s+coupon", after + text[found.text_end + 40 : found.text_end + 80])
        tranches = re.search(r"\b(two|three|four|dual)[- ](?:part|tranche)", after)
        props = {
            "usd_approx": found.usd_approx.amount if found.usd_approx else None,
            "coupon_pct": float(coupon.group(1)) if coupon else None,
            "tranches": {"two": 2, "dual": 2, "three": 3, "four": 4}[tranches.group(1)] if tranches else None,
            "qualifier": found.qualifier,
        }
        view.b.event(
            EventDraft(
                kind=EventKind.SECURITY_ISSUE,
                subject=issuer,
                date=date,
                summary=f"{instrument} {found.money}",
                amount=found.money,
                instrument=instrument,
                properties={k: v for k, v in props.items() if v is not None},
                qualifier=f"{found.money.currency}{found.money.amount}",
                span=view.span(found.start, found.text_end),
            ),
            (EventKind.SECURITY_ISSUE, issuer, found.money.amount, found.money.currency, str(date)),
        )


# "sold $1.75 billion of its convertible senior notes", "raised ¥405 billion from a 35-year subordinated retail
# bond", "the pricing of its offering of US$650 million convertible senior notes"
_ISSUE_BEFORE = re.compile(
    r"\b(?:sold|sells|issued|issues|priced|prices|raised|raises|placed|offered|selling|issuing|"
    r"(?:pricing|sale|issuance|issue|placement) of(?: its| an?| the)?(?: [\w-]+){0,3}? (?:offering )?(?:of )?)"
    r"[^.;$€¥£]{0,40}$"
)
_INSTRUMENT_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:of|in|from|worth of)\s+)?(?:(?:its|an?|the|new)\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){0,7}(?:bonds?|notes|convertibles?|debentures))\b",
    re.IGNORECASE,
)


def bond_issues(view: SentenceView) -> None:
    """Bonds and convertibles sold for an amount: the issuer is the clause's subject (or the text's company).
    Runs after the market family's bond reading, which it completes: an amount already issued is skipped."""
    issued = {(e.amount.amount, e.amount.currency) for e in view.b.events.values() if e.amount and e.instrument}
    for found in view.amounts:
        if (found.money.amount, found.money.currency) in issued:
            continue
        verb = _ISSUE_BEFORE.search(view.text[max(0, found.start - 120) : found.start])
        instrument = _INSTRUMENT_AFTER.match(view.text[found.end :])
        if verb is None or instrument is None:
            continue
        verb_at = max(0, found.start - 120) + verb.start()
        issuer = view.subject_ref(verb_at) or view.doc.topic
        if issuer is None or view.b.record(issuer).kind != _ORG:
            continue
        words = " ".join(instrument.group("kind").lower().split()).split(" of ")[-1]  # "... amount of X notes"
        kind = re.sub(r"(bond|note|convertible|debenture)s\b", r"\1", words)
        date = view.date_near(found.end, after_only=True, window=40) or clause_date(view, verb_at)
        money = found.money
        view.b.event(
            EventDraft(
                kind=EventKind.SECURITY_ISSUE,
                subject=issuer,
                date=date,
                summary=f"{kind} {money}",
                amount=money,
                instrument=kind,
                qualifier=f"{money.currency}{money.amount}",
                span=view.span(clause_start(view.text, verb_at), found.end + instrument.end()),
            ),
            (EventKind.SECURITY_ISSUE, issuer, money.amount, money.currency, str(date)),
        )
