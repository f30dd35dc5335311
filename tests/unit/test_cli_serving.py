"""The busy message a writing command gives while a server holds the embedded store (cli/serving.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli.serving import announce, busy_message, local_url, record_path
from graph.settings import StoreSettings
from graph.store import StoreBusyError


@pytest.fixture
def settings(tmp_path: Path) -> StoreSettings:
    return StoreSettings(_env_file=None, db_path=tmp_path / "graph", neo4j_uri=None)


def busy(settings: StoreSettings, pid: int | None) -> StoreBusyError:
    return StoreBusyError("store busy", path=str(settings.db_path), holder_pid=pid)


def test_a_store_held_by_ckg_serve_names_its_address_and_the_load_command(settings: StoreSettings) -> None:
    with announce(settings, "http://127.0.0.1:8123"):
        message = busy_message(busy(settings, os.getpid()))
    assert message.startswith(f"store busy: `ckg serve` (PID {os.getpid()}) at http://127.0.0.1:8123 holds")
    assert str(settings.db_path) in message
    assert "`ckg load --api http://127.0.0.1:8123 FILE...`" in message and "CKG_API_KEY" in message
    assert "`ckg query`, `ckg stats`, `ckg export` and `ckg load --dry-run` work beside it" in message


def test_a_record_left_by_a_killed_server_is_not_believed(settings: StoreSettings) -> None:
    # Another process holds the lock now; the record names a server that is gone.
    record_path(settings.db_path).write_text(json.dumps({"pid": 999_999_999, "url": "http://127.0.0.1:1"}))
    message = busy_message(busy(settings, os.getpid()))
    assert "http://127.0.0.1:1" not in message
    assert message.startswith(f"store busy: another process (PID {os.getpid()}) holds {settings.db_path}")
    assert "`ckg load --api http://HOST:PORT FILE...`" in message


@pytest.mark.parametrize("record", ["", "not json", "[1, 2]", '{"pid": "x"}'])
def test_an_unreadable_record_gives_the_general_message(settings: StoreSettings, record: str) -> None:
    record_path(settings.db_path).write_text(record)
    assert busy_message(busy(settings, os.getpid())).startswith("store busy: another process")
    assert busy_message(busy(settings, None)).startswith(f"store busy: another process holds {settings.db_path}")


def test_the_record_lives_while_serving_and_only_its_own_is_removed(settings: StoreSettings) -> None:
    record = record_path(settings.db_path)
    with announce(settings, "http://127.0.0.1:8123"):
        assert json.loads(record.read_text()) == {"pid": os.getpid(), "url": "http://127.0.0.1:8123"}
    assert not record.exists()
    with announce(settings, "http://127.0.0.1:8123"):
        record.write_text(json.dumps({"pid": 1, "url": "http://127.0.0.1:9"}))  # a later server took over
    assert json.loads(record.read_text())["url"] == "http://127.0.0.1:9"


def test_neo4j_needs_no_record(tmp_path: Path) -> None:
    settings = StoreSettings(_env_file=None, db_path=tmp_path / "graph", neo4j_uri="bolt://localhost:7687")
    with announce(settings, "http://127.0.0.1:8123"):
        assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8000"),
        ("0.0.0.0", "http://127.0.0.1:8000"),
        ("::", "http://127.0.0.1:8000"),
        ("::1", "http://[::1]:8000"),
        ("kg.internal", "http://kg.internal:8000"),
    ],
)
def test_the_address_a_local_client_uses(host: str, url: str) -> None:
    assert local_url(host, 8000) == url


def test_a_reader_refused_as_busy_is_not_sent_to_load_through_the_server(
    settings: StoreSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import typer

    from cli import common

    waited = "the embedded store at data/graph has been in a checkpoint by another process for over 30 s"

    def refuse(_settings: StoreSettings) -> None:
        raise StoreBusyError(waited, path=str(settings.db_path))

    monkeypatch.setattr(common, "open_store", refuse)
    for read_only, expected in ((True, waited), (False, "store busy: another process holds")):
        with pytest.raises(typer.Exit), common.store_session(settings, read_only=read_only):
            pass
        assert expected in capsys.readouterr().err.replace("\n", "")
