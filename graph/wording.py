"""Relations as sentences, in the direction they were written: "Tencent invested in MiniMax".

A path may walk an edge backwards; its words never do. The verb is in the past once the relation has
ended (a stated end, a `former` flag, or an end's dissolution or discontinuation before today).
"""

from __future__ import annotations

import datetime as dt

from graph.model import Relation, RelationType
from graph.validity import Validity

# (while it holds, once it has ended)
VERBS: dict[RelationType, tuple[str, str]] = {
    RelationType.FOUNDED: ("founded", "founded"),
    RelationType.WORKS_AT: ("works at", "worked at"),
    RelationType.AFFILIATED_WITH: ("is affiliated with", "was affiliated with"),
    RelationType.INVESTED_IN: ("invested in", "invested in"),
    RelationType.SUBSIDIARY_OF: ("is a subsidiary of", "was a subsidiary of"),
    RelationType.SPUN_OFF_FROM: ("was spun off from", "was spun off from"),
    RelationType.ACQUIRED: ("acquired", "acquired"),
    RelationType.DEVELOPED: ("developed", "developed"),
    RelationType.BASED_ON: ("is based on", "was based on"),
    RelationType.COMPARED_TO: ("is compared to", "was compared to"),
    RelationType.SUPPLIES: ("supplies", "supplied"),
    RelationType.LISTED_ON: ("is listed on", "was listed on"),
    RelationType.HEADQUARTERED_IN: ("is headquartered in", "was headquartered in"),
    RelationType.MENTIONED_WITH: ("is mentioned with", "was mentioned with"),
}


def has_ended(relation: Relation, validity: Validity, today: dt.date) -> bool:
    if relation.properties.get("former"):
        return True
    return validity.valid_to is not None and validity.valid_to.start() <= today


def relation_text(
    relation: Relation, subject_name: str, object_name: str, validity: Validity, today: dt.date | None = None
) -> str:
    """The relation as one sentence from its subject to its object, with its role, stake or lead."""
    present, past = VERBS[relation.type]
    verb = past if has_ended(relation, validity, today or dt.date.today()) else present
    stake = relation.properties.get("stake_pct")
    if relation.type == RelationType.ACQUIRED and isinstance(stake, int | float):
        verb = f"acquired a {stake:g}% stake in"
    text = f"{subject_name} {verb} {object_name}"
    role = relation.properties.get("role")
    if role:
        text += f" as {role}"
    if relation.type == RelationType.INVESTED_IN and relation.properties.get("lead"):
        text += " (lead investor)"
    return text
