"""Company profiles (YAML or JSON): validated by pydantic models, read into a DocumentDraft.

A file holds one company (a mapping) or several (a list of mappings). Every field is optional
except the company's name; dates are partial ("2024", "2024-03", "2024-03-15"); amounts of money
are either {amount: 600000000, currency: USD} or text such as "600 million USD".
Errors name the file, the field (pydantic's location) and what was found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Literal

import pycountry
import yaml
from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from graph.dates import PartialDate
from graph.errors import InputError
from graph.model import EntityKind, EventKind, JSONValue, Money, ProductKind, RelationType
from graph.names import category_value, normalize_key
from loaders.drafts import (
    EVENT_REF,
    AttributeDraft,
    DocumentDraft,
    EntityDraft,
    EventDraft,
    RelationDraft,
    SourceMeta,
    Span,
)
from loaders.money import MoneyError, parse_money

MONEY_EXAMPLE = '"600 million USD" or {amount: 600000000, currency: USD}'
MAX_ALIAS_EXPANSION = 10_000  # nodes an aliased YAML document may expand to ("billion laughs" guard)
MAX_NESTING = 100  # levels of [ ] and { } a profile may nest (PyYAML scans deep nesting in quadratic time)


class ProfileError(InputError):
    """A profile that cannot be read: names the file, the location and the reason."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__("\n".join(f"{path}: {p}" for p in self.problems))


def _money(value: Any) -> Any:
    if isinstance(value, Money):
        return value
    if isinstance(value, str):
        try:
            return parse_money(value)
        except MoneyError:
            raise ValueError(f'"{value}" is not an amount (expected e.g. {MONEY_EXAMPLE})') from None
    if isinstance(value, dict):
        currency = value.get("currency")
        if isinstance(currency, str):
            currency = currency.strip().upper()
            if pycountry.currencies.get(alpha_3=currency) is None:
                raise ValueError(f'currency "{currency}" is not an ISO 4217 code (expected e.g. USD, CNY, HKD)')
            value = {**value, "currency": currency}
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount: a currency is missing (expected e.g. {MONEY_EXAMPLE})")
    raise ValueError(f"{value!r} is not an amount (expected e.g. {MONEY_EXAMPLE})")


MoneyValue = Annotated[Money, BeforeValidator(_money, json_schema_input_type=str | Money)]


