"""The same service as a Ray Serve deployment: replicas, ``@serve.batch``, autoscaling, many nodes.

Each replica builds the engine once and serves the very FastAPI app of ``wavllm serve`` (same
routes, limits, errors). On an engine that can batch (``transcribe_many``: the WavLLM engine),
concurrent transcriptions in a replica are grouped by Ray Serve's ``@serve.batch`` and answered by
one model call. Ray is optional: ``pip install 'wavllm-agent[ray]'``.

Run it with ``wavllm serve --ray N`` (a local Ray cluster, or the one ``RAY_ADDRESS`` names), or
with Ray's own tools: ``serve run wavllm_agent.serve.ray_app:app_builder replicas=2 engine=wavllm``
or a ``serve deploy`` config (see docs/serve.md).
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections.abc import Callable, Sequence
from typing import Any

from wavllm_agent.audio import Audio
from wavllm_agent.budget import budget_scope, current_budget
from wavllm_agent.engines.base import Engine, Transcript
from wavllm_agent.errors import UsageError
from wavllm_agent.serve.batching import BatchingEngine, can_batch
from wavllm_agent.serve.settings import ServeSettings


def require_ray() -> Any:
    """``ray.serve``, or a clear error telling how to install it."""
    try:
        from ray import serve
    except ImportError:
        raise UsageError("Ray Serve is not installed", hint="pip install 'wavllm-agent[ray]'") from None
    return serve


class _Failed:
    """One item's exception, carried through a ``@serve.batch`` call whose other items succeeded."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class RayBatchedEngine(BatchingEngine):
    """The engine of a replica: ``transcribe`` goes through the replica's ``@serve.batch`` method."""

    def __init__(self, inner: Engine, submit: Callable[[Audio, str | None], Transcript]) -> None:
        super().__init__(inner, window=0.0, max_batch=1)
        self._submit = submit

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        return self._submit(audio, language)


def transcribe_group(engine: Engine, audios: Sequence[Audio], language: str | None,
                     tokens: int) -> list[Transcript | _Failed]:
    """One shared call for a group; if it fails, each item alone (its own answer or its own error)."""
    with budget_scope(tokens), engine.lock:
        try:
            return list(engine.transcribe_many(list(audios), language=language))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - retried one by one below
            pass
        out: list[Transcript | _Failed] = []
        for audio in audios:
            try:
                out.append(engine.transcribe(audio, language=language))
            except Exception as exc:  # noqa: BLE001 - handed to that request
                out.append(_Failed(exc))
        return out


def build_deployment(settings: ServeSettings, *, replicas: int | None = None, num_cpus: float = 1.0,
                     num_gpus: float = 0.0, autoscaling: dict[str, Any] | None = None,
                     engine_factory: Callable[[], Engine] | None = None) -> Any:
    """The bound Ray Serve application (``serve.run`` it).

    Args:
        settings: the service's options (limits, key, engine...), the same in every replica.
        replicas: a fixed number of replicas (ignored when ``autoscaling`` is given).
        num_cpus, num_gpus: resources of each replica (``num_gpus=1``: one GPU per replica).
        autoscaling: Ray Serve's ``autoscaling_config`` (``min_replicas``, ``max_replicas``,
            ``target_ongoing_requests``, ...).
        engine_factory: builds each replica's engine (default: ``load_engine`` of ``settings``).
    """
    serve = require_ray()

    @serve.ingress()
    class WavLLMService:
        def __init__(self, options: dict[str, Any], factory: Callable[[], Engine] | None) -> None:
            from wavllm_agent.serve.runtime import Runtime

            self.settings = ServeSettings(**options)
            if factory is not None:
                inner = factory()
            else:
                from wavllm_agent.api import load_engine

                inner = load_engine(self.settings.engine, model=self.settings.model, device=self.settings.device)
            self.inner = inner
            self.loop: asyncio.AbstractEventLoop | None = None
            self.runtime = Runtime(self.settings, inner)
            if can_batch(inner) and self.settings.max_batch > 1:
                self.runtime.batcher = RayBatchedEngine(inner, self._submit)
                self.transcribe_batch.set_max_batch_size(self.settings.max_batch)
                self.transcribe_batch.set_batch_wait_timeout_s(self.settings.batch_window_ms / 1000)
            else:
                self.runtime.batcher = inner
            self.batches: list[int] = []
            self.runtime.batch_sizes = self.batches

        def __serve_build_asgi_app__(self) -> Any:
            from wavllm_agent.serve.app import create_app

            app = create_app(runtime=self.runtime)
            service = self

            async def asgi(scope: Any, receive: Any, send: Any) -> None:
                service.loop = asyncio.get_running_loop()  # where @serve.batch calls run
                await app(scope, receive, send)

            return asgi

        def _submit(self, audio: Audio, language: str | None) -> Transcript:
            if self.loop is None:
                raise RuntimeError("the replica's event loop is not known yet")
            item = (audio, language, current_budget().max_new_tokens)
            result = asyncio.run_coroutine_threadsafe(self.transcribe_batch(item), self.loop).result()
            if isinstance(result, _Failed):
                raise result.exc
            return result

        @serve.batch(max_batch_size=8, batch_wait_timeout_s=0.005)
        async def transcribe_batch(self, items: list[tuple[Audio, str | None, int]]) -> list[Any]:
            self.batches.append(len(items))
            groups: dict[tuple[str | None, int], list[int]] = {}
            for index, (_, language, tokens) in enumerate(items):
                groups.setdefault((language, tokens), []).append(index)
            out: list[Any] = [None] * len(items)
            for (language, tokens), indices in groups.items():
                answers = await asyncio.to_thread(transcribe_group, self.inner, [items[i][0] for i in indices],
                                                  language, tokens)
                for i, answer in zip(indices, answers, strict=True):
                    out[i] = answer
            return out

    options: dict[str, Any] = {
        "ray_actor_options": {"num_cpus": num_cpus, "num_gpus": num_gpus},
        # a replica admits what its own gate admits; beyond that the proxy queues or refuses
        "max_ongoing_requests": settings.max_concurrency + settings.max_queue,
    }
    if autoscaling:
        options["autoscaling_config"] = autoscaling
    else:
        options["num_replicas"] = replicas or 1
    deployment = serve.deployment(name="wavllm", **options)(WavLLMService)
    plain = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    return deployment.bind(plain, engine_factory)


