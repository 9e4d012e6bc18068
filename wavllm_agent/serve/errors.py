"""OpenAI-style error JSON for every 4xx and 5xx, and never a traceback to a client.

Every error body is ``{"error": {"message", "type", "param", "code"}}`` as OpenAI's API sends it,
so the ``openai`` client raises its typed exceptions (``BadRequestError``, ``AuthenticationError``,
``RateLimitError``, ...) with the message.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wavllm_agent.errors import (
    AudioLimitError,
    EngineError,
    LimitError,
    ModelNotFoundError,
    UnknownEngineError,
    UnknownTaskError,
    WavLLMError,
)

log = logging.getLogger("wavllm_agent.serve")

_TYPES = {400: "invalid_request_error", 401: "invalid_request_error", 404: "invalid_request_error",
          405: "invalid_request_error", 413: "invalid_request_error", 422: "invalid_request_error",
          429: "rate_limit_error", 499: "invalid_request_error", 503: "server_error", 504: "server_error"}


class ServeError(Exception):
    """An error the service answers with ``status`` and an OpenAI-style body."""

    def __init__(self, status: int, message: str, *, code: str | None = None, param: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.headers = headers or {}


class ClientGone(Exception):
    """The client hung up before its answer was ready (answered 499, which nobody reads)."""


def error_body(status: int, message: str, *, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    """The JSON body of an error response."""
    kind = _TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def error_response(status: int, message: str, *, code: str | None = None, param: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSON error response in OpenAI's shape."""
    return JSONResponse(error_body(status, message, code=code, param=param), status_code=status, headers=headers)


def status_of(exc: WavLLMError) -> tuple[int, str]:
    """HTTP status and error code for a library error."""
    if isinstance(exc, (AudioLimitError, LimitError)):
        return (413, "too_large") if isinstance(exc, AudioLimitError) else (400, "limit_exceeded")
    if isinstance(exc, UnknownTaskError):
        return 404, "unknown_task"
    if isinstance(exc, (UnknownEngineError, ModelNotFoundError)):
        return 404, "model_not_found"
    if isinstance(exc, EngineError):
        return 500, "engine_error"
    if exc.exit_code == 2:
        return 400, type(exc).__name__.removesuffix("Error").lower() or "bad_request"
    return 500, "internal_error"


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    problems = []
    param = None
    for error in exc.errors()[:5]:
        loc = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path", "header")]
        where = ".".join(loc) or "body"
        param = param or where
        kind = error.get("type", "")
        if kind == "missing":
            problems.append(f"{where}: this field is required")
        elif kind == "json_invalid":
            problems.append("the body is not valid JSON")
        else:
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(problems) or "invalid request", param


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error in OpenAI's shape; log unexpected ones with their traceback server-side."""

    @app.exception_handler(ServeError)
    async def _serve_error(request: Request, exc: ServeError) -> JSONResponse:
        return error_response(exc.status, exc.message, code=exc.code, param=exc.param, headers=exc.headers)

    @app.exception_handler(ClientGone)
    async def _gone(request: Request, exc: ClientGone) -> JSONResponse:
        return error_response(499, "the client closed the connection", code="client_closed")

    @app.exception_handler(WavLLMError)
    async def _library_error(request: Request, exc: WavLLMError) -> JSONResponse:
        status, code = status_of(exc)
        if status >= 500:
            log.error("request %s %s failed: %s", request.method, request.url.path, exc)
        return error_response(status, str(exc), code=code)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, param = _validation_message(exc)
        return error_response(400, message, code="invalid_request", param=param)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail) if exc.detail else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such endpoint: {request.method} {request.url.path}"
        return error_response(exc.status_code, message, code=None, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, f"internal server error ({type(exc).__name__}); see the server log",
                              code="internal_error")
