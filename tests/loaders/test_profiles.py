"""Profile files: validation errors users can act on, and the draft a profile reads into."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.dates import PartialDate
from graph.model import EntityKind, EventKind, Money, ProductKind, RelationType
from loaders.profile_format import profile_json_schema
from loaders.profile_reader import ProfileError, parse_profiles
from loaders.profiles import read_profile

MINIMAL = """
name: MiniMax
founded: "2021-12"
funding_rounds:
  - date: "2024-03"
    amount: 600 million USD
    post_money: {amount: 2500000000, currency: usd}
    leads: [Alibaba]
    investors: [Tencent]
"""


def problems_of(text: str, path: str = "seeds/minimax.yaml", fmt: str = "yaml") -> list[str]:
    with pytest.raises(ProfileError) as caught:
        parse_profiles(text, fmt, path)
    assert caught.value.path == path
    return list(caught.value.problems)


def test_a_misspelt_amount_names_file_field_and_what_would_be_right() -> None:
    text = MINIMAL.replace("600 million USD", "600 millon USD")
    with pytest.raises(ProfileError) as caught:
        parse_profiles(text, "yaml", "seeds/minimax.yaml")
    message = str(caught.value)
    assert message.startswith('seeds/minimax.yaml: funding_rounds[0].amount: "600 millon USD" is not an amount')
    assert "600 million USD" in message and "currency" in message


def test_an_unknown_field_is_named_with_its_location() -> None:
    problems = problems_of("name: MiniMax\nfounders:\n  - name: Yan Junjie\n    formerly: [SenseTime]\n")
    assert problems == [
        "founders[0].formerly: unknown field (check the spelling; `ckg schema profile` lists the fields)"
    ]


def test_a_wrong_type_is_reported_with_the_value_found() -> None:
    problems = problems_of('name: MiniMax\nfounded: "March 2021"\n')
    assert len(problems) == 1
    assert problems[0].startswith('founded: "March 2021"')
    assert "YYYY" in problems[0]


def test_a_missing_name_is_reported() -> None:
    assert problems_of("aliases: [Zhipu]\n") == ["name: required field is missing"]


def test_a_bare_number_is_not_money_without_currency() -> None:
    problems = problems_of("name: X\nvaluations:\n  - amount: 5000\n")
    assert problems[0].startswith("valuations[0].amount: 5000 is not an amount: a currency is missing")


def test_malformed_yaml_reports_the_line() -> None:
    problems = problems_of("name: MiniMax\nfounders: [Yan Junjie\naliases: x\n")
    assert len(problems) == 1
    assert problems[0].startswith("line ")
    assert "invalid YAML" in problems[0]


def test_malformed_json_reports_line_and_column() -> None:
    problems = problems_of('{"name": "MiniMax",\n "aliases": [}', path="a.json", fmt="json")
    assert problems[0].startswith("line 2, column")


def test_an_empty_document_and_a_scalar_are_refused() -> None:
    assert "empty" in problems_of("")[0]
    assert "expected a company profile" in problems_of("just text\n")[0]


def test_errors_in_a_list_of_companies_name_the_item() -> None:
    problems = problems_of("- name: A\n- name: B\n  founded: 20x\n")
    assert problems[0].startswith("[1].founded:")


def test_alias_bombs_are_refused() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 10)}]")
    lines.append("name: bomb")
    problems = problems_of("\n".join(lines) + "\n")
    assert "too many nodes" in problems[0]


def test_unicode_and_chinese_names_are_kept() -> None:
    draft = read_profile("name: 智谱AI\naliases: [Zhipu, Zhìpǔ]\nheadquarters: 北京\n", "yaml", "zh.yaml")
    names = {e.name for e in draft.entities}
    assert names == {"智谱AI", "北京"}
    subject = next(e for e in draft.entities if e.authoritative)
    assert subject.aliases == ("Zhipu", "Zhìpǔ")


def test_a_profile_reads_into_statements_with_quotes() -> None:
    draft = read_profile(MINIMAL, "yaml", "minimax.yaml")
    by_name = {e.name: e for e in draft.entities}
    assert by_name["MiniMax"].authoritative and by_name["MiniMax"].founded_on == PartialDate(2021, 12)
    assert set(by_name["Alibaba"].categories) == {"investor"}
    (round_,) = draft.events
    assert round_.kind is EventKind.FUNDING_ROUND
    assert round_.amount == Money(amount=600_000_000, currency="USD")
    assert round_.post_money == Money(amount=2_500_000_000, currency="USD")
    assert round_.date == PartialDate(2024, 3)
    assert round_.actor == by_name["Alibaba"].ref and round_.leads == (by_name["Alibaba"].ref,)
    assert round_.participants == (by_name["Tencent"].ref,)
    investments = [r for r in draft.relations if r.type is RelationType.INVESTED_IN]
    assert {(r.subject, r.properties["lead"]) for r in investments} == {
        (by_name["Alibaba"].ref, True),
        (by_name["Tencent"].ref, False),
    }
    assert all(r.round == round_.qualifier for r in investments if round_.qualifier)
    (valuation,) = draft.attributes
    assert valuation.attribute == "valuation"
    assert valuation.value == {"amount": 2_500_000_000, "currency": "USD"}
    assert all(r.span.quote for r in draft.relations)


def test_founders_previous_employers_become_former_work_relations() -> None:
    draft = read_profile(
        "name: MiniMax\nfounders:\n  - name: Yan Junjie\n    previous_employers: [SenseTime]\n", "yaml", "m.yaml"
    )
    founded = [r for r in draft.relations if r.type is RelationType.FOUNDED]
    worked = [r for r in draft.relations if r.type is RelationType.WORKS_AT]
    assert len(founded) == 1 and len(worked) == 1
    assert worked[0].properties == {"former": True} and worked[0].valid_to is None


def test_a_former_role_and_a_dissolution_date_are_read() -> None:
    text = """
