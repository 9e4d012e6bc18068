"""Requests that arrive together share model calls, where the engine can batch.

An engine that offers ``transcribe_many(audios, language=...) -> list[Transcript]`` (the WavLLM
engine: every window of every recording decoded in batches) is wrapped in :class:`BatchingEngine`.
Concurrent ``transcribe`` calls (ASR requests, and the ASR steps of plans) wait up to
``batch_window_ms`` for company, then one ``transcribe_many`` call answers up to ``max_batch`` of
them; each caller gets exactly the transcript a call of its own would have given (a batch that
fails is retried one by one, so one bad request fails alone). Every other primitive goes straight
to the engine, under its lock. Engines without ``transcribe_many`` are served as they are.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from wavllm_agent.audio import Audio
from wavllm_agent.budget import budget_scope, current_budget
from wavllm_agent.engines.base import Engine, SpeakerVerdict, Transcript
from wavllm_agent.engines.text_llm import RETRY_BEAMS
from wavllm_agent.serve.settings import ServeSettings

BatchFn = Callable[[Sequence[Audio], str | None], list[Transcript]]


class _NoLock:
    """A lock that does not lock: the proxy's callers must not serialise (the batcher does)."""

    def __enter__(self) -> _NoLock:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def acquire(self, *args: Any, **kwargs: Any) -> bool:
        return True

    def release(self) -> None:
        return None


@dataclass
class _Item:
    audio: Audio
    language: str | None
    max_new_tokens: int
    future: concurrent.futures.Future[Transcript] = field(default_factory=concurrent.futures.Future)


class MicroBatcher:
    """Collects concurrent transcription requests and answers them with shared calls.

    Args:
        run_batch: ``run_batch(audios, language) -> transcripts`` (in order).
        run_one: ``run_one(audio, language) -> transcript``, the fallback for a failed batch.
        window: seconds to wait for company after the first request of a batch.
        max_batch: most requests per call.
    """

    def __init__(self, run_batch: BatchFn, run_one: Callable[[Audio, str | None], Transcript], *,
                 window: float, max_batch: int) -> None:
        self.run_batch = run_batch
        self.run_one = run_one
        self.window = window
        self.max_batch = max_batch
        self._queue: queue.Queue[_Item] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self.batches: list[int] = []
        """Size of each shared call made (for tests and the benchmark)."""

    def submit(self, audio: Audio, language: str | None) -> Transcript:
        """The transcript of ``audio``, computed together with whatever arrives at the same time."""
        item = _Item(audio, language, current_budget().max_new_tokens)
        self._ensure_thread()
        self._queue.put(item)
        return item.future.result()

    def _ensure_thread(self) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="wavllm-batcher", daemon=True)
                self._thread.start()

    def _collect(self) -> list[_Item]:
        items = [self._queue.get()]
        deadline = time.monotonic() + self.window
        while len(items) < self.max_batch:
            remaining = deadline - time.monotonic()
            try:
                items.append(self._queue.get(timeout=max(remaining, 0)) if remaining > 0
                             else self._queue.get_nowait())
            except queue.Empty:
                break
        return items

    def _loop(self) -> None:
        while True:
            items = self._collect()
            groups: dict[tuple[str | None, int], list[_Item]] = {}
            for item in items:
                groups.setdefault((item.language, item.max_new_tokens), []).append(item)
            for (language, tokens), group in groups.items():
                self._answer(group, language, tokens)

    def _answer(self, group: list[_Item], language: str | None, tokens: int) -> None:
        live = [i for i in group if i.future.set_running_or_notify_cancel()]
        if not live:
            return
        with budget_scope(tokens):
            try:
                results = self.run_batch([i.audio for i in live], language)
                if len(results) != len(live):
                    raise RuntimeError("transcribe_many answered a different number of transcripts")
                self.batches.append(len(live))
                for item, result in zip(live, results, strict=True):
                    item.future.set_result(result)
                return
            except Exception:  # noqa: BLE001 - retried one by one: each request gets its own answer or error
                pass
            for item in live:
                try:
                    item.future.set_result(self.run_one(item.audio, language))
                except Exception as exc:  # noqa: BLE001 - handed to that request's caller
                    item.future.set_exception(exc)


class BatchingEngine(Engine):
    """``inner`` with ``transcribe`` batched across concurrent callers; everything else delegated."""

    def __init__(self, inner: Engine, *, window: float, max_batch: int, run_batch: BatchFn | None = None) -> None:
        super().__init__()
        self.inner = inner
        self.lock = _NoLock()  # type: ignore[assignment]
        self.name = inner.name
        self.hears_acoustics = inner.hears_acoustics

        def batch(audios: Sequence[Audio], language: str | None) -> list[Transcript]:
            with inner.lock:
                return list(inner.transcribe_many(list(audios), language=language))  # type: ignore[attr-defined]

        def one(audio: Audio, language: str | None) -> Transcript:
            with inner.lock:
                return inner.transcribe(audio, language=language)

        self.batcher = MicroBatcher(run_batch or batch, one, window=window, max_batch=max_batch)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self.inner.lock:
            yield

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        return self.batcher.submit(audio, language)

    def translate_speech(self, audio: Audio, *, target_lang: str = "en") -> tuple[str, str | None]:
        with self._locked():
            return self.inner.translate_speech(audio, target_lang=target_lang)

    def speech_translation_source(self, audio: Audio, *, target_lang: str) -> tuple[str, str] | None:
        with self._locked():
            return self.inner.speech_translation_source(audio, target_lang=target_lang)

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        with self._locked():
            return self.inner.verify_speakers(audio, audio2)

    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int = 256) -> str:
        with self._locked():
            return self.inner.listen(audio, instruction, max_new_tokens=max_new_tokens)

    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        with self._locked():
            return self.inner.listen_choose(audio, instruction, options)

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        with self._locked():
            return self.inner.generate(prompt, system=system, max_new_tokens=max_new_tokens)

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = RETRY_BEAMS) -> list[str]:
        with self._locked():
            return self.inner.generate_candidates(prompt, system=system, max_new_tokens=max_new_tokens, n=n)

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        with self._locked():
            return self.inner.choose(prompt, options, system=system)

    def describe(self) -> dict[str, Any]:
        return {**self.inner.describe(), "batching": {"window_s": self.batcher.window,
                                                      "max_batch": self.batcher.max_batch}}

    def close(self) -> None:
        self.inner.close()

    def __getattr__(self, name: str) -> Any:  # engine-specific extras (e.g. detect_language)
        inner = self.__dict__.get("inner")
        if inner is None:
            raise AttributeError(name)
        return getattr(inner, name)


def can_batch(engine: Engine) -> bool:
    """Whether ``engine`` offers ``transcribe_many``."""
    return callable(getattr(engine, "transcribe_many", None))


def maybe_batching(engine: Engine, settings: ServeSettings) -> Engine:
    """``engine`` wrapped for batching when it can batch and batching is on (``max_batch`` > 1)."""
    if isinstance(engine, BatchingEngine) or settings.max_batch <= 1 or not can_batch(engine):
        return engine
    return BatchingEngine(engine, window=settings.batch_window_ms / 1000, max_batch=settings.max_batch)
