"""What the routes share: the engine, the gate, the audio limits, and the calls into the public API.

Every model call goes through :class:`~wavllm_agent.serve.gate.Gate` (bounded queue, timeout,
slots freed on hang-up) and through :mod:`wavllm_agent.api` (``run_task``, ``ask``), so the service
answers exactly what the CLI and the Python API answer.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any

from starlette.requests import Request

from wavllm_agent.audio import Audio, AudioLimits, load_audio
from wavllm_agent.engines.base import Engine
from wavllm_agent.errors import AudioLimitError
from wavllm_agent.results import TaskResult
from wavllm_agent.serve.gate import Gate
from wavllm_agent.serve.headers import declared_wav_seconds
from wavllm_agent.serve.settings import ServeSettings


class Runtime:
    """The service's state, built once per app.

    Args:
        settings: the service's options.
        engine: an engine object to serve (tests, Ray replicas); default: ``load_engine`` by name.
    """

    def __init__(self, settings: ServeSettings, engine: Engine | None = None) -> None:
        self.settings = settings
        self._engine = engine
        self._engine_lock = threading.Lock()
        self.gate = Gate(settings.max_concurrency, settings.max_queue, settings.request_timeout)
        self.batcher: Any = None
        self.batch_sizes: list[int] = []
        """Size of every shared model call made so far (batching engines)."""
        self.draining = False

    # -- engine --------------------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        """The served engine (built on first use; with batching, wrapped so concurrent calls share)."""
        with self._engine_lock:
            if self._engine is None:
                from wavllm_agent.api import load_engine

                self._engine = load_engine(self.settings.engine, model=self.settings.model,
                                           device=self.settings.device)
            if self.batcher is None:
                from wavllm_agent.serve.batching import maybe_batching

                self.batcher = maybe_batching(self._engine, self.settings)
                shared = getattr(getattr(self.batcher, "batcher", None), "batches", None)
                if isinstance(shared, list):
                    self.batch_sizes = shared
            return self.batcher

    @property
    def base_engine(self) -> Engine:
        """The served engine itself, not the batching wrapper (built on first use)."""
        self.engine  # noqa: B018 - builds it
        assert self._engine is not None
        return self._engine

    @property
    def engine_name(self) -> str:
        """The registered name of the served engine (without building it)."""
        if self._engine is not None:
            return self._engine.name
        from wavllm_agent.registry import get_registry

        return get_registry().engine_factory(self.settings.engine).name

    @property
    def model_id(self) -> str:
        """The model name clients use and responses carry."""
        return self.settings.model_id or self.engine_name

    def known_models(self) -> list[str]:
        """Every model name the service accepts."""
        return list(dict.fromkeys([self.model_id, self.engine_name, *self.settings.aliases]))

    # -- audio ---------------------------------------------------------------------------------------
    def limits(self) -> AudioLimits:
        """Audio limits: the service's size and duration caps, decoding bounded by the request timeout."""
        base = AudioLimits.from_env()
        return dataclasses.replace(base, max_bytes=self.settings.max_upload_bytes,
                                   max_seconds=self.settings.max_audio_seconds,
                                   decode_timeout=min(base.decode_timeout, self.settings.request_timeout))

    def decode(self, data: bytes | None, name: str) -> Audio | None:
        """Decode an upload (None stays None); limits checked before decoding all of it."""
        if data is None:
            return None
        limits = self.limits()
        declared = declared_wav_seconds(data)
        if declared is not None and declared > limits.max_seconds:
            raise AudioLimitError(f"{name} declares {declared:.0f} s of audio in its WAV header, over the "
                                  f"limit of {limits.max_seconds:.0f} s", hint="send shorter audio")
        audio = load_audio(data, limits=limits)
        return Audio(audio.samples, name, audio.original_rate, audio.original_channels)

    # -- work ------------------------------------------------------------------------------------------
    async def run(self, work: Callable[[], Any], request: Request | None) -> Any:
        """``work`` through the gate (429, 504, hang-ups)."""
        return await self.gate.run(work, request)

    async def run_task(self, request: Request | None, task: str, audio: bytes | None, *,
                       audio2: bytes | None = None, name: str = "upload", text: str | None = None,
                       params: dict[str, Any] | None = None) -> tuple[TaskResult, float]:
        """A task's typed result, as ``wavllm run`` gives it, and the (first) audio's duration."""
        from wavllm_agent.api import resolve_task, run_task

        spec = resolve_task(task)  # unknown task: 404 before any upload is decoded
        spec.parse_params(params)  # bad parameters: 400 before the queue

        def work() -> tuple[TaskResult, float]:
            first = self.decode(audio, name)
            second = self.decode(audio2, f"{name} (2)")
            result = run_task(spec, first, self.engine, audio2=second, text=text, **(params or {}))
            return result, first.duration if first is not None else 0.0

        return await self.run(work, request)

    async def transcribe_with(self, request: Request | None, audio: bytes, *, name: str,
                              language: str | None, options: Any) -> tuple[Any, float]:
        """The engine's ``transcribe_with`` (decoding options; around the batcher) and the duration.

        The caller checks that the engine has the capability; ``language`` is checked as the
        ``asr`` task checks it, before the queue.
        """
        from wavllm_agent.api import resolve_task

        resolve_task("asr").parse_params({"language": language})

        def work() -> tuple[Any, float]:
            clip = self.decode(audio, name)
            assert clip is not None
            return self.base_engine.transcribe_with(clip, language=language, options=options), clip.duration

        return await self.run(work, request)

    async def ask(self, request: Request | None, audio: bytes | None, instruction: str, *,
                  on_step: Callable[[Any], None] | None = None, max_new_tokens: int | None = None,
                  planner: str = "rules") -> Any:
        """Plan ``instruction``, run it on the audio and answer (an ``Execution``)."""
        from wavllm_agent.api import ask

        def work() -> Any:
            clip = self.decode(audio, "input_audio")
            return ask(clip, instruction, self.engine, on_step=on_step, max_new_tokens=max_new_tokens,
                       planner=planner)

        return await self.run(work, request)

    def stats(self) -> dict[str, Any]:
        """The gate's counts, this process's id, and the shared model calls made."""
        import os

        sizes = list(self.batch_sizes)
        return {**self.gate.stats(), "pid": os.getpid(),
                "batches": {"calls": len(sizes), "requests": sum(sizes), "largest": max(sizes, default=0)}}

    def close(self) -> None:
        """Stop taking work and wait for the running work to finish."""
        self.gate.close(wait=True)
