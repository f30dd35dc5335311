"""Fuzzy search hits."""

from __future__ import annotations

import strawberry

from api.types.entity import Entity


@strawberry.type
class SearchHit:
    entity: Entity
    score: float  # 0..1; 1.0 only for an exact (normalised) name or alias
    matched: str  # the name, alias or legal name that matched
