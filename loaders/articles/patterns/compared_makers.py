"""Product comparisons as company comparisons: "X's A outperforms Y's B" compares X with Y too (the relation the
graph answers "who competes with whom" with); the products stay compared as well."""

from __future__ import annotations

from graph.model import EntityKind, RelationType
from loaders.articles.context import SentenceView
from loaders.articles.patterns.product_checks import maker_of

_RelationKey = tuple[RelationType, str, str, str | None]


def compared_keys(view: SentenceView) -> set[_RelationKey]:
    """The comparisons drafted so far (taken before a sentence's product comparisons are read)."""
    return {key for key in view.b.relations if key[0] == RelationType.COMPARED_TO}


def makers_compared(view: SentenceView, before: set[_RelationKey]) -> None:
    """For each product comparison drafted since `before`, the products' makers compared, when the text names both
    (a maker's new model measured against its own older one compares no companies: relate drops a self-relation)."""
    for key in [k for k in view.b.relations if k[0] == RelationType.COMPARED_TO and k not in before]:
        _, subject, obj, _ = key
        if view.b.record(subject).kind != EntityKind.PRODUCT or view.b.record(obj).kind != EntityKind.PRODUCT:
            continue
        maker, rival = maker_of(view, subject), maker_of(view, obj)
        if maker is None or rival is None:
            continue
        span = view.b.relations[key].span
        # the products' own citation (document offsets), stamped with this rule
        view.b.relate(RelationType.COMPARED_TO, maker, rival, view.b.span(span.start or 0, span.end or 0))
