"""A Cypher script of parameter-free statements that rebuilds the graph in an empty Neo4j 5.

The script creates exactly the storage shape the backends use (graph/cypher/queries.py), so a
database loaded with `cypher-shell -f export.cypher` is a working company-kg store: constraints
and indexes first, then the records in `:begin`/`:commit` chunks. Every record node and REL edge
carries the full record as JSON in `data`, which is what `ckg import` reads back.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import IO, Any

from graph.backends.name_terms import INDEX_VERSION, index_rows
from graph.backends.record_logs import log_data
from graph.backends.rows import attribute_row, entity_row, event_row, relation_row
from graph.cypher import names as qn
from graph.cypher.queries import NEO4J_SCHEMA
from graph.exchange.records import Dump, ExchangeError, Parsed, parse_record
from graph.names import normalize_key

HEADER = "// company-kg export (cypher). Load into an empty Neo4j 5 database: cypher-shell -f FILE"
TRANSACTION_SIZE = 1000
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Backslash, quote, and every control or line-breaking character: a statement stays on one line for any reader.
_NEEDS_ESCAPE = re.compile("[\\\\'\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TOKEN = re.compile(r"\s*(?:(?P<string>'(?:[^'\\]|\\.)*')|(?P<word>[A-Za-z_][A-Za-z0-9_]*)|(?P<other>\S))", re.DOTALL)
_ESCAPE_SEQUENCE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.DOTALL)
_UNESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
_RECORD_LABELS = {
    "Source": "source",
    "Entity": "entity",
    "Event": "event",
    "AttributeValue": "attribute_value",
    "MergeRecord": "merge_record",
    "MergeCandidate": "merge_candidate",
    "RetractionLog": "retraction_log",
    "ReviewLog": "review_log",
    "REL": "relation",
}


def literal(value: object) -> str:
    """A Cypher literal for a property value (strings single-quoted, escaped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no Cypher literal for {value}")
        return repr(value).replace("e+", "e")
    if isinstance(value, str):
        return "'" + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m[0], f"\\u{ord(m[0]):04x}"), value) + "'"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def properties(row: dict[str, Any]) -> str:
    # A null property is an absent one in Neo4j: leave it out.
    return "{" + ", ".join(f"{name}: {literal(value)}" for name, value in row.items() if value is not None) + "}"


def _node(variable: str, label: str, key: str, value: str) -> str:
    return f"({variable}:{label} {{{key}: {literal(value)}}})"


def statements(dump: Dump) -> Iterator[str]:
    """The data statements, each record after what it refers to (schema statements aside)."""
    for source in dump.models("source"):
        row = {"id": source.id, "sha256": source.sha256, "loaded_at": source.loaded_at.isoformat()}
        yield f"CREATE (:Source {properties({**row, 'data': source.model_dump_json()})})"
    entities = dump.models("entity")
    names = [(key, e.id) for e in entities for key in sorted({normalize_key(n) for n in e.names} - {""})]
    for entity in entities:
        yield f"CREATE (:Entity {properties(entity_row(entity))})"
    for key in sorted({key for key, _ in names}):
        yield f"CREATE (:NameKey {properties({'key': key})})"
    for key, entity_id in names:
        ends = f"{_node('k', 'NameKey', 'key', key)}, {_node('e', 'Entity', 'id', entity_id)}"
        yield f"MATCH {ends} CREATE (k)-[:NAMES]->(e)"
    # The name index (graph/nameindex.py) of the live and merged entities, as `ckg reindex` builds it.
    indexed = [(e.id, e.kind, e.names) for e in entities if e.retracted_at is None or e.merged_into]
    for row in index_rows(indexed):
        yield f"CREATE (:NameTerm {properties(row)})"
    yield f"MERGE (s:StoreState {{id: {literal(qn.STATE_ID)}}}) SET s.version = 1, s.index_version = {INDEX_VERSION}"
    for relation in dump.models("relation"):
        row = relation_row(relation)
        ends = f"{_node('s', 'Entity', 'id', row.pop('subject'))}, {_node('o', 'Entity', 'id', row.pop('object'))}"
        yield f"MATCH {ends} CREATE (s)-[:REL {properties(row)}]->(o)"
    for event in dump.models("event"):
        yield f"CREATE (:Event {properties(event_row(event))})"
        for entity_id in event.involved:
            ends = f"{_node('v', 'Event', 'id', event.id)}, {_node('e', 'Entity', 'id', entity_id)}"
            yield f"MATCH {ends} CREATE (v)-[:INVOLVES {properties({'role': event.role_of(entity_id)})}]->(e)"
    for value in dump.models("attribute_value"):
        row = attribute_row(value)
        owner = _node("e", "Entity", "id", row.pop("entity"))
        yield f"MATCH {owner} CREATE (e)-[:HAS_VALUE]->(:AttributeValue {properties(row)})"
    for kind, label in (("merge_record", "MergeRecord"), ("merge_candidate", "MergeCandidate")):
        for record in dump.models(kind):
            yield f"CREATE (:{label} {properties({'id': record.id, 'data': record.model_dump_json()})})"
    for log in dump.models("retraction_log"):
        yield f"CREATE (:RetractionLog {properties({'id': log.id, 'data': log_data(log.entries)})})"
    for review_log in dump.models("review_log"):
        yield f"CREATE (:ReviewLog {properties({'id': review_log.id, 'data': log_data(review_log.decisions)})})"


