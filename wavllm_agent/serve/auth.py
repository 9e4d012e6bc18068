"""API-key check: with a key set, ``/v1`` requests need ``Authorization: Bearer <key>`` (else 401).

It is ASGI middleware, so a request without the key is refused before its body is read.
``/health`` stays open (for load balancers and orchestrators).
"""

from __future__ import annotations

import hmac
import json

from starlette.types import ASGIApp, Receive, Scope, Send

from wavllm_agent.serve.errors import error_body


def key_problem(header: str, expected: str) -> str | None:
    """Why ``header`` (the Authorization value) does not carry ``expected``, or None when it does."""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return "missing API key: send 'Authorization: Bearer <key>'"
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        return "incorrect API key provided"
    return None


class ApiKeyMiddleware:
    """401 in OpenAI's error shape for ``/v1`` requests without the right bearer key."""

    def __init__(self, app: ASGIApp, api_key: str | None) -> None:
        self.app = app
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.api_key is None or scope["type"] != "http" or not scope.get("path", "").startswith("/v1"):
            await self.app(scope, receive, send)
            return
        header = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"authorization"), "")
        problem = key_problem(header, self.api_key)
        if problem is None:
            await self.app(scope, receive, send)
            return
        body = json.dumps(error_body(401, problem, code="invalid_api_key")).encode()
        await send({"type": "http.response.start", "status": 401,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"www-authenticate", b"Bearer")]})
        await send({"type": "http.response.body", "body": body})
