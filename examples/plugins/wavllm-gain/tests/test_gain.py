"""Tests of the gain engine plugin, on a small scripted inner engine (no model is loaded)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from wavllm_gain import GainEngine, level

from wavllm_agent import run_task
from wavllm_agent.audio import Audio
from wavllm_agent.engines.base import Engine, SpeakerVerdict, Transcript
from wavllm_agent.errors import UsageError
from wavllm_agent.results import Segment


class PeakEngine(Engine):
    """An inner engine that "transcribes" a recording as its peak level, to see what gain did."""

    name = "peak"

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        peak = float(np.max(np.abs(audio.samples)))
        return Transcript([Segment(0.0, audio.duration, f"{peak:.3f}")], "en")

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        return SpeakerVerdict(True, float(np.max(np.abs(audio.samples))), 0.5)

    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int = 256) -> str:
        return instruction

    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        return [1.0 / len(options)] * len(options)

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        return prompt

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        return [1.0 / len(options)] * len(options)


def tone(peak: float) -> Audio:
    t = np.arange(16000, dtype=np.float32) / 16000
    return Audio((peak * np.sin(2 * np.pi * 440 * t)).astype(np.float32))


def test_quiet_audio_is_raised_and_loud_audio_lowered() -> None:
    engine = GainEngine(PeakEngine(), peak_dbfs=-6.0)
    target = 10 ** (-6 / 20)
    for peak in (0.01, 0.3, 1.0):
        assert float(engine.transcribe(tone(peak)).text) == pytest.approx(target, abs=2e-3)


def test_silence_stays_silent() -> None:
    silent = Audio(np.zeros(1600, dtype=np.float32))
    assert float(np.max(np.abs(level(silent, -1.0).samples))) == 0.0


def test_runs_a_task_through_the_public_api() -> None:
    result = run_task("asr", tone(0.05), GainEngine(PeakEngine(), peak_dbfs=-1.0))
    assert result.engine == "gain" and float(result.text) == pytest.approx(10 ** (-1 / 20), abs=2e-3)


def test_a_bad_level_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="peak_dbfs"):
        GainEngine(PeakEngine(), peak_dbfs=6.0)
