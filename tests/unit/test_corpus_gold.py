"""The committed gold files of the real-text corpus: every name a string (YAML reads an unquoted 2025, ON or NO as
a number or a boolean) and every statement tied to one of its file's documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus" / "gold"
_STATEMENTS = ("facts", "not_facts", "judged_true")


def _problems(data: dict[str, Any]) -> list[str]:
    ids = {doc["id"] for doc in data.get("documents") or []}
    problems = [
        f"{key} #{n}: file {item.get('file')!r} is no document"
        for key in (*_STATEMENTS, "aliases")
        for n, item in enumerate(data.get(key) or [])
        if item.get("file") not in ids
    ]
    for key in _STATEMENTS:
        for n, item in enumerate(data.get(key) or []):
            if not isinstance(item.get("s"), str):
                problems.append(f"{key} #{n}: {item.get('s')!r} is no string")
            if isinstance(item.get("o"), bool):  # an object is a name, a figure, a mapping or none (a plan)
                problems.append(f"{key} #{n}: {item.get('o')!r} is no name")
    for n, alias in enumerate(data.get("aliases") or []):
        names = [alias.get("entity"), *(alias.get("same_as") or [])]
        problems += [f"aliases #{n}: {name!r} is no string" for name in names if not isinstance(name, str)]
    noise = data.get("noise_must_not_be_entities") or []
    problems += [f"noise #{n}: {name!r} is no string" for n, name in enumerate(noise) if not isinstance(name, str)]
    return problems


@pytest.mark.parametrize("gold_file", sorted(GOLD.glob("*.yaml")), ids=lambda path: path.stem)
def test_every_gold_name_is_a_string_of_a_listed_document(gold_file: Path) -> None:
    assert _problems(yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}) == []


def test_an_unquoted_year_or_a_document_not_listed_is_found() -> None:
    data = yaml.safe_load(
        "documents: [{id: d1}]\nfacts: [{s: Quorra, r: founded_by, o: Lena Varga, file: d2},\n"
        "  {s: Brantor, r: listed_on, o: ON, file: d1}]\n"
        "noise_must_not_be_entities: [2025, 'Velmont Daily']\naliases: [{entity: Brantor, same_as: [NO], file: d1}]"
    )
    assert _problems(data) == [
        "facts #0: file 'd2' is no document",
        "facts #1: True is no name",
        "aliases #0: False is no string",
        "noise #0: 2025 is no string",
    ]
