"""What a document is before it is read: its format (from its file name or as given), its text (UTF-8) and the
sha256 of its normalised content that identifies it; and the files a load of files and folders reads.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from graph.errors import InputError
from loaders.reports import DocumentReport

FORMATS = ("yaml", "json", "text", "markdown", "html")
MAX_DOCUMENT_BYTES = 5_000_000  # one document; reading takes ~10 s per MB of article text
PROFILE_FORMATS = frozenset({"yaml", "json"})
EXTENSIONS: dict[str, str] = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


class DocumentError(InputError):
    """A document that cannot be loaded; the message names the document and the reason."""


def decode(content: str | bytes, path: str | None = None) -> str:
    """Bytes as UTF-8 (a BOM is dropped); invalid bytes are a DocumentError naming the byte offset."""
    if isinstance(content, str):
        return content.removeprefix("\ufeff")
    try:
        return content.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        where = path or "the document"
        raise DocumentError(
            f"{where}: not valid UTF-8 at byte {exc.start} (byte 0x{content[exc.start]:02x}); save it as UTF-8"
        ) from None


def normalise(text: str) -> str:
    """The content whose sha256 identifies a document: NFC, \\n line ends, no trailing whitespace."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip()


def content_sha256(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        known = ", ".join(sorted(EXTENSIONS))
        raise DocumentError(f"{path}: unsupported file type {suffix or '(none)'!r} (expected one of {known})")
    return EXTENSIONS[suffix]


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise DocumentError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return fmt


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[DocumentReport]]:
    """Files to load (folders walked, sorted, profiles first) and reports for paths that cannot be."""
    files: list[Path] = []
    problems: list[DocumentReport] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(DocumentReport(path=str(path), error=f"{path}: no loadable files in this folder"))
            files.extend(found)
        elif path.is_file():
            try:
                format_of(path)
            except DocumentError as exc:
                problems.append(DocumentReport(path=str(path), error=str(exc)))
                continue
            files.append(path)
        else:
            problems.append(DocumentReport(path=str(path), error=f"{path}: no such file or folder"))
    unique = list(dict.fromkeys(files))
    # Curated profiles first: their names become the canonical ones that articles then link to.
    unique.sort(key=lambda p: EXTENSIONS[p.suffix.lower()] not in PROFILE_FORMATS)
    return unique, problems
