"""Split body blocks into sentences, keeping offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.articles.cleaning import Line

# A period after these does not end a sentence ("Baidu Inc. gained", "Co., Ltd.", "U.S.").
_ABBREVIATIONS = frozenset(
    [
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "llc",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "e.g",
        "i.e",
        "approx",
        "est",
        "dept",
    ]
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’')]*(?:\[\d+\])*\s+(?=[\"“(]?[A-Z0-9*])")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the original document
    end: int
    block: int  # index of the body block (paragraph)


def split_sentences(source: str, blocks: list[Line]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        text = source[block.start : block.end]
        begin = 0
        for match in _BOUNDARY.finditer(text):
            head = text[begin : match.start()]
            last_word = re.search(r"([\w.]+)\.[\"”’')]*(?:\[\d+\])*$", head)
            if last_word and (last_word.group(1).lower() in _ABBREVIATIONS or len(last_word.group(1)) == 1):
                continue
            _append(sentences, text, begin, match.start(), block.start, index)
            begin = match.end()
        _append(sentences, text, begin, len(text), block.start, index)
    return sentences


def _append(out: list[Sentence], text: str, begin: int, end: int, base: int, block: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    start = base + begin + lead
    out.append(Sentence(stripped, start, start + len(stripped), block))
