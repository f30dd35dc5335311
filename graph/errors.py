"""The errors a user can act on. Anything else that escapes is a defect of this program: the CLI and the API
report it as an internal error with an id (its traceback goes to the log), never as the user's mistake.

InputError and NotFoundError keep ValueError and LookupError as bases, so code that reads them by those
names keeps working; callers that report errors to users catch CkgError, never the builtin bases.
"""

from __future__ import annotations


class CkgError(Exception):
    """Root of the errors whose message tells the user what to change: a file, a field, a name, a limit."""


class InputError(CkgError, ValueError):
    """A document, argument or value the user gave that cannot be read as given."""


class NotFoundError(CkgError, LookupError):
    """An id or name the graph does not hold."""


class ConflictError(CkgError):
    """A request that contradicts the graph's state (merging an entity into itself, undoing what was not done)."""


class BusyError(CkgError):
    """The store is held by another process or writer; trying again later can succeed."""


class LimitError(CkgError):
    """A request over a configured limit (size, depth, cost)."""