def settings_from_args(args: dict[str, str]) -> ServeSettings:
    """:class:`ServeSettings` from ``serve run`` / config ``args`` (strings; unknown keys are left to the caller)."""
    kinds = {f.name: str(f.type) for f in dataclasses.fields(ServeSettings)}
    values: dict[str, Any] = {}
    for key, raw in args.items():
        if key not in kinds or key in ("host", "port", "aliases"):  # Ray's proxy owns the address
            continue
        kind = kinds[key]
        try:
            values[key] = int(raw) if kind == "int" else float(raw) if kind == "float" else str(raw)
        except ValueError:
            raise UsageError(f"{key} must be a number, got {raw!r}") from None
    return ServeSettings(**values)


def app_builder(args: dict[str, str]) -> Any:
    """For ``serve run wavllm_agent.serve.ray_app:app_builder key=value ...`` and ``serve deploy`` configs.

    Keys: ``replicas``, ``num_cpus``, ``num_gpus``, ``min_replicas`` / ``max_replicas`` /
    ``target_ongoing_requests`` (autoscaling), and any :class:`ServeSettings` field (``engine``,
    ``model``, ``device``, ``api_key``, ``max_concurrency``, ``max_batch``, ...).
    """
    autoscaling = None
    if "min_replicas" in args or "max_replicas" in args:
        autoscaling = {"min_replicas": int(args.get("min_replicas", 1)),
                       "max_replicas": int(args.get("max_replicas", 4)),
                       "target_ongoing_requests": float(args.get("target_ongoing_requests", 2))}
    return build_deployment(settings_from_args(args), replicas=int(args.get("replicas", 1)),
                            num_cpus=float(args.get("num_cpus", 1)), num_gpus=float(args.get("num_gpus", 0)),
                            autoscaling=autoscaling)


def run_ray(settings: ServeSettings, *, replicas: int, num_cpus: float = 1.0, num_gpus: float = 0.0,
            engine_factory: Callable[[], Engine] | None = None, blocking: bool = True) -> Any:
    """Start (or join, with ``RAY_ADDRESS``) a Ray cluster and serve ``replicas`` replicas on ``settings``' address."""
    import ray

    serve = require_ray()
    if not ray.is_initialized():
        ray.init(address=os.environ.get("RAY_ADDRESS") or None, include_dashboard=False)
    serve.start(http_options={"host": settings.host, "port": settings.port})
    app = build_deployment(settings, replicas=replicas, num_cpus=num_cpus, num_gpus=num_gpus,
                           engine_factory=engine_factory)
    return serve.run(app, name="wavllm", route_prefix="/", blocking=blocking)
