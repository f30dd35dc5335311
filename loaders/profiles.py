"""Company profiles -> DocumentDraft: one handler per profile section.

The file is read and validated by loaders/profile_reader.py into the models of loaders/profile_format.py; here
each section of a company (`founders`, `funding_rounds`, `products`, ...) becomes the entity drafts and statements
it states, each quoting the profile field it comes from (`funding_rounds[0]: MiniMax raised ...`). The company's
own entity is authoritative (a curated profile's subject); the names it mentions resolve as any mention does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind, JSONValue, Money, RelationType
from graph.names import category_value
from loaders.drafts import DocumentDraft, DraftBuilder, SourceMeta
from loaders.profile_format import CompanyProfile, FundingRound, Ownership, ProductEntry
from loaders.profile_reader import parse_profiles

ORG = EntityKind.ORGANIZATION


@dataclass(frozen=True)
class _Company:
    """The company a profile describes, as its section handlers see it."""

    b: DraftBuilder
    p: CompanyProfile
    me: str  # the company's entity draft
    prefix: str  # "[2]." for the third company of a list file, "" otherwise

    @property
    def name(self) -> str:
        return self.p.name


def _money_text(money: Money | None) -> str:
    return str(money) if money else "undisclosed amount"


def _when(date: PartialDate | None) -> str:
    return f" ({date})" if date else ""


def _money_json(money: Money) -> dict[str, JSONValue]:
    return {"amount": money.amount, "currency": money.currency}


def _noted(note: str | None) -> dict[str, JSONValue]:
    return {"note": note} if note else {}


def _ownership(entry: Ownership) -> dict[str, JSONValue]:
    return {"ownershipPct": entry.ownership_pct} if entry.ownership_pct is not None else {}


def _owned(
    c: _Company,
    type_: RelationType,
    subject: str,
    object_: str,
    entry: Ownership,
    quote: str,
    since: PartialDate | None = None,
) -> None:
    """A relation of ownership (parent, subsidiary, spin-off) over the entry's period and with its share."""
    c.b.relation(
        type_,
        subject,
        object_,
        quote,
        valid_from=since or entry.since,
        valid_to=entry.until,
        properties=_ownership(entry),
    )


def _role_properties(role: str | None, former: bool) -> dict[str, JSONValue]:
    properties: dict[str, JSONValue] = {"role": role} if role else {}
    return {**properties, "former": True} if former else properties


def _headquarters(c: _Company) -> None:
    if c.p.headquarters:
        quote = f"{c.prefix}headquarters: {c.name} is headquartered in {c.p.headquarters}"
        place = c.b.entity(EntityKind.PLACE, c.p.headquarters, quote)
        c.b.relation(RelationType.HEADQUARTERED_IN, c.me, place, quote)


def _founders(c: _Company) -> None:
    b = c.b
    for i, founder in enumerate(c.p.founders):
        where = f"{c.prefix}founders[{i}]"
        person = b.entity(EntityKind.PERSON, founder.name, f"{where}: {founder.name}")
        b.relation(
            RelationType.FOUNDED, person, c.me, f"{where}: {founder.name} founded {c.name}", valid_from=c.p.founded
        )
        for j, employer in enumerate(founder.previous_employers):
            quote = f"{where}.previous_employers[{j}]: {founder.name} formerly at {employer.name}"
            b.relation(
                RelationType.WORKS_AT,
                person,
                b.entity(ORG, employer.name, quote),
                quote,
                valid_from=employer.valid_from,
                valid_to=employer.valid_to,
                properties={"former": True, **({"role": employer.role} if employer.role else {})},
                qualifier=employer.role,
            )
        for j, aff in enumerate(founder.affiliations):
            quote = f"{where}.affiliations[{j}]: {founder.name}{', ' + aff.role if aff.role else ''} at {aff.name}"
            b.relation(
                RelationType.AFFILIATED_WITH,
                person,
                b.entity(ORG, aff.name, quote),
                quote,
                valid_from=aff.valid_from,
                valid_to=aff.valid_to,
                properties={"role": aff.role} if aff.role else {},
                qualifier=aff.role,
            )


