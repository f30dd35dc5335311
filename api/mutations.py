"""Mutations: the API key check and the calls into the loaders (imported lazily: they are optional here)."""

from __future__ import annotations

import hmac

from api.context import Info
from api.errors import AuthError, UserError

INGEST_FORMATS = ("yaml", "json", "text", "markdown", "html")


def authorize(info: Info) -> None:
    """Refuse (401 no key, 403 wrong key or mutations disabled) before anything is read or written."""
    context = info.context
    if context.local:
        return
    if not context.settings.mutations_enabled or context.settings.api_key is None:
        _refuse(info, "mutations are disabled: the server has no API key configured (set CKG_API_KEY)", 403)
        return
    header = context.request.headers.get("authorization", "") if context.request is not None else ""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        _refuse(info, "mutations need an API key: send the header Authorization: Bearer <key>", 401)
    expected = context.settings.api_key.get_secret_value()
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        _refuse(info, "the API key is not valid", 403)


def _refuse(info: Info, message: str, status_code: int) -> None:
    response = info.context.response
    if response is not None:
        response.status_code = status_code
        if status_code == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
    raise AuthError(message, status_code)


def check_format(format: str) -> str:
    normalized = format.strip().lower()
    if normalized not in INGEST_FORMATS:
        raise UserError(f'format: "{format}" is not supported (expected one of: {", ".join(INGEST_FORMATS)})')
    return normalized
