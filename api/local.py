"""Run GraphQL against a store in this process, without a server (for `ckg query` and scripts)."""

from __future__ import annotations

import asyncio
from typing import Any

from graphql import GraphQLError, OperationDefinitionNode, OperationType, parse
from strawberry.types import ExecutionResult

from api.context import Context
from api.loaders import StoreRunner
from api.schema import build_schema
from api.search import SearchIndex
from api.settings import Settings
from graph.store import GraphStore


def execute_local(
    store: GraphStore, query: str, variables: dict[str, Any] | None = None, settings: Settings | None = None
) -> ExecutionResult:
    """Execute one operation with the same schema, limits and loaders as the server (mutations allowed)."""
    settings = settings or Settings()
    schema = build_schema(settings)
    context = Context(StoreRunner(store), settings, SearchIndex(), local=True)
    return asyncio.run(schema.execute(query, variable_values=variables, context_value=context))


def writes(query: str) -> bool:
    """Whether the document holds a mutation, which needs the store open for writing. Text that does not parse
    reads (executing it reports the syntax error)."""
    try:
        document = parse(query)
    except GraphQLError:
        return False
    return any(
        isinstance(d, OperationDefinitionNode) and d.operation is OperationType.MUTATION for d in document.definitions
    )


def result_json(result: ExecutionResult) -> dict[str, Any]:
    body: dict[str, Any] = {"data": result.data}
    if result.errors:
        body["errors"] = [error.formatted for error in result.errors]
    return body


def print_schema(settings: Settings | None = None) -> str:
    return build_schema(settings).as_str() + "\n"
