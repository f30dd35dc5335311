"""Judge a scored run's false statements against their texts: a worksheet from the run's wrong list, split among
readers, and the statements they found true merged into the gold as `judged_true` (benchmarks/corpus/README.md).

A run of `extraction_quality.py --verbose` lists each statement the gold does not hold as `doc.txt: s r o [rule]`.
The worksheet gives each one `verdict: "?"` and `why: ""`; a reader sets the verdict to true, false or unsure against
the text. Only `true` reaches the gold; a statement already there is not added twice.

    .venv/bin/python benchmarks/judging.py worksheet RUN.txt SHEET.yaml --section "real heldout (...)"
    .venv/bin/python benchmarks/judging.py split SHEET.yaml 3
    .venv/bin/python benchmarks/judging.py merge SHEET-a.yaml SHEET-b.yaml ...
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path
from typing import Any

import yaml

GOLD = Path(__file__).resolve().parent / "corpus" / "gold"
# the relation vocabulary of the gold files (benchmarks/corpus/README.md), longest first so "raised_price_target"
# is not read as another name's tail
RELATIONS = sorted(
    [
        "founded_by",
        "founded_on",
        "formerly_at",
        "headquartered_in",
        "spun_off_from",
        "affiliated_with",
        "works_at",
        "invested_in",
        "funding_round",
        "valuation",
        "developed",
        "compared_to",
        "subsidiary_of",
        "deploys_chips_from",
        "listed_on",
        "market_move",
        "raised_price_target",
        "upgraded",
        "downgraded",
        "raised_rating",
        "bond_issue",
        "employees",
        "users",
        "contract",
        "cut_price_target",
        "cut_rating",
        "acquired",
    ],
    key=len,
    reverse=True,
)
_LINE = re.compile(r"^(?P<file>[^:]+)\.txt: (?P<body>.*?)(?: \[(?P<rule>[^\]]*)\])?$")


def parse_statement(line: str) -> dict[str, Any]:
    """`doc.txt: s r o [rule]` as {file, s, r, o, rule}; a mapping or None object read as such."""
    found = _LINE.match(line)
    if found is None:
        raise ValueError(f"not a statement line: {line!r}")
    body = found["body"]
    for relation in RELATIONS:
        subject, sep, obj = body.partition(f" {relation} ")
        if not sep and body.endswith(f" {relation}"):
            subject, sep, obj = body[: -len(relation) - 1], " ", "None"
        if sep:
            value: Any = obj
            if obj == "None":
                value = None
            elif obj.startswith("{"):
                value = ast.literal_eval(obj)
            return {"file": found["file"], "s": subject, "r": relation, "o": value, "rule": found["rule"] or ""}
    raise ValueError(f"no relation of the gold vocabulary in {line!r}")


def worksheet(run: Path, section: str) -> list[dict[str, Any]]:
    """The empty-store wrong list of `section` in a verbose run's output, each statement awaiting a verdict."""
    lines = run.read_text(encoding="utf-8").splitlines()
    head = f"--- {section}, empty store: wrong"
    if head not in lines:
        raise SystemExit(f"{run}: no line {head!r} (a --verbose run that finished that section?)")
    statements = []
    for line in lines[lines.index(head) + 1 :]:
        if not line.strip() or line.startswith(("---", "#", "|", "alias missed")):
            break
        statements.append({**parse_statement(line), "verdict": "?", "why": ""})
    return statements


def split(statements: list[dict[str, Any]], parts: int) -> list[list[dict[str, Any]]]:
    """`parts` shares of about the same size, a document's statements always in one share (one reader per text)."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for statement in statements:
        by_file.setdefault(statement["file"], []).append(statement)
    shares: list[list[dict[str, Any]]] = [[] for _ in range(parts)]
    for file in sorted(by_file, key=lambda f: -len(by_file[f])):
        min(shares, key=len).extend(by_file[file])
    return shares


def merge(statements: list[dict[str, Any]], gold: Path = GOLD) -> dict[str, int]:
    """Append the statements judged true to their batch's `judged_true`; how many each gold file gained."""
    batch_of = {}
    for path in sorted(gold.glob("*.yaml")):
        for doc in yaml.safe_load(path.read_text(encoding="utf-8")).get("documents") or []:
            batch_of[doc["id"]] = path
    added: dict[str, int] = {}
    for path in sorted({batch_of[s["file"]] for s in statements if str(s["verdict"]).lower() == "true"}):
        text = path.read_text(encoding="utf-8").replace("\njudged_true: []\n", "\njudged_true:\n")
        data = yaml.safe_load(text)
        last = text.rfind("\njudged_true:")
        if last >= 0 and re.search(r"\n[a-z_]+:", text[last + 1 :]):
            raise SystemExit(f"{path}: judged_true is not the file's last key; add the statements by hand")
        have = {(j["s"], j["r"], repr(j.get("o")), j["file"]) for j in data.get("judged_true") or []}
        new = [
            {"s": s["s"], "r": s["r"], "o": s["o"], "file": s["file"]}
            for s in statements
            if str(s["verdict"]).lower() == "true"
            and batch_of[s["file"]] == path
            and (s["s"], s["r"], repr(s["o"]), s["file"]) not in have
        ]
        if not new:
            continue
        text = text.rstrip("\n") + ("\n" if "\njudged_true:" in text else "\njudged_true:\n")
        dumped = yaml.safe_dump(new, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)
        path.write_text(text + dumped, encoding="utf-8")
        added[path.name] = len(new)
    return added


def _load(sheet: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(sheet.read_text(encoding="utf-8"))["statements"])


def _dump(statements: list[dict[str, Any]], sheet: Path) -> None:
    text = yaml.safe_dump({"statements": statements}, sort_keys=False, allow_unicode=True, width=120)
    sheet.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("worksheet", help="the wrong list of a verbose run as a worksheet")
    making.add_argument("run", type=Path)
    making.add_argument("sheet", type=Path)
    making.add_argument("--section", required=True, help='the corpus name as the run prints it ("real dev (...)")')
    splitting = commands.add_parser("split", help="a worksheet in shares, one reader's each (SHEET-a.yaml, ...)")
    splitting.add_argument("sheet", type=Path)
    splitting.add_argument("parts", type=int)
    merging = commands.add_parser("merge", help="statements judged true into the gold's judged_true")
    merging.add_argument("sheets", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "worksheet":
        statements = worksheet(args.run, args.section)
        _dump(statements, args.sheet)
        print(f"{len(statements)} statements -> {args.sheet}")
    elif args.command == "split":
        for letter, share in zip("abcdefgh", split(_load(args.sheet), args.parts), strict=False):
            target = args.sheet.with_name(f"{args.sheet.stem}-{letter}.yaml")
            _dump(share, target)
            print(f"{len(share)} statements -> {target}")
    else:
        statements = [s for sheet in args.sheets for s in _load(sheet)]
        verdicts: dict[str, int] = {}
        for statement in statements:
            verdicts[str(statement["verdict"]).lower()] = verdicts.get(str(statement["verdict"]).lower(), 0) + 1
        print(f"verdicts: {verdicts}; added: {merge(statements)}")


if __name__ == "__main__":
    main()