def _number_as_text(value: Any) -> Any:
    """YAML reads `name: 360` as a number; a name is text (Qihoo's brand is "360")."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


Name = Annotated[
    str,
    BeforeValidator(_number_as_text, json_schema_input_type=str),
    StringConstraints(strip_whitespace=True, min_length=1),
]


def _name_object(value: Any) -> Any:
    """A bare string stands for {name: <string>} wherever an object with a name is expected."""
    value = _number_as_text(value)
    return {"name": value} if isinstance(value, str) else value


class ProfileModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Period(ProfileModel):
    valid_from: PartialDate | None = Field(default=None, validation_alias=AliasChoices("from", "valid_from"))
    valid_to: PartialDate | None = Field(default=None, validation_alias=AliasChoices("to", "valid_to"))


class PreviousEmployer(Period):
    name: Name
    role: str | None = None


class Affiliation(Period):
    name: Name
    role: str | None = None


class Founder(ProfileModel):
    name: Name
    previous_employers: list[
        Annotated[PreviousEmployer, BeforeValidator(_name_object, json_schema_input_type=str | PreviousEmployer)]
    ] = Field(default_factory=list)
    affiliations: list[
        Annotated[Affiliation, BeforeValidator(_name_object, json_schema_input_type=str | Affiliation)]
    ] = Field(default_factory=list)


class PersonRole(Period):
    name: Name
    role: str | None = None
    former: bool = False  # held the role once; with no `to`, it ended at an unknown date before this profile


def _role_properties(role: str | None, former: bool) -> dict[str, JSONValue]:
    properties: dict[str, JSONValue] = {"role": role} if role else {}
    return {**properties, "former": True} if former else properties


class Investor(ProfileModel):
    name: Name
    since: PartialDate | None = None
    lead: bool = False
    note: str | None = None


class FundingRound(ProfileModel):
    date: PartialDate | None = None
    stage: str | None = None
    amount: MoneyValue | None = None
    pre_money: MoneyValue | None = None
    post_money: MoneyValue | None = None
    leads: list[Name] = Field(default_factory=list)
    investors: list[Name] = Field(default_factory=list)
    note: str | None = None


class Valuation(ProfileModel):
    date: PartialDate | None = None
    amount: MoneyValue
    note: str | None = None


class Comparison(ProfileModel):
    name: Name
    note: str | None = None


class ProductEntry(ProfileModel):
    name: Name
    kind: ProductKind = ProductKind.OTHER
    aliases: list[Name] = Field(default_factory=list)
    released: PartialDate | None = None
    discontinued: PartialDate | None = None
    based_on: list[Name] = Field(default_factory=list)
    compared_to: list[Annotated[Comparison, BeforeValidator(_name_object, json_schema_input_type=str | Comparison)]] = (
        Field(default_factory=list)
    )
    attributes: dict[str, JSONValue] = Field(default_factory=dict)
    description: str | None = None

    @field_validator("kind", mode="before")
    @classmethod
    def _upper_kind(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("based_on", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Ownership(ProfileModel):
    name: Name
    since: PartialDate | None = None
    until: PartialDate | None = None
    ownership_pct: float | None = Field(default=None, ge=0, le=100)


class Subsidiary(Ownership):
    categories: list[Name] = Field(default_factory=list)
    description: str | None = None


class Listing(ProfileModel):
    exchange: Name
    ticker: str | None = None
    date: PartialDate | None = None


class Contract(ProfileModel):
    date: PartialDate | None = None
    counterparty: Name | None = None
    amount: MoneyValue | None = None
    description: Name


class Metric(ProfileModel):
    attribute: Name
    value: JSONValue
    as_of: PartialDate | None = None
    note: str | None = None


class SourceEntry(ProfileModel):
    title: Name
    publisher: str | None = None
    url: str | None = None
    published_at: PartialDate | None = None


ProfileId = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$",
        description="A stable id of this profile document: a new version of it (even moved or renamed) "
        "supersedes the old one. Letters, digits and . _ : - (at most 100).",
    ),
]


class CompanyProfile(ProfileModel):
    """One company as a curated profile."""

    id: ProfileId | None = None
    name: Name
    aliases: list[Name] = Field(default_factory=list)
    legal_name: Name | None = None
    categories: list[Name] = Field(default_factory=list)
    founded: PartialDate | None = None
    dissolved: PartialDate | None = None
    headquarters: Name | None = None
    description: str | None = None
    founders: list[Annotated[Founder, BeforeValidator(_name_object, json_schema_input_type=str | Founder)]] = Field(
        default_factory=list
    )
    people: list[PersonRole] = Field(default_factory=list)
    investors: list[Annotated[Investor, BeforeValidator(_name_object, json_schema_input_type=str | Investor)]] = Field(
        default_factory=list
    )
    funding_rounds: list[FundingRound] = Field(default_factory=list)
    valuations: list[Valuation] = Field(default_factory=list)
    products: list[
        Annotated[ProductEntry, BeforeValidator(_name_object, json_schema_input_type=str | ProductEntry)]
    ] = Field(default_factory=list)
    spun_off_from: (
        Annotated[Ownership, BeforeValidator(_name_object, json_schema_input_type=str | Ownership)] | None
    ) = None
    parent: Annotated[Ownership, BeforeValidator(_name_object, json_schema_input_type=str | Ownership)] | None = None
    subsidiaries: list[
        Annotated[Subsidiary, BeforeValidator(_name_object, json_schema_input_type=str | Subsidiary)]
    ] = Field(default_factory=list)
    listings: list[Listing] = Field(default_factory=list)
    contracts: list[Contract] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    sources: list[SourceEntry] = Field(default_factory=list)


class ProfileFile(BaseModel):
    """A profile file: one company or a list of companies."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    companies: list[CompanyProfile]


def profile_json_schema() -> dict[str, Any]:
    """JSON Schema of a profile file (one company or a list), for editors to validate against."""
    company = CompanyProfile.model_json_schema(ref_template="#/$defs/{model}")
    defs = company.pop("$defs", {})
    defs["CompanyProfile"] = company
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "company-kg profile",
        "description": "One company profile, or a list of them.",
        "anyOf": [
            {"$ref": "#/$defs/CompanyProfile"},
            {"type": "array", "items": {"$ref": "#/$defs/CompanyProfile"}, "minItems": 1},
        ],
        "$defs": defs,
    }


# --------------------------------------------------------------------------- reading files


