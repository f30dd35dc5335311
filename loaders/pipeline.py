"""Document -> draft -> resolved statements -> one atomic, idempotent write.

Every document becomes one Source whose id derives from the sha256 of its normalised content
(NFC, "\\r\\n" -> "\\n", trailing whitespace stripped): loading the same content again is a no-op
reported as `unchanged`. A document that fails (bad YAML, unknown field, invalid UTF-8, a rejected
write) is reported with its path and reason; the other documents of the load still load.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.dates import PartialDate
from graph.errors import CkgError
from graph.model import Source, source_id
from graph.store import GraphStore, StoreBusyError
from loaders.batch import resolve_draft
from loaders.documents import (
    EXTENSIONS,
    MAX_DOCUMENT_BYTES,
    PROFILE_FORMATS,
    DocumentError,
    check_format,
    collect_paths,
    content_sha256,
    decode,
    normalise,
)
from loaders.drafts import DocumentDraft, Extractor, SourceMeta
from loaders.profile_reader import ProfileError
from loaders.profiles import read_profile
from loaders.reports import DocumentReport, LoadReport
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

# The cached name index is shared by every load of a process (the API ingests from a thread pool): one
# document at a time resolves against it and writes, so an index rollback never undoes another's names.
_LOAD_LOCK = threading.RLock()

Progress = Callable[[int, int, str], None]  # (documents done, documents in all, path just loaded)


NOTHING_READ = "no statement read: the document names no company, person or product the reader could place"


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


@dataclass(frozen=True)
class _Document:
    """One document to load, as the caller gave it."""

    content: str | bytes
    format: str
    path: str | None
    title: str | None
    url: str | None
    published_at: PartialDate | None

    @property
    def where(self) -> str:
        return self.path or "<document>"


@dataclass(frozen=True)
class _Options:
    dry_run: bool
    extractor: Extractor | None
    strict: bool
    review_below: float


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
    document = _Document(content, format, path, title, url, published_at)
    below = ReviewSettings().review_below if review_below is None else review_below
    options = _Options(dry_run, extractor, strict, below)
    with _LOAD_LOCK:
        report = DocumentReport(path=path)
        try:
            _load_into(report, store, document, options, index, seen)
        except StoreBusyError:
            raise
        except (ProfileError, DocumentError) as exc:
            report.error = str(exc)
        except CkgError as exc:  # StoreError among them
            report.error = f"{document.where}: {exc}"
        except Exception as exc:  # a defect (of a reader, say) fails its document, not the other documents of a load
            report.error = (
                f"{document.where}: internal error ({type(exc).__name__}: {exc}), a defect of ckg, not of the document"
            )
            report.defect = exc
        if report.error:
            # A lone surrogate (from a "\\ud800" escape) echoed in the message would crash any UTF-8 writer.
            report.error = report.error.encode("utf-8", "backslashreplace").decode("utf-8")
            report.created = report.linked = report.statements = report.candidates = 0
            report.batch = None
        return report


def _text_of(document: _Document) -> tuple[str, str]:
    """(the document's format, its text), or a DocumentError: unknown format, too large, not UTF-8, empty."""
    fmt = check_format(document.format)
    if len(document.content) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"{document.where}: {len(document.content) / 1e6:.1f} MB is over the {MAX_DOCUMENT_BYTES / 1e6:g} MB "
            "limit for one document (split it into several files)"
        )
    text = decode(document.content, document.path)
    if not normalise(text):
        raise DocumentError(f"{document.where}: the document is empty")
    return fmt, text


def _load_into(
    report: DocumentReport,
    store: GraphStore,
    document: _Document,
    options: _Options,
    index: NameIndex | None,
    seen: set[str] | None,
) -> None:
    """Read, resolve and write one document, filling its report; raises what fails it."""
    fmt, text = _text_of(document)
    sha = content_sha256(text)
    existing = store.source_by_sha256(sha)
    if (existing is not None and existing.retracted_at is None) or (seen is not None and sha in seen):
        report.source = existing
        report.unchanged = True
        return
    own_index = index is None
    if index is None:
        index = index_for(store)
    now = dt.datetime.now(dt.UTC)
    if fmt in PROFILE_FORMATS:
        draft = read_profile(text, "json" if fmt == "json" else "yaml", document.where)
    else:
        meta = SourceMeta(title=document.title, url=document.url, published_at=document.published_at, format="article")
        text, draft = _article_draft(text, fmt, meta, index, options.extractor, document.where)
    source = _source_record(sha, draft.source, now, document)
    report.source = source
    mark = index.checkpoint()
    try:
        _write(report, store, draft, source, existing, index, now, options)
    except BaseException:
        index.rollback(mark)
        raise
    if seen is not None:
        seen.add(sha)
    if options.dry_run and own_index:
        index.rollback(mark)
    elif not options.dry_run and report.stale_index:
        forget_index(store)  # names of retracted entities must leave the index


def _write(
    report: DocumentReport,
    store: GraphStore,
    draft: DocumentDraft,
    source: Source,
    existing: Source | None,
    index: NameIndex,
    now: dt.datetime,
    options: _Options,
) -> None:
    """Resolve the draft, keep out what a rejection covers, supersede an earlier version, and write it all as one
    batch (unless a dry run)."""
    resolved = resolve_draft(index, draft, source=source, recorded_at=now, id_exists=lambda i: _id_taken(store, i))
    report.created, report.linked = resolved.created, resolved.linked
    batch, kept_out = keep_rejections(store, mark_candidates(resolved.batch, options.review_below), now)
    report.statements = batch.statement_count
    report.candidates = candidate_count(batch)
    report.warnings = [*resolved.warnings, *kept_out]
    if not resolved.batch.entity_ids and not resolved.batch.statement_count:
        if options.strict:
            raise DocumentError(f"{report.path or '<document>'}: {NOTHING_READ} (--strict)")
        report.warnings.append(NOTHING_READ)
    done = supersede(store, batch, source, existing)
    report.batch = done.batch
    report.superseded, report.superseded_sources = done.superseded, done.superseded_sources
    report.restored = done.restored
    report.stale_index = bool(done.retracted_entities)
    if not options.dry_run:
        written = store.write(done.batch)
        remember_index(store, index, written.version)


# --------------------------------------------------------------------------- paths


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


def _source_record(sha: str, meta: SourceMeta, now: dt.datetime, document: _Document) -> Source:
    """The Source of a document: the caller's title, url and date before the document's own; the path absolute
    (with the profile id, what names the document's versions)."""
    path = document.path
    return Source(
        id=source_id(sha),
        sha256=sha,
        title=document.title or meta.title or (Path(path).name if path else None),
        url=document.url or meta.url,
        publisher=meta.publisher,
        published_at=document.published_at or meta.published_at,
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
