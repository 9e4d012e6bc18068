"""Server-sent events as OpenAI's streaming endpoints send them (``data: {json}`` lines)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi.responses import StreamingResponse

HEARTBEAT = b": keep-alive\n\n"
"""An SSE comment: clients ignore it; writing it finds out whether the client is still there."""


def event(data: dict[str, Any] | str) -> bytes:
    """One SSE event carrying ``data`` (a dict as JSON, or a raw string such as ``[DONE]``)."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {payload}\n\n".encode()


def sse_response(events: AsyncIterator[bytes]) -> StreamingResponse:
    """A streaming response of SSE events (no buffering by proxies)."""
    return StreamingResponse(events, media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
