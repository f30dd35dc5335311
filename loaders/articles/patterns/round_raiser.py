"""Who raised a round and how much: the company and the amount a funding sentence's verbs and phrases name (the
round itself, its leads and investors are stated by funding.py)."""

from __future__ import annotations

import re

from graph.model import EntityKind
from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention
from loaders.articles.patterns.clauses import organisation_of
from loaders.articles.patterns.money_owner import raiser_ref, reporting_company, round_amount, titled_person
from loaders.articles.patterns.round_parties import Parties, owner_mention, round_for, speaker
from loaders.money import AmountMatch

THE_ROUND = re.compile(
    r"\b(?:the|this|that) (?:same |latest |new |recent )?(?:round|financing|investment|deal)\b", re.IGNORECASE
)
VALUED = re.compile(
    r"\b(?:valued|valuing) (?P<who>it|them|the (?:company|start-?up|firm|group|developer)|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)"  # noqa: E501
    r" at\s+|\bat an? (?:post-money |pre-money )?valuation of\s+(?P<who2>)|\b(?:was|is|been) valued at\s+(?P<who3>)"
)
ROUND_OWNER = re.compile(
    r"(?P<o>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:[\w$.-]+ ){0,4}?(?:round|funding|raise|Series [A-H]\d?)\b"
)
_FOR_THE_COMPANY = re.compile(r"[^,;]{0,60}?\bfor the (?:company|firm|start-?up|business)\b")
_AMOUNT_FILLER = re.compile(r"\s+(?:further\s+)?(?:an? (?:aggregate|total|sum) of|an additional|another|a further)\s+")
# "closed a round of $100m", "completed a new round of financing exceeding 1.1 billion yuan"
_ROUND_OF = re.compile(
    # "closed its A+ round financing of 90 million yuan"
    r"\s+(?:a|an|its|the)\s+(?:[\w+-]+\s+){0,3}?(?:round|financing)(?:\s+(?:of\s+)?(?:financing|funding|investment))?"
    r"\s+(?:of|worth|totall?ing|exceeding|above|topping)\s+"
)
_WITH_ROUND = re.compile(r"\bwith an? (?:[\w$€£¥.,-]+ ){0,5}?(?:round|financing)\s+$")
_MONEY_NOUN = re.compile(r"\s+(?:(?:equity|strategic|new)\s+)?(?:investment|financing|funding|round)\b")
_A_VALUATION = re.compile(r"\s*(?:post-money\s+|pre-money\s+)?valuation\b")


def amount_after(amounts: list[AmountMatch], pos: int, window: int = 12) -> AmountMatch | None:
    return next((a for a in amounts if 0 <= a.start - pos <= window), None)


def company_and_amount(view: SentenceView, parties: Parties) -> tuple[str | None, AmountMatch | None]:
    """The company raising the round and the amount, from the verbs and phrases that name them."""
    text, amounts = view.text, view.amounts
    company: str | None = None
    amount = None
    led, joined, raised = parties.led, parties.joined, parties.raised
    if raised and joined and joined.start() < raised.start():
        # "A contributed to a round X just closed", "A and B contributed to a round closed in May": the round's verb
        closer = view.mention_before(raised.start(), limit=12)
        company = organisation_of(view, closer) if closer is not None and closer.start > joined.end() else None
        raised = None
    if raised:
        subject = view.subject_mention(raised.start())
        titled = titled_person(view, subject, raised.start())
        subject = titled or subject
        if subject is not None and view.is_person(subject):  # "A has raised $1bn in funding for his venture, X"
            company = organisation_of(view, round_for(view, raised.end()))
            if company is None and titled is not None:
                return None, None  # "X co-founder A raised $5m for his new venture": not X's round
        else:
            company = _described_subject(view, subject, raised.start()) or raiser_ref(view, raised.start())
        filler = _AMOUNT_FILLER.match(text, raised.end())  # "has collected an aggregate of $40 million"
        amount = amount_after(amounts, filler.end() if filler else raised.end(), window=14)
        if amount is not None and _A_VALUATION.match(text, amount.end):
            # "garnered a $4 billion valuation with a $180 million investment": the $180 million is the round's
            amount = next((a for a in amounts if a.start > amount.end and _MONEY_NOUN.match(text, a.end)), None)
        round_of = _ROUND_OF.match(text, raised.end())  # "closed a fundraising round of about $100 million"
        amount = amount or (amount_after(amounts, round_of.end(), window=14) if round_of else None)
    if led:
        amount = amount or amount_after(amounts, led.start(), window=40)
        named = view.mention_after(led.start() + 4, limit=4)
        owner = named if named is not None and named.possessive else round_for(view, led.start())
        company = organisation_of(view, owner) or company  # "F led Stepfun's Series B round", "led a round for X"
        if _FOR_THE_COMPANY.match(text, led.start()):
            company = view.doc.topic  # "N led a series B round for the company": the text's company
    if joined:
        amount = amount or amount_after(amounts, joined.start(), window=40)
    # "X's mammoth $950 million round from A and B": the amount names the round
    amount = amount or round_amount(text, amounts)
    valued = VALUED.search(text)
    if company is None and valued and valued.group("who") and valued.group("who") not in ("it", "them"):
        company = view.resolve(view.mention_at(valued.start("who")), EntityKind.ORGANIZATION)
    round_owner = ROUND_OWNER.search(text)
    owner_m = owner_mention(view, round_owner.start("o")) if round_owner else None
    if company is None and owner_m is not None and owner_m.possessive and not view.is_person(owner_m):
        company = view.resolve(owner_m, EntityKind.ORGANIZATION)  # "Quorra's round was co-led by ..."
        company = None if company in parties.leads else company  # "A's Ada Moss led the round": A led it
    if company is None and (joined or parties.investors):
        company = organisation_of(view, round_for(view))  # "A and B joined the Series C round of X"
    with_round = _WITH_ROUND.search(text, 0, parties.led_by.start()) if parties.led_by else None
    if company is None and with_round is not None:
        company = view.subject_ref(with_round.start())  # "A topped the list with a $117m round led by B": A's
    if company is None and led:
        company = speaker(view, led.start())  # "B said the fund C led a $10 million round": B's round
    if company is None and (joined or led or ((parties.investors or parties.led_by) and THE_ROUND.search(text))):
        # "The new round includes investment from A": the round last read, not the text's company
        company = view.doc.last_round.get("company") or view.doc.topic
    if company is None and (raised or parties.led_by or parties.investors):
        company = view.doc.topic or reporting_company(view)
        if company in parties.leads:  # "Led by A and B, the funding ...": the topic moved to A; the round's company
            company = view.doc.last_round.get("company") or view.doc.previous_topic
    return company, amount


_DESCRIBED = re.compile(
    r"\s+(?:[a-z-]+\s+){0,3}(?:start-?up|company|firm|(?:chip|car|auto)?maker|developer|unicorn)\s+"
)


def _described_subject(view: SentenceView, subject: Mention | None, verb: int) -> str | None:
    """ "Transformer chip startup Etched raised": the startup, named after the words that describe it."""
    described = _DESCRIBED.match(view.text, subject.end) if subject is not None else None
    named = view.mention_at(described.end()) if described is not None else None
    if named is None or named.end > verb or view.is_person(named):
        return None
    return view.resolve(named, EntityKind.ORGANIZATION)
