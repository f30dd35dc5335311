"""Article extraction: free text in, a DocumentDraft with cited statements out."""

from __future__ import annotations

from loaders.articles.extractor import ArticleExtractor
from loaders.drafts import Extractor


def default_extractor() -> Extractor:
    """The deterministic extractor (no model weights, no network)."""
    return ArticleExtractor()


__all__ = ["ArticleExtractor", "default_extractor"]
