"""Batching: concurrent requests share model calls and get the answers they would get alone.

The plumbing runs on a FAKE engine that offers ``transcribe_many``; the real check runs the WavLLM
engine (``tiny-random`` preset: random weights, real architecture) on real speech.
"""

from __future__ import annotations

import threading

import httpx
import pytest
import speech
from helpers import ThreadServer, wav_bytes
from serve_fakes import BatchFakeEngine

from wavllm_agent.audio import Audio
from wavllm_agent.serve.batching import BatchingEngine
from wavllm_agent.serve.settings import ServeSettings


def _concurrent(url: str, payloads: list[bytes], path: str = "/v1/audio/transcriptions") -> list[httpx.Response]:
    answers: list[httpx.Response | None] = [None] * len(payloads)
    barrier = threading.Barrier(len(payloads))

    def send(i: int) -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            barrier.wait()
            answers[i] = http.post(path, files={"file": (f"{i}.wav", payloads[i])})

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(payloads))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert all(a is not None for a in answers)
    return answers  # type: ignore[return-value]


def test_concurrent_requests_share_calls_and_keep_their_answers() -> None:
    engine = BatchFakeEngine()
    settings = ServeSettings(port=0, max_concurrency=8, batch_window_ms=100, max_batch=8)
    payloads = [wav_bytes(0.5 + 0.25 * i) for i in range(8)]
    with ThreadServer(settings, engine) as server:
        assert isinstance(server.app.state.runtime.engine, BatchingEngine)
        answers = _concurrent(server.url, payloads)
    for i, answer in enumerate(answers):
        seconds = 0.5 + 0.25 * i
        assert answer.json()["text"] == f"first half of {seconds:.2f} seconds second half of {seconds:.2f} seconds"
    assert sum(engine.batch_sizes) == 8
    assert max(engine.batch_sizes) > 1  # some requests shared a call


def test_a_failing_batch_is_retried_one_by_one() -> None:
    engine = BatchFakeEngine()
    batcher = BatchingEngine(engine, window=0.05, max_batch=4,
                             run_batch=lambda audios, language: (_ for _ in ()).throw(RuntimeError("batch broke")))
    audio = Audio(wav_samples(1.0))
    assert batcher.transcribe(audio).text == "first half of 1.00 seconds second half of 1.00 seconds"


def wav_samples(seconds: float):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.zeros(int(seconds * 16000), dtype=np.float32) + 0.1


@pytest.mark.slow
def test_wavllm_engine_batched_equals_one_at_a_time() -> None:
    from wavllm_agent.api import load_engine, run_task

    engine = load_engine("wavllm", model="tiny-random", max_new_tokens=6)
    clips = [c.path for c in speech.librivox()[:3]]
    alone = [run_task("asr", path, engine).to_dict() for path in clips]
    settings = ServeSettings(port=0, max_concurrency=3, batch_window_ms=200, max_batch=4)
    with ThreadServer(settings, engine) as server:
        answers = _concurrent(server.url, [p.read_bytes() for p in clips], "/v1/tasks/asr")
        batches = server.app.state.runtime.engine.batcher.batches
    assert [a.status_code for a in answers] == [200] * 3
    assert [a.json() for a in answers] == alone
    assert max(batches) > 1, batches


