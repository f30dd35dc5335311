"""Errors a caller can act on, and which errors production mode masks."""

from __future__ import annotations

from graphql import GraphQLError

from graph.dates import PartialDateError


class UserError(Exception):
    """A mistake in the request (unknown id, bad argument, bad format): shown as is, never masked."""


class AuthError(UserError):
    """A mutation refused for lack of (the right) API key; `status_code` is the HTTP status to answer."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


def should_mask(error: GraphQLError) -> bool:
    """Mask internal failures only: syntax/validation errors and user errors keep their message."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        return False
    return not isinstance(original, UserError | PartialDateError)
