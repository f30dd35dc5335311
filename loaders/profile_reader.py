"""Reading a profile file: YAML or JSON text -> validated CompanyProfile models.

A file holds one company (a mapping) or several (a list of mappings). Every problem is a ProfileError naming the
file and where it is: the line (of an unclosed quote or bracket, the line that opens it) for text that does not
parse, the field (pydantic's location, e.g. `funding_rounds[0].amount`) and what was found for a value that does
not fit the format (loaders/profile_format.py). Documents that would expand or nest without bound are refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import yaml
from pydantic import ValidationError

from graph.errors import InputError
from loaders.profile_format import CompanyProfile, ProfileFile

MAX_ALIAS_EXPANSION = 10_000  # nodes an aliased YAML document may expand to ("billion laughs" guard)
MAX_NESTING = 100  # levels of [ ] and { } a profile may nest (PyYAML scans deep nesting in quadratic time)


class ProfileError(InputError):
    """A profile that cannot be read: names the file, the location and the reason."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__("\n".join(f"{path}: {p}" for p in self.problems))


def _location(loc: Iterable[int | str], many: bool) -> str:
    text = ""
    parts = list(loc)
    if many and parts and isinstance(parts[0], int):
        text = f"[{parts.pop(0)}]"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif str(part).startswith(("function-", "constrained-")):
            continue  # pydantic's internal validator steps, meaningless to a profile author
        else:
            text += f".{part}" if text else str(part)
    return text or "(document)"


def _describe(error: Any) -> str:
    kind = error["type"]
    found = error.get("input")
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; `ckg schema profile` lists the fields)"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    if isinstance(found, str | int | float) and not isinstance(found, bool) and f"{found}" not in message:
        shown = f'"{found}"' if isinstance(found, str) else repr(found)
        return f"{shown}: {message}"
    return message


def validation_problems(exc: ValidationError, many: bool) -> list[str]:
    seen: set[str] = set()
    problems: list[str] = []
    for error in exc.errors():
        line = f"{_location(error['loc'], many)}: {_describe(error)}"
        if line not in seen:
            seen.add(line)
            problems.append(line)
    return problems


# libyaml's parser when installed (about 7x faster than the pure-Python one; same nodes and marks).
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _GuardedLoader(_SafeLoader):
    """safe_load that refuses documents whose aliases expand to a huge tree, and duplicate keys."""

    def construct_document(self, node: Any) -> Any:
        _check_expansion(node)
        return super().construct_document(node)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, Any] = {}
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is None or key == "<<":
                    continue
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        f"while reading the mapping that starts on line {node.start_mark.line + 1}",
                        node.start_mark,
                        f'"{key}" is given twice (first on line {seen[key].line + 1})',
                        key_node.start_mark,
                    )
                seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def _check_expansion(root: Any) -> None:
    """Count the nodes the tree expands to, following shared (aliased) nodes every time."""
    sizes: dict[int, int] = {}

    def size(node: Any) -> int:
        cached = sizes.get(id(node))
        if cached is not None:
            return cached
        sizes[id(node)] = 1  # guards against recursive aliases
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        sizes[id(node)] = total
        if total > MAX_ALIAS_EXPANSION * 10:
            raise yaml.YAMLError("the document expands to too many nodes through aliases (refused)")
        return total

    total = size(root)
    if total > MAX_ALIAS_EXPANSION * 10:
        raise yaml.YAMLError("the document expands to too many nodes through aliases (refused)")


def _check_nesting(text: str, path: str) -> None:
    """Refuse deeply nested documents before parsing (brackets inside quoted strings count too)."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return
    depth = 0
    for char in re.sub(r"[^\[\]{}]+", "", text):
        depth = depth + 1 if char in "[{" else max(depth - 1, 0)
        if depth > MAX_NESTING:
            raise ProfileError(path, [f"nested more than {MAX_NESTING} levels deep (refused)"])


def _parse_text(text: str, fmt: str, path: str) -> Any:
    _check_nesting(text, path)
    try:
        return _parse_unchecked(text, fmt, path)
    except RecursionError:
        raise ProfileError(path, ["nested too deeply to read (refused)"]) from None


def _yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    """Where the problem starts: an unclosed quote or bracket is reported on the line that opens it (PyYAML notices
    it only where the text ends), every other problem where PyYAML found it."""
    opened = exc.context_mark is not None and (exc.context or "").startswith(("while scanning", "while parsing"))
    mark = exc.context_mark if opened else exc.problem_mark or exc.context_mark
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    reason = exc.problem or exc.context or "invalid YAML"
    if opened and exc.problem_mark is not None:
        reason = f"{reason} ({exc.context} that starts here; noticed on line {exc.problem_mark.line + 1})"
    return f"{where}invalid YAML: {reason}"


def _parse_unchecked(text: str, fmt: str, path: str) -> Any:
    if fmt == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileError(path, [f"line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}"]) from None
    try:
        return yaml.load(text, Loader=_GuardedLoader)  # a SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        raise ProfileError(path, [_yaml_problem(exc)]) from None
    except yaml.YAMLError as exc:
        raise ProfileError(path, [f"invalid YAML: {exc}"]) from None


def parse_profiles(text: str, fmt: str = "yaml", path: str = "<profile>") -> list[CompanyProfile]:
    """Read and validate a profile file's text; any problem is a ProfileError naming path and field."""
    data = _parse_text(text, fmt, path)
    if data is None:
        raise ProfileError(path, ["the document is empty (expected a company profile or a list of them)"])
    many = isinstance(data, list)
    if not many and not isinstance(data, dict):
        raise ProfileError(
            path, [f"expected a company profile (a mapping) or a list of them, got {type(data).__name__}"]
        )
    if many and not data:
        raise ProfileError(path, ["the list of companies is empty"])
    try:
        if many:
            return ProfileFile.model_validate({"companies": data}).companies
        return [CompanyProfile.model_validate(data)]
    except ValidationError as exc:
        problems = [p.removeprefix("companies") for p in validation_problems(exc, many=False)]
        raise ProfileError(path, problems) from None