def _location(loc: Iterable[int | str], many: bool) -> str:
    text = ""
    parts = list(loc)
    if many and parts and isinstance(parts[0], int):
        text = f"[{parts.pop(0)}]"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif str(part).startswith(("function-", "constrained-")):
            continue  # pydantic's internal validator steps, meaningless to a profile author
        else:
            text += f".{part}" if text else str(part)
    return text or "(document)"


def _describe(error: Any) -> str:
    kind = error["type"]
    found = error.get("input")
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; `ckg schema profile` lists the fields)"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    if isinstance(found, str | int | float) and not isinstance(found, bool) and f"{found}" not in message:
        shown = f'"{found}"' if isinstance(found, str) else repr(found)
        return f"{shown}: {message}"
    return message


def validation_problems(exc: ValidationError, many: bool) -> list[str]:
    seen: set[str] = set()
    problems: list[str] = []
    for error in exc.errors():
        line = f"{_location(error['loc'], many)}: {_describe(error)}"
        if line not in seen:
            seen.add(line)
            problems.append(line)
    return problems


# libyaml's parser when installed (about 7x faster than the pure-Python one; same nodes and marks).
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _GuardedLoader(_SafeLoader):
    """safe_load that refuses documents whose aliases expand to a huge tree, and duplicate keys."""

    def construct_document(self, node: Any) -> Any:
        _check_expansion(node)
        return super().construct_document(node)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, Any] = {}
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is None or key == "<<":
                    continue
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        f"while reading the mapping that starts on line {node.start_mark.line + 1}",
                        node.start_mark,
                        f'"{key}" is given twice (first on line {seen[key].line + 1})',
                        key_node.start_mark,
                    )
                seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def _check_expansion(root: Any) -> None:
    """Count the nodes the tree expands to, following shared (aliased) nodes every time."""
    sizes: dict[int, int] = {}

    def size(node: Any) -> int:
        cached = sizes.get(id(node))
        if cached is not None:
            return cached
        sizes[id(node)] = 1  # guards against recursive aliases
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        sizes[id(node)] = total
        if total > MAX_ALIAS_EXPANSION * 10:
            raise yaml.YAMLError("the document expands to too many nodes through aliases (refused)")
        return total

    total = size(root)
    if total > MAX_ALIAS_EXPANSION * 10:
        raise yaml.YAMLError("the document expands to too many nodes through aliases (refused)")


def _check_nesting(text: str, path: str) -> None:
    """Refuse deeply nested documents before parsing (brackets inside quoted strings count too)."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return
    depth = 0
    for char in re.sub(r"[^\[\]{}]+", "", text):
        depth = depth + 1 if char in "[{" else max(depth - 1, 0)
        if depth > MAX_NESTING:
            raise ProfileError(path, [f"nested more than {MAX_NESTING} levels deep (refused)"])


def _parse_text(text: str, fmt: str, path: str) -> Any:
    _check_nesting(text, path)
    try:
        return _parse_unchecked(text, fmt, path)
    except RecursionError:
        raise ProfileError(path, ["nested too deeply to read (refused)"]) from None


def _yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    """Where the problem starts: an unclosed quote or bracket is reported on the line that opens it (PyYAML notices
    it only where the text ends), every other problem where PyYAML found it."""
    opened = exc.context_mark is not None and (exc.context or "").startswith(("while scanning", "while parsing"))
    mark = exc.context_mark if opened else exc.problem_mark or exc.context_mark
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    reason = exc.problem or exc.context or "invalid YAML"
    if opened and exc.problem_mark is not None:
        reason = f"{reason} ({exc.context} that starts here; noticed on line {exc.problem_mark.line + 1})"
    return f"{where}invalid YAML: {reason}"


def _parse_unchecked(text: str, fmt: str, path: str) -> Any:
    if fmt == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileError(path, [f"line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}"]) from None
    try:
        return yaml.load(text, Loader=_GuardedLoader)  # a SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        raise ProfileError(path, [_yaml_problem(exc)]) from None
    except yaml.YAMLError as exc:
        raise ProfileError(path, [f"invalid YAML: {exc}"]) from None


def parse_profiles(text: str, fmt: str = "yaml", path: str = "<profile>") -> list[CompanyProfile]:
    """Read and validate a profile file's text; any problem is a ProfileError naming path and field."""
    data = _parse_text(text, fmt, path)
    if data is None:
        raise ProfileError(path, ["the document is empty (expected a company profile or a list of them)"])
    many = isinstance(data, list)
    if not many and not isinstance(data, dict):
        raise ProfileError(
            path, [f"expected a company profile (a mapping) or a list of them, got {type(data).__name__}"]
        )
    if many and not data:
        raise ProfileError(path, ["the list of companies is empty"])
    try:
        if many:
            return ProfileFile.model_validate({"companies": data}).companies
        return [CompanyProfile.model_validate(data)]
    except ValidationError as exc:
        problems = [p.removeprefix("companies") for p in validation_problems(exc, many=False)]
        raise ProfileError(path, problems) from None


