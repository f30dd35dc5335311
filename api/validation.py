"""The query-document limits (depth, aliases, tokens), checked once per distinct document text.

Parsing and validating a document costs more CPU than answering a cheap look-up, and the answer depends only on
the text (the schema, rules and parse options are fixed for a schema), not on variables. So every schema gets one
bounded LRU cache from document text to its parsed document and validation errors, and a per-request extension
(`DocumentChecks`, built by a factory: no state shared between requests except the cache) that serves from it.
Documents that fail to parse are not cached; the next request parses them again and gets the same error.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from graphql import ASTValidationRule, DocumentNode, GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.extensions.max_aliases import create_validator as max_aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule


@dataclass
class _Checked:
    document: DocumentNode
    errors: list[GraphQLError] | None = None  # None until the document has been validated once


class DocumentCache:
    """Bounded, thread-safe LRU from document text to its parse and validation results."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._lock = threading.Lock()
        self._items: OrderedDict[str, _Checked] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, text: str) -> _Checked | None:
        with self._lock:
            found = self._items.get(text)
            if found is not None:
                self._items.move_to_end(text)
            return found

    def put(self, text: str, checked: _Checked) -> None:
        if self.maxsize <= 0:
            return
        with self._lock:
            self._items[text] = checked
            self._items.move_to_end(text)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)


class DocumentLimits:
    """The limit rules, built once per schema (strawberry's limiters build new rule classes per instance)."""

    def __init__(self, max_depth: int, max_aliases: int, max_tokens: int, cache_size: int = 256) -> None:
        self.max_tokens = max_tokens
        self.rules: tuple[type[ASTValidationRule], ...] = (
            depth_rule(max_depth, None, None),
            max_aliases_rule(max_aliases),
        )
        self.cache = DocumentCache(cache_size)

    def extension(self) -> DocumentChecks:
        """A factory for strawberry's `extensions=[...]`: a fresh extension per request."""
        return DocumentChecks(self)


class DocumentChecks(SchemaExtension):
    """Adds the limits to one request, and parses and validates its document only on a cache miss."""

    def __init__(self, limits: DocumentLimits) -> None:
        self.limits = limits
        self._checked: _Checked | None = None

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context
        context.parse_options["max_tokens"] = self.limits.max_tokens  # what MaxTokensLimiter does
        context.validation_rules = context.validation_rules + self.limits.rules
        yield

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        text = context.query
        if text and context.graphql_document is None:
            self._checked = self.limits.cache.get(text)
            if self._checked is not None:
                context.graphql_document = self._checked.document
        yield
        if text and self._checked is None and context.graphql_document is not None and not context.pre_execution_errors:
            self._checked = _Checked(context.graphql_document)
            self.limits.cache.put(text, self._checked)

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        checked = (
            self._checked if self._checked is not None and context.graphql_document is self._checked.document else None
        )
        if checked is not None and checked.errors is not None and context.pre_execution_errors is None:
            context.pre_execution_errors = list(checked.errors)
            yield
            return
        yield
        if checked is not None and context.pre_execution_errors is not None:
            checked.errors = list(context.pre_execution_errors)
