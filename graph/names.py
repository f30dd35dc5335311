"""Normalised name keys and stable ids.

A key is what makes "Zhipu AI", "ZHIPU AI" and "Zhipu AI Co., Ltd." the same look-up:
casefold, accents stripped, punctuation dropped, legal suffixes removed, spaces collapsed.
Both the store's key index and the resolver use these functions, so they always agree.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(s.split())
            for s in (
                "group holding limited",
                "group holding ltd",
                "group holdings ltd",
                "group holdings limited",
                "holdings limited",
                "holdings ltd",
                "holding limited",
                "holding ltd",
                "holdings inc",
                "group holding",
                "co ltd",
                "co limited",
                "company limited",
                "corp ltd",
                "pte ltd",
                "pty ltd",
                "holdings",
                "holding",
                "limited",
                "ltd",
                "inc",
                "incorporated",
                "corp",
                "corporation",
                "co",
                "company",
                "llc",
                "plc",
                "gmbh",
                "ag",
                "sa",
                "nv",
                "bv",
                "group",
            )
        ),
        key=len,
        reverse=True,
    )
)

# Suffixes by their last word, longest first ("group holding ltd" is tried before "ltd" alone), so
# stripping looks only at the suffixes that can match the name's last word.
_SUFFIXES_BY_LAST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {}
for _suffix in LEGAL_SUFFIXES:
    _SUFFIXES_BY_LAST_WORD[_suffix[-1]] = (*_SUFFIXES_BY_LAST_WORD.get(_suffix[-1], ()), _suffix)

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold and strip accents; keeps CJK and other scripts intact."""
    if text.isascii():  # nothing to decompose or strip; casefold is lower() on ASCII
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped).casefold()


def tokens(text: str) -> list[str]:
    """Folded words without punctuation ("Z.ai" -> ["zai"], "GLM-4.7" -> ["glm47"])."""
    folded = fold(text).replace("&", " and ")
    # Punctuation between letters/digits joins them ("Z.ai", "GLM-4.7"); elsewhere it separates.
    joined = re.sub(r"(?<=\w)[.\-'’_/](?=\w)", "", folded)
    return _SPACES.split(_PUNCT.sub(" ", joined).strip()) if joined.strip() else []


def normalize_key(name: str) -> str:
    """The look-up key of a name: exact matching after normalisation uses this and only this."""
    words = [w for w in tokens(name) if w]
    while len(words) > 1:
        for suffix in _SUFFIXES_BY_LAST_WORD.get(words[-1], ()):
            if len(words) > len(suffix) and tuple(words[-len(suffix) :]) == suffix:
                words = words[: -len(suffix)]
                break
        else:
            break
    return " ".join(words)


def slug(name: str) -> str:
    """A readable, stable id fragment: "Zhipu AI" -> "zhipu-ai", "GLM-4.7" -> "glm-4.7"."""
    folded = fold(name).replace("&", " and ")
    text = re.sub(r"[^\w.+]+", "-", folded, flags=re.UNICODE).strip("-.")
    text = re.sub(r"-{2,}", "-", text)
    if not text:
        text = "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return text[:80]


def short_hash(*parts: object) -> str:
    """Deterministic 12-hex-digit digest of the parts, for ids of statements."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def category_value(text: str) -> str:
    """The stored form of a category from its value or its label: "AI lab", "ai-lab" and "ai_lab" -> "ai_lab"."""
    return "_".join(re.findall(r"[^\W_]+", fold(text)))
