"""The company profile format: pydantic models of one company (or a list of them) and their JSON Schema.

Every field is optional except the company's name; dates are partial ("2024", "2024-03", "2024-03-15"); amounts of
money are either {amount: 600000000, currency: USD} or text such as "600 million USD"; a bare string stands for an
object with that name wherever one is expected. Reading a file into these models is loaders/profile_reader.py's job,
turning them into a DocumentDraft loaders/profiles.py's.
"""

from __future__ import annotations

from typing import Annotated, Any

import pycountry
from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from graph.dates import PartialDate
from graph.model import JSONValue, Money, ProductKind
from loaders.money import MoneyError, parse_money

MONEY_EXAMPLE = '"600 million USD" or {amount: 600000000, currency: USD}'


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
