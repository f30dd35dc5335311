"""HTML pages -> their main text (trafilatura), leaving navigation, ads and footers behind."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from graph.errors import InputError


class HtmlError(InputError):
    """A page with no main text to read."""


@dataclass(frozen=True)
class HtmlPage:
    title: str | None
    text: str


def main_text(html: str) -> HtmlPage:
    """The page's title and main text. The page's date is not guessed: only the caller may date it."""
    text = trafilatura.extract(html, include_comments=False, output_format="txt", with_metadata=False)
    if not text:
        text = trafilatura.extract(html, include_comments=False, output_format="txt", favor_recall=True)
    if not text or not text.strip():
        raise HtmlError("the page has no main text (only navigation, scripts or markup)")
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None and metadata.title else None
    return HtmlPage(title=title, text=text.strip())