# --------------------------------------------------------------------------- profile -> draft


class _DraftBuilder:
    """Collects entity drafts by reference (one per kind and name key) and the statements between them."""

    def __init__(self) -> None:
        self.entities: dict[str, dict[str, Any]] = {}
        self.relations: list[RelationDraft] = []
        self.events: list[EventDraft] = []
        self.attributes: list[AttributeDraft] = []

    def entity(self, kind: EntityKind, name: str, quote: str, **fields: Any) -> str:
        ref = f"{kind.value.lower()}:{normalize_key(name) or name}"
        found = self.entities.get(ref)
        if found is None:
            found = {"ref": ref, "kind": kind, "name": name, "spans": [Span(quote=quote)]}
            self.entities[ref] = found
        for key, value in fields.items():
            if value is None or value == () or value == [] or value == {}:
                continue
            if key in ("aliases", "categories"):
                merged = list(dict.fromkeys([*found.get(key, ()), *value]))
                found[key] = tuple(merged)
            elif key == "authoritative":
                found[key] = found.get(key, False) or value
            else:
                found[key] = value
        return ref

    def relation(self, type_: RelationType, subject: str, object_: str, quote: str, **fields: Any) -> None:
        self.relations.append(
            RelationDraft(type=type_, subject=subject, object=object_, span=Span(quote=quote), **fields)
        )

    def event(self, kind: EventKind, subject: str, quote: str, **fields: Any) -> None:
        self.events.append(EventDraft(kind=kind, subject=subject, span=Span(quote=quote), **fields))

    def attribute(self, entity: str, attribute: str, value: JSONValue, quote: str, **fields: Any) -> None:
        self.attributes.append(
            AttributeDraft(entity=entity, attribute=attribute, value=value, span=Span(quote=quote), **fields)
        )

    def build(self, source: SourceMeta, warnings: Sequence[str]) -> DocumentDraft:
        return DocumentDraft(
            source=source,
            entities=tuple(EntityDraft(**fields) for fields in self.entities.values()),
            relations=tuple(self.relations),
            events=tuple(self.events),
            attributes=tuple(self.attributes),
            warnings=tuple(warnings),
        )


def _money_text(money: Money | None) -> str:
    return str(money) if money else "undisclosed amount"


def _when(date: PartialDate | None) -> str:
    return f" ({date})" if date else ""


def _money_json(money: Money) -> dict[str, JSONValue]:
    return {"amount": money.amount, "currency": money.currency}


