"""A client of a ``wavllm serve`` service, for the LangChain tools given ``base_url=``.

The tools keep their schemas and outputs; only where the work runs changes. ``ask`` goes through
``POST /v1/chat/completions`` (the audio as an ``input_audio`` part, the step trace from the
``wavllm`` field), a task through ``POST /v1/tasks/{task}`` (the ``wavllm run`` JSON).

Errors: a 4xx answer (bad audio, an unknown task, arguments a task refuses, a wrong key, a full
queue) becomes :class:`~wavllm_agent.errors.UsageError` with the server's message, so the tools
hand it to the agent to fix; a 5xx or an unreachable server becomes
:class:`~wavllm_agent.errors.EngineError`, as an engine failure in-process does.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wavllm_agent.errors import AudioError, EngineError, UsageError

DEFAULT_TIMEOUT = 600.0


def _read(audio: str | Path) -> tuple[bytes, str]:
    path = Path(str(audio))
    if not path.is_file():
        raise AudioError(f"audio file not found: {path}", hint="check the path")
    try:
        return path.read_bytes(), path.name
    except OSError as exc:
        raise AudioError(f"cannot read audio file {path}: {exc.strerror or exc}") from None


@dataclass(frozen=True)
class RemoteService:
    """Where the service is and how to reach it.

    Attributes:
        base_url: the service's address, with or without the ``/v1`` suffix
            (e.g. ``http://gpu-box:8000/v1``).
        api_key: the service's key, sent as ``Authorization: Bearer``.
        timeout: seconds to wait for an answer.
    """

    base_url: str
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    @property
    def root(self) -> str:
        """The address without a trailing ``/v1``."""
        url = self.base_url.rstrip("/")
        return url[: -len("/v1")] if url.endswith("/v1") else url

    def _post(self, path: str, **kwargs: Any) -> dict[str, Any]:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            response = httpx.post(self.root + path, headers=headers, timeout=self.timeout, **kwargs)
        except httpx.HTTPError as exc:
            raise EngineError(f"the wavllm service at {self.root} cannot be reached: {exc}") from None
        return _answer(response, self.root)

    def get(self, path: str) -> dict[str, Any]:
        """GET ``path`` (JSON)."""
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            response = httpx.get(self.root + path, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise EngineError(f"the wavllm service at {self.root} cannot be reached: {exc}") from None
        return _answer(response, self.root)

    def ask(self, audio: str | Path | None, instruction: str, *, planner: str = "rules") -> dict[str, Any]:
        """``{"answer", "engine", "planner", "plan", "steps"}`` for ``instruction`` about ``audio``."""
        parts: list[dict[str, Any]] = [{"type": "text", "text": instruction}]
        if audio is not None:
            data, name = _read(audio)
            fmt = Path(name).suffix.lstrip(".").lower() or "wav"
            parts.append({"type": "input_audio",
                          "input_audio": {"data": base64.b64encode(data).decode(), "format": fmt}})
        body = {"model": None, "messages": [{"role": "user", "content": parts}], "planner": planner}
        out = self._post("/v1/chat/completions", json={k: v for k, v in body.items() if v is not None})
        trace = dict(out.get("wavllm") or {})
        trace["answer"] = out["choices"][0]["message"]["content"] or ""
        return trace

    def run_task(self, task: str, audio: str | Path | None, *, audio2: str | Path | None = None,
                 text: str | None = None, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """``task``'s result as ``wavllm run --json`` prints it."""
        files = {}
        for field, value in (("file", audio), ("file2", audio2)):
            if value is not None:
                files[field] = _read(value)[::-1]
        data = {k: str(v) for k, v in (params or {}).items() if v is not None}
        if text is not None:
            data["text"] = text
        return self._post(f"/v1/tasks/{task}", files=files or None, data=data)


def _answer(response: Any, root: str) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code < 400:
        return body
    message = (body.get("error") or {}).get("message") if isinstance(body, dict) else None
    message = message or f"HTTP {response.status_code}"
    if response.status_code < 500:
        raise UsageError(f"the wavllm service refused the request: {message}")
    raise EngineError(f"the wavllm service at {root} failed: {message}")