def _people(c: _Company) -> None:
    for i, role in enumerate(c.p.people):
        was = "formerly " if role.former else ""
        quote = f"{c.prefix}people[{i}]: {role.name}{', ' + was + role.role if role.role else ''} at {c.name}"
        c.b.relation(
            RelationType.WORKS_AT,
            c.b.entity(EntityKind.PERSON, role.name, quote),
            c.me,
            quote,
            valid_from=role.valid_from,
            valid_to=role.valid_to,
            properties=_role_properties(role.role, role.former),
            qualifier=role.role,
        )


def _investors(c: _Company) -> None:
    for i, inv in enumerate(c.p.investors):
        quote = f"{c.prefix}investors[{i}]: {inv.name} invested in {c.name}{_when(inv.since)}"
        if inv.note:
            quote += f" ({inv.note})"
        investor = c.b.entity(ORG, inv.name, quote, categories=("investor",))
        stake: dict[str, JSONValue] = {"lead": True} if inv.lead else {}
        c.b.relation(
            RelationType.INVESTED_IN,
            investor,
            c.me,
            quote,
            valid_from=inv.since,
            properties={**stake, **_noted(inv.note)},
        )


def _round_summary(name: str, rnd: FundingRound) -> str:
    summary = f"{name} raised {_money_text(rnd.amount)}{' in a ' + rnd.stage + ' round' if rnd.stage else ''}"
    if rnd.leads:
        summary += f" led by {', '.join(rnd.leads)}"
    if rnd.post_money:
        summary += f" at a post-money valuation of {rnd.post_money}"
    return summary


def _funding_rounds(c: _Company) -> None:
    """Each round is an event; its investors' INVESTED_IN relations and its post-money valuation name it."""
    b = c.b
    for i, rnd in enumerate(c.p.funding_rounds):
        amount = rnd.amount.currency + str(rnd.amount.amount) if rnd.amount else ""
        round_key = f"{rnd.date or ''}|{rnd.stage or ''}|{amount}"
        summary = _round_summary(c.name, rnd)
        quote = f"{c.prefix}funding_rounds[{i}]: {summary}{_when(rnd.date)}"
        leads = [b.entity(ORG, name, quote, categories=("investor",)) for name in rnd.leads]
        others = [b.entity(ORG, name, quote, categories=("investor",)) for name in rnd.investors]
        others = [ref for ref in others if ref not in leads]
        b.event(
            EventKind.FUNDING_ROUND,
            c.me,
            quote,
            date=rnd.date,
            actor=leads[0] if leads else None,
            summary=summary,
            amount=rnd.amount,
            stage=rnd.stage,
            pre_money=rnd.pre_money,
            post_money=rnd.post_money,
            leads=tuple(leads),
            participants=tuple(others),
            properties=_noted(rnd.note),
            qualifier=round_key,
        )
        for ref in [*leads, *others]:
            b.relation(
                RelationType.INVESTED_IN,
                ref,
                c.me,
                quote,
                valid_from=rnd.date,
                properties={"lead": ref in leads},
                round=round_key,
                qualifier=round_key,
            )
        if rnd.post_money:
            b.attribute(
                c.me,
                "valuation",
                _money_json(rnd.post_money),
                quote,
                valid_from=rnd.date,
                properties={"basis": "post-money"},
                round=round_key,
            )


def _valuations(c: _Company) -> None:
    for i, val in enumerate(c.p.valuations):
        quote = f"{c.prefix}valuations[{i}]: {c.name} valued at {val.amount}{_when(val.date)}"
        if val.note:
            quote += f" ({val.note})"
        c.b.event(
            EventKind.VALUATION,
            c.me,
            quote,
            date=val.date,
            summary=f"{c.name} valued at {val.amount}",
            amount=val.amount,
            properties=_noted(val.note),
            qualifier=f"{val.amount.currency}{val.amount.amount}",
        )
        c.b.attribute(
            c.me, "valuation", _money_json(val.amount), quote, valid_from=val.date, properties=_noted(val.note)
        )


