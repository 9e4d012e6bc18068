"""The ``wavllm`` engine's plumbing on the ``tiny-random`` preset (random weights: shapes, windows,
batching, budgets and errors — not accuracy, which needs trained or released weights)."""

from __future__ import annotations

import numpy as np
import pytest
import speech

from wavllm_agent import run_task
from wavllm_agent.api import load_engine
from wavllm_agent.audio import load_audio
from wavllm_agent.errors import LimitError, ModelNotFoundError, UsageError


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    eng = load_engine("wavllm", model="tiny-random", max_new_tokens=8)  # random weights never stop
    yield eng
    eng.close()


def test_needs_a_model() -> None:
    with pytest.raises(ModelNotFoundError, match="needs a model"):
        load_engine("wavllm")
    with pytest.raises(UsageError):
        load_engine("wavllm", model="tiny-random", sampling="wild")


def test_long_audio_is_transcribed_window_by_window(engine) -> None:  # type: ignore[no-untyped-def]
    clip = load_audio(speech.librivox()[0].path).samples
    long = np.concatenate([clip] * 9)  # 68 s: three 30 s windows
    result = run_task("asr", long, engine, sampling_rate=16000)
    starts = [s.start for s in result.segments]
    assert starts == sorted(starts) and set(starts) <= {0.0, 30.0, 60.0}
    assert result.segments[-1].end == pytest.approx(len(long) / 16000, abs=0.01)


def test_batched_windows_equal_one_by_one(engine) -> None:  # type: ignore[no-untyped-def]
    audios = [load_audio(c.path) for c in speech.librivox()[:3]]
    instruction = "Transcribe the audio clip into text."
    batched = engine.listen_many(audios, [instruction] * 3, max_new_tokens=6)
    single = [engine.listen(a, instruction, max_new_tokens=6) for a in audios]
    assert batched == single


def test_choices_are_probabilities_and_acoustic(engine) -> None:  # type: ignore[no-untyped-def]
    result = run_task("er", speech.librivox()[1].path, engine)
    assert result.basis == "acoustic"
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=1e-3)
    pair = run_task("sv", speech.librivox()[1].path, engine, audio2=speech.librivox()[2].path)
    assert pair.mode == "pair" and 0.0 <= pair.score <= 1.0 and pair.threshold == 0.5


def test_token_budget_is_enforced(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LimitError, match="3 new tokens"):
        run_task("sqa", speech.librivox()[1].path, engine, question="Who speaks?", max_new_tokens=3)


def test_silence_gives_an_empty_transcript(engine) -> None:  # type: ignore[no-untyped-def]
    result = run_task("asr", np.zeros(16000 * 5, dtype=np.float32), engine, sampling_rate=16000)
    assert result.text == "" and result.segments == []
