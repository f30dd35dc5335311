"""GraphML for Gephi, yEd and Cytoscape: typed, declared attributes; every record kept losslessly.

Entities, events, attribute values, sources and merge-log records are nodes; relations are edges.
Edges from an event to the entities it involves and from an entity to its attribute values are
drawn too (edge_kind "involves"/"has_value") so the picture is connected; import skips them,
because the records themselves say it. Each node and relation edge carries the whole record as
JSON in `data`, which is what import reads; the other attributes are for looking and filtering.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from graph.exchange.records import KIND_ORDER, Dump, ExchangeError, Parsed, parse_record

NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATION = f"{NS} {NS}/1.0/graphml.xsd"
# Characters XML 1.0 cannot carry at all; display attributes replace them (`data` is ASCII JSON).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Key:
    id: str
    domain: str  # "node" or "edge"
    name: str
    type: str  # GraphML attr.type: string, boolean, int, double


NODE_KEYS: tuple[Key, ...] = (
    Key("n_label", "node", "label", "string"),
    Key("n_record_kind", "node", "record_kind", "string"),
    Key("n_kind", "node", "kind", "string"),
    Key("n_name", "node", "name", "string"),
    Key("n_aliases", "node", "aliases", "string"),
    Key("n_categories", "node", "categories", "string"),
    Key("n_date", "node", "date", "string"),
    Key("n_description", "node", "description", "string"),
    Key("n_attribute", "node", "attribute", "string"),
    Key("n_value", "node", "value", "string"),
    Key("n_amount", "node", "amount", "double"),
    Key("n_currency", "node", "currency", "string"),
    Key("n_url", "node", "url", "string"),
    Key("n_merged_into", "node", "merged_into", "string"),
    Key("n_evidence_count", "node", "evidence_count", "int"),
    Key("n_retracted", "node", "retracted", "boolean"),
    Key("n_retracted_at", "node", "retracted_at", "string"),
    Key("n_recorded_at", "node", "recorded_at", "string"),
    Key("n_data", "node", "data", "string"),
)
EDGE_KEYS: tuple[Key, ...] = (
    Key("e_label", "edge", "label", "string"),
    Key("e_edge_kind", "edge", "edge_kind", "string"),
    Key("e_type", "edge", "type", "string"),
    Key("e_valid_from", "edge", "valid_from", "string"),
    Key("e_valid_to", "edge", "valid_to", "string"),
    Key("e_role", "edge", "role", "string"),
    Key("e_round_id", "edge", "round_id", "string"),
    Key("e_evidence_count", "edge", "evidence_count", "int"),
    Key("e_confidence", "edge", "confidence", "double"),
    Key("e_sources", "edge", "sources", "string"),
    Key("e_retracted", "edge", "retracted", "boolean"),
    Key("e_retracted_at", "edge", "retracted_at", "string"),
    Key("e_recorded_at", "edge", "recorded_at", "string"),
    Key("e_data", "edge", "data", "string"),
)
NODE_KINDS = tuple(k for k in KIND_ORDER if k != "relation")


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    text = "; ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    return _NOT_XML.sub("\ufffd", text)


def _lossless(data: dict[str, Any]) -> str:
    # ASCII JSON: every control or non-XML character is a \u escape, so the XML round trip is exact.
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def _common(data: dict[str, Any]) -> dict[str, Any]:
    evidence = data.get("evidence")
    return {
        "evidence_count": len(evidence) if evidence is not None else None,
        "retracted": data.get("retracted_at") is not None if "retracted_at" in data else None,
        "retracted_at": data.get("retracted_at"),
        "recorded_at": data.get("recorded_at"),
    }


def node_attributes(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """The display attributes of one node, by key name (None: not written)."""
    if kind == "entity":
        fields = {
            "label": data["name"],
            "kind": data["kind"],
            "name": data["name"],
            "aliases": data.get("aliases") or None,
            "categories": data.get("categories") or None,
            "date": data.get("founded_on") or data.get("released_on"),
            "description": data.get("description"),
            "merged_into": data.get("merged_into"),
        }
    elif kind == "event":
        amount = data.get("amount") or {}
        fields = {
            "label": data["summary"][:80],
            "kind": data["kind"],
            "date": data.get("date"),
            "description": data["summary"],
            "amount": amount.get("amount"),
            "currency": amount.get("currency"),
        }
    elif kind == "attribute_value":
        fields = {
            "label": f"{data['attribute']} = {json.dumps(data['value'], ensure_ascii=False)}"[:80],
            "attribute": data["attribute"],
            "value": json.dumps(data["value"], ensure_ascii=False),
            "date": data.get("valid_from"),
        }
    elif kind == "source":
        fields = {
            "label": data.get("title") or data["id"],
            "kind": data["format"],
            "name": data.get("title"),
            "date": data.get("published_at"),
            "url": data.get("url"),
            "recorded_at": data.get("loaded_at"),
        }
    elif kind == "merge_record":
        fields = {
            "label": f"merge {data['merge_id']} into {data['keep_id']}",
            "description": data.get("reason"),
            "merged_into": data["keep_id"],
            "recorded_at": data["merged_at"],
        }
    elif kind == "retraction_log":
        fields = {"label": f"retractions of {data['id']}", "recorded_at": (data.get("entries") or [{}])[-1].get("at")}
    elif kind == "review_log":
        fields = {"label": f"review of {data['id']}", "recorded_at": (data.get("decisions") or [{}])[-1].get("at")}
    else:  # merge_candidate
        fields = {
            "label": f"{data['new_id']} may be {data['existing_id']}",
            "name": data["mention"],
            "merged_into": data["existing_id"],
            "recorded_at": data["recorded_at"],
        }
    return {**_common(data), **{k: v for k, v in fields.items() if v is not None}, "record_kind": kind}


def relation_attributes(data: dict[str, Any]) -> dict[str, Any]:
    evidence = data.get("evidence") or []
    return {
        **_common(data),
        "label": data["type"],
        "edge_kind": "relation",
        "type": data["type"],
        "valid_from": data.get("valid_from"),
        "valid_to": data.get("valid_to"),
        "round_id": data.get("round_id"),
        "confidence": max((float(e["confidence"]) for e in evidence), default=None),
        "sources": sorted({e["source_id"] for e in evidence}) or None,
    }


def _add_data(element: ET.Element, keys: dict[str, Key], values: dict[str, Any]) -> None:
    for name, key in keys.items():
        value = values.get(name)
        if value is not None:
            ET.SubElement(element, "data", key=key.id).text = _text(value)


def write(dump: Dump, out: IO[bytes]) -> None:
    root = ET.Element("graphml", {"xmlns": NS, "xmlns:xsi": _XSI, "xsi:schemaLocation": _SCHEMA_LOCATION})
    for key in (*NODE_KEYS, *EDGE_KEYS):
        ET.SubElement(root, "key", {"id": key.id, "for": key.domain, "attr.name": key.name, "attr.type": key.type})
    graph = ET.SubElement(root, "graph", id="company-kg", edgedefault="directed")
    node_keys = {k.name: k for k in NODE_KEYS}
    edge_keys = {k.name: k for k in EDGE_KEYS}
    node_ids: set[str] = set()
    for kind in NODE_KINDS:
        for data in dump.records.get(kind, ()):
            # A log is named after the record it logs: its node gets the kind in front to keep ids unique.
            node_id = f"{kind}:{data['id']}" if kind in ("retraction_log", "review_log") else data["id"]
            if node_id in node_ids:
                raise ValueError(f"two records share the id {node_id}; GraphML node ids must be unique")
            node_ids.add(node_id)
            node = ET.SubElement(graph, "node", id=node_id)
            _add_data(node, node_keys, {**node_attributes(kind, data), "data": _lossless(data)})
    for data in dump.records.get("relation", ()):
        edge = ET.SubElement(graph, "edge", id=data["id"], source=data["subject_id"], target=data["object_id"])
        _add_data(edge, edge_keys, {**relation_attributes(data), "data": _lossless(data)})
    for event in dump.models("event"):
        for entity_id in event.involved:
            how = event.role_of(entity_id)
            link = {"id": f"involves:{event.id}:{entity_id}", "source": event.id, "target": entity_id}
            edge = ET.SubElement(graph, "edge", link)
            _add_data(edge, edge_keys, {"label": how, "edge_kind": "involves", "role": how})
    for value in dump.records.get("attribute_value", ()):
        edge = ET.SubElement(
            graph, "edge", id=f"has_value:{value['id']}", source=value["entity_id"], target=value["id"]
        )
        _add_data(edge, edge_keys, {"label": value["attribute"], "edge_kind": "has_value"})
    ET.indent(root, space="  ")
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    out.write(b"\n")


def read(source: IO[bytes]) -> Iterator[Parsed]:
    """Records of a GraphML file this module wrote (the `data` attribute); derived edges are skipped."""
    keys: dict[str, str] = {}  # key id -> attribute name
    tag = {name: f"{{{NS}}}{name}" for name in ("key", "node", "edge", "data")}
    try:
        for _, element in ET.iterparse(source, events=("end",)):
            if element.tag == tag["key"]:
                keys[element.get("id", "")] = element.get("attr.name", "")
            elif element.tag in (tag["node"], tag["edge"]):
                yield from _element_record(element, keys, tag["data"])
                element.clear()
    except ET.ParseError as exc:
        raise ExchangeError(f"not well-formed GraphML: {exc}") from None
    if "data" not in keys.values():
        raise ExchangeError("not a company-kg GraphML export: it declares no `data` attribute")


def _element_record(element: ET.Element, keys: dict[str, str], data_tag: str) -> Iterator[Parsed]:
    is_node = element.tag.endswith("}node")
    where = f"{'node' if is_node else 'edge'} {element.get('id')}"
    values = {keys.get(d.get("key", ""), ""): d.text or "" for d in element.iter(data_tag)}
    if is_node:
        kind = values.get("record_kind", "")
    else:
        kind = "relation" if values.get("edge_kind") == "relation" else ""
        if values.get("edge_kind") in ("involves", "has_value"):
            return
    if "data" not in values:
        raise ExchangeError(f"{where}: has no `data` attribute (not a company-kg GraphML export?)")
    try:
        data = json.loads(values["data"])
    except json.JSONDecodeError as exc:
        raise ExchangeError(f"{where}: `data` is not valid JSON: {exc.msg}") from None
    yield parse_record(kind, data, where)
