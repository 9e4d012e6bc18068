"""``wavllm serve``: the OpenAI-compatible speech service (see docs/serve.md)."""

from __future__ import annotations

import sys

import click

from wavllm_agent.cli.common import engine_options

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--api-key", default=None, envvar="WAVLLM_AGENT_API_KEY", metavar="KEY",
              help="Require 'Authorization: Bearer KEY' on /v1 requests (env WAVLLM_AGENT_API_KEY).")
@engine_options
@click.option("--model-id", default=None, metavar="NAME", help="Model name listed and echoed (default: the engine's).")
@click.option("--max-concurrency", type=click.IntRange(min=1), default=4, show_default=True,
              help="Requests running on the engine at once.")
@click.option("--max-queue", type=click.IntRange(min=0), default=64, show_default=True,
              help="Requests waiting for a slot; more get 429 with Retry-After.")
@click.option("--max-upload-mb", type=click.FloatRange(min=0.001), default=25.0, show_default=True,
              help="Largest request body in MiB (413 above it).")
@click.option("--max-audio-seconds", type=click.FloatRange(min=0.1), default=1800.0, show_default=True,
              help="Longest audio accepted (413; checked from the header before decoding).")
@click.option("--timeout", "request_timeout", type=click.FloatRange(min=0.1), default=300.0, show_default=True,
              help="Seconds a request may wait and run before 504.")
@click.option("--batch-window-ms", type=click.FloatRange(min=0), default=5.0, show_default=True,
              help="How long a request waits for others to share a model call (batching engines).")
@click.option("--max-batch", type=click.IntRange(min=1), default=8, show_default=True,
              help="Most requests in one shared model call.")
@click.option("--ray", "ray_replicas", type=click.IntRange(min=1), default=None, metavar="N",
              help="Serve with Ray Serve, N replicas (pip install 'wavllm-agent[ray]').")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info",
              show_default=True)
def serve(host: str, port: int, api_key: str | None, engine_name: str | None, model: str | None,
          device: str | None, model_id: str | None, max_concurrency: int, max_queue: int, max_upload_mb: float,
          max_audio_seconds: float, request_timeout: float, batch_window_ms: float, max_batch: int,
          ray_replicas: int | None, log_level: str) -> None:
    """Serve speech over HTTP: OpenAI-compatible /v1/audio/transcriptions, /v1/audio/translations,
    /v1/chat/completions (input_audio), /v1/models, /health, and native /v1/tasks/TASK."""
    from wavllm_agent.registry import get_registry
    from wavllm_agent.serve.settings import ServeSettings

    get_registry().engine_factory(engine_name)  # an unknown engine fails here, before binding
    settings = ServeSettings(host=host, port=port, api_key=api_key, engine=engine_name, model=model,
                             device=device, model_id=model_id, max_concurrency=max_concurrency,
                             max_queue=max_queue, max_upload_bytes=int(max_upload_mb * 1024 * 1024),
                             max_audio_seconds=max_audio_seconds, request_timeout=request_timeout,
                             batch_window_ms=batch_window_ms, max_batch=max_batch)
    if host not in LOOPBACK and api_key is None:
        print(f"warning: serving on {host} without an API key: anyone who can reach it can use it "
              "(pass --api-key)", file=sys.stderr)
    if ray_replicas is not None:
        from wavllm_agent.serve.ray_app import run_ray

        run_ray(settings, replicas=ray_replicas)
        return
    from wavllm_agent.serve.server import run_server

    run_server(settings, log_level=log_level)