def _products(c: _Company) -> None:
    for i, prod in enumerate(c.p.products):
        where = f"{c.prefix}products[{i}]"
        quote = f"{where}: {c.name} developed {prod.name}{_when(prod.released)}"
        product = c.b.entity(
            EntityKind.PRODUCT,
            prod.name,
            quote,
            aliases=tuple(prod.aliases),
            product_kind=prod.kind,
            released_on=prod.released,
            discontinued_on=prod.discontinued,
            attributes=dict(prod.attributes),
            description=prod.description,
        )
        c.b.relation(RelationType.DEVELOPED, c.me, product, quote, valid_from=prod.released)
        if prod.released:
            c.b.event(
                EventKind.PRODUCT_RELEASE,
                product,
                quote,
                actor=c.me,
                date=prod.released,
                summary=f"{c.name} released {prod.name}",
            )
        _product_links(c.b, prod, product, where)


def _product_links(b: DraftBuilder, prod: ProductEntry, product: str, where: str) -> None:
    """A product's `based_on` and `compared_to`: relations to other products."""
    for j, base in enumerate(prod.based_on):
        quote = f"{where}.based_on[{j}]: {prod.name} is based on {base}"
        b.relation(RelationType.BASED_ON, product, b.entity(EntityKind.PRODUCT, base, quote), quote)
    for j, other in enumerate(prod.compared_to):
        quote = f"{where}.compared_to[{j}]: {prod.name} compared to {other.name}"
        if other.note:
            quote += f": {other.note}"
        b.relation(
            RelationType.COMPARED_TO,
            product,
            b.entity(EntityKind.PRODUCT, other.name, quote),
            quote,
            properties=_noted(other.note),
        )


def _spun_off_from(c: _Company) -> None:
    origin = c.p.spun_off_from
    if origin:
        quote = f"{c.prefix}spun_off_from: {c.name} was spun off from {origin.name}{_when(origin.since)}"
        source = c.b.entity(ORG, origin.name, quote)
        _owned(c, RelationType.SPUN_OFF_FROM, c.me, source, origin, quote, since=origin.since or c.p.founded)


def _parent(c: _Company) -> None:
    par = c.p.parent
    if par:
        quote = f"{c.prefix}parent: {c.name} is a subsidiary of {par.name}{_when(par.since)}"
        _owned(c, RelationType.SUBSIDIARY_OF, c.me, c.b.entity(ORG, par.name, quote), par, quote)


def _subsidiaries(c: _Company) -> None:
    for i, sub in enumerate(c.p.subsidiaries):
        quote = f"{c.prefix}subsidiaries[{i}]: {sub.name} is a subsidiary of {c.name}{_when(sub.since)}"
        categories = tuple(category_value(x) for x in sub.categories)
        child = c.b.entity(ORG, sub.name, quote, categories=categories, description=sub.description)
        _owned(c, RelationType.SUBSIDIARY_OF, child, c.me, sub, quote)


def _listings(c: _Company) -> None:
    for i, listing in enumerate(c.p.listings):
        quote = f"{c.prefix}listings[{i}]: {c.name} listed on {listing.exchange}{_when(listing.date)}"
        if listing.ticker:
            quote += f" as {listing.ticker}"
        exchange = c.b.entity(ORG, listing.exchange, quote, categories=("exchange",))
        ticker: dict[str, JSONValue] = {"ticker": listing.ticker} if listing.ticker else {}
        c.b.relation(
            RelationType.LISTED_ON,
            c.me,
            exchange,
            quote,
            valid_from=listing.date,
            properties=ticker,
            qualifier=listing.ticker,
        )
        c.b.event(
            EventKind.LISTING,
            c.me,
            quote,
            actor=exchange,
            date=listing.date,
            summary=f"{c.name} listed on {listing.exchange}" + (f" ({listing.ticker})" if listing.ticker else ""),
            properties=ticker,
            qualifier=listing.exchange,
        )


