"""A new version of a product line ("Kestrel-2.0", "Kestrel-V3") released by a company: the releasing company made
it, even when the text named the line as if it were a firm ("Kestrel shows Europe can train at home"), so the line's
name opening the product's is no maker then (read by products.py)."""

from __future__ import annotations

import re

from loaders.articles.context import SentenceView
from loaders.articles.mentions import Mention
from loaders.articles.patterns.product_checks import maker_ok, named_before_verb

_VERSION = re.compile(r"[Vv]?\d+(?:\.\d+)*")


def version_releaser(
    view: SentenceView, mention: Mention, prefixed: tuple[str, str] | None, released_before: re.Pattern[str]
) -> str | None:
    """The company a release verb right before a versioned name has as its subject ("X, a delivery platform,
    released Y-2.0"), when it is not the one the name opens with (that reading stays the prefix's)."""
    if prefixed is None or not _VERSION.fullmatch(prefixed[1]):
        return None
    released = released_before.search(view.text, 0, mention.start)
    if released is None:
        return None
    subject = named_before_verb(view, released.start()) or view.subject_ref(released.start())
    return subject if maker_ok(view, subject) and subject != prefixed[0] else None
