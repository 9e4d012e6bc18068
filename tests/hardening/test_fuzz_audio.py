"""Property-based tests of the audio loader: whatever the bytes or arrays, the answer is audio or an
``AudioError`` — never another exception, never a hang."""

from __future__ import annotations

import io
import time
import wave

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from wavllm_agent.audio import Audio, AudioLimits, load_audio
from wavllm_agent.errors import AudioError

LIMITS = AudioLimits(max_bytes=2_000_000, max_seconds=60, decode_timeout=10)
FAST = settings(max_examples=int(__import__("os").environ.get("WAVLLM_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def wav_bytes(samples: np.ndarray, rate: int = 16000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return buf.getvalue()


SEED_WAV = wav_bytes((np.sin(np.arange(8000) / 7) * 9000).astype(np.int16))


def outcome(data: bytes) -> Audio | None:
    start = time.monotonic()
    try:
        audio = load_audio(data, limits=LIMITS)
    except AudioError:
        audio = None
    assert time.monotonic() - start < 10
    if audio is not None:
        assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1 and len(audio.samples) > 0
        assert np.isfinite(audio.samples).all()
    return audio


@FAST
@given(st.binary(min_size=0, max_size=4096))
def test_random_bytes(data: bytes) -> None:
    outcome(data)


@FAST
@given(st.lists(st.tuples(st.integers(0, len(SEED_WAV) - 1), st.integers(0, 255)), min_size=1, max_size=12))
def test_mutated_wav(edits: list[tuple[int, int]]) -> None:
    data = bytearray(SEED_WAV)
    for position, value in edits:
        data[position] = value
    outcome(bytes(data))


@FAST
@given(st.integers(0, len(SEED_WAV)))
def test_truncated_wav(cut: int) -> None:
    outcome(SEED_WAV[:cut])


@FAST
@given(
    hnp.arrays(dtype=st.sampled_from([np.float32, np.float64, np.int16, np.int32, np.uint8]),
               shape=hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=300)),
    st.one_of(st.none(), st.integers(-10, 200_000)),
)
def test_arbitrary_arrays(array: np.ndarray, rate: int | None) -> None:
    try:
        audio = load_audio(array, sampling_rate=rate, limits=LIMITS)
    except AudioError:
        return
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert np.isfinite(audio.samples).all()


def test_decoding_is_time_bounded() -> None:
    """A decode that runs past its time bound is abandoned with an error, not left running."""
    long_wav = wav_bytes(np.zeros(16000 * 50, dtype=np.int16))
    with pytest.raises(AudioError, match="took over"):
        load_audio(long_wav, limits=AudioLimits(decode_timeout=1e-6))