def _contracts(c: _Company) -> None:
    for i, contract in enumerate(c.p.contracts):
        quote = f"{c.prefix}contracts[{i}]: {contract.description}{_when(contract.date)}"
        counterparty = c.b.entity(ORG, contract.counterparty, quote) if contract.counterparty else None
        c.b.event(
            EventKind.CONTRACT,
            c.me,
            quote,
            date=contract.date,
            actor=counterparty,
            summary=contract.description,
            amount=contract.amount,
            participants=(counterparty,) if counterparty else (),
            qualifier=contract.description,
        )


def _metrics(c: _Company) -> None:
    for i, metric in enumerate(c.p.metrics):
        quote = f"{c.prefix}metrics[{i}]: {metric.attribute} = {metric.value}{_when(metric.as_of)}"
        if metric.note:
            quote += f" ({metric.note})"
        c.b.attribute(
            c.me, metric.attribute, metric.value, quote, valid_from=metric.as_of, properties=_noted(metric.note)
        )


# The profile's sections in the order their statements are drafted.
SECTIONS: tuple[Callable[[_Company], None], ...] = (
    _headquarters,
    _founders,
    _people,
    _investors,
    _funding_rounds,
    _valuations,
    _products,
    _spun_off_from,
    _parent,
    _subsidiaries,
    _listings,
    _contracts,
    _metrics,
)


def add_company(b: DraftBuilder, p: CompanyProfile, prefix: str = "") -> str:
    """Draft one company's profile into the builder (`prefix` locates it in a list file); returns its reference."""
    me = b.entity(
        ORG,
        p.name,
        f"{prefix}name: {p.name}",
        aliases=tuple(p.aliases),
        legal_name=p.legal_name,
        categories=tuple(category_value(c) for c in p.categories),
        founded_on=p.founded,
        dissolved_on=p.dissolved,
        description=p.description,
        authoritative=True,
    )
    company = _Company(b, p, me, prefix)
    for section in SECTIONS:
        section(company)
    return me


def _source_meta(profiles: Sequence[CompanyProfile], title: str | None) -> tuple[SourceMeta, list[str]]:
    """The document's source, described by its first `sources` entry, and the warnings about its `sources`."""
    first_source = next((s for p in profiles for s in p.sources), None)
    warnings: list[str] = []
    if not any(p.sources for p in profiles):
        warnings.append("no `sources` entry: the statements cite only the profile file itself")
    extra = len({entry for p in profiles for entry in p.sources}) - 1
    if extra > 0:
        warnings.append(
            f"the document is one source: its first `sources` entry describes it, {extra} more not recorded"
        )
    ids = [p.id for p in profiles if p.id]
    meta = SourceMeta(
        profile_id=",".join(ids) if ids else None,
        title=title or (first_source.title if first_source else f"{profiles[0].name} profile"),
        url=first_source.url if first_source else None,
        publisher=first_source.publisher if first_source else None,
        published_at=first_source.published_at if first_source else None,
        format="profile",
    )
    return meta, warnings


def profiles_to_draft(profiles: Sequence[CompanyProfile], *, title: str | None = None) -> DocumentDraft:
    """Turn validated profiles into one DocumentDraft (the profile's subject drafts are authoritative)."""
    builder = DraftBuilder()
    many = len(profiles) > 1
    for i, profile in enumerate(profiles):
        add_company(builder, profile, f"[{i}]." if many else "")
    meta, warnings = _source_meta(profiles, title)
    return builder.build(meta, warnings)


def read_profile(text: str, fmt: Literal["yaml", "json"] = "yaml", path: str = "<profile>") -> DocumentDraft:
    """Text of a profile file -> DocumentDraft; a ProfileError names path, field and reason."""
    return profiles_to_draft(parse_profiles(text, fmt, path))
