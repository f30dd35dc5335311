"""A corpus of bad documents, generated here: each gives a clear error naming the file and the reason,
or loads safely; a refused document leaves the store exactly as it was, and names shaped like Cypher
injection are stored verbatim and delete nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.backends.ladybug import LadybugStore
from graph.names import normalize_key
from loaders.pipeline import load_document, load_paths
from tests.reliability.consistency import canonical_export
from tests.reliability.corpus import write_profiles

ROOT = Path(__file__).resolve().parents[2]


def _billion_laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    return ("\n".join(lines) + "\nname: Laughing Robotics\n").encode()


def _money_profile(amount: str) -> bytes:
    return f"name: Money Robotics\nfunding_rounds:\n  - date: '2024'\n    amount: {amount}\n".encode()


# file name -> (content, words the error must contain)
REFUSED: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "empty.yaml": (b"", ("empty",)),
    "empty.json": (b"", ("empty",)),
    "blank.yaml": (b"  \n\n   \n", ("empty",)),
    "empty.txt": (b"", ("empty",)),
    "blank.md": (b"\n\n   \n", ("empty",)),
    "binary.yaml": (bytes(range(256)) * 64, ("UTF-8", "byte 128")),
    "image.json": (b"\x89PNG\r\n\x1a\n" + bytes(200), ("UTF-8", "byte 0")),
    "latin1.yaml": (b"name: Caf\xe9 Robotics\n", ("UTF-8", "byte 9")),
    "mixed.txt": ("Zhipu AI 智谱 raised money.\n".encode() + "Café".encode("latin-1"), ("UTF-8",)),
    "utf16.yaml": ("name: Sixteen Robotics\n".encode("utf-16"), ("UTF-8",)),
    "bomb.yaml": (_billion_laughs(), ("aliases",)),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, ("nested",)),
    "deep-field.json": (b'{"name": "Deep", "description": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", ("nested",)),
    "deep.yaml": (b"name: Deep Robotics\ndescription: " + b"[" * 3_000 + b"]" * 3_000 + b"\n", ("nested",)),
    "deep-map.yaml": (b"name: " + b"{a: " * 3_000 + b"1" + b"}" * 3_000 + b"\n", ("nested",)),
    "month13.yaml": (b"name: Month Robotics\nfounded: '2024-13'\n", ("founded", "month 13")),
    "day32.yaml": (b"name: Day Robotics\nfounded: '2024-01-32'\n", ("founded",)),
    "year99999.yaml": (b"name: Year Robotics\nfounded: '99999'\n", ("founded", "99999")),
    "year99999-int.yaml": (b"name: Year Robotics\nfounded: 99999\n", ("founded", "99999")),
    "negative.yaml": (_money_profile("-5 million USD"), ("funding_rounds[0].amount", "-5 million USD")),
    "negative-object.yaml": (_money_profile("{amount: -5, currency: USD}"), ("amount", "negative")),
    "nan.yaml": (_money_profile("{amount: .nan, currency: USD}"), ("amount", "finite")),
    "nan.json": (
        b'{"name": "Nan Robotics", "funding_rounds": [{"amount": {"amount": NaN, "currency": "USD"}}]}',
        ("amount", "finite"),
    ),
    "infinity.json": (
        b'{"name": "Inf Robotics", "funding_rounds": [{"amount": {"amount": Infinity, "currency": "USD"}}]}',
        ("amount", "finite"),
    ),
    "nan-text.yaml": (_money_profile("NaN USD"), ("amount", "NaN USD")),
    "unknown-currency.yaml": (_money_profile("600 million XYZ"), ("amount", "XYZ")),
    "unknown-currency-object.yaml": (_money_profile("{amount: 5000000, currency: ZZZ}"), ("currency", "ZZZ")),
    "lowercase-nonsense-currency.json": (
        b'{"name": "Cur Robotics", "funding_rounds": [{"amount": {"amount": 5, "currency": "dollars"}}]}',
        ("currency",),
    ),
    "nul.yaml": (b"name: Nul\x00 Robotics\n", ("#x0000",)),
    "lone-surrogate.json": (b'{"name": "Lone \\ud800 Robotics"}', ("name", "\\ud800")),
}

INJECTION = "'}) DETACH DELETE n //"
# Names stored verbatim (the exact text the profile gives)
VERBATIM_NAMES = (
    INJECTION,
    '"}) MATCH (n) DETACH DELETE n //',
    "Robert'); MATCH (n) DETACH DELETE n; //",
    "MATCH (n) RETURN n",
    "CREATE (x:Entity {id: 'org:evil'})",
    'O\'Brien "Quoted" Robotics',
    "Back\\slash \\' Robotics",
    "$id {id} `backtick` Robotics",
    "شركة الذكاء الاصطناعي",
    "חברה בע״מ",
    "\u202eevil.exe Robotics",
    "Zhipu 智谱 AI",
)


def _baseline_store(folder: Path) -> LadybugStore:
    opened = LadybugStore(folder / "graph")
    write_profiles(folder / "baseline", 3, seed=3)
    assert not load_paths(opened, [folder / "baseline"]).failed
    return opened


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LadybugStore]:
    opened = _baseline_store(tmp_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def refusing_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LadybugStore, list[str]]]:
    """One store for all refusals (each must leave it exactly as it was), with its export."""
    opened = _baseline_store(tmp_path_factory.mktemp("refusals"))
    try:
        yield opened, canonical_export(opened)
    finally:
        opened.close()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_bad_document_is_refused_with_its_file_and_reason_and_changes_nothing(
    tmp_path: Path, refusing_store: tuple[LadybugStore, list[str]], name: str
) -> None:
    store, before = refusing_store
    content, words = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(content)
    started = time.monotonic()
    report = load_paths(store, [path])
    elapsed = time.monotonic() - started
    [document] = report.documents
    assert document.error is not None, f"{name} was accepted"
    assert document.error.startswith(str(path)), document.error
    for word in words:
        assert word in document.error, document.error
    assert document.defect is None, document.error  # the input's fault, reported as such, not a defect of ckg
    assert "Traceback" not in document.error
    document.error.encode("utf-8")  # printable by any UTF-8 writer (CLI, JSON, logs)
    assert elapsed < 5, f"{name} took {elapsed:.1f} s to refuse"
    assert canonical_export(store) == before


def test_injection_shaped_names_are_stored_verbatim_and_delete_nothing(tmp_path: Path, store: LadybugStore) -> None:
    before = canonical_export(store)
    stats = store.stats()
    profiles = [
        {"name": name, "founders": [f"{name} Founder"], "aliases": [f"{name} alias"]} for name in VERBATIM_NAMES
    ]
    path = tmp_path / "names.json"
    path.write_text(json.dumps(profiles, ensure_ascii=False), encoding="utf-8")
    report = load_paths(store, [path])
    assert not report.failed, report.failed[0].error

    after = canonical_export(store)
    assert set(before) <= set(after), "loading odd names changed or removed earlier records"
    assert store.stats().entities == stats.entities + 2 * len(VERBATIM_NAMES)
    texts = {entry.text for entry in store.name_entries()}
    for name in VERBATIM_NAMES:
        assert name in texts
        assert f"{name} Founder" in texts
        assert f"{name} alias" in texts
        key = normalize_key(name)
        assert name in [e.name for e in store.entities_by_key([key])[key]], f"{name!r} is not found by its own name"


def test_an_article_with_an_injection_shaped_name_deletes_nothing(store: LadybugStore) -> None:
    before = canonical_export(store)
    text = f"{INJECTION} Robotics raised 600 million USD in March 2024, led by Granite Capital.\n"
    report = load_document(store, text, "text", title="injection article")
    assert report.error is None
    assert set(before) <= set(canonical_export(store))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("control.json", json.dumps({"name": "Ctrl\u0007\u001b[31m Robotics"}).encode()),
        ("tabs.json", json.dumps({"name": "Tab\tNewline\n Robotics"}).encode()),
        ("control.txt", b"Acme Robotics\x07 raised 600 million USD in March 2024.\x1b[2J\n"),
        ("rtl.md", "# \u202eخبر\n\nشركة الذكاء raised 5 million USD in 2024.\n".encode()),
    ],
)
def test_control_characters_and_right_to_left_text_load_safely_or_are_refused_clearly(
    tmp_path: Path, store: LadybugStore, name: str, content: bytes
) -> None:
    before = canonical_export(store)
    path = tmp_path / name
    path.write_bytes(content)
    [document] = load_paths(store, [path]).documents
    if document.error is not None:
        assert document.error.startswith(str(path))
        assert document.defect is None, document.error
        assert canonical_export(store) == before
    else:
        assert set(before) <= set(canonical_export(store))
        assert store.ping()


def test_a_document_refused_mid_load_does_not_stop_the_others(tmp_path: Path, store: LadybugStore) -> None:
    folder = tmp_path / "mixed"
    write_profiles(folder, 4, seed=99)
    for name in ("month13.yaml", "bomb.yaml", "binary.yaml", "deep.json"):
        (folder / name).write_bytes(REFUSED[name][0])
    report = load_paths(store, [folder])
    assert len(report.failed) == 4
    assert len(report.documents) - len(report.failed) == 4
    assert store.stats().sources == 3 + 4


@pytest.mark.parametrize("suffix", [".yaml", ".txt"])
def test_a_fifty_megabyte_file_is_refused_at_once_and_changes_nothing(
    tmp_path: Path, store: LadybugStore, suffix: str
) -> None:
    """Regression: a 50 MB profile took ~100 s to read and a 50 MB article more than 15 minutes."""
    path = tmp_path / f"huge{suffix}"
    line = b"Acme Robotics raised 600 million USD in March 2024, led by Granite Capital. Filler words.\n"
    body = line * (50 * 1024 * 1024 // len(line))
    path.write_bytes(
        b"name: Huge Robotics\ndescription: |\n  " + body.replace(b"\n", b"\n  ") if suffix == ".yaml" else body
    )
    before = canonical_export(store)
    started = time.monotonic()
    [document] = load_paths(store, [path]).documents
    assert time.monotonic() - started < 5
    assert document.error is not None
    assert document.error.startswith(str(path))
    assert "MB limit" in document.error
    assert canonical_export(store) == before


def test_ckg_load_reports_a_lone_surrogate_without_crashing(tmp_path: Path) -> None:
    """Regression: `ckg load --format json` died with UnicodeEncodeError on the echoed name."""
    path = tmp_path / "lone.json"
    path.write_bytes(REFUSED["lone-surrogate.json"][0])
    env = {**os.environ, "CKG_DB_PATH": str(tmp_path / "graph")}
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", "load", "--format", "json", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    [document] = json.loads(done.stdout)["reports"]
    assert document["error"].startswith(str(path))


@pytest.mark.parametrize("words", [8_000, 200_000])
def test_one_enormous_run_on_sentence_loads_quickly(store: LadybugStore, words: int) -> None:
    """Regression: the article patterns are quadratic in a sentence's length (8,000 words took 96 s)."""
    text = "Acme " * words + "Robotics raised 5 million USD in March 2024."
    started = time.monotonic()
    report = load_document(store, text, "text", title="run-on")
    assert time.monotonic() - started < 10
    assert report.error is None
    assert any("skipped" in w for w in report.warnings), report.warnings
