"""Small graphs built in code for API tests: a few companies, people, rounds, products and values."""

from __future__ import annotations

import datetime as dt
import hashlib

from graph.dates import PartialDate
from graph.model import (
    AttributeValue,
    EntityKind,
    Event,
    EventKind,
    Evidence,
    Money,
    Organization,
    Person,
    Place,
    Product,
    ProductKind,
    Relation,
    RelationType,
    Source,
    StatementBatch,
    attribute_value_id,
    entity_id,
    event_id,
    relation_id,
    source_id,
)

RECORDED = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


def date(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def source(text: str, title: str, published: str | None = None) -> Source:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Source(
        id=source_id(sha),
        sha256=sha,
        title=title,
        url=f"https://example.test/{sha[:8]}",
        format="article",
        published_at=date(published),
        loaded_at=RECORDED,
    )


def cite(src: Source, quote: str, start: int = 0, confidence: float = 0.9) -> tuple[Evidence, ...]:
    return (
        Evidence(
            source_id=src.id,
            quote=quote,
            start=start,
            end=start + len(quote),
            confidence=confidence,
            recorded_at=RECORDED,
        ),
    )


def org_id(name: str) -> str:
    return entity_id(EntityKind.ORGANIZATION, name)


def rel(
    type_: RelationType,
    subject: str,
    object_: str,
    src: Source,
    quote: str,
    valid_from: str | None = None,
    valid_to: str | None = None,
    **properties: object,
) -> Relation:
    return Relation(
        id=relation_id(type_, subject, object_, properties.get("round_id")),
        type=type_,
        subject_id=subject,
        object_id=object_,
        valid_from=date(valid_from),
        valid_to=date(valid_to),
        properties=dict(properties),
        evidence=cite(src, quote),
    )


SRC_PROFILE = source("minimax profile text", "MiniMax profile", "2024-06")
SRC_NEWS = source("funding news text", "Funding news", "2024-03-05")
SRC_OTHER = source("another outlet text", "Another outlet", "2024-05")

MINIMAX = org_id("MiniMax")
TENCENT = org_id("Tencent")
ALIBABA = org_id("Alibaba Group")
ALIBABA_CLOUD = org_id("Alibaba Cloud")
THEAD = org_id("T-Head")
ZHIPU = org_id("Zhipu AI")
SENSETIME = org_id("SenseTime")
YAN = entity_id(EntityKind.PERSON, "Yan Junjie")
SHANGHAI = entity_id(EntityKind.PLACE, "Shanghai")
ABAB = entity_id(EntityKind.PRODUCT, "abab 6.5")
HAILUO = entity_id(EntityKind.PRODUCT, "Hailuo AI")
ROUND_2024 = event_id(EventKind.FUNDING_ROUND, MINIMAX, "2024-03")


def small_graph() -> StatementBatch:
    entities = (
        Organization(
            id=MINIMAX,
            name="MiniMax",
            aliases=("Xiyu Technology",),
            legal_name="Shanghai Xiyu Jizhi Technology Co., Ltd.",
            categories=("ai_lab",),
            founded_on=date("2021-12"),
            source_ids=(SRC_PROFILE.id,),
        ),
        Organization(id=TENCENT, name="Tencent", categories=("company", "investor"), founded_on=date("1998")),
        Organization(id=ALIBABA, name="Alibaba Group", categories=("company", "investor"), founded_on=date("1999")),
        Organization(id=ALIBABA_CLOUD, name="Alibaba Cloud", categories=("company",)),
        Organization(id=THEAD, name="T-Head", aliases=("Pingtouge",), categories=("chipmaker",)),
        Organization(id=ZHIPU, name="Zhipu AI", aliases=("Z.ai", "Zhipu"), categories=("ai_lab",)),
        Organization(id=SENSETIME, name="SenseTime", categories=("ai_lab",)),
        Person(id=YAN, name="Yan Junjie"),
        Place(id=SHANGHAI, name="Shanghai"),
        Product(id=ABAB, name="abab 6.5", product_kind=ProductKind.MODEL, released_on=date("2024-04")),
        Product(id=HAILUO, name="Hailuo AI", product_kind=ProductKind.APP),
    )
    relations = (
        rel(RelationType.FOUNDED, YAN, MINIMAX, SRC_PROFILE, "founded by Yan Junjie", valid_from="2021-12"),
        rel(RelationType.WORKS_AT, YAN, SENSETIME, SRC_PROFILE, "formerly VP at SenseTime", valid_to="2021", role="VP"),
        rel(RelationType.HEADQUARTERED_IN, MINIMAX, SHANGHAI, SRC_PROFILE, "based in Shanghai"),
        rel(RelationType.DEVELOPED, MINIMAX, ABAB, SRC_PROFILE, "MiniMax's abab 6.5"),
        rel(RelationType.DEVELOPED, MINIMAX, HAILUO, SRC_PROFILE, "its Hailuo AI app"),
        rel(
            RelationType.INVESTED_IN,
            ALIBABA,
            MINIMAX,
            SRC_NEWS,
            "led by Alibaba",
            valid_from="2024-03",
            round_id=ROUND_2024,
            lead=True,
        ),
        rel(
            RelationType.INVESTED_IN,
            TENCENT,
            MINIMAX,
            SRC_NEWS,
            "with Tencent joining",
            valid_from="2023-06",
            round_id=None,
            lead=False,
        ),
        rel(RelationType.SUBSIDIARY_OF, THEAD, ALIBABA_CLOUD, SRC_OTHER, "T-Head, a unit of Alibaba Cloud"),
        rel(RelationType.SUBSIDIARY_OF, ALIBABA_CLOUD, ALIBABA, SRC_OTHER, "Alibaba Cloud, Alibaba's cloud arm"),
        rel(RelationType.INVESTED_IN, ALIBABA, ZHIPU, SRC_OTHER, "Alibaba backs Zhipu", valid_from="2023"),
    )
    events = (
        Event(
            id=ROUND_2024,
            kind=EventKind.FUNDING_ROUND,
            date=date("2024-03"),
            subject_id=MINIMAX,
            actor_id=ALIBABA,
            summary="MiniMax raised USD 600 million led by Alibaba",
            stage="Series B",
            amount=Money(amount=600_000_000, currency="USD"),
            post_money=Money(amount=2_500_000_000, currency="USD"),
            leads=(ALIBABA,),
            participants=(TENCENT,),
            evidence=cite(SRC_NEWS, "raised USD 600 million"),
        ),
        Event(
            id=event_id(EventKind.PRODUCT_RELEASE, MINIMAX, "abab"),
            kind=EventKind.PRODUCT_RELEASE,
            date=date("2024-04-17"),
            subject_id=MINIMAX,
            summary="MiniMax released abab 6.5",
            evidence=cite(SRC_PROFILE, "released abab 6.5"),
        ),
        Event(
            id=event_id(EventKind.OTHER, MINIMAX, "undated"),
            kind=EventKind.OTHER,
            date=None,
            subject_id=MINIMAX,
            summary="MiniMax opened an office abroad",
            evidence=cite(SRC_OTHER, "opened an office"),
        ),
        Event(
            id=event_id(EventKind.CONTRACT, MINIMAX, "2022"),
            kind=EventKind.CONTRACT,
            date=date("2022"),
            subject_id=MINIMAX,
            summary="MiniMax signed a cloud contract",
            evidence=cite(SRC_OTHER, "signed a cloud contract"),
        ),
    )
    values = (
        AttributeValue(
            id=attribute_value_id(ZHIPU, "valuation", "USD 2.5 billion", "2024"),
            entity_id=ZHIPU,
            attribute="valuation",
            value={"amount": 2_500_000_000, "currency": "USD"},
            valid_from=date("2024"),
            evidence=cite(SRC_NEWS, "valued at USD 2.5 billion"),
        ),
        AttributeValue(
            id=attribute_value_id(ZHIPU, "valuation", "USD 3 billion", "2024-05"),
            entity_id=ZHIPU,
            attribute="valuation",
            value={"amount": 3_000_000_000, "currency": "USD"},
            valid_from=date("2024-05"),
            evidence=cite(SRC_OTHER, "valued at USD 3 billion"),
        ),
        AttributeValue(
            id=attribute_value_id(ZHIPU, "valuation", "USD 1 billion", "2023"),
            entity_id=ZHIPU,
            attribute="valuation",
            value={"amount": 1_000_000_000, "currency": "USD"},
            valid_from=date("2023"),
            valid_to=date("2024"),
            evidence=cite(SRC_OTHER, "valued at USD 1 billion"),
        ),
    )
    return StatementBatch(source=None, entities=entities, relations=relations, events=events, attribute_values=values)


SOURCES = (SRC_PROFILE, SRC_NEWS, SRC_OTHER)
