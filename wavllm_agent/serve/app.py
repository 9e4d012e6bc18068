"""The FastAPI application: the OpenAI-compatible and native routes behind the safety layers.

Layers, outermost first: the API key (401 before the body is read), the body limit (413 before
reading an oversize upload), the routes, and OpenAI-style error JSON for every error. Model work
goes through the runtime's gate (bounded queue, timeout, slots freed on hang-up).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from wavllm_agent import __version__
from wavllm_agent.engines.base import Engine
from wavllm_agent.serve import chat, openai_audio, tasks
from wavllm_agent.serve.auth import ApiKeyMiddleware
from wavllm_agent.serve.errors import install_error_handlers
from wavllm_agent.serve.limits import BodyLimitMiddleware
from wavllm_agent.serve.runtime import Runtime
from wavllm_agent.serve.settings import ServeSettings

log = logging.getLogger("wavllm_agent.serve")


def create_app(settings: ServeSettings | None = None, *, engine: Engine | None = None,
               runtime: Runtime | None = None) -> FastAPI:
    """The service as an ASGI app (run it with uvicorn, or under Ray Serve).

    Args:
        settings: the options (default: ``ServeSettings()``: loopback, no key, default engine).
        engine: an engine object to serve instead of loading ``settings.engine`` by name.
        runtime: a ready :class:`Runtime` (Ray replicas pass one whose engine batches across requests).
    """
    settings = settings or (runtime.settings if runtime is not None else ServeSettings())
    state = runtime or Runtime(settings, engine)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.draining = True
        state.close()  # in-flight work has finished by now (uvicorn drained the connections)

    app = FastAPI(title="wavllm-agent", version=__version__, lifespan=lifespan,
                  summary="OpenAI-compatible speech service: transcriptions, translations, chat with audio.")
    app.state.runtime = state
    install_error_handlers(app)
    app.include_router(openai_audio.router)
    app.include_router(chat.router)
    app.include_router(tasks.router)
    app.include_router(tasks.health_router)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_upload_bytes)
    app.add_middleware(ApiKeyMiddleware, api_key=settings.api_key)
    return app
