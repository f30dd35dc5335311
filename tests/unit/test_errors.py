"""One error hierarchy: what the user can act on is a CkgError; anything else is reported as a defect."""

from __future__ import annotations

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
from loaders.html import HtmlError
from loaders.merge import MergeError
from loaders.money import MoneyError
from loaders.pipeline import DocumentError, load_document
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


def test_a_readers_bug_is_reported_as_unexpected_not_as_the_users_mistake(tmp_path: Path) -> None:
    from graph.backends.ladybug import LadybugStore

    store = LadybugStore(tmp_path / "graph")
    store.init()
    try:
        report = load_document(
            store, "Quorra Labs raised $5 million.", "text", path="a.txt", extractor=_BrokenExtractor()
        )
    finally:
        store.close()
    assert report.error == "a.txt: unexpected error (ValueError: a bug in a reader)"


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
