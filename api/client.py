"""Load files into a running server through its `ingest` mutation (what `ckg load --api URL` calls).

The client of this package's own API, kept beside it so that the mutation it sends and the schema that serves it
change together. It takes the same files as a local load (loaders.documents.collect_paths: folders walked, profiles
first) and returns the same LoadReport, so a caller renders either alike. A document the server refuses (bad
YAML, an unknown field, `strict` and nothing read, over the server's size or time limit) fails alone, with the
server's reason naming the file, and the others still load. A refusal that would meet every document (no or a
wrong API key, no server at the address, not a ckg server, the connection lost) stops the load with
RemoteLoadError, which carries the report of the documents done before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from graph.errors import CkgError, InputError
from graph.model import Source
from loaders.documents import EXTENSIONS, DocumentError, collect_paths, content_sha256, decode
from loaders.pipeline import Progress
from loaders.reports import DocumentReport, LoadReport

INGEST = """
mutation Ingest($content: String!, $format: String!, $path: String, $strict: Boolean!, $dryRun: Boolean!) {
  ingest(content: $content, format: $format, path: $path, strict: $strict, dryRun: $dryRun) {
    source { id sha256 title url publisher publishedAt format loadedAt path profileId }
    created linked statements candidates unchanged warnings superseded
  }
}
"""

CONNECT_SECONDS = 10.0
# Per document. The server's own limit (CKG_REQUEST_TIMEOUT_SECONDS, 30 s by default) answers well before.
ANSWER_SECONDS = 600.0


class RemoteLoadError(CkgError):
    """The server cannot take any document (unreachable, the key refused, not a ckg server). `report` holds the
    documents handled before."""

    def __init__(self, message: str, report: LoadReport) -> None:
        super().__init__(message)
        self.report = report


def graphql_url(url: str) -> str:
    """The GraphQL endpoint of a server given by its address (`http://127.0.0.1:8000`) or the endpoint itself."""
    text = url.strip().rstrip("/")
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise InputError(f'--api "{url}": give the server\'s address with its scheme, e.g. http://127.0.0.1:8000')
    return text if parsed.path.endswith("/graphql") else f"{text}/graphql"


def load_paths_via_api(
    url: str,
    paths: Sequence[str | Path],
    *,
    api_key: str | None,
    strict: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    client: httpx.Client | None = None,
) -> LoadReport:
    """Send each file to the server at `url` as one `ingest` (one transaction there), in the order a local load
    takes them. `client` is for tests (a Starlette TestClient is one); by default a fresh one is opened."""
    endpoint = graphql_url(url)
    if not api_key:
        raise InputError("loading through a server needs its API key: set CKG_API_KEY (or give --api-key)")
    files, problems = collect_paths(paths)
    report = LoadReport(documents=list(problems), dry_run=dry_run)
    sender = _Sender(client or _default_client(), endpoint, api_key, strict=strict, dry_run=dry_run)
    try:
        for done, file in enumerate(files, start=1):
            report.documents.append(sender.send(file, report))
            if progress is not None:
                progress(done, len(files), str(file))
    finally:
        if client is None:
            sender.http.close()
    return report


def _default_client() -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(ANSWER_SECONDS, connect=CONNECT_SECONDS))


class _Sender:
    def __init__(self, http: httpx.Client, endpoint: str, api_key: str, *, strict: bool, dry_run: bool) -> None:
        self.http = http
        self.endpoint = endpoint
        self.headers = {"Authorization": f"Bearer {api_key}"}
        self.strict = strict
        self.dry_run = dry_run
        self.seen: set[str] = set()  # sha256s of this load: the same content twice is `unchanged`

    def send(self, file: Path, report: LoadReport) -> DocumentReport:
        where = str(file)
        try:
            text = decode(file.read_bytes(), where)
        except OSError as exc:
            return DocumentReport(path=where, error=f"{file}: cannot read: {exc.strerror}")
        except DocumentError as exc:
            return DocumentReport(path=where, error=str(exc))
        sha = content_sha256(text)
        if self.dry_run and sha in self.seen:  # written content the server finds itself, and reports with its source
            return DocumentReport(path=where, unchanged=True)
        variables = {
            "content": text,
            "format": EXTENSIONS[file.suffix.lower()],
            "path": where,
            "strict": self.strict,
            "dryRun": self.dry_run,
        }
        result = self._answer(where, variables, report)
        if result.error is None:
            self.seen.add(sha)
        return result

    def _answer(self, where: str, variables: dict[str, Any], report: LoadReport) -> DocumentReport:
        def stop(reason: str) -> RemoteLoadError:
            return RemoteLoadError(f"{where}: {reason}", report)

        try:
            response = self.http.post(
                self.endpoint, json={"query": INGEST, "variables": variables}, headers=self.headers
            )
        except httpx.TimeoutException as exc:
            if isinstance(exc, httpx.ConnectTimeout):
                raise stop(
                    f"no server answers at {self.endpoint} (connection timed out); is `ckg serve` running?"
                ) from None
            return DocumentReport(path=where, error=f"{where}: no answer from {self.endpoint} in {ANSWER_SECONDS:g} s")
        except httpx.ConnectError as exc:
            raise stop(f"cannot reach {self.endpoint} ({_reason(exc)}); is `ckg serve` running there?") from None
        except httpx.TransportError as exc:
            raise stop(
                f"the connection to {self.endpoint} broke ({_reason(exc)}); the document may or may not have loaded "
                "(loading it again is safe: the same content is reported unchanged)"
            ) from None
        return self._read(where, response, stop)

    def _read(self, where: str, response: httpx.Response, stop: Callable[[str], RemoteLoadError]) -> DocumentReport:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or ("data" not in body and "errors" not in body):
            raise stop(
                f"{self.endpoint} answered HTTP {status} {response.reason_phrase} without a GraphQL result "
                "(is it a ckg server? give its address, e.g. http://127.0.0.1:8000)"
            )
        errors = body.get("errors") or []
        message = str(errors[0].get("message", "")) if errors and isinstance(errors[0], dict) else ""
        if status in (401, 403):
            raise stop(f"the server at {self.endpoint} refused the request: {message}")
        if status == 413:
            limit = f"too large for the server ({message}; raise CKG_MAX_BODY_BYTES there, or load the file locally)"
            return DocumentReport(path=where, error=f"{where}: {limit}")
        if status == 504:
            gave_up = f"the server gave up ({message}; raise CKG_REQUEST_TIMEOUT_SECONDS there, or load it locally)"
            return DocumentReport(path=where, error=f"{where}: {gave_up}")
        if errors:
            if not any(isinstance(e, dict) and e.get("path") for e in errors):
                # Not about this document: the request itself (an older server without these arguments, say).
                raise stop(f"the server at {self.endpoint} rejected the request: {message}")
            return DocumentReport(path=where, error=_document_error(where, message))
        ingest = (body.get("data") or {}).get("ingest")
        if not isinstance(ingest, dict):
            raise stop(f"{self.endpoint} answered HTTP {status} without an ingest report")
        return DocumentReport(
            path=where,
            source=_source(ingest["source"]),
            created=ingest["created"],
            linked=ingest["linked"],
            statements=ingest["statements"],
            candidates=ingest["candidates"],
            unchanged=ingest["unchanged"],
            superseded=ingest.get("superseded", 0),
            warnings=list(ingest["warnings"]),
        )


def _document_error(where: str, message: str) -> str:
    """The server's reason as a local load words it: naming the file first."""
    reason = message.removeprefix("ingest: ")
    return reason if reason.startswith(f"{where}:") else f"{where}: {reason}"


def _source(data: dict[str, Any]) -> Source:
    return Source.model_validate(
        {
            "id": data["id"],
            "sha256": data["sha256"],
            "title": data["title"],
            "url": data["url"],
            "publisher": data["publisher"],
            "published_at": data["publishedAt"],
            "format": data["format"],
            "loaded_at": data["loadedAt"],
            "path": data.get("path"),
            "profile_id": data.get("profileId"),
        }
    )


def _reason(exc: httpx.TransportError) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