name: Old Labs
founded: "2010"
dissolved: "2019-06"
categories: [AI Lab]
people:
  - {name: Ada Byron, role: CTO, former: true}
  - {name: Bob Kay, role: CEO}
"""
    draft = read_profile(text, "yaml", "old.yaml")
    org = next(e for e in draft.entities if e.name == "Old Labs")
    assert org.dissolved_on == PartialDate(2019, 6) and org.categories == ("ai_lab",)
    roles = {r.subject: r for r in draft.relations if r.type is RelationType.WORKS_AT}
    assert [r.properties for r in roles.values()] == [{"role": "CTO", "former": True}, {"role": "CEO"}]
    assert "Ada Byron, formerly CTO at Old Labs" in next(iter(roles.values())).span.quote


def test_products_people_parent_listing_and_metrics() -> None:
    text = """
name: T-Head
parent: {name: Alibaba, since: "2018", ownership_pct: 100}
people:
  - {name: Jane Doe, role: CEO, from: "2020-01", to: "2023"}
products:
  - name: Chip One
    kind: chip
    released: "2019-07"
    based_on: RISC-V core
    compared_to: [Chip Zero]
listings:
  - {exchange: HKEX, ticker: "9999", date: "2026-01-08"}
metrics:
  - {attribute: employees, value: 800, as_of: "2024"}
