"""The served schema keeps every type, field and argument of the public contract (additions allowed)."""

from __future__ import annotations

from pathlib import Path

from graphql import DangerousChangeType, GraphQLSchema, build_schema, find_breaking_changes, find_dangerous_changes

from api.local import print_schema

HERE = Path(__file__).parent
REPO = HERE.parent.parent
ADDITIONS = {
    DangerousChangeType.VALUE_ADDED_TO_ENUM,
    DangerousChangeType.IMPLEMENTED_INTERFACE_ADDED,
    DangerousChangeType.TYPE_ADDED_TO_UNION,
    DangerousChangeType.OPTIONAL_INPUT_FIELD_ADDED,
    DangerousChangeType.OPTIONAL_ARG_ADDED,
}


def _contract() -> GraphQLSchema:
    return build_schema((HERE / "contract.graphql").read_text(encoding="utf-8"))


def test_served_schema_breaks_nothing_of_the_contract() -> None:
    served = build_schema(print_schema())
    assert find_breaking_changes(_contract(), served) == []


def test_served_schema_changes_the_contract_only_by_additions() -> None:
    served = build_schema(print_schema())
    changes = [c for c in find_dangerous_changes(_contract(), served) if c.type not in ADDITIONS]
    assert changes == []


def test_committed_schema_file_is_the_served_schema() -> None:
    committed = (REPO / "schema.graphql").read_text(encoding="utf-8")
    assert committed == print_schema(), "schema.graphql is stale: run `ckg schema graphql -o schema.graphql`"
