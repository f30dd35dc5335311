"""Document -> draft -> resolved statements -> one atomic, idempotent write.

Every document becomes one Source whose id derives from the sha256 of its normalised content
(NFC, "\\r\\n" -> "\\n", trailing whitespace stripped): loading the same content again is a no-op
reported as `unchanged`. A document that fails (bad YAML, unknown field, invalid UTF-8, a rejected
write) is reported with its path and reason; the other documents of the load still load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.dates import PartialDate
from graph.errors import CkgError, InputError
from graph.model import Source, StatementBatch, source_id
from graph.store import GraphStore, StoreBusyError, StoreError
from loaders.batch import resolve_draft
from loaders.drafts import DocumentDraft, Extractor, SourceMeta
from loaders.profile_reader import ProfileError
from loaders.profiles import read_profile
from loaders.resolve import (
    IndexGazetteer,
    NameIndex,
    build_index,
    forget_index,
    index_for,
    remember_index,
)
from loaders.review import ReviewSettings, candidate_count, keep_rejections, mark_candidates
from loaders.supersede import supersede

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

# The cached name index is shared by every load of a process (the API ingests from a thread pool): one
# document at a time resolves against it and writes, so an index rollback never undoes another's names.
_LOAD_LOCK = threading.RLock()

Progress = Callable[[int, int, str], None]  # (documents done, documents in all, path just loaded)


NOTHING_READ = "no statement read: the document names no company, person or product the reader could place"


class DocumentError(InputError):
    """A document that cannot be loaded; the message names the document and the reason."""


class DocumentReport(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str | None = None
    source: Source | None = None
    created: int = 0  # new entities
    linked: int = 0  # mentions resolved to entities the graph (or this load) already had
    statements: int = 0  # relations, events and attribute values
    candidates: int = 0  # of them, stored for review (confidence below CKG_REVIEW_BELOW)
    unchanged: bool = False
    superseded: int = 0  # statements of an earlier version of the document that this one no longer makes
    superseded_sources: list[str] = Field(default_factory=list)  # the earlier versions it superseded
    restored: int = 0  # statements and entities stated again after an unload or a supersede had taken them back
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    batch: StatementBatch | None = Field(default=None, exclude=True)  # what was (or would be) written
    stale_index: bool = Field(default=False, exclude=True)  # entities were retracted: a shared index must go

    @property
    def failed(self) -> bool:
        return self.error is not None

    def summary(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude={"batch"})


class LoadReport(BaseModel):
    documents: list[DocumentReport] = Field(default_factory=list)
    dry_run: bool = False

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.failed]

    @property
    def created(self) -> int:
        return sum(d.created for d in self.documents)

    @property
    def linked(self) -> int:
        return sum(d.linked for d in self.documents)

    @property
    def statements(self) -> int:
        return sum(d.statements for d in self.documents)

    @property
    def candidates(self) -> int:
        return sum(d.candidates for d in self.documents)

    @property
    def unchanged(self) -> int:
        return sum(d.unchanged for d in self.documents)

    @property
    def superseded(self) -> int:
        return sum(d.superseded for d in self.documents)

    def summary(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "created": self.created,
            "linked": self.linked,
            "statements": self.statements,
            "candidates": self.candidates,
            "unchanged": self.unchanged,
            "superseded": self.superseded,
            "failed": len(self.failed),
            "dry_run": self.dry_run,
            "reports": [d.summary() for d in self.documents],
        }


# --------------------------------------------------------------------------- content


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


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise DocumentError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return fmt


def _default_extractor() -> Extractor:
    # Imported on first use: profiles load without the article extractor (and its start-up cost).
    from loaders.articles import default_extractor

    return default_extractor()


def _article_draft(
    text: str,
    fmt: str,
    meta: SourceMeta,
    index: NameIndex,
    extractor: Extractor | None,
    path: str,
) -> tuple[str, DocumentDraft]:
    if fmt == "html":
        from loaders.html import HtmlError, main_text  # trafilatura: imported for HTML only (~0.7 s CPU)

        try:
            page = main_text(text)
        except HtmlError as exc:
            raise DocumentError(f"{path}: {exc}") from None
        text = page.text
        if meta.title is None and page.title:
            meta = meta.model_copy(update={"title": page.title})
    if extractor is None:
        extractor = _default_extractor()
    draft = extractor.extract(text, gazetteer=IndexGazetteer(index, text), meta=meta)
    return text, draft


def load_document(
    store: GraphStore,
    content: str | bytes,
    format: str,
    *,
    path: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published_at: PartialDate | None = None,
    dry_run: bool = False,
    extractor: Extractor | None = None,
    index: NameIndex | None = None,
    seen: set[str] | None = None,
    strict: bool = False,
    review_below: float | None = None,
) -> DocumentReport:
    """Load one document as one transaction. Problems come back in the report's `error`, never raised
    (except StoreBusyError: the whole load cannot proceed). A document that yields nothing gets the warning
    NOTHING_READ, or with `strict` fails with it and writes nothing.

    `index` and `seen` (sha256s of this load) are shared by load_paths across the documents of a load.
    Statements below `review_below` (default: the CKG_REVIEW_BELOW setting) are stored as review candidates;
    statements a rejection covers are left out (loaders/review.py).
    """
    with _LOAD_LOCK:
        return _load_document(
            store,
            content,
            format,
            path=path,
            title=title,
            url=url,
            published_at=published_at,
            dry_run=dry_run,
            extractor=extractor,
            index=index,
            seen=seen,
            strict=strict,
            review_below=ReviewSettings().review_below if review_below is None else review_below,
        )


def _load_document(
    store: GraphStore,
    content: str | bytes,
    format: str,
    *,
    path: str | None,
    title: str | None,
    url: str | None,
    published_at: PartialDate | None,
    dry_run: bool,
    extractor: Extractor | None,
    index: NameIndex | None,
    seen: set[str] | None,
    strict: bool,
    review_below: float,
) -> DocumentReport:
    where = path or "<document>"
    report = DocumentReport(path=path)
    own_index = index is None
    try:
        fmt = _check_format(format)
        if len(content) > MAX_DOCUMENT_BYTES:
            raise DocumentError(
                f"{where}: {len(content) / 1e6:.1f} MB is over the {MAX_DOCUMENT_BYTES / 1e6:g} MB limit for one "
                "document (split it into several files)"
            )
        text = decode(content, path)
        if not normalise(text):
            raise DocumentError(f"{where}: the document is empty")
        sha = content_sha256(text)
        existing = store.source_by_sha256(sha)
        if (existing is not None and existing.retracted_at is None) or (seen is not None and sha in seen):
            report.source = existing
            report.unchanged = True
            return report
        if index is None:
            index = index_for(store)
        now = dt.datetime.now(dt.UTC)
        if fmt in PROFILE_FORMATS:
            draft = read_profile(text, "json" if fmt == "json" else "yaml", where)
        else:
            meta = SourceMeta(title=title, url=url, published_at=published_at, format="article")
            text, draft = _article_draft(text, fmt, meta, index, extractor, where)
        source = _source_record(sha, draft.source, now, path=path, title=title, url=url, published_at=published_at)
        report.source = source
        mark = index.checkpoint()
        try:
            resolved = resolve_draft(
                index,
                draft,
                source=source,
                recorded_at=now,
                id_exists=lambda i: _id_taken(store, i),
            )
            report.created, report.linked = resolved.created, resolved.linked
            batch, kept_out = keep_rejections(store, mark_candidates(resolved.batch, review_below), now)
            report.statements = batch.statement_count
            report.candidates = candidate_count(batch)
            report.warnings = [*resolved.warnings, *kept_out]
            if not resolved.batch.entity_ids and not resolved.batch.statement_count:
                if strict:
                    raise DocumentError(f"{where}: {NOTHING_READ} (--strict)")
                report.warnings.append(NOTHING_READ)
            done = supersede(store, batch, source, existing)
            report.batch = done.batch
            report.superseded, report.superseded_sources = done.superseded, done.superseded_sources
            report.restored = done.restored
            report.stale_index = bool(done.retracted_entities)
            if not dry_run:
                written = store.write(done.batch)
                remember_index(store, index, written.version)
        except BaseException:
            index.rollback(mark)
            raise
        if seen is not None:
            seen.add(sha)
        if dry_run and own_index:
            index.rollback(mark)
        elif not dry_run and report.stale_index:
            forget_index(store)  # names of retracted entities must leave the index
    except StoreBusyError:
        raise
    except (ProfileError, DocumentError) as exc:
        report.error = str(exc)
    except StoreError as exc:
        report.error = f"{where}: {exc}"
    except CkgError as exc:
        report.error = f"{where}: {exc}"
    except Exception as exc:  # a bug in a reader must not stop the other documents of a load
        report.error = f"{where}: unexpected error ({type(exc).__name__}: {exc})"
    if report.error:
        # A lone surrogate (from a "\\ud800" escape) echoed in the message would crash any UTF-8 writer.
        report.error = report.error.encode("utf-8", "backslashreplace").decode("utf-8")
        report.created = report.linked = report.statements = report.candidates = 0
        report.batch = None
    return report


# --------------------------------------------------------------------------- paths


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


def load_paths(
    store: GraphStore,
    paths: Sequence[str | Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
    strict: bool = False,
    review_below: float | None = None,
) -> LoadReport:
    """Load files and folders, one transaction per document; failures are reported, not raised. `strict`: a
    document that yields no statement is a failure, not a warning."""
    files, problems = collect_paths(paths)
    report = LoadReport(documents=list(problems), dry_run=dry_run)
    index = build_index(store) if dry_run else index_for(store)
    seen: set[str] = set()
    total = len(files)
    below = ReviewSettings().review_below if review_below is None else review_below
    for done, file in enumerate(files, start=1):
        try:
            content = file.read_bytes()
        except OSError as exc:
            report.documents.append(DocumentReport(path=str(file), error=f"{file}: cannot read: {exc.strerror}"))
        else:
            report.documents.append(
                load_document(
                    store,
                    content,
                    EXTENSIONS[file.suffix.lower()],
                    path=str(file),
                    dry_run=dry_run,
                    extractor=extractor,
                    index=index,
                    seen=seen,
                    strict=strict,
                    review_below=below,
                )
            )
        if report.documents[-1].stale_index and not dry_run:
            index = index_for(store)  # rebuilt without the entities a superseded version took with it
        if progress is not None:
            progress(done, total, str(file))
    return report


def _source_record(
    sha: str,
    meta: SourceMeta,
    now: dt.datetime,
    *,
    path: str | None,
    title: str | None,
    url: str | None,
    published_at: PartialDate | None,
) -> Source:
    """The Source of a document: the caller's title, url and date before the document's own; the path absolute
    (with the profile id, what names the document's versions)."""
    return Source(
        id=source_id(sha),
        sha256=sha,
        title=title or meta.title or (Path(path).name if path else None),
        url=url or meta.url,
        publisher=meta.publisher,
        published_at=published_at or meta.published_at,
        format=meta.format,
        loaded_at=now,
        path=str(Path(path).resolve()) if path else None,
        profile_id=meta.profile_id,
    )


def _id_taken(store: GraphStore, entity_id: str) -> bool:
    """Whether a new entity must not take this id: any stored entity except one retracted by an unload or a
    supersede (not merged), whose id a document naming it again brings back to life."""
    found = store.entities([entity_id], include_retracted=True).get(entity_id)
    return found is not None and (found.retracted_at is None or found.merged_into is not None)