"""
    draft = read_profile(text, "yaml", "t.yaml")
    types = sorted(r.type.value for r in draft.relations)
    assert types == ["BASED_ON", "COMPARED_TO", "DEVELOPED", "LISTED_ON", "SUBSIDIARY_OF", "WORKS_AT"]
    parent = next(r for r in draft.relations if r.type is RelationType.SUBSIDIARY_OF)
    assert parent.properties == {"ownershipPct": 100} and parent.valid_from == PartialDate(2018)
    job = next(r for r in draft.relations if r.type is RelationType.WORKS_AT)
    assert (job.valid_from, job.valid_to, job.properties) == (PartialDate(2020, 1), PartialDate(2023), {"role": "CEO"})
    chip = next(e for e in draft.entities if e.name == "Chip One")
    assert chip.kind is EntityKind.PRODUCT and chip.product_kind is ProductKind.CHIP
    assert {e.kind for e in draft.events} == {EventKind.PRODUCT_RELEASE, EventKind.LISTING}
    assert draft.attributes[0].value == 800 and draft.attributes[0].valid_from == PartialDate(2024)


def test_json_profiles_and_lists_of_companies() -> None:
    text = json.dumps([{"name": "A", "investors": ["B"]}, {"name": "B"}])
    draft = read_profile(text, "json", "two.json")
    assert sorted(e.name for e in draft.entities if e.authoritative) == ["A", "B"]
    assert len([e for e in draft.entities if e.name == "B"]) == 1


def test_the_json_schema_accepts_one_company_or_a_list() -> None:
    schema = profile_json_schema()
    assert {"$ref": "#/$defs/CompanyProfile"} in schema["anyOf"]
    props = schema["$defs"]["CompanyProfile"]["properties"]
    assert {"name", "funding_rounds", "founders", "parent", "metrics", "sources"} <= set(props)
    assert schema["$defs"]["CompanyProfile"]["additionalProperties"] is False


amounts = st.integers(min_value=1, max_value=999)
scales = st.sampled_from([("million", 10**6), ("billion", 10**9)])
currencies = st.sampled_from([("USD", "USD"), ("yuan", "CNY"), ("HKD", "HKD")])


@given(amounts, scales, currencies)
def test_money_text_in_a_profile_normalises(number: int, scale: tuple[str, int], currency: tuple[str, str]) -> None:
    text = f"name: X\nvaluations:\n  - amount: {number} {scale[0]} {currency[0]}\n"
    (profile,) = parse_profiles(text, "yaml", "x.yaml")
    assert profile.valuations[0].amount == Money(amount=number * scale[1], currency=currency[1])


@given(amounts, st.sampled_from(["usd", "Usd", "CNY", "hkd"]))
def test_money_objects_accept_any_case_currency(number: int, code: str) -> None:
    text = f"name: X\nvaluations:\n  - amount: {{amount: {number}, currency: {code}}}\n"
    (profile,) = parse_profiles(text, "yaml", "x.yaml")
    assert profile.valuations[0].amount == Money(amount=number, currency=code.upper())


# Years before 1000 are left out: YAML 1.1 reads an unquoted "0017" as an octal number.
@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["year", "month", "day"]), st.booleans())
def test_partial_dates_in_profiles_keep_their_precision(day: dt.date, precision: str, quoted: bool) -> None:
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}", "day": day.isoformat()}[precision]
    value = f'"{text}"' if quoted else text
    (profile,) = parse_profiles(f"name: X\nfounded: {value}\n", "yaml", "x.yaml")
    assert profile.founded is not None and str(profile.founded) == text
    assert profile.founded.precision == precision


def test_a_field_given_twice_is_an_error_with_both_lines() -> None:
    problems = problems_of('name: X\nfounded: "2020"\naliases: [a]\nfounded: "2021"\n')
    assert problems == ['line 4, column 1: invalid YAML: "founded" is given twice (first on line 2)']


def test_numeric_names_are_read_as_text() -> None:
    draft = read_profile("name: 360\ninvestors: [2345]\n", "yaml", "n.yaml")
    assert sorted(e.name for e in draft.entities) == ["2345", "360"]


def test_a_list_file_citing_one_source_per_company_is_one_source_without_warning() -> None:
    same = read_profile("- name: A\n  sources: [{title: s}]\n- name: B\n  sources: [{title: s}]\n", "yaml", "x.yaml")
    assert same.warnings == () and same.source.title == "s"
    other = read_profile("- name: A\n  sources: [{title: s}]\n- name: B\n  sources: [{title: t}]\n", "yaml", "x.yaml")
    assert other.warnings == (
        "the document is one source: its first `sources` entry describes it, 1 more not recorded",
    )


def test_an_unclosed_quote_is_reported_on_the_line_that_opens_it() -> None:
    problems = problems_of('name: Quorra\ndescription: "an unclosed quote\nfounded: 2020\nheadquarters: Lisbon\n')
    assert problems == [
        "line 2, column 14: invalid YAML: found unexpected end of stream "
        "(while scanning a quoted scalar that starts here; noticed on line 5)"
    ]
