"""Format details: GraphML for Gephi/yEd, Cypher literals and statements, readable import errors."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.synthetic import World
from benchmarks.synthetic_names import AWKWARD
from graph.backends.ladybug import LadybugStore
from graph.cypher.names import NEO4J_SCHEMA as NAME_INDEX_SCHEMA
from graph.cypher.queries import NEO4J_SCHEMA
from graph.exchange import ExchangeError, Format, export_graph, import_file
from graph.exchange.cypher import _tokens, _unescape, literal, read_statement, statements
from graph.exchange.graphml import NS, _text
from graph.exchange.records import Dump
from graph.model import EntityKind, entity_id
from graph.names import normalize_key
from tests.exchange.conftest import OpenStore, write_synthetic

G = f"{{{NS}}}"
SMALL = World(40, varied=True)  # organisations 3, 10, 17... carry AWKWARD[0], [1], [2]... in their names
OBRIEN = SMALL.org_name(3)  # 'O\'Brien "Labs" ...'
RELATIONS: dict[str, int] = {}
GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}


@pytest.fixture(scope="module")
def small_store(open_store: OpenStore) -> LadybugStore:
    store = open_store("small")
    RELATIONS.update(write_synthetic(store, SMALL.orgs))
    return store


def _bytes(store: LadybugStore, fmt: Format) -> bytes:
    out = io.BytesIO()
    export_graph(store, fmt, out)
    return out.getvalue()


def test_graphml_declares_typed_keys_and_labels_every_node(small_store: LadybugStore) -> None:
    root = ET.fromstring(_bytes(small_store, Format.graphml))
    keys = {k.get("id"): k for k in root.iter(f"{G}key")}
    assert keys and all(k.get("attr.type") in GRAPHML_TYPES and k.get("attr.name") for k in keys.values())
    assert len({(k.get("for"), k.get("attr.name")) for k in keys.values()}) == len(keys)
    (graph,) = root.iter(f"{G}graph")
    assert graph.get("edgedefault") == "directed"
    nodes = list(graph.iter(f"{G}node"))
    node_ids = {n.get("id") for n in nodes}
    assert len(node_ids) == len(nodes) == len(Dump.from_store(small_store)) - RELATIONS["relation"]  # all but relations
    for element in [*nodes, *graph.iter(f"{G}edge")]:
        values = {}
        for data in element.iter(f"{G}data"):
            key = keys[data.get("key")]
            assert key.get("for") == element.tag.removeprefix(G)
            values[key.get("attr.name")] = (key.get("attr.type"), data.text or "")
        assert values["label"][1], f"{element.get('id')} has no label"
        for type_, text in values.values():
            if type_ == "boolean":
                assert text in ("true", "false")
            elif type_ == "int":
                int(text)
            elif type_ == "double":
                float(text)
    for edge in graph.iter(f"{G}edge"):
        assert edge.get("source") in node_ids and edge.get("target") in node_ids


def test_graphml_keeps_awkward_text_readable(small_store: LadybugStore) -> None:
    root = ET.fromstring(_bytes(small_store, Format.graphml))
    labels = {d.text for d in root.iter(f"{G}data") if d.get("key") == "n_name"}
    assert OBRIEN in labels and OBRIEN.startswith('O\'Brien "Labs" ')
    descriptions = {d.text for d in root.iter(f"{G}data") if d.get("key") == "n_description"}
    assert "<&> ]]> description 9" in descriptions
    assert SMALL.org_name(10) in labels and SMALL.org_name(10).startswith("back\\slash ")
    # Characters XML 1.0 cannot carry are replaced in display attributes (`data` keeps them, as escapes).
    assert _text("ctl\x01\x1f\x7f 智谱 🚀") == "ctl\ufffd\ufffd\x7f 智谱 🚀"
    assert _text(["a\x00", "b"]) == "a\ufffd; b"


@given(st.text())
def test_cypher_string_literals_read_back_exactly(text: str) -> None:
    token = literal(text)
    assert len(f"x{token}x".splitlines()) == 1
    assert _tokens(f"CREATE (:Source {{data: {token}}})")[-3] == ("string", token)
    assert _unescape(token) == text


@given(st.lists(st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=False, allow_infinity=False))))
def test_cypher_list_literals_are_one_line(values: list[object]) -> None:
    text = literal(values)
    assert "\n" not in text and "e+" not in text  # Cypher exponents take no plus sign


def test_cypher_refuses_numbers_it_cannot_write() -> None:
    with pytest.raises(ValueError, match="no Cypher literal for inf"):
        literal(float("inf"))


def test_cypher_script_rebuilds_the_storage_shape(small_store: LadybugStore, open_store: OpenStore) -> None:
    """Run the script's statements on an empty embedded store: both stores then export the same bytes.

    Ladybug speaks the same Cypher for these statements; Neo4j's schema statements and
    cypher-shell's :begin/:commit are what it does not run.
    """
    script = _bytes(small_store, Format.cypher).decode()
    assert all(f"{s};" in script for s in NEO4J_SCHEMA)
    target = open_store("from-script")
    executed = 0
    for line in script.splitlines():
        if line.startswith(("//", ":")) or line.removesuffix(";") in (*NEO4J_SCHEMA, *NAME_INDEX_SCHEMA):
            continue
        assert line.endswith(";") and "$" not in line.split("'")[0]
        target._conn.execute(line.removesuffix(";"))
        executed += 1
    assert executed == len(list(statements(Dump.from_store(small_store))))
    for fmt in Format:
        assert _bytes(target, fmt) == _bytes(small_store, fmt)
    key = normalize_key(OBRIEN)
    assert target.entities_by_key([key]) == small_store.entities_by_key([key]) != {key: []}
    terms = [f"k:ORGANIZATION:{key}", "w:brien"]  # the name index came with the script
    assert target.name_terms(terms) == small_store.name_terms(terms) != {}


def test_cypher_import_skips_links_and_reads_records() -> None:
    assert (
        read_statement("MATCH (k:NameKey {key: 'data: '}), (e:Entity {id: 'x'}) CREATE (k)-[:NAMES]->(e)", "l") is None
    )
    assert read_statement(NEO4J_SCHEMA[0], "l") is None
    with pytest.raises(ExchangeError, match="line 3: the Entity it creates has no `data` property"):
        read_statement("CREATE (:Entity {id: 'org:x', name: 'data: '})", "line 3")


def _jsonl(tmp_path: Path, *lines: object) -> Path:
    file = tmp_path / "bad.jsonl"
    file.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return file


HEADER = {"format": "company-kg", "version": 1}
ORG = {"kind": "entity", "data": {"id": "org:a", "kind": "ORGANIZATION", "name": "A"}}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{nope"], "bad.jsonl: line 1: not valid JSON"),
        ([{"format": "other"}], "line 1: not a company-kg export"),
        ([{**HEADER, "version": 9}], "line 1: export version 9 is not supported"),
        ([HEADER, ORG, {"kind": "planet", "data": {}}], "line 3: unknown record kind 'planet'"),
        (
            [HEADER, {"kind": "entity", "data": {"id": "org:b", "kind": "ORGANIZATION"}}],
            "line 2: entity org:b, field name: Field required",
        ),
        ([HEADER, {"kind": "entity"}], 'line 2: expected an object with exactly "kind" and "data"'),
        (
            [
                HEADER,
                ORG,
                {
                    "kind": "relation",
                    "data": {"id": "rel:1", "type": "FOUNDED", "subject_id": "org:a", "object_id": "o"},
                },
            ],
            "line 3: relation rel:1 refers to entity o, which neither the file nor the store has; nothing was written",
        ),
    ],
)
def test_bad_files_are_refused_whole_with_the_place_and_reason(
    tmp_path: Path, open_store: OpenStore, lines: list[object], message: str
) -> None:
    store = open_store(f"refuse-{abs(hash(message))}")
    with pytest.raises(ExchangeError, match=message):
        import_file(store, _jsonl(tmp_path, *lines))
    assert list(store.export()) == []


def test_graphml_that_is_not_ours_is_refused(tmp_path: Path, open_store: OpenStore) -> None:
    file = tmp_path / "other.graphml"
    file.write_text(f'<graphml xmlns="{NS}"><graph edgedefault="directed"><node id="a"/></graph></graphml>')
    with pytest.raises(ExchangeError, match=r"other\.graphml: node a: has no `data` attribute"):
        import_file(open_store("refuse-graphml"), file)
    file.write_text("<graphml><unclosed>")
    with pytest.raises(ExchangeError, match="not well-formed GraphML"):
        import_file(open_store("refuse-xml"), file)


def test_format_comes_from_the_suffix(tmp_path: Path, open_store: OpenStore) -> None:
    with pytest.raises(ExchangeError, match=r"graph.txt: cannot tell the format"):
        import_file(open_store("suffix"), tmp_path / "graph.txt")


def test_awkward_text_survives_every_format(small_store: LadybugStore) -> None:
    names = {e["name"] for e in Dump.from_store(small_store).records["entity"]}  # merged (retracted) ones too
    assert all(any(text in name for name in names) for text in AWKWARD)
    assert {SMALL.org_name(i) for i in (3, 10, 17, 24, 31, 38)} <= names


def test_graphml_reads_in_an_independent_reader_with_typed_attributes(small_store: LadybugStore) -> None:
    """networkx's GraphML reader (what Gephi and yEd parse too: declared keys, attr.type) takes the file as is."""
    import networkx

    graph = networkx.read_graphml(io.BytesIO(_bytes(small_store, Format.graphml)))
    dump = Dump.from_store(small_store)
    assert graph.is_directed()
    assert graph.number_of_nodes() == len(dump) - dump.counts()["relation"]
    kinds = {attrs["record_kind"] for _, attrs in graph.nodes(data=True)}
    assert kinds == {"source", "entity", "event", "attribute_value", "merge_record", "merge_candidate"}
    entity = graph.nodes[entity_id(EntityKind.ORGANIZATION, OBRIEN)]
    assert entity["label"] == OBRIEN and entity["retracted"] is False
    rounds = [a for _, a in graph.nodes(data=True) if a.get("kind") == "FUNDING_ROUND" and "amount" in a]
    assert rounds and all(isinstance(a["amount"], float) for a in rounds)
    relations = [a for _, _, a in graph.edges(data=True) if a["edge_kind"] == "relation"]
    assert len(relations) == dump.counts()["relation"]
    assert all(isinstance(a["evidence_count"], int) and isinstance(a["retracted"], bool) for a in relations)
    assert sum(a["retracted"] for a in relations) == sum(1 for r in dump.records["relation"] if r["retracted_at"])
