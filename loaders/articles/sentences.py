"""Split body blocks into sentences, keeping offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.articles.cleaning import DATE_STAMP, Line

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
        "prof",
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
        "rs",  # "at Rs. 1,676.10": rupees
    ]
)
# After a company suffix a capitalised word usually opens the next sentence ("... Tencent Holdings Ltd. Zhipu,
# last valued at ..."), unless it continues the name ("Co. Ltd.") or gives a title ("Baidu Inc. Chief Executive").
_LEGAL_SUFFIXES = frozenset(["inc", "ltd", "corp", "plc", "llc"])
_CONTINUES_NAME = re.compile(
    r"(?:Ltd|Limited|Co|Corp|Inc|LLC|PLC|Group|Holdings|Chief|CEO|CFO|CTO|Chairman|Chairwoman|President|Founder|"
    r"Co-founder|Executive|Director|Vice|Senior|Head|Managing|General)\b"
)
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”’')]*(?:\[\d+\])*\s+(?=[\"“(]?[A-Z0-9*])"
    # "... AMD CPUs.The processor ...", "... to close at 677.01.Samsung Electronics ...": a page that lost the space
    # after a full stop
    r"|(?<=[A-Za-z][a-z]\.|\d\d\.)(?!(?:HK|SS|SH|SZ|KS|KQ|TW|TWO|NS|BO|SI|T|DE|PA|AS|MI|MC|SW|ST|CO|HE|OL|AX|TO|BR|LS|JK|BK|KL|SA|MX)\b)(?=[A-Z][A-Za-z]+[\s,'’])"
    # (not a listing code's exchange suffix: "Quorra 3690.HK fell", "Velt VELTGn.DE, the chipmaker")
)

_DATE_STAMP = re.compile(rf"\s*{DATE_STAMP}\s+(?=\S)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the original document
    end: int
    block: int  # index of the body block (paragraph)


def split_sentences(blocks: list[Line]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        text = block.text  # the source's characters, a wrapped text's line breaks read as spaces (cleaning)
        stamp = _DATE_STAMP.match(text) if index == 0 else None
        begin = stamp.end() if stamp else 0  # the page's date stamp is no part of the sentence it is glued to
        for match in _BOUNDARY.finditer(text):
            head = text[begin : match.start()]
            last_word = re.search(r"([\w.]+)\.[\"”’')]*(?:\[\d+\])*$", head)
            if last_word and _keeps_sentence(last_word.group(1), text[match.end() :]):
                continue
            _append(sentences, text, begin, match.start(), block.start, index)
            begin = match.end()
        _append(sentences, text, begin, len(text), block.start, index)
    return sentences


def _keeps_sentence(word: str, after: str) -> bool:
    """Whether the period after `word` is an abbreviation's, inside the sentence."""
    lowered = word.lower()
    if lowered in _LEGAL_SUFFIXES:
        return not re.match(r"[A-Z][A-Za-z]*[a-z]", after) or _CONTINUES_NAME.match(after) is not None
    # "J.P. Morgan", "S.F. Express": initials inside a name ("... its Velt-3. Quorra said": a digit is no initial)
    initial = len(word) == 1 and not word.isdigit()
    return lowered in _ABBREVIATIONS or initial or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word))


def _append(out: list[Sentence], text: str, begin: int, end: int, base: int, block: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    start = base + begin + lead
    out.append(Sentence(stripped, start, start + len(stripped), block))
