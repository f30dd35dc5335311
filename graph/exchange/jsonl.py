"""JSON Lines: a header line, then one {"kind", "data"} object per line (the lossless format)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from graph.exchange.records import Dump, ExchangeError, Parsed, parse_record

HEADER: dict[str, Any] = {"format": "company-kg", "version": 1}


# Characters str.splitlines() and some editors break lines at; json.dumps leaves them raw inside strings.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKS)


def write(dump: Dump, out: IO[str]) -> None:
    out.write(dumps(HEADER) + "\n")
    for record in dump:
        out.write(dumps({"kind": record.kind, "data": record.data}) + "\n")


def read(lines: IO[str]) -> Iterator[Parsed]:
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExchangeError(f"{where}: not valid JSON: {exc.msg} (column {exc.colno})") from None
        if not header_seen:
            if not isinstance(value, dict) or value.get("format") != HEADER["format"]:
                raise ExchangeError(f"{where}: not a company-kg export (the first line must be {dumps(HEADER)})")
            if value.get("version") != HEADER["version"]:
                raise ExchangeError(f"{where}: export version {value.get('version')!r} is not supported (expected 1)")
            header_seen = True
            continue
        if not isinstance(value, dict) or set(value) != {"kind", "data"}:
            raise ExchangeError(f'{where}: expected an object with exactly "kind" and "data"')
        yield parse_record(str(value["kind"]), value["data"], where)
    if not header_seen:
        raise ExchangeError("line 1: empty file, not a company-kg export")
