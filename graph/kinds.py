"""The vocabularies of the company graph: kinds of entity, product, relation and event, directions and review
states (re-exported by graph/model.py, where the records that use them live)."""

from __future__ import annotations

from enum import StrEnum


class EntityKind(StrEnum):
    ORGANIZATION = "ORGANIZATION"
    PERSON = "PERSON"
    PRODUCT = "PRODUCT"
    PLACE = "PLACE"


class ProductKind(StrEnum):
    MODEL = "MODEL"
    APP = "APP"
    CHIP = "CHIP"
    PLATFORM = "PLATFORM"
    OTHER = "OTHER"


class Direction(StrEnum):
    OUT = "OUT"
    IN = "IN"
    BOTH = "BOTH"


class ReviewStatus(StrEnum):
    """Where a statement stands in the review queue. A statement without one is a fact nobody needed to review."""

    CANDIDATE = "candidate"  # extracted below CKG_REVIEW_BELOW: kept, but answers ignore it unless asked
    ACCEPTED = "accepted"  # a reviewer made it a fact
    REJECTED = "rejected"  # a reviewer turned it down (it is retracted too)


class RelationType(StrEnum):
    FOUNDED = "FOUNDED"
    WORKS_AT = "WORKS_AT"
    AFFILIATED_WITH = "AFFILIATED_WITH"
    INVESTED_IN = "INVESTED_IN"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    SPUN_OFF_FROM = "SPUN_OFF_FROM"
    ACQUIRED = "ACQUIRED"  # buyer -> target (a whole company or, with stake_pct, a stake in it)
    DEVELOPED = "DEVELOPED"
    BASED_ON = "BASED_ON"
    COMPARED_TO = "COMPARED_TO"
    SUPPLIES = "SUPPLIES"
    LISTED_ON = "LISTED_ON"
    HEADQUARTERED_IN = "HEADQUARTERED_IN"
    MENTIONED_WITH = "MENTIONED_WITH"


class EventKind(StrEnum):
    FUNDING_ROUND = "FUNDING_ROUND"
    VALUATION = "VALUATION"
    PRICE_MOVE = "PRICE_MOVE"
    ANALYST_ACTION = "ANALYST_ACTION"
    SECURITY_ISSUE = "SECURITY_ISSUE"
    LISTING = "LISTING"
    PRODUCT_RELEASE = "PRODUCT_RELEASE"
    CONTRACT = "CONTRACT"
    OTHER = "OTHER"
    # Read from the graph's own dates (timeline), never stored as Event nodes:
    FOUNDING = "FOUNDING"  # an organization's founded_on
    DISSOLUTION = "DISSOLUTION"  # an organization's dissolved_on
    DISCONTINUATION = "DISCONTINUATION"  # a product's discontinued_on
    ROLE_CHANGE = "ROLE_CHANGE"  # a dated start or end of a WORKS_AT relation
