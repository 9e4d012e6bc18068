"""``wavllm serve``: an OpenAI-compatible speech service (FastAPI + uvicorn; Ray Serve optional).

Endpoints: ``POST /v1/audio/transcriptions``, ``POST /v1/audio/translations``,
``POST /v1/chat/completions`` (``input_audio`` parts), ``GET /v1/models``, ``GET /health`` and the
native ``POST /v1/tasks/{task}``. See ``docs/serve.md``.

Importing this package does not import FastAPI; ``create_app`` and ``run_server`` do.
"""

from __future__ import annotations

from typing import Any

from wavllm_agent.serve.settings import ServeSettings

__all__ = ["ServeSettings", "create_app", "run_server"]


def create_app(*args: Any, **kwargs: Any) -> Any:
    """See :func:`wavllm_agent.serve.app.create_app`."""
    from wavllm_agent.serve.app import create_app as build

    return build(*args, **kwargs)


def run_server(*args: Any, **kwargs: Any) -> None:
    """See :func:`wavllm_agent.serve.server.run_server`."""
    from wavllm_agent.serve.server import run_server as run

    run(*args, **kwargs)
