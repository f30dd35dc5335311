"""One error hierarchy: what the user can act on is a CkgError; anything else is reported as a defect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from graphql import GraphQLError
from typer.testing import CliRunner

from api.errors import AuthError, UserError, should_mask
from cli import load_commands
from cli.main import app
from graph.dates import PartialDateError
from graph.errors import BusyError, CkgError, InputError
from graph.exchange.records import ExchangeError
from graph.store import StoreBusyError, StoreError
from loaders.documents import DocumentError
from loaders.html import HtmlError
from loaders.merge import MergeError
from loaders.money import MoneyError
from loaders.pipeline import load_document
from loaders.profile_reader import ProfileError


@pytest.mark.parametrize(
    "error",
    [ExchangeError, PartialDateError, MoneyError, MergeError, ProfileError, DocumentError, HtmlError, UserError],
)
def test_every_input_error_is_a_ckg_error(error: type[Exception]) -> None:
    assert issubclass(error, InputError) and issubclass(error, CkgError)


def test_store_and_auth_errors_are_ckg_errors() -> None:
    assert issubclass(StoreError, CkgError) and issubclass(StoreBusyError, BusyError)
    assert issubclass(AuthError, CkgError)


def test_the_api_masks_a_defect_and_shows_a_ckg_error() -> None:
    assert should_mask(GraphQLError("boom", original_error=ValueError("boom")))
    assert not should_mask(GraphQLError("bad date", original_error=PartialDateError("bad date")))


class _BrokenExtractor:
    def extract(self, text: str, **_: object) -> None:
        raise ValueError("a bug in a reader")


def test_a_readers_bug_fails_its_document_as_a_defect_not_as_the_users_mistake(tmp_path: Path) -> None:
    from graph.backends.ladybug import LadybugStore

    store = LadybugStore(tmp_path / "graph")
    store.init()
    try:
        report = load_document(
            store, "Quorra Labs raised $5 million.", "text", path="a.txt", extractor=_BrokenExtractor()
        )
    finally:
        store.close()
    assert isinstance(report.defect, ValueError) and not isinstance(report.defect, CkgError)
    assert report.error == "a.txt: internal error (ValueError: a bug in a reader), a defect of ckg, not of the document"
    assert "defect" not in report.summary()


def test_ckg_load_reports_a_readers_bug_with_an_id_and_a_trace_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loaders import pipeline

    monkeypatch.setenv("CKG_DB_PATH", str(tmp_path / "graph"))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    monkeypatch.setattr(pipeline, "_default_extractor", _BrokenExtractor)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Quorra Labs raised $5 million.", encoding="utf-8")
    result = CliRunner().invoke(app, ["load", str(tmp_path / "docs"), "--format", "json"])
    assert result.exit_code == 1
    (document,) = json.loads(result.stdout)["reports"]
    assert "a.txt: internal error " in document["error"] and "ValueError: a bug in a reader" in document["error"]
    trace = Path(document["error"].split("traceback in ")[1].rstrip(")"))
    assert 'raise ValueError("a bug in a reader")' in trace.read_text(encoding="utf-8")


def test_ingest_reports_a_readers_bug_as_an_internal_error_not_as_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings
    from graph.backends.ladybug import LadybugStore
    from loaders import pipeline

    monkeypatch.setattr(pipeline, "_default_extractor", _BrokenExtractor)
    store = LadybugStore(tmp_path / "graph")
    query = 'mutation { ingest(content: "Quorra Labs raised $5 million.", format: "text") { created } }'
    try:
        settings = Settings(_env_file=None, api_key="k" * 20, production=True)
        with TestClient(create_app(settings, store=store)) as client, caplog.at_level("ERROR", logger="ckg.api"):
            body = client.post(
                "/graphql", json={"query": query}, headers={"Authorization": "Bearer " + "k" * 20}
            ).json()
    finally:
        store.close()
    message = body["errors"][0]["message"]
    assert message.startswith("Internal error. Reference: ") and "a bug" not in message
    reference = message.removeprefix("Internal error. Reference: ")
    assert any(reference in r.getMessage() and r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)


def test_every_command_reports_a_defect_as_an_internal_error_and_a_ckg_error_by_its_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli import store_commands

    monkeypatch.setenv("CKG_DB_PATH", str(tmp_path / "graph"))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)
    assert CliRunner().invoke(app, ["init"]).exit_code == 0

    def broken(_: object) -> None:
        raise TypeError("a bug")

    monkeypatch.setattr(store_commands, "print_json", broken)  # `ckg stats` has no handler of its own
    result = CliRunner().invoke(app, ["stats", "--format", "json"])
    line = " ".join(result.output.split())
    assert result.exit_code == 1 and "internal error" in line and "TypeError: a bug" in line
    assert "Traceback" not in line

    def refused(_: object) -> None:
        raise InputError("the printer refuses")

    monkeypatch.setattr(store_commands, "print_json", refused)
    result = CliRunner().invoke(app, ["stats", "--format", "json"])
    assert result.exit_code == 1 and "error: the printer refuses" in " ".join(result.output.split())
    assert "internal error" not in result.output


def test_the_cli_reports_a_defect_as_an_internal_error_with_an_id_and_a_trace_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CKG_DB_PATH", str(tmp_path / "graph"))
    monkeypatch.delenv("CKG_NEO4J_URI", raising=False)

    def broken(*_: object, **__: object) -> None:
        raise TypeError("a bug")

    monkeypatch.setattr(load_commands, "load_paths", broken)
    result = CliRunner().invoke(app, ["load", str(tmp_path)])
    assert result.exit_code == 1
    line = " ".join(result.output.split())
    assert "internal error" in line and "TypeError: a bug" in line and "Traceback" not in line
    trace = Path(line.split("traceback in ")[1].rstrip(")"))
    assert "raise TypeError" in trace.read_text(encoding="utf-8")


def test_a_masked_defect_carries_a_reference_that_finds_its_traceback_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from api.errors import InternalErrors, log_internal

    try:
        raise TypeError("a bug")
    except TypeError as exc:
        error = GraphQLError("a bug", original_error=exc, path=["stats"])
    with caplog.at_level("ERROR", logger="ckg.api"):
        log_internal(error)  # the schema's process_errors, before the masking extension: logged once, not twice
        masked = InternalErrors().anonymise_error(error)
    reference = masked.message.removeprefix("Internal error. Reference: ")
    assert masked.message != reference and "a bug" not in masked.message
    (record,) = caplog.records
    assert reference in record.getMessage() and record.exc_info and record.exc_info[0] is TypeError