def write(dump: Dump, out: IO[str]) -> None:
    out.write(HEADER + "\n")
    for statement in (*NEO4J_SCHEMA, *qn.NEO4J_SCHEMA):
        out.write(statement + ";\n")
    count = 0
    for statement in statements(dump):
        if count % TRANSACTION_SIZE == 0:
            out.write(":begin\n" if count == 0 else ":commit\n:begin\n")
        out.write(statement + ";\n")
        count += 1
    if count:
        out.write(":commit\n")


def _unescape(token: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        return chr(int(code[1:], 16)) if code[0] in "uU" else _UNESCAPES[code]

    return _ESCAPE_SEQUENCE.sub(one, token[1:-1])


def _tokens(statement: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "", m[m.lastgroup or 0]) for m in _TOKEN.finditer(statement)]


# Statements this module writes that carry no record, told by a prefix that precedes any string literal.
_LINK_PREFIXES = (
    "CREATE (:NameKey {",
    "MATCH (k:NameKey {",
    "MATCH (v:Event {",
    "CREATE (:NameTerm {",
    "MERGE (s:StoreState {",
)


def read_statement(statement: str, where: str) -> Parsed | None:
    """The record a statement of this module's scripts creates; None for schema, name and link statements."""
    if statement.startswith(_LINK_PREFIXES):
        return None
    tokens = _tokens(statement)
    labels = [
        tokens[i + 1][1]
        for i in range(1, len(tokens) - 1)
        if tokens[i] == ("other", ":")
        and tokens[i + 1][0] == "word"
        and (tokens[i - 1][1] in "([" or (tokens[i - 1][0] == "word" and i >= 2 and tokens[i - 2][1] in "(["))
    ]
    created = labels[-1] if "CREATE" in (t[1] for t in tokens) and labels else ""
    kind = _RECORD_LABELS.get(created)
    schema = {"CONSTRAINT", "INDEX"} & {t[1] for t in tokens[1:4]}
    if kind is None or tokens[0][1] not in ("CREATE", "MATCH") or schema:
        return None
    for i in range(len(tokens) - 2):
        if tokens[i] == ("word", "data") and tokens[i + 1] == ("other", ":") and tokens[i + 2][0] == "string":
            try:
                data = json.loads(_unescape(tokens[i + 2][1]))
            except (ValueError, KeyError, IndexError) as exc:
                raise ExchangeError(f"{where}: `data` of the {created} is not a valid JSON string: {exc}") from None
            return parse_record(kind, _log_record(kind, data, tokens), where)
    raise ExchangeError(f"{where}: the {created} it creates has no `data` property (not a company-kg export?)")


_LOG_FIELDS = {"retraction_log": "entries", "review_log": "decisions"}


def _log_record(kind: str, data: object, tokens: list[tuple[str, str]]) -> object:
    """A log node keeps its entries as a JSON list in `data` and its record's id in `id`: the export record."""
    if kind not in _LOG_FIELDS:
        return data
    ids = [
        _unescape(tokens[i + 2][1])
        for i in range(len(tokens) - 2)
        if tokens[i] == ("word", "id") and tokens[i + 1] == ("other", ":") and tokens[i + 2][0] == "string"
    ]
    return {"id": ids[0] if ids else None, _LOG_FIELDS[kind]: data}


def read(lines: IO[str]) -> Iterator[Parsed]:
    first = lines.readline()
    if not first.startswith(HEADER.split(".")[0]):
        raise ExchangeError("line 1: not a company-kg Cypher export (no header comment)")
    for number, line in enumerate(lines, start=2):
        text = line.strip()
        if not text or text.startswith(("//", ":")):
            continue
        if not text.endswith(";"):
            raise ExchangeError(f"line {number}: a statement must end with ';' on its own line")
        parsed = read_statement(text[:-1], f"line {number}")
        if parsed is not None:
            yield parsed
