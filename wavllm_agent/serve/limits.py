"""The request-body limit: refuse an oversize upload with 413 before reading all of it.

A declared ``Content-Length`` over the limit is refused before a byte of the body is read. A body
without one (chunked) is counted as it arrives; at the limit the rest is not read, whatever the
application was doing with it is dropped, and the client gets the same 413.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wavllm_agent.serve.errors import error_body


class BodyTooLarge(Exception):
    """Raised inside the application when the body passes the limit."""


class BodyLimitMiddleware:
    """ASGI middleware: at most ``max_bytes`` of request body, else 413 in OpenAI's error shape."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _message(self, size: int | None) -> str:
        got = f"{size} bytes" if size is not None else "more than that"
        return (f"the upload is too large: {got}, over the limit of {self.max_bytes} bytes "
                f"({self.max_bytes / 1048576:.1f} MiB); send a shorter or compressed file")

    async def _refuse(self, send: Send, size: int | None) -> None:
        body = json.dumps(error_body(413, self._message(size), code="too_large")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send, declared)
            return
        state: dict[str, Any] = {"read": 0, "over": False, "started": False}

        async def counted_receive() -> Message:
            if state["over"]:
                raise BodyTooLarge()
            message = await receive()
            if message["type"] == "http.request":
                state["read"] += len(message.get("body", b""))
                if state["read"] > self.max_bytes:
                    state["over"] = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            if state["over"]:
                return  # the application's answer to a cut-off body is replaced by the 413
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not state["over"]:
                raise
        if state["over"] and not state["started"]:
            await self._refuse(send, None)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
