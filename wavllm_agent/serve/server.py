"""Run the service with uvicorn: bind, serve, and on SIGTERM stop accepting and drain.

uvicorn handles SIGINT and SIGTERM: it closes the listening socket (new connections are refused),
lets the requests in flight finish (up to ``graceful_seconds``), then runs the app's shutdown,
which waits for model work still running in the gate's threads.
"""

from __future__ import annotations

import logging
from typing import Any

from wavllm_agent.engines.base import Engine
from wavllm_agent.serve.settings import ServeSettings


def uvicorn_config(settings: ServeSettings, *, engine: Engine | None = None, log_level: str = "info") -> Any:
    """The ``uvicorn.Config`` for the service's app."""
    import uvicorn

    from wavllm_agent.serve.app import create_app

    app = create_app(settings, engine=engine)
    return uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level,
                          timeout_graceful_shutdown=int(max(1, settings.graceful_seconds)),
                          access_log=log_level == "debug", server_header=False)


def run_server(settings: ServeSettings, *, engine: Engine | None = None, log_level: str = "info") -> None:
    """Serve until SIGINT or SIGTERM (blocking)."""
    import uvicorn

    logging.getLogger("wavllm_agent.serve").setLevel(log_level.upper())
    uvicorn.Server(uvicorn_config(settings, engine=engine, log_level=log_level)).run()
