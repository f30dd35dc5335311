"""HTTP-level abuse limits: request body size and request time (pure ASGI, so streaming bodies count too)."""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"errors": [{"message": message}]}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class _TrackedSend:
    """The app's `send`, noting whether the response has started (after that no error reply can be sent)."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, outgoing: Message) -> None:
        if outgoing["type"] == "http.response.start":
            self.started = True
        await self.send(outgoing)


class BodySizeLimit:
    """413 for bodies over max_bytes, whether announced by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"request body too large (limit {self.max_bytes} bytes)"
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _reply(send, 413, message)
                return
        received = 0
        tracked = _TrackedSend(send)

        async def limited_receive() -> Message:
            nonlocal received
            incoming = await receive()
            if incoming["type"] == "http.request":
                received += len(incoming.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return incoming

        try:
            await self.app(scope, limited_receive, tracked)
        except _TooLarge:
            if not tracked.started:
                await _reply(send, 413, message)


class RequestTimeout:
    """504 when a request takes longer than `seconds` (store work already running finishes in its thread)."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.seconds <= 0:
            await self.app(scope, receive, send)
            return
        tracked = _TrackedSend(send)
        try:
            await asyncio.wait_for(self.app(scope, receive, tracked), timeout=self.seconds)
        except TimeoutError:
            if not tracked.started:
                await _reply(send, 504, f"request timed out after {self.seconds:g} s")