def _add_company(b: _DraftBuilder, p: CompanyProfile, prefix: str) -> None:
    org = EntityKind.ORGANIZATION
    me = b.entity(
        org,
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

    if p.headquarters:
        quote = f"{prefix}headquarters: {p.name} is headquartered in {p.headquarters}"
        place = b.entity(EntityKind.PLACE, p.headquarters, quote)
        b.relation(RelationType.HEADQUARTERED_IN, me, place, quote)

    for i, founder in enumerate(p.founders):
        where = f"{prefix}founders[{i}]"
        person = b.entity(EntityKind.PERSON, founder.name, f"{where}: {founder.name}")
        b.relation(RelationType.FOUNDED, person, me, f"{where}: {founder.name} founded {p.name}", valid_from=p.founded)
        for j, employer in enumerate(founder.previous_employers):
            quote = f"{where}.previous_employers[{j}]: {founder.name} formerly at {employer.name}"
            former = b.entity(org, employer.name, quote)
            properties: dict[str, JSONValue] = {"former": True}
            if employer.role:
                properties["role"] = employer.role
            b.relation(
                RelationType.WORKS_AT,
                person,
                former,
                quote,
                valid_from=employer.valid_from,
                valid_to=employer.valid_to,
                properties=properties,
                qualifier=employer.role,
            )
        for j, aff in enumerate(founder.affiliations):
            quote = f"{where}.affiliations[{j}]: {founder.name}{', ' + aff.role if aff.role else ''} at {aff.name}"
            b.relation(
                RelationType.AFFILIATED_WITH,
                person,
                b.entity(org, aff.name, quote),
                quote,
                valid_from=aff.valid_from,
                valid_to=aff.valid_to,
                properties={"role": aff.role} if aff.role else {},
                qualifier=aff.role,
            )

    for i, role in enumerate(p.people):
        was = "formerly " if role.former else ""
        quote = f"{prefix}people[{i}]: {role.name}{', ' + was + role.role if role.role else ''} at {p.name}"
        person = b.entity(EntityKind.PERSON, role.name, quote)
        b.relation(
            RelationType.WORKS_AT,
            person,
            me,
            quote,
            valid_from=role.valid_from,
            valid_to=role.valid_to,
            properties=_role_properties(role.role, role.former),
            qualifier=role.role,
        )

    for i, inv in enumerate(p.investors):
        quote = f"{prefix}investors[{i}]: {inv.name} invested in {p.name}{_when(inv.since)}"
        if inv.note:
            quote += f" ({inv.note})"
        investor = b.entity(org, inv.name, quote, categories=("investor",))
        stake: dict[str, JSONValue] = {"lead": True} if inv.lead else {}
        if inv.note:
            stake["note"] = inv.note
        b.relation(RelationType.INVESTED_IN, investor, me, quote, valid_from=inv.since, properties=stake)

    for i, rnd in enumerate(p.funding_rounds):
        where = f"{prefix}funding_rounds[{i}]"
        round_key = (
            f"{rnd.date or ''}|{rnd.stage or ''}|{rnd.amount.currency + str(rnd.amount.amount) if rnd.amount else ''}"
        )
        summary = f"{p.name} raised {_money_text(rnd.amount)}{' in a ' + rnd.stage + ' round' if rnd.stage else ''}"
        if rnd.leads:
            summary += f" led by {', '.join(rnd.leads)}"
        if rnd.post_money:
            summary += f" at a post-money valuation of {rnd.post_money}"
        quote = f"{where}: {summary}{_when(rnd.date)}"
        leads = [b.entity(org, name, quote, categories=("investor",)) for name in rnd.leads]
        others = [b.entity(org, name, quote, categories=("investor",)) for name in rnd.investors]
        others = [ref for ref in others if ref not in leads]
        b.event(
            EventKind.FUNDING_ROUND,
            me,
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
            properties={"note": rnd.note} if rnd.note else {},
            qualifier=round_key,
        )
        for ref in [*leads, *others]:
            b.relation(
                RelationType.INVESTED_IN,
                ref,
                me,
                quote,
                valid_from=rnd.date,
                properties={"round_id": EVENT_REF + round_key, "lead": ref in leads},
                qualifier=round_key,
            )
        if rnd.post_money:
            b.attribute(
                me,
                "valuation",
                _money_json(rnd.post_money),
                quote,
                valid_from=rnd.date,
                properties={"basis": "post-money", "round_id": EVENT_REF + round_key},
            )

    for i, val in enumerate(p.valuations):
        quote = f"{prefix}valuations[{i}]: {p.name} valued at {val.amount}{_when(val.date)}"
        if val.note:
            quote += f" ({val.note})"
        summary = f"{p.name} valued at {val.amount}"
        b.event(
            EventKind.VALUATION,
            me,
            quote,
            date=val.date,
            summary=summary,
            amount=val.amount,
            properties={"note": val.note} if val.note else {},
            qualifier=f"{val.amount.currency}{val.amount.amount}",
        )
        b.attribute(
            me,
            "valuation",
            _money_json(val.amount),
            quote,
            valid_from=val.date,
            properties={"note": val.note} if val.note else {},
        )

    for i, prod in enumerate(p.products):
        where = f"{prefix}products[{i}]"
        quote = f"{where}: {p.name} developed {prod.name}{_when(prod.released)}"
        product = b.entity(
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
        b.relation(RelationType.DEVELOPED, me, product, quote, valid_from=prod.released)
        if prod.released:
            b.event(
                EventKind.PRODUCT_RELEASE,
                product,
                quote,
                actor=me,
                date=prod.released,
                summary=f"{p.name} released {prod.name}",
            )
        for j, base in enumerate(prod.based_on):
            bq = f"{where}.based_on[{j}]: {prod.name} is based on {base}"
            b.relation(RelationType.BASED_ON, product, b.entity(EntityKind.PRODUCT, base, bq), bq)
        for j, other in enumerate(prod.compared_to):
            cq = f"{where}.compared_to[{j}]: {prod.name} compared to {other.name}"
            if other.note:
                cq += f": {other.note}"
            b.relation(
                RelationType.COMPARED_TO,
                product,
                b.entity(EntityKind.PRODUCT, other.name, cq),
                cq,
                properties={"note": other.note} if other.note else {},
            )

    if p.spun_off_from:
        origin = p.spun_off_from
        quote = f"{prefix}spun_off_from: {p.name} was spun off from {origin.name}{_when(origin.since)}"
        b.relation(
            RelationType.SPUN_OFF_FROM,
            me,
            b.entity(org, origin.name, quote),
            quote,
            valid_from=origin.since or p.founded,
            valid_to=origin.until,
            properties={"ownershipPct": origin.ownership_pct} if origin.ownership_pct is not None else {},
        )

    if p.parent:
        par = p.parent
        quote = f"{prefix}parent: {p.name} is a subsidiary of {par.name}{_when(par.since)}"
        parent = b.entity(org, par.name, quote)
        b.relation(
            RelationType.SUBSIDIARY_OF,
            me,
            parent,
            quote,
            valid_from=par.since,
            valid_to=par.until,
            properties={"ownershipPct": par.ownership_pct} if par.ownership_pct is not None else {},
        )

    for i, sub in enumerate(p.subsidiaries):
        quote = f"{prefix}subsidiaries[{i}]: {sub.name} is a subsidiary of {p.name}{_when(sub.since)}"
        child = b.entity(
            org,
            sub.name,
            quote,
            categories=tuple(category_value(c) for c in sub.categories),
            description=sub.description,
        )
        b.relation(
            RelationType.SUBSIDIARY_OF,
            child,
            me,
            quote,
            valid_from=sub.since,
            valid_to=sub.until,
            properties={"ownershipPct": sub.ownership_pct} if sub.ownership_pct is not None else {},
        )

    for i, listing in enumerate(p.listings):
        quote = f"{prefix}listings[{i}]: {p.name} listed on {listing.exchange}{_when(listing.date)}"
        if listing.ticker:
            quote += f" as {listing.ticker}"
        exchange = b.entity(org, listing.exchange, quote, categories=("exchange",))
        b.relation(
            RelationType.LISTED_ON,
            me,
            exchange,
            quote,
            valid_from=listing.date,
            properties={"ticker": listing.ticker} if listing.ticker else {},
            qualifier=listing.ticker,
        )
        b.event(
            EventKind.LISTING,
            me,
            quote,
            actor=exchange,
            date=listing.date,
            summary=f"{p.name} listed on {listing.exchange}" + (f" ({listing.ticker})" if listing.ticker else ""),
            properties={"ticker": listing.ticker} if listing.ticker else {},
            qualifier=listing.exchange,
        )

    for i, contract in enumerate(p.contracts):
        quote = f"{prefix}contracts[{i}]: {contract.description}{_when(contract.date)}"
        counterparty = b.entity(org, contract.counterparty, quote) if contract.counterparty else None
        b.event(
            EventKind.CONTRACT,
            me,
            quote,
            date=contract.date,
            actor=counterparty,
            summary=contract.description,
            amount=contract.amount,
            participants=(counterparty,) if counterparty else (),
            qualifier=contract.description,
        )

    for i, metric in enumerate(p.metrics):
        quote = f"{prefix}metrics[{i}]: {metric.attribute} = {metric.value}{_when(metric.as_of)}"
        if metric.note:
            quote += f" ({metric.note})"
        b.attribute(
            me,
            metric.attribute,
            metric.value,
            quote,
            valid_from=metric.as_of,
            properties={"note": metric.note} if metric.note else {},
        )


def profiles_to_draft(profiles: Sequence[CompanyProfile], *, title: str | None = None) -> DocumentDraft:
    """Turn validated profiles into one DocumentDraft (the profile's subject drafts are authoritative)."""
    builder = _DraftBuilder()
    many = len(profiles) > 1
    for i, profile in enumerate(profiles):
        _add_company(builder, profile, f"[{i}]." if many else "")
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
    return builder.build(meta, warnings)


def read_profile(text: str, fmt: Literal["yaml", "json"] = "yaml", path: str = "<profile>") -> DocumentDraft:
    """Text of a profile file -> DocumentDraft; a ProfileError names path, field and reason."""
    return profiles_to_draft(parse_profiles(text, fmt, path))
