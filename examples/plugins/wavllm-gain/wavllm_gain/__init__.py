"""Example engine plugin for wavllm-agent: the ``gain`` engine.

It levels each recording (peak-normalised to ``peak_dbfs``, quiet ones raised, clipping ones
lowered) and hands it to another engine, by default the embedded one. It shows the three parts
of every engine plugin:

* an :class:`~wavllm_agent.engines.base.Engine` subclass: the four abstract methods
  (``transcribe``, ``listen``, ``listen_choose``, ``generate``, ``choose``) and any optional ones;
* an :class:`~wavllm_agent.engines.base.EngineFactory`: the name ``--engine`` selects, a ``create``
  function, the options it takes;
* the ``register_engines`` hook, declared under ``[project.entry-points.wavllm_agent]``.

A factory may load another engine with ``wavllm_agent.load_engine``: that is how wrapping works.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from wavllm_agent import hookimpl
from wavllm_agent.audio import Audio
from wavllm_agent.engines.base import Engine, EngineFactory, SpeakerVerdict, Transcript
from wavllm_agent.errors import UsageError


def level(audio: Audio, peak_dbfs: float) -> Audio:
    """``audio`` scaled so that its peak sits at ``peak_dbfs`` (silence is left as it is)."""
    peak = float(np.max(np.abs(audio.samples))) if len(audio.samples) else 0.0
    if peak <= 1e-6:
        return audio
    gain = 10 ** (peak_dbfs / 20) / peak
    samples = np.clip(audio.samples * gain, -1.0, 1.0).astype(np.float32)
    return Audio(samples, audio.source, audio.original_rate, audio.original_channels)


class GainEngine(Engine):
    """Levels the audio, then lets ``inner`` do the work.

    Args:
        inner: the engine that does the work.
        peak_dbfs: the level every recording's peak is brought to (dB below full scale).
    """

    name = "gain"

    def __init__(self, inner: Engine, *, peak_dbfs: float = -1.0) -> None:
        super().__init__()
        if not -60.0 <= peak_dbfs <= 0.0:
            raise UsageError(f"peak_dbfs must be between -60 and 0, got {peak_dbfs}")
        self.inner = inner
        self.peak_dbfs = peak_dbfs
        self.lock = inner.lock  # one lock for both: the inner engine's models are the shared ones
        self.hears_acoustics = inner.hears_acoustics

    def _level(self, audio: Audio) -> Audio:
        return level(audio, self.peak_dbfs)

    def transcribe(self, audio: Audio, *, language: str | None = None) -> Transcript:
        return self.inner.transcribe(self._level(audio), language=language)

    def translate_speech(self, audio: Audio, *, target_lang: str = "en") -> tuple[str, str | None]:
        return self.inner.translate_speech(self._level(audio), target_lang=target_lang)

    def speech_translation_source(self, audio: Audio, *, target_lang: str) -> tuple[str, str] | None:
        return self.inner.speech_translation_source(self._level(audio), target_lang=target_lang)

    def verify_speakers(self, audio: Audio, audio2: Audio | None = None) -> SpeakerVerdict:
        return self.inner.verify_speakers(self._level(audio), None if audio2 is None else self._level(audio2))

    def listen(self, audio: Audio, instruction: str, *, max_new_tokens: int = 256) -> str:
        return self.inner.listen(self._level(audio), instruction, max_new_tokens=max_new_tokens)

    def listen_choose(self, audio: Audio, instruction: str, options: Sequence[str]) -> list[float]:
        return self.inner.listen_choose(self._level(audio), instruction, options)

    def generate(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256) -> str:
        return self.inner.generate(prompt, system=system, max_new_tokens=max_new_tokens)

    def generate_candidates(self, prompt: str, *, system: str | None = None, max_new_tokens: int = 256,
                            n: int = 4) -> list[str]:
        return self.inner.generate_candidates(prompt, system=system, max_new_tokens=max_new_tokens, n=n)

    def choose(self, prompt: str, options: Sequence[str], *, system: str | None = None) -> list[float]:
        return self.inner.choose(prompt, options, system=system)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "peak_dbfs": self.peak_dbfs, "inner": self.inner.describe()}


def create(*, inner: str = "embedded", peak_dbfs: float | str = -1.0, **options: Any) -> GainEngine:
    """Build the engine: ``inner`` is loaded with the remaining options (``model=``, ``device=``)."""
    from wavllm_agent import load_engine

    try:
        peak = float(peak_dbfs)
    except ValueError:
        raise UsageError(f"peak_dbfs must be a number, got {peak_dbfs!r}") from None
    return GainEngine(load_engine(inner, **options), peak_dbfs=peak)


@hookimpl
def register_engines(register):  # type: ignore[no-untyped-def]
    register(EngineFactory(
        name="gain",
        create=create,
        description="Levels each recording's peak, then runs another engine on it (default: embedded).",
        options={"inner": "the engine that does the work (default: embedded)",
                 "peak_dbfs": "level of the peak, dB below full scale (default: -1)",
                 "model, device, ...": "passed on to the inner engine"},
    ))
