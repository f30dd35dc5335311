"""Errors a caller can act on, and which errors production mode masks."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphql import GraphQLError
from strawberry.extensions import MaskErrors, SchemaExtension

from graph.errors import CkgError, InputError

if TYPE_CHECKING:
    from api.context import Info

log = logging.getLogger("ckg.api")


class UserError(InputError):
    """A mistake in the request (unknown id, bad argument, bad format): shown as is, never masked."""


class AuthError(UserError):
    """A mutation refused for lack of (the right) API key; `status_code` is the HTTP status to answer."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


def should_mask(error: GraphQLError) -> bool:
    """Mask internal failures only: syntax/validation errors and every CkgError keep their message."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        return False
    return not isinstance(original, CkgError)


def log_internal(error: GraphQLError) -> str:
    """Log a defect's traceback once, under a reference kept on the error (its `extensions`), and return it."""
    extensions = error.extensions if error.extensions is not None else {}
    reference = extensions.get("reference")
    if reference is None:
        reference = uuid.uuid4().hex[:12]
        error.extensions = {**extensions, "reference": reference}
        log.error("internal error %s at %s", reference, error.path, exc_info=error.original_error)
    return str(reference)


class InternalErrors(MaskErrors):
    """In production a defect answers "Internal error. Reference: <id>": the message never blames the caller, and
    the id finds the full traceback in the server's log (logged once, by `log_internal`)."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=should_mask, error_message="Internal error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.message = f"{self.error_message} Reference: {log_internal(error)}"
        return masked


class LocalErrors(SchemaExtension):
    """Adds the errors resolvers reported with `report_locally` to the result, so that a mistake in one
    root field (an unknown name in `timeline` or `paths`, whose contract type cannot be null) is an error
    on that field while every other field of the query keeps its answer."""

    def on_execute(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        reported: list[GraphQLError] = getattr(self.execution_context.context, "local_errors", [])
        if result is not None and reported:
            result.errors = [*(result.errors or []), *reported]


def report_locally(info: Info, error: UserError) -> None:
    """Record `error` on the field being resolved, which then answers its empty value instead of failing."""
    located = GraphQLError(str(error), path=info.path.as_list(), original_error=error)
    info.context.local_errors.append(located)
